#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Hubstate::Core {

class StateDatabase;

struct ConnectionRecord
{
    QString agentId;
    QString endpoint;
    QDateTime startedAt;
    QDateTime endedAt; // invalid while open
    QString outcome; // success | failure | timeout | cancelled
    QString error;
};

struct MetricSample
{
    QString name;
    double value = 0;
    QString unit;
    QDateTime timestamp;
};

// The connection log and the performance metrics: append-only records that make way for newer
// ones when the database outgrows `limits.storageLimit`. Conversations are the user's own data
// and are never removed to make room.
class ActivityLog
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::ActivityLog)

public:
    // `storageLimit` (limits.storageLimit, bytes; 0: none) is applied as records come in.
    explicit ActivityLog(StateDatabase &database, qint64 storageLimit = 0);

    [[nodiscard]] Status recordConnection(const ConnectionRecord &record);
    [[nodiscard]] Status recordMetric(const MetricSample &sample);
    [[nodiscard]] Result<QList<ConnectionRecord>> recentConnections(int limit) const;
    [[nodiscard]] Result<QList<MetricSample>> metrics(const QString &name, int limit) const;
    [[nodiscard]] Result<qint64> connectionCount() const;
    [[nodiscard]] Result<qint64> metricCount() const;

    // Deletes the oldest connection records and metric samples until the database uses at
    // most `storageLimit` bytes or none are left; returns how many rows went.
    [[nodiscard]] Result<qint64> enforceStorageLimit(qint64 storageLimit);

private:
    Status recorded();

    StateDatabase &m_database;
    qint64 m_storageLimit = 0;
    int m_sinceLimitCheck = 0;
};

} // namespace Hubstate::Core
