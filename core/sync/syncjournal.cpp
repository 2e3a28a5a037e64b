#include "syncjournal.h"

#include "core/common/privatefiles.h"
#include "core/state/statedatabase.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Hubstate::Core {

namespace {

constexpr int schemaVersion = 1;
// Earlier versions of an item kept for three-way merges; older bases are rarely a common
// ancestor of two devices' edits, and a merge without one asks the user.
constexpr int versionsKept = 8;

const char *const schema[] = {
    "CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS items (item TEXT PRIMARY KEY, value BLOB, version TEXT NOT NULL, "
    "stamp TEXT NOT NULL, parent TEXT NOT NULL, applied INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS versions (item TEXT NOT NULL, stamp TEXT NOT NULL, value BLOB, "
    "PRIMARY KEY (item, stamp)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, item TEXT NOT NULL, "
    "value BLOB, version TEXT NOT NULL, stamp TEXT NOT NULL, parent TEXT NOT NULL, "
    "segment INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX IF NOT EXISTS outbox_segment ON outbox(segment)",
    "CREATE TABLE IF NOT EXISTS devices (id TEXT PRIMARY KEY, name TEXT NOT NULL, "
    "last_seen INTEGER NOT NULL, read_segment INTEGER NOT NULL, info_generation INTEGER NOT NULL, "
    "cursors TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS conflicts (id INTEGER PRIMARY KEY AUTOINCREMENT, "
    "item TEXT NOT NULL, mine BLOB, theirs BLOB, base BLOB, has_base INTEGER NOT NULL, "
    "mine_version TEXT NOT NULL, their_version TEXT NOT NULL, their_stamp TEXT NOT NULL, "
    "their_device TEXT NOT NULL, policy TEXT NOT NULL, state TEXT NOT NULL, fields TEXT NOT NULL, "
    "detected INTEGER NOT NULL)",
};

QByteArray toText(const VersionVector &version)
{
    return QJsonDocument(version.toJson()).toJson(QJsonDocument::Compact);
}

// What this device wrote itself: a failure to read it back is damage.
VersionVector versionFrom(const QVariant &text)
{
    return VersionVector::fromJson(QJsonDocument::fromJson(text.toByteArray()).object())
        .value_or(VersionVector());
}

QVariant blob(const std::optional<QByteArray> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::QByteArray));
}

// A null QString binds as SQL NULL; these columns hold text, empty or not.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

std::optional<QByteArray> fromBlob(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toByteArray();
}

} // namespace

SyncJournal::SyncJournal(QString path)
    : m_path(std::move(path))
    , m_connectionName(QStringLiteral("hubstate-sync-")
                       + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

SyncJournal::~SyncJournal()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
            database.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool SyncJournal::exists() const
{
    return QFileInfo::exists(m_path);
}

QSqlDatabase SyncJournal::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status SyncJournal::open()
{
    if (!PrivateFiles::makePath(QFileInfo(m_path).absolutePath()))
        return Error::operationFailed(
            tr("Cannot create the folder of the sync state %1").arg(m_path));
    if (Status created = PrivateFiles::createFile(m_path); !created)
        return created;
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    database.setDatabaseName(m_path);
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!database.open())
        return sqlError(tr("Cannot open the sync state %1").arg(m_path), database.lastError());
    QSqlQuery query(database);
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL"}) {
        if (!query.exec(QLatin1String(pragma)))
            return sqlError(tr("Cannot open the sync state %1").arg(m_path), query.lastError());
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return sqlError(tr("Cannot read the sync state %1").arg(m_path), query.lastError());
    const int version = query.value(0).toInt();
    if (version > schemaVersion) {
        return Error::invalidInput(
            tr("The sync state %1 was written by a newer Hubstate (format %2); update Hubstate "
               "to sync from this profile")
                .arg(m_path)
                .arg(version));
    }
    if (version == schemaVersion)
        return {};
    Transaction transaction(database);
    for (const char *statement : schema) {
        if (!query.exec(QLatin1String(statement)))
            return sqlError(tr("Cannot set up the sync state %1").arg(m_path), query.lastError());
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion)))
        return sqlError(tr("Cannot set up the sync state %1").arg(m_path), query.lastError());
    return transaction.commit();
}

QString SyncJournal::state(const QString &key) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM state WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

