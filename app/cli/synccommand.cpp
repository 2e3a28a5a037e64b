#include "synccommand.h"

#include "backupcommand.h"
#include "clicontext.h"
#include "core/backup/destination.h"
#include "core/common/printable.h"
#include "core/secrets/secretstore.h"
#include "core/state/statedatabase.h"
#include "core/sync/syncengine.h"
#include "readpasswords.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cstdio>

namespace Hubstate::Cli {

using namespace Hubstate::Core;

namespace {

const QString kPassphraseStdin = QStringLiteral("--passphrase-stdin");
const QString kName = QStringLiteral("--name");

// Times in UTC, ISO 8601, as every other command prints them; null (JSON) or "never" (text)
// for a time that is not known.
QJsonValue jsonTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QString textTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : SyncCommand::tr("never");
}

QJsonObject deviceJson(const SyncEngine::Device &device)
{
    return {{QStringLiteral("id"), device.id},
            {QStringLiteral("name"), device.name},
            {QStringLiteral("self"), device.self},
            {QStringLiteral("lastSeen"), jsonTime(device.lastSeen)},
            {QStringLiteral("segmentsRead"), device.segmentsRead}};
}

QJsonObject statusJson(const SyncEngine::Status_ &status)
{
    QJsonArray devices;
    for (const SyncEngine::Device &device : status.devices)
        devices.append(deviceJson(device));
    return {{QStringLiteral("configured"), status.configured},
            {QStringLiteral("destination"), status.destination},
            {QStringLiteral("deviceId"), status.deviceId},
            {QStringLiteral("deviceName"), status.deviceName},
            {QStringLiteral("lastSync"), jsonTime(status.lastSync)},
            {QStringLiteral("lastAttempt"), jsonTime(status.lastAttempt)},
            {QStringLiteral("lastError"), status.lastError},
            {QStringLiteral("pending"), status.pending},
            {QStringLiteral("openConflicts"), status.openConflicts},
            {QStringLiteral("devices"), devices}};
}

QJsonObject reportJson(const SyncEngine::Report &report)
{
    return {{QStringLiteral("sent"), report.sent},
            {QStringLiteral("received"), report.received},
            {QStringLiteral("applied"), report.applied},
            {QStringLiteral("conflicts"), report.conflicts},
            {QStringLiteral("refused"), report.refused},
            {QStringLiteral("requests"), report.requests},
            {QStringLiteral("bytesSent"), report.bytesSent},
            {QStringLiteral("bytesReceived"), report.bytesReceived},
            {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)},
            {QStringLiteral("notices"), QJsonArray::fromStringList(report.notices)},
            {QStringLiteral("compacted"), report.compacted}};
}

// A conflict's value as people and scripts want it: a setting's value itself (the engine
// keeps it as {"value": V}), a record as its document; null (JSON) for "deleted" or, for the
// base, "not known".
QJsonValue shownValue(const SyncEngine::Conflict &conflict, const QJsonValue &value)
{
    if (conflict.kind == QLatin1String("setting") && value.isObject()
        && value.toObject().contains(QStringLiteral("value")))
        return value.toObject().value(QStringLiteral("value"));
    return value;
}

QJsonValue jsonValue(const QJsonValue &value)
{
    return value.isUndefined() ? QJsonValue() : value;
}

QJsonObject conflictJson(const SyncEngine::Conflict &conflict, const QString &theirName)
{
    return {{QStringLiteral("id"), conflict.id},
            {QStringLiteral("item"), conflict.item},
            {QStringLiteral("kind"), conflict.kind},
            {QStringLiteral("label"), conflict.label},
            {QStringLiteral("mine"), jsonValue(shownValue(conflict, conflict.mine))},
            {QStringLiteral("theirs"), jsonValue(shownValue(conflict, conflict.theirs))},
            {QStringLiteral("base"), jsonValue(shownValue(conflict, conflict.base))},
            {QStringLiteral("theirDevice"), conflict.theirDevice},
            {QStringLiteral("theirDeviceName"), theirName},
            {QStringLiteral("policy"), conflict.policy},
            {QStringLiteral("state"), conflict.state},
            {QStringLiteral("fields"), QJsonArray::fromStringList(conflict.fields)},
            {QStringLiteral("detected"), jsonTime(conflict.detected)}};
}

