#include "integritycheck.h"

#include "core/settings/preferencesstore.h"
#include "layoutrepository.h"
#include "statedatabase.h"
#include "writeaheadlog.h"

namespace Hubstate::Core {

IntegrityCheck::Report IntegrityCheck::run(StateDatabase &database,
                                           const PreferencesStore &settings, bool full)
{
    Report report;
    Result<QStringList> damage = database.checkIntegrity(full);
    if (!damage)
        report.damage.append(damage.error().message);
    else
        report.damage = *damage;
    for (const QString &kept : WriteAheadLog::keptDamaged(database.path()))
        report.damage.append(WriteAheadLog::describeKept(kept));

    // Layouts are read only when the pages holding them can be trusted.
    if (report.damage.isEmpty()) {
        LayoutRepository layouts(database, LayoutRules::fromSettings(settings));
        Result<Violations> problems = layouts.checkAll();
        if (!problems)
            report.damage.append(problems.error().message);
        else
            report.layoutProblems = *problems;
    }
    report.settingsProblems = settings.notices();
    return report;
}

} // namespace Hubstate::Core
