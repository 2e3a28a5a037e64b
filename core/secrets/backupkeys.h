#pragma once

#include "core/crypto/masterkey.h"
#include "secretstore.h"

namespace Hubstate::Core {

// The backup master key and its password envelope, kept together in the keychain as the one
// secret `backup.masterKey` (envelope || key, so one write replaces both or neither):
// scheduled backups encrypt with them and need no password; a file still opens anywhere with
// the password.
class BackupKeys
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::BackupKeys)

public:
    explicit BackupKeys(const SecretStore &store);

    static QString masterKeyName() { return QStringLiteral("backup.masterKey"); }

    struct Keys
    {
        MasterKey masterKey;
        MasterKeyEnvelope envelope;
    };

    // A new master key sealed under `password` (Argon2id calibrated on this machine unless
    // `kdf` is given), stored in the keychain. Refuses to replace existing keys: files made
    // with them would need their password from then on.
    [[nodiscard]] Result<Keys> create(const QString &password,
                                      std::optional<KdfParameters> kdf = std::nullopt) const;
    // The keys from the keychain; Error::invalidInput when none were created yet.
    [[nodiscard]] Result<Keys> load() const;
    // A new password for the same master key: every existing file keeps opening with the
    // master key, and new files carry the new envelope. The master key is not rotated: whoever
    // knows the old password and holds an old file can still recover it (docs/backup-format.md).
    [[nodiscard]] Result<Keys>
    changePassword(const QString &newPassword,
                   std::optional<KdfParameters> kdf = std::nullopt) const;

private:
    Result<Keys> store(const MasterKey &masterKey, const QString &password,
                       std::optional<KdfParameters> kdf) const;

    const SecretStore &m_store;
};

} // namespace Hubstate::Core
