#pragma once

#include "core/common/result.h"
#include "core/crypto/hashpipeline.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <memory>

namespace Hubstate::Core {

// The system calls that make a backup file or the catalog durable, behind one seam so that
// tests can make the Nth write, fsync or rename fail (EIO, ENOSPC) and check that nothing is
// lost. Production code uses FileLayer::system().
class FileLayer
{
public:
    virtual ~FileLayer() = default;
    // Each returns what the system call returns (-1 with errno set on failure).
    virtual qint64 write(int fd, const char *data, qint64 size);
    virtual int fsync(int fd);
    virtual int rename(const char *from, const char *to);

    static FileLayer &system();
};

// A new file written through a FileLayer: created exclusively, flushed and synced by
// commit(), which also renames it into place and syncs the folder. Destroyed without commit(),
// the file is removed, so a failure never leaves a half-written file under any name but the
// temporary one (and not even that unless the process dies).
class DurableFile : public QIODevice
{
    Q_OBJECT

public:
    DurableFile(QString temporaryPath, QString finalPath, FileLayer &layer = FileLayer::system());
    ~DurableFile() override;

    [[nodiscard]] Status create();
    // Syncs the file without moving it (for a read-back before it is made visible).
    [[nodiscard]] Status sync();
    // Syncs, renames over the final path, syncs the folder.
    [[nodiscard]] Status commit();
    QString temporaryPath() const { return m_temporaryPath; }
    // Hashes every byte written (on another core), for the SHA-256 of the whole file without
    // reading it again; call before the first write.
    void hashWhileWriting();
    QByteArray sha256(); // of everything written; empty unless hashWhileWriting()
    // The first write error, naming the file and the system's reason.
    QString failure() const { return m_failure; }

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    QString systemFailure(const char *what) const;

    QString m_temporaryPath;
    QString m_finalPath;
    FileLayer &m_layer;
    QString m_failure;
    std::unique_ptr<Crypto::HashPipeline> m_hash;
    int m_fd = -1;
    qint64 m_flushedUpTo = 0;
    qint64 m_unflushed = 0;
    bool m_committed = false;
};

// Replaces `path` with `data` atomically through `layer`. The caller holds the lock of `path`
// (a FileLock or the OperationLock): temporaries beside it are then stale and removed.
[[nodiscard]] Status writeFileAtomically(const QString &path, const QByteArray &data,
                                         FileLayer &layer = FileLayer::system());

} // namespace Hubstate::Core
