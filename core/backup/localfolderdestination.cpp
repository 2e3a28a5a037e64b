#include "localfolderdestination.h"

#include "core/common/atomicfile.h"
#include "core/common/privatefiles.h"
#include "core/crypto/hashpipeline.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace Hubstate::Core {

namespace {

constexpr qint64 chunkSize = 1 << 20; // bounded memory: one chunk in flight, a few queued

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

enum class CopyFailure { None, Read, Write, Cancelled };

struct CopyOutcome
{
    CopyFailure failure = CopyFailure::None;
    QString reason;
    QByteArray sourceHash; // of what was read, when asked for
};

// Streams `in` to `out` in chunks; hashes what was read on the second core when `hash` is set.
CopyOutcome copyStream(QFile &in, QFile &out, const Destination::Progress &progress, bool hash)
{
    CopyOutcome outcome;
    std::unique_ptr<Crypto::HashPipeline> hasher;
    if (hash)
        hasher = std::make_unique<Crypto::HashPipeline>(4);
    const qint64 total = in.size();
    qint64 done = 0;
    for (;;) {
        QByteArray chunk(chunkSize, Qt::Uninitialized);
        const qint64 got = in.read(chunk.data(), chunkSize);
        if (got < 0) {
            outcome.failure = CopyFailure::Read;
            outcome.reason = in.errorString();
            return outcome;
        }
        if (got == 0)
            break;
        if (out.write(chunk.constData(), got) != got) {
            outcome.failure = CopyFailure::Write;
            outcome.reason = out.errorString();
            return outcome;
        }
        if (hasher)
            hasher->addData(chunk, got);
        done += got;
        if (progress && !progress(done, total)) {
            outcome.failure = CopyFailure::Cancelled;
            return outcome;
        }
    }
    if (!out.flush()) {
        outcome.failure = CopyFailure::Write;
        outcome.reason = out.errorString();
        return outcome;
    }
    if (::fsync(out.handle()) != 0) {
        outcome.failure = CopyFailure::Write;
        outcome.reason = errnoText();
        return outcome;
    }
    if (hasher)
        outcome.sourceHash = hasher->result();
    return outcome;
}

} // namespace

LocalFolderDestination::LocalFolderDestination(QString folder)
    : m_folder(std::move(folder))
{
}

QString LocalFolderDestination::displayName() const
{
    return QDir::toNativeSeparators(m_folder);
}

QString LocalFolderDestination::what() const
{
    return fileKind() == FileKind::Sync ? tr("Sync folder %1").arg(displayName())
                                        : tr("Backup folder %1").arg(displayName());
}

Status LocalFolderDestination::checkName(const QString &name) const
{
    if (!acceptsName(name))
        return Error::invalidInput(nameRule(name));
    return {};
}

Status LocalFolderDestination::ensureFolder() const
{
    const QFileInfo info(m_folder);
    if (info.exists() && !info.isDir())
        return Error::operationFailed(tr("%1 is not a folder").arg(what()));
    if (!info.exists() && !PrivateFiles::makePath(m_folder)) {
        return Error::operationFailed(
            tr("Cannot create backup folder %1: %2").arg(displayName(), errnoText()));
    }
    return {};
}

Status LocalFolderDestination::testConnection()
{
    if (Status folder = ensureFolder(); !folder)
        return folder;
    // Writable means a file can be created, flushed and removed, not what the mode bits say.
    const QString probe = m_folder + QStringLiteral("/.hubstate-probe-")
        + QString::number(QRandomGenerator::system()->generate64(), 36);
    QFile file(probe);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return Error::operationFailed(
            tr("%1 is not writable: %2").arg(what(), file.errorString()));
    }
    const bool written = file.write("hubstate") == 8 && file.flush() && ::fsync(file.handle()) == 0;
    const QString reason = written ? QString() : errnoText();
    file.close();
    const bool removed = QFile::remove(probe);
    if (!written)
        return Error::operationFailed(
            tr("%1 is not writable: %2").arg(what(), reason));
    if (!removed)
        return Error::operationFailed(
            tr("%1 does not let files be removed: %2").arg(what(), probe));
    return {};
}

