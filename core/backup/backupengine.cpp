#include "backupengine.h"

#include "archivewriter.h"
#include "backupfilename.h"
#include "buildinfo.h"
#include "core/common/atomicfile.h"
#include "core/common/privatefiles.h"
#include "core/crypto/containerwriter.h"
#include "core/crypto/hashpipeline.h"
#include "core/crypto/passwordkey.h"
#include "core/crypto/primitives.h"
#include "core/secrets/backupkeys.h"
#include "core/secrets/secretstore.h"
#include "core/settings/inifile.h"
#include "core/settings/preferencesstore.h"
#include "core/settings/settingsmigrator.h"
#include "core/settings/settingsschema.h"
#include "core/state/databasesnapshot.h"
#include "core/state/statedatabase.h"
#include "destinationlist.h"
#include "localfolderdestination.h"
#include "operationlock.h"
#include "retention.h"
#include "runfolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace Hubstate::Core {

struct BackupEngine::Keys
{
    MasterKey masterKey;
    MasterKeyEnvelope envelope;
};

namespace {

bool isLocalFolder(const Destination &destination)
{
    return dynamic_cast<const LocalFolderDestination *>(&destination) != nullptr;
}

// The indexed secrets, read from the keychain, as JSON (values base64).
Result<QByteArray> collectSecrets(const QStringList &names, const SecretStore &store)
{
    QJsonArray list;
    for (const QString &name : names) {
        Result<QByteArray> value = store.read(name);
        if (!value) {
            if (value.error().code == ErrorCode::InvalidInput)
                continue; // indexed but never stored: nothing to back up
            return value.error();
        }
        list.append(QJsonObject{{QStringLiteral("name"), name},
                                {QStringLiteral("value"), QString::fromLatin1(value->toBase64())}});
        Crypto::wipe(value.value());
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("secrets"), list}}).toJson();
}

// The SHA-256 of files one after the other (a missing one counts as empty), hashed on
// another core while this one reads.
Result<QByteArray> hashFiles(const QStringList &paths)
{
    Crypto::HashPipeline hash;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly))
            return Error::operationFailed(
                BackupEngine::tr("Cannot read %1: %2").arg(path, file.errorString()));
        for (;;) {
            QByteArray piece(1024 * 1024, Qt::Uninitialized);
            const qint64 n = file.read(piece.data(), piece.size());
            if (n < 0)
                return Error::operationFailed(
                    BackupEngine::tr("Cannot read %1: %2").arg(path, file.errorString()));
            if (n == 0)
                break;
            hash.addData(piece, n);
        }
        hash.addData(QByteArray("\0file\0", 6));
    }
    return hash.result();
}

// The files' identity and times (device, inode, size, modification and change times to the
// nanosecond), as restic and git tell an unchanged file without reading it. Empty when a
// change time is within two seconds of now: the kernel's clock is coarse, so a write in the
// same tick could follow unseen (git's "racy" case); the contents are hashed then.
QByteArray stampOf(const QStringList &paths)
{
    QByteArray stamp;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QString &path : paths) {
        struct stat info = {};
        // An empty file holds nothing (SQLite leaves an empty -wal behind a reader), so it
        // stamps as a missing one.
        if (::lstat(QFile::encodeName(path).constData(), &info) != 0 || info.st_size == 0) {
            stamp += "empty;";
            continue;
        }
        const qint64 changed = qint64(info.st_ctim.tv_sec) * 1000 + info.st_ctim.tv_nsec / 1000000;
        if (now - changed < 2000)
            return {};
        stamp += QByteArray::number(quint64(info.st_dev)) + ':'
            + QByteArray::number(quint64(info.st_ino)) + ':'
            + QByteArray::number(qint64(info.st_size)) + ':'
            + QByteArray::number(qint64(info.st_mtim.tv_sec)) + '.'
            + QByteArray::number(qint64(info.st_mtim.tv_nsec)) + ':'
            + QByteArray::number(qint64(info.st_ctim.tv_sec)) + '.'
            + QByteArray::number(qint64(info.st_ctim.tv_nsec)) + ';';
    }
    return stamp;
}

// What a backup holds, in one value: the database's bytes, the settings file's and the
// secrets', with how it is written. Keyed with the backup key when encrypted, so that the
// catalog (not secret) says nothing about the secrets. Any committed change changes the
// database's bytes, whatever its size.
QByteArray fingerprintOf(const QByteArray &databaseHash, const QByteArray &settings,
                         const QByteArray &secrets, const QByteArray &key, const QString &flags)
{
    const QByteArray parts = "hubstate/v1/unchanged" + databaseHash + Crypto::sha256(settings)
        + Crypto::sha256(secrets) + flags.toUtf8();
    return Crypto::hmacSha256(key.isEmpty() ? QByteArray("hubstate/v1/plain") : key, parts);
}

} // namespace

namespace {

// Two destination specs naming the same place: equal, or the same folder.
bool sameSpec(const QString &a, const QString &b)
{
    return a == b || (!a.contains(u':') && !b.contains(u':') && QFileInfo(a) == QFileInfo(b));
}

} // namespace

