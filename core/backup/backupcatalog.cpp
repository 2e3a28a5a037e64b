#include "backupcatalog.h"

#include "backupfilename.h"
#include "core/common/filelock.h"
#include "core/common/inputlimits.h"
#include "core/common/privatefiles.h"
#include "core/common/strictjson.h"
#include "core/common/jsonnumbers.h"
#include "core/common/timestamps.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace Hubstate::Core {

QJsonObject BackupRecord::toJson() const
{
    const BackupRecord &record = *this;
    QJsonObject counted;
    for (auto it = record.counts.cbegin(); it != record.counts.cend(); ++it)
        counted.insert(it.key(), it.value());
    return {
        {QStringLiteral("file"), record.file},
        {QStringLiteral("destination"), record.destination},
        {QStringLiteral("createdAt"), record.createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("size"), record.size},
        {QStringLiteral("sha256"), QString::fromLatin1(record.sha256.toHex())},
        {QStringLiteral("appVersion"), record.appVersion},
        {QStringLiteral("databaseVersion"), record.databaseVersion},
        {QStringLiteral("settingsVersion"), record.settingsVersion},
        {QStringLiteral("encrypted"), record.encrypted},
        {QStringLiteral("includesSecrets"), record.includesSecrets},
        {QStringLiteral("label"), record.label},
        {QStringLiteral("state"), BackupRecord::stateName(record.state)},
        {QStringLiteral("verifiedAt"), record.verifiedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("problem"), record.problem},
        {QStringLiteral("fingerprint"), QString::fromLatin1(record.fingerprint.toHex())},
        {QStringLiteral("liveFingerprint"), QString::fromLatin1(record.liveFingerprint.toHex())},
        {QStringLiteral("stampFingerprint"), QString::fromLatin1(record.stampFingerprint.toHex())},
        {QStringLiteral("confirmedAt"), record.confirmedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("counts"), counted},
    };
}

namespace {

std::optional<BackupRecord> fromJson(const QJsonObject &object)
{
    BackupRecord record;
    record.file = object.value(QStringLiteral("file")).toString();
    record.destination = object.value(QStringLiteral("destination")).toString();
    record.createdAt = parseTimestamp(object.value(QStringLiteral("createdAt")).toString());
    const QString state = object.value(QStringLiteral("state")).toString();
    if (!BackupFileName::isBackupFile(record.file) || record.destination.isEmpty()
        || !record.createdAt.isValid()) {
        return std::nullopt;
    }
    const QJsonValue sizeValue = object.value(QStringLiteral("size"));
    const std::optional<qint64> size = sizeValue.isUndefined() ? 0 : wholeNumber(sizeValue);
    if (!size || *size < 0)
        return std::nullopt;
    record.size = *size;
    record.sha256 =
        QByteArray::fromHex(object.value(QStringLiteral("sha256")).toString().toLatin1());
    record.appVersion = object.value(QStringLiteral("appVersion")).toString();
    record.databaseVersion = object.value(QStringLiteral("databaseVersion")).toInt();
    record.settingsVersion = object.value(QStringLiteral("settingsVersion")).toInt();
    record.encrypted = object.value(QStringLiteral("encrypted")).toBool();
    record.includesSecrets = object.value(QStringLiteral("includesSecrets")).toBool();
    record.label = object.value(QStringLiteral("label")).toString();
    record.state = state == QLatin1String("verified") ? BackupRecord::State::Verified
        : state == QLatin1String("quarantined")       ? BackupRecord::State::Quarantined
                                                      : BackupRecord::State::Unverified;
    record.verifiedAt = parseTimestamp(object.value(QStringLiteral("verifiedAt")).toString());
    record.problem = object.value(QStringLiteral("problem")).toString();
    record.fingerprint =
        QByteArray::fromHex(object.value(QStringLiteral("fingerprint")).toString().toLatin1());
    record.liveFingerprint =
        QByteArray::fromHex(object.value(QStringLiteral("liveFingerprint")).toString().toLatin1());
    record.stampFingerprint =
        QByteArray::fromHex(object.value(QStringLiteral("stampFingerprint")).toString().toLatin1());
    record.confirmedAt = parseTimestamp(object.value(QStringLiteral("confirmedAt")).toString());
    const QJsonObject counts = object.value(QStringLiteral("counts")).toObject();
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        const std::optional<qint64> count = wholeNumber(it.value());
        if (!count)
            return std::nullopt;
        record.counts.insert(it.key(), *count);
    }
    return record;
}

} // namespace

