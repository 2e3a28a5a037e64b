// Version 3 declared security.lockAfterIdle, "forget unlocked backup passwords after this long
// without use". Hubstate never keeps a backup password once it has opened or sealed the key
// (the backup key lives in the keychain), so there was nothing to forget and the setting did
// nothing. Version 4 drops it.
#include "../settingsmigration.h"

#include <QCoreApplication>

namespace Hubstate::Core {

namespace {

const QString kLockAfterIdle = IniFile::settingsKey(QStringLiteral("security.lockAfterIdle"));
const QString kFileVersion = QStringLiteral("meta/fileVersion");

QString tr(const char *text)
{
    return QCoreApplication::translate("Hubstate::Core::SettingsMigrator", text);
}

void up(RawSettings &raw, QStringList &notes)
{
    if (raw.contains(kLockAfterIdle)) {
        notes.append(tr("security.lockAfterIdle=%1 was dropped: Hubstate keeps no backup "
                        "password in memory, so there is nothing to forget when idle")
                         .arg(raw.take(kLockAfterIdle)));
    }
    raw.insert(kFileVersion, QStringLiteral("4"));
}

void down(RawSettings &raw, QStringList &)
{
    // Version 3 reads its default, which is what it did: nothing.
    raw.insert(kFileVersion, QStringLiteral("3"));
}

} // namespace

SettingsMigration migrationV3ToV4()
{
    return {3,
            QT_TRANSLATE_NOOP("Hubstate::Core::SettingsMigrator",
                              "Drop security.lockAfterIdle, which had nothing to lock"),
            up, down};
}

} // namespace Hubstate::Core
