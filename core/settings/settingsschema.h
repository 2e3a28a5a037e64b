#pragma once

#include "settingdefinition.h"

#include <QList>
#include <QString>

namespace Hubstate::Core {

// Every setting Hubstate knows, declared once. Validation, the CLI, the GUI pages, search,
// "modified" markers, reset, policy locks, privacy export and migrations all read this.
class SettingsSchema
{
public:
    static const SettingsSchema &instance();

    const QList<SettingDefinition> &settings() const { return m_settings; }
    const SettingDefinition *find(const QString &key) const;
    bool contains(const QString &key) const { return find(key) != nullptr; }

    // Keys equal to `prefix` or below it ("privacy" -> privacy.telemetry, ...).
    QStringList keysUnder(const QString &prefix) const;
    // True when `path` names a group of settings (a strict prefix of some key).
    bool isGroup(const QString &path) const;

    QStringList pages() const;

    // Version of the settings file layout written by this build; see SettingsMigrator.
    static constexpr int currentFileVersion = 4;

private:
    SettingsSchema();
    QList<SettingDefinition> m_settings;
};

} // namespace Hubstate::Core
