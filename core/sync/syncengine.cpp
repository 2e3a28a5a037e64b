#include "syncengine.h"

#include "syncfile.h"
#include "synclocalstate.h"
#include "syncjournal.h"
#include "syncmerge.h"
#include "syncremote.h"

#include "core/common/filelock.h"
#include "core/common/jsonnumbers.h"
#include "core/common/strictjson.h"
#include "core/crypto/primitives.h"
#include "core/secrets/secretstore.h"
#include "core/settings/preferencesstore.h"
#include "core/state/statedatabase.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <algorithm>

namespace Hubstate::Core {

namespace {

namespace Key {
const QString device = QStringLiteral("device");
const QString deviceName = QStringLiteral("deviceName");
const QString store = QStringLiteral("store");
const QString destination = QStringLiteral("destination");
const QString clock = QStringLiteral("clock");
const QString nextSegment = QStringLiteral("nextSegment");
const QString infoGeneration = QStringLiteral("infoGeneration");
const QString infoWritten = QStringLiteral("infoWritten"); // "1" once the current one is stored
const QString snapshot = QStringLiteral("snapshot"); // last segment the own snapshot covers
const QString joinMode = QStringLiteral("joinMode"); // merge | take-remote until joined
const QString lastSync = QStringLiteral("lastSync");
const QString lastAttempt = QStringLiteral("lastAttempt");
const QString lastError = QStringLiteral("lastError");
const QString aliasPrefix = QStringLiteral("alias:");
} // namespace Key

QString randomId()
{
    return QString::fromLatin1(Crypto::randomBytes(8).toHex());
}

qint64 systemClock()
{
    return QDateTime::currentMSecsSinceEpoch();
}

ErrorCode worse(ErrorCode a, ErrorCode b)
{
    // Damaged data is the gravest finding of a sync, then a value refused, then the network.
    auto rank = [](ErrorCode code) {
        switch (code) {
        case ErrorCode::Damaged:
            return 4;
        case ErrorCode::WrongPassword:
            return 3;
        case ErrorCode::InvalidInput:
            return 2;
        default:
            return 1;
        }
    };
    return rank(a) >= rank(b) ? a : b;
}

} // namespace

class SyncEngine::Private
{
public:
    Private(Profile profileIn, PreferencesStore &settingsIn, StateDatabase &databaseIn,
            const SecretStore *secretsIn, Options optionsIn)
        : profile(std::move(profileIn))
        , settings(settingsIn)
        , database(databaseIn)
        , secrets(secretsIn)
        , options(std::move(optionsIn))
        , journal(profile.stateDirectory() + u'/' + SyncJournal::fileName())
        , local(settings, database, secrets)
    {
        if (!options.wallClock)
            options.wallClock = &systemClock;
    }

    // A record read from another device's file, waiting to be integrated.
    struct Incoming
    {
        SyncVersion change;
        QString device;
        QString file;
    };

    Profile profile;
    PreferencesStore &settings;
    StateDatabase &database;
    const SecretStore *secrets;
    Options options;
    SyncJournal journal;
    SyncLocalState local;
    std::unique_ptr<HybridClock> clock;
    std::unique_ptr<SyncVault> vault;
    std::unique_ptr<SyncRemote> remote;
    QString device;
    // Profile writes of the current sync, applied once the journal has them.
    QHash<QString, std::optional<QByteArray>> toApply;
    Report report;
    std::optional<ErrorCode> worst;

    Status openJournal();
    Status checkAllowed() const;
    void setEnabled(bool enabled, const QString &destination = {});
    bool configured() const { return !journal.state(Key::store).isEmpty(); }
    Status openRemote(const QString &destination);
    // The store named by sync.serverUrl: when someone changed it since the set-up, it must hold
    // the same store (moved to another address), or nothing is read or written there.
    Status openStore();
    // At set-up: sync.serverUrl names the store from now on, unless the administrator pinned
    // it to another place.
    Status claimDestination(const QString &destination);
    Status loadVault();
    Status saveClock() { return journal.setState(Key::clock, clock->last().toString()); }
    void problem(const Error &error, const QString &line)
    {
        worst = worst ? worse(*worst, error.code) : error.code;
        report.problems.append(line);
    }
    // The name a device gave itself (or this device gave it), else its id.
    QString deviceName(const QString &id) const;
    // For messages: "NAME (ID)".
    QString deviceLabel(const QString &id) const;
    QHash<QString, QString> freshNames; // read from device files during this sync

    // Stored forms: secret values are sealed in the journal (MAC first, for comparisons).
    Result<std::optional<QByteArray>> toStored(const QString &item,
                                               const std::optional<QByteArray> &value) const;
    Result<std::optional<QByteArray>> fromStored(const QString &item,
                                                 const std::optional<QByteArray> &stored) const;
    bool sameAsStored(const QString &item, const QByteArray &value,
                      const std::optional<QByteArray> &stored) const;

