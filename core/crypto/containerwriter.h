#pragma once

#include "core/common/result.h"
#include "hashpipeline.h"
#include "masterkey.h"

#include <QIODevice>

namespace Hubstate::Core {

// Writes the encrypted container of docs/backup-format.md to a device as data comes in,
// holding at most one chunk in memory. begin(), write()..., finish().
class ContainerWriter
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::ContainerWriter)

public:
    ContainerWriter(QIODevice *device, const MasterKey &masterKey,
                    const MasterKeyEnvelope &envelope);
    ~ContainerWriter();

    [[nodiscard]] Status begin();
    [[nodiscard]] Status write(const char *data, qint64 size);
    [[nodiscard]] Status write(const QByteArray &data)
    {
        return write(data.constData(), data.size());
    }
    [[nodiscard]] Status finish();

    quint64 payloadSize() const { return m_payloadSize; }

private:
    Status put(const QByteArray &bytes);
    Status emitChunk(const char *data, quint32 length, bool final);

    QIODevice *m_device;
    MasterKey m_masterKey;
    MasterKeyEnvelope m_envelope;
    QByteArray m_fileId;
    QByteArray m_chunkKey;
    QByteArray m_noncePrefix;
    QByteArray m_pending;
    Crypto::HashPipeline m_fileHash;
    quint64 m_chunkIndex = 0;
    quint64 m_payloadSize = 0;
    bool m_begun = false;
    bool m_finished = false;
};

} // namespace Hubstate::Core
