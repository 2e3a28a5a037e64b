#pragma once

#include <QString>
#include <QStringList>

namespace Hubstate::Core {

// Keys a later settings file version renamed. The user's file is migrated
// (core/settings/migrations/), but admin policies and configuration documents are not ours to
// rewrite: an old name there still applies to the key it became, with a warning naming both.
class RenamedSettings
{
public:
    // The key `oldKey` is called now, or empty when it was never renamed.
    static QString currentKey(const QString &oldKey);
    // Old names once below `group` ("performance" -> performance.syncInterval): a group lock
    // written for the old layout still holds them.
    static QStringList oldKeysUnder(const QString &group);
};

} // namespace Hubstate::Core