    Status reapplyPending();
    Status scan(bool joining);
    Status pull(const SyncRemote::Listing &listing);
    Result<QList<Incoming>> readFile(const QString &owner, const QString &name, qint64 size,
                                     qint64 number, SyncRemote::FileType type);
    Result<SyncFile::Info> readInfo(const QString &owner, const QString &name, qint64 size,
                                    qint64 generation);
    Status integrate(const Incoming &incoming);
    Status localChange(const QString &item, const std::optional<QByteArray> &value,
                       const VersionVector &basis, const QString &parent);
    Status applyToProfile();
    Status push(const SyncRemote::Listing &listing);
    Status writeInfo(const SyncRemote::Listing &listing, bool force);
    Status compact(const SyncRemote::Listing &listing);
    Result<QByteArray> encodeFile(SyncRemote::FileType type, qint64 number,
                                  const QList<SyncVersion> &changes) const;
    Result<Report> run();
    // run(), with its time and outcome kept for status().
    Result<Report> runRecorded();
};

Result<SyncEngine::Report> SyncEngine::Private::runRecorded()
{
    const QString now = QString::number(options.wallClock());
    (void)journal.setState(Key::lastAttempt, now); // for status only
    Result<Report> result = run();
    if (result) {
        // Refused records do not stop a sync: it completed, with what it could not use.
        (void)journal.setState(Key::lastSync, now);
    }
    const QString error = !result ? result.error().message
        : result->refusal         ? result->refusal->message
                                  : QString();
    (void)journal.setState(Key::lastError, error);
    return result;
}

Status SyncEngine::Private::openJournal()
{
    if (journal.connection().isOpen())
        return {};
    return journal.open();
}

Status SyncEngine::Private::checkAllowed() const
{
    const QString key = QStringLiteral("sync.enabled");
    if (settings.isLocked(key) && !settings.value(key).toBool()) {
        return Error::invalidInput(tr("Sync is turned off by the administrator (sync.enabled is "
                                      "locked in %1)")
                                       .arg(settings.explain(key).policyFile));
    }
    return {};
}

void SyncEngine::Private::setEnabled(bool enabled, const QString &destination)
{
    // sync.enabled tells the GUI's scheduler to run, sync.serverUrl where the store is; a lock
    // that says otherwise wins. The sync itself is set up (or left) either way.
    QMap<QString, QVariant> values;
    for (const auto &[key, value] : {std::pair{QStringLiteral("sync.enabled"), QVariant(enabled)},
                                     std::pair{QStringLiteral("sync.serverUrl"),
                                               QVariant(destination)}}) {
        if (!settings.isLocked(key) && settings.value(key) != value)
            values.insert(key, value);
    }
    if (!values.isEmpty())
        (void)settings.setValues(values);
}

QString SyncEngine::Private::deviceName(const QString &id) const
{
    const QString alias = journal.state(Key::aliasPrefix + id);
    if (!alias.isEmpty())
        return alias;
    if (const QString fresh = freshNames.value(id); !fresh.isEmpty())
        return fresh;
    Result<QList<SyncJournal::Device>> known = journal.devices();
    if (known) {
        for (const SyncJournal::Device &entry : std::as_const(*known)) {
            if (entry.id == id && !entry.name.isEmpty())
                return entry.name;
        }
    }
    return id;
}

QString SyncEngine::Private::deviceLabel(const QString &id) const
{
    const QString name = deviceName(id);
    return name == id ? id : QStringLiteral("%1 (%2)").arg(name, id);
}

Status SyncEngine::Private::openRemote(const QString &destination)
{
    // A sync retries as a whole (SyncScheduler): a request is tried briefly, and a server that
    // stalls is given up on well before a backup's patience.
    WebDavRetryPolicy retry;
    retry.attempts = options.requestAttempts;
    retry.firstDelay = std::chrono::milliseconds(250);
    retry.stallTimeout = options.requestStallTimeout;
    Result<std::unique_ptr<SyncRemote>> opened = SyncRemote::open(
        destination, secrets, &settings, profile.cacheDirectory() + QStringLiteral("/sync"), retry);
    if (!opened)
        return opened.error();
    remote = std::move(opened).value();
    return {};
}

Status SyncEngine::Private::openStore()
{
    const QString joined = journal.state(Key::destination);
    QString wanted = settings.text(QStringLiteral("sync.serverUrl")).trimmed();
    if (wanted.isEmpty())
        wanted = joined;
    if (Status opened = openRemote(wanted); !opened)
        return opened;
    if (wanted == joined)
        return {};
    Result<QByteArray> data = remote->get(SyncRemote::headerName(), -1, SyncRemote::maxHeaderBytes);
    Result<SyncStoreHeader> header = data ? SyncStoreHeader::parse(*data, remote->displayName())
                                          : Result<SyncStoreHeader>(data.error());
    if (!header || header->storeId != journal.state(Key::store)) {
        remote.reset();
        return Error::invalidInput(
            tr("sync.serverUrl names %1, which does not hold the sync store this device joined "
               "at %2; join the store there (hubstate-cli sync leave, then sync join) or set "
               "sync.serverUrl back")
                .arg(displaySpec(wanted), displaySpec(joined)));
    }
    return journal.setState(Key::destination, wanted); // the same store, at a new address
}

Status SyncEngine::Private::claimDestination(const QString &destination)
{
    const QString key = QStringLiteral("sync.serverUrl");
    if (settings.isLocked(key) && settings.text(key).trimmed() != destination.trimmed()) {
        return Error::invalidInput(tr("The administrator pins sync to %1 (sync.serverUrl is locked "
                                      "in %2)")
                                       .arg(displaySpec(settings.text(key)),
                                            settings.explain(key).policyFile));
    }
    return {};
}

Status SyncEngine::Private::loadVault()
{
    if (!secrets)
        return Error::operationFailed(tr("Sync needs the keychain, which is not available"));
    Result<QByteArray> key = secrets->read(SyncEngine::keySecretName());
    if (!key) {
        if (key.error().code == ErrorCode::InvalidInput)
            return Error::invalidInput(
                tr("The sync key is missing from the keychain; join the sync store again "
                   "(hubstate-cli sync join) with its passphrase"));
        return key.error();
    }
    vault = std::make_unique<SyncVault>(*key, journal.state(Key::store));
    return {};
}

Result<std::optional<QByteArray>>
SyncEngine::Private::toStored(const QString &item, const std::optional<QByteArray> &value) const
{
    if (!value || SyncLocalState::kindOf(item) != QLatin1String("secret"))
        return value;
    Result<QByteArray> sealed = vault->sealLocal(*value);
    if (!sealed)
        return sealed.error();
    return std::optional<QByteArray>(vault->mac(*value) + *sealed);
}

Result<std::optional<QByteArray>>
SyncEngine::Private::fromStored(const QString &item, const std::optional<QByteArray> &stored) const
{
    if (!stored || SyncLocalState::kindOf(item) != QLatin1String("secret"))
        return stored;
    Result<QByteArray> opened = vault->openLocal(stored->mid(32));
    if (!opened)
        return Error::damaged(tr("A secret in the sync state %1 cannot be opened with the sync "
                                 "key")
                                  .arg(journal.path()));
    return std::optional<QByteArray>(*opened);
}

bool SyncEngine::Private::sameAsStored(const QString &item, const QByteArray &value,
                                       const std::optional<QByteArray> &stored) const
{
    if (!stored)
        return false;
    if (SyncLocalState::kindOf(item) == QLatin1String("secret"))
        return Crypto::constantTimeEqual(vault->mac(value), stored->left(32));
    return value == *stored;
}

Status SyncEngine::Private::reapplyPending()
{
    Result<QHash<QString, SyncJournal::Item>> items = journal.items();
    if (!items)
        return items.error();
    for (auto it = items->cbegin(); it != items->cend(); ++it) {
        if (it->applied)
            continue;
        Result<std::optional<QByteArray>> value = fromStored(it.key(), it->head.value);
        if (!value)
            return value.error();
        toApply.insert(it.key(), *value);
    }
    return applyToProfile();
}

Status SyncEngine::Private::localChange(const QString &item,
                                        const std::optional<QByteArray> &value,
                                        const VersionVector &basis, const QString &parent)
{
    SyncVersion change;
    change.item = item;
    Result<std::optional<QByteArray>> stored = toStored(item, value);
    if (!stored)
        return stored.error();
    change.value = *stored;
    change.version = basis;
    change.version.increment(device);
    change.stamp = clock->now();
    change.parent = parent;
    if (Status added = journal.addToOutbox(change); !added)
        return added;
    return journal.putItem(change, true);
}

Status SyncEngine::Private::scan(bool joining)
{
    if (Status reloaded = settings.reload(); !reloaded)
        return reloaded;
    Result<QHash<QString, QByteArray>> now = local.read();
    if (!now)
        return now.error();
    Result<QHash<QString, SyncJournal::Item>> known = journal.items();
    if (!known)
        return known.error();
    Transaction transaction(journal.connection());
    for (auto it = now->cbegin(); it != now->cend(); ++it) {
        const auto item = known->constFind(it.key());
        if (item != known->cend()) {
            if (!item->applied || sameAsStored(it.key(), it.value(), item->head.value))
                continue;
        } else if (joining && local.isFreshDefault(it.key(), it.value())) {
            continue; // a template every fresh profile has: the store's version counts
        }
        const bool known_ = item != known->cend();
        if (Status changed = localChange(it.key(), it.value(),
                                         known_ ? item->head.version : VersionVector(),
                                         known_ ? item->head.stamp.toString() : QString());
            !changed)
            return changed;
    }
    // Items gone from the profile: a setting reset, a layout or agent deleted. A secret is
    // only taken as deleted while secrets sync here.
    for (auto it = known->cbegin(); it != known->cend(); ++it) {
        if (!it->applied || !it->head.value || now->contains(it.key()))
            continue;
        if (SyncLocalState::kindOf(it.key()) == QLatin1String("secret") && !local.includesSecrets())
            continue;
        if (!SyncLocalState::isItemName(it.key()))
            continue; // a setting that became device-local, say
        if (Status changed = localChange(it.key(), std::nullopt, it->head.version,
                                         it->head.stamp.toString());
            !changed)
            return changed;
    }
    if (Status saved = saveClock(); !saved)
        return saved;
    return transaction.commit();
}

Result<QByteArray> SyncEngine::Private::encodeFile(SyncRemote::FileType type, qint64 number,
                                                   const QList<SyncVersion> &changes) const
{
    QList<SyncVersion> plain;
    plain.reserve(changes.size());
    for (SyncVersion change : changes) {
        Result<std::optional<QByteArray>> value = fromStored(change.item, change.value);
        if (!value)
            return value.error();
        change.value = *value;
        plain.append(std::move(change));
    }
    const SyncFile::Kind kind = type == SyncRemote::FileType::Segment ? SyncFile::Kind::Segment
                                                                      : SyncFile::Kind::Snapshot;
    const QString name = SyncRemote::fileName(device, type, number);
    return vault->seal(name, SyncFile::encodeChanges(kind, device, number, plain));
}

Result<QList<SyncEngine::Private::Incoming>>
SyncEngine::Private::readFile(const QString &owner, const QString &name, qint64 size,
                              qint64 number, SyncRemote::FileType type)
{
    const qint64 limit = type == SyncRemote::FileType::Segment ? SyncRemote::maxSegmentBytes
                                                               : SyncRemote::maxSnapshotBytes;
    Result<QByteArray> sealed = remote->get(name, size, limit);
    if (!sealed)
        return sealed.error();
    const QString source = tr("%1 of device %2").arg(name, deviceLabel(owner));
    Result<QByteArray> plain = vault->open(name, *sealed, source);
    if (!plain)
        return plain.error();
    Result<SyncFile::Changes> decodedFile = SyncFile::decodeChanges(
        *plain, source,
        type == SyncRemote::FileType::Segment ? SyncFile::Kind::Segment : SyncFile::Kind::Snapshot,
        owner, number);
    if (!decodedFile)
        return decodedFile.error();
    SyncFile::Changes decoded = std::move(decodedFile).value();
    for (const QString &line : std::as_const(decoded.problems)) {
        ++report.refused;
        problem(Error::damaged({}), line);
    }
    QList<Incoming> incoming;
    incoming.reserve(decoded.changes.size());
    int index = 0;
    for (SyncVersion &change : decoded.changes) {
        Incoming in;
        in.device = owner;
        in.file = QStringLiteral("%1, changes[%2]").arg(source).arg(index++);
        in.change = std::move(change);
        incoming.append(std::move(in));
    }
    return incoming;
}

Result<SyncFile::Info> SyncEngine::Private::readInfo(const QString &owner, const QString &name,
                                                     qint64 size, qint64 generation)
{
    Result<QByteArray> sealed = remote->get(name, size, SyncRemote::maxInfoBytes);
    if (!sealed)
        return sealed.error();
    const QString source = tr("%1 of device %2").arg(name, owner);
    Result<QByteArray> plain = vault->open(name, *sealed, source);
    if (!plain)
        return plain.error();
    return SyncFile::decodeInfo(*plain, source, owner, generation);
}

Status SyncEngine::Private::pull(const SyncRemote::Listing &listing)
{
    Result<QList<SyncJournal::Device>> knownList = journal.devices();
    if (!knownList)
        return knownList.error();
    QHash<QString, SyncJournal::Device> known;
    for (const SyncJournal::Device &entry : std::as_const(*knownList))
        known.insert(entry.id, entry);

    // A device whose files are all gone was forgotten: it is no longer waited for.
    for (const SyncJournal::Device &entry : std::as_const(*knownList)) {
        if (!listing.devices.contains(entry.id)) {
            if (Status removed = journal.removeDevice(entry.id); !removed)
                return removed;
        }
    }

    QList<Incoming> incoming;
    QHash<QString, SyncJournal::Device> updated;
    bool cursorsMoved = false; // what this device has read changed: its device file tells
    for (auto it = listing.devices.cbegin(); it != listing.devices.cend(); ++it) {
        const QString owner = it.key();
        if (owner == device)
            continue;
        const SyncRemote::DeviceFiles &files = it.value();
        SyncJournal::Device entry = known.value(owner);
        entry.id = owner;
        bool changed = !known.contains(owner);

        if (!files.infos.isEmpty() && files.infos.lastKey() > entry.infoGeneration) {
            const qint64 generation = files.infos.lastKey();
            Result<SyncFile::Info> info = readInfo(owner, SyncRemote::fileName(owner, SyncRemote::FileType::DeviceInfo, generation),
                                               files.infos.last(), generation);
            if (info) {
                entry.name = info->name;
                freshNames.insert(owner, info->name);
                entry.lastSeenMs = info->writtenMs;
                entry.cursors = info->cursors;
                entry.infoGeneration = generation;
                changed = true;
            } else if (info.error().code != ErrorCode::OperationFailed) {
                problem(info.error(), info.error().message);
            } else {
                return info.error();
            }
        }

        // What to read: the newest snapshot when segments this device has not read are gone
        // (compacted), then the segments after what was read.
        qint64 from = entry.readSegment;
        const qint64 firstSegment = files.segments.isEmpty() ? -1 : files.segments.firstKey();
        const bool gap = files.segments.isEmpty() ? (!files.snapshots.isEmpty()
                                                     && files.snapshots.lastKey() > from)
                                                  : firstSegment > from + 1;
        if (gap && !files.snapshots.isEmpty() && files.snapshots.lastKey() > from) {
            const qint64 number = files.snapshots.lastKey();
            const QString name =
                SyncRemote::fileName(owner, SyncRemote::FileType::Snapshot, number);
            Result<QList<Incoming>> read =
                readFile(owner, name, files.snapshots.last(), number,
                         SyncRemote::FileType::Snapshot);
            if (!read) {
                if (read.error().code == ErrorCode::OperationFailed)
                    return read.error();
                problem(read.error(), read.error().message);
                if (changed)
                    updated.insert(owner, entry);
                continue; // nothing more of this device until its snapshot is readable
            }
            incoming += *read;
            from = number;
            changed = true;
        }
        for (auto segment = files.segments.cbegin(); segment != files.segments.cend(); ++segment) {
            if (segment.key() <= from)
                continue;
            if (segment.key() != from + 1)
                break; // a gap without a snapshot: wait for the missing file to appear
            const QString name =
                SyncRemote::fileName(owner, SyncRemote::FileType::Segment, segment.key());
            Result<QList<Incoming>> read =
                readFile(owner, name, segment.value(), segment.key(), SyncRemote::FileType::Segment);
            if (!read) {
                if (read.error().code == ErrorCode::OperationFailed)
                    return read.error();
                problem(read.error(), read.error().message);
                break; // the device's later segments wait behind this one
            }
            incoming += *read;
            from = segment.key();
            changed = true;
        }
        cursorsMoved = cursorsMoved || from != entry.readSegment || !known.contains(owner);
        entry.readSegment = from;
        if (changed)
            updated.insert(owner, entry);
    }

    // In stamp order, so that an edit is integrated after the edits it was made on.
    std::stable_sort(incoming.begin(), incoming.end(), [](const Incoming &a, const Incoming &b) {
        return a.change.stamp < b.change.stamp;
    });
    report.received += int(incoming.size());
    Transaction transaction(journal.connection());
    for (const Incoming &in : std::as_const(incoming)) {
        if (Status integrated = integrate(in); !integrated)
            return integrated;
    }
    for (const SyncJournal::Device &entry : std::as_const(updated)) {
        if (Status saved = journal.putDevice(entry); !saved)
            return saved;
    }
    if (cursorsMoved) {
        // What was read changed: the device file tells the others at the end of this sync.
        if (Status flagged = journal.setState(Key::infoWritten, QStringLiteral("0")); !flagged)
            return flagged;
    }
    if (Status saved = saveClock(); !saved)
        return saved;
    return transaction.commit();
}

Status SyncEngine::Private::integrate(const Incoming &in)
{
    const SyncVersion &theirs = in.change;
    // A device that keeps its secrets to itself lets the others' pass by, without complaint.
    if (SyncLocalState::kindOf(theirs.item) == QLatin1String("secret") && !local.includesSecrets())
        return {};
    if (std::optional<QString> refused = local.check(theirs.item, theirs.value)) {
        ++report.refused;
        problem(Error::invalidInput({}),
                tr("%1: record %2 refused: %3").arg(in.file, theirs.item, *refused));
        return {};
    }
    clock->observe(theirs.stamp);
    Result<std::optional<SyncJournal::Item>> found = journal.item(theirs.item);
    if (!found)
        return found.error();

    auto takeTheirs = [&](const VersionVector &version, const SyncStamp &stamp,
                          bool settle = true) -> Status {
        SyncVersion head = theirs;
        Result<std::optional<QByteArray>> stored = toStored(theirs.item, theirs.value);
        if (!stored)
            return stored.error();
        head.value = *stored;
        head.version = version;
        head.stamp = stamp;
        toApply.insert(theirs.item, theirs.value);
        ++report.applied;
        if (Status put = journal.putItem(head, false); !put)
            return put;
        return settle ? journal.settleConflicts(theirs.item, version) : Status();
    };

    if (!*found)
        return takeTheirs(theirs.version, theirs.stamp);
    const SyncJournal::Item &mineItem = **found;
    const SyncVersion &mine = mineItem.head;
    switch (theirs.version.compare(mine.version)) {
    case VersionVector::Order::Equal:
    case VersionVector::Order::Before:
        return {}; // already here, or older than what is here: applying it again changes nothing
    case VersionVector::Order::After:
        return takeTheirs(theirs.version, theirs.stamp);
    case VersionVector::Order::Concurrent:
        break;
    }

    Result<std::optional<QByteArray>> mineValue = fromStored(mine.item, mine.value);
    if (!mineValue)
        return mineValue.error();
    // A version seen here, though not taken, may be the base of a later three-way merge.
    {
        Result<std::optional<QByteArray>> stored = toStored(theirs.item, theirs.value);
        if (!stored)
            return stored.error();
        if (Status kept = journal.rememberVersion(theirs.item, theirs.stamp.toString(), *stored);
            !kept)
            return kept;
    }
    VersionVector both = mine.version;
    both.merge(theirs.version);
    const SyncStamp later = std::max(mine.stamp, theirs.stamp);

    // Both made the same value: nothing to decide.
    if (*mineValue == theirs.value) {
        SyncVersion head = mine;
        head.version = both;
        head.stamp = later;
        if (Status put = journal.putItem(head, mineItem.applied); !put)
            return put;
        return journal.settleConflicts(mine.item, both);
    }

    const QString kind = SyncLocalState::kindOf(mine.item);
    const Policy policy = SyncEngine::policyFromId(
                              settings.value(QStringLiteral("sync.conflictResolution")).toString())
                              .value_or(Policy::Prompt);
    Result<std::optional<std::optional<QByteArray>>> baseFound =
        journal.versionValue(mine.item, theirs.parent);
    if (!baseFound)
        return baseFound.error();
    std::optional<std::optional<QByteArray>> base;
    if (*baseFound) {
        Result<std::optional<QByteArray>> opened = fromStored(mine.item, **baseFound);
        if (!opened)
            return opened.error();
        base = *opened;
    }

    SyncJournal::ConflictRow conflict;
    conflict.item = mine.item;
    Result<std::optional<QByteArray>> mineStored = toStored(mine.item, *mineValue);
    Result<std::optional<QByteArray>> theirStored = toStored(mine.item, theirs.value);
    if (!mineStored || !theirStored)
        return (!mineStored ? mineStored.error() : theirStored.error());
    conflict.mine = *mineStored;
    conflict.theirs = *theirStored;
    if (base) {
        Result<std::optional<QByteArray>> baseStored = toStored(mine.item, *base);
        if (!baseStored)
            return baseStored.error();
        conflict.base = baseStored->value_or(QByteArray());
    }
    conflict.mineVersion = mine.version;
    conflict.theirVersion = theirs.version;
    conflict.theirStamp = theirs.stamp.toString();
    conflict.theirDevice = in.device;
    conflict.policy = SyncEngine::policyId(policy);
    conflict.detectedMs = options.wallClock();
    auto record = [&](const QString &state) -> Status {
        conflict.state = state;
        // One open conflict per item: a newer round of edits replaces the one before it.
        if (state == QLatin1String("open")) {
            if (Status replaced = journal.supersedeOpenConflicts(mine.item); !replaced)
                return replaced;
        }
        Result<qint64> added = journal.addConflict(conflict);
        if (!added)
            return added.error();
        ++report.conflicts;
        return {};
    };

    // A record deleted on one side and edited on the other: the edit is kept everywhere
    // (every device decides the same), and the deletion waits for the user to confirm it. A
    // setting is no record: one reset to its default meets the other side's value under the
    // policy, as any two values do.
    if ((!*mineValue || !theirs.value) && kind != QLatin1String("setting")) {
        if (Status logged = record(QStringLiteral("open")); !logged)
            return logged;
        if (!theirs.value) {
            SyncVersion head = mine;
            head.version = both;
            head.stamp = later;
            return journal.putItem(head, mineItem.applied);
        }
        return takeTheirs(both, later, false);
    }

    if (policy == Policy::LastWriteWins) {
        // The higher stamp wins on every device; the loser stays in the log for a restore.
        if (Status logged = record(QStringLiteral("automatic")); !logged)
            return logged;
        if (theirs.stamp > mine.stamp)
            return takeTheirs(both, later);
        SyncVersion head = mine;
        head.version = both;
        head.stamp = later;
        return journal.putItem(head, mineItem.applied);
    }

    if (policy == Policy::Merge && (kind == QLatin1String("layout") || kind == QLatin1String("agent"))
        && base && *base) {
        const SyncMerge merged = SyncMerge::merge(kind, **base, **mineValue, *theirs.value);
        if (merged.merged) {
            if (local.check(mine.item, merged.merged)) {
                conflict.fields = {QStringLiteral("*")};
            } else {
                toApply.insert(mine.item, merged.merged);
                ++report.applied;
                if (Status changed = localChange(mine.item, merged.merged, both, mine.stamp.toString());
                    !changed)
                    return changed;
                ++report.sent;
                return journal.settleConflicts(mine.item, both);
            }
        } else {
            conflict.fields = merged.conflictingFields;
        }
    }
    // Prompt (and a merge that needs the user): this device's value stays in force.
    return record(QStringLiteral("open"));
}

Status SyncEngine::Private::applyToProfile()
{
    if (toApply.isEmpty())
        return {};
    QStringList locked;
    Status applied = local.apply(toApply, &locked);
    if (!applied) {
        // The journal keeps them as not yet applied: the next sync tries again.
        return applied;
    }
    for (const QString &key : std::as_const(locked))
        report.notices.append(tr("%1: the value from another device is stored but has no "
                                 "effect here, since the administrator locks this setting")
                                  .arg(key));
    Transaction transaction(journal.connection());
    for (auto it = toApply.cbegin(); it != toApply.cend(); ++it) {
        if (Status marked = journal.markApplied(it.key()); !marked)
            return marked;
    }
    toApply.clear();
    return transaction.commit();
}

Status SyncEngine::Private::push(const SyncRemote::Listing &listing)
{
    const SyncRemote::DeviceFiles own = listing.devices.value(device);
    Result<QList<SyncJournal::OutboxEntry>> outbox = journal.outbox();
    if (!outbox)
        return outbox.error();
    if (outbox->isEmpty())
        return {};
    // Changes not in a segment yet go into the next one; a segment whose store was cut short
    // (or whose acknowledgement was lost) is written again under its number.
    qint64 next = journal.state(Key::nextSegment).toLongLong();
    if (next < 1)
        next = 1;
    bool unassigned = false;
    for (const SyncJournal::OutboxEntry &entry : std::as_const(*outbox))
        unassigned = unassigned || entry.segment == 0;
    if (unassigned) {
        Transaction transaction(journal.connection());
        Result<bool> assigned = journal.assignSegment(next);
        if (!assigned)
            return assigned.error();
        if (Status saved = journal.setState(Key::nextSegment, QString::number(next + 1)); !saved)
            return saved;
        if (Status committed = transaction.commit(); !committed)
            return committed;
        outbox = journal.outbox();
        if (!outbox)
            return outbox.error();
    }
    QMap<qint64, QList<SyncVersion>> segments;
    for (const SyncJournal::OutboxEntry &entry : std::as_const(*outbox))
        segments[entry.segment].append(entry.change);
    for (auto it = segments.cbegin(); it != segments.cend(); ++it) {
        if (!own.segments.contains(it.key())) {
            Result<QByteArray> data = encodeFile(SyncRemote::FileType::Segment, it.key(), it.value());
            if (!data)
                return data.error();
            if (Status stored = remote->put(
                    SyncRemote::fileName(device, SyncRemote::FileType::Segment, it.key()), *data);
                !stored)
                return stored;
        }
        report.sent += int(it.value().size());
        if (Status done = journal.segmentStored(it.key()); !done)
            return done;
    }
    return {};
}

Status SyncEngine::Private::writeInfo(const SyncRemote::Listing &listing, bool force)
{
    const SyncRemote::DeviceFiles own = listing.devices.value(device);
    const qint64 generation = journal.state(Key::infoGeneration).toLongLong();
    if (!force && journal.state(Key::infoWritten) == QLatin1String("1")
        && own.infos.contains(generation))
        return {};
    Result<QList<SyncJournal::Device>> known = journal.devices();
    if (!known)
        return known.error();
    const qint64 next = std::max(generation, own.infos.isEmpty() ? 0 : own.infos.lastKey()) + 1;
    SyncFile::Info info;
    info.name = journal.state(Key::deviceName);
    info.writtenMs = options.wallClock();
    for (const SyncJournal::Device &entry : std::as_const(*known))
        info.cursors.insert(entry.id, entry.readSegment);
    const QString name = SyncRemote::fileName(device, SyncRemote::FileType::DeviceInfo, next);
    Result<QByteArray> sealed = vault->seal(name, SyncFile::encodeInfo(device, next, info));
    if (!sealed)
        return sealed.error();
    if (Status stored = remote->put(name, *sealed); !stored)
        return stored;
    if (Status saved = journal.setState(Key::infoGeneration, QString::number(next)); !saved)
        return saved;
    if (Status saved = journal.setState(Key::infoWritten, QStringLiteral("1")); !saved)
        return saved;
    // Older device files of this device go; a failure leaves them for the next sync.
    for (auto it = own.infos.cbegin(); it != own.infos.cend(); ++it) {
        if (it.key() < next)
            (void)remote->remove(
                SyncRemote::fileName(device, SyncRemote::FileType::DeviceInfo, it.key()));
    }
    return {};
}

Status SyncEngine::Private::compact(const SyncRemote::Listing &listing)
{
    SyncRemote::DeviceFiles own = listing.devices.value(device);
    const qint64 stored = journal.state(Key::nextSegment).toLongLong() - 1;
    qint64 snapshot = journal.state(Key::snapshot).toLongLong();
    // Segments written by this sync are not in the listing; count them as there.
    qint64 uncovered = 0;
    for (qint64 number = snapshot + 1; number <= stored; ++number)
        ++uncovered;
    if (uncovered >= options.segmentsBeforeSnapshot && stored > snapshot) {
        Result<QHash<QString, SyncJournal::Item>> items = journal.items();
        if (!items)
            return items.error();
        QList<SyncVersion> heads;
        for (const SyncJournal::Item &item : std::as_const(*items))
            heads.append(item.head);
        std::sort(heads.begin(), heads.end(),
                  [](const SyncVersion &a, const SyncVersion &b) { return a.item < b.item; });
        Result<QByteArray> data = encodeFile(SyncRemote::FileType::Snapshot, stored, heads);
        if (!data)
            return data.error();
        if (Status put = remote->put(
                SyncRemote::fileName(device, SyncRemote::FileType::Snapshot, stored), *data);
            !put)
            return put;
        if (Status saved = journal.setState(Key::snapshot, QString::number(stored)); !saved)
            return saved;
        for (auto it = own.snapshots.cbegin(); it != own.snapshots.cend(); ++it) {
            if (it.key() < stored)
                (void)remote->remove(
                    SyncRemote::fileName(device, SyncRemote::FileType::Snapshot, it.key()));
        }
        snapshot = stored;
        report.compacted = true;
    }
    // Segments a snapshot covers go once every other device has read them.
    Result<QList<SyncJournal::Device>> known = journal.devices();
    if (!known)
        return known.error();
    qint64 readByAll = snapshot;
    for (const SyncJournal::Device &entry : std::as_const(*known)) {
        if (listing.devices.contains(entry.id))
            readByAll = std::min(readByAll, entry.cursors.value(device, 0));
    }
    for (auto it = own.segments.cbegin(); it != own.segments.cend(); ++it) {
        if (it.key() <= readByAll) {
            if (Status removed = remote->remove(
                    SyncRemote::fileName(device, SyncRemote::FileType::Segment, it.key()));
                !removed)
                return removed;
        }
    }
    return {};
}

Result<SyncEngine::Report> SyncEngine::Private::run()
{
    report = {};
    worst.reset();
    toApply.clear();
    device = journal.state(Key::device);
    clock = std::make_unique<HybridClock>(device, options.wallClock);
    if (const std::optional<SyncStamp> last = SyncStamp::fromString(journal.state(Key::clock)))
        clock->restore(*last);
    if (Status loaded = loadVault(); !loaded)
        return loaded.error();
    // Opened afresh each time: sync.serverUrl, or the account password, may have changed.
    if (Status opened = openStore(); !opened)
        return opened.error();
    const int requestsBefore = remote->requests();
    const qint64 sentBefore = remote->bytesSent();
    const qint64 receivedBefore = remote->bytesReceived();
    if (Status pending = reapplyPending(); !pending)
        return pending.error();

    const QString joinMode = journal.state(Key::joinMode);
    const bool joining = !joinMode.isEmpty();
    if (joinMode != QLatin1String("take-remote")) {
        if (Status scanned = scan(joining); !scanned)
            return scanned.error();
    }

    Result<SyncRemote::Listing> listing = remote->list();
    if (!listing)
        return listing.error();
    if (!listing->hasHeader)
        return Error::damaged(tr("%1 holds no sync store any more (its store.hsync is gone); "
                                 "leave and set sync up again")
                                  .arg(remote->displayName()));
    const bool ownFilesExpected = journal.state(Key::infoWritten) == QLatin1String("1")
        && journal.state(Key::infoGeneration).toLongLong() > 0;
    if (ownFilesExpected && !listing->devices.contains(device))
        return Error::invalidInput(tr("This device was removed from the sync store at %1 by "
                                      "another device; leave and join again")
                                       .arg(remote->displayName()));

    if (Status pulled = pull(*listing); !pulled)
        return pulled.error();
    if (Status applied = applyToProfile(); !applied)
        return applied.error();

    if (joining) {
        if (joinMode == QLatin1String("take-remote")) {
            // The store's values replace this device's: its own settings the store does not
            // have go back to their defaults. Its layouts and agents stay, and are sent.
            Result<QHash<QString, SyncJournal::Item>> items = journal.items();
            if (!items)
                return items.error();
            if (Status reloaded = settings.reload(); !reloaded)
                return reloaded.error();
            QMap<QString, std::optional<QVariant>> resets;
            const QMap<QString, QVariant> user = settings.userValues();
            for (auto it = user.cbegin(); it != user.cend(); ++it) {
                const QString item = QStringLiteral("setting:") + it.key();
                if (SyncLocalState::isItemName(item) && !items->contains(item))
                    resets.insert(it.key(), std::nullopt);
            }
            if (!resets.isEmpty()) {
                if (Status reset = settings.setUserValues(resets); !reset)
                    return reset.error();
            }
            if (Status scanned = scan(true); !scanned)
                return scanned.error();
        }
        if (Status joined = journal.setState(Key::joinMode, QString()); !joined)
            return joined.error();
    }

    if (Status pushed = push(*listing); !pushed)
        return pushed.error();
    if (Status compacted = compact(*listing); !compacted)
        return compacted.error();
    if (Status written = writeInfo(*listing, false); !written)
        return written.error();

    report.requests = remote->requests() - requestsBefore;
    report.bytesSent = remote->bytesSent() - sentBefore;
    report.bytesReceived = remote->bytesReceived() - receivedBefore;
    if (worst) {
        const QString summary =
            tr("The sync with %1 refused what follows; everything else was done:")
                .arg(remote->displayName());
        report.refusal = Error{*worst, summary + u'\n' + report.problems.join(u'\n'), {}};
    }
    return report;
}

SyncEngine::SyncEngine(Profile profile, PreferencesStore &settings, StateDatabase &database,
                       const SecretStore *secrets, Options options)
    : d(std::make_unique<Private>(std::move(profile), settings, database, secrets,
                                  std::move(options)))
{
}

SyncEngine::~SyncEngine() = default;

QString SyncEngine::policyId(Policy policy)
{
    switch (policy) {
    case Policy::LastWriteWins:
        return QStringLiteral("last-write-wins");
    case Policy::Merge:
        return QStringLiteral("merge");
    case Policy::Prompt:
        break;
    }
    return QStringLiteral("prompt");
}

std::optional<SyncEngine::Policy> SyncEngine::policyFromId(const QString &id)
{
    for (Policy policy : {Policy::LastWriteWins, Policy::Merge, Policy::Prompt}) {
        if (policyId(policy) == id)
            return policy;
    }
    return std::nullopt;
}

QString SyncEngine::keySecretName()
{
    return QStringLiteral("sync.key");
}

bool SyncEngine::isConfigured() const
{
    if (!d->journal.exists() || !d->openJournal())
        return false;
    return d->configured();
}

Status SyncEngine::init(const QString &destination, const QString &passphrase,
                        const QString &deviceName)
{
    FileLock lock(d->journal.path());
    if (Status locked = lock.lock(); !locked)
        return locked;
    if (Status opened = d->openJournal(); !opened)
        return opened;
    if (d->configured())
        return Error::invalidInput(tr("This profile already syncs with %1; leave first "
                                      "(hubstate-cli sync leave)")
                                       .arg(displaySpec(d->journal.state(Key::destination))));
    if (Status allowed = d->checkAllowed(); !allowed)
        return allowed;
    if (Status claimed = d->claimDestination(destination); !claimed)
        return claimed;
    if (passphrase.size() < 8)
        return Error::invalidInput(tr("The sync passphrase must have at least 8 characters"));
    if (!d->secrets)
        return Error::operationFailed(tr("Sync needs the keychain, which is not available"));
    if (Status opened = d->openRemote(destination); !opened)
        return opened;
    if (Status ready = d->remote->prepare(); !ready)
        return ready;
    Result<SyncRemote::Listing> listing = d->remote->list();
    if (!listing)
        return listing.error();
    if (listing->hasHeader || !listing->devices.isEmpty())
        return Error::invalidInput(tr("%1 already holds a sync store; join it instead "
                                      "(hubstate-cli sync join)")
                                       .arg(d->remote->displayName()));

    SyncStoreHeader header;
    header.storeId = randomId();
    // The floor of security.keyDerivation's algorithm, not calibrated: every device, the
    // slowest too, derives the key with these.
    header.kdf = PasswordKey::algorithmNamed(
                     d->settings.value(QStringLiteral("security.keyDerivation")).toString())
            == KdfParameters::Algorithm::Pbkdf2Sha256
        ? KdfParameters::pbkdf2(600000)
        : KdfParameters::argon2id(64 * 1024, 3, 1);
    header.salt = Crypto::randomBytes(16);
    Result<QByteArray> key = SyncVault::deriveRootKey(passphrase, header);
    if (!key)
        return key.error();
    SyncVault vault(*key, header.storeId);
    Result<QByteArray> check = vault.makeCheck();
    if (!check)
        return check.error();
    header.check = *check;
    if (Status saved = d->secrets->write(keySecretName(), *key); !saved)
        return saved;
    if (Status stored = d->remote->put(SyncRemote::headerName(), header.toJson()); !stored)
        return stored;

    Transaction transaction(d->journal.connection());
    const QString name = deviceName.isEmpty() ? QSysInfo::machineHostName() : deviceName;
    for (const auto &[keyName, value] :
         {std::pair{Key::device, randomId()}, std::pair{Key::deviceName, name.left(200)},
          std::pair{Key::store, header.storeId}, std::pair{Key::destination, destination},
          std::pair{Key::nextSegment, QStringLiteral("1")},
          std::pair{Key::infoGeneration, QStringLiteral("0")}}) {
        if (Status saved = d->journal.setState(keyName, value); !saved)
            return saved;
    }
    if (Status committed = transaction.commit(); !committed)
        return committed;
    d->setEnabled(true, destination);
    Result<Report> first = d->runRecorded();
    if (!first)
        return first.error();
    return {};
}

Status SyncEngine::join(const QString &destination, const QString &passphrase, JoinMode mode,
                        const QString &deviceName)
{
    FileLock lock(d->journal.path());
    if (Status locked = lock.lock(); !locked)
        return locked;
    if (Status opened = d->openJournal(); !opened)
        return opened;
    if (d->configured())
        return Error::invalidInput(tr("This profile already syncs with %1; leave first "
                                      "(hubstate-cli sync leave)")
                                       .arg(displaySpec(d->journal.state(Key::destination))));
    if (Status allowed = d->checkAllowed(); !allowed)
        return allowed;
    if (Status claimed = d->claimDestination(destination); !claimed)
        return claimed;
    if (!d->secrets)
        return Error::operationFailed(tr("Sync needs the keychain, which is not available"));
    if (Status opened = d->openRemote(destination); !opened)
        return opened;
    Result<SyncRemote::Listing> listing = d->remote->list();
    if (!listing)
        return listing.error();
    if (!listing->hasHeader)
        return Error::invalidInput(tr("%1 holds no sync store; create one there first "
                                      "(hubstate-cli sync init)")
                                       .arg(d->remote->displayName()));
    const QString headerSource = d->remote->displayName() + u'/' + SyncRemote::headerName();
    Result<QByteArray> headerData =
        d->remote->get(SyncRemote::headerName(), -1, SyncRemote::maxHeaderBytes);
    if (!headerData)
        return headerData.error();
    Result<SyncStoreHeader> header = SyncStoreHeader::parse(*headerData, headerSource);
    if (!header)
        return header.error();
    Result<QByteArray> key = SyncVault::deriveRootKey(passphrase, *header);
    if (!key)
        return key.error();
    {
        SyncVault vault(*key, header->storeId);
        if (Status right = vault.verify(*header); !right)
            return right;
    }
    if (Status saved = d->secrets->write(keySecretName(), *key); !saved)
        return saved;

    Transaction transaction(d->journal.connection());
    const QString name = deviceName.isEmpty() ? QSysInfo::machineHostName() : deviceName;
    for (const auto &[keyName, value] :
         {std::pair{Key::device, randomId()}, std::pair{Key::deviceName, name.left(200)},
          std::pair{Key::store, header->storeId}, std::pair{Key::destination, destination},
          std::pair{Key::nextSegment, QStringLiteral("1")},
          std::pair{Key::infoGeneration, QStringLiteral("0")},
          std::pair{Key::joinMode, mode == JoinMode::TakeRemote ? QStringLiteral("take-remote")
                                                                : QStringLiteral("merge")}}) {
        if (Status saved = d->journal.setState(keyName, value); !saved)
            return saved;
    }
    if (Status committed = transaction.commit(); !committed)
        return committed;
    d->setEnabled(true, destination);
    Result<Report> first = d->runRecorded();
    if (!first)
        return first.error();
    return {};
}

Result<SyncEngine::Report> SyncEngine::syncNow()
{
    FileLock lock(d->journal.path());
    if (Status locked = lock.lock(); !locked)
        return locked.error();
    if (Status opened = d->openJournal(); !opened)
        return opened.error();
    if (!d->configured())
        return Error::invalidInput(
            tr("Sync is not set up for this profile (hubstate-cli sync init or sync join)"));
    if (Status allowed = d->checkAllowed(); !allowed)
        return allowed.error();
    return d->runRecorded();
}

Result<SyncEngine::Status_> SyncEngine::status() const
{
    Status_ status;
    if (!d->journal.exists())
        return status;
    if (Status opened = d->openJournal(); !opened)
        return opened.error();
    status.configured = d->configured();
    if (!status.configured)
        return status;
    status.destination = displaySpec(d->journal.state(Key::destination));
    status.deviceId = d->journal.state(Key::device);
    status.deviceName = d->journal.state(Key::deviceName);
    auto time = [&](const QString &key) {
        const QString text = d->journal.state(key);
        return text.isEmpty() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(text.toLongLong(), Qt::UTC);
    };
    status.lastSync = time(Key::lastSync);
    status.lastAttempt = time(Key::lastAttempt);
    status.lastError = d->journal.state(Key::lastError);
    Result<int> pending = d->journal.pendingCount();
    if (!pending)
        return pending.error();
    status.pending = *pending;
    Result<QList<SyncJournal::ConflictRow>> open = d->journal.conflicts(false);
    if (!open)
        return open.error();
    status.openConflicts = int(open->size());
    Result<QList<Device>> known = const_cast<SyncEngine *>(this)->devices();
    if (!known)
        return known.error();
    status.devices = *known;
    return status;
}

Result<QList<SyncEngine::Conflict>> SyncEngine::conflicts(bool all) const
{
    if (!d->journal.exists())
        return QList<Conflict>();
    if (Status opened = d->openJournal(); !opened)
        return opened.error();
    Result<QList<SyncJournal::ConflictRow>> rows = d->journal.conflicts(all);
    if (!rows)
        return rows.error();
    QList<Conflict> list;
    for (const SyncJournal::ConflictRow &row : std::as_const(*rows)) {
        Conflict conflict;
        conflict.id = row.id;
        conflict.item = row.item;
        conflict.kind = SyncLocalState::kindOf(row.item);
        const bool secret = conflict.kind == QLatin1String("secret");
        // A secret's values are never shown: only that they differ.
        auto shown = [&](const std::optional<QByteArray> &value) -> QJsonValue {
            if (!value)
                return QJsonValue(QJsonValue::Undefined);
            if (secret)
                return QStringLiteral("(secret)");
            return QJsonDocument::fromJson(*value).object();
        };
        conflict.label = d->local.label(row.item, secret ? std::nullopt : (row.theirs ? row.theirs : row.mine));
        conflict.mine = shown(row.mine);
        conflict.theirs = shown(row.theirs);
        conflict.base = row.base && !row.base->isEmpty() ? shown(row.base) : QJsonValue(QJsonValue::Undefined);
        conflict.theirDevice = row.theirDevice;
        conflict.theirDeviceName = d->deviceName(row.theirDevice);
        conflict.policy = row.policy;
        conflict.state = row.state;
        conflict.fields = row.fields;
        conflict.detected = QDateTime::fromMSecsSinceEpoch(row.detectedMs, Qt::UTC);
        list.append(conflict);
    }
    return list;
}

Status SyncEngine::resolve(qint64 conflictId, Resolution resolution)
{
    FileLock lock(d->journal.path());
    if (Status locked = lock.lock(); !locked)
        return locked;
    if (Status opened = d->openJournal(); !opened)
        return opened;
    if (!d->configured())
        return Error::invalidInput(tr("Sync is not set up for this profile"));
    Result<std::optional<SyncJournal::ConflictRow>> found = d->journal.conflict(conflictId);
    if (!found)
        return found.error();
    if (!*found)
        return Error::invalidInput(tr("There is no sync conflict %1 (hubstate-cli sync conflicts "
                                      "--all lists them)")
                                       .arg(conflictId));
    const SyncJournal::ConflictRow &row = **found;
    d->device = d->journal.state(Key::device);
    d->clock = std::make_unique<HybridClock>(d->device, d->options.wallClock);
    if (const std::optional<SyncStamp> last = SyncStamp::fromString(d->journal.state(Key::clock)))
        d->clock->restore(*last);
    if (Status loaded = d->loadVault(); !loaded)
        return loaded;
    Result<std::optional<QByteArray>> chosen =
        d->fromStored(row.item, resolution == Resolution::Mine ? row.mine : row.theirs);
    if (!chosen)
        return chosen.error();
    if (std::optional<QString> refused = d->local.check(row.item, *chosen))
        return Error::invalidInput(tr("%1 cannot be put in force here: %2").arg(row.item, *refused));
    Result<std::optional<SyncJournal::Item>> item = d->journal.item(row.item);
    if (!item)
        return item.error();
    VersionVector version = row.mineVersion;
    version.merge(row.theirVersion);
    QString parent;
    if (*item) {
        version.merge((*item)->head.version);
        parent = (*item)->head.stamp.toString();
    }
    {
        Transaction transaction(d->journal.connection());
        // Recorded as not applied until the profile has it (a crash re-applies it).
        if (Status changed = d->localChange(row.item, *chosen, version, parent); !changed)
            return changed;
        Result<std::optional<SyncJournal::Item>> head = d->journal.item(row.item);
        if (!head)
            return head.error();
        if (Status pending = d->journal.putItem((*head)->head, false); !pending)
            return pending;
        if (Status set = d->journal.setConflictState(
                row.id, resolution == Resolution::Mine ? QStringLiteral("kept-mine")
                                                       : QStringLiteral("took-theirs"));
            !set)
            return set;
        if (Status settled = d->journal.settleConflicts(row.item, version); !settled)
            return settled;
        if (Status saved = d->saveClock(); !saved)
            return saved;
        if (Status committed = transaction.commit(); !committed)
            return committed;
    }
    d->toApply.insert(row.item, *chosen);
    return d->applyToProfile();
}

Result<QList<SyncEngine::Device>> SyncEngine::devices()
{
    if (Status opened = d->openJournal(); !opened)
        return opened.error();
    QList<Device> list;
    if (!d->configured())
        return list;
    Device self;
    self.id = d->journal.state(Key::device);
    self.name = d->journal.state(Key::deviceName);
    self.self = true;
    const QString last = d->journal.state(Key::lastSync);
    if (!last.isEmpty())
        self.lastSeen = QDateTime::fromMSecsSinceEpoch(last.toLongLong(), Qt::UTC);
    self.segmentsRead = d->journal.state(Key::nextSegment).toLongLong() - 1;
    list.append(self);
    Result<QList<SyncJournal::Device>> known = d->journal.devices();
    if (!known)
        return known.error();
    for (const SyncJournal::Device &entry : std::as_const(*known)) {
        Device other;
        other.id = entry.id;
        const QString alias = d->journal.state(Key::aliasPrefix + entry.id);
        other.name = alias.isEmpty() ? entry.name : alias;
        if (entry.lastSeenMs > 0)
            other.lastSeen = QDateTime::fromMSecsSinceEpoch(entry.lastSeenMs, Qt::UTC);
        other.segmentsRead = entry.readSegment;
        list.append(other);
    }
    return list;
}

Status SyncEngine::renameDevice(const QString &deviceId, const QString &name)
{
    FileLock lock(d->journal.path());
    if (Status locked = lock.lock(); !locked)
        return locked;
    if (Status opened = d->openJournal(); !opened)
        return opened;
    if (!d->configured())
        return Error::invalidInput(tr("Sync is not set up for this profile"));
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 200)
        return Error::invalidInput(tr("A device name has 1 to 200 characters"));
    if (deviceId == d->journal.state(Key::device)) {
        // Its device file tells the others at the next sync.
        if (Status saved = d->journal.setState(Key::deviceName, trimmed); !saved)
            return saved;
        return d->journal.setState(Key::infoWritten, QStringLiteral("0"));
    }
    Result<QList<SyncJournal::Device>> known = d->journal.devices();
    if (!known)
        return known.error();
    const bool exists = std::any_of(known->cbegin(), known->cend(),
                                    [&](const SyncJournal::Device &e) { return e.id == deviceId; });
    if (!exists)
        return Error::invalidInput(tr("No device %1 syncs with this store (hubstate-cli sync "
                                      "devices lists them)")
                                       .arg(deviceId));
    // Another device's file is its own: the name given here is kept on this device.
    return d->journal.setState(Key::aliasPrefix + deviceId, trimmed);
}