BackupEngine::BackupEngine(Profile profile, const PreferencesStore &settings,
                           const SecretStore *secrets)
    : m_profile(std::move(profile))
    , m_settings(settings)
    , m_secrets(secrets)
    , m_catalog(m_profile.backupCatalogFile(), FileLayer::system(), m_profile.backupDirectory())
{
}

QString BackupEngine::resolveDestination(const QString &destination) const
{
    if (!destination.isEmpty())
        return destination;
    // The first enabled destination of backup.destinations.
    const QList<BackupDestination> enabled =
        BackupDestinations::enabled(m_settings, m_profile.backupDirectory());
    return enabled.isEmpty() ? m_profile.backupDirectory() : enabled.first().location;
}

BackupReader::Keys BackupEngine::readingKeys(const SecretStore *secrets, const QString &password)
{
    BackupReader::Keys keys;
    keys.password = password;
    if (secrets) {
        Result<BackupKeys::Keys> stored = BackupKeys(*secrets).load();
        if (stored)
            keys.masterKey = stored->masterKey;
    }
    return keys;
}

Result<BackupEngine::Keys> BackupEngine::keysFor(const Options &options) const
{
    std::optional<BackupKeys::Keys> stored;
    if (m_secrets) {
        Result<BackupKeys::Keys> loaded = BackupKeys(*m_secrets).load();
        if (loaded)
            stored = std::move(loaded).value();
        else if (loaded.error().code != ErrorCode::InvalidInput && options.password.isEmpty())
            return loaded.error(); // locked or unavailable: say so rather than ask
    }
    QString password = options.password;
    if (stored) {
        // A password given must open the file: the stored keys serve only when it is theirs.
        if (password.isEmpty() || stored->envelope.open(password))
            return Keys{stored->masterKey, stored->envelope};
    } else if (password.isEmpty()) {
        std::optional<QString> asked =
            options.askNewPassword ? options.askNewPassword() : std::nullopt;
        if (!asked || asked->isEmpty()) {
            return Error::invalidInput(
                tr("An encrypted backup needs a backup password the first time, to set up the "
                   "backup key: set one on the Backups page or give one to hubstate-cli backup "
                   "create (--password-stdin or --password-file); or back up unencrypted "
                   "(--no-encrypt, or turn off backup.encryption)."));
        }
        password = *asked;
    }
    // No keys yet: create them in the keychain, so that later backups need no password.
    if (!stored && m_secrets && m_secrets->probe().health == SecretStore::Health::Healthy) {
        Result<BackupKeys::Keys> created = BackupKeys(*m_secrets).create(password, newKeyParameters());
        if (!created)
            return created.error();
        return Keys{created->masterKey, created->envelope};
    }
    // A one-off key: this file opens with this password alone.
    const MasterKey masterKey = MasterKey::generate();
    Result<MasterKeyEnvelope> envelope =
        MasterKeyEnvelope::seal(masterKey, password, newKeyParameters());
    if (!envelope)
        return envelope.error();
    return Keys{masterKey, *envelope};
}

KdfParameters BackupEngine::newKeyParameters() const
{
    return PasswordKey::calibrate(PasswordKey::algorithmNamed(
        m_settings.value(QStringLiteral("security.keyDerivation")).toString()));
}

