#include "writeaheadlog.h"

#include "core/common/atomicfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace Hubstate::Core {

namespace {

constexpr qsizetype kHeaderSize = 32;
constexpr qsizetype kFrameHeaderSize = 24;
constexpr quint32 kMagic = 0x377f0682; // the low bit says the checksums' byte order
constexpr quint32 kVersion = 3007000;

struct Checksum
{
    quint32 s0 = 0;
    quint32 s1 = 0;

    // SQLite's running checksum over 32-bit words, in the byte order the magic names.
    void add(const char *data, qsizetype size, bool bigEndian)
    {
        for (qsizetype i = 0; i + 8 <= size; i += 8) {
            const quint32 x0 = bigEndian ? qFromBigEndian<quint32>(data + i)
                                         : qFromLittleEndian<quint32>(data + i);
            const quint32 x1 = bigEndian ? qFromBigEndian<quint32>(data + i + 4)
                                         : qFromLittleEndian<quint32>(data + i + 4);
            s0 += x0 + s1;
            s1 += x1 + s0;
        }
    }
    bool matches(const char *stored) const
    {
        return qFromBigEndian<quint32>(stored) == s0 && qFromBigEndian<quint32>(stored + 4) == s1;
    }
};

quint32 word(const QByteArray &bytes, qsizetype at)
{
    return qFromBigEndian<quint32>(bytes.constData() + at);
}

QString walPath(const QString &databasePath)
{
    return databasePath + QStringLiteral("-wal");
}

} // namespace

QString WriteAheadLog::lostCommits(const QString &databasePath)
{
    const QString path = walPath(databasePath);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() <= kHeaderSize)
        return {};
    const QByteArray header = file.read(kHeaderSize);
    if (header.size() != kHeaderSize)
        return {};
    const quint32 magic = word(header, 0);
    const quint32 pageSize = word(header, 8);
    const bool validPageSize = pageSize >= 512 && pageSize <= 65536
        && (pageSize & (pageSize - 1)) == 0;
    Checksum running;
    const bool bigEndian = magic & 1;
    running.add(header.constData(), 24, bigEndian);
    if ((magic & ~1u) != kMagic || word(header, 4) != kVersion || !validPageSize
        || !running.matches(header.constData() + 24)) {
        return tr("%1: its header is damaged, so SQLite ignores all of its %2 bytes, committed "
                  "changes included")
            .arg(path)
            .arg(file.size() - kHeaderSize);
    }
    const quint32 salt1 = word(header, 16);
    const quint32 salt2 = word(header, 20);

    qint64 frame = 0;
    qint64 firstBad = -1;
    qint64 commitsAfter = 0;
    const qsizetype frameSize = kFrameHeaderSize + qsizetype(pageSize);
    for (;; ++frame) {
        const QByteArray bytes = file.read(frameSize);
        if (bytes.size() < frameSize)
            break; // a torn last frame was never acknowledged as written
        // Frames of an earlier generation of the log (before it was restarted) carry other
        // salts: the current log ends there.
        if (word(bytes, 8) != salt1 || word(bytes, 12) != salt2)
            break;
        const bool commit = word(bytes, 4) != 0;
        if (firstBad < 0) {
            Checksum next = running;
            next.add(bytes.constData(), 8, bigEndian);
            next.add(bytes.constData() + kFrameHeaderSize, pageSize, bigEndian);
            if (next.matches(bytes.constData() + 16)) {
                running = next;
                continue;
            }
            firstBad = frame;
        }
        if (commit)
            ++commitsAfter;
    }
    if (firstBad < 0 || commitsAfter == 0)
        return {};
    return tr("%1: frame %2 of %3 fails its checksum, so SQLite drops it and every committed "
              "transaction from there on (%4)")
        .arg(path)
        .arg(firstBad + 1)
        .arg(frame)
        .arg(commitsAfter);
}

QStringList WriteAheadLog::keptDamaged(const QString &databasePath)
{
    const QFileInfo info(walPath(databasePath));
    QStringList kept;
    for (const QFileInfo &copy :
         info.dir().entryInfoList({info.fileName() + QStringLiteral(".damaged-*")}, QDir::Files,
                                  QDir::Name))
        kept.append(copy.absoluteFilePath());
    return kept;
}

QString WriteAheadLog::keepIfLosingCommits(const QString &databasePath)
{
    const QString lost = lostCommits(databasePath);
    if (lost.isEmpty())
        return {};
    const QString copy = walPath(databasePath) + QStringLiteral(".damaged-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzz"));
    if (Status kept = AtomicFile::copyNew(walPath(databasePath), copy); !kept)
        return tr("%1. It could not be kept: %2").arg(lost, kept.error().message);
    return tr("%1. The log is kept as %2.").arg(lost, copy);
}

QString WriteAheadLog::describeKept(const QString &keptPath)
{
    return tr("%1: a write-ahead log whose committed changes SQLite could not read; they are not "
              "in the database. A backup from before may hold them; remove the file once that is "
              "dealt with.")
        .arg(keptPath);
}

} // namespace Hubstate::Core
