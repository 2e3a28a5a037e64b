#include "backupcommand.h"

#include "clicontext.h"
#include "core/backup/backupengine.h"
#include "core/backup/destinationlist.h"
#include "core/backup/recovery.h"
#include "core/backup/restoreengine.h"
#include "core/backup/runfolder.h"
#include "core/common/privatefiles.h"
#include "core/crypto/primitives.h"
#include "core/notifications/desktopnotifier.h"
#include "core/secrets/secretstore.h"
#include "core/settings/preferencesstore.h"
#include "readpasswords.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace Hubstate::Cli {

using namespace Hubstate::Core;

namespace {

// What every backup command needs: the profile's keychain and the engine on it; verify and
// restore also open a backup with the keys to read it (the keychain's key, the password given,
// else a prompt on the terminal) and a local copy of it (downloaded first from a URL). What
// killed commands left in the cache goes first.
struct BackupSession
{
    BackupSession(const Profile &profile, PreferencesStore &store)
        : secrets(profile.keychainScope())
        , engine(profile, store, &secrets)
        , cacheDirectory(profile.cacheDirectory())
    {
        engine.removeLeftovers();
    }
    const SecretStore secrets;
    BackupEngine engine;
    BackupReader::Keys keys;

    Result<QString> open(const QString &fileOrUrl, const QString &password)
    {
        keys = engine.readingKeys(password);
        keys.askPassword = [] {
            return askPasswordOnTerminal(BackupCommand::tr("Backup password: "), false);
        };
        Result<std::unique_ptr<RunFolder>> folder =
            RunFolder::create(cacheDirectory, QStringLiteral("download"));
        if (!folder)
            return folder.error();
        download = std::move(folder).value();
        return engine.localCopy(fileOrUrl, download->path(), &origin);
    }
    QString origin; // the destination a URL's copy came from; empty for a local file

private:
    QString cacheDirectory;
    std::unique_ptr<RunFolder> download;
};

} // namespace

std::optional<QString> askPasswordOnTerminal(const QString &prompt, bool confirm,
                                             const QString &repeatPrompt)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return std::nullopt;
    std::setvbuf(tty, nullptr, _IONBF, 0);
    termios saved{};
    const bool echoOff = tcgetattr(fileno(tty), &saved) == 0;
    if (echoOff) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fileno(tty), TCSAFLUSH, &quiet);
    }
    const auto ask = [tty](const QString &text) {
        std::fputs(text.toLocal8Bit().constData(), tty);
        std::fflush(tty);
        const QString answer = ReadPasswords::readLine(tty);
        std::fputs("\n", tty);
        return answer;
    };
    std::optional<QString> password = ask(prompt);
    if (confirm) {
        QString repeated =
            ask(repeatPrompt.isEmpty() ? BackupCommand::tr("Repeat the password: ") : repeatPrompt);
        if (repeated != *password) {
            std::fputs(BackupCommand::tr("The passwords differ.\n").toLocal8Bit().constData(), tty);
            password.reset();
        }
        Crypto::wipe(repeated);
    }
    if (echoOff)
        tcsetattr(fileno(tty), TCSAFLUSH, &saved);
    std::fclose(tty);
    return password;
}

int BackupCommand::run(QStringList arguments)
{
    if (arguments.isEmpty())
        return m_context.usage(
            tr("backup needs a subcommand: create, list, verify, restore, prune, destinations"));
    const QString subcommand = arguments.takeFirst();
    if (subcommand == QLatin1String("create"))
        return create(arguments);
    if (subcommand == QLatin1String("list"))
        return list(arguments);
    if (subcommand == QLatin1String("verify"))
        return verify(arguments);
    if (subcommand == QLatin1String("restore"))
        return restore(arguments);
    if (subcommand == QLatin1String("prune"))
        return prune(arguments);
    if (subcommand == QLatin1String("destinations"))
        return destinations(arguments);
    return m_context.usage(tr("unknown backup subcommand %1").arg(subcommand));
}

