// Version 4 had one backup destination, backup.destination (a folder or a URL). Version 5 has
// a list, backup.destinations (docs/admin-backup.md): the one destination becomes its only
// entry.
#include "../settingsmigration.h"
#include "core/backup/destinationlist.h"

#include <QCoreApplication>
#include <QDir>

namespace Hubstate::Core {

namespace {

const QString kOne = IniFile::settingsKey(QStringLiteral("backup.destination"));
const QString kList = IniFile::settingsKey(QStringLiteral("backup.destinations"));
const QString kFileVersion = QStringLiteral("meta/fileVersion");

QString tr(const char *text)
{
    return QCoreApplication::translate("Hubstate::Core::SettingsMigrator", text);
}

bool sameLocation(const BackupDestination &destination, const QString &location)
{
    if (destination.kind == BackupDestination::Kind::Folder)
        return QDir::cleanPath(destination.location) == QDir::cleanPath(location.trimmed());
    return destination.location == location.trimmed();
}

void up(RawSettings &raw, QStringList &notes)
{
    raw.insert(kFileVersion, QStringLiteral("5"));
    const QString one = raw.value(kOne).trimmed();
    QList<BackupDestination> list;
    if (raw.contains(kList)) {
        // Left by a step down: the list is the admin's, and backup.destination joins it unless
        // it is already there (changed while version 4 was in use).
        Result<QList<BackupDestination>> kept = BackupDestinations::parse(raw.value(kList));
        if (!kept) {
            notes.append(tr("backup.destinations was left as it is and is not used: %1")
                             .arg(kept.error().message));
            return;
        }
        list = *kept;
        if (one.isEmpty() || std::any_of(list.cbegin(), list.cend(), [&one](const auto &d) {
                return sameLocation(d, one);
            })) {
            raw.remove(kOne);
            return;
        }
    }
    if (one.isEmpty()) {
        raw.remove(kOne);
        return;
    }
    list.prepend(BackupDestinations::fromLocation(one, list));
    const QString json = BackupDestinations::toJson(list);
    if (const QString problem = BackupDestinations::problem(json); !problem.isEmpty()) {
        // Kept under its old name, which version 5 does not read: nothing is lost, and the
        // note says what to fix.
        notes.append(tr("backup.destination=%1 was not moved to backup.destinations: %2")
                         .arg(raw.value(kOne), problem));
        return;
    }
    raw.insert(kList, json);
    raw.remove(kOne);
}

void down(RawSettings &raw, QStringList &notes)
{
    raw.insert(kFileVersion, QStringLiteral("4"));
    if (!raw.contains(kList) || raw.contains(kOne))
        return;
    Result<QList<BackupDestination>> list = BackupDestinations::parse(raw.value(kList));
    if (!list || list->isEmpty())
        return;
    // Version 4 backs up to one place: the first enabled destination. The list stays (version 4
    // leaves keys it does not know alone) for the step up to take back.
    const auto first = std::find_if(list->cbegin(), list->cend(),
                                    [](const BackupDestination &d) { return d.enabled; });
    if (first == list->cend()) {
        notes.append(tr("No destination in backup.destinations is enabled: version 4 backs up "
                        "to the profile's own backup folder"));
        return;
    }
    raw.insert(kOne, first->location);
    if (list->size() > 1) {
        notes.append(tr("Version 4 backs up to one destination: %1 (\"%2\"); the %3 others in "
                        "backup.destinations are not used until the file is migrated up again")
                         .arg(BackupDestinations::kindName(first->kind), first->name)
                         .arg(list->size() - 1));
    }
}

} // namespace

SettingsMigration migrationV4ToV5()
{
    return {4,
            QT_TRANSLATE_NOOP("Hubstate::Core::SettingsMigrator",
                              "Make the one backup.destination a list, backup.destinations"),
            up, down};
}

} // namespace Hubstate::Core
