#include "backupkeys.h"

#include "core/crypto/primitives.h"

namespace Hubstate::Core {

BackupKeys::BackupKeys(const SecretStore &store)
    : m_store(store)
{
}

Result<BackupKeys::Keys> BackupKeys::store(const MasterKey &masterKey, const QString &password,
                                           std::optional<KdfParameters> kdf) const
{
    Result<MasterKeyEnvelope> envelope =
        MasterKeyEnvelope::seal(masterKey, password, kdf ? *kdf : PasswordKey::calibrate());
    if (!envelope)
        return envelope.error();
    // A fresh envelope must open before it replaces anything.
    if (Result<MasterKey> check = envelope->open(password); !check || check->key != masterKey.key)
        return Error::operationFailed(
            tr("The new password envelope does not open; nothing was changed"));
    QByteArray stored = envelope->toBytes() + masterKey.key;
    const Status written = m_store.write(masterKeyName(), stored);
    Crypto::wipe(stored);
    if (!written)
        return written.error();
    return Keys{masterKey, *envelope};
}

Result<BackupKeys::Keys> BackupKeys::create(const QString &password,
                                            std::optional<KdfParameters> kdf) const
{
    Result<QByteArray> existing = m_store.read(masterKeyName());
    if (existing) {
        Crypto::wipe(existing.value()); // the key itself: only whether it exists matters here
        return Error::invalidInput(
            tr("A backup master key already exists; change its password instead of replacing it"));
    }
    if (existing.error().code != ErrorCode::InvalidInput)
        return existing.error(); // locked or unavailable: never take that for "none yet"
    return store(MasterKey::generate(), password, kdf);
}

Result<BackupKeys::Keys> BackupKeys::load() const
{
    Result<QByteArray> stored = m_store.read(masterKeyName());
    if (!stored)
        return stored.error();
    constexpr qsizetype keySize = 32;
    Result<MasterKeyEnvelope> envelope =
        MasterKeyEnvelope::fromBytes(stored->left(stored->size() - keySize));
    // The key gets a buffer of its own (wiped with the MasterKey); the keychain's copy goes now.
    MasterKey masterKey{stored->right(keySize)};
    Crypto::wipe(stored.value());
    if (!envelope)
        return envelope.error();
    if (!masterKey.isValid() || masterKey.id() != envelope->keyId) {
        return Error::damaged(
            tr("The backup master key in the keychain does not match its envelope"));
    }
    return Keys{masterKey, *envelope};
}

Result<BackupKeys::Keys> BackupKeys::changePassword(const QString &newPassword,
                                                    std::optional<KdfParameters> kdf) const
{
    Result<Keys> current = load();
    if (!current)
        return current.error();
    return store(current->masterKey, newPassword, kdf);
}

} // namespace Hubstate::Core
