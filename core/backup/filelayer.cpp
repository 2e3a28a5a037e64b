#include "filelayer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Hubstate::Core {

namespace {
constexpr qint64 kWritebackStep = 32 * 1024 * 1024;
}

qint64 FileLayer::write(int fd, const char *data, qint64 size)
{
    return ::write(fd, data, size_t(size));
}

int FileLayer::fsync(int fd)
{
    return ::fsync(fd);
}

int FileLayer::rename(const char *from, const char *to)
{
    return ::rename(from, to);
}

FileLayer &FileLayer::system()
{
    static FileLayer layer;
    return layer;
}

DurableFile::DurableFile(QString temporaryPath, QString finalPath, FileLayer &layer)
    : m_temporaryPath(std::move(temporaryPath))
    , m_finalPath(std::move(finalPath))
    , m_layer(layer)
{
}

DurableFile::~DurableFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_committed && m_fd != -1)
        QFile::remove(m_temporaryPath);
}

QString DurableFile::systemFailure(const char *what) const
{
    return tr("Cannot %1 %2: %3")
        .arg(tr(what), m_temporaryPath, QString::fromLocal8Bit(std::strerror(errno)));
}

Status DurableFile::create()
{
    m_fd = ::open(QFile::encodeName(m_temporaryPath).constData(),
                  O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (m_fd < 0) {
        m_fd = -1;
        return Error::operationFailed(systemFailure(QT_TR_NOOP("create")));
    }
    setOpenMode(QIODevice::WriteOnly);
    return {};
}

qint64 DurableFile::writeData(const char *data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const qint64 n = m_layer.write(m_fd, data + done, size - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (m_failure.isEmpty())
                m_failure = systemFailure(QT_TR_NOOP("write"));
            setErrorString(m_failure);
            return -1;
        }
        done += n;
    }
    if (m_hash)
        m_hash->addData(QByteArray(data, size));
    // Start writing back to disk as data comes, so that the final fsync has little left to
    // wait for (advisory: a failure here shows up at the fsync).
    m_unflushed += done;
    if (m_unflushed >= kWritebackStep) {
        ::sync_file_range(m_fd, m_flushedUpTo, m_unflushed, SYNC_FILE_RANGE_WRITE);
        m_flushedUpTo += m_unflushed;
        m_unflushed = 0;
    }
    return done;
}

void DurableFile::hashWhileWriting()
{
    m_hash = std::make_unique<Crypto::HashPipeline>();
}

QByteArray DurableFile::sha256()
{
    return m_hash ? m_hash->result() : QByteArray();
}

Status DurableFile::sync()
{
    if (!m_failure.isEmpty())
        return Error::operationFailed(m_failure);
    if (m_layer.fsync(m_fd) != 0)
        return Error::operationFailed(systemFailure(QT_TR_NOOP("flush to disk")));
    return {};
}

Status DurableFile::commit()
{
    if (Status synced = sync(); !synced)
        return synced;
    if (m_layer.rename(QFile::encodeName(m_temporaryPath).constData(),
                       QFile::encodeName(m_finalPath).constData())
        != 0) {
        return Error::operationFailed(
            tr("Cannot move %1 into place as %2: %3")
                .arg(m_temporaryPath, m_finalPath, QString::fromLocal8Bit(std::strerror(errno))));
    }
    m_committed = true;
    ::close(m_fd);
    m_fd = -2; // closed, and nothing to remove
    setOpenMode(QIODevice::NotOpen);

    const QString folder = QFileInfo(m_finalPath).absolutePath();
    const int dirFd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    const int rc = dirFd < 0 ? -1 : m_layer.fsync(dirFd);
    const QString reason = QString::fromLocal8Bit(std::strerror(errno));
    if (dirFd >= 0)
        ::close(dirFd);
    if (rc != 0)
        return Error::operationFailed(tr("Cannot flush folder %1 to disk: %2").arg(folder, reason));
    return {};
}

Status writeFileAtomically(const QString &path, const QByteArray &data, FileLayer &layer)
{
    // The caller holds the file's lock, so every temporary beside it was left by a writer
    // killed before its rename; one of them may even carry this process's id.
    const QFileInfo target(path);
    for (const QFileInfo &stale : target.dir().entryInfoList(
             {target.fileName() + QStringLiteral(".tmp-*")}, QDir::Files | QDir::Hidden))
        QFile::remove(stale.absoluteFilePath());
    DurableFile file(path + QStringLiteral(".tmp-") + QString::number(::getpid()), path, layer);
    if (Status created = file.create(); !created)
        return created;
    if (file.write(data) != data.size())
        return Error::operationFailed(file.failure());
    return file.commit();
}

} // namespace Hubstate::Core
