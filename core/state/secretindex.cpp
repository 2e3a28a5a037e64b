#include "secretindex.h"

#include "statedatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Hubstate::Core {

SecretIndex::SecretIndex(StateDatabase &database)
    : m_database(database)
{
}

Result<QList<SecretEntry>> SecretIndex::list() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral(
            "SELECT name, purpose, created_at, updated_at FROM secret_index ORDER BY name")))
        return sqlError(tr("Cannot read the secret index"), query.lastError());
    QList<SecretEntry> entries;
    while (query.next()) {
        entries.append({query.value(0).toString(), query.value(1).toString(),
                        QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC),
                        QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC)});
    }
    return entries;
}

Status SecretIndex::record(const QString &name, const QString &purpose)
{
    if (Status writable = m_database.checkWritable(); !writable)
        return writable;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // A transaction, as every write: its commit tells other processes (ChangeAnnouncer).
    Transaction transaction(m_database.connection());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO secret_index (name, purpose, created_at, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(name) DO UPDATE SET purpose = CASE WHEN excluded.purpose = '' THEN purpose "
        "ELSE excluded.purpose END, updated_at = excluded.updated_at"));
    query.addBindValue(name);
    query.addBindValue(purpose.isNull() ? QStringLiteral("") : purpose);
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return sqlError(tr("Cannot record secret %1 in the index").arg(name), query.lastError());
    return transaction.commit();
}

Status SecretIndex::remove(const QString &name)
{
    if (Status writable = m_database.checkWritable(); !writable)
        return writable;
    Transaction transaction(m_database.connection());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM secret_index WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return sqlError(tr("Cannot remove secret %1 from the index").arg(name), query.lastError());
    return transaction.commit();
}

} // namespace Hubstate::Core