// A value on one line: scalars as `config get` prints them, anything else as compact JSON.
QString compactValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().isEmpty() ? QStringLiteral("\"\"") : value.toString();
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        // As JSON writes it (integers without a fraction), without the array around it.
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Undefined: break;
    }
    return {};
}

// For a record (a layout or an agent), the members worth showing: the fields a merge found
// changed on both sides, else those in which mine and theirs differ.
QStringList fieldsToShow(const SyncEngine::Conflict &conflict)
{
    if (!conflict.fields.isEmpty())
        return conflict.fields;
    if (!conflict.mine.isObject() || !conflict.theirs.isObject())
        return {};
    const QJsonObject mine = conflict.mine.toObject();
    const QJsonObject theirs = conflict.theirs.toObject();
    QStringList keys = mine.keys();
    for (const QString &key : theirs.keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    QStringList differing;
    for (const QString &key : std::as_const(keys)) {
        if (mine.value(key) != theirs.value(key))
            differing.append(key);
    }
    return differing;
}

QString sideText(const QJsonValue &value, const QStringList &fields, const QString &missing)
{
    constexpr qsizetype kWidth = 120;
    if (value.isUndefined())
        return missing;
    if (!value.isObject() || fields.isEmpty())
        return printable(compactValue(value), kWidth);
    const QJsonObject object = value.toObject();
    QStringList parts;
    for (const QString &field : fields) {
        parts.append(field + u'='
                     + (object.contains(field) ? compactValue(object.value(field))
                                               : SyncCommand::tr("(none)")));
    }
    return printable(parts.join(QStringLiteral(", ")), kWidth);
}

} // namespace

SyncCommand::SyncCommand(CliContext &context)
    : m_context(context)
{
}

SyncCommand::~SyncCommand() = default;

int SyncCommand::run(QStringList arguments)
{
    if (arguments.isEmpty())
        return m_context.usage(tr("sync needs a subcommand: init, join, now, status, conflicts, "
                                  "resolve, devices, rename, forget, leave"));
    const QString subcommand = arguments.takeFirst();
    if (subcommand == QLatin1String("init"))
        return init(arguments);
    if (subcommand == QLatin1String("join"))
        return join(arguments);
    if (subcommand == QLatin1String("now"))
        return now(arguments);
    if (subcommand == QLatin1String("status"))
        return status(arguments);
    if (subcommand == QLatin1String("conflicts"))
        return conflicts(arguments);
    if (subcommand == QLatin1String("resolve"))
        return resolve(arguments);
    if (subcommand == QLatin1String("devices"))
        return devices(arguments);
    if (subcommand == QLatin1String("rename"))
        return rename(arguments);
    if (subcommand == QLatin1String("forget"))
        return forget(arguments);
    if (subcommand == QLatin1String("leave"))
        return leave(arguments);
    return m_context.usage(tr("unknown sync subcommand \"%1\"").arg(subcommand));
}

Result<SyncEngine *> SyncCommand::engine()
{
    if (!m_engine) {
        Result<PreferencesStore *> store = m_context.store();
        if (!store)
            return store.error();
        Result<StateDatabase *> database = m_context.database();
        if (!database)
            return database.error();
        m_secrets = std::make_unique<SecretStore>(m_context.profile().keychainScope());
        m_engine =
            std::make_unique<SyncEngine>(m_context.profile(), **store, **database, m_secrets.get());
    }
    return m_engine.get();
}

