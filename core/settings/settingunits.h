#pragma once

#include "settingdefinition.h"
#include "violation.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace Hubstate::Core {

// How people read and type the numbers of settings that have a unit in the schema: durations
// (stored in ms) as "30 s", "5 min" or "1 day", sizes (stored in bytes) as "512 MiB",
// percentages as "150 %" and pixels as "200 px". The stored value, the settings file, the
// configuration document and the CLI's output keep the raw number in the schema's unit.
class SettingUnits
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::SettingUnits)

public:
    enum class Kind { None, Duration, Size, Percent, Pixels };

    struct Unit
    {
        QString symbol; // written after the number: "ms", "s", "min", "h", "d", "MiB", "%"
        qint64 factor = 1; // in the schema's unit (ms, bytes)
        bool operator==(const Unit &other) const { return symbol == other.symbol; }
    };

    static Kind kind(const SettingDefinition &definition);
    // Every unit of a kind, smallest first.
    static QList<Unit> units(Kind kind);
    // The units an editor offers for this setting, smallest first: those its bounds make worth
    // choosing, plus whatever `value` needs to be shown whole.
    static QList<Unit> unitsFor(const SettingDefinition &definition, qint64 value);
    // The largest offered unit that shows `value` as a whole number (30000 ms: 30 s).
    static Unit bestUnit(const SettingDefinition &definition, qint64 value);

    // "30 s", "5 min", "1 day", "2 days", "512 MiB", "150 %", "200 px"; the bare number for a
    // setting without a unit.
    static QString format(const SettingDefinition &definition, qint64 value);
    static QString format(qint64 amount, const Unit &unit);
    // The unit's name in a chooser: "seconds", "minutes", "MiB".
    static QString chooserName(const Unit &unit);
    // "1 s to 5 min": the bounds as people read them.
    static QString rangeText(const SettingDefinition &definition);

    // Parses what a person typed: a bare number in the schema's unit ("30000"), or a number
    // and a unit of the setting's kind with or without a space ("30s", "5 min", "1.5h",
    // "512MiB"). Strict: one number, one unit, nothing else; a fraction only where the result
    // is a whole number of the schema's unit; ambiguous units (MB, GB) refused. The result is
    // checked against the setting's bounds as well. The violation names the key and the rule.
    static std::optional<Violation> parse(const SettingDefinition &definition, const QString &text,
                                          qint64 *value);

    // What a search for a unit should find on this setting: its schema unit and the symbols
    // and names of its kind's units ("ms", "s", "min", "seconds", ...; "bytes", "MiB", ...).
    static QStringList searchTerms(const SettingDefinition &definition);
};

} // namespace Hubstate::Core
