#pragma once

#include "backupreader.h"
#include "core/profile/profile.h"
#include "filelayer.h"

#include <QSet>
#include <functional>

namespace Hubstate::Core {

class PreferencesStore;
class SecretStore;

// Restores a backup, or chosen parts of it, without ever making things worse:
//  1. stage: the backup is read in full into a staging folder beside the database, every hash
//     checked; an older database or settings file is migrated forward there, a newer one
//     refused; the staged database must pass integrity_check;
//  2. preview: exactly what would change (settings with old and new values, layouts and
//     agents added, removed or changed, history counts, secrets);
//  3. apply: a safety backup of the current state first, then a journal of the file swaps,
//     then the swaps (renames, no stale -wal/-shm), then the keychain. A restore killed midway
//     is completed from the journal at the next start (completePending), so the state is the
//     old one or the new one, never a mix.
class RestoreEngine
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::RestoreEngine)

public:
    enum class Part { Settings, Layouts, Agents, History, Secrets };
    static QString partName(Part part); // stable: settings | layouts | agents | history | secrets
    static QList<Part> allParts();
    // "settings,layouts" -> parts; Error::invalidInput names an unknown part.
    [[nodiscard]] static Result<QSet<Part>> parseParts(const QString &list);

    struct SettingChange
    {
        QString key; // dotted
        QString before; // empty: not set (the default applies)
        QString after;
    };
    struct ItemChange
    {
        enum class Kind { Added, Removed, Changed };
        Kind kind;
        QString id;
        QString name;
    };
    struct Preview
    {
        QList<SettingChange> settings;
        QList<ItemChange> layouts;
        QList<ItemChange> agents;
        QMap<QString, qint64> countsBefore; // conversations, messages
        QMap<QString, qint64> countsAfter;
        QStringList secrets; // names that would be written to the keychain
        // The backup holds a backup master key; it is written only with restoreBackupKey.
        bool holdsBackupKey = false;
        bool isEmpty() const;
    };
    struct Report
    {
        Preview changes;
        QString safetyBackup; // path of the backup taken first
        QStringList notices;
    };
    using Progress = std::function<bool(const QString &stage)>;

    struct Options
    {
        QSet<Part> parts; // empty: everything the backup holds
        bool dryRun = false;
        bool safetyBackup = true;
        // Also replace this profile's backup master key with the backup's (restoring on a new
        // machine); off, the key stays whatever it is and later backups keep being sealed
        // with it.
        bool restoreBackupKey = false;
        // Called with "Safety backup", "Prepare", "Restore" (translated); false cancels. The
        // last chance is "Restore", before the journal is written: nothing has changed then.
        Progress progress;
        FileLayer *fileLayer = nullptr;
        // Called on apply()'s thread right before the files are swapped and right after (also
        // when the swap failed): a program that holds the database or the settings open (the
        // GUI) closes them first and reopens them after, so that no connection keeps the old
        // file.
        std::function<void()> beforeSwap;
        std::function<void()> afterSwap;
    };

    RestoreEngine(Profile profile, PreferencesStore *settings, const SecretStore *secrets);
    ~RestoreEngine();

    // Stages `file`, previews, and unless dryRun applies. The staging folder is removed in
    // every case.
    [[nodiscard]] Result<Report> restore(const QString &file, const BackupReader::Keys &keys,
                                         const Options &options);

    // Step by step, for the restore wizard.
    [[nodiscard]] Result<BackupManifest> stage(const QString &file, const BackupReader::Keys &keys);
    [[nodiscard]] Result<Preview> preview(const QSet<Part> &parts);
    [[nodiscard]] Result<Report> apply(const QSet<Part> &parts, const Options &options);
    void discardStaging();

    // Finishes a restore that was interrupted after its journal was written; true when one was.
    // Every program calls it before it reads the state. A restore that is running (it holds
    // the operation lock while it swaps, and the staging lock while it prepares) is waited
    // for while it swaps and otherwise left alone: only what a dead one left is touched.
    [[nodiscard]] static Result<bool> completePending(const Profile &profile);

private:
    struct Staging;
    // The swaps the journal lists; the caller holds the operation lock.
    static Result<bool> finishJournal(const Profile &profile);
    Result<QString> buildDatabase(const QSet<Part> &parts);
    Result<QString> buildSettings();
    Status indexSecrets(const QStringList &names) const;

    Profile m_profile;
    PreferencesStore *m_settings;
    const SecretStore *m_secrets;
    std::unique_ptr<Staging> m_staging;
};

} // namespace Hubstate::Core