std::optional<QString> BackupCommand::password(const QMap<QString, QString> &values,
                                               const QSet<QString> &flags, int *exitCode)
{
    if (flags.contains(QStringLiteral("--password-stdin"))) {
        if (values.contains(QStringLiteral("--password-file"))) {
            *exitCode = m_context.usage(tr("give --password-stdin or --password-file, not both"));
            return std::nullopt;
        }
        std::setvbuf(stdin, nullptr, _IONBF, 0); // before the first read of stdin
        return ReadPasswords::readLine(stdin);
    }
    const QString file = values.value(QStringLiteral("--password-file"));
    if (file.isEmpty())
        return QString();
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        *exitCode = m_context.fail(Error::operationFailed(
            tr("Cannot read the password file %1: %2").arg(file, input.errorString())));
        return std::nullopt;
    }
    QByteArray line = input.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    const QString text = ReadPasswords::keep(QString::fromUtf8(line));
    Crypto::wipe(line);
    return text;
}

int BackupCommand::create(const QStringList &arguments)
{
    const CliContext::Arguments parsed =
        CliContext::parse(arguments, {QStringLiteral("--to"), QStringLiteral("--password-file")},
                          {QStringLiteral("--no-encrypt"), QStringLiteral("--password-stdin"),
                           QStringLiteral("--if-due"), QStringLiteral("--force")});
    if (!parsed.problem.isEmpty())
        return m_context.usage(parsed.problem);
    if (!parsed.positional.isEmpty())
        return m_context.usage(tr("usage: backup create [--to DEST] [--no-encrypt] [--if-due] "
                                  "[--force] [--password-stdin | --password-file F]"));
    Result<PreferencesStore *> store = m_context.store();
    if (!store)
        return m_context.fail(store.error());
    int exitCode = 0;
    const std::optional<QString> given = password(parsed.values, parsed.flags, &exitCode);
    if (!given)
        return exitCode;

    BackupSession session(m_context.profile(), **store);
    BackupEngine &engine = session.engine;
    Result<QDateTime> nextDue = parsed.flags.contains(QStringLiteral("--if-due"))
        ? engine.nextDue()
        : Result<QDateTime>(QDateTime::currentDateTimeUtc());
    if (!nextDue)
        return m_context.fail(nextDue.error());
    const QDateTime due = *nextDue;
    if (due > QDateTime::currentDateTimeUtc()) {
        if (m_context.json()) {
            m_context.printJson(
                QJsonObject{{QStringLiteral("due"), false},
                            {QStringLiteral("nextDue"), due.toString(Qt::ISODate)}});
        } else {
            m_context.out() << tr("No backup due before %1.").arg(due.toString(Qt::ISODate))
                            << Qt::endl;
        }
        return 0;
    }

    BackupEngine::Options options;
    options.destination = parsed.values.value(QStringLiteral("--to"));
    if (parsed.flags.contains(QStringLiteral("--no-encrypt")))
        options.encrypt = false;
    options.password = *given;
    // A timer's run writes nothing when nothing changed; --force always writes.
    options.skipUnchanged = parsed.flags.contains(QStringLiteral("--if-due"))
        && !parsed.flags.contains(QStringLiteral("--force"));
    options.askNewPassword = [] {
        return askPasswordOnTerminal(tr("New backup password: "), true);
    };
    Result<BackupEngine::Outcome> outcome = engine.create(options);
    if (!outcome) {
        // Under the systemd timer nobody reads stderr: the desktop says it, when there is one.
        if (parsed.flags.contains(QStringLiteral("--if-due"))) {
            DesktopNotifier(**store).notifyAndWait(DesktopNotifier::Kind::BackupProblem,
                                                   tr("Scheduled backup failed"),
                                                   outcome.error().message);
        }
        return m_context.fail(outcome.error());
    }
    for (const QString &notice : outcome->notices)
        m_context.warning(notice);
    // A destination that failed while others hold the backup: an operational failure (exit
    // code 1), each one named on stderr, the copies made reported as usual.
    for (const BackupEngine::Outcome::Copy &copy : outcome->copies) {
        if (!copy.error.isEmpty())
            m_context.error(
                tr("destination %1 (%2): %3").arg(copy.name, copy.destination, copy.error));
    }
    const int status = outcome->partial() ? 1 : 0;
    if (m_context.json()) {
        QJsonObject result = outcome->record.toJson();
        result.insert(QStringLiteral("location"), outcome->location);
        result.insert(QStringLiteral("pruned"), QJsonArray::fromStringList(outcome->pruned));
        result.insert(QStringLiteral("unchanged"), outcome->unchanged);
        QJsonArray copies;
        for (const BackupEngine::Outcome::Copy &copy : outcome->copies) {
            QJsonObject item{{QStringLiteral("name"), copy.name},
                             {QStringLiteral("destination"), copy.destination},
                             {QStringLiteral("verified"), copy.error.isEmpty()}};
            if (copy.error.isEmpty()) {
                item.insert(QStringLiteral("location"), copy.location);
                item.insert(QStringLiteral("pruned"), QJsonArray::fromStringList(copy.pruned));
            } else {
                item.insert(QStringLiteral("error"), copy.error);
            }
            copies.append(item);
        }
        result.insert(QStringLiteral("copies"), copies);
        m_context.printJson(result);
        return status;
    } else if (outcome->unchanged) {
        m_context.out() << tr("Nothing changed since the backup %1 (made %2): no new backup was "
                              "written.")
                               .arg(outcome->location,
                                    outcome->record.createdAt.toString(Qt::ISODate))
                        << Qt::endl;
    } else {
        for (const BackupEngine::Outcome::Copy &copy : outcome->copies) {
            if (!copy.error.isEmpty())
                continue;
            m_context.out() << tr("Backed up and verified: %1 (%2)")
                                   .arg(copy.location,
                                        QLocale::system().formattedDataSize(outcome->record.size))
                            << Qt::endl;
            for (const QString &file : copy.pruned)
                m_context.out() << tr("Removed by retention: %1").arg(file) << Qt::endl;
        }
    }
    return status;
}

