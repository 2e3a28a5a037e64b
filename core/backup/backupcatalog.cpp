#include "backupcatalog.h"

#include "backupfilename.h"
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

BackupCatalog::BackupCatalog(QString path, FileLayer &layer)
    : m_path(std::move(path))
    , m_layer(layer)
{
}

Status BackupCatalog::load()
{
    m_records.clear();
    m_notices.clear();
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return Error::operationFailed(tr("Cannot read %1: %2").arg(m_path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    file.close();
    const QJsonArray list = document.object().value(QStringLiteral("backups")).toArray();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QString aside = m_path + QStringLiteral(".corrupt-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmssZ"));
        QFile::rename(m_path, aside);
        m_notices.append(tr("The backup catalog %1 could not be read (%2); it was moved to %3 and "
                            "the backups will be found again.")
                             .arg(m_path, parseError.errorString(), aside));
        return {};
    }
    for (const QJsonValue &value : list) {
        if (std::optional<BackupRecord> record = fromJson(value.toObject()))
            m_records.append(*record);
        else
            m_notices.append(
                tr("%1: an entry of the backup catalog is incomplete and was dropped").arg(m_path));
    }
    return {};
}

Status BackupCatalog::save() const
{
    QJsonArray list;
    for (const BackupRecord &record : m_records)
        list.append(record.toJson());
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("backups"), list}};
    return writeFileAtomically(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented),
                               m_layer);
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
    remove(record.destination, record.file);
    m_records.append(record);
}

void BackupCatalog::remove(const QString &destination, const QString &file)
{
    m_records.removeIf([&](const BackupRecord &record) {
        return record.destination == destination && record.file == file;
    });
}

std::optional<BackupRecord> BackupCatalog::newestVerified() const
{
    std::optional<BackupRecord> newest;
    for (const BackupRecord &record : m_records) {
        if (record.state == BackupRecord::State::Verified
            && (!newest || record.createdAt > newest->createdAt)) {
            newest = record;
        }
    }
    return newest;
}

void BackupCatalog::reconcile(const QString &destination, const QMap<QString, qint64> &files)
{
    m_records.removeIf([&](const BackupRecord &record) {
        return record.destination == destination && record.state != BackupRecord::State::Quarantined
            && !files.contains(record.file);
    });
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (find(destination, it.key()))
            continue;
        BackupRecord record;
        record.file = it.key();
        record.destination = destination;
        record.size = it.value();
        record.createdAt = BackupFileName::createdAt(it.key());
        if (!record.createdAt.isValid())
            continue;
        record.encrypted = it.key().endsWith(BackupFileName::encryptedSuffix());
        record.state = BackupRecord::State::Unverified;
        m_records.append(record);
    }
}

} // namespace Hubstate::Core
