#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <chrono>

namespace Hubstate::Core {

// One writer at a time for a file that several processes (the GUI, the CLI, the hub, a timer)
// read, change and write back: an flock() on a lock file beside it. Each FileLock opens a
// descriptor of its own, so it also keeps threads of one process apart, and the kernel drops
// the lock when its holder dies, even by kill -9. The lock file is never removed: removing it
// would let two writers lock two different files. Not for a file that QSettings writes itself:
// QSettings takes the same NAME.lock with QLockFile, and merges under it on its own.
class FileLock
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::FileLock)

public:
    // Guards `guardedPath` through `guardedPath + ".lock"`.
    explicit FileLock(const QString &guardedPath);
    ~FileLock();
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

    static constexpr std::chrono::milliseconds defaultWait{10000};
    // Error::detail of a lock another holder kept past the wait.
    static QString busyDetail() { return QStringLiteral("busy"); }

    // Waits up to `wait` for the lock (zero: only tries); Error::operationFailed names the
    // file when another holder keeps it longer.
    [[nodiscard]] Status lock(std::chrono::milliseconds wait = defaultWait);
    void unlock();
    bool isLocked() const { return m_fd >= 0; }
    QString lockPath() const { return m_path; }

private:
    QString m_guarded;
    QString m_path;
    int m_fd = -1;
};

} // namespace Hubstate::Core
