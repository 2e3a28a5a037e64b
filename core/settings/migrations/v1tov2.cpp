// Version 1 kept the plan's flat local-storage names ("orchestrator_theme") in [General];
// version 2 groups dotted keys by section and records its version in [meta].
#include "../settingsmigration.h"

#include <QCoreApplication>

namespace Hubstate::Core {

namespace {

struct Rename
{
    const char *oldKey;
    const char *newKey;
};

// The version 1 names are the fields of the plan's interfaces, prefixed as its
// LocalStorageManager did.
constexpr Rename kRenames[] = {
    {"orchestrator_theme", "preferences.theme.mode"},
    {"orchestrator_accentColor", "preferences.theme.accentColor"},
    {"orchestrator_fontSize", "preferences.theme.fontSize"},
    {"orchestrator_highContrast", "preferences.theme.highContrast"},
    {"orchestrator_reducedMotion", "preferences.theme.reducedMotion"},
    {"orchestrator_defaultLayout", "preferences.layout.defaultLayout"},
    {"orchestrator_autoSaveInterval", "preferences.layout.autoSaveInterval"},
    {"orchestrator_showTabs", "preferences.layout.showTabs"},
    {"orchestrator_showHeaders", "preferences.layout.showHeaders"},
    {"orchestrator_synchronizedScrolling", "preferences.layout.synchronizedScrolling"},
    {"orchestrator_snapToGrid", "preferences.layout.snapToGrid"},
    {"orchestrator_environment", "environment"},
    {"orchestrator_multiAgent", "features.multiAgent"},
    {"orchestrator_customLayouts", "features.customLayouts"},
    {"orchestrator_agentMarketplace", "features.agentMarketplace"},
    {"orchestrator_collaboration", "features.collaboration"},
    {"orchestrator_advancedAnalytics", "features.advancedAnalytics"},
    {"orchestrator_maxAgents", "limits.maxAgents"},
    {"orchestrator_maxLayouts", "limits.maxLayouts"},
    {"orchestrator_maxPaneCount", "limits.maxPaneCount"},
    {"orchestrator_memoryLimit", "limits.memoryLimit"},
    {"orchestrator_storageLimit", "limits.storageLimit"},
    {"orchestrator_cacheSize", "performance.cacheSize"},
    {"orchestrator_syncInterval", "performance.syncInterval"},
    {"orchestrator_syncEnabled", "sync.enabled"},
    {"orchestrator_conflictResolution", "sync.conflictResolution"},
    {"orchestrator_backupEnabled", "backup.enabled"},
    {"orchestrator_backupInterval", "backup.interval"},
    {"orchestrator_maxBackups", "backup.maxBackups"},
    {"orchestrator_backupCompression", "backup.compression"},
    {"orchestrator_backupEncryption", "backup.encryption"},
    {"orchestrator_telemetry", "privacy.telemetry"},
    {"orchestrator_analytics", "privacy.analytics"},
    {"orchestrator_crashReports", "privacy.crashReports"},
    {"orchestrator_usageData", "privacy.usageData"},
    {"orchestrator_thirdPartySharing", "privacy.thirdPartySharing"},
};

const QString kVersionOne = QStringLiteral("orchestrator_version");
const QString kFileVersion = QStringLiteral("meta/fileVersion");
const QString kThemeMode = IniFile::settingsKey(QStringLiteral("preferences.theme.mode"));
const QString kOldTheme = QStringLiteral("orchestrator_theme");

void up(RawSettings &raw, QStringList &)
{
    for (const Rename &rename : kRenames) {
        const QString oldKey = QLatin1String(rename.oldKey);
        if (raw.contains(oldKey))
            raw.insert(IniFile::settingsKey(QLatin1String(rename.newKey)), raw.take(oldKey));
    }
    // Version 1 called the desktop-following mode "system".
    if (raw.value(kThemeMode) == QLatin1String("system"))
        raw.insert(kThemeMode, QStringLiteral("auto"));
    raw.remove(kVersionOne);
    raw.insert(kFileVersion, QStringLiteral("2"));
}

void down(RawSettings &raw, QStringList &)
{
    if (raw.value(kThemeMode) == QLatin1String("auto"))
        raw.insert(kThemeMode, QStringLiteral("system"));
    for (const Rename &rename : kRenames) {
        const QString newKey = IniFile::settingsKey(QLatin1String(rename.newKey));
        if (raw.contains(newKey))
            raw.insert(QLatin1String(rename.oldKey), raw.take(newKey));
    }
    raw.remove(kFileVersion);
    raw.insert(kVersionOne, QStringLiteral("1.0.0"));
}

} // namespace

SettingsMigration migrationV1ToV2()
{
    return {1,
            QT_TRANSLATE_NOOP("Hubstate::Core::SettingsMigrator",
                              "Group the flat version 1 names into dotted keys by section"),
            up, down};
}

} // namespace Hubstate::Core
