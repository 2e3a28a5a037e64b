#pragma once

#include "manifest.h"

#include <QMap>
#include <functional>

class QIODevice;

namespace Hubstate::Core {

// Reads the archive ArchiveWriter writes (pax tar, zstd or not), pulling bytes from a source
// one buffer at a time: each entry is hashed as it streams and written to a device of the
// caller's choosing (or nowhere, to verify), and the manifest is checked against what was
// actually read. Nothing is trusted before the whole archive has been read.
class ArchiveReader
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::ArchiveReader)

public:
    // Fills `buffer` with up to `size` bytes; 0 at the end, -1 on failure (the source keeps why).
    using Source = std::function<qint64(char *buffer, qint64 size)>;
    // Where an entry goes; nullptr to hash it only; an error stops the reading. `declaredSize`
    // is what the entry's header claims (within the entry's limit, not yet vouched for by the
    // manifest): a target that writes to disk checks that there is room for it.
    using Target = std::function<Result<QIODevice *>(const QString &name, qint64 declaredSize)>;

    // Limits that hold before the manifest (the last entry) can vouch for anything.
    static constexpr qint64 smallEntryLimit = 16 * 1024 * 1024; // settings.ini, secrets.json
    static constexpr qint64 manifestLimit = 16 * 1024 * 1024;
    // Unpacked bytes may exceed this many times the packed bytes read so far only below
    // expansionFloor: a real snapshot compresses a few times, a decompression bomb thousands.
    static constexpr qint64 expansionLimit = 1000;
    static constexpr qint64 expansionFloor = 256 * 1024 * 1024;

    // `source` names the backup in messages.
    ArchiveReader(Source source, QString sourceName);

    // Reads every entry; then the manifest must list exactly the entries read, with their sizes
    // and hashes. Error::damaged names the entry and what does not match. Only the entries a
    // Hubstate backup holds are accepted, each within its limit.
    [[nodiscard]] Result<BackupManifest> read(const Target &target);

private:
    Source m_source;
    QString m_sourceName;
};

} // namespace Hubstate::Core
