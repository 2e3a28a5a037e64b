#include "filelock.h"

#include "privatefiles.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace Hubstate::Core {

FileLock::FileLock(const QString &guardedPath)
    : m_guarded(guardedPath)
    , m_path(guardedPath + QStringLiteral(".lock"))
{
}

FileLock::~FileLock()
{
    unlock();
}

void FileLock::unlock()
{
    if (m_fd >= 0) {
        ::close(m_fd); // releases the flock
        m_fd = -1;
    }
}

Status FileLock::lock(std::chrono::milliseconds wait)
{
    if (m_fd >= 0)
        return {};
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!PrivateFiles::makePath(folder))
        return Error::operationFailed(tr("Cannot create the folder %1").arg(folder));
    const int fd =
        ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        return Error::operationFailed(
            tr("Cannot open the lock %1: %2")
                .arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    const QDeadlineTimer deadline(wait);
    // Short naps first (most writes take milliseconds), then longer ones.
    int nap = 1;
    for (;;) {
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            m_fd = fd;
            return {};
        }
        if (errno != EWOULDBLOCK && errno != EINTR) {
            const QString reason = QString::fromLocal8Bit(std::strerror(errno));
            ::close(fd);
            return Error::operationFailed(tr("Cannot lock %1: %2").arg(m_path, reason));
        }
        if (deadline.hasExpired())
            break;
        QThread::msleep(std::min<qint64>(nap, std::max<qint64>(1, deadline.remainingTime())));
        nap = std::min(nap * 2, 50);
    }
    ::close(fd);
    return Error::operationFailed(
        tr("%1 is being written by another Hubstate process, which has held it for over %2 s "
           "(lock %3); try again when it is done")
            .arg(m_guarded)
            .arg(double(wait.count()) / 1000.0, 0, 'g', 3)
            .arg(m_path),
        busyDetail());
}

} // namespace Hubstate::Core