int BackupCommand::list(const QStringList &arguments)
{
    const CliContext::Arguments parsed = CliContext::parse(arguments, {QStringLiteral("--at")});
    if (!parsed.problem.isEmpty())
        return m_context.usage(parsed.problem);
    if (!parsed.positional.isEmpty())
        return m_context.usage(tr("usage: backup list [--at DEST]"));
    Result<PreferencesStore *> store = m_context.store();
    if (!store)
        return m_context.fail(store.error());
    BackupSession session(m_context.profile(), **store);
    BackupEngine &engine = session.engine;
    // Without --at: every enabled destination, each backup once with the destinations that
    // hold a copy of it.
    QList<BackupDestination> where;
    if (parsed.values.contains(QStringLiteral("--at"))) {
        BackupDestination at;
        at.location = parsed.values.value(QStringLiteral("--at"));
        at.name = displaySpec(at.location);
        where = {at};
    } else {
        where = BackupDestinations::enabled(**store, m_context.profile().backupDirectory());
    }
    QList<BackupRecord> merged;
    QMap<QString, QStringList> holders; // file -> names of the destinations holding it
    int exitCode = 0;
    for (const BackupDestination &destination : std::as_const(where)) {
        Result<QList<BackupRecord>> records =
            engine.list(parsed.values.contains(QStringLiteral("--at")) || where.size() > 1
                            ? destination.location
                            : QString());
        if (!records) {
            if (where.size() == 1)
                return m_context.fail(records.error());
            exitCode = m_context.fail(
                Error{records.error().code,
                      tr("destination %1: %2").arg(destination.name, records.error().message),
                      records.error().detail});
            continue;
        }
        for (const BackupRecord &record : std::as_const(*records)) {
            if (!holders.contains(record.file))
                merged.append(record);
            if (record.state == BackupRecord::State::Verified || where.size() == 1)
                holders[record.file].append(destination.name);
        }
    }
    std::stable_sort(
        merged.begin(), merged.end(),
        [](const BackupRecord &a, const BackupRecord &b) { return a.createdAt > b.createdAt; });
    const QList<BackupRecord> *records = &merged;
    for (const QString &notice : engine.catalog().notices())
        m_context.warning(notice);
    const QString stale = engine.staleWarning();
    if (m_context.json()) {
        QJsonArray array;
        for (const BackupRecord &record : *records) {
            QJsonObject item = record.toJson();
            item.insert(QStringLiteral("destinations"),
                        QJsonArray::fromStringList(holders.value(record.file)));
            array.append(item);
        }
        m_context.printJson(
            QJsonObject{{QStringLiteral("backups"), array}, {QStringLiteral("warning"), stale}});
        return exitCode;
    }
    for (const BackupRecord &record : *records) {
        m_context.out() << record.createdAt.toString(Qt::ISODate) << "  "
                        << BackupRecord::stateName(record.state).leftJustified(12)
                        << QLocale::system().formattedDataSize(record.size).rightJustified(10)
                        << "  "
                        << (record.encrypted ? tr("encrypted") : tr("plain")).leftJustified(10)
                        << record.file;
        if (where.size() > 1)
            m_context.out() << "  " << holders.value(record.file).join(QStringLiteral(", "));
        m_context.out() << Qt::endl;
    }
    if (!stale.isEmpty())
        m_context.warning(stale);
    return exitCode;
}

