// libFuzzer target for the container's header parser and chunk reader.
// Built with clang by tests/fuzz/run.sh; built with the normal compiler it is a plain program
// that replays the corpus (a CTest), so every input the fuzzer ever kept stays checked.
#include "core/crypto/containerreader.h"
#include "core/crypto/masterkey.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <cstdint>
#include <cstdio>

namespace {

// The seeds in corpus/ were written with this key, so inputs get past the header to the chunks.
Hubstate::Core::MasterKey fuzzKey()
{
    return {QByteArray(32, 'F')};
}

void readAll(const QByteArray &input)
{
    using namespace Hubstate::Core;
    {
        QBuffer in;
        in.setData(input);
        in.open(QIODevice::ReadOnly);
        ContainerReader reader(&in);
        if (reader.readHeader() && reader.unlock(fuzzKey())) {
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            (void)reader.decryptTo(&out);
        }
    }
    {
        QBuffer in;
        in.setData(input);
        in.open(QIODevice::ReadOnly);
        (void)ContainerReader(&in).verifyStructure();
    }
    (void)MasterKeyEnvelope::fromBytes(input.left(133));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    readAll(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}

#ifndef HUBSTATE_LIBFUZZER
int main(int argc, char *argv[])
{
    // Replays every file of the corpus folders given.
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        const QDir directory(QString::fromLocal8Bit(argv[i]));
        for (const QString &name : directory.entryList(QDir::Files)) {
            QFile file(directory.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                return 1;
            readAll(file.readAll());
            ++files;
        }
    }
    std::printf("replayed %d inputs\n", files);
    return files > 0 ? 0 : 1;
}
#endif