std::optional<QString> SyncCommand::passphrase(const QSet<QString> &flags, bool confirm,
                                               int *exitCode)
{
    std::optional<QString> given;
    if (flags.contains(kPassphraseStdin)) {
        // Never on the command line, where `ps` and shells keep it; unbuffered, so that no
        // stdio buffer keeps a copy that nobody wipes.
        std::setvbuf(stdin, nullptr, _IONBF, 0);
        given = ReadPasswords::readLine(stdin);
    } else {
        given = askPasswordOnTerminal(tr("Sync passphrase: "), confirm,
                                      tr("Repeat the sync passphrase: "));
        if (!given) {
            *exitCode = m_context.usage(
                confirm ? tr("give the sync passphrase on stdin with --passphrase-stdin (no "
                             "terminal to ask on, or the two entries differed)")
                        : tr("give the sync passphrase on stdin with --passphrase-stdin (no "
                             "terminal to ask on)"));
            return std::nullopt;
        }
        // The prompt read it with ReadPasswords::readLine, which keeps it for wiping.
    }
    if (given->isEmpty()) {
        *exitCode = m_context.fail(Error::invalidInput(tr("The sync passphrase is empty.")));
        return std::nullopt;
    }
    return given;
}

int SyncCommand::printStatus(bool afterSetup)
{
    Result<SyncEngine *> sync = engine();
    if (!sync)
        return m_context.fail(sync.error());
    Result<SyncEngine::Status_> state = (*sync)->status();
    if (!state)
        return m_context.fail(state.error());
    if (m_context.json()) {
        m_context.printJson(statusJson(*state));
        return 0;
    }
    QTextStream &out = m_context.out();
    if (!state->configured) {
        out << tr("configured: no (set it up with `hubstate-cli sync init DEST` or `hubstate-cli "
                  "sync join DEST`)")
            << Qt::endl;
        return 0;
    }
    if (!afterSetup)
        out << tr("configured: yes") << '\n';
    out << tr("store: %1").arg(state->destination) << '\n'
        << tr("this device: %1 (%2)").arg(printable(state->deviceName), state->deviceId) << '\n';
    if (!afterSetup) {
        out << tr("last sync: %1").arg(textTime(state->lastSync)) << '\n'
            << tr("last attempt: %1").arg(textTime(state->lastAttempt)) << '\n';
        // A refused sync's error is a summary line, then one line per refused file or record.
        const QStringList lines = state->lastError.split(u'\n', Qt::SkipEmptyParts);
        out << tr("last error: %1").arg(lines.isEmpty() ? tr("none") : printable(lines.first(), -1))
            << '\n';
        for (const QString &line : lines.mid(1))
            out << "  " << printable(line, -1) << '\n';
    }
    out << tr("pending changes: %1").arg(state->pending) << '\n'
        << tr("open conflicts: %1").arg(state->openConflicts) << '\n'
        << tr("devices: %1").arg(state->devices.size()) << '\n';
    for (const SyncEngine::Device &device : std::as_const(state->devices)) {
        out << "  " << device.id << "  " << printable(device.name) << "  "
            << tr("last seen %1").arg(textTime(device.lastSeen));
        if (device.self)
            out << "  " << tr("(this device)");
        out << '\n';
    }
    out.flush();
    return 0;
}

int SyncCommand::init(const QStringList &arguments)
{
    const CliContext::Arguments parsed = CliContext::parse(arguments, {kName}, {kPassphraseStdin});
    if (!parsed.problem.isEmpty())
        return m_context.usage(parsed.problem);
    if (parsed.positional.size() != 1)
        return m_context.usage(tr("usage: sync init DEST --passphrase-stdin [--name NAME]"));
    Result<SyncEngine *> sync = engine();
    if (!sync)
        return m_context.fail(sync.error());
    int exitCode = 0;
    const std::optional<QString> secret = passphrase(parsed.flags, true, &exitCode);
    if (!secret)
        return exitCode;
    if (Status created =
            (*sync)->init(parsed.positional.first(), *secret, parsed.values.value(kName));
        !created)
        return m_context.fail(created.error());
    if (!m_context.json())
        m_context.out() << tr("Created a sync store at %1 and joined it as its first device.")
                               .arg(displaySpec(parsed.positional.first()))
                        << Qt::endl;
    return printStatus(true);
}

