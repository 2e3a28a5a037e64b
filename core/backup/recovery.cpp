#include "recovery.h"

#include "core/common/atomicfile.h"
#include "core/common/privatefiles.h"
#include "core/settings/inifile.h"
#include "core/state/writeaheadlog.h"
#include "recoverycascade.h"
#include "restoreengine.h"

#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace Hubstate::Core {

namespace {

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
    // Without anyone to ask, a backup the keys do not open is a rung that failed.
    RecoveryCascade cascade(profile, secrets);
    cascade.setAskForPasswords(false);
    Result<Finding> finding = cascade.begin();
    if (!finding)
        return finding.error();
    if (!finding->isDamaged())
        return cascade.outcome();
    Result<RecoveryCascade::Stop> stopped = cascade.run(keys);
    if (!stopped)
        return stopped.error();
    if (*stopped != RecoveryCascade::Stop::Recovered) {
        if (Status empty = cascade.startEmpty(); !empty)
            return empty.error();
    }
    return cascade.outcome();
}

} // namespace Hubstate::Core
