#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace Hubstate::Core {

class PreferencesStore;

// Which verified backups to keep: the newest `keepLast`, plus the newest of each of the last
// `keepDaily` days, `keepWeekly` ISO weeks and `keepMonthly` months that have one (as restic
// and Borg count them). The newest verified backup is always kept.
struct RetentionPolicy
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::RetentionPolicy)

public:
    int keepLast = 10;
    int keepDaily = 0;
    int keepWeekly = 0;
    int keepMonthly = 0;

    static RetentionPolicy fromSettings(const PreferencesStore &settings);

    struct Plan
    {
        QList<int> keep; // indexes into the list given, with why
        QStringList reasons;
        QList<int> remove;
    };
    // `verifiedNewestFirst`: the creation times of the verified backups of one destination.
    // Refuses (Error::invalidInput) a policy that keeps nothing.
    [[nodiscard]] Result<Plan> plan(const QList<QDateTime> &verifiedNewestFirst) const;
};

} // namespace Hubstate::Core
