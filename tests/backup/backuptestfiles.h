#pragma once

// Backup-sized test files written in pieces (never held in memory whole) and their hashes.
#include "../core/testfiles.h"
#include "core/crypto/primitives.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace Hubstate::Tests {

// `size` bytes that differ per `seed`, written 1 MiB at a time; returns the SHA-256, or an
// empty array when writing failed.
inline QByteArray writeBackupLikeFile(const QString &path, qint64 size, quint32 seed = 1)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    Core::Crypto::Sha256Stream hash;
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (qint64 done = 0, index = 0; done < size; ++index) {
        for (qsizetype i = 0; i < block.size(); i += 4) {
            const quint32 value = (quint32(index) * 2654435761u) ^ (quint32(i) * 40503u) ^ seed;
            memcpy(block.data() + i, &value, 4);
        }
        const qint64 piece = std::min<qint64>(block.size(), size - done);
        if (file.write(block.constData(), piece) != piece)
            return {};
        hash.addData(block.constData(), piece);
        done += piece;
    }
    return hash.result();
}

inline QByteArray sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Core::Crypto::Sha256Stream hash;
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (qint64 got; (got = file.read(block.data(), block.size())) > 0;)
        hash.addData(block.constData(), got);
    return hash.result();
}

// Every name in a folder, hidden ones included: what an admin's `ls -a` shows.
inline QStringList allNames(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

} // namespace Hubstate::Tests