int SyncCommand::join(const QStringList &arguments)
{
    const CliContext::Arguments parsed =
        CliContext::parse(arguments, {kName}, {kPassphraseStdin, QStringLiteral("--take-remote")});
    if (!parsed.problem.isEmpty())
        return m_context.usage(parsed.problem);
    if (parsed.positional.size() != 1)
        return m_context.usage(
            tr("usage: sync join DEST --passphrase-stdin [--take-remote] [--name NAME]"));
    Result<SyncEngine *> sync = engine();
    if (!sync)
        return m_context.fail(sync.error());
    int exitCode = 0;
    const std::optional<QString> secret = passphrase(parsed.flags, false, &exitCode);
    if (!secret)
        return exitCode;
    const bool takeRemote = parsed.flags.contains(QStringLiteral("--take-remote"));
    if (Status joined = (*sync)->join(parsed.positional.first(), *secret,
                                      takeRemote ? SyncEngine::JoinMode::TakeRemote
                                                 : SyncEngine::JoinMode::MergeLocal,
                                      parsed.values.value(kName));
        !joined)
        return m_context.fail(joined.error());
    if (!m_context.json()) {
        m_context.out() << (takeRemote
                                ? tr("Joined the sync store at %1; this device took the store's "
                                     "values in place of its own.")
                                : tr("Joined the sync store at %1; this device's own changes were "
                                     "merged in as edits made before it joined."))
                               .arg(displaySpec(parsed.positional.first()))
                        << Qt::endl;
    }
    return printStatus(true);
}

int SyncCommand::now(const QStringList &arguments)
{
    const CliContext::Arguments parsed = CliContext::parse(arguments, {});
    if (!parsed.problem.isEmpty())
        return m_context.usage(parsed.problem);
    if (!parsed.positional.isEmpty())
        return m_context.usage(tr("usage: sync now"));
    Result<SyncEngine *> sync = engine();
    if (!sync)
        return m_context.fail(sync.error());
    Result<SyncEngine::Report> report = (*sync)->syncNow();
    if (!report)
        return m_context.fail(report.error());
    if (m_context.json()) {
        m_context.printJson(reportJson(*report));
    } else {
        // Counts as words and numbers, no plural forms: one line for scripts to match.
        QTextStream &out = m_context.out();
        out << tr("sent %1, received %2, applied %3, conflicts %4, refused %5")
                   .arg(report->sent)
                   .arg(report->received)
                   .arg(report->applied)
                   .arg(report->conflicts)
                   .arg(report->refused)
            << '\n'
            << tr("requests %1, bytes sent %2, bytes received %3")
                   .arg(report->requests)
                   .arg(report->bytesSent)
                   .arg(report->bytesReceived)
            << (report->compacted ? tr("; this device's segments were compacted") : QString())
            << '\n';
        if (report->conflicts > 0)
            out << tr("`hubstate-cli sync conflicts --all` lists the conflicts.") << '\n';
        out.flush();
    }
    for (const QString &notice : report->notices)
        m_context.warning(notice);
    if (report->refusal)
        m_context.error(report->refusal->message.section(u'\n', 0, 0));
    for (const QString &problem : report->problems)
        m_context.error(problem);
    // Refused files or records: the report above, then the exit code of the worst of them.
    return report->refusal ? report->refusal->exitCode() : 0;
}

int SyncCommand::status(const QStringList &arguments)
{
    const CliContext::Arguments parsed = CliContext::parse(arguments, {});
    if (!parsed.problem.isEmpty())
        return m_context.usage(parsed.problem);
    if (!parsed.positional.isEmpty())
        return m_context.usage(tr("usage: sync status"));
    return printStatus(false);
}

