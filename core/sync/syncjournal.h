#pragma once

#include "syncclock.h"

#include "core/common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace Hubstate::Core {

// One item's version as a device has or sends it. `value` is compact JSON; nullopt when the
// item is absent (a setting back at its default, a layout or agent deleted).
struct SyncVersion
{
    QString item;
    std::optional<QByteArray> value;
    VersionVector version;
    SyncStamp stamp;
    QString parent; // the stamp (as text) of the version it was made on; empty for the first
};

// This device's side of a sync store, in the profile's state folder (sync.db, SQLite): who
// it is, the last synced version of every item, the outbox, what it has read of others, and
// the conflict log. Kept apart from the state database so that restoring a backup never
// takes a device back to segment numbers it has already used.
//
// Values of secret items are stored sealed with the sync key (SyncVault), never in clear.
class SyncJournal
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::SyncJournal)

public:
    struct Item
    {
        SyncVersion head;
        bool applied = true; // false: the head is to be written to the profile still
    };

    struct Device
    {
        QString id;
        QString name;
        qint64 lastSeenMs = 0;
        qint64 readSegment = 0; // its segments read here, up to and including this number
        qint64 infoGeneration = 0; // of its device file last read
        QMap<QString, qint64> cursors; // what it reported having read of each device
    };

    struct ConflictRow
    {
        qint64 id = 0;
        QString item;
        std::optional<QByteArray> mine;
        std::optional<QByteArray> theirs;
        std::optional<QByteArray> base;
        VersionVector mineVersion;
        VersionVector theirVersion;
        QString theirStamp;
        QString theirDevice;
        QString policy;
        QString state;
        QStringList fields;
        qint64 detectedMs = 0;
    };

    struct OutboxEntry
    {
        qint64 id = 0;
        SyncVersion change;
        qint64 segment = 0; // 0: not yet in a segment
    };

    explicit SyncJournal(QString path);
    ~SyncJournal();
    SyncJournal(const SyncJournal &) = delete;
    SyncJournal &operator=(const SyncJournal &) = delete;

    static QString fileName() { return QStringLiteral("sync.db"); }
    QString path() const { return m_path; }
    bool exists() const;
    [[nodiscard]] Status open();
    QSqlDatabase connection() const;

    // Key-value state: device, store, destination, clock, nextSegment, lastSync, ...
    QString state(const QString &key) const;
    [[nodiscard]] Status setState(const QString &key, const QString &value);

    [[nodiscard]] Result<QHash<QString, Item>> items() const;
    [[nodiscard]] Result<std::optional<Item>> item(const QString &item) const;
    [[nodiscard]] Status putItem(const SyncVersion &head, bool applied);
    [[nodiscard]] Status markApplied(const QString &item);
    // Keeps a version that was seen but not taken (a conflict's other side).
    [[nodiscard]] Status rememberVersion(const QString &item, const QString &stamp,
                                         const std::optional<QByteArray> &value);
    // The value of an earlier version, when it is still kept (the last few per item).
    [[nodiscard]] Result<std::optional<std::optional<QByteArray>>>
    versionValue(const QString &item, const QString &stamp) const;

    [[nodiscard]] Status addToOutbox(const SyncVersion &change);
    [[nodiscard]] Result<QList<OutboxEntry>> outbox() const;
    // Assigns every change not in a segment yet to segment `segment`; true when there were any.
    [[nodiscard]] Result<bool> assignSegment(qint64 segment);
    [[nodiscard]] Status segmentStored(qint64 segment);
    [[nodiscard]] Result<int> pendingCount() const;

    [[nodiscard]] Result<QList<Device>> devices() const;
    [[nodiscard]] Status putDevice(const Device &device);
    [[nodiscard]] Status removeDevice(const QString &id);

    [[nodiscard]] Result<qint64> addConflict(const ConflictRow &conflict);
    [[nodiscard]] Result<QList<ConflictRow>> conflicts(bool all) const;
    [[nodiscard]] Result<std::optional<ConflictRow>> conflict(qint64 id) const;
    [[nodiscard]] Status setConflictState(qint64 id, const QString &state);
    // Open conflicts on `item` that `version` includes both sides of are settled by it.
    [[nodiscard]] Status settleConflicts(const QString &item, const VersionVector &version);
    // Open conflicts on `item` are settled by a newer one about to be recorded.
    [[nodiscard]] Status supersedeOpenConflicts(const QString &item);

    // Everything, after leaving the store.
    [[nodiscard]] Status clear();

private:
    QString m_path;
    QString m_connectionName;
};

} // namespace Hubstate::Core
