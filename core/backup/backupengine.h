#pragma once

#include "backupcatalog.h"
#include "backupreader.h"
#include "core/crypto/passwordkey.h"
#include "core/profile/profile.h"
#include "destination.h"

#include <functional>
#include <optional>

namespace Hubstate::Core {

class PreferencesStore;
class SecretStore;

// Creates, lists, verifies and prunes backups (docs/admin-backup.md): a consistent snapshot
// of the database, the preferences file and, in encrypted backups when
// backup.includeSecrets is on, the keychain's secrets, in a pax tar compressed with zstd and
// encrypted in the container of docs/backup-format.md. Every file is written as .partial,
// read back and verified in full, then moved into place and recorded in the catalog; only
// then does retention run.
class BackupEngine
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::BackupEngine)

public:
    // stage is translated text ("Snapshot", "Archive", "Verify", "Upload"); false cancels.
    using Progress = std::function<bool(const QString &stage, qint64 done, qint64 total)>;

    struct Options
    {
        QString destination; // empty: backup.destination, else the profile's backup folder
        std::optional<bool> encrypt; // empty: backup.encryption
        QString password; // optional; see keysFor()
        // Asked for a new password when there are no backup keys yet and none was given.
        std::function<std::optional<QString>()> askNewPassword;
        QString label; // "safety" for the backup a restore takes first
        bool prune = true;
        // When the profile holds exactly what the newest verified backup at the destination
        // holds (same database content, settings and secrets), write nothing and record that
        // the state was found unchanged (scheduled and --if-due backups).
        bool skipUnchanged = false;
        Progress progress;
        FileLayer *fileLayer = nullptr; // tests inject faults here
    };

    struct Outcome
    {
        BackupRecord record;
        QString location; // the file's path or URL
        QStringList pruned; // files retention removed
        QStringList notices;
        // Nothing changed since `record`, the newest backup: no file was written.
        bool unchanged = false;
    };

    BackupEngine(Profile profile, const PreferencesStore &settings, const SecretStore *secrets);

    [[nodiscard]] Result<Outcome> create(const Options &options);

    // How a new backup password becomes a key: security.keyDerivation, calibrated on this
    // machine.
    [[nodiscard]] KdfParameters newKeyParameters() const;

    // The destination's backups, newest first, after reconciling the catalog with what it holds.
    [[nodiscard]] Result<QList<BackupRecord>> list(const QString &destination = {});
    // Reads `file` in full. Only a backup at one of this profile's destinations is recorded
    // (verified, or quarantined when it fails); a file from elsewhere is reported only.
    // `origin` is the destination a downloaded copy came from (its display name), so that the
    // record is the remote file's and not the copy's.
    [[nodiscard]] Result<BackupManifest> verify(const QString &file, const BackupReader::Keys &keys,
                                                const QString &origin = {});
    // Applies retention to one destination's verified backups.
    [[nodiscard]] Result<QStringList> prune(const QString &destination = {});

    // A backup given as a URL at a destination (https://host/dav/hubstate-....hsbk) is
    // downloaded into `folder`; a local file is used where it is. Returns the local path.
    // `origin`, when given, receives the destination's display name (empty for a local file).
    [[nodiscard]] Result<QString> localCopy(const QString &fileOrUrl, const QString &folder,
                                            QString *origin = nullptr);

    // The keys to read backups with: the keychain's master key when there is one.
    BackupReader::Keys readingKeys(const QString &password = {}) const
    {
        return readingKeys(m_secrets, password);
    }
    static BackupReader::Keys readingKeys(const SecretStore *secrets, const QString &password);
    // Removes what killed runs left in the cache (the copy a backup was uploading, a backup
    // downloaded to verify or restore), never what a run still going uses. Returns the folders
    // removed. create() calls it; so does the CLI before any backup command.
    QStringList removeLeftovers() const;
    // The destination spec a blank one stands for.
    QString resolveDestination(const QString &destination) const;
    // Warns when no verified backup is newer than twice backup.interval (empty when fine).
    QString staleWarning(const QDateTime &now = QDateTime::currentDateTimeUtc());
    // When the next scheduled backup is due (now or in the past when one was missed).
    [[nodiscard]] Result<QDateTime> nextDue();

    BackupCatalog &catalog() { return m_catalog; }

private:
    struct Keys;
    Result<Keys> keysFor(const Options &options) const;
    Status lock();
    // The configured destination, the profile's own folder, or one the catalog holds records of.
    bool isOwnDestination(const QString &destination) const;
    Result<QList<BackupRecord>> reconcile(Destination &destination);
    Result<QStringList> applyRetention(Destination &destination);
    // When the newest verified backup at `destination` holds the same (as `holdsTheSame`
    // tells), records that the profile was found unchanged and returns the outcome to report.
    Result<std::optional<Outcome>>
    confirmUnchanged(Destination &destination, const QString &localFolder,
                     const std::function<bool(const BackupRecord &)> &holdsTheSame,
                     const QByteArray &stamp, const QByteArray &live);
    // Moves a failed backup aside into folder/quarantine and records why.
    [[nodiscard]] Status quarantine(const QString &folder, const QString &file,
                                    const QString &problem, BackupRecord record);

    Profile m_profile;
    const PreferencesStore &m_settings;
    const SecretStore *m_secrets;
    BackupCatalog m_catalog;
};

} // namespace Hubstate::Core