Status SyncJournal::setState(const QString &key, const QString &value)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT INTO state (key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(notNull(value));
    if (!query.exec())
        return sqlError(tr("Cannot write the sync state %1").arg(m_path), query.lastError());
    return {};
}

static SyncJournal::Item itemFrom(const QSqlQuery &query)
{
    SyncJournal::Item item;
    item.head.item = query.value(0).toString();
    item.head.value = fromBlob(query.value(1));
    item.head.version = versionFrom(query.value(2));
    item.head.stamp = SyncStamp::fromString(query.value(3).toString()).value_or(SyncStamp());
    item.head.parent = query.value(4).toString();
    item.applied = query.value(5).toBool();
    return item;
}

Result<QHash<QString, SyncJournal::Item>> SyncJournal::items() const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT item, value, version, stamp, parent, applied FROM items")))
        return sqlError(tr("Cannot read the sync state %1").arg(m_path), query.lastError());
    QHash<QString, Item> items;
    while (query.next()) {
        Item item = itemFrom(query);
        items.insert(item.head.item, std::move(item));
    }
    return items;
}

Result<std::optional<SyncJournal::Item>> SyncJournal::item(const QString &name) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral(
        "SELECT item, value, version, stamp, parent, applied FROM items WHERE item = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return sqlError(tr("Cannot read the sync state %1").arg(m_path), query.lastError());
    if (!query.next())
        return std::optional<Item>();
    return std::optional<Item>(itemFrom(query));
}

Status SyncJournal::rememberVersion(const QString &name, const QString &stamp,
                                   const std::optional<QByteArray> &value)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO versions (item, stamp, value) "
                                 "VALUES (?, ?, ?)"));
    query.addBindValue(name);
    query.addBindValue(stamp);
    query.addBindValue(blob(value));
    if (!query.exec())
        return sqlError(tr("Cannot write the sync state %1").arg(m_path), query.lastError());
    return {};
}

Status SyncJournal::putItem(const SyncVersion &head, bool applied)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral(
        "INSERT INTO items (item, value, version, stamp, parent, applied) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(item) DO UPDATE SET value = excluded.value, version = excluded.version, "
        "stamp = excluded.stamp, parent = excluded.parent, applied = excluded.applied"));
    query.addBindValue(head.item);
    query.addBindValue(blob(head.value));
    query.addBindValue(toText(head.version));
    query.addBindValue(head.stamp.toString());
    query.addBindValue(notNull(head.parent));
    query.addBindValue(applied ? 1 : 0);
    if (!query.exec())
        return sqlError(tr("Cannot write the sync state %1").arg(m_path), query.lastError());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO versions (item, stamp, value) "
                                 "VALUES (?, ?, ?)"));
    query.addBindValue(head.item);
    query.addBindValue(head.stamp.toString());
    query.addBindValue(blob(head.value));
    if (!query.exec())
        return sqlError(tr("Cannot write the sync state %1").arg(m_path), query.lastError());
    query.prepare(QStringLiteral(
        "DELETE FROM versions WHERE item = ? AND stamp NOT IN (SELECT stamp FROM versions "
        "WHERE item = ? ORDER BY stamp DESC LIMIT %1)")
                      .arg(versionsKept));
    query.addBindValue(head.item);
    query.addBindValue(head.item);
    if (!query.exec())
        return sqlError(tr("Cannot write the sync state %1").arg(m_path), query.lastError());
    return {};
}

Status SyncJournal::markApplied(const QString &name)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("UPDATE items SET applied = 1 WHERE item = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return sqlError(tr("Cannot write the sync state %1").arg(m_path), query.lastError());
    return {};
}

Result<std::optional<std::optional<QByteArray>>>
SyncJournal::versionValue(const QString &name, const QString &stamp) const
{
    using Found = std::optional<std::optional<QByteArray>>;
    if (stamp.isEmpty())
        return Found(std::optional<QByteArray>()); // before the first version: absent
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM versions WHERE item = ? AND stamp = ?"));
    query.addBindValue(name);
    query.addBindValue(stamp);
    if (!query.exec())
        return sqlError(tr("Cannot read the sync state %1").arg(m_path), query.lastError());
    if (!query.next())
        return Found();
    return Found(fromBlob(query.value(0)));
}

