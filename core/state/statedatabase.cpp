#include "statedatabase.h"

#include "core/common/privatefiles.h"
#include "core/live/changeannouncer.h"
#include "databasemigrations.h"
#include "writeaheadlog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Hubstate::Core {

Error sqlError(const QString &what, const QSqlError &error)
{
    const QString text = error.text();
    // SQLite says "malformed" or "not a database" when pages are damaged.
    if (text.contains(QLatin1String("malformed")) || text.contains(QLatin1String("not a database")))
        return Error::damaged(what + QStringLiteral(": ") + text, text);
    return Error::operationFailed(what + QStringLiteral(": ") + text, text);
}

// BEGIN IMMEDIATE takes the write lock at once, waiting (the busy timeout) while another
// writer holds it. A deferred BEGIN would take it at the first write instead, and when another
// writer committed meanwhile SQLite reports "database is locked" at once, without waiting.
Transaction::Transaction(QSqlDatabase database)
    : m_database(std::move(database))
{
    QSqlQuery begin(m_database);
    m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_beginError = begin.lastError();
}

Transaction::~Transaction()
{
    if (m_active)
        m_database.rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return sqlError(
            StateDatabase::tr("Cannot start writing to %1").arg(m_database.databaseName()),
            m_beginError);
    if (!m_database.commit()) {
        const QSqlError error = m_database.lastError();
        m_database.rollback();
        m_active = false;
        return sqlError(StateDatabase::tr("Cannot commit to %1").arg(m_database.databaseName()),
                        error);
    }
    m_active = false;
    ChangeAnnouncer::announce(m_database.databaseName());
    return {};
}

StateDatabase::StateDatabase()
    : m_connectionName(QStringLiteral("hubstate-")
                       + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

StateDatabase::~StateDatabase()
{
    close();
}

QSqlDatabase StateDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void StateDatabase::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
            database.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Status StateDatabase::open(const QString &path, qint64 cacheBytes)
{
    m_cacheBytes = cacheBytes;
    close();
    m_path = path;
    m_notices.clear();
    m_readOnlyReason.clear();
    if (!PrivateFiles::makePath(QFileInfo(path).absolutePath()))
        return Error::operationFailed(
            tr("Cannot create folder %1").arg(QFileInfo(path).absolutePath()));
    // SQLite would create the file with the umask's mode and give its -wal and -shm files the
    // same: an empty 0600 file first (an empty file is an empty database).
    if (Status created = PrivateFiles::createFile(path); !created)
        return created;

    // The header is checked by SQLite itself (SQLITE_NOTADB below), never through a
    // descriptor of our own: closing any descriptor of the file drops every POSIX lock this
    // process holds on it, those of the other connections (the window's, the live monitor's)
    // included. Another process then takes itself for the last reader and deletes the
    // write-ahead log those connections still read, and they see no later commit.

    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    database.setDatabaseName(path);
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!database.open())
        return sqlError(tr("Cannot open %1").arg(path), database.lastError());

    QSqlQuery query(database);
    // Before anything checkpoints the log and its unreadable frames are gone for good. What
    // looks damaged is read again while no writer can append (a frame being written reads torn).
    if (!WriteAheadLog::lostCommits(path).isEmpty()
        && query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        const QString kept = WriteAheadLog::keepIfLosingCommits(path);
        query.exec(QStringLiteral("ROLLBACK"));
        if (!kept.isEmpty())
            m_notices.append(kept);
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        if (query.lastError().nativeErrorCode() == QLatin1String("26")) // SQLITE_NOTADB
            return Error::damaged(
                tr("%1 is not a SQLite database: its header is damaged").arg(path));
        return sqlError(tr("Cannot read the schema version of %1").arg(path), query.lastError());
    }
    m_version = query.value(0).toInt();
    query.finish();

    if (m_version > currentVersion) {
        // Opened again read-only so that nothing, not even the journal mode, changes the file.
        database.close();
        database.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (!database.open())
            return sqlError(tr("Cannot open %1").arg(path), database.lastError());
        m_readOnlyReason = tr("%1 was written by a newer Hubstate (schema version %2; this one "
                              "knows up to %3). It is opened read-only and left untouched.")
                               .arg(path)
                               .arg(m_version)
                               .arg(currentVersion);
        m_notices.append(m_readOnlyReason);
        return {};
    }

    // The page cache is performance.cacheSize; SQLite takes a negative size in KiB.
    const QString cache =
        QStringLiteral("PRAGMA cache_size = -%1").arg(std::max<qint64>(m_cacheBytes / 1024, 1024));
    for (const QString &pragma :
         {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA foreign_keys = ON"),
          QStringLiteral("PRAGMA synchronous = NORMAL"), cache}) {
        if (!query.exec(pragma))
            return sqlError(tr("Cannot configure %1").arg(path), query.lastError());
        query.finish();
    }
    if (m_version < currentVersion)
        return migrate(m_version);
    return {};
}

