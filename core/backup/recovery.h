#pragma once

#include "backupreader.h"
#include "core/profile/profile.h"

namespace Hubstate::Core {

class SecretStore;

// Disaster recovery. At start-up a light check of the database and the settings file, then
// quick_check in the background (the full integrity_check first when the last run did not
// shut down cleanly); when something is damaged, the cascade (RecoveryCascade): the newest
// verified backup, then older ones, then the configured remote destination, then the
// defaults. Every rung is staged and validated before it is accepted, and only then are the
// damaged files moved aside together into corrupt-<time>/.
class Recovery
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::Recovery)

public:
    struct Finding
    {
        QStringList databaseDamage;
        QStringList settingsDamage;
        // Committed changes the database's log held and SQLite cannot read (the log is kept).
        // The database itself is sound, and newer than any backup: reported, not recovered.
        QStringList lostChanges;
        bool uncleanShutdown = false;
        bool completedRestore = false; // an interrupted restore was finished from its journal
        bool isDamaged() const { return !databaseDamage.isEmpty() || !settingsDamage.isEmpty(); }
    };
    struct Outcome
    {
        Finding finding;
        QString movedAside; // the corrupt-<time> folder
        QString restoredFrom; // a backup file or URL; empty when the defaults were used
        QStringList attempts; // each rung tried and why it was refused
        // No backup held the settings, and the settings file was cut short: what came before
        // the cut was written back here.
        QString keptBeforeCut;
    };

    // A marker that exists while Hubstate runs: found at start-up, it means a crash. When it
    // cannot be written, a crash goes unnoticed (no full check at the next start): say so.
    [[nodiscard]] static Status markRunning(const Profile &profile);
    // A marker that cannot be removed only costs a full check at the next start.
    static void markStopped(const Profile &profile);

    // At every start: a light check (the database opens and its header and schema read) and
    // the settings file; `full`, after an unclean shutdown, or when checkInBackground found
    // damage last time: integrity_check.
    [[nodiscard]] static Result<Finding> inspect(const Profile &profile, bool full);
    // quick_check of every page, for a thread of its own once the window is up; damage found is
    // recorded, so that the next start runs the full check and offers recovery.
    static QStringList checkInBackground(const Profile &profile);
    // Inspects fully and recovers when damaged, without asking anyone (a backup the keys do
    // not open counts as refused; with no rung left, the defaults); Outcome::finding says what
    // was found. RecoveryCascade takes it one rung at a time.
    [[nodiscard]] static Result<Outcome> recover(const Profile &profile, const SecretStore *secrets,
                                                 const BackupReader::Keys &keys);
};

} // namespace Hubstate::Core
