#include "privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Hubstate::Core::PrivateFiles {

namespace {

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

// Group or others may do anything at all with it.
bool isExposed(const QString &path, unsigned *mode)
{
    struct stat info
    {
    };
    if (::lstat(native(path).constData(), &info) != 0 || S_ISLNK(info.st_mode))
        return false;
    *mode = info.st_mode & 07777;
    return (info.st_mode & 0077) != 0;
}

} // namespace

bool makePath(const QString &folder)
{
    const QString clean = QDir::cleanPath(QDir(folder).absolutePath());
    // The missing folders, deepest first; the ones that exist are left as they are.
    QStringList missing;
    for (QString path = clean; !QFileInfo(path).exists() && path != QLatin1String("/");
         path = QFileInfo(path).absolutePath())
        missing.prepend(path);
    for (const QString &path : std::as_const(missing)) {
        // mkdir's mode goes through the umask: chmod says it exactly (0700 is narrower than
        // any umask leaves, except one that takes the owner's own bits).
        if (::mkdir(native(path).constData(), folderMode) == 0)
            ::chmod(native(path).constData(), folderMode);
        else if (errno != EEXIST)
            return false;
    }
    return QFileInfo(clean).isDir();
}

Status createFile(const QString &path)
{
    const int fd =
        ::open(native(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, fileMode);
    if (fd < 0) {
        if (errno == EEXIST)
            return {};
        return Error::operationFailed(
            QCoreApplication::translate("Hubstate::Core::PrivateFiles", "Cannot create %1: %2")
                .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    const bool restricted = ::fchmod(fd, fileMode) == 0;
    const QString reason = restricted ? QString() : QString::fromLocal8Bit(std::strerror(errno));
    ::close(fd);
    if (!restricted) {
        return Error::operationFailed(
            QCoreApplication::translate("Hubstate::Core::PrivateFiles",
                                        "Cannot make %1 private (mode 0600): %2")
                .arg(path, reason));
    }
    return {};
}

bool restrict(int fd)
{
    return fd >= 0 && ::fchmod(fd, fileMode) == 0;
}

bool restrict(const QString &path)
{
    return ::chmod(native(path).constData(), fileMode) == 0;
}

QStringList exposed(const QStringList &roots, int limit)
{
    QStringList found;
    QStringList seen;
    const auto check = [&](const QString &path) {
        unsigned mode = 0;
        if (found.size() < limit && !seen.contains(path) && isExposed(path, &mode)) {
            seen.append(path);
            found.append(QStringLiteral("%1 (mode %2)")
                             .arg(path, QString::number(mode, 8).rightJustified(4, u'0')));
        }
    };
    for (const QString &root : roots) {
        const QFileInfo info(root);
        if (!info.exists() || info.isSymLink())
            continue;
        check(info.absoluteFilePath());
        if (!info.isDir())
            continue;
        QDirIterator it(info.absoluteFilePath(),
                        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext() && found.size() < limit)
            check(it.next());
    }
    return found;
}

} // namespace Hubstate::Core::PrivateFiles