int SyncCommand::conflicts(const QStringList &arguments)
{
    const CliContext::Arguments parsed =
        CliContext::parse(arguments, {}, {QStringLiteral("--all")});
    if (!parsed.problem.isEmpty())
        return m_context.usage(parsed.problem);
    if (!parsed.positional.isEmpty())
        return m_context.usage(tr("usage: sync conflicts [--all]"));
    Result<SyncEngine *> sync = engine();
    if (!sync)
        return m_context.fail(sync.error());
    Result<QList<SyncEngine::Conflict>> found =
        (*sync)->conflicts(parsed.flags.contains(QStringLiteral("--all")));
    if (!found)
        return m_context.fail(found.error());
    // The other device by the name this device knows it by (its own, or the one given with
    // `sync rename`); a device forgotten since is named by its id.
    QHash<QString, QString> names;
    if (Result<QList<SyncEngine::Device>> known = (*sync)->devices()) {
        for (const SyncEngine::Device &device : *known)
            names.insert(device.id, device.name);
    }
    const auto theirName = [&names](const SyncEngine::Conflict &conflict) {
        return names.value(conflict.theirDevice, conflict.theirDeviceName);
    };
    if (m_context.json()) {
        QJsonArray array;
        for (const SyncEngine::Conflict &conflict : *found)
            array.append(conflictJson(conflict, theirName(conflict)));
        m_context.printJson(array);
        return 0;
    }
    QTextStream &out = m_context.out();
    for (const SyncEngine::Conflict &conflict : *found) {
        const QStringList fields = fieldsToShow(conflict);
        const auto side = [&](const QJsonValue &value, const QString &missing) {
            return sideText(shownValue(conflict, value), fields, missing);
        };
        out << conflict.id << "  " << conflict.state << "  " << conflict.kind << ' '
            << printable(conflict.label) << "  "
            << tr("(%1; other device: %2, %3)")
                   .arg(conflict.policy, printable(theirName(conflict)), conflict.theirDevice)
            << '\n'
            << "    " << tr("mine: %1").arg(side(conflict.mine, tr("(deleted)"))) << '\n'
            << "    " << tr("theirs: %1").arg(side(conflict.theirs, tr("(deleted)"))) << '\n'
            << "    " << tr("base: %1").arg(side(conflict.base, tr("(unknown)"))) << '\n';
    }
    if (found->isEmpty())
        out << (parsed.flags.contains(QStringLiteral("--all")) ? tr("No conflicts.")
                                                               : tr("No open conflicts."))
            << '\n';
    out.flush();
    return 0;
}

int SyncCommand::resolve(const QStringList &arguments)
{
    const CliContext::Arguments parsed =
        CliContext::parse(arguments, {}, {QStringLiteral("--mine"), QStringLiteral("--theirs")});
    if (!parsed.problem.isEmpty())
        return m_context.usage(parsed.problem);
    bool numeric = false;
    const qint64 id = parsed.positional.value(0).toLongLong(&numeric);
    const bool mine = parsed.flags.contains(QStringLiteral("--mine"));
    const bool theirs = parsed.flags.contains(QStringLiteral("--theirs"));
    if (parsed.positional.size() != 1 || !numeric || id <= 0 || mine == theirs)
        return m_context.usage(tr("usage: sync resolve ID --mine|--theirs"));
    Result<SyncEngine *> sync = engine();
    if (!sync)
        return m_context.fail(sync.error());
    if (Status resolved = (*sync)->resolve(
            id, mine ? SyncEngine::Resolution::Mine : SyncEngine::Resolution::Theirs);
        !resolved)
        return m_context.fail(resolved.error());
    if (m_context.json()) {
        m_context.printJson(
            QJsonObject{{QStringLiteral("id"), id},
                        {QStringLiteral("resolution"),
                         mine ? QStringLiteral("mine") : QStringLiteral("theirs")}});
    } else {
        m_context.out() << (mine ? tr("Conflict %1: this device's value stays; every device "
                                      "takes it at its next sync.")
                                 : tr("Conflict %1: the other device's value is in force here; "
                                      "every device takes it at its next sync."))
                               .arg(id)
                        << Qt::endl;
    }
    return 0;
}

Result<QString> SyncCommand::deviceId(const QString &device)
{
    Result<SyncEngine *> sync = engine();
    if (!sync)
        return sync.error();
    Result<QList<SyncEngine::Device>> known = (*sync)->devices();
    if (!known)
        return known.error();
    QStringList named;
    for (const SyncEngine::Device &candidate : *known) {
        if (candidate.id.compare(device, Qt::CaseInsensitive) == 0)
            return candidate.id;
        if (candidate.name == device)
            named.append(candidate.id);
    }
    if (named.size() == 1)
        return named.first();
    if (named.size() > 1)
        return Error::invalidInput(tr("%1 devices are named \"%2\" (%3): give the id of one")
                                       .arg(named.size())
                                       .arg(printable(device), named.join(QStringLiteral(", "))));
    return Error::invalidInput(
        tr("No device \"%1\" in the sync store: `hubstate-cli sync devices` lists them")
            .arg(printable(device)));
}

