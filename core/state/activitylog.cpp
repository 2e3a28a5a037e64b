#include "activitylog.h"

#include "statedatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <cmath>

namespace Hubstate::Core {

namespace {
const QStringList kOutcomes{QStringLiteral("success"), QStringLiteral("failure"),
                            QStringLiteral("timeout"), QStringLiteral("cancelled")};

QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}
} // namespace

ActivityLog::ActivityLog(StateDatabase &database, qint64 storageLimit)
    : m_database(database)
    , m_storageLimit(storageLimit)
{
}

Status ActivityLog::recorded()
{
    // Measuring the database is cheap but not free: every few hundred records is often enough.
    constexpr int checkEvery = 256;
    if (m_storageLimit <= 0 || ++m_sinceLimitCheck < checkEvery)
        return {};
    m_sinceLimitCheck = 0;
    Result<qint64> removed = enforceStorageLimit(m_storageLimit);
    return removed ? Status() : Status(removed.error());
}

Status ActivityLog::recordConnection(const ConnectionRecord &record)
{
    if (Status writable = m_database.checkWritable(); !writable)
        return writable;
    if (!kOutcomes.contains(record.outcome)) {
        return Error::invalidInput(tr("outcome: must be one of %1 (value: %2)")
                                       .arg(kOutcomes.join(QStringLiteral(", ")), record.outcome));
    }
    if (!record.startedAt.isValid())
        return Error::invalidInput(tr("startedAt: must be a date and time"));
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO connection_log (agent_id, endpoint, started_at, "
                                 "ended_at, outcome, error) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(record.agentId);
    query.addBindValue(record.endpoint);
    query.addBindValue(record.startedAt.toMSecsSinceEpoch());
    query.addBindValue(record.endedAt.isValid() ? QVariant(record.endedAt.toMSecsSinceEpoch())
                                                : QVariant());
    query.addBindValue(record.outcome);
    query.addBindValue(record.error.isEmpty() ? QVariant() : QVariant(record.error));
    if (!query.exec())
        return sqlError(tr("Cannot record a connection"), query.lastError());
    return recorded();
}

Status ActivityLog::recordMetric(const MetricSample &sample)
{
    if (Status writable = m_database.checkWritable(); !writable)
        return writable;
    if (sample.name.isEmpty() || !std::isfinite(sample.value) || !sample.timestamp.isValid())
        return Error::invalidInput(tr("a metric needs a name, a finite value and a time"));
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO metrics (name, value, unit, timestamp) VALUES (?, ?, ?, ?)"));
    query.addBindValue(sample.name);
    query.addBindValue(sample.value);
    query.addBindValue(sample.unit);
    query.addBindValue(sample.timestamp.toMSecsSinceEpoch());
    if (!query.exec())
        return sqlError(tr("Cannot record metric %1").arg(sample.name), query.lastError());
    return recorded();
}

Result<QList<ConnectionRecord>> ActivityLog::recentConnections(int limit) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT agent_id, endpoint, started_at, ended_at, outcome, "
                                 "error FROM connection_log ORDER BY started_at DESC, id DESC "
                                 "LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return sqlError(tr("Cannot read the connection log"), query.lastError());
    QList<ConnectionRecord> records;
    while (query.next()) {
        records.append({query.value(0).toString(), query.value(1).toString(),
                        fromMs(query.value(2)), fromMs(query.value(3)), query.value(4).toString(),
                        query.value(5).toString()});
    }
    return records;
}

Result<QList<MetricSample>> ActivityLog::metrics(const QString &name, int limit) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT name, value, unit, timestamp FROM metrics WHERE name = ? "
                                 "ORDER BY timestamp DESC, id DESC LIMIT ?"));
    query.addBindValue(name);
    query.addBindValue(limit);
    if (!query.exec())
        return sqlError(tr("Cannot read metric %1").arg(name), query.lastError());
    QList<MetricSample> samples;
    while (query.next()) {
        samples.append({query.value(0).toString(), query.value(1).toDouble(),
                        query.value(2).toString(), fromMs(query.value(3))});
    }
    return samples;
}

Result<qint64> ActivityLog::connectionCount() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM connection_log")) || !query.next())
        return sqlError(tr("Cannot count the connection log"), query.lastError());
    return query.value(0).toLongLong();
}

Result<qint64> ActivityLog::metricCount() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM metrics")) || !query.next())
        return sqlError(tr("Cannot count metrics"), query.lastError());
    return query.value(0).toLongLong();
}

Result<qint64> ActivityLog::enforceStorageLimit(qint64 storageLimit)
{
    if (Status writable = m_database.checkWritable(); !writable)
        return writable.error();
    qint64 removed = 0;
    QSqlQuery query(m_database.connection());
    // Oldest first across both tables, in chunks, measuring the pages in use after each.
    while (m_database.usedBytes() > storageLimit) {
        qint64 chunk = 0;
        for (const QString &table : {QStringLiteral("connection_log"), QStringLiteral("metrics")}) {
            const QString time = table == QLatin1String("metrics") ? QStringLiteral("timestamp")
                                                                   : QStringLiteral("started_at");
            if (!query.exec(QStringLiteral("DELETE FROM %1 WHERE id IN (SELECT id FROM %1 "
                                           "ORDER BY %2, id LIMIT 2000)")
                                .arg(table, time)))
                return sqlError(tr("Cannot apply the storage limit"), query.lastError());
            chunk += query.numRowsAffected();
        }
        if (chunk == 0)
            break; // only user data left: it is never removed to make room
        removed += chunk;
    }
    return removed;
}

} // namespace Hubstate::Core
