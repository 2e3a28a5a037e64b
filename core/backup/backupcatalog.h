#pragma once

#include "core/common/result.h"
#include "filelayer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>

namespace Hubstate::Core {

// One backup file that Hubstate wrote or found.
struct BackupRecord
{
    enum class State {
        Verified, // read back in full and every hash matched
        Unverified, // found at a destination, not yet read back: never counted by retention
        Quarantined, // failed verification: moved aside, never counted, never deleted
    };

    QString file; // file name
    QString destination; // a folder or a WebDAV URL without credentials
    QDateTime createdAt; // UTC, from the manifest
    qint64 size = 0;
    QByteArray sha256; // of the whole file
    QString appVersion;
    int databaseVersion = 0;
    int settingsVersion = 0;
    bool encrypted = false;
    bool includesSecrets = false;
    QString label; // "" or "safety" (taken before a restore)
    State state = State::Unverified;
    QDateTime verifiedAt;
    QString problem; // why it is quarantined
    // What the backup holds, in one value (BackupEngine::fingerprint): a scheduled backup
    // that finds the same writes nothing and sets confirmedAt instead.
    QByteArray fingerprint;
    // The same of the live database's files (with its -wal) as they were when the backup
    // began; set by scheduled backups, so that the next one can tell without a snapshot.
    QByteArray liveFingerprint;
    // The same of those files' identity and times, which needs no read.
    QByteArray stampFingerprint;
    QDateTime confirmedAt; // the profile was last found unchanged since this backup
    // The time the profile's state is known to be backed up as of: the later of createdAt
    // and confirmedAt.
    QDateTime currentAsOf() const;
    QMap<QString, qint64> counts;

    // A time from the file (its manifest or name) ahead of this machine's clock is not
    // believed: such a backup never counts as the newest, so it cannot push the schedule out
    // or be picked first for recovery. A few minutes are allowed for clocks that drift.
    bool isAheadOf(const QDateTime &now) const;

    static QString stateName(State state); // stable: verified | unverified | quarantined
    // As the catalog file and `backup list --json` give it.
    QJsonObject toJson() const;
};

// The list of backups, as a JSON file written atomically beside the profile's state. Kept out
// of the database on purpose: it must survive restoring the database and losing it.
class BackupCatalog
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::BackupCatalog)

public:
    // `home` is the profile's own backup folder: records of it follow the profile when the
    // profile is moved or copied to another folder.
    explicit BackupCatalog(QString path, FileLayer &layer = FileLayer::system(), QString home = {});

    // A missing file is an empty catalog. An unreadable one is moved aside (the backups
    // themselves are untouched and are found again by reconcile()); notices() says so.
    [[nodiscard]] Status load();
    // Writes the changes made since load() (put, remove, reconcile) onto what the file holds
    // now, under a lock shared with every other process and thread: two writers that loaded
    // the same catalog both keep their changes.
    [[nodiscard]] Status save();
    QStringList notices() const { return m_notices; }

    QList<BackupRecord> records() const { return m_records; }
    // Newest first.
    QList<BackupRecord> at(const QString &destination) const;
    const BackupRecord *find(const QString &destination, const QString &file) const;
    void put(const BackupRecord &record);
    void remove(const QString &destination, const QString &file);
    // The newest verified backup anywhere whose time is not ahead of `now`.
    std::optional<BackupRecord>
    newestVerified(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // Records whose time is ahead of `now`, which newestVerified() passes over.
    QList<BackupRecord> aheadOf(const QDateTime &now) const;
    // Destinations that hold at least one record: the ones this profile backs up to or was
    // pointed at.
    QStringList destinations() const;

    // Makes the records of a destination match the files it holds: records of files that
    // are gone are dropped, files without a record are added as unverified.
    void reconcile(const QString &destination, const QMap<QString, qint64> &filesWithSizes);

private:
    struct Change
    {
        enum class Kind { Put, Remove, Reconcile };
        Kind kind;
        QString destination;
        QString file;
        BackupRecord record; // Put
        QMap<QString, qint64> files; // Reconcile
    };
    static void apply(QList<BackupRecord> &records, const Change &change);
    void change(Change change);
    Result<QList<BackupRecord>> readFile();

    QString m_path;
    QString m_home;
    FileLayer &m_layer;
    QList<BackupRecord> m_records;
    QList<Change> m_pending;
    QStringList m_notices;
};

} // namespace Hubstate::Core
