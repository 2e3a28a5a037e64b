#pragma once

#include "core/common/result.h"
#include "core/settings/violation.h"

#include <QCoreApplication>

namespace Hubstate::Core {

class PreferencesStore;
class StateDatabase;

// `check`: the database's own checks (quick_check, or integrity_check when full;
// foreign_key_check), every stored layout against the rules, and the settings' notices.
class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::IntegrityCheck)

public:
    struct Report
    {
        QStringList damage; // the database itself: exit code 4
        Violations layoutProblems; // stored layouts breaking today's rules (and warnings)
        Violations settingsProblems; // what opening the settings and the policy found
        bool isClean() const
        {
            return damage.isEmpty() && !hasErrors(layoutProblems) && !hasErrors(settingsProblems);
        }
    };

    static Report run(StateDatabase &database, const PreferencesStore &settings, bool full);
};

} // namespace Hubstate::Core