Status SyncJournal::addToOutbox(const SyncVersion &change)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT INTO outbox (item, value, version, stamp, parent) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(change.item);
    query.addBindValue(blob(change.value));
    query.addBindValue(toText(change.version));
    query.addBindValue(change.stamp.toString());
    query.addBindValue(notNull(change.parent));
    if (!query.exec())
        return sqlError(tr("Cannot write the sync outbox %1").arg(m_path), query.lastError());
    return {};
}

Result<QList<SyncJournal::OutboxEntry>> SyncJournal::outbox() const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT id, item, value, version, stamp, parent, segment FROM outbox ORDER BY id")))
        return sqlError(tr("Cannot read the sync outbox %1").arg(m_path), query.lastError());
    QList<OutboxEntry> entries;
    while (query.next()) {
        OutboxEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.change.item = query.value(1).toString();
        entry.change.value = fromBlob(query.value(2));
        entry.change.version = versionFrom(query.value(3));
        entry.change.stamp =
            SyncStamp::fromString(query.value(4).toString()).value_or(SyncStamp());
        entry.change.parent = query.value(5).toString();
        entry.segment = query.value(6).toLongLong();
        entries.append(std::move(entry));
    }
    return entries;
}

Result<bool> SyncJournal::assignSegment(qint64 segment)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("UPDATE outbox SET segment = ? WHERE segment = 0"));
    query.addBindValue(segment);
    if (!query.exec())
        return sqlError(tr("Cannot write the sync outbox %1").arg(m_path), query.lastError());
    return query.numRowsAffected() > 0;
}

Status SyncJournal::segmentStored(qint64 segment)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("DELETE FROM outbox WHERE segment = ?"));
    query.addBindValue(segment);
    if (!query.exec())
        return sqlError(tr("Cannot write the sync outbox %1").arg(m_path), query.lastError());
    return {};
}

Result<int> SyncJournal::pendingCount() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM outbox")) || !query.next())
        return sqlError(tr("Cannot read the sync outbox %1").arg(m_path), query.lastError());
    return query.value(0).toInt();
}

Result<QList<SyncJournal::Device>> SyncJournal::devices() const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, last_seen, read_segment, info_generation, "
                                   "cursors FROM devices ORDER BY id")))
        return sqlError(tr("Cannot read the sync state %1").arg(m_path), query.lastError());
    QList<Device> devices;
    while (query.next()) {
        Device device;
        device.id = query.value(0).toString();
        device.name = query.value(1).toString();
        device.lastSeenMs = query.value(2).toLongLong();
        device.readSegment = query.value(3).toLongLong();
        device.infoGeneration = query.value(4).toLongLong();
        const QJsonObject cursors = QJsonDocument::fromJson(query.value(5).toByteArray()).object();
        for (auto it = cursors.constBegin(); it != cursors.constEnd(); ++it)
            device.cursors.insert(it.key(), qint64(it.value().toDouble()));
        devices.append(std::move(device));
    }
    return devices;
}

Status SyncJournal::putDevice(const Device &device)
{
    QJsonObject cursors;
    for (auto it = device.cursors.cbegin(); it != device.cursors.cend(); ++it)
        cursors.insert(it.key(), double(it.value()));
    QSqlQuery query(connection());
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO devices (id, name, last_seen, read_segment, info_generation, "
        "cursors) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(device.id);
    query.addBindValue(notNull(device.name));
    query.addBindValue(device.lastSeenMs);
    query.addBindValue(device.readSegment);
    query.addBindValue(device.infoGeneration);
    query.addBindValue(QJsonDocument(cursors).toJson(QJsonDocument::Compact));
    if (!query.exec())
        return sqlError(tr("Cannot write the sync state %1").arg(m_path), query.lastError());
    return {};
}

Status SyncJournal::removeDevice(const QString &id)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("DELETE FROM devices WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Cannot write the sync state %1").arg(m_path), query.lastError());
    return {};
}

