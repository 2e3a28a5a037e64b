#include "destinationlist.h"

#include "core/common/jsonnumbers.h"
#include "core/common/printable.h"
#include "core/common/strictjson.h"
#include "core/settings/preferencesstore.h"
#include "destination.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace Hubstate::Core {

namespace {

const QString kSetting = QStringLiteral("backup.destinations");

struct Count
{
    const char *member;
    const char *setting; // the default it stands in for, which has the same bounds
    int minimum;
    int maximum;
    std::optional<int> BackupDestination::Retention::*field;
};
const Count counts[] = {
    {"keepLast", "backup.maxBackups", 1, 1000, &BackupDestination::Retention::keepLast},
    {"keepDaily", "backup.keepDaily", 0, 366, &BackupDestination::Retention::keepDaily},
    {"keepWeekly", "backup.keepWeekly", 0, 520, &BackupDestination::Retention::keepWeekly},
    {"keepMonthly", "backup.keepMonthly", 0, 240, &BackupDestination::Retention::keepMonthly},
};

} // namespace

RetentionPolicy BackupDestination::retentionPolicy(const PreferencesStore &settings) const
{
    RetentionPolicy policy = RetentionPolicy::fromSettings(settings);
    if (retention) {
        policy.keepLast = retention->keepLast.value_or(policy.keepLast);
        policy.keepDaily = retention->keepDaily.value_or(policy.keepDaily);
        policy.keepWeekly = retention->keepWeekly.value_or(policy.keepWeekly);
        policy.keepMonthly = retention->keepMonthly.value_or(policy.keepMonthly);
    }
    return policy;
}

QString BackupDestinations::kindName(BackupDestination::Kind kind)
{
    switch (kind) {
    case BackupDestination::Kind::Folder: return QStringLiteral("folder");
    case BackupDestination::Kind::WebDav: return QStringLiteral("webdav");
    case BackupDestination::Kind::S3: return QStringLiteral("s3");
    }
    return {};
}