int BackupCommand::verify(const QStringList &arguments)
{
    const CliContext::Arguments parsed = CliContext::parse(
        arguments, {QStringLiteral("--password-file")}, {QStringLiteral("--password-stdin")});
    if (!parsed.problem.isEmpty())
        return m_context.usage(parsed.problem);
    if (parsed.positional.size() != 1)
        return m_context.usage(
            tr("usage: backup verify FILE [--password-stdin | --password-file F]"));
    Result<PreferencesStore *> store = m_context.store();
    if (!store)
        return m_context.fail(store.error());
    int exitCode = 0;
    const std::optional<QString> given = password(parsed.values, parsed.flags, &exitCode);
    if (!given)
        return exitCode;
    BackupSession backup(m_context.profile(), **store);
    Result<QString> file = backup.open(parsed.positional.first(), *given);
    if (!file)
        return m_context.fail(file.error());
    Result<BackupManifest> manifest = backup.engine.verify(*file, backup.keys, backup.origin);
    if (!manifest)
        return m_context.fail(manifest.error());
    if (m_context.json()) {
        QJsonObject counts;
        for (auto it = manifest->counts.cbegin(); it != manifest->counts.cend(); ++it)
            counts.insert(it.key(), it.value());
        m_context.printJson(QJsonObject{
            {QStringLiteral("file"), parsed.positional.first()},
            {QStringLiteral("verified"), true},
            {QStringLiteral("createdAt"), manifest->createdAt.toString(Qt::ISODate)},
            {QStringLiteral("appVersion"), manifest->appVersion},
            {QStringLiteral("databaseVersion"), manifest->databaseVersion},
            {QStringLiteral("settingsVersion"), manifest->settingsVersion},
            {QStringLiteral("encrypted"), manifest->encrypted},
            {QStringLiteral("includesSecrets"), manifest->includesSecrets},
            {QStringLiteral("counts"), counts},
        });
    } else {
        m_context.out() << tr("%1: intact (%2 entries, made %3 by Hubstate %4)")
                               .arg(parsed.positional.first())
                               .arg(manifest->entries.size())
                               .arg(manifest->createdAt.toString(Qt::ISODate), manifest->appVersion)
                        << Qt::endl;
    }
    return 0;
}

int BackupCommand::prune(const QStringList &arguments)
{
    const CliContext::Arguments parsed = CliContext::parse(arguments, {QStringLiteral("--at")});
    if (!parsed.problem.isEmpty())
        return m_context.usage(parsed.problem);
    if (!parsed.positional.isEmpty())
        return m_context.usage(tr("usage: backup prune [--at DEST]"));
    Result<PreferencesStore *> store = m_context.store();
    if (!store)
        return m_context.fail(store.error());
    BackupSession session(m_context.profile(), **store);
    BackupEngine &engine = session.engine;
    Result<QStringList> removed = engine.prune(parsed.values.value(QStringLiteral("--at")));
    if (!removed)
        return m_context.fail(removed.error());
    if (m_context.json()) {
        m_context.printJson(
            QJsonObject{{QStringLiteral("removed"), QJsonArray::fromStringList(*removed)}});
    } else {
        for (const QString &file : *removed)
            m_context.out() << tr("Removed by retention: %1").arg(file) << Qt::endl;
        if (removed->isEmpty())
            m_context.out() << tr("Nothing to remove.") << Qt::endl;
    }
    return 0;
}

