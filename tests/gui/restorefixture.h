#pragma once

// A temporary profile with history, layouts and agents, backups of it made by BackupEngine,
// and the program's own database connection held open as the GUI holds it.
#include "../core/testfiles.h"
#include "core/backup/backupengine.h"
#include "core/profile/profile.h"
#include "core/settings/preferencesstore.h"
#include "core/state/layoutrepository.h"
#include "core/state/profilegenerator.h"
#include "core/state/statedatabase.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace Hubstate::Tests {

class RestoreFixture
{
public:
    static constexpr const char *themeKey = "preferences.theme.mode";

    bool setUp()
    {
        QStandardPaths::setTestModeEnabled(true);
        dir = std::make_unique<QTemporaryDir>();
        profile = Core::Profile::inDirectory(dir->filePath(QStringLiteral("profile")));
        store = std::make_unique<Core::PreferencesStore>(profile, Core::Profile::policyFiles());
        database = std::make_unique<Core::StateDatabase>();
        if (!store->open() || !database->open(profile.databaseFile()))
            return false;
        Core::ProfileGenerator::Size size;
        size.messages = 80;
        size.layouts = 3;
        size.agents = 2;
        return Core::ProfileGenerator::fill(*database, dir->path(), size).ok();
    }

    // A backup of the state as it is; encrypted with `password` when one is given.
    QString backUp(const QString &password = {})
    {
        Core::BackupEngine engine(profile, *store, nullptr);
        Core::BackupEngine::Options options;
        options.encrypt = !password.isEmpty();
        options.password = password;
        Core::Result<Core::BackupEngine::Outcome> outcome = engine.create(options);
        if (!outcome) {
            qWarning("%s", qPrintable(outcome.error().message));
            return {};
        }
        return outcome->location;
    }

    QString theme() const { return store->text(QString::fromLatin1(themeKey)); }
    bool setTheme(const QString &mode)
    {
        return store->setValue(QString::fromLatin1(themeKey), mode).ok();
    }

    QStringList layoutIds() const
    {
        QStringList ids;
        if (Core::Result<QList<Core::LayoutSummary>> layouts =
                Core::LayoutRepository(*database).list()) {
            for (const Core::LayoutSummary &layout : *layouts)
                ids.append(layout.id);
        }
        ids.sort();
        return ids;
    }
    bool removeLayout()
    {
        const QStringList ids = layoutIds();
        return !ids.isEmpty() && Core::LayoutRepository(*database).remove(ids.first()).ok();
    }
    qint64 messages() const
    {
        QSqlQuery query(database->connection());
        return query.exec(QStringLiteral("SELECT count(*) FROM messages")) && query.next()
            ? query.value(0).toLongLong()
            : -1;
    }

    // What a user would see of the state: a setting, the layouts, the history's size, read
    // through the program's own (reopened) store and connection.
    QString fingerprint() const
    {
        return theme() + u'|' + layoutIds().join(u',') + u'|' + QString::number(messages());
    }

    std::unique_ptr<QTemporaryDir> dir;
    Core::Profile profile;
    std::unique_ptr<Core::PreferencesStore> store;
    std::unique_ptr<Core::StateDatabase> database;
};

} // namespace Hubstate::Tests