Result<BackupEngine::Outcome> BackupEngine::create(const Options &options)
{
    FileLayer &files = options.fileLayer ? *options.fileLayer : FileLayer::system();
    const bool encrypt =
        options.encrypt.value_or(m_settings.value(QStringLiteral("backup.encryption")).toBool());
    const bool compress = m_settings.value(QStringLiteral("backup.compression")).toBool();
    const bool includeSecrets =
        encrypt && m_settings.value(QStringLiteral("backup.includeSecrets")).toBool();
    const auto progress = [&options](const QString &stage, qint64 done, qint64 total) {
        return !options.progress || options.progress(stage, done, total);
    };

    // Where the backup goes: --to alone, else every enabled destination. With several, the
    // archive is made and verified once in the run's folder, then stored at each, and a
    // destination that fails does not fail the others.
    struct Target
    {
        QString name;
        QString spec;
        RetentionPolicy retention;
        std::unique_ptr<Destination> destination;
    };
    std::vector<Target> targets;
    QList<Outcome::Copy> unreachable;
    QList<BackupDestination> wanted;
    if (options.destination.isEmpty()) {
        wanted = BackupDestinations::enabled(m_settings, m_profile.backupDirectory());
        if (wanted.isEmpty()) {
            return Error::invalidInput(
                tr("No destination in backup.destinations is enabled: enable one (hubstate-cli "
                   "backup destinations add), or name one with --to"));
        }
    } else {
        BackupDestination given;
        given.location = options.destination;
        given.name = displaySpec(options.destination);
        for (const BackupDestination &configured :
             BackupDestinations::configured(m_settings, m_profile.backupDirectory())) {
            if (sameSpec(configured.location, options.destination))
                given = configured;
        }
        given.location = options.destination;
        wanted = {given};
    }
    const bool several = wanted.size() > 1;
    for (const BackupDestination &one : std::as_const(wanted)) {
        Result<std::unique_ptr<Destination>> opened =
            openDestination(one.location, m_secrets, &m_settings);
        if (!opened) {
            if (!several)
                return opened.error();
            unreachable.append(
                {one.name, displaySpec(one.location), {}, opened.error().message, {}});
            continue;
        }
        targets.push_back(
            {one.name, one.location, one.retentionPolicy(m_settings), std::move(opened).value()});
    }
    if (targets.empty()) {
        QStringList why;
        for (const Outcome::Copy &copy : std::as_const(unreachable))
            why.append(tr("%1: %2").arg(copy.name, copy.error));
        return Error::operationFailed(tr("No destination of the backup can be opened: %1")
                                          .arg(why.join(QStringLiteral("; "))));
    }
    const QString spec = targets.front().spec;
    Destination &destination = *targets.front().destination;
    const bool local = !several && isLocalFolder(destination);

    std::optional<Keys> keys;
    if (encrypt) {
        Result<Keys> found = keysFor(options);
        if (!found)
            return found.error();
        keys = std::move(found).value();
    }

    OperationLock lock(m_profile);
    if (Status locked = lock.tryLock(); !locked)
        return locked.error();
    if (Status catalogued = m_catalog.load(); !catalogued)
        return catalogued.error();

    // This run's own folder in the cache (the snapshot, and the copy to upload), and what
    // killed runs left there.
    removeLeftovers();
    Result<std::unique_ptr<RunFolder>> work =
        RunFolder::create(m_profile.cacheDirectory(), QStringLiteral("backup"));
    if (!work)
        return work.error();

    // The folder the file is written in: the destination itself when it is a folder (then
    // the rename into place is the last step), else the run's folder to upload from.
    const QString folder =
        local ? static_cast<LocalFolderDestination &>(destination).folder() : (*work)->path();
    if (!PrivateFiles::makePath(folder))
        return Error::operationFailed(tr("Cannot create the backup folder %1").arg(folder));
    // What a killed run left behind is never a backup.
    for (const QFileInfo &stale : QDir(folder).entryInfoList(
             {QStringLiteral("*") + BackupFileName::partialSuffix()}, QDir::Files | QDir::Hidden)) {
        QFile::remove(stale.absoluteFilePath());
    }

    // The settings file's bytes, as backed up; read before the database, so that a change to
    // them made while the backup runs is seen by the next one.
    QByteArray settings;
    if (QFile settingsFile(m_profile.settingsFile()); settingsFile.exists()) {
        if (!settingsFile.open(QIODevice::ReadOnly)) {
            return Error::operationFailed(
                tr("Cannot read %1: %2").arg(settingsFile.fileName(), settingsFile.errorString()));
        }
        settings = settingsFile.readAll();
    }
    const QByteArray key = keys ? keys->masterKey.key : QByteArray();
    QByteArray liveFingerprint;
    QByteArray stampFingerprint;
    QList<Outcome::Copy> unreachableNow; // those the last look for changes could not reach
    // Unchanged only when every destination's newest verified backup holds the same; one that
    // cannot be reached gets the new backup (and its failure reported) like the others.
    const auto unchangedEverywhere =
        [&](const std::function<bool(const BackupRecord &)> &holdsTheSame)
        -> Result<std::optional<Outcome>> {
        if (!several) {
            return confirmUnchanged(destination, local ? folder : QString(), holdsTheSame,
                                    stampFingerprint, liveFingerprint);
        }
        // A destination that cannot be reached does not make a new backup for the others
        // (each retry would write one): it is reported, and gets the next backup made.
        std::optional<Outcome> first;
        QList<Outcome::Copy> copies;
        unreachableNow.clear();
        for (Target &target : targets) {
            Result<std::optional<Outcome>> same = confirmUnchanged(
                *target.destination, {}, holdsTheSame, stampFingerprint, liveFingerprint);
            if (!same) {
                unreachableNow.append(
                    {target.name, target.destination->displayName(), {}, same.error().message, {}});
                continue;
            }
            if (!*same)
                return std::optional<Outcome>();
            copies.append(
                {target.name, target.destination->displayName(), (*same)->location, {}, {}});
            if (!first)
                first = **same;
        }
        if (first)
            first->copies = copies + unreachable + unreachableNow;
        return first;
    };
    const QString flags = QStringLiteral("%1/%2/%3").arg(encrypt).arg(compress).arg(includeSecrets);

    // Unchanged since the newest backup, told without a snapshot: the live database's files
    // are byte for byte what they were when that backup began. Hashed before the snapshot, so
    // that a write made meanwhile shows at the next look. Secrets are read from the keychain
    // by the names in the snapshot, so a backup that holds them takes the snapshot's way.
    // The stamps cost nothing, so every backup without secrets records them for the next
    // scheduled one; the bytes are hashed by a scheduled one, or when the stamps cannot be used.
    const QStringList live{m_profile.databaseFile(),
                           m_profile.databaseFile() + QStringLiteral("-wal")};
    if (const QByteArray stamp = includeSecrets ? QByteArray() : stampOf(live); !stamp.isEmpty())
        stampFingerprint = fingerprintOf(Crypto::sha256(stamp), settings, {}, key, flags);
    if (options.skipUnchanged && options.label.isEmpty() && !includeSecrets) {
        // First the files' stamps (no read at all), then their bytes.
        if (!stampFingerprint.isEmpty()) {
            Result<std::optional<Outcome>> same =
                unchangedEverywhere([&stampFingerprint](const BackupRecord &newest) {
                    return newest.stampFingerprint == stampFingerprint;
                });
            if (!same)
                return same.error();
            if (*same)
                return **same;
        }
        Result<QByteArray> liveHash = hashFiles(live);
        if (!liveHash)
            return liveHash.error();
        liveFingerprint = fingerprintOf(*liveHash, settings, {}, key, flags);
        Result<std::optional<Outcome>> same =
            unchangedEverywhere([&liveFingerprint](const BackupRecord &newest) {
                return newest.liveFingerprint == liveFingerprint;
            });
        if (!same)
            return same.error();
        if (*same)
            return **same;
    }

    // Written to within the last two seconds, the files' stamps cannot vouch for them at the
    // next look (the racy rule above); their bytes can, for one read of them now, which spares
    // that look a snapshot.
    if (liveFingerprint.isEmpty() && stampFingerprint.isEmpty() && !includeSecrets) {
        Result<QByteArray> liveHash = hashFiles(live);
        if (!liveHash)
            return liveHash.error();
        liveFingerprint = fingerprintOf(*liveHash, settings, {}, key, flags);
    }

    // 1. The snapshot.
    progress(tr("Snapshot"), 0, 0);
    if (!QFile::exists(m_profile.databaseFile())) {
        StateDatabase fresh;
        if (Status created = fresh.open(m_profile.databaseFile()); !created)
            return created.error();
    }
    const QString snapshot = (*work)->filePath(QStringLiteral("snapshot.sqlite"));
    if (Status taken = DatabaseSnapshot::take(m_profile.databaseFile(), snapshot); !taken)
        return taken.error();
    Result<DatabaseSnapshot::Facts> facts = DatabaseSnapshot::inspect(snapshot);
    if (!facts)
        return facts.error();

    BackupManifest manifest;
    manifest.appVersion = QString::fromLatin1(BuildInfo::version);
    manifest.createdAt = QDateTime::currentDateTimeUtc();
    manifest.createdAt.setTime(QTime(manifest.createdAt.time().hour(),
                                     manifest.createdAt.time().minute(),
                                     manifest.createdAt.time().second()));
    manifest.databaseVersion = facts->schemaVersion;
    manifest.counts = facts->counts;
    manifest.encrypted = encrypt;

    manifest.settingsVersion = SettingsSchema::currentFileVersion;
    if (!settings.isEmpty()) {
        if (Result<RawSettings> raw = IniFile::read(m_profile.settingsFile())) {
            if (Result<int> version =
                    SettingsMigrator::detectVersion(*raw, m_profile.settingsFile()))
                manifest.settingsVersion = *version;
        }
    }

    QByteArray secrets;
    if (includeSecrets) {
        if (!m_secrets)
            return Error::operationFailed(tr("Secrets cannot be backed up: there is no keychain."));
        Result<QByteArray> collected = collectSecrets(facts->secretNames, *m_secrets);
        if (!collected)
            return collected.error();
        secrets = std::move(collected).value();
        manifest.includesSecrets = true;
    }

    // Nothing changed since the newest backup there: say so, write nothing.
    Result<QByteArray> snapshotHash = hashFiles({snapshot});
    if (!snapshotHash)
        return snapshotHash.error();
    const QByteArray fingerprint = fingerprintOf(*snapshotHash, settings, secrets, key, flags);
    if (options.skipUnchanged && options.label.isEmpty()) {
        Result<std::optional<Outcome>> same =
            unchangedEverywhere([&fingerprint](const BackupRecord &newest) {
                return newest.fingerprint == fingerprint;
            });
        if (!same)
            return same.error();
        if (*same)
            return **same;
    }

    // 2. The archive, streamed into the container (or straight into the file).
    // Names carry the second; a backup made within the second of an earlier one (or after
    // the clock went back) takes the next free second, so the newest always sorts last.
    for (const Target &target : targets) {
        for (const BackupRecord &record : m_catalog.at(target.destination->displayName())) {
            // A time ahead of the clock is not followed: later backups keep the real time.
            if (record.createdAt >= manifest.createdAt && !record.isAheadOf(manifest.createdAt))
                manifest.createdAt = record.createdAt.addSecs(1);
        }
    }
    const auto taken = [&](const QString &candidate) {
        return std::any_of(targets.cbegin(), targets.cend(), [&](const Target &target) {
            return m_catalog.find(target.spec, candidate)
                || m_catalog.find(target.destination->displayName(), candidate);
        });
    };
    QString name = BackupFileName::make(manifest.createdAt, encrypt, compress, options.label);
    while (QFile::exists(folder + u'/' + name) || taken(name)) {
        manifest.createdAt = manifest.createdAt.addSecs(1);
        name = BackupFileName::make(manifest.createdAt, encrypt, compress, options.label);
    }
    const QString finalPath = folder + u'/' + name;
    DurableFile output(finalPath + BackupFileName::partialSuffix(), finalPath, files);
    if (Status created = output.create(); !created)
        return created.error();
    output.hashWhileWriting(); // the catalog's SHA-256 of the file, without reading it again

    std::unique_ptr<ContainerWriter> container;
    if (keys) {
        container = std::make_unique<ContainerWriter>(&output, keys->masterKey, keys->envelope);
        if (Status begun = container->begin(); !begun)
            return begun.error();
    }
    QString sinkFailure;
    const qint64 total = QFileInfo(snapshot).size() + settings.size() + secrets.size();
    ArchiveWriter archive(
        [&](const char *data, qint64 size) {
            Status written = container ? container->write(data, size) : Status();
            if (written && !container && output.write(data, size) != size)
                written = Error::operationFailed(output.failure());
            if (!written)
                sinkFailure = written.error().message;
            return bool(written);
        },
        compress, [&](qint64 done) { return progress(tr("Archive"), done, total); });
    const auto archiveFailed = [&](const Error &error) -> Error {
        if (!sinkFailure.isEmpty())
            return Error::operationFailed(sinkFailure, error.detail);
        return error;
    };
    if (Status begun = archive.open(); !begun)
        return archiveFailed(begun.error());
    const auto add = [&](Result<BackupManifest::Entry> entry) -> Status {
        if (!entry)
            return archiveFailed(entry.error());
        manifest.entries.append(*entry);
        return {};
    };
    // The snapshot is checked on the other core while it is archived: a backup of a damaged
    // database fails here rather than at the restore that needs it.
    Result<QStringList> checked = QStringList();
    std::thread checker([&] { checked = DatabaseSnapshot::verify(snapshot); });
    const Status archived = add(archive.addFile(BackupManifest::databaseEntry(), snapshot));
    checker.join();
    if (!archived)
        return archived.error();
    if (!checked)
        return checked.error();
    if (!checked->isEmpty()) {
        return Error::damaged(
            tr("The database %1 fails its integrity check, so it was not backed "
               "up (run hubstate-cli recover): %2")
                .arg(m_profile.databaseFile(), checked->join(QStringLiteral("; "))));
    }
    manifest.databaseChecks = {QStringLiteral("integrity_check"),
                               QStringLiteral("foreign_key_check")};
    if (Status added = add(archive.addData(BackupManifest::settingsEntry(), settings)); !added)
        return added.error();
    if (!secrets.isEmpty()) {
        Status added = add(archive.addData(BackupManifest::secretsEntry(), secrets));
        Crypto::wipe(secrets);
        if (!added)
            return added.error();
    }
    if (Result<BackupManifest::Entry> written =
            archive.addData(BackupManifest::entryName(), manifest.toJson());
        !written) {
        return archiveFailed(written.error());
    }
    if (Status closed = archive.close(); !closed)
        return archiveFailed(closed.error());
    if (container) {
        if (Status finished = container->finish(); !finished)
            return archiveFailed(finished.error());
    }
    if (Status synced = output.sync(); !synced)
        return synced.error();
    QFile::remove(snapshot);

    // 3. Read it back in full before it may count as a backup.
    progress(tr("Verify"), 0, 0);
    BackupReader::Keys readKeys;
    if (keys)
        readKeys.masterKey = keys->masterKey;
    Result<BackupManifest> readBack = BackupReader::read(output.temporaryPath(), readKeys, {});
    BackupRecord record;
    record.file = name;
    record.destination = destination.displayName();
    record.createdAt = manifest.createdAt;
    record.appVersion = manifest.appVersion;
    record.databaseVersion = manifest.databaseVersion;
    record.settingsVersion = manifest.settingsVersion;
    record.encrypted = encrypt;
    record.includesSecrets = manifest.includesSecrets;
    record.label = options.label;
    record.counts = manifest.counts;
    record.fingerprint = fingerprint;
    record.liveFingerprint = liveFingerprint;
    record.stampFingerprint = stampFingerprint;
    record.size = QFileInfo(output.temporaryPath()).size();
    if (!readBack || readBack->entries.size() != manifest.entries.size()) {
        const QString problem = readBack ? tr("the entries read back differ from those written")
                                         : readBack.error().message;
        Status kept = output.commit();
        if (kept && local)
            kept = quarantine(folder, name, problem, record);
        if (!kept) {
            return Error::damaged(
                tr("The backup %1 failed verification after it was written (%2), and could not "
                   "be quarantined: %3")
                    .arg(name, problem, kept.error().message));
        }
        return Error::damaged(
            tr("The backup %1 failed verification after it was written and was quarantined: %2")
                .arg(name, problem));
    }
    record.sha256 = output.sha256();
    if (Status committed = output.commit(); !committed)
        return committed.error();

    // 4. Into place.
    if (several) {
        Outcome outcome;
        std::optional<BackupRecord> first;
        QStringList failures;
        for (Target &target : targets) {
            Outcome::Copy copy{target.name, target.destination->displayName(), {}, {}, {}};
            Status stored = target.destination->store(
                finalPath, name, record.sha256,
                [&](qint64 done, qint64 all) { return progress(tr("Upload"), done, all); });
            if (stored) {
                BackupRecord held = record;
                held.destination = target.destination->displayName();
                held.state = BackupRecord::State::Verified;
                held.verifiedAt = QDateTime::currentDateTimeUtc();
                m_catalog.put(held);
                stored = m_catalog.save();
                if (stored && !first)
                    first = held;
            }
            if (!stored) {
                copy.error = stored.error().message;
                failures.append(tr("%1: %2").arg(target.name, copy.error));
                outcome.copies.append(copy);
                continue;
            }
            copy.location = target.destination->displayNameOf(name);
            if (outcome.location.isEmpty())
                outcome.location = copy.location;
            if (options.prune) {
                Result<QStringList> pruned = applyRetention(*target.destination, target.retention);
                if (!pruned)
                    outcome.notices.append(tr("%1: %2").arg(target.name, pruned.error().message));
                else
                    copy.pruned = *pruned;
                outcome.pruned.append(copy.pruned);
            }
            outcome.copies.append(copy);
        }
        QFile::remove(finalPath);
        for (const Outcome::Copy &copy : std::as_const(unreachable))
            failures.append(tr("%1: %2").arg(copy.name, copy.error));
        outcome.copies.append(unreachable);
        if (!first) {
            return Error::operationFailed(tr("The backup %1 reached none of its destinations: %2")
                                              .arg(name, failures.join(QStringLiteral("; "))));
        }
        outcome.record = *first;
        outcome.notices.append(m_catalog.notices());
        return outcome;
    }
    Outcome outcome;
    outcome.location = local ? finalPath : destination.displayNameOf(name);
    if (!local) {
        Status stored =
            destination.store(finalPath, name, record.sha256, [&](qint64 done, qint64 all) {
                return progress(tr("Upload"), done, all);
            });
        QFile::remove(finalPath);
        if (!stored)
            return stored.error();
    }
    record.state = BackupRecord::State::Verified;
    record.verifiedAt = QDateTime::currentDateTimeUtc();
    m_catalog.put(record);
    if (Status saved = m_catalog.save(); !saved)
        return saved.error();
    outcome.record = record;
    outcome.notices = m_catalog.notices();

    // 5. Retention, now that there is a new verified backup.
    if (options.prune) {
        Result<QStringList> pruned = applyRetention(destination, targets.front().retention);
        if (!pruned)
            outcome.notices.append(pruned.error().message);
        else
            outcome.pruned = *pruned;
    }
    outcome.copies.append(
        {targets.front().name, destination.displayName(), outcome.location, {}, outcome.pruned});
    return outcome;
}

