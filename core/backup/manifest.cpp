#include "manifest.h"

#include "core/common/inputlimits.h"
#include "core/common/strictjson.h"
#include "core/common/jsonnumbers.h"
#include "core/common/timestamps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace Hubstate::Core {

const BackupManifest::Entry *BackupManifest::entry(const QString &name) const
{
    for (const Entry &candidate : entries) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

bool BackupManifest::isSafeEntryName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

QByteArray BackupManifest::toJson() const
{
    QJsonObject counted;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        counted.insert(it.key(), it.value());
    QJsonArray listed;
    for (const Entry &e : entries) {
        listed.append(
            QJsonObject{{QStringLiteral("name"), e.name},
                        {QStringLiteral("size"), e.size},
                        {QStringLiteral("sha256"), QString::fromLatin1(e.sha256.toHex())}});
    }
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("hubstate-backup")},
        {QStringLiteral("formatVersion"), formatVersion},
        {QStringLiteral("appVersion"), appVersion},
        {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("databaseVersion"), databaseVersion},
        {QStringLiteral("settingsVersion"), settingsVersion},
        {QStringLiteral("counts"), counted},
        {QStringLiteral("databaseChecks"), QJsonArray::fromStringList(databaseChecks)},
        {QStringLiteral("encrypted"), encrypted},
        {QStringLiteral("includesSecrets"), includesSecrets},
        {QStringLiteral("entries"), listed},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<BackupManifest> BackupManifest::fromJson(const QByteArray &json, const QString &source)
{
    const auto broken = [&source](const QString &path, const QString &rule) {
        return Error::damaged(tr("%1: %2 in the manifest: %3").arg(source, path, rule));
    };
    StrictJson reader(source + u'/' + entryName(), InputLimits::manifestBytes, ErrorCode::Damaged);
    const Result<QJsonObject> document = reader.readObject(json, tr("must be a JSON object"));
    if (!document)
        return document.error();
    const QJsonObject root = *document;
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("hubstate-backup"))
        return broken(QStringLiteral("format"), tr("must be \"hubstate-backup\""));

    BackupManifest manifest;
    const QJsonValue version = root.value(QStringLiteral("formatVersion"));
    if (!version.isDouble() || version.toInt() < 1)
        return broken(QStringLiteral("formatVersion"), tr("must be a positive integer"));
    manifest.formatVersion = version.toInt();
    if (manifest.formatVersion > currentFormatVersion) {
        return Error::invalidInput(
            tr("%1 was written by a newer Hubstate (backup format %2; this version reads up to "
               "%3). Update Hubstate to restore it.")
                .arg(source)
                .arg(manifest.formatVersion)
                .arg(currentFormatVersion));
    }
    manifest.appVersion = root.value(QStringLiteral("appVersion")).toString();
    manifest.createdAt = parseTimestamp(root.value(QStringLiteral("createdAt")).toString());
    if (!manifest.createdAt.isValid())
        return broken(QStringLiteral("createdAt"), tr("must be an ISO 8601 time"));
    manifest.databaseVersion = root.value(QStringLiteral("databaseVersion")).toInt(-1);
    manifest.settingsVersion = root.value(QStringLiteral("settingsVersion")).toInt(-1);
    if (manifest.databaseVersion < 0)
        return broken(QStringLiteral("databaseVersion"), tr("must be an integer of 0 or more"));
    if (manifest.settingsVersion < 0)
        return broken(QStringLiteral("settingsVersion"), tr("must be an integer of 0 or more"));
    const QJsonObject counted = root.value(QStringLiteral("counts")).toObject();
    for (auto it = counted.constBegin(); it != counted.constEnd(); ++it) {
        const std::optional<qint64> count = wholeNumber(it.value());
        if (!count || *count < 0)
            return broken(QStringLiteral("counts.") + it.key(),
                          tr("must be a whole number of 0 or more"));
        manifest.counts.insert(it.key(), *count);
    }
    for (const QJsonValue &check : root.value(QStringLiteral("databaseChecks")).toArray())
        manifest.databaseChecks.append(check.toString());
    manifest.encrypted = root.value(QStringLiteral("encrypted")).toBool();
    manifest.includesSecrets = root.value(QStringLiteral("includesSecrets")).toBool();

    const QJsonValue listed = root.value(QStringLiteral("entries"));
    if (!listed.isArray())
        return broken(QStringLiteral("entries"), tr("must be a list"));
    if (listed.toArray().size() > entryLimit)
        return broken(QStringLiteral("entries"), tr("lists more than %1 entries").arg(entryLimit));
    QSet<QString> names;
    int index = 0;
    for (const QJsonValue &value : listed.toArray()) {
        const QString path = QStringLiteral("entries[%1]").arg(index++);
        const QJsonObject object = value.toObject();
        Entry entry;
        entry.name = object.value(QStringLiteral("name")).toString();
        if (!isSafeEntryName(entry.name))
            return broken(path + QStringLiteral(".name"), tr("must be a plain file name"));
        if (names.contains(entry.name))
            return broken(path + QStringLiteral(".name"), tr("is listed twice"));
        names.insert(entry.name);
        const std::optional<qint64> size = wholeNumber(object.value(QStringLiteral("size")));
        if (!size || *size < 0)
            return broken(path + QStringLiteral(".size"), tr("must be a size of 0 or more"));
        entry.size = *size;
        entry.sha256 =
            QByteArray::fromHex(object.value(QStringLiteral("sha256")).toString().toLatin1());
        if (entry.sha256.size() != 32)
            return broken(path + QStringLiteral(".sha256"), tr("must be 64 hexadecimal digits"));
        manifest.entries.append(entry);
    }
    return manifest;
}

} // namespace Hubstate::Core
