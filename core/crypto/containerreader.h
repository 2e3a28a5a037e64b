#pragma once

#include "core/common/result.h"
#include "hashpipeline.h"
#include "masterkey.h"

#include <QIODevice>
#include <functional>

namespace Hubstate::Core {

// Reads the encrypted container of docs/backup-format.md from a device, one chunk at a time:
// readHeader(), unlock() with the password or the master key, then decryptTo(). Every failure
// is an Error whose `detail` says which (ContainerFormat::damaged, tampered, wrongPassword,
// notAContainer, newerFormat, hostileParameters); no plaintext is written before its chunk's
// tag verifies, but a failed decryptTo() leaves the chunks before the failure written:
// callers write to a temporary file and keep it only on success.
class ContainerReader
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::ContainerReader)

public:
    explicit ContainerReader(QIODevice *device);
    ~ContainerReader();

    [[nodiscard]] Status readHeader();
    const MasterKeyEnvelope &envelope() const { return m_envelope; }

    [[nodiscard]] Status unlock(const QString &password);
    [[nodiscard]] Status unlock(const MasterKey &masterKey);

    [[nodiscard]] Status decryptTo(QIODevice *output);
    // Without any key: the header hash, the chunks' framing and the file hash.
    [[nodiscard]] Status verifyStructure();

    quint64 payloadSize() const { return m_payloadSize; }

private:
    QByteArray readExactly(qint64 size);
    Status fault(const QString &what);
    Status finishTrailer(quint64 chunkCount);
    // Reads and frames every chunk up to the trailer, handing each to `chunk`.
    Status readChunks(const std::function<Status(quint64 index, quint8 flags, quint32 length,
                                                 const QByteArray &body)> &chunk);

    QIODevice *m_device;
    QByteArray m_header;
    MasterKeyEnvelope m_envelope;
    QByteArray m_fileId;
    QByteArray m_chunkKey;
    QByteArray m_noncePrefix;
    Crypto::HashPipeline m_hash; // of all but the last 32 bytes read
    QByteArray m_lastBytes; // the last 32 bytes read
    quint64 m_payloadSize = 0;
    bool m_unlocked = false;
    QString m_readError; // an I/O error is not damage: it is reported as such
};

} // namespace Hubstate::Core