Result<std::optional<BackupEngine::Outcome>>
BackupEngine::confirmUnchanged(Destination &destination, const QString &localFolder,
                               const std::function<bool(const BackupRecord &)> &holdsTheSame,
                               const QByteArray &stamp, const QByteArray &live)
{
    Result<QList<BackupRecord>> present = reconcile(destination);
    if (!present)
        return present.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const BackupRecord &record : *present) {
        if (record.state != BackupRecord::State::Verified || record.isAheadOf(now)
            || !record.label.isEmpty()) {
            continue;
        }
        // Only the newest counts: an older one with the same content is a state that was left
        // and came back, and the newer backup then holds something else.
        if (!holdsTheSame(record))
            return std::optional<Outcome>();
        BackupRecord confirmed = record;
        confirmed.confirmedAt = now;
        // The files as they are now hold what the backup holds: the next look can tell so
        // from them at once.
        if (!stamp.isEmpty())
            confirmed.stampFingerprint = stamp;
        if (!live.isEmpty())
            confirmed.liveFingerprint = live;
        m_catalog.put(confirmed);
        if (Status saved = m_catalog.save(); !saved)
            return saved.error();
        Outcome outcome;
        outcome.record = confirmed;
        outcome.location = !localFolder.isEmpty() ? localFolder + u'/' + record.file
                                                  : destination.displayName() + u'/' + record.file;
        outcome.unchanged = true;
        outcome.notices = m_catalog.notices();
        return std::optional<Outcome>(outcome);
    }
    return std::optional<Outcome>();
}

