#pragma once

#include "core/common/filelock.h"
#include "core/profile/profile.h"

#include <QCoreApplication>

namespace Hubstate::Core {

// One backup, prune or restore at a time per profile. An flock() on a file in the profile's
// state folder: the kernel drops it when the holder exits, even by kill -9, so a crash never
// leaves a lock that blocks the next run (as a lock file with a PID in it can).
class OperationLock
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::OperationLock)

public:
    explicit OperationLock(const Profile &profile);
    ~OperationLock();
    OperationLock(const OperationLock &) = delete;
    OperationLock &operator=(const OperationLock &) = delete;

    // Error::operationFailed naming the lock when another process holds it.
    [[nodiscard]] Status tryLock();
    // Waits up to `wait` for the holder to finish.
    [[nodiscard]] Status lock(std::chrono::milliseconds wait);

private:
    FileLock m_lock;
};

} // namespace Hubstate::Core
