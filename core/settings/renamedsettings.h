#pragma once

#include <QString>
#include <QStringList>

namespace Hubstate::Core {

// Keys a later settings file version renamed or removed. The user's file is migrated
// (core/settings/migrations/), but admin policies and configuration documents are not ours to
// rewrite: an old name there still applies to the key it became, with a warning naming both,
// and a removed key is ignored with a warning that says why it went.
class RenamedSettings
{
public:
    // The key `oldKey` is called now, or empty when it was never renamed.
    static QString currentKey(const QString &oldKey);
    // `oldText`, a value of `oldKey`, as a value of currentKey(oldKey): the same text unless
    // the rename changed its form (backup.destination's one location becomes a list).
    static QString currentValue(const QString &oldKey, const QString &oldText);
    // Old names once below `group` ("performance" -> performance.syncInterval): a group lock
    // written for the old layout still holds them.
    static QStringList oldKeysUnder(const QString &group);
    // Why `key` was removed, or empty when it never was.
    static QString removalReason(const QString &key);
    // "KEY: unknown setting", or for a key that was renamed or removed, what it is called now
    // or why it went: what a person who typed an old name needs to hear.
    static QString unknownKeyMessage(const QString &key);
};

} // namespace Hubstate::Core
