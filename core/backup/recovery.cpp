#include "recovery.h"

#include "backupcatalog.h"
#include "backupfilename.h"
#include "core/common/atomicfile.h"
#include "core/common/privatefiles.h"
#include "core/settings/inifile.h"
#include "core/settings/preferencesstore.h"
#include "core/state/statedatabase.h"
#include "core/state/writeaheadlog.h"
#include "destination.h"
#include "restoreengine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <sqlite3.h>

namespace Hubstate::Core {

namespace {

// A backup named after a time ahead of the clock is tried after every other one.
bool aheadOfClock(const QString &name, const QDateTime &now)
{
    BackupRecord named;
    named.createdAt = BackupFileName::createdAt(name);
    return named.isAheadOf(now);
}

QString markerPath(const Profile &profile)
{
    return profile.stateDirectory() + QStringLiteral("/running");
}

QString damageFlagPath(const Profile &profile)
{
    return profile.stateDirectory() + QStringLiteral("/database-damaged");
}

// The check at every start must cost next to nothing on a large database: open it and read
// its header, size and schema (a damaged header, a truncated or overwritten file, a file that
// is not a database); quick_check and integrity_check read every page and run elsewhere.
QStringList lightCheck(const QString &path)
{
    if (!QFile::exists(path))
        return {};
    sqlite3 *handle = nullptr;
    QStringList problems;
    const auto fail = [&] {
        problems.append(path + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(handle)));
    };
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        fail();
    } else {
        sqlite3_busy_timeout(handle, 10000);
        for (const char *sql :
             {"SELECT count(*) FROM sqlite_master", "PRAGMA user_version", "PRAGMA page_count"}) {
            sqlite3_stmt *statement = nullptr;
            if (sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) != SQLITE_OK
                || sqlite3_step(statement) != SQLITE_ROW) {
                fail();
                sqlite3_finalize(statement);
                break;
            }
            sqlite3_finalize(statement);
        }
    }
    sqlite3_close_v2(handle);
    return problems;
}

QStringList checkDatabase(const QString &path, bool full)
{
    if (!QFile::exists(path))
        return {};
    sqlite3 *handle = nullptr;
    QStringList problems;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, SQLITE_OPEN_READWRITE,
                        nullptr)
        != SQLITE_OK) {
        problems.append(path + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(handle)));
        sqlite3_close_v2(handle);
        return problems;
    }
    sqlite3_busy_timeout(handle, 10000);
    sqlite3_stmt *statement = nullptr;
    const char *sql = full ? "PRAGMA integrity_check(20)" : "PRAGMA quick_check(20)";
    if (sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) != SQLITE_OK) {
        problems.append(QString::fromUtf8(sqlite3_errmsg(handle)));
    } else {
        int rc;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            const QString line = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
            if (line != QLatin1String("ok"))
                problems.append(line);
        }
        if (rc != SQLITE_DONE)
            problems.append(QString::fromUtf8(sqlite3_errmsg(handle)));
    }
    sqlite3_finalize(statement);
    sqlite3_close_v2(handle);
    for (QString &problem : problems)
        problem = path + QStringLiteral(": ") + problem;
    return problems;
}

} // namespace

Status Recovery::markRunning(const Profile &profile)
{
    if (Status written = AtomicFile::write(markerPath(profile),
                                           QByteArray::number(QCoreApplication::applicationPid()));
        !written) {
        return Error::operationFailed(
            tr("A crash of this session could not be detected at the next start: %1")
                .arg(written.error().message));
    }
    return {};
}

void Recovery::markStopped(const Profile &profile)
{
    QFile::remove(markerPath(profile));
}