QString BackupRecord::stateName(State state)
{
    switch (state) {
    case State::Verified: return QStringLiteral("verified");
    case State::Unverified: return QStringLiteral("unverified");
    case State::Quarantined: return QStringLiteral("quarantined");
    }
    return {};
}

BackupCatalog::BackupCatalog(QString path, FileLayer &layer, QString home)
    : m_path(std::move(path))
    , m_home(std::move(home))
    , m_layer(layer)
{
}

Status BackupCatalog::load()
{
    m_pending.clear();
    FileLock lock(m_path);
    if (Status locked = lock.lock(); !locked)
        return locked;
    Result<QList<BackupRecord>> read = readFile();
    if (!read)
        return read.error();
    m_records = *read;
    return {};
}

Result<QList<BackupRecord>> BackupCatalog::readFile()
{
    m_notices.clear();
    QList<BackupRecord> records;
    QFile file(m_path);
    if (!file.exists())
        return records;
    if (!file.open(QIODevice::ReadOnly))
        return Error::operationFailed(tr("Cannot read %1: %2").arg(m_path, file.errorString()));
    StrictJson reader(m_path, InputLimits::catalogBytes, ErrorCode::Damaged);
    const Result<QJsonObject> document =
        reader.readObject(file.read(InputLimits::catalogBytes + 1), tr("must be a JSON object"));
    file.close();
    const QJsonArray list =
        document ? document->value(QStringLiteral("backups")).toArray() : QJsonArray();
    if (!document) {
        const QString aside = m_path + QStringLiteral(".corrupt-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmssZ"));
        if (!QFile::rename(m_path, aside)) {
            return Error::operationFailed(
                tr("The backup catalog %1 cannot be read (%2) nor moved aside to %3")
                    .arg(m_path, document.error().message, aside));
        }
        m_notices.append(tr("The backup catalog %1 could not be read (%2); it was moved to %3 and "
                            "the backups will be found again.")
                             .arg(m_path, document.error().message, aside));
        return records;
    }
    // A profile moved or copied to another folder: its own backup folder moved with it.
    const QString home = document->value(QStringLiteral("home")).toString();
    const bool moved = !m_home.isEmpty() && !home.isEmpty() && home != m_home;
    for (const QJsonValue &value : list) {
        std::optional<BackupRecord> record = fromJson(value.toObject());
        if (!record) {
            m_notices.append(
                tr("%1: an entry of the backup catalog is incomplete and was dropped").arg(m_path));
            continue;
        }
        if (moved && record->destination == home)
            record->destination = m_home;
        records.append(*record);
    }
    return records;
}

void BackupCatalog::apply(QList<BackupRecord> &records, const Change &change)
{
    const auto matches = [&change](const BackupRecord &record) {
        return record.destination == change.destination && record.file == change.file;
    };
    switch (change.kind) {
    case Change::Kind::Put:
        records.removeIf(matches);
        records.append(change.record);
        break;
    case Change::Kind::Remove: records.removeIf(matches); break;
    case Change::Kind::Reconcile:
        records.removeIf([&change](const BackupRecord &record) {
            return record.destination == change.destination
                && record.state != BackupRecord::State::Quarantined
                && !change.files.contains(record.file);
        });
        for (auto it = change.files.cbegin(); it != change.files.cend(); ++it) {
            const bool known = std::any_of(records.cbegin(), records.cend(), [&](const auto &r) {
                return r.destination == change.destination && r.file == it.key();
            });
            if (known)
                continue;
            BackupRecord record;
            record.file = it.key();
            record.destination = change.destination;
            record.size = it.value();
            record.createdAt = BackupFileName::createdAt(it.key());
            if (!record.createdAt.isValid())
                continue;
            record.encrypted = it.key().endsWith(BackupFileName::encryptedSuffix());
            record.state = BackupRecord::State::Unverified;
            records.append(record);
        }
        break;
    }
}