void LocalFolderDestination::sweepStalePartials() const
{
    // Left by a store or fetch that was killed; a day old means no store is still writing it.
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-1);
    const QFileInfoList files =
        QDir(m_folder).entryInfoList({QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden);
    for (const QFileInfo &file : files) {
        const QString backup = file.fileName().chopped(int(sizeof(".partial") - 1));
        if (acceptsName(backup) && file.lastModified().toUTC() < cutoff)
            QFile::remove(file.filePath());
    }
}

Result<QList<Destination::Entry>> LocalFolderDestination::list()
{
    const QFileInfo info(m_folder);
    if (!info.isDir())
        return Error::operationFailed(tr("%1 does not exist").arg(what()));
    QDir dir(m_folder);
    if (!dir.isReadable())
        return Error::operationFailed(tr("%1 cannot be read").arg(what()));
    QList<Entry> entries;
    const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QFileInfo &file : files) {
        if (!acceptsName(file.fileName()))
            continue;
        entries.append({file.fileName(), file.size(), file.lastModified().toUTC()});
    }
    return entries;
}

Result<QByteArray> LocalFolderDestination::hashOf(const QString &path,
                                                  const Progress &progress) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::operationFailed(tr("Cannot read %1: %2").arg(path, file.errorString()));
    Crypto::Sha256Stream hash;
    const qint64 total = file.size();
    qint64 done = 0;
    QByteArray chunk(chunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 got = file.read(chunk.data(), chunkSize);
        if (got < 0)
            return Error::operationFailed(tr("Cannot read %1: %2").arg(path, file.errorString()));
        if (got == 0)
            break;
        hash.addData(chunk.constData(), got);
        done += got;
        if (progress && !progress(done, total))
            return Error::operationFailed(tr("Checking %1 was cancelled").arg(path));
    }
    return hash.result();
}

Status LocalFolderDestination::store(const QString &localFile, const QString &name,
                                     const QByteArray &sha256, const Progress &progress)
{
    if (Status valid = checkName(name); !valid)
        return valid;
    const QString target = m_folder + u'/' + name;
    const QFileInfo source(localFile);
    if (!source.isFile())
        return Error::operationFailed(
            tr("Cannot store %1 in %2: the file does not exist").arg(localFile, displayName()));

    // The backup was written straight into this folder: nothing to copy, only to check.
    const QFileInfo existing(target);
    if (existing.exists() && existing.canonicalFilePath() == source.canonicalFilePath()) {
        Result<QByteArray> hash = hashOf(target, progress);
        if (!hash)
            return hash.error();
        if (*hash != sha256)
            return Error::damaged(
                tr("Backup %1 in %2 does not have the expected SHA-256").arg(name, displayName()),
                QStringLiteral("expected %1, found %2")
                    .arg(QString::fromLatin1(sha256.toHex()), QString::fromLatin1(hash->toHex())));
        return {};
    }

    if (existing.exists()) {
        // A backup name is used once; the same bytes again (a retried store) are fine.
        Result<QByteArray> present = hashOf(target, {});
        if (present && *present == sha256)
            return {};
        return Error::operationFailed(
            tr("%1 already holds a different %2; nothing was replaced").arg(what(), name));
    }

    if (Status folder = ensureFolder(); !folder)
        return folder;
    sweepStalePartials();
    QFile in(localFile);
    if (!in.open(QIODevice::ReadOnly))
        return Error::operationFailed(tr("Cannot read %1: %2").arg(localFile, in.errorString()));

    const QString partial = target + QStringLiteral(".partial");
    QFile out(partial);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate, QFile::ReadOwner | QFile::WriteOwner)
        || !PrivateFiles::restrict(out.handle())) {
        return Error::operationFailed(
            tr("Cannot write to backup folder %1: %2").arg(displayName(), out.errorString()),
            partial);
    }
    auto discard = [&] {
        out.close();
        QFile::remove(partial);
    };
    const CopyOutcome copied = copyStream(in, out, progress, true);
    switch (copied.failure) {
    case CopyFailure::None: break;
    case CopyFailure::Read:
        discard();
        return Error::operationFailed(tr("Cannot read %1: %2").arg(localFile, copied.reason));
    case CopyFailure::Write:
        discard();
        return Error::operationFailed(
            tr("Cannot write to backup folder %1: %2").arg(displayName(), copied.reason), partial);
    case CopyFailure::Cancelled:
        discard();
        return Error::operationFailed(
            tr("Storing %1 in %2 was cancelled").arg(name, displayName()));
    }
    out.close();
    if (copied.sourceHash != sha256) {
        QFile::remove(partial);
        return Error::damaged(
            tr("%1 changed or is not the backup that was verified (SHA-256 differs); nothing "
               "was stored in %2")
                .arg(localFile, displayName()),
            QStringLiteral("expected %1, read %2")
                .arg(QString::fromLatin1(sha256.toHex()),
                     QString::fromLatin1(copied.sourceHash.toHex())));
    }
    // Read the copy back: what is renamed into place is what was verified.
    Result<QByteArray> copyHash = hashOf(partial, {});
    if (!copyHash || *copyHash != sha256) {
        QFile::remove(partial);
        if (!copyHash)
            return copyHash.error();
        return Error::damaged(
            tr("The copy of %1 in backup folder %2 does not read back intact; nothing was "
               "stored")
                .arg(name, displayName()),
            QStringLiteral("expected %1, read back %2")
                .arg(QString::fromLatin1(sha256.toHex()), QString::fromLatin1(copyHash->toHex())));
    }
    if (Status moved = AtomicFile::replace(partial, target); !moved) {
        QFile::remove(partial);
        return Error::operationFailed(tr("Cannot move %1 into place in backup folder %2: %3")
                                          .arg(name, displayName(), moved.error().message),
                                      moved.error().detail);
    }
    return {};
}

