#pragma once

#include "containerformat.h"
#include "primitives.h"

namespace Hubstate::Core {

// The keys one file's key gives (docs/backup-format.md, "Keys").
struct FileKeys
{
    QByteArray chunkKey;
    QByteArray noncePrefix;
    QByteArray headerMacKey;
    QByteArray commitKey;

    static Result<FileKeys> derive(const QByteArray &fileKey, const QByteArray &fileId)
    {
        using namespace ContainerFormat;
        FileKeys keys;
        for (auto [target, label, size] : {std::tuple{&keys.chunkKey, &chunkLabel, 32},
                                           std::tuple{&keys.noncePrefix, &nonceLabel, 4},
                                           std::tuple{&keys.headerMacKey, &headerMacLabel, 32},
                                           std::tuple{&keys.commitKey, &commitLabel, 32}}) {
            Result<QByteArray> derived = Crypto::hkdfSha256(fileKey, fileId, *label, size);
            if (!derived)
                return derived.error();
            *target = *derived;
        }
        return keys;
    }

    ~FileKeys()
    {
        Crypto::wipe(chunkKey);
        Crypto::wipe(headerMacKey);
        Crypto::wipe(commitKey);
    }

    QByteArray nonce(quint64 index) const
    {
        QByteArray result = noncePrefix;
        ContainerFormat::appendUint(result, index, 8);
        return result;
    }

    QByteArray commitment(const QByteArray &fileId) const
    {
        return Crypto::hmacSha256(commitKey, ContainerFormat::commitLabel + fileId);
    }

    static QByteArray chunkAad(const QByteArray &fileId, quint64 index, quint8 flags,
                               quint32 length)
    {
        QByteArray aad = fileId;
        ContainerFormat::appendUint(aad, index, 8);
        ContainerFormat::appendUint(aad, flags, 1);
        ContainerFormat::appendUint(aad, length, 4);
        return aad;
    }
};

} // namespace Hubstate::Core