namespace {

QJsonObject previewJson(const RestoreEngine::Preview &preview)
{
    const auto items = [](const QList<RestoreEngine::ItemChange> &changes) {
        QJsonArray array;
        for (const RestoreEngine::ItemChange &change : changes) {
            const char *kind = change.kind == RestoreEngine::ItemChange::Kind::Added ? "added"
                : change.kind == RestoreEngine::ItemChange::Kind::Removed            ? "removed"
                                                                                     : "changed";
            array.append(QJsonObject{{QStringLiteral("change"), QLatin1String(kind)},
                                     {QStringLiteral("id"), change.id},
                                     {QStringLiteral("name"), change.name}});
        }
        return array;
    };
    QJsonArray settings;
    for (const RestoreEngine::SettingChange &change : preview.settings) {
        settings.append(QJsonObject{{QStringLiteral("key"), change.key},
                                    {QStringLiteral("before"), change.before},
                                    {QStringLiteral("after"), change.after}});
    }
    const auto counts = [](const QMap<QString, qint64> &map) {
        QJsonObject object;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object.insert(it.key(), it.value());
        return object;
    };
    return {{QStringLiteral("settings"), settings},
            {QStringLiteral("layouts"), items(preview.layouts)},
            {QStringLiteral("agents"), items(preview.agents)},
            {QStringLiteral("historyBefore"), counts(preview.countsBefore)},
            {QStringLiteral("historyAfter"), counts(preview.countsAfter)},
            {QStringLiteral("secrets"), QJsonArray::fromStringList(preview.secrets)},
            {QStringLiteral("holdsBackupKey"), preview.holdsBackupKey}};
}

void printPreview(QTextStream &out, const RestoreEngine::Preview &preview)
{
    using Kind = RestoreEngine::ItemChange::Kind;
    for (const RestoreEngine::SettingChange &change : preview.settings) {
        out << BackupCommand::tr("setting %1: %2 -> %3")
                   .arg(change.key,
                        change.before.isEmpty() ? BackupCommand::tr("(default)") : change.before,
                        change.after.isEmpty() ? BackupCommand::tr("(default)") : change.after)
            << Qt::endl;
    }
    const auto items = [&out](const QString &what,
                              const QList<RestoreEngine::ItemChange> &changes) {
        for (const RestoreEngine::ItemChange &change : changes) {
            const QString verb = change.kind == Kind::Added ? BackupCommand::tr("added")
                : change.kind == Kind::Removed              ? BackupCommand::tr("removed")
                                                            : BackupCommand::tr("changed");
            out << BackupCommand::tr("%1 %2: %3 (%4)").arg(what, verb, change.name, change.id)
                << Qt::endl;
        }
    };
    items(BackupCommand::tr("layout"), preview.layouts);
    items(BackupCommand::tr("agent"), preview.agents);
    if (preview.countsAfter != preview.countsBefore) {
        out << BackupCommand::tr("history: %1 conversations, %2 messages -> %3 conversations, %4 "
                                 "messages")
                   .arg(preview.countsBefore.value(QStringLiteral("conversations")))
                   .arg(preview.countsBefore.value(QStringLiteral("messages")))
                   .arg(preview.countsAfter.value(QStringLiteral("conversations")))
                   .arg(preview.countsAfter.value(QStringLiteral("messages")))
            << Qt::endl;
    }
    for (const QString &name : preview.secrets)
        out << BackupCommand::tr("secret %1: written to the keychain").arg(name) << Qt::endl;
    if (preview.holdsBackupKey) {
        out << BackupCommand::tr("The backup also holds a backup key; this profile keeps its own "
                                 "unless --include-backup-key is given.")
            << Qt::endl;
    }
}

} // namespace

int BackupCommand::restore(const QStringList &arguments)
{
    const CliContext::Arguments parsed =
        CliContext::parse(arguments, {QStringLiteral("--only"), QStringLiteral("--password-file")},
                          {QStringLiteral("--dry-run"), QStringLiteral("--password-stdin"),
                           QStringLiteral("--include-backup-key")});
    if (!parsed.problem.isEmpty())
        return m_context.usage(parsed.problem);
    if (parsed.positional.size() != 1) {
        return m_context.usage(tr("usage: backup restore FILE [--only PARTS] [--dry-run] "
                                  "[--include-backup-key] [--password-stdin | --password-file F]"));
    }
    RestoreEngine::Options options;
    if (parsed.values.contains(QStringLiteral("--only"))) {
        Result<QSet<RestoreEngine::Part>> parts =
            RestoreEngine::parseParts(parsed.values.value(QStringLiteral("--only")));
        if (!parts)
            return m_context.usage(parts.error().message);
        options.parts = *parts;
    }
    options.dryRun = parsed.flags.contains(QStringLiteral("--dry-run"));
    options.restoreBackupKey = parsed.flags.contains(QStringLiteral("--include-backup-key"));
    Result<PreferencesStore *> store = m_context.store();
    if (!store)
        return m_context.fail(store.error());
    int exitCode = 0;
    const std::optional<QString> given = password(parsed.values, parsed.flags, &exitCode);
    if (!given)
        return exitCode;
    BackupSession backup(m_context.profile(), **store);
    Result<QString> file = backup.open(parsed.positional.first(), *given);
    if (!file)
        return m_context.fail(file.error());
    RestoreEngine restore(m_context.profile(), *store, &backup.secrets);
    Result<RestoreEngine::Report> report = restore.restore(*file, backup.keys, options);
    if (!report)
        return m_context.fail(report.error());
    if (m_context.json()) {
        QJsonObject result = previewJson(report->changes);
        result.insert(QStringLiteral("dryRun"), options.dryRun);
        result.insert(QStringLiteral("safetyBackup"), report->safetyBackup);
        m_context.printJson(result);
        return 0;
    }
    printPreview(m_context.out(), report->changes);
    if (report->changes.isEmpty())
        m_context.out() << tr("The backup matches the current state: nothing to change.")
                        << Qt::endl;
    if (options.dryRun) {
        m_context.out() << tr("Dry run: nothing was changed.") << Qt::endl;
    } else {
        m_context.out() << tr("Restored from %1.").arg(parsed.positional.first()) << Qt::endl;
        if (!report->safetyBackup.isEmpty())
            m_context.out()
                << tr("The state from before is in the safety backup %1.").arg(report->safetyBackup)
                << Qt::endl;
    }
    return 0;
}

