#include "privacydelete.h"

#include "core/backup/backupcatalog.h"
#include "core/backup/backupfilename.h"
#include "core/backup/webdavdestination.h"
#include "core/crypto/primitives.h"
#include "core/secrets/backupkeys.h"
#include "core/secrets/secretstore.h"
#include "core/state/secretindex.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QUrl>
#include <algorithm>

namespace Hubstate::Core {

namespace {

// Where BackupEngine moves a backup that failed verification, beside the others.
QString quarantineFolder()
{
    return QStringLiteral("quarantine");
}

bool isUnder(const QString &path, const QString &folder)
{
    return path == folder || path.startsWith(folder + u'/');
}

bool isKept(const QString &path, const QStringList &kept)
{
    for (const QString &keep : kept) {
        if (isUnder(path, keep))
            return true;
    }
    return false;
}

// Files under `path` (or `path` itself) that are not kept.
QStringList filesIn(const QString &path, const QStringList &kept)
{
    const QFileInfo info(path);
    if (info.isFile() || info.isSymLink())
        return isKept(info.absoluteFilePath(), kept) ? QStringList() : QStringList{path};
    QStringList files;
    if (!info.isDir())
        return files;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (!isKept(file, kept))
            files.append(file);
    }
    return files;
}

qint64 sizeOf(const QString &path, const QStringList &kept)
{
    qint64 total = 0;
    for (const QString &file : filesIn(path, kept))
        total += QFileInfo(file).size();
    return total;
}

// Removes the files, then the folders left empty (deepest first), never a kept path.
void removeTree(const QString &path, const QStringList &kept)
{
    for (const QString &file : filesIn(path, kept))
        QFile::remove(file);
    if (!QFileInfo(path).isDir() || QFileInfo(path).isSymLink())
        return;
    QStringList folders;
    QDirIterator it(path, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        folders.append(it.next());
    folders.append(path);
    std::sort(folders.begin(), folders.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &folder : std::as_const(folders)) {
        if (!isKept(folder, kept))
            QDir().rmdir(folder); // fails, as it should, while something kept is inside
    }
}

} // namespace

QString DataStore::kindTitle() const
{
    if (kind == QLatin1String("settings"))
        return PrivacyDelete::tr("Settings");
    if (kind == QLatin1String("database"))
        return PrivacyDelete::tr("Database");
    if (kind == QLatin1String("cache"))
        return PrivacyDelete::tr("Cache");
    if (kind == QLatin1String("logs"))
        return PrivacyDelete::tr("Logs");
    if (kind == QLatin1String("state"))
        return PrivacyDelete::tr("Window and program state");
    if (kind == QLatin1String("backups"))
        return PrivacyDelete::tr("Local backups");
    if (kind == QLatin1String("catalog"))
        return PrivacyDelete::tr("Backup catalog");
    if (kind == QLatin1String("keychain"))
        return PrivacyDelete::tr("Keychain entry");
    return PrivacyDelete::tr("Other file");
}

PrivacyDelete::PrivacyDelete(Profile profile, const SecretStore &secrets,
                             QStringList keychainEntries)
    : m_profile(std::move(profile))
    , m_secrets(secrets)
    , m_keychainEntries(std::move(keychainEntries))
{
    m_keychainEntries.removeDuplicates();
}

Result<QStringList> PrivacyDelete::keychainEntries(StateDatabase *database,
                                                   const QString &backupDestination)
{
    QStringList names;
    if (database) {
        Result<QList<SecretEntry>> entries = SecretIndex(*database).list();
        if (!entries)
            return entries.error();
        for (const SecretEntry &entry : *entries)
            names.append(entry.name);
    }
    names.append(BackupKeys::masterKeyName());
    const QUrl url(backupDestination);
    const QString scheme = url.scheme().toLower();
    if ((scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        && !url.userName().isEmpty())
        names.append(WebDavDestination::passwordSecretName(url));
    names.removeDuplicates();
    return names;
}

QStringList PrivacyDelete::keptPaths(bool includeBackups) const
{
    if (includeBackups)
        return {};
    return {QFileInfo(m_profile.backupDirectory()).absoluteFilePath(),
            QFileInfo(m_profile.backupCatalogFile()).absoluteFilePath()};
}

QList<DataStore> PrivacyDelete::fileStores(bool includeBackups) const
{
    const QStringList kept = keptPaths(includeBackups);
    QList<DataStore> stores;
    // The settings file, its backups and the files beside it, each on its own.
    for (const QString &folderOf : {m_profile.settingsFile(), m_profile.databaseFile()}) {
        const bool settings = folderOf == m_profile.settingsFile();
        const QDir folder = QFileInfo(folderOf).absoluteDir();
        const QFileInfoList entries =
            folder.entryInfoList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
        for (const QFileInfo &entry : entries) {
            if (!isKept(entry.absoluteFilePath(), kept))
                stores.append({settings ? QStringLiteral("settings") : QStringLiteral("database"),
                               entry.absoluteFilePath(), entry.size()});
        }
    }
    const QList<QPair<QString, QString>> folders{
        {QStringLiteral("cache"), m_profile.cacheDirectory()},
        {QStringLiteral("logs"), m_profile.logDirectory()},
        {QStringLiteral("state"), m_profile.stateDirectory()}};
    for (const auto &[kind, path] : folders) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (QFileInfo::exists(absolute) && !filesIn(absolute, kept).isEmpty())
            stores.append({kind, absolute, sizeOf(absolute, kept)});
    }
    if (includeBackups) {
        const QString backups = QFileInfo(m_profile.backupDirectory()).absoluteFilePath();
        if (QFileInfo::exists(backups))
            stores.append({QStringLiteral("backups"), backups, sizeOf(backups, {})});
        for (const QString &file : backupsElsewhere(backups))
            stores.append({QStringLiteral("backups"), file, QFileInfo(file).size()});
        const QFileInfo catalogFile(m_profile.backupCatalogFile());
        if (catalogFile.exists())
            stores.append(
                {QStringLiteral("catalog"), catalogFile.absoluteFilePath(), catalogFile.size()});
    }
    return stores;
}

QStringList PrivacyDelete::backupsElsewhere(const QString &profileBackups) const
{
    // The local folders the catalog knows (backup.destination, --to); those on a WebDAV
    // server are the server's to delete. In each: the catalog's files where they were
    // written, where a failed verification moved them (quarantine/), and what a killed run
    // left half-written (*.partial), which `backup create` would sweep anyway.
    BackupCatalog catalog(m_profile.backupCatalogFile());
    if (!catalog.load())
        return {};
    QStringList folders;
    QStringList files;
    const auto add = [&](const QFileInfo &file) {
        const QString path = file.absoluteFilePath();
        if (file.isFile() && !isUnder(path, profileBackups) && !files.contains(path))
            files.append(path);
    };
    for (const BackupRecord &record : catalog.records()) {
        const QString scheme = QUrl(record.destination).scheme().toLower();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
            continue;
        const QDir folder(record.destination);
        add(QFileInfo(folder.filePath(record.file)));
        add(QFileInfo(folder.filePath(quarantineFolder() + u'/' + record.file)));
        if (!folders.contains(folder.absolutePath()))
            folders.append(folder.absolutePath());
    }
    for (const QString &folder : std::as_const(folders)) {
        for (const QString &place : {folder, QString(folder + u'/' + quarantineFolder())}) {
            const QFileInfoList partials =
                QDir(place).entryInfoList({u'*' + BackupFileName::partialSuffix()},
                                          QDir::Files | QDir::Hidden | QDir::System);
            for (const QFileInfo &partial : partials) {
                if (BackupFileName::isBackupFile(
                        partial.fileName().chopped(BackupFileName::partialSuffix().size())))
                    add(partial);
            }
        }
    }
    return files;
}

QStringList PrivacyDelete::existingKeychainEntries(const QStringList &candidates) const
{
    // backup.masterKey and a WebDAV password are candidates in every profile; only those
    // that were set up exist, and only those are listed (a locked keychain says "not found"
    // too, so nothing is left out then).
    if (m_secrets.probe().health != SecretStore::Health::Healthy)
        return candidates;
    QStringList names;
    if (Result<QStringList> found = m_secrets.names(); found)
        names = *found;
    for (const QString &name : candidates) {
        if (names.contains(name))
            continue;
        Result<QByteArray> value = m_secrets.read(name);
        if (value) {
            Crypto::wipe(value.value());
            names.append(name);
        } else if (value.error().code != ErrorCode::InvalidInput) {
            names.append(name); // cannot tell: listed rather than forgotten
        }
    }
    QStringList ordered;
    for (const QString &name : candidates) {
        if (names.contains(name))
            ordered.append(name);
    }
    for (const QString &name : std::as_const(names)) {
        if (!ordered.contains(name))
            ordered.append(name);
    }
    return ordered;
}

QList<DataStore> PrivacyDelete::plan(bool includeBackups, const QStringList &keychain) const
{
    QList<DataStore> stores = fileStores(includeBackups);
    for (const QString &name : keychain)
        stores.append({QStringLiteral("keychain"), name, -1});
    return stores;
}

QList<DataStore> PrivacyDelete::stores(bool includeBackups) const
{
    return plan(includeBackups, existingKeychainEntries(m_keychainEntries));
}

QList<DataStore> PrivacyDelete::keptStores(bool includeBackups) const
{
    if (includeBackups)
        return {};
    QList<DataStore> kept;
    const QString backups = QFileInfo(m_profile.backupDirectory()).absoluteFilePath();
    if (const QStringList files = filesIn(backups, {}); !files.isEmpty()) {
        DataStore folder{QStringLiteral("backups"), backups, sizeOf(backups, {})};
        folder.backups = int(std::count_if(files.cbegin(), files.cend(), [](const QString &file) {
            return BackupFileName::isBackupFile(QFileInfo(file).fileName());
        }));
        kept.append(folder);
    }
    for (const QString &file : backupsElsewhere(backups))
        kept.append({QStringLiteral("backups"), file, QFileInfo(file).size()});
    const QFileInfo catalogFile(m_profile.backupCatalogFile());
    if (catalogFile.exists())
        kept.append(
            {QStringLiteral("catalog"), catalogFile.absoluteFilePath(), catalogFile.size()});
    return kept;
}

QList<DataStore> PrivacyDelete::leftovers(const QList<DataStore> &planned,
                                          bool includeBackups) const
{
    const QStringList kept = keptPaths(includeBackups);
    QList<DataStore> remaining;
    QStringList places{QFileInfo(m_profile.settingsFile()).absolutePath(),
                       QFileInfo(m_profile.databaseFile()).absolutePath(),
                       m_profile.cacheDirectory(), m_profile.logDirectory(),
                       m_profile.stateDirectory()};
    if (!m_profile.root().isEmpty())
        places = {m_profile.root()}; // a profile folder: nothing at all may remain in it
    for (const DataStore &store : planned) {
        if (store.kind != QLatin1String("keychain"))
            places.append(store.location); // also what lay outside the profile's folders
    }
    QStringList seen;
    for (const QString &place : std::as_const(places)) {
        for (const QString &file : filesIn(QFileInfo(place).absoluteFilePath(), kept)) {
            if (!seen.contains(file)) {
                seen.append(file);
                remaining.append({QStringLiteral("file"), file, QFileInfo(file).size()});
            }
        }
    }

    // The keychain: each planned entry asked for by name, then a new search by the profile's
    // attribute for anything of this profile that is still there, planned or not.
    QStringList names;
    for (const DataStore &store : planned) {
        if (store.kind == QLatin1String("keychain"))
            names.append(store.location);
    }
    const SecretStore::HealthReport health = m_secrets.probe();
    if (health.health != SecretStore::Health::Healthy) {
        for (const QString &name : std::as_const(names))
            remaining.append({QStringLiteral("keychain"), name, -1});
        return remaining;
    }
    QStringList left;
    for (const QString &name : std::as_const(names)) {
        Result<QByteArray> value = m_secrets.read(name);
        if (value)
            Crypto::wipe(value.value());
        if (value || value.error().code != ErrorCode::InvalidInput)
            left.append(name);
    }
    Result<QStringList> found = m_secrets.names();
    if (!found) {
        remaining.append({QStringLiteral("keychain"),
                          tr("(the keychain could not be searched: %1)").arg(found.error().message),
                          -1});
    } else {
        left += *found;
    }
    left.removeDuplicates();
    for (const QString &name : std::as_const(left))
        remaining.append({QStringLiteral("keychain"), name, -1});
    return remaining;
}

Result<PrivacyDeleteReport> PrivacyDelete::run(bool includeBackups) const
{
    const SecretStore::HealthReport health = m_secrets.probe();
    // What the keychain holds of this profile is found by the profile's attribute, not only
    // by the index: a restore, an older version or a crash may have stored entries it never
    // recorded. Without a search nothing is deleted, as without a working keychain.
    Result<QStringList> found = health.health == SecretStore::Health::Healthy
        ? m_secrets.names()
        : Result<QStringList>(Error::operationFailed(health.message));
    if (!found) {
        QStringList names;
        for (const DataStore &store : plan(includeBackups, m_keychainEntries))
            names.append(store.location);
        const QString reason = health.health == SecretStore::Health::Healthy
            ? tr("Nothing was deleted: the keychain cannot be searched for this profile's "
                 "entries: %1. Everything remains: %2")
            : tr("Nothing was deleted: the keychain cannot remove or check this profile's "
                 "secrets: %1. Everything remains: %2");
        return Error::operationFailed(
            reason.arg(found.error().message, names.join(QStringLiteral(", "))),
            SecretStore::healthName(health.health));
    }
    QStringList keychain = m_keychainEntries + *found;
    keychain.removeDuplicates();
    const QList<DataStore> planned = plan(includeBackups, keychain);
    // Reported as removed: only the entries that were there.
    const QStringList existing = existingKeychainEntries(keychain);
    PrivacyDeleteReport report;
    report.kept = keptStores(includeBackups);

    const QStringList kept = keptPaths(includeBackups);
    for (const DataStore &store : planned) {
        if (store.kind == QLatin1String("keychain"))
            (void)m_secrets.remove(store.location); // verified below, by asking again
        else
            removeTree(store.location, kept);
    }
    // The profile's own folders, now empty, go too.
    for (const QString &folder :
         {QFileInfo(m_profile.settingsFile()).absolutePath(),
          QFileInfo(m_profile.databaseFile()).absolutePath(), m_profile.cacheDirectory(),
          m_profile.logDirectory(), m_profile.stateDirectory()})
        removeTree(folder, kept);
    // So do quarantine folders in other backup folders once empty (other profiles may share
    // them); the backup folders themselves may be the user's.
    for (const DataStore &store : planned) {
        const QFileInfo file(store.location);
        if (store.kind == QLatin1String("backups")
            && file.absoluteDir().dirName() == quarantineFolder())
            QDir().rmdir(file.absolutePath());
    }

    report.remaining = leftovers(planned, includeBackups);
    for (const DataStore &store : planned) {
        if (store.kind == QLatin1String("keychain") && !existing.contains(store.location))
            continue;
        bool remains = false;
        for (const DataStore &left : std::as_const(report.remaining))
            remains = remains || isUnder(left.location, store.location);
        if (!remains)
            report.removed.append(store);
    }
    return report;
}

} // namespace Hubstate::Core