int SyncCommand::devices(const QStringList &arguments)
{
    const CliContext::Arguments parsed = CliContext::parse(arguments, {});
    if (!parsed.problem.isEmpty())
        return m_context.usage(parsed.problem);
    if (!parsed.positional.isEmpty())
        return m_context.usage(tr("usage: sync devices"));
    Result<SyncEngine *> sync = engine();
    if (!sync)
        return m_context.fail(sync.error());
    Result<QList<SyncEngine::Device>> known = (*sync)->devices();
    if (!known)
        return m_context.fail(known.error());
    if (m_context.json()) {
        QJsonArray array;
        for (const SyncEngine::Device &device : *known)
            array.append(deviceJson(device));
        m_context.printJson(array);
        return 0;
    }
    QTextStream &out = m_context.out();
    for (const SyncEngine::Device &device : *known) {
        out << device.id << "  " << printable(device.name) << "  "
            << tr("last seen %1").arg(textTime(device.lastSeen));
        if (device.self)
            out << "  " << tr("(this device)");
        out << '\n';
    }
    out.flush();
    return 0;
}

int SyncCommand::rename(const QStringList &arguments)
{
    const CliContext::Arguments parsed = CliContext::parse(arguments, {});
    if (!parsed.problem.isEmpty())
        return m_context.usage(parsed.problem);
    if (parsed.positional.size() != 2)
        return m_context.usage(tr("usage: sync rename DEVICE NAME"));
    Result<QString> id = deviceId(parsed.positional.first());
    if (!id)
        return m_context.fail(id.error());
    const QString name = parsed.positional.at(1);
    if (Status renamed = m_engine->renameDevice(*id, name); !renamed)
        return m_context.fail(renamed.error());
    if (m_context.json())
        m_context.printJson(
            QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("name"), name}});
    else
        m_context.out() << tr("Device %1 is now named \"%2\".").arg(*id, printable(name))
                        << Qt::endl;
    return 0;
}

int SyncCommand::forget(const QStringList &arguments)
{
    const CliContext::Arguments parsed = CliContext::parse(arguments, {});
    if (!parsed.problem.isEmpty())
        return m_context.usage(parsed.problem);
    if (parsed.positional.size() != 1)
        return m_context.usage(tr("usage: sync forget DEVICE"));
    Result<QString> id = deviceId(parsed.positional.first());
    if (!id)
        return m_context.fail(id.error());
    Result<SyncEngine::Status_> state = m_engine->status();
    if (state && state->deviceId == *id)
        return m_context.fail(Error::invalidInput(
            tr("%1 is this device: `hubstate-cli sync leave` stops syncing here").arg(*id)));
    if (Status forgotten = m_engine->forgetDevice(*id); !forgotten)
        return m_context.fail(forgotten.error());
    if (m_context.json())
        m_context.printJson(
            QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("forgotten"), true}});
    else
        m_context.out()
            << tr("Device %1 was removed from the sync store; its files are gone.").arg(*id)
            << Qt::endl;
    return 0;
}

int SyncCommand::leave(const QStringList &arguments)
{
    const CliContext::Arguments parsed = CliContext::parse(arguments, {});
    if (!parsed.problem.isEmpty())
        return m_context.usage(parsed.problem);
    if (!parsed.positional.isEmpty())
        return m_context.usage(tr("usage: sync leave"));
    Result<SyncEngine *> sync = engine();
    if (!sync)
        return m_context.fail(sync.error());
    Result<SyncEngine::Status_> state = (*sync)->status();
    const QString destination = state ? state->destination : QString();
    if (Status left = (*sync)->leave(); !left)
        return m_context.fail(left.error());
    if (m_context.json())
        m_context.printJson(QJsonObject{{QStringLiteral("left"), true},
                                        {QStringLiteral("destination"), destination}});
    else
        m_context.out() << tr("This device left the sync store %1 and sync is off here; its other "
                              "settings, its layouts and its agents stay as they are.")
                               .arg(destination)
                        << Qt::endl;
    return 0;
}

} // namespace Hubstate::Cli