int BackupCommand::recover(const QStringList &arguments)
{
    const CliContext::Arguments parsed = CliContext::parse(
        arguments, {QStringLiteral("--password-file")}, {QStringLiteral("--password-stdin")});
    if (!parsed.problem.isEmpty())
        return m_context.usage(parsed.problem);
    if (!parsed.positional.isEmpty())
        return m_context.usage(tr("usage: recover [--password-stdin | --password-file F]"));
    int exitCode = 0;
    const std::optional<QString> given = password(parsed.values, parsed.flags, &exitCode);
    if (!given)
        return exitCode;
    const SecretStore secrets(m_context.profile().keychainScope());
    const BackupReader::Keys keys = BackupEngine::readingKeys(&secrets, *given);
    Result<Recovery::Outcome> outcome = Recovery::recover(m_context.profile(), &secrets, keys);
    if (!outcome)
        return m_context.fail(outcome.error());
    const Recovery::Finding &finding = outcome->finding;
    if (m_context.json()) {
        m_context.printJson(QJsonObject{
            {QStringLiteral("damaged"), finding.isDamaged()},
            {QStringLiteral("databaseDamage"), QJsonArray::fromStringList(finding.databaseDamage)},
            {QStringLiteral("settingsDamage"), QJsonArray::fromStringList(finding.settingsDamage)},
            {QStringLiteral("lostChanges"), QJsonArray::fromStringList(finding.lostChanges)},
            {QStringLiteral("completedRestore"), finding.completedRestore},
            {QStringLiteral("movedAside"), outcome->movedAside},
            {QStringLiteral("restoredFrom"), outcome->restoredFrom},
            {QStringLiteral("attempts"), QJsonArray::fromStringList(outcome->attempts)},
            {QStringLiteral("keptBeforeCut"), outcome->keptBeforeCut},
        });
        return 0;
    }
    if (finding.completedRestore)
        m_context.out() << tr("An interrupted restore was completed.") << Qt::endl;
    for (const QString &lost : finding.lostChanges)
        m_context.error(lost);
    if (!finding.isDamaged()) {
        m_context.out() << tr("The database and the settings are intact; nothing to recover.")
                        << Qt::endl;
        return 0;
    }
    for (const QString &problem : finding.databaseDamage + finding.settingsDamage)
        m_context.warning(tr("damaged: %1").arg(problem));
    m_context.out() << tr("The damaged files were moved to %1.").arg(outcome->movedAside)
                    << Qt::endl;
    for (const QString &attempt : outcome->attempts)
        m_context.warning(tr("not used: %1").arg(attempt));
    if (!outcome->keptBeforeCut.isEmpty())
        m_context.warning(tr("No backup held the settings: those before the cut were written "
                             "back to %1, the others are at their defaults.")
                              .arg(outcome->keptBeforeCut));
    if (outcome->restoredFrom.isEmpty())
        m_context.warning(tr("No usable backup was found: Hubstate starts from the defaults."));
    else
        m_context.out() << tr("Recovered from %1.").arg(outcome->restoredFrom) << Qt::endl;
    return 0;
}

