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
    // Where an entry goes; nullptr to hash it only.
    using Target = std::function<QIODevice *(const QString &name)>;

    // `source` names the backup in messages.
    ArchiveReader(Source source, QString sourceName);

    // Reads every entry; then the manifest must list exactly the entries read, with their sizes
    // and hashes. Error::damaged names the entry and what does not match.
    [[nodiscard]] Result<BackupManifest> read(const Target &target);

private:
    Source m_source;
    QString m_sourceName;
};

} // namespace Hubstate::Core
