#pragma once

#include "inifile.h"

#include <QStringList>
#include <functional>

namespace Hubstate::Core {

// One step of the settings file ladder, from `fromVersion` to `fromVersion + 1` and back.
// Steps work on the raw file so that keys they do not know survive untouched.
struct SettingsMigration
{
    // A step that changes a user's value rather than only moving it (clamps it to new bounds,
    // drops it for another) says so in `notes`, translated: nothing changes unreported.
    using Step = std::function<void(RawSettings &raw, QStringList &notes)>;

    int fromVersion = 0;
    const char *description = "";
    Step up;
    Step down;
};

// The registered steps, in order, without gaps (checked by SettingsMigrator and its tests).
QList<SettingsMigration> settingsMigrations();

} // namespace Hubstate::Core