QStringList BackupEngine::removeLeftovers() const
{
    const QString cache = m_profile.cacheDirectory();
    QStringList removed =
        RunFolder::sweep(cache, {QStringLiteral("backup"), QStringLiteral("download")});
    // Where versions before per-run folders staged every upload.
    const QString staging = cache + QStringLiteral("/backup-staging");
    if (QFileInfo(staging).isDir() && !QFileInfo(staging).isSymLink()
        && QDir(staging).removeRecursively())
        removed.append(staging);
    return removed;
}

Status BackupEngine::quarantine(const QString &folder, const QString &file, const QString &problem,
                                BackupRecord record)
{
    const QString aside = folder + QStringLiteral("/quarantine");
    if (!PrivateFiles::makePath(aside))
        return Error::operationFailed(tr("Cannot create the quarantine folder %1").arg(aside));
    if (Status moved = AtomicFile::replace(folder + u'/' + file, aside + u'/' + file); !moved)
        return moved;
    record.state = BackupRecord::State::Quarantined;
    record.problem = problem;
    m_catalog.put(record);
    return m_catalog.save();
}

Result<QList<BackupRecord>> BackupEngine::reconcile(Destination &destination)
{
    Result<QList<Destination::Entry>> entries = destination.list();
    if (!entries)
        return entries.error();
    QMap<QString, qint64> files;
    for (const Destination::Entry &entry : *entries) {
        if (BackupFileName::isBackupFile(entry.name))
            files.insert(entry.name, entry.size);
    }
    m_catalog.reconcile(destination.displayName(), files);
    return m_catalog.at(destination.displayName());
}