Status SyncEngine::forgetDevice(const QString &deviceId)
{
    FileLock lock(d->journal.path());
    if (Status locked = lock.lock(); !locked)
        return locked;
    if (Status opened = d->openJournal(); !opened)
        return opened;
    if (!d->configured())
        return Error::invalidInput(tr("Sync is not set up for this profile"));
    if (deviceId == d->journal.state(Key::device))
        return Error::invalidInput(tr("%1 is this device; to stop syncing here use hubstate-cli "
                                      "sync leave")
                                       .arg(deviceId));
    if (!isSyncDeviceId(deviceId))
        return Error::invalidInput(tr("%1 is not a device id (16 hexadecimal digits)").arg(deviceId));
    if (!d->remote) {
        if (Status opened = d->openRemote(d->journal.state(Key::destination)); !opened)
            return opened;
    }
    Result<SyncRemote::Listing> listing = d->remote->list();
    if (!listing)
        return listing.error();
    if (!listing->devices.contains(deviceId))
        return Error::invalidInput(tr("No device %1 has files in %2")
                                       .arg(deviceId, d->remote->displayName()));
    const SyncRemote::DeviceFiles files = listing->devices.value(deviceId);
    using Type = SyncRemote::FileType;
    for (const auto &[type, numbers] : {std::pair{Type::DeviceInfo, files.infos.keys()},
                                        std::pair{Type::Snapshot, files.snapshots.keys()},
                                        std::pair{Type::Segment, files.segments.keys()}}) {
        for (qint64 number : numbers) {
            if (Status removed = d->remote->remove(SyncRemote::fileName(deviceId, type, number));
                !removed)
                return removed;
        }
    }
    return d->journal.removeDevice(deviceId);
}