Result<qint64> SyncJournal::addConflict(const ConflictRow &conflict)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral(
        "INSERT INTO conflicts (item, mine, theirs, base, has_base, mine_version, "
        "their_version, their_stamp, their_device, policy, state, fields, detected) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(conflict.item);
    query.addBindValue(blob(conflict.mine));
    query.addBindValue(blob(conflict.theirs));
    query.addBindValue(blob(conflict.base));
    query.addBindValue(conflict.base.has_value() ? 1 : 0);
    query.addBindValue(toText(conflict.mineVersion));
    query.addBindValue(toText(conflict.theirVersion));
    query.addBindValue(notNull(conflict.theirStamp));
    query.addBindValue(conflict.theirDevice);
    query.addBindValue(conflict.policy);
    query.addBindValue(conflict.state);
    query.addBindValue(notNull(conflict.fields.join(u',')));
    query.addBindValue(conflict.detectedMs);
    if (!query.exec())
        return sqlError(tr("Cannot write the sync conflict log %1").arg(m_path),
                        query.lastError());
    return query.lastInsertId().toLongLong();
}

static SyncJournal::ConflictRow conflictFrom(const QSqlQuery &query)
{
    SyncJournal::ConflictRow row;
    row.id = query.value(0).toLongLong();
    row.item = query.value(1).toString();
    row.mine = fromBlob(query.value(2));
    row.theirs = fromBlob(query.value(3));
    if (query.value(5).toBool())
        row.base = query.value(4).isNull() ? QByteArray() : query.value(4).toByteArray();
    row.mineVersion = versionFrom(query.value(6));
    row.theirVersion = versionFrom(query.value(7));
    row.theirStamp = query.value(8).toString();
    row.theirDevice = query.value(9).toString();
    row.policy = query.value(10).toString();
    row.state = query.value(11).toString();
    row.fields = query.value(12).toString().split(u',', Qt::SkipEmptyParts);
    row.detectedMs = query.value(13).toLongLong();
    return row;
}

static const QString conflictColumns = QStringLiteral(
    "id, item, mine, theirs, base, has_base, mine_version, their_version, their_stamp, "
    "their_device, policy, state, fields, detected");

Result<QList<SyncJournal::ConflictRow>> SyncJournal::conflicts(bool all) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT ") + conflictColumns
        + (all ? QStringLiteral(" FROM conflicts ORDER BY state != 'open', id DESC")
               : QStringLiteral(" FROM conflicts WHERE state = 'open' ORDER BY id DESC"));
    if (!query.exec(sql))
        return sqlError(tr("Cannot read the sync conflict log %1").arg(m_path), query.lastError());
    QList<ConflictRow> rows;
    while (query.next())
        rows.append(conflictFrom(query));
    return rows;
}

Result<std::optional<SyncJournal::ConflictRow>> SyncJournal::conflict(qint64 id) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT ") + conflictColumns
                  + QStringLiteral(" FROM conflicts WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Cannot read the sync conflict log %1").arg(m_path), query.lastError());
    if (!query.next())
        return std::optional<ConflictRow>();
    return std::optional<ConflictRow>(conflictFrom(query));
}

Status SyncJournal::setConflictState(qint64 id, const QString &state)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("UPDATE conflicts SET state = ? WHERE id = ?"));
    query.addBindValue(state);
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Cannot write the sync conflict log %1").arg(m_path),
                        query.lastError());
    return {};
}

Status SyncJournal::settleConflicts(const QString &name, const VersionVector &version)
{
    Result<QList<ConflictRow>> open = conflicts(false);
    if (!open)
        return open.error();
    for (const ConflictRow &row : std::as_const(*open)) {
        if (row.item != name || !version.includes(row.mineVersion)
            || !version.includes(row.theirVersion))
            continue;
        if (Status set = setConflictState(row.id, QStringLiteral("settled")); !set)
            return set;
    }
    return {};
}

Status SyncJournal::supersedeOpenConflicts(const QString &name)
{
    QSqlQuery query(connection());
    query.prepare(
        QStringLiteral("UPDATE conflicts SET state = 'settled' WHERE item = ? AND state = 'open'"));
    query.addBindValue(name);
    if (!query.exec())
        return sqlError(tr("Cannot write the sync conflict log %1").arg(m_path),
                        query.lastError());
    return {};
}

Status SyncJournal::clear()
{
    QSqlQuery query(connection());
    Transaction transaction(connection());
    for (const char *table : {"state", "items", "versions", "outbox", "devices", "conflicts"}) {
        if (!query.exec(QStringLiteral("DELETE FROM ") + QLatin1String(table)))
            return sqlError(tr("Cannot clear the sync state %1").arg(m_path), query.lastError());
    }
    return transaction.commit();
}

} // namespace Hubstate::Core
