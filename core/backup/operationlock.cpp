#include "operationlock.h"

namespace Hubstate::Core {

OperationLock::OperationLock(const Profile &profile)
    : m_lock(profile.stateDirectory() + QStringLiteral("/backup"))
{
}

OperationLock::~OperationLock() = default;

Status OperationLock::tryLock()
{
    if (Status locked = m_lock.lock(std::chrono::milliseconds(0)); !locked) {
        // Said in the operation's words: it is another backup, prune or restore, not a writer.
        if (locked.error().detail != FileLock::busyDetail())
            return locked;
        return Error::operationFailed(
            tr("Another backup, prune or restore of this profile is running (lock %1).")
                .arg(m_lock.lockPath()));
    }
    return {};
}

} // namespace Hubstate::Core

namespace Hubstate::Core {

Status OperationLock::lock(std::chrono::milliseconds wait)
{
    return m_lock.lock(wait);
}

} // namespace Hubstate::Core
