#include "clicontext.h"

#include "core/backup/backupcatalog.h"
#include "core/backup/restoreengine.h"
#include "core/common/atomicfile.h"
#include "core/settings/inifile.h"
#include "core/settings/preferencesstore.h"
#include "core/state/layoutrepository.h"
#include "core/state/statedatabase.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace Hubstate::Cli {

CliContext::CliContext(Core::Profile profile, bool json)
    : m_profile(std::move(profile))
    , m_json(json)
    , m_out(stdout)
    , m_err(stderr)
{
}

CliContext::~CliContext() = default;

void CliContext::printJson(const QJsonValue &value)
{
    QJsonDocument document;
    if (value.isArray())
        document = QJsonDocument(value.toArray());
    else if (value.isObject())
        document = QJsonDocument(value.toObject());
    else
        document = QJsonDocument(QJsonArray{value}); // scalars are wrapped; callers avoid this
    m_out << document.toJson(QJsonDocument::Indented);
    m_out.flush();
}

void CliContext::printLines(const QString &prefix, const QString &message)
{
    const QStringList lines = message.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines)
        m_err << "hubstate-cli: " << prefix << line << Qt::endl;
}

void CliContext::error(const QString &message)
{
    // The prefix stays English so that scripts can match it in every language.
    printLines(QStringLiteral("error: "), message);
}

void CliContext::warning(const QString &message)
{
    printLines(QStringLiteral("warning: "), message);
}

void CliContext::report(const Core::Violations &violations)
{
    for (const Core::Violation &violation : violations) {
        if (violation.isError())
            error(violation.toString());
        else
            warning(violation.toString());
    }
}

int CliContext::fail(const Core::Error &failure)
{
    error(failure.message);
    return failure.exitCode();
}

int CliContext::usage(const QString &message)
{
    error(
        QCoreApplication::translate("Hubstate::Cli", "%1 (see hubstate-cli --help)").arg(message));
    return static_cast<int>(Core::ErrorCode::Usage);
}

int CliContext::writeDocument(const QByteArray &document, const QString &outFile)
{
    if (outFile.isEmpty()) {
        m_out << document;
        m_out.flush();
        return 0;
    }
    if (Core::Status written = Core::AtomicFile::write(outFile, document); !written)
        return fail(written.error());
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("file"), outFile}});
    return 0;
}

Core::Result<Core::PreferencesStore *> CliContext::store()
{
    if (!m_store) {
        // A restore interrupted after its journal was written is finished before anything
        // reads the state, so no command ever sees half of it.
        Core::Result<bool> completed = Core::RestoreEngine::completePending(m_profile);
        if (!completed)
            return completed.error();
        if (*completed)
            warning(QCoreApplication::translate("Hubstate::Cli",
                                                "an interrupted restore was completed"));
        if (Core::Status recoverable = refuseRecoverableSettingsDamage(); !recoverable)
            return recoverable.error();
        auto store =
            std::make_unique<Core::PreferencesStore>(m_profile, Core::Profile::policyFiles());
        if (Core::Status opened = store->open(); !opened)
            return opened.error();
        report(store->notices());
        // Once per run, before anything is read: files others can read are worth knowing of.
        if (const QString exposed = m_profile.permissionWarning(); !exposed.isEmpty())
            warning(exposed);
        m_store = std::move(store);
    }
    return m_store.get();
}

Core::Status CliContext::refuseRecoverableSettingsDamage() const
{
    // Opening a damaged settings file moves it aside and falls back to the defaults. When a
    // backup holds the settings, that would hide them: the damage is reported and nothing is
    // touched, so that `recover` restores them from the backup.
    Core::Result<Core::RawSettings> settings = Core::IniFile::read(m_profile.settingsFile());
    if (settings || settings.error().code != Core::ErrorCode::Damaged)
        return {};
    Core::BackupCatalog catalog(m_profile.backupCatalogFile(), Core::FileLayer::system(),
                                m_profile.backupDirectory());
    if (!catalog.load())
        return {};
    const std::optional<Core::BackupRecord> newest = catalog.newestVerified();
    if (!newest)
        return {};
    return Core::Error::damaged(
        QCoreApplication::translate("Hubstate::Cli",
                                    "%1\nNothing was changed. The backup %2 of %3 holds your "
                                    "settings: `hubstate-cli recover` moves the damaged file "
                                    "aside and restores them from it.")
            .arg(settings.error().message, newest->destination + u'/' + newest->file,
                 newest->createdAt.toLocalTime().toString(Qt::ISODate)));
}

Core::Result<Core::StateDatabase *> CliContext::database()
{
    if (!m_database) {
        Core::Result<Core::PreferencesStore *> settings = store();
        if (!settings)
            return settings.error();
        auto database = std::make_unique<Core::StateDatabase>();
        const qint64 cacheBytes =
            (*settings)->value(QStringLiteral("performance.cacheSize")).toLongLong();
        if (Core::Status opened = database->open(m_profile.databaseFile(), cacheBytes); !opened)
            return opened.error();
        for (const QString &notice : database->notices())
            warning(notice);
        Core::LayoutRepository layouts(*database, Core::LayoutRules::fromSettings(**settings));
        if (Core::Status seeded = layouts.ensureTemplates(); !seeded)
            return seeded.error();
        m_database = std::move(database);
    }
    return m_database.get();
}

CliContext::Arguments CliContext::parse(const QStringList &arguments,
                                        const QStringList &valueOptions, const QStringList &flags)
{
    Arguments parsed;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (valueOptions.contains(argument)) {
            if (i + 1 >= arguments.size()) {
                parsed.problem =
                    QCoreApplication::translate("Hubstate::Cli", "%1 needs a value").arg(argument);
                return parsed;
            }
            parsed.values.insert(argument, arguments.at(++i));
        } else if (flags.contains(argument)) {
            parsed.flags.insert(argument);
        } else if (argument.startsWith(QLatin1String("--")) && argument.size() > 2) {
            parsed.problem =
                QCoreApplication::translate("Hubstate::Cli", "unknown option %1").arg(argument);
            return parsed;
        } else {
            parsed.positional.append(argument);
        }
    }
    return parsed;
}

} // namespace Hubstate::Cli
