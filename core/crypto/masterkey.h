#pragma once

#include "core/common/result.h"
#include "passwordkey.h"

namespace Hubstate::Core {

// The backup master key: kept in the keychain, it wraps each file's key, so scheduled backups
// need no password.
struct MasterKey
{
    QByteArray key; // 32 bytes

    ~MasterKey();
    static MasterKey generate();
    QByteArray id() const; // 16 bytes: SHA-256("hubstate/v1/key-id" || key), truncated
    bool isValid() const { return key.size() == 32; }
};

// The master key wrapped under a password's key, with the KDF parameters and salt: part of
// every file's header, so a file opens on any machine with the password alone.
struct MasterKeyEnvelope
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::MasterKeyEnvelope)

public:
    KdfParameters kdf;
    QByteArray salt; // 32
    QByteArray keyId; // 16
    QByteArray nonce; // 12
    QByteArray sealed; // 48: ciphertext || tag

    [[nodiscard]] static Result<MasterKeyEnvelope>
    seal(const MasterKey &key, const QString &password, const KdfParameters &kdf);
    // Error{WrongPassword} when the password does not open it.
    [[nodiscard]] Result<MasterKey> open(const QString &password) const;

    // The first 73 bytes of a container header, which the envelope authenticates.
    QByteArray headerPrefix() const;
    // As kept in the keychain beside the master key: the header prefix, nonce and sealed key.
    QByteArray toBytes() const;
    [[nodiscard]] static Result<MasterKeyEnvelope> fromBytes(const QByteArray &bytes);
};

} // namespace Hubstate::Core