void BackupCatalog::change(Change change)
{
    apply(m_records, change);
    m_pending.append(std::move(change));
}

Status BackupCatalog::save()
{
    // Under the lock, the changes made since load() go onto what the file holds now: a record
    // another process added meanwhile (a backup finished while this one verified) is kept.
    FileLock lock(m_path);
    if (Status locked = lock.lock(); !locked)
        return locked;
    Result<QList<BackupRecord>> current = readFile();
    if (!current)
        return current.error();
    QList<BackupRecord> records = *current;
    for (const Change &pending : std::as_const(m_pending))
        apply(records, pending);
    QJsonArray list;
    for (const BackupRecord &record : std::as_const(records))
        list.append(record.toJson());
    if (!PrivateFiles::makePath(QFileInfo(m_path).absolutePath()))
        return Error::operationFailed(
            tr("Cannot create the folder %1").arg(QFileInfo(m_path).absolutePath()));
    QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("backups"), list}};
    if (!m_home.isEmpty())
        root.insert(QStringLiteral("home"), m_home);
    if (Status written = writeFileAtomically(
            m_path, QJsonDocument(root).toJson(QJsonDocument::Indented), m_layer);
        !written) {
        return written;
    }
    m_records = records;
    m_pending.clear();
    return {};
}

QList<BackupRecord> BackupCatalog::at(const QString &destination) const
{
    QList<BackupRecord> found;
    for (const BackupRecord &record : m_records) {
        if (record.destination == destination)
            found.append(record);
    }
    std::sort(found.begin(), found.end(), [](const BackupRecord &a, const BackupRecord &b) {
        return a.createdAt > b.createdAt;
    });
    return found;
}

const BackupRecord *BackupCatalog::find(const QString &destination, const QString &file) const
{
    for (const BackupRecord &record : m_records) {
        if (record.destination == destination && record.file == file)
            return &record;
    }
    return nullptr;
}

void BackupCatalog::put(const BackupRecord &record)
{
    change({Change::Kind::Put, record.destination, record.file, record, {}});
}

void BackupCatalog::remove(const QString &destination, const QString &file)
{
    change({Change::Kind::Remove, destination, file, {}, {}});
}

QDateTime BackupRecord::currentAsOf() const
{
    return confirmedAt.isValid() && confirmedAt > createdAt ? confirmedAt : createdAt;
}

bool BackupRecord::isAheadOf(const QDateTime &now) const
{
    constexpr qint64 drift = 5 * 60;
    return createdAt > now.addSecs(drift);
}

std::optional<BackupRecord> BackupCatalog::newestVerified(const QDateTime &now) const
{
    std::optional<BackupRecord> newest;
    for (const BackupRecord &record : m_records) {
        if (record.state == BackupRecord::State::Verified && !record.isAheadOf(now)
            && (!newest || record.createdAt > newest->createdAt)) {
            newest = record;
        }
    }
    return newest;
}

QList<BackupRecord> BackupCatalog::aheadOf(const QDateTime &now) const
{
    QList<BackupRecord> ahead;
    for (const BackupRecord &record : m_records) {
        if (record.isAheadOf(now))
            ahead.append(record);
    }
    return ahead;
}

QStringList BackupCatalog::destinations() const
{
    QStringList found;
    for (const BackupRecord &record : m_records) {
        if (!found.contains(record.destination))
            found.append(record.destination);
    }
    return found;
}

void BackupCatalog::reconcile(const QString &destination, const QMap<QString, qint64> &files)
{
    change({Change::Kind::Reconcile, destination, {}, {}, files});
}

} // namespace Hubstate::Core
