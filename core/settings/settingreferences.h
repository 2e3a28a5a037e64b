#pragma once

#include "../common/result.h"
#include "settingdefinition.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace Hubstate::Core {

// What the settings that name something (a layout, an agent) may name. Only the profile's
// database knows, and the schema's validator has none: each program that opens the database
// (the window, the CLI) installs one on its PreferencesStore, which then refuses an edit that
// names nothing, and the window's pickers list the choices.
class SettingReferences
{
public:
    struct Choice
    {
        QString value; // what the setting stores
        QString name; // what people know it by
        QString detail; // a short note beside the name ("4 panes", "disabled")
        bool enabled = true; // false: offered, but marked (a disabled agent)
    };

    virtual ~SettingReferences() = default;

    // Everything a setting of this kind may name, in the order a picker shows it.
    [[nodiscard]] virtual Result<QList<Choice>> choices(SettingReference reference) const = 0;
    // Ok when `value` names something that exists; else an invalid-input error naming the key
    // and the rule, or the database's own error when it could not be asked.
    [[nodiscard]] virtual Status check(const SettingDefinition &definition,
                                       const QVariant &value) const = 0;
};

} // namespace Hubstate::Core