Result<Recovery::Finding> Recovery::inspect(const Profile &profile, bool full)
{
    Finding finding;
    finding.uncleanShutdown = QFile::exists(markerPath(profile));
    Result<bool> completed = RestoreEngine::completePending(profile);
    if (!completed)
        return completed.error();
    finding.completedRestore = *completed;
    // A crash, or damage that the check in the background found last time: the full check.
    const bool flagged = QFile::exists(damageFlagPath(profile));
    // The checks below open the database and checkpoint its log: what it would lose is kept and
    // reported first.
    if (const QString lost = WriteAheadLog::keepIfLosingCommits(profile.databaseFile());
        !lost.isEmpty())
        finding.lostChanges.append(lost);
    if (full || finding.uncleanShutdown || flagged) {
        finding.databaseDamage = checkDatabase(profile.databaseFile(), true);
        if (finding.databaseDamage.isEmpty())
            QFile::remove(damageFlagPath(profile));
    } else {
        finding.databaseDamage = lightCheck(profile.databaseFile());
    }
    if (Result<RawSettings> raw = IniFile::read(profile.settingsFile()); !raw)
        finding.settingsDamage.append(raw.error().message);
    return finding;
}

QStringList Recovery::checkInBackground(const Profile &profile)
{
    const QStringList damage = checkDatabase(profile.databaseFile(), false);
    if (!damage.isEmpty()) {
        PrivateFiles::makePath(profile.stateDirectory());
        QFile flag(damageFlagPath(profile));
        if (flag.open(QIODevice::WriteOnly | QIODevice::Truncate,
                      QFile::ReadOwner | QFile::WriteOwner))
            flag.write(damage.join(u'\n').toUtf8());
    }
    return damage;
}

