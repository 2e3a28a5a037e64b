// Version 2 had two settings for one thing: the plan's performance.syncInterval (5 s to 5 min,
// set by the environment templates) and sync.interval (5 s to a day). Version 3 keeps only
// sync.interval, under the plan's rule.
#include "../settingsmigration.h"

#include <QCoreApplication>
#include <algorithm>

namespace Hubstate::Core {

namespace {

const QString kOldInterval = IniFile::settingsKey(QStringLiteral("performance.syncInterval"));
const QString kInterval = IniFile::settingsKey(QStringLiteral("sync.interval"));
const QString kFileVersion = QStringLiteral("meta/fileVersion");
// The plan's rule; version 3 declares sync.interval with it. Kept here, not read from the
// schema: this step must do the same whatever later versions declare.
constexpr qint64 kMinimum = 5000;
constexpr qint64 kMaximum = 300000;

QString tr(const char *text)
{
    return QCoreApplication::translate("Hubstate::Core::SettingsMigrator", text);
}

void up(RawSettings &raw, QStringList &notes)
{
    if (raw.contains(kOldInterval)) {
        const QString old = raw.take(kOldInterval);
        if (!raw.contains(kInterval)) {
            raw.insert(kInterval, old);
        } else if (old != raw.value(kInterval)) {
            notes.append(tr("performance.syncInterval=%1 was dropped: your own sync.interval=%2 "
                            "is the one sync interval now")
                             .arg(old, raw.value(kInterval)));
        }
    }
    // Read as the store reads integers. Text that is no number stays as it is: the store
    // reports it like any invalid value.
    bool isNumber = false;
    const qint64 interval = raw.value(kInterval).trimmed().toLongLong(&isNumber, 10);
    if (isNumber && (interval < kMinimum || interval > kMaximum)) {
        const qint64 kept = std::clamp(interval, kMinimum, kMaximum);
        raw.insert(kInterval, QString::number(kept));
        notes.append(tr("sync.interval was %1 ms, outside the new bounds of %2 to %3 ms; it is "
                        "now %4 ms")
                         .arg(interval)
                         .arg(kMinimum)
                         .arg(kMaximum)
                         .arg(kept));
    }
    raw.insert(kFileVersion, QStringLiteral("3"));
}

void down(RawSettings &raw, QStringList &)
{
    // Version 2 reads both keys. sync.interval stays: its value fits the wider bounds there.
    if (raw.contains(kInterval))
        raw.insert(kOldInterval, raw.value(kInterval));
    raw.insert(kFileVersion, QStringLiteral("2"));
}

} // namespace

SettingsMigration migrationV2ToV3()
{
    return {2,
            QT_TRANSLATE_NOOP("Hubstate::Core::SettingsMigrator",
                              "Keep one sync interval: performance.syncInterval becomes "
                              "sync.interval, from 5 s to 5 min"),
            up, down};
}

} // namespace Hubstate::Core
