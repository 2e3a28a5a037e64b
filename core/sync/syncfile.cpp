#include "syncfile.h"

#include "syncremote.h"

#include "core/common/jsonnumbers.h"
#include "core/common/strictjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Hubstate::Core {

namespace {

QString kindName(SyncFile::Kind kind)
{
    return kind == SyncFile::Kind::Segment ? QStringLiteral("segment") : QStringLiteral("snapshot");
}

// The members every file has: its format first, since a newer one may change the rest.
Status checkHead(const QJsonObject &object, const QString &source, const QString &kind,
                 const QString &device, const QString &numberKey, qint64 number)
{
    const std::optional<qint64> format = wholeNumber(object.value(QStringLiteral("format")));
    if (!format || *format < 1)
        return Error::damaged(
            SyncFile::tr("%1: \"format\" must be a positive whole number").arg(source));
    if (*format > SyncFile::currentFormat) {
        return Error::invalidInput(
            SyncFile::tr("%1: written in format %2, newer than this Hubstate reads (%3); update "
                         "Hubstate on this device to read it")
                .arg(source)
                .arg(*format)
                .arg(SyncFile::currentFormat));
    }
    if (object.value(QStringLiteral("kind")).toString() != kind
        || object.value(QStringLiteral("device")).toString() != device
        || wholeNumber(object.value(numberKey)) != number)
        return Error::damaged(SyncFile::tr("%1: its contents belong to another file").arg(source));
    return {};
}

} // namespace

QByteArray SyncFile::encodeChanges(Kind kind, const QString &device, qint64 number,
                                   const QList<SyncVersion> &changes)
{
    QJsonArray records;
    for (const SyncVersion &change : changes) {
        records.append(QJsonObject{
            {QStringLiteral("item"), change.item},
            {QStringLiteral("value"), change.value
                                          ? QJsonValue(QJsonDocument::fromJson(*change.value).object())
                                          : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("version"), change.version.toJson()},
            {QStringLiteral("stamp"), change.stamp.toString()},
            {QStringLiteral("parent"), change.parent},
        });
    }
    const QJsonObject file{
        {QStringLiteral("format"), currentFormat},
        {QStringLiteral("kind"), kindName(kind)},
        {QStringLiteral("device"), device},
        {QStringLiteral("number"), double(number)},
        {QStringLiteral("changes"), records},
    };
    return QJsonDocument(file).toJson(QJsonDocument::Compact);
}

Result<SyncFile::Changes> SyncFile::decodeChanges(const QByteArray &json, const QString &source,
                                                  Kind kind, const QString &device,
                                                  qint64 number)
{
    const qint64 limit =
        kind == Kind::Segment ? SyncRemote::maxSegmentBytes : SyncRemote::maxSnapshotBytes;
    StrictJson reader(source, limit, ErrorCode::Damaged);
    Result<QJsonObject> object = reader.readObject(json, tr("a sync file is a JSON object"));
    if (!object)
        return object.error();
    if (Status head = checkHead(*object, source, kindName(kind), device, QStringLiteral("number"),
                                number);
        !head)
        return head.error();
    const QJsonValue records = object->value(QStringLiteral("changes"));
    if (!records.isArray() || records.toArray().size() > maxRecords)
        return Error::damaged(tr("%1: \"changes\" must be a list of at most %2 records")
                                  .arg(source)
                                  .arg(maxRecords));
    Changes decoded;
    int index = 0;
    for (const QJsonValue &entry : records.toArray()) {
        const QJsonObject record = entry.toObject();
        const QString where = QStringLiteral("%1, changes[%2]").arg(source).arg(index++);
        const QJsonValue value = record.value(QStringLiteral("value"));
        const std::optional<SyncStamp> stamp =
            SyncStamp::fromString(record.value(QStringLiteral("stamp")).toString());
        const std::optional<VersionVector> version =
            VersionVector::fromJson(record.value(QStringLiteral("version")).toObject());
        const QString parent = record.value(QStringLiteral("parent")).toString();
        const QString item = record.value(QStringLiteral("item")).toString();
        if (!entry.isObject() || record.size() != 5 || !record.value(QStringLiteral("item")).isString()
            || item.isEmpty() || item.size() > 1000 || !(value.isObject() || value.isNull())
            || !stamp || !version || version->isEmpty()
            || !record.value(QStringLiteral("parent")).isString()
            || (!parent.isEmpty() && !SyncStamp::fromString(parent))) {
            decoded.problems.append(
                tr("%1: not a valid change record (item, value, version, stamp, parent)")
                    .arg(where));
            continue;
        }
        SyncVersion change;
        change.item = item;
        if (value.isObject())
            change.value = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        change.version = *version;
        change.stamp = *stamp;
        change.parent = parent;
        decoded.changes.append(std::move(change));
    }
    return decoded;
}

QByteArray SyncFile::encodeInfo(const QString &device, qint64 generation, const Info &info)
{
    QJsonObject cursors;
    for (auto it = info.cursors.cbegin(); it != info.cursors.cend(); ++it)
        cursors.insert(it.key(), double(it.value()));
    const QJsonObject object{
        {QStringLiteral("format"), currentFormat},
        {QStringLiteral("kind"), QStringLiteral("info")},
        {QStringLiteral("device"), device},
        {QStringLiteral("generation"), double(generation)},
        {QStringLiteral("name"), info.name},
        {QStringLiteral("written"), double(info.writtenMs)},
        {QStringLiteral("cursors"), cursors},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<SyncFile::Info> SyncFile::decodeInfo(const QByteArray &json, const QString &source,
                                            const QString &device, qint64 generation)
{
    StrictJson reader(source, SyncRemote::maxInfoBytes, ErrorCode::Damaged);
    Result<QJsonObject> object = reader.readObject(json, tr("a sync file is a JSON object"));
    if (!object)
        return object.error();
    if (Status head = checkHead(*object, source, QStringLiteral("info"), device,
                                QStringLiteral("generation"), generation);
        !head)
        return head.error();
    const QJsonValue name = object->value(QStringLiteral("name"));
    const std::optional<qint64> written = wholeNumber(object->value(QStringLiteral("written")));
    const QJsonValue cursors = object->value(QStringLiteral("cursors"));
    if (!name.isString() || name.toString().size() > 200 || !written || *written < 0
        || !cursors.isObject() || cursors.toObject().size() > 10000)
        return Error::damaged(tr("%1: a device file has a name (at most 200 characters), the "
                                 "time it was written and its cursors")
                                  .arg(source));
    Info info;
    info.name = name.toString();
    info.writtenMs = *written;
    const QJsonObject entries = cursors.toObject();
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        const std::optional<qint64> read = wholeNumber(it.value());
        if (!isSyncDeviceId(it.key()) || !read || *read < 0)
            return Error::damaged(
                tr("%1: cursors must map device ids to segment numbers").arg(source));
        info.cursors.insert(it.key(), *read);
    }
    return info;
}

} // namespace Hubstate::Core
