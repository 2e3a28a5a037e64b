#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace Hubstate::Core {

class PreferencesStore;
class SecretStore;
struct WebDavRetryPolicy;

// A place finished backup files are kept: a local folder, a WebDAV server, an S3 bucket. The
// engine builds and verifies every file locally first; a destination only stores, lists,
// fetches and deletes whole files, each operation complete or without effect (a store goes
// to a temporary name and is moved into place only once it arrived intact).
//
// Operations are synchronous (the CLI and the GUI's worker thread call them) and may be
// called from any thread that has no other event loop running.
class Destination
{
public:
    struct Entry
    {
        QString name; // file name, no folder
        qint64 size = -1;
        QDateTime modified; // UTC
    };
    // Reports progress of a transfer, in bytes; returning false cancels it.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // What the destination keeps and lists: backup files, or the files of a sync store.
    enum class FileKind { Backups, Sync };

    virtual ~Destination() = default;

    void setFileKind(FileKind kind) { m_fileKind = kind; }
    FileKind fileKind() const { return m_fileKind; }
    // isBackupFileName or isSyncFileName, by the kind.
    bool acceptsName(const QString &name) const;
    // Why `name` is refused, for messages.
    QString nameRule(const QString &name) const;

    // For messages and the catalog: the folder, or the URL without any credentials.
    virtual QString displayName() const = 0;
    // Where `file` is kept, as messages show it: FOLDER/FILE, or the file's URL (which
    // BackupEngine::localCopy reads back).
    virtual QString displayNameOf(const QString &file) const;
    // Reachable, authorised and writable, or an Error saying which not.
    [[nodiscard]] virtual Status testConnection() = 0;
    // Backup files only (.hsbk, .tar.zst, .tar); temporary and partial files are never listed.
    [[nodiscard]] virtual Result<QList<Entry>> list() = 0;
    // Uploads `localFile` as `name`, verifies that what arrived has `sha256` (re-reading it or
    // comparing the server's size and hash), and only then makes it visible under `name`.
    [[nodiscard]] virtual Status store(const QString &localFile, const QString &name,
                                       const QByteArray &sha256, const Progress &progress = {}) = 0;
    // Downloads `name` to `localFile` (written beside it, then renamed into place).
    [[nodiscard]] virtual Status fetch(const QString &name, const QString &localFile,
                                       const Progress &progress = {}) = 0;
    // Succeeds when `name` is not there afterwards, also when it was not there before (a
    // removal whose answer was lost and that was sent again must not fail).
    [[nodiscard]] virtual Status remove(const QString &name) = 0;

private:
    FileKind m_fileKind = FileKind::Backups;
};

// True for the names a destination keeps and lists: a plain file name (letters, digits, '.',
// '_', '-', '+'; not starting with '.') ending in .hsbk, .tar.zst or .tar. Temporary and partial
// names never qualify.
bool isBackupFileName(const QString &name);

// True for the names of a sync store's files: lower-case letters, digits, '.' and '-', not
// starting with '.', ending in .hsync (docs/sync.md).
bool isSyncFileName(const QString &name);

// A folder path, an http:// or https:// WebDAV URL (user name in the URL; its password from
// the keychain, see WebDavDestination::passwordSecretName), or an s3:// (s3+http://) URL of a
// bucket (S3Destination; the secret access key from the keychain). A space in a URL stands
// for %20.
// Error::invalidInput names what is wrong with `spec`, in one line and without a password.
// `settings` gives backup.allowInsecureHttp; without it a password never goes over plain
// http:// to another machine.
[[nodiscard]] Result<std::unique_ptr<Destination>>
openDestination(const QString &spec, const SecretStore *secrets,
                const PreferencesStore *settings = nullptr,
                const WebDavRetryPolicy *retry = nullptr); // nullptr: the default policy

// True for a destination on a server (a WebDAV or S3 URL), false for a folder.
bool isRemoteSpec(const QString &spec);

// A destination, or a backup file given as a path or URL, as messages show it: a URL without
// its password and percent-encoded, a path as it is.
QString displaySpec(const QString &spec);

} // namespace Hubstate::Core