Result<QString> BackupEngine::localCopy(const QString &fileOrUrl, const QString &folder,
                                        QString *origin)
{
    const bool s3 = fileOrUrl.startsWith(QLatin1String("s3://"))
        || fileOrUrl.startsWith(QLatin1String("s3+http://"));
    if (!s3 && !fileOrUrl.startsWith(QLatin1String("http://"))
        && !fileOrUrl.startsWith(QLatin1String("https://"))) {
        return fileOrUrl;
    }
    // An S3 file's URL has its settings after the name: s3://KEY@host/bucket/NAME?region=R.
    const qsizetype query = s3 ? fileOrUrl.indexOf(u'?') : -1;
    const QString path = query < 0 ? fileOrUrl : fileOrUrl.left(query);
    const qsizetype slash = path.lastIndexOf(u'/');
    const QString name = path.mid(slash + 1);
    const QString where = path.left(slash + 1) + (query < 0 ? QString() : fileOrUrl.mid(query));
    if (!BackupFileName::isBackupFile(name)) {
        return Error::invalidInput(
            tr("%1 does not name a backup file (hubstate-TIME.hsbk or .tar.zst) at a destination")
                .arg(displaySpec(fileOrUrl)));
    }
    Result<std::unique_ptr<Destination>> opened =
        openDestination(where, m_secrets, &m_settings);
    if (!opened)
        return opened.error();
    PrivateFiles::makePath(folder);
    const QString local = folder + u'/' + name;
    if (Status fetched = (*opened)->fetch(name, local); !fetched)
        return fetched.error();
    if (origin)
        *origin = (*opened)->displayName();
    return local;
}

