#pragma once

#include "settingsmigration.h"

#include <QCoreApplication>

namespace Hubstate::Core {

// Moves a settings file up or down the version ladder one step at a time. Before it changes a
// file it keeps the old one as `<file>.v<N>.bak` (never overwriting an earlier backup); a file
// from a newer version is never touched.
class SettingsMigrator
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::SettingsMigrator)

public:
    struct Change
    {
        enum class Kind { Added, Removed, Changed };
        Kind kind = Kind::Changed;
        QString key; // as in the file: "group/key"
        QString oldValue;
        QString newValue;
        QString toString() const;
    };

    struct Plan
    {
        int fromVersion = 0;
        int toVersion = 0;
        QStringList steps; // translated descriptions, in order
        QList<Change> changes;
        QStringList notes; // what the steps did to values beyond moving them, translated
        RawSettings result;
        QString backupFile; // set by migrateFile when a backup was written
        bool isNoOp() const { return fromVersion == toVersion; }
    };

    static int currentVersion();
    // The version a file's contents declare; Error::damaged when the declaration is unreadable.
    static Result<int> detectVersion(const RawSettings &raw, const QString &fileName);

    // The ladder is complete: one step from each version 1..current-1. Tests check this.
    static Status checkLadder();

    static Result<Plan> plan(const RawSettings &raw, const QString &fileName, int targetVersion);
    // Plans and, unless `dryRun`, backs up and rewrites `path` atomically.
    static Result<Plan> migrateFile(const QString &path, int targetVersion, bool dryRun);

    static QString backupPathFor(const QString &path, int version);
};

} // namespace Hubstate::Core
