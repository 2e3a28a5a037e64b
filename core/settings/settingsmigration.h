#pragma once

#include "inifile.h"

#include <QStringList>
#include <functional>

namespace Hubstate::Core {

// One step of the settings file ladder, from `fromVersion` to `fromVersion + 1` and back.
// Steps work on the raw file so that keys they do not know survive untouched.
struct SettingsMigration
{
    int fromVersion = 0;
    const char *description = "";
    std::function<void(RawSettings &)> up;
    std::function<void(RawSettings &)> down;
};

// The registered steps, in order, without gaps (checked by SettingsMigrator and its tests).
QList<SettingsMigration> settingsMigrations();

} // namespace Hubstate::Core
