// The container's header parser and chunk reader, as `backup verify` and `backup restore` read
// a file: header, unlock with the key, decrypt; and the keyless structure check.
#include "core/crypto/containerreader.h"
#include "core/crypto/masterkey.h"
#include "fuzztarget.h"

#include <QBuffer>

namespace {

// The seeds in corpus/container/ were written with this key, so inputs get past the header to
// the chunks.
Hubstate::Core::MasterKey fuzzKey()
{
    return {QByteArray(32, 'F')};
}

} // namespace

void fuzzOne(const QByteArray &input)
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
            (void)reader.decryptTo(&out); // any outcome is fine; only crashes count
        }
    }
    {
        QBuffer in;
        in.setData(input);
        in.open(QIODevice::ReadOnly);
        (void)ContainerReader(&in).verifyStructure(); // as above
    }
    (void)MasterKeyEnvelope::fromBytes(input.left(133)); // as above
}
