#include "operationlock.h"

#include "core/common/privatefiles.h"

#include <QDir>
#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace Hubstate::Core {

OperationLock::OperationLock(const Profile &profile)
    : m_path(profile.stateDirectory() + QStringLiteral("/backup.lock"))
{
}

OperationLock::~OperationLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the flock
}

Status OperationLock::tryLock()
{
    PrivateFiles::makePath(m_path.section(u'/', 0, -2));
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd < 0) {
        return Error::operationFailed(
            tr("Cannot open the lock %1: %2")
                .arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(m_fd);
        m_fd = -1;
        return Error::operationFailed(
            tr("Another backup, prune or restore of this profile is running (lock %1).")
                .arg(m_path));
    }
    return {};
}

} // namespace Hubstate::Core
