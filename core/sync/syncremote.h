#pragma once

#include "core/backup/destination.h"
#include "core/backup/webdavclient.h"
#include "core/common/result.h"
#include "core/crypto/passwordkey.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <memory>

namespace Hubstate::Core {

class PreferencesStore;
class SecretStore;

// The sync store's header (store.hsync, the one file in clear): which store it is and how the
// passphrase becomes its key. It holds no user data.
struct SyncStoreHeader
{
    static constexpr int currentFormat = 1;
    int format = currentFormat;
    QString storeId; // 16 hex digits
    KdfParameters kdf;
    QByteArray salt;
    QByteArray check; // seals a known text: tells a wrong passphrase from damage

    QByteArray toJson() const;
    // Strict: Damaged naming `source` and the rule when anything is off, InvalidInput for a
    // store of a newer format.
    static Result<SyncStoreHeader> parse(const QByteArray &json, const QString &source);
};

// The keys of one store: everything on the remote is sealed with AES-256-GCM under a key
// derived from the passphrase, the file's name bound in as associated data (a file moved to
// another name, or another store's file, fails to open).
class SyncVault
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::SyncVault)

public:
    // From the key the passphrase gave (kept in the keychain).
    SyncVault(QByteArray rootKey, QString storeId);
    ~SyncVault();
    SyncVault(const SyncVault &) = delete;
    SyncVault &operator=(const SyncVault &) = delete;

    [[nodiscard]] static Result<QByteArray> deriveRootKey(const QString &passphrase,
                                                          const SyncStoreHeader &header);
    // The check value a header holds for this key.
    [[nodiscard]] Result<QByteArray> makeCheck() const;
    // WrongPassword when the key does not open the header's check.
    [[nodiscard]] Status verify(const SyncStoreHeader &header) const;

    [[nodiscard]] Result<QByteArray> seal(const QString &name, const QByteArray &plain) const;
    // Damaged (naming `source`) when the data was changed, truncated or belongs elsewhere.
    [[nodiscard]] Result<QByteArray> open(const QString &name, const QByteArray &sealed,
                                          const QString &source) const;
    // Local sealing of secret values in the sync state (never in clear in sync.db).
    [[nodiscard]] Result<QByteArray> sealLocal(const QByteArray &plain) const;
    [[nodiscard]] Result<QByteArray> openLocal(const QByteArray &sealed) const;
    QByteArray mac(const QByteArray &data) const;

    QByteArray rootKey() const { return m_rootKey; }

private:
    QByteArray m_rootKey;
    QByteArray m_blobKey;
    QByteArray m_localKey;
    QString m_storeId;
};

// The files of a sync store in one flat folder (a local folder or a WebDAV collection),
// reached through the backup destinations' code: every device writes only names of its own,
// never overwrites a file, and finds the others' by one listing (docs/sync.md, "Remote
// layout"). File names carry only random ids and numbers.
class SyncRemote
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::SyncRemote)

public:
    enum class FileType { Segment, Snapshot, DeviceInfo };

    struct DeviceFiles
    {
        QMap<qint64, qint64> segments; // number -> size
        QMap<qint64, qint64> snapshots; // last segment it covers -> size
        QMap<qint64, qint64> infos; // generation -> size
    };

    struct Listing
    {
        bool hasHeader = false;
        QHash<QString, DeviceFiles> devices;
    };

    // Largest files read: a hostile server cannot make a device read without bound.
    static constexpr qint64 maxHeaderBytes = 16 * 1024;
    static constexpr qint64 maxSegmentBytes = 16 * 1024 * 1024;
    static constexpr qint64 maxSnapshotBytes = 256 * 1024 * 1024;
    static constexpr qint64 maxInfoBytes = 256 * 1024;

    static QString headerName() { return QStringLiteral("store.hsync"); }
    static QString fileName(const QString &device, FileType type, qint64 number);

    SyncRemote(std::unique_ptr<Destination> destination, QString scratchFolder);
    ~SyncRemote();

    // `spec` is a folder or a WebDAV URL, as for backups (openDestination).
    [[nodiscard]] static Result<std::unique_ptr<SyncRemote>>
    open(const QString &spec, const SecretStore *secrets, const PreferencesStore *settings,
         const QString &scratchFolder, const WebDavRetryPolicy &retry);

    QString displayName() const;
    int requests() const { return m_requests; }
    qint64 bytesSent() const { return m_bytesSent; }
    qint64 bytesReceived() const { return m_bytesReceived; }

    [[nodiscard]] Status prepare(); // creates the folder; checks it is writable
    [[nodiscard]] Result<Listing> list();
    [[nodiscard]] Result<QByteArray> get(const QString &name, qint64 listedSize, qint64 maxSize);
    [[nodiscard]] Status put(const QString &name, const QByteArray &data);
    [[nodiscard]] Status remove(const QString &name);

private:
    std::unique_ptr<Destination> m_destination;
    QString m_scratch;
    int m_requests = 0;
    qint64 m_bytesSent = 0;
    qint64 m_bytesReceived = 0;
};

} // namespace Hubstate::Core
