#include "runfolder.h"

#include "core/common/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Hubstate::Core {

namespace {

QString lockPathOf(const QString &folder)
{
    return folder + QStringLiteral(".lock");
}

// True while `path` still names the file open as `fd`: a sweep may have unlinked it between
// open() and flock(), and a lock on an unlinked file guards nothing.
bool stillNamed(int fd, const QString &path)
{
    struct stat open = {};
    struct stat named = {};
    return ::fstat(fd, &open) == 0 && ::stat(QFile::encodeName(path).constData(), &named) == 0
        && open.st_dev == named.st_dev && open.st_ino == named.st_ino;
}

QString randomSuffix()
{
    static const char letters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString suffix;
    for (int i = 0; i < 6; ++i)
        suffix += QLatin1Char(letters[QRandomGenerator::system()->bounded(62)]);
    return suffix;
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// A folder and what is in it; a symbolic link goes itself, never what it points to.
bool removeFolder(const QString &folder)
{
    const QFileInfo info(folder);
    if (info.isSymLink())
        return QFile::remove(folder);
    return info.isDir() && QDir(folder).removeRecursively();
}

} // namespace

RunFolder::RunFolder(QString path, int lockFd)
    : m_path(std::move(path))
    , m_lockFd(lockFd)
{
}

RunFolder::~RunFolder()
{
    // The folder first: a run killed in between leaves a lock with no holder, which a sweep
    // removes; never a folder without its lock.
    QDir(m_path).removeRecursively();
    ::unlink(QFile::encodeName(lockPathOf(m_path)).constData());
    ::close(m_lockFd);
}

Result<std::unique_ptr<RunFolder>> RunFolder::create(const QString &parent, const QString &prefix)
{
    if (!PrivateFiles::makePath(parent))
        return Error::operationFailed(tr("Cannot create the folder %1").arg(parent));
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString folder = parent + u'/' + prefix + u'-' + randomSuffix();
        const QByteArray lock = QFile::encodeName(lockPathOf(folder));
        const int fd = ::open(lock.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0) {
            if (errno == EEXIST)
                continue;
            return Error::operationFailed(
                tr("Cannot create %1: %2").arg(lockPathOf(folder), errnoText()));
        }
        // A sweep that found the lock before it was held may have it now, or have removed it.
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0 || !stillNamed(fd, lockPathOf(folder))) {
            ::close(fd);
            continue;
        }
        if (::mkdir(QFile::encodeName(folder).constData(), 0700) != 0) {
            const int error = errno;
            ::unlink(lock.constData());
            ::close(fd);
            if (error == EEXIST) // an earlier version's folder of the same name
                continue;
            errno = error;
            return Error::operationFailed(
                tr("Cannot create the folder %1: %2").arg(folder, errnoText()));
        }
        return std::unique_ptr<RunFolder>(new RunFolder(folder, fd));
    }
    return Error::operationFailed(tr("Cannot create a working folder in %1").arg(parent));
}

QStringList RunFolder::sweep(const QString &parent, const QStringList &prefixes)
{
    QStringList escaped;
    for (const QString &prefix : prefixes)
        escaped.append(QRegularExpression::escape(prefix));
    const QRegularExpression pattern(
        QStringLiteral("^((?:%1)-[A-Za-z0-9]{6})(\\.lock)?$").arg(escaped.join(u'|')));
    QSet<QString> runs;
    const QStringList entries =
        QDir(parent).entryList(QDir::Dirs | QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        const QRegularExpressionMatch match = pattern.match(entry);
        if (match.hasMatch())
            runs.insert(match.captured(1));
    }
    QStringList removed;
    for (const QString &run : std::as_const(runs)) {
        const QString folder = parent + u'/' + run;
        const QString lock = lockPathOf(folder);
        const int fd = ::open(QFile::encodeName(lock).constData(), O_RDWR | O_CLOEXEC);
        if (fd < 0) {
            // No lock: a folder of an earlier version (a run of this one makes its lock first
            // and removes it last).
            if (errno == ENOENT && removeFolder(folder))
                removed.append(folder);
            continue;
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0 || !stillNamed(fd, lock)) {
            ::close(fd); // in use
            continue;
        }
        if (removeFolder(folder))
            removed.append(folder);
        ::unlink(QFile::encodeName(lock).constData());
        ::close(fd);
    }
    return removed;
}

} // namespace Hubstate::Core
