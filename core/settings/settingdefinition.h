#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Hubstate::Core {

enum class SettingType {
    Bool,
    Integer, // qint64, bounds inclusive
    Choice, // one of `choices`
    Text, // free text, optionally a maximum length
    Color, // #RRGGBB
    KeySequence, // portable text ("Ctrl+Shift+Z", chords separated by ", "); empty = unbound
};

// What the text of a setting names, so that editors offer a picker and the places that can see
// the database (the CLI, the window) check the name; the schema's validator cannot.
enum class SettingReference {
    None,
    Layout, // a layout template's type ("single") or the id of a stored layout
    Agent, // the id of a stored agent configuration
    Folder, // a local folder (a destination may also take a URL where its description says)
};

// Data classification from the plan; drives the privacy export.
enum class Classification { Public, Internal, Confidential, Secret };

// What a privacy export does with the value. New keys default to Never.
enum class ExportRule { Never, Include, Redact };

enum class SettingFlag {
    NoFlags = 0,
    Advanced = 0x1, // shown only in the advanced view
    RestartRequired = 0x2, // takes effect at the next start
    DeviceLocal = 0x4, // never synced to other devices: it describes this machine
};
Q_DECLARE_FLAGS(SettingFlags, SettingFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(SettingFlags)

// One setting, declared once in SettingsSchema. Label and description are source strings
// for QCoreApplication::translate("Hubstate::Core::SettingsSchema", ...).
struct SettingDefinition
{
    QString key; // dotted path, also the path in the configuration document
    SettingType type = SettingType::Bool;
    QVariant defaultValue;
    qint64 minimum = 0;
    qint64 maximum = 0;
    QStringList choices;
    const char *label = "";
    const char *description = "";
    QString page; // GUI page id
    QString group; // heading on that page
    Classification classification = Classification::Public;
    ExportRule exportRule = ExportRule::Never;
    SettingFlags flags;
    QString unit; // "ms", "bytes", "%", "px": see SettingUnits
    SettingReference reference = SettingReference::None;
    // For text that has a grammar of its own (backup.destinations): the rule the text breaks,
    // empty when it is sound.
    QString (*textRule)(const QString &text) = nullptr;

    QString translatedLabel() const;
    QString translatedDescription() const;
    bool isAdvanced() const { return flags.testFlag(SettingFlag::Advanced); }
    bool isDeviceLocal() const { return flags.testFlag(SettingFlag::DeviceLocal); }
};

QString toString(SettingType type);
QString toString(SettingReference reference);
QString toString(Classification classification);
QString toString(ExportRule rule);

} // namespace Hubstate::Core