std::optional<BackupDestination::Kind> BackupDestinations::kindNamed(const QString &name)
{
    for (auto kind : {BackupDestination::Kind::Folder, BackupDestination::Kind::WebDav,
                      BackupDestination::Kind::S3}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

BackupDestination::Kind BackupDestinations::kindOf(const QString &location)
{
    const QString text = location.trimmed();
    if (text.startsWith(QLatin1String("s3://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("s3+http://"), Qt::CaseInsensitive))
        return BackupDestination::Kind::S3;
    if (isRemoteSpec(text))
        return BackupDestination::Kind::WebDav;
    return BackupDestination::Kind::Folder;
}

QString BackupDestinations::defaultName(const QString &location)
{
    const BackupDestination::Kind kind = kindOf(location);
    return kind == BackupDestination::Kind::Folder ? QStringLiteral("local") : kindName(kind);
}

BackupDestination BackupDestinations::fromLocation(const QString &location,
                                                   const QList<BackupDestination> &taken)
{
    const auto isTaken = [&taken](const QString &name) {
        return std::any_of(taken.cbegin(), taken.cend(), [&name](const BackupDestination &d) {
            return d.name.toCaseFolded() == name.toCaseFolded();
        });
    };
    const QString base = defaultName(location);
    BackupDestination destination;
    destination.name = base;
    for (int n = 2; isTaken(destination.name); ++n)
        destination.name = base + QString::number(n);
    destination.kind = kindOf(location);
    destination.location = location.trimmed();
    return destination;
}

QString BackupDestinations::nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("a name must not be empty");
    if (name != name.trimmed())
        return tr("a name must not start or end with a space");
    if (name.size() > maxNameCharacters)
        return tr("a name has at most %1 characters").arg(maxNameCharacters);
    for (const QChar c : name) {
        if (!c.isPrint())
            return tr("a name must not hold control characters");
    }
    return {};
}

Result<QList<BackupDestination>> BackupDestinations::parse(const QString &json,
                                                           const QString &source)
{
    QList<BackupDestination> list;
    if (json.trimmed().isEmpty())
        return list;
    const QByteArray bytes = json.toUtf8();
    StrictJson reader(source, 64 * 1024);
    Result<QJsonValue> read = reader.read(bytes);
    if (!read)
        return read.error();
    if (!read->isArray())
        return Error::invalidInput(tr("%1: must be a JSON array of destinations").arg(source));
    const QJsonArray array = read->toArray();
    if (array.size() > maxEntries) {
        return Error::invalidInput(tr("%1: lists %2 destinations, at most %3 are allowed")
                                       .arg(source)
                                       .arg(array.size())
                                       .arg(maxEntries));
    }
    QSet<QString> names;
    QSet<QString> locations;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(source).arg(i);
        const QJsonValue item = array.at(i);
        if (!item.isObject())
            return Error::invalidInput(
                tr("%1: must be an object with name, kind and location").arg(at));
        const QJsonObject object = item.toObject();
        // The entry's name first, so that every later message can say which one it is.
        const QJsonValue nameValue = object.value(QStringLiteral("name"));
        if (!nameValue.isString())
            return Error::invalidInput(tr("%1.name: is required and must be text").arg(at));
        BackupDestination destination;
        destination.name = nameValue.toString();
        const QString named = QStringLiteral("%1 (\"%2\")").arg(at, printable(destination.name));
        if (const QString problem = nameProblem(destination.name); !problem.isEmpty())
            return Error::invalidInput(tr("%1.name: %2").arg(named, problem));
        if (names.contains(destination.name.toCaseFolded())) {
            return Error::invalidInput(
                tr("%1.name: another destination has this name (names are unique, whatever "
                   "the case)")
                    .arg(named));
        }
        names.insert(destination.name.toCaseFolded());

        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            static const QStringList known{QStringLiteral("name"), QStringLiteral("kind"),
                                           QStringLiteral("location"), QStringLiteral("enabled"),
                                           QStringLiteral("retention")};
            if (!known.contains(it.key())) {
                return Error::invalidInput(
                    tr("%1: \"%2\" is not a member of a destination (name, kind, location, "
                       "enabled, retention)")
                        .arg(named, printable(it.key())));
            }
        }

        const QJsonValue kindValue = object.value(QStringLiteral("kind"));
        const std::optional<BackupDestination::Kind> kind =
            kindValue.isString() ? kindNamed(kindValue.toString()) : std::nullopt;
        if (!kind)
            return Error::invalidInput(
                tr("%1.kind: is required and must be one of folder, webdav, s3").arg(named));
        destination.kind = *kind;

        const QJsonValue locationValue = object.value(QStringLiteral("location"));
        if (!locationValue.isString() || locationValue.toString().trimmed().isEmpty())
            return Error::invalidInput(
                tr("%1.location: is required and must be a folder or a URL").arg(named));
        destination.location = locationValue.toString().trimmed();
        if (destination.location.size() > maxLocationCharacters) {
            return Error::invalidInput(tr("%1.location: is longer than %2 characters")
                                           .arg(named)
                                           .arg(maxLocationCharacters));
        }
        if (kindOf(destination.location) != destination.kind) {
            const QString rule = destination.kind == BackupDestination::Kind::Folder
                ? tr("a folder is a path, not a URL")
                : destination.kind == BackupDestination::Kind::WebDav
                ? tr("a WebDAV location starts with http:// or https://")
                : tr("an S3 location starts with s3:// or s3+http://");
            return Error::invalidInput(
                tr("%1.location: %2 (value: %3)")
                    .arg(named, rule, printable(displaySpec(destination.location))));
        }
        if (destination.kind == BackupDestination::Kind::Folder
            && !QDir::isAbsolutePath(destination.location)) {
            return Error::invalidInput(
                tr("%1.location: a folder must be an absolute path (value: %2)")
                    .arg(named, printable(destination.location)));
        }
        if (destination.location.contains(u'@')
            && destination.kind != BackupDestination::Kind::Folder) {
            // A password belongs in the keychain; user:password@ in the setting would put it
            // in a file in clear.
            const QString userInfo =
                destination.location.section(QLatin1String("://"), 1).section(u'/', 0, 0);
            if (userInfo.section(u'@', 0, -2).contains(u':')) {
                return Error::invalidInput(
                    tr("%1.location: holds a password; passwords and secret keys are kept in "
                       "the keychain, not in the settings")
                        .arg(named));
            }
        }
        const QString locationKey = destination.kind == BackupDestination::Kind::Folder
            ? QDir::cleanPath(destination.location)
            : displaySpec(destination.location);
        if (locations.contains(locationKey)) {
            return Error::invalidInput(
                tr("%1.location: another destination has the same location (value: %2)")
                    .arg(named, printable(displaySpec(destination.location))));
        }
        locations.insert(locationKey);

        if (object.contains(QStringLiteral("enabled"))) {
            const QJsonValue enabled = object.value(QStringLiteral("enabled"));
            if (!enabled.isBool())
                return Error::invalidInput(tr("%1.enabled: must be true or false").arg(named));
            destination.enabled = enabled.toBool();
        }

        if (object.contains(QStringLiteral("retention"))) {
            const QJsonValue retentionValue = object.value(QStringLiteral("retention"));
            if (!retentionValue.isObject())
                return Error::invalidInput(
                    tr("%1.retention: must be an object of keepLast, keepDaily, keepWeekly and "
                       "keepMonthly")
                        .arg(named));
            const QJsonObject retention = retentionValue.toObject();
            BackupDestination::Retention own;
            for (auto it = retention.constBegin(); it != retention.constEnd(); ++it) {
                const Count *count = nullptr;
                for (const Count &candidate : counts) {
                    if (it.key() == QLatin1String(candidate.member))
                        count = &candidate;
                }
                if (!count) {
                    return Error::invalidInput(
                        tr("%1.retention: \"%2\" is not one of keepLast, keepDaily, keepWeekly, "
                           "keepMonthly")
                            .arg(named, printable(it.key())));
                }
                const std::optional<qint64> number = wholeNumber(it.value());
                if (!number || *number < count->minimum || *number > count->maximum) {
                    return Error::invalidInput(
                        tr("%1.retention.%2: must be a whole number from %3 to %4, as %5")
                            .arg(named, it.key())
                            .arg(count->minimum)
                            .arg(count->maximum)
                            .arg(QLatin1String(count->setting)));
                }
                own.*(count->field) = int(*number);
            }
            destination.retention = own;
        }
        list.append(destination);
    }
    return list;
}

QString BackupDestinations::problem(const QString &json)
{
    Result<QList<BackupDestination>> parsed = parse(json);
    return parsed ? QString() : parsed.error().message;
}

QString BackupDestinations::toJson(const QList<BackupDestination> &destinations)
{
    QJsonArray array;
    for (const BackupDestination &destination : destinations) {
        QJsonObject object{{QStringLiteral("name"), destination.name},
                           {QStringLiteral("kind"), kindName(destination.kind)},
                           {QStringLiteral("location"), destination.location},
                           {QStringLiteral("enabled"), destination.enabled}};
        if (destination.retention) {
            QJsonObject retention;
            for (const Count &count : counts) {
                if (const std::optional<int> value = (*destination.retention).*(count.field))
                    retention.insert(QLatin1String(count.member), *value);
            }
            object.insert(QStringLiteral("retention"), retention);
        }
        array.append(object);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<BackupDestination> BackupDestinations::configured(const PreferencesStore &settings,
                                                        const QString &ownFolder)
{
    // The store holds only values that passed the schema's rule, so this parses.
    Result<QList<BackupDestination>> parsed = parse(settings.text(kSetting));
    if (parsed && !parsed->isEmpty())
        return *parsed;
    BackupDestination own;
    own.name = QStringLiteral("local");
    own.location = ownFolder;
    return {own};
}

QList<BackupDestination> BackupDestinations::enabled(const PreferencesStore &settings,
                                                     const QString &ownFolder)
{
    QList<BackupDestination> list = configured(settings, ownFolder);
    list.removeIf([](const BackupDestination &destination) { return !destination.enabled; });
    return list;
}

QString BackupDestinations::nameOf(const QList<BackupDestination> &list,
                                   const QString &catalogDestination)
{
    // A URL up to its settings (?region=...), without the slash that ends a collection.
    const auto core = [](const QString &url) {
        QString text = url.section(u'?', 0, 0);
        while (text.endsWith(u'/'))
            text.chop(1);
        return text;
    };
    for (const BackupDestination &destination : list) {
        if (destination.kind == BackupDestination::Kind::Folder) {
            if (!catalogDestination.contains(QLatin1String("://"))
                && QDir::cleanPath(destination.location) == QDir::cleanPath(catalogDestination))
                return destination.name;
        } else if (core(displaySpec(destination.location)) == core(catalogDestination)) {
            return destination.name;
        }
    }
    return {};
}

QStringList BackupDestinations::locations(const PreferencesStore &settings)
{
    QStringList list;
    Result<QList<BackupDestination>> parsed = parse(settings.text(kSetting));
    if (parsed) {
        for (const BackupDestination &destination : std::as_const(*parsed))
            list.append(destination.location);
    }
    return list;
}

} // namespace Hubstate::Core