Result<QList<BackupRecord>> BackupEngine::list(const QString &spec)
{
    const QString where = resolveDestination(spec);
    Result<std::unique_ptr<Destination>> opened = openDestination(where, m_secrets, &m_settings);
    if (!opened)
        return opened.error();
    if (Status loaded = m_catalog.load(); !loaded)
        return loaded.error();
    // The profile's own folder is made by its first backup: until then it holds none (a
    // folder the catalog knows backups in, gone, is still an error).
    if (where == m_profile.backupDirectory() && !QFileInfo::exists(where)
        && m_catalog.at((*opened)->displayName()).isEmpty())
        return QList<BackupRecord>{};
    Result<QList<BackupRecord>> records = reconcile(**opened);
    if (!records)
        return records;
    if (Status saved = m_catalog.save(); !saved)
        return saved.error();
    return m_catalog.at((*opened)->displayName());
}

bool BackupEngine::isOwnDestination(const QString &destination) const
{
    const auto same = [](const QString &a, const QString &b) {
        return a == b || (!a.contains(u':') && QFileInfo(a) == QFileInfo(b));
    };
    if (same(destination, m_profile.backupDirectory()))
        return true;
    for (const BackupDestination &configured :
         BackupDestinations::configured(m_settings, m_profile.backupDirectory())) {
        if (same(destination, configured.location))
            return true;
    }
    for (const QString &known : m_catalog.destinations()) {
        if (same(destination, known))
            return true;
    }
    return false;
}

Result<BackupManifest> BackupEngine::verify(const QString &file, const BackupReader::Keys &keys,
                                            const QString &origin)
{
    if (Status loaded = m_catalog.load(); !loaded)
        return loaded.error();
    const QFileInfo info(file);
    if (!info.exists())
        return Error::invalidInput(tr("%1: no such backup file").arg(file));
    Result<BackupManifest> manifest = BackupReader::read(file, keys, {});
    const QString destination = origin.isEmpty() ? info.absolutePath() : origin;
    const BackupRecord *known = m_catalog.find(destination, info.fileName());
    // A file from elsewhere is checked and reported, never recorded: the catalog lists only
    // what this profile's destinations hold, so a stranger's file cannot become "the newest
    // backup" for the schedule, retention or recovery.
    if (!known
        && (!BackupFileName::isBackupFile(info.fileName()) || !isOwnDestination(destination)))
        return manifest;
    if (manifest) {
        BackupRecord record = known ? *known : BackupRecord{};
        record.file = info.fileName();
        record.destination = destination;
        record.createdAt = manifest->createdAt;
        record.size = info.size();
        record.appVersion = manifest->appVersion;
        record.databaseVersion = manifest->databaseVersion;
        record.settingsVersion = manifest->settingsVersion;
        record.encrypted = manifest->encrypted;
        record.includesSecrets = manifest->includesSecrets;
        record.counts = manifest->counts;
        record.state = BackupRecord::State::Verified;
        record.verifiedAt = QDateTime::currentDateTimeUtc();
        m_catalog.put(record);
        if (Status saved = m_catalog.save(); !saved)
            return saved.error();
    } else if (known && origin.isEmpty() && manifest.error().code == ErrorCode::Damaged) {
        if (Status moved =
                quarantine(info.absolutePath(), info.fileName(), manifest.error().message, *known);
            !moved) {
            return Error::damaged(tr("%1 (and it could not be quarantined: %2)")
                                      .arg(manifest.error().message, moved.error().message));
        }
    }
    return manifest;
}

