#pragma once

#include "archivereader.h"
#include "core/crypto/masterkey.h"

#include <optional>

namespace Hubstate::Core {

// Opens a backup file of either kind (the encrypted container, or a plain .tar.zst) and reads
// it through ArchiveReader, verifying every byte: the container's chunk tags and file hash,
// then every entry's SHA-256 against the manifest.
class BackupReader
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::BackupReader)

public:
    struct Keys
    {
        std::optional<MasterKey> masterKey; // from the keychain, tried first
        QString password; // tried when the master key is not this file's
        // Asked for a password when neither opens the file; nullopt gives up.
        std::function<std::optional<QString>()> askPassword;
    };

    static bool isEncrypted(const QString &file);
    // Error codes: Damaged (4) for damage and tampering, WrongPassword (5), InvalidInput (3)
    // for a newer format, OperationFailed (1) for I/O. Error::detail says which container
    // failure it was (see ContainerFormat).
    [[nodiscard]] static Result<BackupManifest> read(const QString &file, const Keys &keys,
                                                     const ArchiveReader::Target &target);
};

} // namespace Hubstate::Core
