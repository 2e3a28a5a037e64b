#include "backupkeys.h"

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
    // The envelope first: a master key without its envelope could not be opened by password.
    if (Status written = m_store.write(envelopeName(), envelope->toBytes()); !written)
        return written.error();
    if (Status written = m_store.write(masterKeyName(), masterKey.key); !written)
        return written.error();
    return Keys{masterKey, *envelope};
}

Result<BackupKeys::Keys> BackupKeys::create(const QString &password,
                                            std::optional<KdfParameters> kdf) const
{
    Result<QByteArray> existing = m_store.read(masterKeyName());
    if (existing) {
        return Error::invalidInput(
            tr("A backup master key already exists; change its password instead of replacing it"));
    }
    if (existing.error().code != ErrorCode::InvalidInput)
        return existing.error(); // locked or unavailable: never take that for "none yet"
    return store(MasterKey::generate(), password, kdf);
}

Result<BackupKeys::Keys> BackupKeys::load() const
{
    Result<QByteArray> key = m_store.read(masterKeyName());
    if (!key)
        return key.error();
    Result<QByteArray> envelopeBytes = m_store.read(envelopeName());
    if (!envelopeBytes)
        return envelopeBytes.error();
    Result<MasterKeyEnvelope> envelope = MasterKeyEnvelope::fromBytes(*envelopeBytes);
    if (!envelope)
        return envelope.error();
    MasterKey masterKey{*key};
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
