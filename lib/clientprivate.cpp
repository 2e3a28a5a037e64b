#include "clientprivate.h"

#include "core/backup/restoreengine.h"
#include "core/live/profilemonitor.h"
#include "core/settings/inifile.h"
#include "core/settings/preferencesstore.h"
#include "core/state/statedatabase.h"
#include "hubstate/client.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace Hubstate {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("Hubstate::Client", text);
}

} // namespace

ClientPrivate::ClientPrivate(Client *client)
    : q(client)
{
}

ClientPrivate::~ClientPrivate()
{
    close();
}

Error ClientPrivate::toPublic(const Core::Error &error)
{
    switch (error.code) {
    case Core::ErrorCode::InvalidInput: return toPublic(error, ErrorCode::Invalid);
    case Core::ErrorCode::Damaged: return toPublic(error, ErrorCode::Damaged);
    case Core::ErrorCode::OperationFailed:
    case Core::ErrorCode::Usage:
    case Core::ErrorCode::WrongPassword: break;
    }
    return toPublic(error, ErrorCode::Failed);
}

Error ClientPrivate::toPublic(const Core::Error &error, ErrorCode code)
{
    return Error{code, error.message, error.detail};
}

Status ClientPrivate::checkOpen() const
{
    if (profile)
        return {};
    return Error{ErrorCode::Failed, translate("No Hubstate profile is open"), {}};
}

void ClientPrivate::close()
{
    // The monitor first: nothing may arrive for services that are gone.
    monitor.reset();
    database.reset();
    store.reset();
    profile.reset();
    notices.clear();
}

Status ClientPrivate::open(const QString &profileDirectory)
{
    close();
    if (!QCoreApplication::instance()) {
        return Error{ErrorCode::Failed,
                     translate("Hubstate needs a QCoreApplication (or a QGuiApplication, a "
                               "QApplication) before a profile is opened"),
                     {}};
    }
    const Core::Profile resolved = Core::Profile::resolve(profileDirectory);

    // As Hubstate's window and hubstate-cli do: a restore cut short is finished from its
    // journal before anything reads the state, so nobody sees half of it.
    Core::Result<bool> completed = Core::RestoreEngine::completePending(resolved);
    if (!completed)
        return toPublic(completed.error());
    QStringList found;
    if (*completed)
        found.append(translate("An interrupted restore was completed"));

    // Opening a damaged settings file would move it aside and go on with the defaults; that is
    // a decision for Hubstate's recovery, which can offer the backup that holds the settings.
    Core::Result<Core::RawSettings> settings = Core::IniFile::read(resolved.settingsFile());
    if (!settings && settings.error().code == Core::ErrorCode::Damaged) {
        Core::Error damaged = settings.error();
        damaged.message += u'\n'
            + translate("Nothing was changed. Start Hubstate, or run `hubstate-cli recover`, to "
                        "recover the settings.");
        return toPublic(damaged, ErrorCode::Damaged);
    }

    auto openedStore =
        std::make_unique<Core::PreferencesStore>(resolved, Core::Profile::policyFiles());
    if (Core::Status opened = openedStore->open(); !opened)
        return toPublic(opened.error());
    for (const Core::Violation &notice : openedStore->notices())
        found.append(notice.toString());
    if (const QString exposed = resolved.permissionWarning(); !exposed.isEmpty())
        found.append(exposed);

    auto openedDatabase = std::make_unique<Core::StateDatabase>();
    if (Core::Status opened = openedDatabase->open(
            resolved.databaseFile(),
            openedStore->value(QStringLiteral("performance.cacheSize")).toLongLong());
        !opened)
        return toPublic(opened.error());
    found.append(openedDatabase->notices());
    // A fresh profile gets the built-in layouts, as the window and the CLI give it, so that
    // the default layout exists.
    if (Core::Status seeded =
            Core::LayoutRepository(*openedDatabase, Core::LayoutRules::fromSettings(*openedStore))
                .ensureTemplates();
        !seeded)
        return toPublic(seeded.error());

    auto openedMonitor =
        std::make_unique<Core::ProfileMonitor>(resolved, Core::Profile::policyFiles());
    QObject::connect(openedMonitor.get(), &Core::ProfileMonitor::changed, q,
                     [this](const Core::Change &change) { onChange(change); });
    if (Core::Status started = openedMonitor->start(); !started)
        return toPublic(started.error());

    profile = resolved;
    store = std::move(openedStore);
    database = std::move(openedDatabase);
    monitor = std::move(openedMonitor);
    notices = found;
    return {};
}

qint64 ClientPrivate::cacheBytes() const
{
    return store->value(QStringLiteral("performance.cacheSize")).toLongLong();
}

Core::LayoutRepository ClientPrivate::layouts() const
{
    return Core::LayoutRepository(*database, Core::LayoutRules::fromSettings(*store));
}

Core::AgentRepository ClientPrivate::agents() const
{
    // The rules of the Agents page.
    return Core::AgentRepository(*database, Core::AgentRules::fromSettings(*store));
}

void ClientPrivate::reopenDatabase()
{
    // A restore put another file in place; this connection would go on reading the old one.
    database->close();
    if (Core::Status reopened = database->open(profile->databaseFile(), cacheBytes()); !reopened)
        notices.append(reopened.error().message); // every read says so from now on
}

void ClientPrivate::onChange(const Core::Change &change)
{
    using Kind = Core::Change::Kind;
    switch (change.kind) {
    case Kind::Setting:
        // The monitor reports every key of one change in one go: one read serves them all,
        // and the client reads the new value by the time its signal arrives.
        if (!m_settingsFresh) {
            m_settingsFresh = true;
            // A file caught mid-replace keeps the last values; the monitor looks again.
            if (Core::Status reloaded = store->reload(); !reloaded)
                m_settingsFresh = false;
            QMetaObject::invokeMethod(
                q, [this] { m_settingsFresh = false; }, Qt::QueuedConnection);
        }
        Q_EMIT q->settingChanged(change.id, change.layer);
        return;
    case Kind::Layout: Q_EMIT q->layoutChanged(change.id, change.removed); return;
    case Kind::Agent: Q_EMIT q->agentChanged(change.id, change.removed); return;
    case Kind::History: Q_EMIT q->historyChanged(change.id); return;
    case Kind::Reload:
        if (change.scope == QLatin1String("database"))
            reopenDatabase();
        Q_EMIT q->reloaded(change.scope);
        return;
    }
}

} // namespace Hubstate
