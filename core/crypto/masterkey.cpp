#include "masterkey.h"

#include "containerformat.h"
#include "primitives.h"

namespace Hubstate::Core {

using namespace ContainerFormat;

MasterKey::~MasterKey()
{
    Crypto::wipe(key);
}

MasterKey MasterKey::generate()
{
    return {Crypto::randomBytes(Crypto::keySize)};
}

QByteArray MasterKey::id() const
{
    return Crypto::sha256(keyIdLabel + key).left(16);
}

QByteArray MasterKeyEnvelope::headerPrefix() const
{
    QByteArray prefix = magic;
    appendUint(prefix, ContainerFormat::version, 2);
    appendUint(prefix, bodyLength, 2);
    appendUint(prefix, quint8(kdf.algorithm), 1);
    appendUint(prefix, kdf.p1, 4);
    appendUint(prefix, kdf.p2, 4);
    appendUint(prefix, kdf.p3, 4);
    prefix += salt;
    prefix += keyId;
    return prefix;
}

Result<MasterKeyEnvelope> MasterKeyEnvelope::seal(const MasterKey &key, const QString &password,
                                                  const KdfParameters &kdf)
{
    if (Status allowed = PasswordKey::checkForWriting(kdf); !allowed)
        return allowed.error();
    if (password.isEmpty())
        return Error::invalidInput(tr("a backup password must not be empty"));
    MasterKeyEnvelope envelope;
    envelope.kdf = kdf;
    envelope.salt = Crypto::randomBytes(32);
    envelope.keyId = key.id();
    envelope.nonce = Crypto::randomBytes(Crypto::gcmNonceSize);
    Result<QByteArray> kek = PasswordKey::derive(password, envelope.salt, kdf);
    if (!kek)
        return kek.error();
    Result<QByteArray> sealed =
        Crypto::aesGcmEncrypt(*kek, envelope.nonce, envelope.headerPrefix(), key.key);
    Crypto::wipe(kek.value());
    if (!sealed)
        return sealed.error();
    envelope.sealed = *sealed;
    return envelope;
}

Result<MasterKey> MasterKeyEnvelope::open(const QString &password) const
{
    Result<QByteArray> kek = PasswordKey::derive(password, salt, kdf);
    if (!kek)
        return kek.error();
    Result<QByteArray> key = Crypto::aesGcmDecrypt(*kek, nonce, headerPrefix(), sealed);
    Crypto::wipe(kek.value());
    // A key that opens the envelope but is not the one named is answered like a wrong password:
    // two different answers would tell a guesser which passwords a crafted envelope accepts.
    if (!key || MasterKey{*key}.id() != keyId)
        return Error{ErrorCode::WrongPassword, tr("wrong password"), wrongPassword};
    MasterKey master{*key};
    Crypto::wipe(key.value());
    return master;
}

QByteArray MasterKeyEnvelope::toBytes() const
{
    return headerPrefix() + nonce + sealed;
}

Result<MasterKeyEnvelope> MasterKeyEnvelope::fromBytes(const QByteArray &bytes)
{
    if (bytes.size() != envelopeAadSize + 12 + 48 || !bytes.startsWith(magic))
        return Error::damaged(tr("not a master key envelope"), damaged);
    MasterKeyEnvelope envelope;
    envelope.kdf.algorithm = KdfParameters::Algorithm(quint8(bytes.at(12)));
    envelope.kdf.p1 = quint32(readUint(bytes, 13, 4));
    envelope.kdf.p2 = quint32(readUint(bytes, 17, 4));
    envelope.kdf.p3 = quint32(readUint(bytes, 21, 4));
    envelope.salt = bytes.mid(25, 32);
    envelope.keyId = bytes.mid(57, 16);
    envelope.nonce = bytes.mid(73, 12);
    envelope.sealed = bytes.mid(85, 48);
    if (Status allowed = PasswordKey::checkForReading(envelope.kdf); !allowed)
        return allowed.error();
    return envelope;
}

} // namespace Hubstate::Core
