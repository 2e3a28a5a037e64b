#include "renamedsettings.h"

#include "core/backup/destinationlist.h"

#include <QCoreApplication>

namespace Hubstate::Core {

namespace {

// File version 5: the one destination, a folder or a URL, is the only entry of the list.
QString oneDestinationAsList(const QString &location)
{
    if (location.trimmed().isEmpty())
        return {}; // the profile's own folder, in both versions
    return BackupDestinations::toJson({BackupDestinations::fromLocation(location)});
}

struct Rename
{
    const char *oldKey;
    const char *newKey;
    // The old value in the new key's terms; null when the value means the same.
    QString (*convert)(const QString &oldText);
};

// `newKey` is always the name in the schema now: renaming a key again updates its rows here.
constexpr Rename kRenames[] = {
    // File version 3: the plan's state flush interval became the one sync interval.
    {"performance.syncInterval", "sync.interval", nullptr},
    // File version 5.
    {"backup.destination", "backup.destinations", &oneDestinationAsList},
};

struct Removal
{
    const char *key;
    const char *reason;
};

constexpr Removal kRemovals[] = {
    // File version 4.
    {"security.lockAfterIdle",
     QT_TRANSLATE_NOOP("Hubstate::Core::RenamedSettings",
                       "Hubstate keeps no backup password in memory, so there is nothing to "
                       "forget when idle")},
};

} // namespace

QString RenamedSettings::removalReason(const QString &key)
{
    for (const Removal &removal : kRemovals) {
        if (key == QLatin1String(removal.key))
            return QCoreApplication::translate("Hubstate::Core::RenamedSettings", removal.reason);
    }
    return {};
}

QString RenamedSettings::unknownKeyMessage(const QString &key)
{
    if (const QString current = currentKey(key); !current.isEmpty())
        return QCoreApplication::translate("Hubstate::Core::RenamedSettings",
                                           "%1: this setting is called %2 now")
            .arg(key, current);
    if (const QString reason = removalReason(key); !reason.isEmpty())
        return QCoreApplication::translate("Hubstate::Core::RenamedSettings",
                                           "%1: this setting was removed (%2)")
            .arg(key, reason);
    return QCoreApplication::translate("Hubstate::Core::RenamedSettings", "%1: unknown setting")
        .arg(key);
}

QString RenamedSettings::currentKey(const QString &oldKey)
{
    for (const Rename &rename : kRenames) {
        if (oldKey == QLatin1String(rename.oldKey))
            return QLatin1String(rename.newKey);
    }
    return {};
}

QString RenamedSettings::currentValue(const QString &oldKey, const QString &oldText)
{
    for (const Rename &rename : kRenames) {
        if (oldKey == QLatin1String(rename.oldKey))
            return rename.convert ? rename.convert(oldText) : oldText;
    }
    return oldText;
}

QStringList RenamedSettings::oldKeysUnder(const QString &group)
{
    const QString prefix = group + u'.';
    QStringList keys;
    for (const Rename &rename : kRenames) {
        if (QLatin1String(rename.oldKey).startsWith(prefix))
            keys.append(QLatin1String(rename.oldKey));
    }
    return keys;
}

} // namespace Hubstate::Core
