#include "syncmerge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace Hubstate::Core {

namespace {

using Fields = QMap<QString, QJsonValue>;

const QString metadataKey = QStringLiteral("metadata");
const QString settingsKey = QStringLiteral("settings");
const QString arrangementField = QStringLiteral("arrangement");
const QStringList arrangementMembers = {QStringLiteral("type"), QStringLiteral("grid"),
                                        QStringLiteral("referenceSize"), QStringLiteral("panes")};

Fields layoutFields(const QJsonObject &layout)
{
    Fields fields;
    fields.insert(QStringLiteral("name"), layout.value(QStringLiteral("name")));
    QJsonObject arrangement;
    for (const QString &member : arrangementMembers)
        arrangement.insert(member, layout.value(member));
    fields.insert(arrangementField, arrangement);
    const QJsonObject settings = layout.value(settingsKey).toObject();
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it)
        fields.insert(settingsKey + u'.' + it.key(), it.value());
    const QJsonObject metadata = layout.value(metadataKey).toObject();
    fields.insert(QStringLiteral("tags"), metadata.value(QStringLiteral("tags")));
    fields.insert(QStringLiteral("userId"), metadata.value(QStringLiteral("userId")));
    return fields;
}

QJsonObject layoutFromFields(const Fields &fields, const QJsonObject &mine,
                             const QJsonObject &theirs)
{
    QJsonObject layout = mine;
    layout.insert(QStringLiteral("name"), fields.value(QStringLiteral("name")));
    const QJsonObject arrangement = fields.value(arrangementField).toObject();
    for (const QString &member : arrangementMembers)
        layout.insert(member, arrangement.value(member));
    QJsonObject settings;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (it.key().startsWith(settingsKey + u'.') && !it.value().isUndefined())
            settings.insert(it.key().mid(settingsKey.size() + 1), it.value());
    }
    layout.insert(settingsKey, settings);
    QJsonObject metadata = mine.value(metadataKey).toObject();
    const QJsonObject theirMetadata = theirs.value(metadataKey).toObject();
    metadata.insert(QStringLiteral("tags"), fields.value(QStringLiteral("tags")));
    const QJsonValue owner = fields.value(QStringLiteral("userId"));
    if (owner.isUndefined())
        metadata.remove(QStringLiteral("userId"));
    else
        metadata.insert(QStringLiteral("userId"), owner);
    // ISO 8601 UTC text with milliseconds sorts as the times do.
    const QString myUpdate = metadata.value(QStringLiteral("updatedAt")).toString();
    const QString theirUpdate = theirMetadata.value(QStringLiteral("updatedAt")).toString();
    metadata.insert(QStringLiteral("updatedAt"), std::max(myUpdate, theirUpdate));
    const QString myCreation = metadata.value(QStringLiteral("createdAt")).toString();
    const QString theirCreation = theirMetadata.value(QStringLiteral("createdAt")).toString();
    metadata.insert(QStringLiteral("createdAt"), std::min(myCreation, theirCreation));
    layout.insert(metadataKey, metadata);
    return layout;
}

Fields objectFields(const QJsonObject &object)
{
    Fields fields;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        fields.insert(it.key(), it.value());
    return fields;
}

QJsonObject objectFromFields(const Fields &fields)
{
    QJsonObject object;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!it.value().isUndefined())
            object.insert(it.key(), it.value());
    }
    return object;
}

} // namespace

SyncMerge SyncMerge::merge(const QString &kind, const QByteArray &base, const QByteArray &mine,
                           const QByteArray &theirs)
{
    const QJsonObject baseObject = QJsonDocument::fromJson(base).object();
    const QJsonObject myObject = QJsonDocument::fromJson(mine).object();
    const QJsonObject theirObject = QJsonDocument::fromJson(theirs).object();
    const bool layout = kind == QLatin1String("layout");
    const Fields baseFields = layout ? layoutFields(baseObject) : objectFields(baseObject);
    const Fields myFields = layout ? layoutFields(myObject) : objectFields(myObject);
    const Fields theirFields = layout ? layoutFields(theirObject) : objectFields(theirObject);

    QStringList names = baseFields.keys() + myFields.keys() + theirFields.keys();
    names.removeDuplicates();
    names.sort();
    SyncMerge result;
    Fields merged;
    for (const QString &name : std::as_const(names)) {
        const QJsonValue was = baseFields.value(name, QJsonValue(QJsonValue::Undefined));
        const QJsonValue my = myFields.value(name, QJsonValue(QJsonValue::Undefined));
        const QJsonValue their = theirFields.value(name, QJsonValue(QJsonValue::Undefined));
        if (my == their || their == was)
            merged.insert(name, my);
        else if (my == was)
            merged.insert(name, their);
        else
            result.conflictingFields.append(name);
    }
    if (!result.conflictingFields.isEmpty())
        return result;
    const QJsonObject object =
        layout ? layoutFromFields(merged, myObject, theirObject) : objectFromFields(merged);
    result.merged = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return result;
}

} // namespace Hubstate::Core