Status SyncEngine::leave()
{
    FileLock lock(d->journal.path());
    if (Status locked = lock.lock(); !locked)
        return locked;
    if (Status opened = d->openJournal(); !opened)
        return opened;
    if (!d->configured())
        return Error::invalidInput(tr("Sync is not set up for this profile"));
    const QString device = d->journal.state(Key::device);
    QStringList notices;
    // Best effort: an unreachable store keeps this device's files, which the others can forget.
    if (d->remote || d->openRemote(d->journal.state(Key::destination))) {
        if (Result<SyncRemote::Listing> listing = d->remote->list()) {
            const SyncRemote::DeviceFiles files = listing->devices.value(device);
            using Type = SyncRemote::FileType;
            for (const auto &[type, numbers] : {std::pair{Type::Segment, files.segments.keys()},
                                                std::pair{Type::Snapshot, files.snapshots.keys()},
                                                std::pair{Type::DeviceInfo, files.infos.keys()}}) {
                for (qint64 number : numbers)
                    (void)d->remote->remove(SyncRemote::fileName(device, type, number));
            }
        }
    }
    if (d->secrets) {
        if (Status removed = d->secrets->remove(keySecretName()); !removed
            && removed.error().code != ErrorCode::InvalidInput)
            return removed;
    }
    d->setEnabled(false);
    return d->journal.clear();
}

} // namespace Hubstate::Core
