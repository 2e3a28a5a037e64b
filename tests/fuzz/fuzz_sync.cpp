// A sync store's files as a device reads them from another device, once their seal is open
// (a device that knows the passphrase may still be hostile), and the store's header, read in
// clear: SyncStoreHeader::parse, SyncFile::decodeChanges and SyncFile::decodeInfo on any bytes.
// What they keep must be what a device would write again, and nothing they refuse is kept.
#include "core/sync/syncfile.h"
#include "core/sync/syncremote.h"
#include "fuzztarget.h"

using namespace Hubstate::Core;

namespace {
const QString device = QStringLiteral("0123456789abcdef");
} // namespace

void fuzzOne(const QByteArray &input)
{
    const QString source = QStringLiteral("fuzz.hsync");
    if (Result<SyncStoreHeader> header = SyncStoreHeader::parse(input, source)) {
        Result<SyncStoreHeader> again = SyncStoreHeader::parse(header->toJson(), source);
        Hubstate::Fuzz::check(again && again->storeId == header->storeId
                                  && again->salt == header->salt && again->check == header->check,
                              "a header reads back as it was written");
    } else {
        Hubstate::Fuzz::check(header.error().message.startsWith(source),
                              "a refused header names its file");
    }

    for (SyncFile::Kind kind : {SyncFile::Kind::Segment, SyncFile::Kind::Snapshot}) {
        Result<SyncFile::Changes> changes = SyncFile::decodeChanges(input, source, kind, device, 7);
        if (!changes) {
            Hubstate::Fuzz::check(changes.error().message.startsWith(source),
                                  "a refused file names itself");
            continue;
        }
        for (const SyncVersion &change : changes->changes)
            Hubstate::Fuzz::check(!change.item.isEmpty() && !change.version.isEmpty()
                                      && !change.stamp.isNull(),
                                  "a kept record has an item, a version and a stamp");
        const QByteArray written = SyncFile::encodeChanges(kind, device, 7, changes->changes);
        Result<SyncFile::Changes> again = SyncFile::decodeChanges(written, source, kind, device, 7);
        Hubstate::Fuzz::check(again && again->problems.isEmpty()
                                  && again->changes.size() == changes->changes.size(),
                              "kept records read back whole");
    }

    if (Result<SyncFile::Info> info = SyncFile::decodeInfo(input, source, device, 3)) {
        Result<SyncFile::Info> again =
            SyncFile::decodeInfo(SyncFile::encodeInfo(device, 3, *info), source, device, 3);
        Hubstate::Fuzz::check(again && again->cursors == info->cursors && again->name == info->name,
                              "a device file reads back as it was written");
    }
}
