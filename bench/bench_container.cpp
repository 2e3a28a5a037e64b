// Encryption and decryption throughput of the container at its 64 KiB chunks, in MB/s
// (10^6 bytes), with the master key (no password derivation):
//   hubstate-bench-container [MEGABYTES]
#include "core/crypto/containerreader.h"
#include "core/crypto/containerwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace Hubstate::Core;

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const qint64 megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 256;
    QTextStream out(stdout);
    const MasterKey key = MasterKey::generate();
    Result<MasterKeyEnvelope> envelope =
        MasterKeyEnvelope::seal(key, QStringLiteral("bench"), KdfParameters::pbkdf2(600000));
    if (!envelope)
        return 1;
    const QByteArray block(1024 * 1024, 'x');

    // Encrypting into memory gives the input for decryption; the timed run writes to /dev/null.
    QByteArray memory;
    memory.reserve(megabytes * 1024 * 1024 + megabytes * 1024);
    QBuffer encrypted(&memory);
    encrypted.open(QIODevice::WriteOnly);
    QFile discard(QStringLiteral("/dev/null"));
    discard.open(QIODevice::WriteOnly);
    QElapsedTimer timer;
    double encryptSeconds = 0;
    for (QIODevice *device :
         {static_cast<QIODevice *>(&encrypted), static_cast<QIODevice *>(&discard)}) {
        timer.start();
        ContainerWriter writer(device, key, *envelope);
        if (!writer.begin())
            return 1;
        for (qint64 i = 0; i < megabytes; ++i) {
            if (!writer.write(block))
                return 1;
        }
        if (!writer.finish())
            return 1;
        encryptSeconds = timer.nsecsElapsed() / 1e9;
    }

    QBuffer in(&memory);
    in.open(QIODevice::ReadOnly);
    QFile sink(QStringLiteral("/dev/null"));
    sink.open(QIODevice::WriteOnly);
    timer.restart();
    ContainerReader reader(&in);
    if (!reader.readHeader() || !reader.unlock(key) || !reader.decryptTo(&sink))
        return 1;
    const double decryptSeconds = timer.nsecsElapsed() / 1e9;
    const double bytes = double(megabytes) * 1024 * 1024;
    out << QStringLiteral("encrypt %1 MB/s decrypt %2 MB/s\n")
               .arg(bytes / encryptSeconds / 1e6, 0, 'f', 0)
               .arg(bytes / decryptSeconds / 1e6, 0, 'f', 0);
    return 0;
}
