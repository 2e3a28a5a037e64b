#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

namespace Hubstate::Core {

// The profile's SQLite database (layouts, agents, history, connection log, metrics), opened
// through QtSql with WAL and foreign keys on. Its schema version is PRAGMA user_version; older
// databases are migrated one step per transaction after a copy of the old file is taken, and
// a database from a newer Hubstate is opened read-only and never modified.
class StateDatabase
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::StateDatabase)

public:
    static constexpr int currentVersion = 3;

    StateDatabase();
    ~StateDatabase();
    StateDatabase(const StateDatabase &) = delete;
    StateDatabase &operator=(const StateDatabase &) = delete;

    // `cacheBytes`: the page cache, from performance.cacheSize.
    [[nodiscard]] Status open(const QString &path, qint64 cacheBytes = 50 * 1024 * 1024);
    void close();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const { return m_version; }
    QStringList notices() const { return m_notices; }

    // Refuses with a clear error when the database may not be written.
    [[nodiscard]] Status checkWritable() const;

    // quick_check (or integrity_check when `full`) and foreign_key_check; one line per problem.
    [[nodiscard]] Result<QStringList> checkIntegrity(bool full) const;

    // Bytes in use by pages that hold data (not free pages).
    qint64 usedBytes() const;

private:
    Status migrate(int from);

    QString m_connectionName;
    QString m_path;
    QString m_readOnlyReason;
    QStringList m_notices;
    int m_version = 0;
    qint64 m_cacheBytes = 0;
};

// Commits on success; rolls back in the destructor if commit() was not reached.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] Status commit();

private:
    QSqlDatabase m_database;
    bool m_active = false;
    QSqlError m_beginError;
};

// "SQL statement failed" as a user-facing error carrying the driver's text as detail.
Error sqlError(const QString &what, const class QSqlError &error);

} // namespace Hubstate::Core