Result<Recovery::Outcome> Recovery::recover(const Profile &profile, const SecretStore *secrets,
                                            const BackupReader::Keys &keys)
{
    Result<Finding> finding = inspect(profile, true);
    if (!finding)
        return finding.error();
    Outcome outcome;
    outcome.finding = *finding;
    if (!finding->isDamaged())
        return outcome;

    // 1. Everything damaged goes aside, together, untouched.
    const QString aside = profile.stateDirectory() + QStringLiteral("/corrupt-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmssZ"));
    if (!PrivateFiles::makePath(aside))
        return Error::operationFailed(tr("Cannot create %1").arg(aside));
    QStringList damaged;
    QSet<RestoreEngine::Part> parts;
    if (!finding->databaseDamage.isEmpty()) {
        damaged << profile.databaseFile() << profile.databaseFile() + QStringLiteral("-wal")
                << profile.databaseFile() + QStringLiteral("-shm");
        parts << RestoreEngine::Part::Layouts << RestoreEngine::Part::Agents
              << RestoreEngine::Part::History;
    }
    if (!finding->settingsDamage.isEmpty()) {
        damaged << profile.settingsFile();
        parts << RestoreEngine::Part::Settings;
    }
    for (const QString &file : damaged) {
        if (QFile::exists(file) && !QFile::rename(file, aside + u'/' + QFileInfo(file).fileName()))
            return Error::operationFailed(tr("Cannot move %1 aside into %2").arg(file, aside));
    }
    outcome.movedAside = aside;
    QFile::remove(damageFlagPath(profile));

    // 2. The cascade.
    const auto attempt = [&](const QString &file, const QString &label) {
        RestoreEngine restore(profile, nullptr, secrets);
        RestoreEngine::Options options;
        options.parts = parts;
        options.safetyBackup = false;
        Result<BackupManifest> staged = restore.stage(file, keys);
        if (staged && parts.contains(RestoreEngine::Part::Settings)
            && !staged->entry(BackupManifest::settingsEntry())) {
            options.parts.remove(RestoreEngine::Part::Settings);
        }
        Result<RestoreEngine::Report> report = staged
            ? restore.apply(options.parts, options)
            : Result<RestoreEngine::Report>(staged.error());
        if (report) {
            outcome.restoredFrom = label;
            return true;
        }
        outcome.attempts.append(tr("%1: %2").arg(label, report.error().message));
        return false;
    };

    BackupCatalog catalog(profile.backupCatalogFile(), FileLayer::system(),
                          profile.backupDirectory());
    // An unreadable catalog leaves the backups in the profile's folder, tried below.
    if (Status loaded = catalog.load(); !loaded)
        outcome.attempts.append(loaded.error().message);
    QList<BackupRecord> candidates;
    for (const BackupRecord &record : catalog.records()) {
        if (record.state == BackupRecord::State::Verified && QDir(record.destination).exists())
            candidates.append(record);
    }
    // Newest first, but a time ahead of the clock is not believed: such backups come last.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::sort(candidates.begin(), candidates.end(),
              [&now](const BackupRecord &a, const BackupRecord &b) {
                  if (a.isAheadOf(now) != b.isAheadOf(now))
                      return b.isAheadOf(now);
                  return a.createdAt > b.createdAt;
              });
    QStringList tried;
    for (const BackupRecord &record : candidates) {
        const QString file = record.destination + u'/' + record.file;
        tried.append(QFileInfo(file).absoluteFilePath());
        if (attempt(file, file))
            return outcome;
    }
    // Backups in the profile's folder that the catalog does not know (it may be lost too).
    QStringList loose =
        QDir(profile.backupDirectory()).entryList(QDir::Files, QDir::Name | QDir::Reversed);
    std::stable_sort(loose.begin(), loose.end(), [&now](const QString &a, const QString &b) {
        return aheadOfClock(a, now) < aheadOfClock(b, now);
    });
    for (const QString &name : loose) {
        const QString file = QDir(profile.backupDirectory()).absoluteFilePath(name);
        if (BackupFileName::isBackupFile(name) && !tried.contains(file) && attempt(file, file))
            return outcome;
    }
    // The remote destination (WebDAV or S3), when one is configured.
    PreferencesStore settings(profile, Profile::policyFiles());
    if (settings.open()) {
        const QString remote = settings.text(QStringLiteral("backup.destination"));
        if (isRemoteSpec(remote)) {
            Result<std::unique_ptr<Destination>> destination =
                openDestination(remote, secrets, &settings);
            Result<QList<Destination::Entry>> entries = destination
                ? (*destination)->list()
                : Result<QList<Destination::Entry>>(destination.error());
            if (!entries) {
                outcome.attempts.append(tr("%1: %2").arg(remote, entries.error().message));
            } else {
                QList<Destination::Entry> newest = *entries;
                std::sort(newest.begin(), newest.end(), [&now](const auto &a, const auto &b) {
                    if (aheadOfClock(a.name, now) != aheadOfClock(b.name, now))
                        return aheadOfClock(b.name, now);
                    return BackupFileName::createdAt(a.name) > BackupFileName::createdAt(b.name);
                });
                const QString download =
                    profile.cacheDirectory() + QStringLiteral("/recovery-download");
                PrivateFiles::makePath(profile.cacheDirectory());
                for (const Destination::Entry &entry : newest) {
                    const QString label = (*destination)->displayNameOf(entry.name);
                    if (Status fetched = (*destination)->fetch(entry.name, download); !fetched) {
                        outcome.attempts.append(tr("%1: %2").arg(label, fetched.error().message));
                        continue;
                    }
                    const bool restored = attempt(download, label);
                    QFile::remove(download);
                    if (restored)
                        return outcome;
                }
            }
        }
    }

    // 3. The defaults: a new, empty database and no settings file; but of a settings file cut
    // short, what came before the cut is the user's and newer than any default.
    if (!finding->settingsDamage.isEmpty()) {
        const QString damagedSettings = aside + u'/' + QFileInfo(profile.settingsFile()).fileName();
        Result<RawSettings> whole = IniFile::read(damagedSettings);
        Result<RawSettings> before = IniFile::readBeforeCut(damagedSettings);
        if (!whole && whole.error().detail == IniFile::cutShortDetail() && before
            && !before->isEmpty()) {
            if (Status kept = IniFile::write(profile.settingsFile(), *before); !kept)
                return kept.error();
            outcome.keptBeforeCut = profile.settingsFile();
        }
    }
    StateDatabase fresh;
    if (!finding->databaseDamage.isEmpty()) {
        if (Status created = fresh.open(profile.databaseFile()); !created)
            return created.error();
    }
    return outcome;
}

} // namespace Hubstate::Core
