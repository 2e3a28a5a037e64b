#pragma once

#include "manifest.h"

#include <functional>

struct archive;

namespace Hubstate::Core {

// A pax tar, optionally zstd-compressed (on every core), streamed through libarchive to a
// sink: one entry at a time, each hashed as it goes, never more than a buffer in memory.
class ArchiveWriter
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::ArchiveWriter)

public:
    // Takes the archive's bytes; false when they could not be written (the sink keeps why).
    using Sink = std::function<bool(const char *data, qint64 size)>;
    // Bytes of entry data written so far; false cancels.
    using Progress = std::function<bool(qint64 done)>;

    ArchiveWriter(Sink sink, bool compress, Progress progress = {});
    ~ArchiveWriter();
    ArchiveWriter(const ArchiveWriter &) = delete;
    ArchiveWriter &operator=(const ArchiveWriter &) = delete;

    [[nodiscard]] Status open();
    [[nodiscard]] Result<BackupManifest::Entry> addFile(const QString &name, const QString &path);
    [[nodiscard]] Result<BackupManifest::Entry> addData(const QString &name,
                                                        const QByteArray &data);
    [[nodiscard]] Status close();

    static bool cancelled(const Error &error);

private:
    Status archiveError(const QString &what);
    Status header(const QString &name, qint64 size);
    Status data(const char *bytes, qint64 size);

    ::archive *m_archive = nullptr;
    Sink m_sink;
    Progress m_progress;
    bool m_compress;
    qint64 m_done = 0;
};

} // namespace Hubstate::Core
