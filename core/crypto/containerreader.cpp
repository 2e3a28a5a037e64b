#include "containerreader.h"

#include "containerformat.h"
#include "filekeys.h"
#include "primitives.h"

#include <QFileDevice>

namespace Hubstate::Core {

using namespace ContainerFormat;

namespace {
Error containerError(const QString &message, const QString &fault)
{
    return Error::damaged(message, fault);
}
} // namespace

ContainerReader::ContainerReader(QIODevice *device)
    : m_device(device)
{
}

ContainerReader::~ContainerReader()
{
    Crypto::wipe(m_chunkKey);
}

QByteArray ContainerReader::readExactly(qint64 size)
{
    QByteArray data;
    while (data.size() < size) {
        const QByteArray part = m_device->read(size - data.size());
        if (part.isEmpty()) {
            if (auto *file = qobject_cast<QFileDevice *>(m_device);
                file && file->error() != QFileDevice::NoError && m_readError.isEmpty())
                m_readError = file->errorString();
            // Only a stream may have more to come; a file or buffer at its end is at its end.
            if (!m_device->isSequential() || !m_device->waitForReadyRead(30000))
                break;
        }
        data += part;
    }
    // The file hash covers every byte but the last 32: hold those back until more arrive.
    if (data.size() >= 32) {
        m_hash.addData(m_lastBytes);
        m_hash.addData(data, data.size() - 32); // shares data's buffer, no copy
        m_lastBytes = data.right(32);
    } else {
        m_lastBytes += data;
        if (m_lastBytes.size() > 32) {
            m_hash.addData(m_lastBytes, m_lastBytes.size() - 32);
            m_lastBytes = m_lastBytes.right(32);
        }
    }
    return data;
}

Status ContainerReader::fault(const QString &what)
{
    if (!m_readError.isEmpty())
        return Error::operationFailed(tr("Cannot read the backup: %1").arg(m_readError));
    // Damaged or tampered? Read to the end of a file (a stream may never end): an intact file
    // hash means the bytes are as written.
    if (m_device->isSequential())
        return containerError(tr("the backup is damaged or was tampered with: %1").arg(what),
                              damaged);
    while (!readExactly(64 * 1024).isEmpty()) { }
    if (!m_readError.isEmpty())
        return Error::operationFailed(tr("Cannot read the backup: %1").arg(m_readError));
    const bool intact = m_lastBytes.size() == 32 && m_hash.result() == m_lastBytes;
    return intact ? containerError(tr("the backup was tampered with: %1").arg(what), tampered)
                  : containerError(tr("the backup is damaged: %1").arg(what), damaged);
}

Status ContainerReader::readHeader()
{
    if (!m_header.isEmpty())
        return containerError(tr("the header was read already"), notAContainer);
    const QByteArray fixed = readExactly(12);
    if (fixed.size() < 12 || !fixed.startsWith(magic))
        return containerError(tr("not a Hubstate backup (no container header)"), notAContainer);
    const quint16 formatVersion = quint16(readUint(fixed, 8, 2));
    if (formatVersion > ContainerFormat::version) {
        return containerError(tr("written in backup format %1 by a newer Hubstate; this one reads "
                                 "format %2")
                                  .arg(formatVersion)
                                  .arg(ContainerFormat::version),
                              newerFormat);
    }
    if (formatVersion != ContainerFormat::version || readUint(fixed, 10, 2) != bodyLength)
        return containerError(tr("the backup's header is damaged (version or length)"), damaged);
    m_header = fixed + readExactly(headerSize - 12);
    if (m_header.size() != headerSize)
        return containerError(tr("the backup ends inside its header"), damaged);
    if (Crypto::sha256(m_header.left(hashedHeaderSize)) != m_header.mid(hashedHeaderSize, 32))
        return containerError(tr("the backup's header is damaged (header hash)"), damaged);

    m_envelope.kdf.algorithm = KdfParameters::Algorithm(quint8(m_header.at(12)));
    m_envelope.kdf.p1 = quint32(readUint(m_header, 13, 4));
    m_envelope.kdf.p2 = quint32(readUint(m_header, 17, 4));
    m_envelope.kdf.p3 = quint32(readUint(m_header, 21, 4));
    if (Status allowed = PasswordKey::checkForReading(m_envelope.kdf); !allowed)
        return allowed;
    m_envelope.salt = m_header.mid(25, 32);
    m_envelope.keyId = m_header.mid(57, 16);
    m_envelope.nonce = m_header.mid(73, 12);
    m_envelope.sealed = m_header.mid(85, 48);
    m_fileId = m_header.mid(133, 32);
    if (readUint(m_header, 165, 4) != chunkSize || m_header.mid(229, 9) != QByteArray(9, '\0'))
        return containerError(tr("the backup's header has values this format does not allow"),
                              damaged);
    return {};
}

Status ContainerReader::unlock(const QString &password)
{
    if (m_header.isEmpty())
        return containerError(tr("no header read"), notAContainer);
    Result<MasterKey> masterKey = m_envelope.open(password);
    if (!masterKey)
        return masterKey.error();
    return unlock(*masterKey);
}

Status ContainerReader::unlock(const MasterKey &masterKey)
{
    if (m_header.isEmpty())
        return containerError(tr("no header read"), notAContainer);
    if (masterKey.id() != m_envelope.keyId) {
        return Error{ErrorCode::WrongPassword,
                     tr("this backup was made with another master key: give its password"),
                     wrongPassword};
    }
    Result<QByteArray> wrapKey = Crypto::hkdfSha256(masterKey.key, m_fileId, wrapLabel, 32);
    if (!wrapKey)
        return wrapKey.error();
    Result<QByteArray> fileKey = Crypto::aesGcmDecrypt(
        *wrapKey, m_header.mid(169, 12), m_header.left(fileKeyAadSize), m_header.mid(181, 48));
    // Failures past the header hash are a flipped bit in the keyed fields or a forgery;
    // fault() tells which from the file hash.
    if (!fileKey)
        return fault(tr("its file key does not open"));
    Result<FileKeys> keys = FileKeys::derive(*fileKey, m_fileId);
    Crypto::wipe(fileKey.value());
    Crypto::wipe(wrapKey.value());
    if (!keys)
        return keys.error();
    if (!Crypto::constantTimeEqual(Crypto::hmacSha256(keys->headerMacKey, m_header.left(270)),
                                   m_header.mid(270, 32)))
        return fault(tr("header authentication fails"));
    if (!Crypto::constantTimeEqual(keys->commitment(m_fileId), m_header.mid(302, 32)))
        return fault(tr("the key commitment fails"));
    m_chunkKey = keys->chunkKey;
    m_noncePrefix = keys->noncePrefix;
    m_unlocked = true;
    return {};
}

Status ContainerReader::finishTrailer(quint64 chunkCount)
{
    const QByteArray trailer = readExactly(trailerSize);
    if (trailer.size() != trailerSize || !trailer.startsWith(trailerMagic))
        return fault(tr("no trailer after the final chunk"));
    if (readUint(trailer, 8, 8) != chunkCount || readUint(trailer, 16, 8) != m_payloadSize)
        return fault(tr("the trailer's counts do not match the chunks"));
    if (!readExactly(1).isEmpty())
        return fault(tr("bytes after the end"));
    if (m_hash.result() != m_lastBytes)
        return containerError(tr("the backup is damaged: the file hash does not match"), damaged);
    return {};
}

Status ContainerReader::readChunks(
    const std::function<Status(quint64, quint8, quint32, const QByteArray &)> &chunk)
{
    m_payloadSize = 0;
    for (quint64 index = 0;; ++index) {
        const QByteArray prefix = readExactly(chunkPrefixSize);
        if (prefix.size() != chunkPrefixSize)
            return fault(tr("it ends before its final chunk (chunk %1)").arg(index));
        const quint8 flags = quint8(prefix.at(0));
        const quint32 length = quint32(readUint(prefix, 1, 4));
        if (flags > 1 || length > chunkSize || (flags == 0 && length != chunkSize))
            return fault(tr("chunk %1 has an impossible frame").arg(index));
        const QByteArray body = readExactly(qint64(length) + Crypto::gcmTagSize);
        if (body.size() != qsizetype(length) + Crypto::gcmTagSize)
            return fault(tr("it ends inside chunk %1").arg(index));
        if (Status handled = chunk(index, flags, length, body); !handled)
            return handled;
        m_payloadSize += length;
        if (flags == 1)
            return finishTrailer(index + 1);
    }
}

Status ContainerReader::decryptTo(QIODevice *output)
{
    if (!m_unlocked)
        return containerError(tr("the backup is not unlocked"), wrongPassword);
    m_unlocked = false; // a stream is decrypted once
    return readChunks(
        [&](quint64 index, quint8 flags, quint32 length, const QByteArray &body) -> Status {
            QByteArray nonce = m_noncePrefix;
            appendUint(nonce, index, 8);
            Result<QByteArray> plaintext = Crypto::aesGcmDecrypt(
                m_chunkKey, nonce, FileKeys::chunkAad(m_fileId, index, flags, length), body);
            if (!plaintext)
                return fault(tr("chunk %1 does not authenticate").arg(index));
            if (output->write(*plaintext) != plaintext->size())
                return Error::operationFailed(
                    tr("Cannot write the restored data: %1").arg(output->errorString()));
            return {};
        });
}

Status ContainerReader::verifyStructure()
{
    if (m_header.isEmpty()) {
        if (Status header = readHeader(); !header)
            return header;
    }
    // Without a key only the framing and the hashes can be checked.
    return readChunks([](quint64, quint8, quint32, const QByteArray &) { return Status(); });
}

} // namespace Hubstate::Core