int BackupCommand::destinations(const QStringList &arguments)
{
    const QString usage = tr("usage: backup destinations list | add NAME LOCATION [--disabled] "
                             "[--keep-last N] [--keep-daily N] [--keep-weekly N] "
                             "[--keep-monthly N] | remove NAME | test [NAME]");
    if (arguments.isEmpty())
        return m_context.usage(usage);
    QStringList rest = arguments;
    const QString action = rest.takeFirst();
    const QStringList counts{QStringLiteral("--keep-last"), QStringLiteral("--keep-daily"),
                             QStringLiteral("--keep-weekly"), QStringLiteral("--keep-monthly")};
    const CliContext::Arguments parsed = CliContext::parse(
        rest, action == QLatin1String("add") ? counts : QStringList(),
        action == QLatin1String("add") ? QStringList{QStringLiteral("--disabled")} : QStringList());
    if (!parsed.problem.isEmpty())
        return m_context.usage(parsed.problem);
    Result<PreferencesStore *> store = m_context.store();
    if (!store)
        return m_context.fail(store.error());
    const QString key = QStringLiteral("backup.destinations");
    Result<QList<BackupDestination>> listed = BackupDestinations::parse((*store)->text(key));
    if (!listed)
        return m_context.fail(listed.error());
    QList<BackupDestination> list = *listed;
    const auto indexOf = [&list](const QString &name) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list.at(i).name.toCaseFolded() == name.toCaseFolded())
                return i;
        }
        return qsizetype(-1);
    };
    const auto unknown = [&](const QString &name) {
        QStringList names;
        for (const BackupDestination &destination : std::as_const(list))
            names.append(destination.name);
        return m_context.fail(Error::invalidInput(
            tr("backup.destinations has no destination named %1 (it has: %2)")
                .arg(name, names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")))));
    };

    if (action == QLatin1String("list")) {
        if (!parsed.positional.isEmpty())
            return m_context.usage(usage);
        // An empty list stands for the profile's own folder: shown as such.
        const bool implicit = list.isEmpty();
        const QList<BackupDestination> shown =
            BackupDestinations::configured(**store, m_context.profile().backupDirectory());
        if (m_context.json()) {
            QJsonArray array;
            for (const BackupDestination &destination : shown) {
                const RetentionPolicy policy = destination.retentionPolicy(**store);
                array.append(QJsonObject{
                    {QStringLiteral("name"), destination.name},
                    {QStringLiteral("kind"), BackupDestinations::kindName(destination.kind)},
                    {QStringLiteral("location"), displaySpec(destination.location)},
                    {QStringLiteral("enabled"), destination.enabled},
                    {QStringLiteral("ownRetention"), destination.retention.has_value()},
                    {QStringLiteral("retention"),
                     QJsonObject{{QStringLiteral("keepLast"), policy.keepLast},
                                 {QStringLiteral("keepDaily"), policy.keepDaily},
                                 {QStringLiteral("keepWeekly"), policy.keepWeekly},
                                 {QStringLiteral("keepMonthly"), policy.keepMonthly}}}});
            }
            m_context.printJson(QJsonObject{{QStringLiteral("destinations"), array},
                                            {QStringLiteral("implicit"), implicit}});
            return 0;
        }
        for (const BackupDestination &destination : shown) {
            const RetentionPolicy policy = destination.retentionPolicy(**store);
            m_context.out()
                << destination.name.leftJustified(16) << ' '
                << BackupDestinations::kindName(destination.kind).leftJustified(7)
                << (destination.enabled ? tr("enabled") : tr("disabled")).leftJustified(9)
                << displaySpec(destination.location) << "  "
                << tr("keep %1 last, %2 daily, %3 weekly, %4 monthly%5")
                       .arg(policy.keepLast)
                       .arg(policy.keepDaily)
                       .arg(policy.keepWeekly)
                       .arg(policy.keepMonthly)
                       .arg(destination.retention ? QString() : tr(" (the defaults)"))
                << Qt::endl;
        }
        if (implicit)
            m_context.out() << tr("(backup.destinations is empty: backups go to the profile's "
                                  "own folder)")
                            << Qt::endl;
        return 0;
    }

    if (action == QLatin1String("add")) {
        if (parsed.positional.size() != 2)
            return m_context.usage(usage);
        BackupDestination added;
        added.name = parsed.positional.at(0);
        added.location = parsed.positional.at(1).trimmed();
        added.kind = BackupDestinations::kindOf(added.location);
        if (added.kind == BackupDestination::Kind::Folder)
            added.location = QDir::cleanPath(QDir::current().absoluteFilePath(added.location));
        added.enabled = !parsed.flags.contains(QStringLiteral("--disabled"));
        std::optional<int> BackupDestination::Retention::*const fields[] = {
            &BackupDestination::Retention::keepLast, &BackupDestination::Retention::keepDaily,
            &BackupDestination::Retention::keepWeekly, &BackupDestination::Retention::keepMonthly};
        for (qsizetype i = 0; i < counts.size(); ++i) {
            if (!parsed.values.contains(counts.at(i)))
                continue;
            bool ok = false;
            const int value = parsed.values.value(counts.at(i)).toInt(&ok);
            if (!ok)
                return m_context.usage(tr("%1 takes a whole number").arg(counts.at(i)));
            if (!added.retention)
                added.retention = BackupDestination::Retention();
            (*added.retention).*(fields[i]) = value;
        }
        if (indexOf(added.name) >= 0) {
            return m_context.fail(Error::invalidInput(
                tr("backup.destinations already has a destination named %1").arg(added.name)));
        }
        list.append(added);
        const QString json = BackupDestinations::toJson(list);
        // The list's own rules, named by entry (the new one is the last).
        if (Result<QList<BackupDestination>> checked = BackupDestinations::parse(json); !checked)
            return m_context.fail(checked.error());
        if (Status set = (*store)->setText(key, json); !set)
            return m_context.fail(set.error());
        if (m_context.json()) {
            m_context.printJson(
                QJsonObject{{QStringLiteral("added"), added.name},
                            {QStringLiteral("kind"), BackupDestinations::kindName(added.kind)},
                            {QStringLiteral("location"), displaySpec(added.location)}});
        } else {
            m_context.out() << tr("Added %1 (%2): %3")
                                   .arg(added.name, BackupDestinations::kindName(added.kind),
                                        displaySpec(added.location))
                            << Qt::endl;
        }
        return 0;
    }

    if (action == QLatin1String("remove")) {
        if (parsed.positional.size() != 1)
            return m_context.usage(usage);
        const qsizetype index = indexOf(parsed.positional.first());
        if (index < 0)
            return unknown(parsed.positional.first());
        const BackupDestination removed = list.takeAt(index);
        // The backups there stay, and so do the catalog's records of them.
        if (Status set = (*store)->setText(key, BackupDestinations::toJson(list)); !set)
            return m_context.fail(set.error());
        if (m_context.json()) {
            m_context.printJson(QJsonObject{{QStringLiteral("removed"), removed.name}});
        } else {
            m_context.out() << tr("Removed %1 (%2); the backups there are left as they are.")
                                   .arg(removed.name, displaySpec(removed.location))
                            << Qt::endl;
        }
        return 0;
    }

    if (action == QLatin1String("test")) {
        if (parsed.positional.size() > 1)
            return m_context.usage(usage);
        QList<BackupDestination> tested =
            BackupDestinations::configured(**store, m_context.profile().backupDirectory());
        if (!parsed.positional.isEmpty()) {
            const qsizetype index = indexOf(parsed.positional.first());
            if (index < 0)
                return unknown(parsed.positional.first());
            tested = {list.at(index)};
        }
        const SecretStore secrets(m_context.profile().keychainScope());
        QJsonArray array;
        int exitCode = 0;
        for (const BackupDestination &destination : std::as_const(tested)) {
            Result<std::unique_ptr<Destination>> opened =
                openDestination(destination.location, &secrets, *store);
            const Status works = opened ? (*opened)->testConnection() : Status(opened.error());
            QJsonObject item{{QStringLiteral("name"), destination.name},
                             {QStringLiteral("location"), displaySpec(destination.location)},
                             {QStringLiteral("enabled"), destination.enabled},
                             {QStringLiteral("works"), bool(works)}};
            if (!works) {
                item.insert(QStringLiteral("error"), works.error().message);
                exitCode = m_context.fail(
                    Error{works.error().code,
                          tr("destination %1: %2").arg(destination.name, works.error().message),
                          works.error().detail});
            } else if (!m_context.json()) {
                m_context.out()
                    << tr("%1: works (%2)").arg(destination.name, displaySpec(destination.location))
                    << Qt::endl;
            }
            array.append(item);
        }
        if (m_context.json())
            m_context.printJson(QJsonObject{{QStringLiteral("destinations"), array}});
        return exitCode;
    }
    return m_context.usage(usage);
}

} // namespace Hubstate::Cli