Status StateDatabase::migrate(int from)
{
    QSqlDatabase database = connection();
    if (from > 0) {
        // A consistent copy of the old version first, never overwriting an earlier one.
        QString backup = m_path + QStringLiteral(".v%1.bak").arg(from);
        for (int n = 2; QFileInfo::exists(backup); ++n)
            backup = m_path + QStringLiteral(".v%1.%2.bak").arg(from).arg(n);
        // VACUUM INTO fills an empty file and keeps its mode.
        if (Status created = PrivateFiles::createFile(backup); !created)
            return created;
        QSqlQuery query(database);
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(backup);
        if (!query.exec()) {
            QFile::remove(backup);
            return sqlError(tr("Cannot back up %1 before migrating it").arg(m_path),
                            query.lastError());
        }
        m_notices.append(tr("%1 was migrated from schema version %2 to %3; the old database is "
                            "kept as %4")
                             .arg(m_path)
                             .arg(from)
                             .arg(currentVersion)
                             .arg(backup));
    }
    const QList<DatabaseMigration> steps = databaseMigrations();
    for (int version = from; version < currentVersion; ++version) {
        const auto step = std::find_if(steps.cbegin(), steps.cend(), [version](const auto &s) {
            return s.fromVersion == version;
        });
        if (step == steps.cend()) {
            return Error::operationFailed(
                tr("No database migration from schema version %1").arg(version));
        }
        Transaction transaction(database);
        QSqlQuery query(database);
        // Another program opening the same old database may have migrated it since this one
        // read its version: read it again under the write lock, and skip what is done.
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
            return sqlError(tr("Cannot read the schema version of %1").arg(m_path),
                            query.lastError());
        const int migratedTo = query.value(0).toInt();
        query.finish();
        if (migratedTo > version) {
            if (Status ended = transaction.commit(); !ended)
                return ended;
            version = migratedTo - 1;
            continue;
        }
        for (const QString &statement : step->statements) {
            if (!query.exec(statement)) {
                return sqlError(
                    tr("Migrating %1 from schema version %2 failed").arg(m_path).arg(version),
                    query.lastError());
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)))
            return sqlError(tr("Cannot set the schema version of %1").arg(m_path),
                            query.lastError());
        if (Status committed = transaction.commit(); !committed)
            return committed;
        m_version = version + 1;
    }
    return {};
}

Status StateDatabase::checkWritable() const
{
    if (isReadOnly())
        return Error::operationFailed(m_readOnlyReason);
    return {};
}

Result<QStringList> StateDatabase::checkIntegrity(bool full) const
{
    QStringList problems;
    QSqlQuery query(connection());
    const QString check =
        full ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check");
    if (!query.exec(check)) {
        problems.append(tr("%1: %2").arg(m_path, query.lastError().text()));
        return problems;
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(tr("%1: %2").arg(m_path, line));
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        problems.append(tr("%1: %2").arg(m_path, query.lastError().text()));
        return problems;
    }
    while (query.next()) {
        problems.append(tr("%1: row %2 of table %3 refers to a missing row of %4")
                            .arg(m_path, query.value(1).toString(), query.value(0).toString(),
                                 query.value(2).toString()));
    }
    if (full && m_version >= 2) {
        if (!query.exec(QStringLiteral(
                "INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)")))
            problems.append(tr("%1: the full-text index does not match the messages: %2")
                                .arg(m_path, query.lastError().text()));
    }
    return problems;
}

qint64 StateDatabase::usedBytes() const
{
    QSqlQuery query(connection());
    qint64 pages = 0;
    qint64 freePages = 0;
    qint64 pageSize = 0;
    if (query.exec(QStringLiteral("PRAGMA page_count")) && query.next())
        pages = query.value(0).toLongLong();
    if (query.exec(QStringLiteral("PRAGMA freelist_count")) && query.next())
        freePages = query.value(0).toLongLong();
    if (query.exec(QStringLiteral("PRAGMA page_size")) && query.next())
        pageSize = query.value(0).toLongLong();
    return (pages - freePages) * pageSize;
}

} // namespace Hubstate::Core
