#include "backupreader.h"

#include "bytepipe.h"
#include "core/crypto/containerformat.h"
#include "core/crypto/containerreader.h"

#include <QFile>
#include <thread>

namespace Hubstate::Core {

bool BackupReader::isEncrypted(const QString &file)
{
    QFile input(file);
    return input.open(QIODevice::ReadOnly)
        && input.read(ContainerFormat::magic.size()) == ContainerFormat::magic;
}

Result<BackupManifest> BackupReader::read(const QString &file, const Keys &keys,
                                          const ArchiveReader::Target &target)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        return Error::operationFailed(tr("Cannot read %1: %2").arg(file, input.errorString()));

    if (input.peek(ContainerFormat::magic.size()) != ContainerFormat::magic) {
        QString readError;
        ArchiveReader archive(
            [&](char *buffer, qint64 size) -> qint64 {
                const qint64 n = input.read(buffer, size);
                if (n < 0)
                    readError = input.errorString();
                return n;
            },
            file);
        Result<BackupManifest> manifest = archive.read(target);
        if (!readError.isEmpty())
            return Error::operationFailed(tr("Cannot read %1: %2").arg(file, readError));
        if (manifest && manifest->encrypted)
            return Error::damaged(tr("%1 claims to be encrypted but is not").arg(file));
        // Secrets travel only inside an authenticated container: a plain archive that holds
        // them (or says it does) was not written by Hubstate.
        if (manifest
            && (manifest->includesSecrets || manifest->entry(BackupManifest::secretsEntry()))) {
            return Error::damaged(
                tr("%1 is a plain backup that carries secrets; Hubstate never writes secrets "
                   "unencrypted, so it has been tampered with")
                    .arg(file));
        }
        return manifest;
    }

    ContainerReader container(&input);
    const auto located = [&file](Error error) {
        error.message = tr("%1: %2").arg(file, error.message);
        return error;
    };
    if (Status header = container.readHeader(); !header)
        return located(header.error());
    Status unlocked = Error{ErrorCode::WrongPassword, tr("a password is needed to open it"),
                            ContainerFormat::wrongPassword};
    auto provenance = BackupManifest::Provenance::ProfileKey;
    if (keys.masterKey && keys.masterKey->id() == container.envelope().keyId)
        unlocked = container.unlock(*keys.masterKey);
    if (!unlocked)
        provenance = BackupManifest::Provenance::Password;
    if (!unlocked && unlocked.error().code == ErrorCode::WrongPassword && !keys.password.isEmpty())
        unlocked = container.unlock(keys.password);
    while (!unlocked && unlocked.error().code == ErrorCode::WrongPassword && keys.askPassword) {
        const std::optional<QString> password = keys.askPassword();
        if (!password)
            break;
        unlocked = container.unlock(*password);
    }
    if (!unlocked)
        return located(unlocked.error());

    // Decrypt on one thread, decompress and hash on this one.
    BytePipe pipe;
    Status decrypted;
    std::thread decryptor([&] {
        decrypted = container.decryptTo(&pipe);
        pipe.finish();
    });
    ArchiveReader archive([&pipe](char *buffer, qint64 size) { return pipe.take(buffer, size); },
                          file);
    Result<BackupManifest> manifest = archive.read(target);
    if (manifest) {
        // The container's end (its last chunk and trailer) is checked only once read to it.
        QByteArray rest(64 * 1024, Qt::Uninitialized);
        while (pipe.take(rest.data(), rest.size()) > 0) { }
    }
    pipe.abandon();
    decryptor.join();
    // The container's verdict (tampered, truncated) is the more precise one; a failed write
    // into the abandoned pipe is only the echo of the archive's own failure.
    const bool echo = !manifest && decrypted.error().code == ErrorCode::OperationFailed;
    if (!decrypted && !echo)
        return located(decrypted.error());
    if (!manifest)
        return manifest;
    if (!manifest->encrypted)
        return Error::damaged(tr("%1 holds a manifest that says it is not encrypted").arg(file));
    BackupManifest opened = *manifest;
    opened.provenance = provenance;
    return opened;
}

} // namespace Hubstate::Core
