#include "containerwriter.h"

#include "containerformat.h"
#include "filekeys.h"
#include "primitives.h"

namespace Hubstate::Core {

using namespace ContainerFormat;

ContainerWriter::ContainerWriter(QIODevice *device, const MasterKey &masterKey,
                                 const MasterKeyEnvelope &envelope)
    : m_device(device)
    , m_masterKey(masterKey)
    , m_envelope(envelope)
{
}

ContainerWriter::~ContainerWriter()
{
    Crypto::wipe(m_masterKey.key);
    Crypto::wipe(m_chunkKey);
    Crypto::wipe(m_pending);
}

Status ContainerWriter::put(const QByteArray &bytes)
{
    if (m_device->write(bytes) != bytes.size())
        return Error::operationFailed(
            tr("Cannot write the encrypted file: %1").arg(m_device->errorString()));
    m_fileHash.addData(bytes);
    return {};
}

Status ContainerWriter::begin()
{
    if (m_begun)
        return Error::operationFailed(tr("The encrypted file was already begun"));
    if (Status allowed = PasswordKey::checkForWriting(m_envelope.kdf); !allowed)
        return allowed;
    if (!m_masterKey.isValid() || m_envelope.keyId != m_masterKey.id())
        return Error::operationFailed(tr("The master key does not match its envelope"));
    QByteArray fileKey = Crypto::randomBytes(Crypto::keySize);
    m_fileId = Crypto::randomBytes(32);
    Result<FileKeys> keys = FileKeys::derive(fileKey, m_fileId);
    Result<QByteArray> wrapKey = Crypto::hkdfSha256(m_masterKey.key, m_fileId, wrapLabel, 32);
    if (!keys || !wrapKey)
        return !keys ? keys.error() : wrapKey.error();

    QByteArray header = m_envelope.headerPrefix(); // bytes 0..72
    header += m_envelope.nonce;
    header += m_envelope.sealed; // ..132
    header += m_fileId; // ..164
    appendUint(header, chunkSize, 4); // ..168
    const QByteArray fileKeyNonce = Crypto::randomBytes(Crypto::gcmNonceSize);
    Result<QByteArray> wrapped = Crypto::aesGcmEncrypt(*wrapKey, fileKeyNonce, header, fileKey);
    Crypto::wipe(wrapKey.value());
    Crypto::wipe(fileKey);
    if (!wrapped)
        return wrapped.error();
    header += fileKeyNonce;
    header += *wrapped;
    header += QByteArray(9, '\0');
    header += Crypto::sha256(header);
    header += Crypto::hmacSha256(keys->headerMacKey, header);
    header += keys->commitment(m_fileId);
    Q_ASSERT(header.size() == headerSize);

    m_chunkKey = keys->chunkKey;
    m_noncePrefix = keys->noncePrefix;
    m_begun = true;
    return put(header);
}

Status ContainerWriter::emitChunk(const char *data, quint32 length, bool final)
{
    const quint8 flags = final ? 1 : 0;
    QByteArray nonce = m_noncePrefix;
    appendUint(nonce, m_chunkIndex, 8);
    QByteArray chunk;
    chunk.reserve(chunkPrefixSize + length + Crypto::gcmTagSize);
    appendUint(chunk, flags, 1);
    appendUint(chunk, length, 4);
    if (Status sealed = Crypto::aesGcmEncryptAppend(
            m_chunkKey, nonce, FileKeys::chunkAad(m_fileId, m_chunkIndex, flags, length), data,
            length, chunk);
        !sealed)
        return sealed;
    ++m_chunkIndex;
    return put(chunk);
}

Status ContainerWriter::write(const char *data, qint64 size)
{
    if (!m_begun || m_finished || size < 0)
        return Error::operationFailed(tr("The encrypted file is not open for writing"));
    m_payloadSize += quint64(size);
    // A full chunk is sealed only when more data follows: only then is it not the final one.
    while (size > 0) {
        if (m_pending.size() == qsizetype(chunkSize)) {
            if (Status written = emitChunk(m_pending.constData(), chunkSize, false); !written)
                return written;
            m_pending.clear();
        }
        if (m_pending.isEmpty() && size > qint64(chunkSize)) {
            // Whole chunks straight from the caller's buffer, without copying them first.
            if (Status written = emitChunk(data, chunkSize, false); !written)
                return written;
            data += chunkSize;
            size -= chunkSize;
            continue;
        }
        const qint64 take = std::min<qint64>(size, chunkSize - m_pending.size());
        m_pending.append(data, take);
        data += take;
        size -= take;
    }
    return {};
}

Status ContainerWriter::finish()
{
    if (!m_begun || m_finished)
        return Error::operationFailed(tr("The encrypted file is not open for writing"));
    m_finished = true; // whatever happens next, the file hash is finished only once
    if (Status written = emitChunk(m_pending.constData(), quint32(m_pending.size()), true);
        !written)
        return written;
    Crypto::wipe(m_pending);
    QByteArray trailer = trailerMagic;
    appendUint(trailer, m_chunkIndex, 8);
    appendUint(trailer, m_payloadSize, 8);
    if (Status written = put(trailer); !written)
        return written;
    const QByteArray hash = m_fileHash.result();
    if (m_device->write(hash) != hash.size())
        return Error::operationFailed(
            tr("Cannot write the encrypted file: %1").arg(m_device->errorString()));
    return {};
}

} // namespace Hubstate::Core