Status LocalFolderDestination::fetch(const QString &name, const QString &localFile,
                                     const Progress &progress)
{
    if (Status valid = checkName(name); !valid)
        return valid;
    const QString source = m_folder + u'/' + name;
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        if (!QFileInfo::exists(source))
            return Error::invalidInput(tr("%1 holds no %2").arg(what(), name));
        return Error::operationFailed(tr("Cannot read %1: %2").arg(source, in.errorString()));
    }
    const QString partial = localFile + QStringLiteral(".partial");
    QFile out(partial);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate, QFile::ReadOwner | QFile::WriteOwner)
        || !PrivateFiles::restrict(out.handle()))
        return Error::operationFailed(tr("Cannot write %1: %2").arg(partial, out.errorString()));
    const CopyOutcome copied = copyStream(in, out, progress, false);
    out.close();
    if (copied.failure != CopyFailure::None) {
        QFile::remove(partial);
        switch (copied.failure) {
        case CopyFailure::Read:
            return Error::operationFailed(tr("Cannot read %1: %2").arg(source, copied.reason));
        case CopyFailure::Cancelled:
            return Error::operationFailed(
                tr("Fetching %1 from %2 was cancelled").arg(name, displayName()));
        default:
            return Error::operationFailed(tr("Cannot write %1: %2").arg(partial, copied.reason));
        }
    }
    if (Status moved = AtomicFile::replace(partial, localFile); !moved) {
        QFile::remove(partial);
        return moved;
    }
    return {};
}

Status LocalFolderDestination::remove(const QString &name)
{
    if (Status valid = checkName(name); !valid)
        return valid;
    const QString target = m_folder + u'/' + name;
    if (!QFileInfo(m_folder).isDir())
        return Error::operationFailed(tr("%1 does not exist").arg(what()));
    if (!QFileInfo::exists(target))
        return {}; // not there is the outcome asked for
    if (::unlink(QFile::encodeName(target).constData()) != 0)
        return Error::operationFailed(
            tr("Cannot delete %1 from backup folder %2: %3").arg(name, displayName(), errnoText()));
    return AtomicFile::syncDirectory(m_folder);
}

} // namespace Hubstate::Core
