#include "atomicfile.h"

#include "privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Hubstate::Core::AtomicFile {

namespace {

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

Status fsyncPath(const QString &path, int flags)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), flags | O_CLOEXEC);
    if (fd < 0) {
        return Error::operationFailed(
            QCoreApplication::translate("Hubstate::Core::AtomicFile", "Cannot open %1: %2")
                .arg(path, errnoText()));
    }
    const int rc = ::fsync(fd);
    const QString reason = rc == 0 ? QString() : errnoText();
    ::close(fd);
    if (rc != 0) {
        return Error::operationFailed(
            QCoreApplication::translate("Hubstate::Core::AtomicFile", "Cannot flush %1 to disk: %2")
                .arg(path, reason));
    }
    return {};
}

} // namespace

Status sync(const QString &path)
{
    return fsyncPath(path, O_RDONLY);
}

Status syncDirectory(const QString &directory)
{
    return fsyncPath(directory, O_RDONLY | O_DIRECTORY);
}

Status replace(const QString &source, const QString &target)
{
    if (::rename(QFile::encodeName(source).constData(), QFile::encodeName(target).constData())
        != 0) {
        return Error::operationFailed(
            QCoreApplication::translate("Hubstate::Core::AtomicFile",
                                        "Cannot move %1 into place as %2: %3")
                .arg(source, target, errnoText()));
    }
    return syncDirectory(QFileInfo(target).absolutePath());
}

Status write(const QString &path, const QByteArray &data)
{
    const QFileInfo info(path);
    if (!PrivateFiles::makePath(info.absolutePath())) {
        return Error::operationFailed(
            QCoreApplication::translate("Hubstate::Core::AtomicFile", "Cannot create folder %1")
                .arg(info.absolutePath()));
    }
    const QString temporary = path + QStringLiteral(".tmp-") + QString::number(::getpid());
    QFile file(temporary);
    // 0600 before the first byte, also for a temporary an earlier crash left with another mode.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, QFile::ReadOwner | QFile::WriteOwner)
        || !PrivateFiles::restrict(file.handle())) {
        const QString reason = file.isOpen() ? errnoText() : file.errorString();
        file.close();
        return Error::operationFailed(
            QCoreApplication::translate("Hubstate::Core::AtomicFile", "Cannot write %1: %2")
                .arg(temporary, reason));
    }
    if (file.write(data) != data.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.close();
        file.remove();
        return Error::operationFailed(
            QCoreApplication::translate("Hubstate::Core::AtomicFile", "Cannot write %1: %2")
                .arg(temporary, reason));
    }
    if (::fsync(file.handle()) != 0) {
        const QString reason = errnoText();
        file.close();
        file.remove();
        return Error::operationFailed(
            QCoreApplication::translate("Hubstate::Core::AtomicFile", "Cannot flush %1 to disk: %2")
                .arg(temporary, reason));
    }
    file.close();
    if (Status moved = replace(temporary, path); !moved) {
        QFile::remove(temporary);
        return moved;
    }
    return {};
}

Status copyNew(const QString &source, const QString &target)
{
    if (QFileInfo::exists(target)) {
        return Error::operationFailed(
            QCoreApplication::translate("Hubstate::Core::AtomicFile", "Refusing to overwrite %1")
                .arg(target));
    }
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        return Error::operationFailed(
            QCoreApplication::translate("Hubstate::Core::AtomicFile", "Cannot read %1: %2")
                .arg(source, in.errorString()));
    }
    return write(target, in.readAll());
}

Status commit(QFile &partial, const QString &target)
{
    const QString path = partial.fileName();
    const bool flushed = partial.flush() && ::fsync(partial.handle()) == 0;
    const QString reason = flushed ? QString() : errnoText();
    partial.close();
    if (!flushed) {
        QFile::remove(path);
        return Error::operationFailed(
            QCoreApplication::translate("Hubstate::Core::AtomicFile", "Cannot write %1: %2")
                .arg(path, reason));
    }
    if (Status moved = replace(path, target); !moved) {
        QFile::remove(path);
        return moved;
    }
    return {};
}

} // namespace Hubstate::Core::AtomicFile
