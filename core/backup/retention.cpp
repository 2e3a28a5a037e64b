#include "retention.h"

#include "core/settings/preferencesstore.h"

#include <QSet>
#include <functional>

namespace Hubstate::Core {

RetentionPolicy RetentionPolicy::fromSettings(const PreferencesStore &settings)
{
    RetentionPolicy policy;
    policy.keepLast = settings.value(QStringLiteral("backup.maxBackups")).toInt();
    policy.keepDaily = settings.value(QStringLiteral("backup.keepDaily")).toInt();
    policy.keepWeekly = settings.value(QStringLiteral("backup.keepWeekly")).toInt();
    policy.keepMonthly = settings.value(QStringLiteral("backup.keepMonthly")).toInt();
    return policy;
}

Result<RetentionPolicy::Plan> RetentionPolicy::plan(const QList<QDateTime> &times) const
{
    if (keepLast < 1 && keepDaily < 1 && keepWeekly < 1 && keepMonthly < 1) {
        return Error::invalidInput(
            tr("The retention policy keeps no backup at all (backup.maxBackups and the daily, "
               "weekly and monthly counts are all 0); refusing to delete every backup."));
    }
    Plan plan;
    QList<QStringList> why(times.size());
    for (int i = 0; i < times.size() && i < qMax(keepLast, 1); ++i)
        why[i].append(i == 0 ? tr("newest") : tr("one of the newest %n", nullptr, keepLast));

    const auto bucket = [&](int count, const QString &reason,
                            const std::function<qint64(const QDate &)> &key) {
        QSet<qint64> seen;
        for (int i = 0; i < times.size() && seen.size() < count; ++i) {
            const qint64 k = key(times.at(i).toUTC().date());
            if (seen.contains(k))
                continue;
            seen.insert(k);
            why[i].append(reason);
        }
    };
    bucket(keepDaily, tr("daily"), [](const QDate &d) { return d.toJulianDay(); });
    bucket(keepWeekly, tr("weekly"), [](const QDate &d) {
        int year = 0;
        const int week = d.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    bucket(keepMonthly, tr("monthly"),
           [](const QDate &d) { return qint64(d.year()) * 100 + d.month(); });

    for (int i = 0; i < times.size(); ++i) {
        if (why.at(i).isEmpty()) {
            plan.remove.append(i);
        } else {
            plan.keep.append(i);
            plan.reasons.append(why.at(i).join(QStringLiteral(", ")));
        }
    }
    return plan;
}

} // namespace Hubstate::Core