Result<QStringList> BackupEngine::prune(const QString &spec)
{
    if (spec.isEmpty()) {
        const QList<BackupDestination> enabled =
            BackupDestinations::enabled(m_settings, m_profile.backupDirectory());
        if (enabled.size() > 1) {
            // Each with its own retention; one that fails does not stop the others.
            QStringList removed;
            QStringList failures;
            for (const BackupDestination &one : enabled) {
                Result<QStringList> pruned = prune(one.location);
                if (pruned)
                    removed.append(*pruned);
                else
                    failures.append(tr("%1: %2").arg(one.name, pruned.error().message));
            }
            if (!failures.isEmpty())
                return Error::operationFailed(failures.join(QStringLiteral("; ")));
            return removed;
        }
    }
    Result<std::unique_ptr<Destination>> opened =
        openDestination(resolveDestination(spec), m_secrets, &m_settings);
    if (!opened)
        return opened.error();
    OperationLock lock(m_profile);
    if (Status locked = lock.tryLock(); !locked)
        return locked.error();
    if (Status loaded = m_catalog.load(); !loaded)
        return loaded.error();
    return applyRetention(**opened, retentionFor(resolveDestination(spec)));
}

RetentionPolicy BackupEngine::retentionFor(const QString &spec) const
{
    for (const BackupDestination &configured :
         BackupDestinations::configured(m_settings, m_profile.backupDirectory())) {
        if (sameSpec(configured.location, spec))
            return configured.retentionPolicy(m_settings);
    }
    return RetentionPolicy::fromSettings(m_settings);
}

Result<QStringList> BackupEngine::applyRetention(Destination &destination,
                                                 const RetentionPolicy &policy)
{
    Result<QList<BackupRecord>> records = reconcile(destination);
    if (!records)
        return records.error();
    // A time ahead of the clock says nothing about when a backup was made: such a backup is
    // neither counted nor removed here (the stale warning names it).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<BackupRecord> verified;
    QList<QDateTime> times;
    for (const BackupRecord &record : *records) {
        if (record.state == BackupRecord::State::Verified && !record.isAheadOf(now)) {
            verified.append(record);
            times.append(record.createdAt);
        }
    }
    Result<RetentionPolicy::Plan> plan = policy.plan(times);
    if (!plan)
        return plan.error();
    QStringList removed;
    // The catalog is saved after each removal, so a prune killed midway leaves at most one
    // record of a file that is gone, which the next reconcile drops.
    for (int index : plan->remove) {
        const BackupRecord &record = verified.at(index);
        if (Status gone = destination.remove(record.file); !gone)
            return gone.error();
        m_catalog.remove(record.destination, record.file);
        if (Status saved = m_catalog.save(); !saved)
            return saved.error();
        removed.append(record.file);
    }
    if (Status saved = m_catalog.save(); !saved)
        return saved.error();
    return removed;
}

QString BackupEngine::staleWarning(const QDateTime &now)
{
    if (Status loaded = m_catalog.load(); !loaded)
        return loaded.error().message; // a catalog that cannot be read is worth a warning too
    const qint64 interval = m_settings.value(QStringLiteral("backup.interval")).toLongLong();
    const std::optional<BackupRecord> newest = m_catalog.newestVerified(now);
    QString warning;
    if (!newest)
        warning = tr("There is no verified backup yet.");
    else if (std::min(newest->currentAsOf(), now).msecsTo(now) > 2 * interval)
        warning = tr("The newest verified backup (%1) is older than twice the backup interval.")
                      .arg(newest->createdAt.toString(Qt::ISODate));
    const QList<BackupRecord> ahead = m_catalog.aheadOf(now);
    if (!warning.isEmpty() && !ahead.isEmpty()) {
        warning += u' '
            + tr("%n backup(s) carry a time ahead of this computer's clock (such as %1, made "
                 "%2) and are not counted.",
                 nullptr, int(ahead.size()))
                  .arg(ahead.first().file, ahead.first().createdAt.toString(Qt::ISODate));
    }
    return warning;
}

Result<QDateTime> BackupEngine::nextDue()
{
    if (Status loaded = m_catalog.load(); !loaded)
        return loaded.error();
    const qint64 interval = m_settings.value(QStringLiteral("backup.interval")).toLongLong();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::optional<BackupRecord> newest = m_catalog.newestVerified(now);
    return newest ? std::min(newest->currentAsOf(), now).addMSecs(interval) : now;
}

} // namespace Hubstate::Core
