#include "settingsmigrator.h"

#include "../common/atomicfile.h"
#include "../common/filelock.h"
#include "settingsschema.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace Hubstate::Core {

SettingsMigration migrationV1ToV2();
SettingsMigration migrationV2ToV3();
SettingsMigration migrationV3ToV4();

QList<SettingsMigration> settingsMigrations()
{
    return {migrationV1ToV2(), migrationV2ToV3(), migrationV3ToV4()};
}

namespace {

const QString kFileVersion = QStringLiteral("meta/fileVersion");

QList<SettingsMigrator::Change> diff(const RawSettings &before, const RawSettings &after)
{
    using Change = SettingsMigrator::Change;
    QList<Change> changes;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            changes.append({Change::Kind::Removed, it.key(), it.value(), {}});
        else if (after.value(it.key()) != it.value())
            changes.append({Change::Kind::Changed, it.key(), it.value(), after.value(it.key())});
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            changes.append({Change::Kind::Added, it.key(), {}, it.value()});
    }
    return changes;
}

} // namespace

QString SettingsMigrator::Change::toString() const
{
    switch (kind) {
    case Kind::Added: return QStringLiteral("+ %1=%2").arg(key, newValue);
    case Kind::Removed: return QStringLiteral("- %1=%2").arg(key, oldValue);
    case Kind::Changed: return QStringLiteral("~ %1=%2 -> %3").arg(key, oldValue, newValue);
    }
    return {};
}

int SettingsMigrator::currentVersion()
{
    return SettingsSchema::currentFileVersion;
}

Result<int> SettingsMigrator::detectVersion(const RawSettings &raw, const QString &fileName)
{
    if (raw.contains(kFileVersion)) {
        bool ok = false;
        const int version = raw.value(kFileVersion).toInt(&ok);
        if (!ok || version < 1) {
            return Error::damaged(
                SettingsMigrator::tr("%1: [meta] fileVersion must be a whole number from 1 up "
                                     "(value: %2)")
                    .arg(fileName, raw.value(kFileVersion)));
        }
        return version;
    }
    // Version 1 had no [meta]; its keys carried the plan's "orchestrator_" prefix.
    for (auto it = raw.cbegin(); it != raw.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("orchestrator_")))
            return 1;
    }
    return currentVersion();
}

Status SettingsMigrator::checkLadder()
{
    const QList<SettingsMigration> steps = settingsMigrations();
    for (int version = 1; version < currentVersion(); ++version) {
        const int count = std::count_if(steps.cbegin(), steps.cend(), [version](const auto &s) {
            return s.fromVersion == version;
        });
        if (count != 1) {
            return Error::operationFailed(
                SettingsMigrator::tr(
                    "settings migrations: expected one step from version %1, found %2")
                    .arg(version)
                    .arg(count));
        }
    }
    if (steps.size() != currentVersion() - 1) {
        return Error::operationFailed(
            SettingsMigrator::tr("settings migrations: a step leads beyond version %1")
                .arg(currentVersion()));
    }
    return {};
}

Result<SettingsMigrator::Plan> SettingsMigrator::plan(const RawSettings &raw,
                                                      const QString &fileName, int targetVersion)
{
    Result<int> detected = detectVersion(raw, fileName);
    if (!detected)
        return detected.error();
    const int from = *detected;
    if (from > currentVersion()) {
        return Error::operationFailed(
            SettingsMigrator::tr(
                "%1 was written by a newer Hubstate (file version %2; this one knows up to %3); "
                "it is left untouched")
                .arg(fileName)
                .arg(from)
                .arg(currentVersion()));
    }
    if (targetVersion < 1 || targetVersion > currentVersion()) {
        return Error::invalidInput(
            SettingsMigrator::tr("no settings file version %1; versions run from 1 to %2")
                .arg(targetVersion)
                .arg(currentVersion()));
    }
    if (Status ladder = checkLadder(); !ladder)
        return ladder.error();

    Plan plan;
    plan.fromVersion = from;
    plan.toVersion = targetVersion;
    plan.result = raw;
    const QList<SettingsMigration> steps = settingsMigrations();
    const auto stepFrom = [&steps](int version) {
        return *std::find_if(steps.cbegin(), steps.cend(),
                             [version](const auto &s) { return s.fromVersion == version; });
    };
    for (int version = from; version < targetVersion; ++version) {
        const SettingsMigration step = stepFrom(version);
        step.up(plan.result, plan.notes);
        plan.steps.append(SettingsMigrator::tr("%1 -> %2: %3")
                              .arg(version)
                              .arg(version + 1)
                              .arg(SettingsMigrator::tr(step.description)));
    }
    for (int version = from; version > targetVersion; --version) {
        const SettingsMigration step = stepFrom(version - 1);
        step.down(plan.result, plan.notes);
        plan.steps.append(SettingsMigrator::tr("%1 -> %2: undo \"%3\"")
                              .arg(version)
                              .arg(version - 1)
                              .arg(SettingsMigrator::tr(step.description)));
    }
    plan.changes = diff(raw, plan.result);
    return plan;
}

QString SettingsMigrator::backupPathFor(const QString &path, int version)
{
    const QString base = path + QStringLiteral(".v") + QString::number(version);
    QString candidate = base + QStringLiteral(".bak");
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = base + u'.' + QString::number(n) + QStringLiteral(".bak");
    return candidate;
}

Result<SettingsMigrator::Plan> SettingsMigrator::migrateFile(const QString &path, int targetVersion,
                                                             bool dryRun)
{
    // One writer at a time: a `config set` beside the migration waits for it.
    FileLock lock(path);
    if (Status locked = lock.lock(); !locked)
        return locked.error();
    Result<RawSettings> raw = IniFile::read(path);
    if (!raw)
        return raw.error();
    Result<Plan> planned = plan(*raw, path, targetVersion);
    if (!planned || dryRun || planned->isNoOp() || !QFileInfo::exists(path))
        return planned;
    Plan result = std::move(planned).value();
    result.backupFile = backupPathFor(path, result.fromVersion);
    if (Status copied = AtomicFile::copyNew(path, result.backupFile); !copied)
        return copied.error();
    if (Status written = IniFile::write(path, result.result); !written)
        return written.error();
    return result;
}

} // namespace Hubstate::Core
