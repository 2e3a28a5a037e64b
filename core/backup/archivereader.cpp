#include "archivereader.h"

#include "core/crypto/hashpipeline.h"

#include <QIODevice>
#include <archive.h>
#include <archive_entry.h>
#include <limits>
#include <memory>

namespace Hubstate::Core {

namespace {

constexpr qint64 kBufferSize = 1024 * 1024;

struct SourceState
{
    ArchiveReader::Source *source;
    QByteArray buffer;
    qint64 consumed = 0; // packed bytes handed to libarchive
};

la_ssize_t readCallback(struct archive *, void *client, const void **buffer)
{
    auto *state = static_cast<SourceState *>(client);
    const qint64 n = (*state->source)(state->buffer.data(), state->buffer.size());
    *buffer = state->buffer.constData();
    if (n > 0)
        state->consumed += n;
    return la_ssize_t(n);
}

// The most an entry of a Hubstate backup may hold; 0 for a name no Hubstate backup has.
qint64 entryLimit(const QString &name)
{
    if (name == BackupManifest::databaseEntry())
        return std::numeric_limits<qint64>::max(); // bounded by expansion and the disk's room
    if (name == BackupManifest::settingsEntry() || name == BackupManifest::secretsEntry())
        return ArchiveReader::smallEntryLimit;
    if (name == BackupManifest::entryName())
        return ArchiveReader::manifestLimit;
    return 0;
}

struct ArchiveDeleter
{
    void operator()(::archive *a) const { archive_read_free(a); }
};

} // namespace

ArchiveReader::ArchiveReader(Source source, QString sourceName)
    : m_source(std::move(source))
    , m_sourceName(std::move(sourceName))
{
}

Result<BackupManifest> ArchiveReader::read(const Target &target)
{
    std::unique_ptr<::archive, ArchiveDeleter> archive(archive_read_new());
    archive_read_support_format_tar(archive.get());
    archive_read_support_filter_zstd(archive.get());
    archive_read_support_filter_none(archive.get());
    SourceState state{&m_source, QByteArray(kBufferSize, Qt::Uninitialized)};

    const auto damaged = [&](const QString &what) {
        return Error::damaged(tr("%1 is damaged: %2").arg(m_sourceName, what),
                              QString::fromLocal8Bit(archive_error_string(archive.get())));
    };
    if (archive_read_open(archive.get(), &state, nullptr, readCallback, nullptr) != ARCHIVE_OK)
        return damaged(tr("not a Hubstate backup archive"));

    QMap<QString, BackupManifest::Entry> read;
    QByteArray manifestBytes;
    qint64 unpacked = 0;
    QByteArray buffer;
    for (;;) {
        archive_entry *entry = nullptr;
        const int rc = archive_read_next_header(archive.get(), &entry);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc != ARCHIVE_OK)
            return damaged(tr("an archive header cannot be read"));
        const QString name = QString::fromUtf8(archive_entry_pathname_utf8(entry));
        const bool isManifest = name == BackupManifest::entryName();
        if (!BackupManifest::isSafeEntryName(name) || archive_entry_filetype(entry) != AE_IFREG)
            return damaged(tr("the entry \"%1\" is not a plain file name").arg(name));
        if (read.contains(name) || (isManifest && !manifestBytes.isNull()))
            return damaged(tr("the entry \"%1\" appears twice").arg(name));
        if (!manifestBytes.isNull())
            return damaged(tr("the entry \"%1\" follows the manifest").arg(name));
        const qint64 limit = entryLimit(name);
        if (limit == 0)
            return damaged(tr("the entry \"%1\" is not part of a Hubstate backup").arg(name));
        const qint64 declared = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : -1;
        if (declared < 0 || declared > limit) {
            return damaged(tr("the entry \"%1\" claims %2 bytes, more than the %3 it may hold")
                               .arg(name)
                               .arg(declared)
                               .arg(limit));
        }

        QIODevice *output = nullptr;
        if (!isManifest && target) {
            Result<QIODevice *> chosen = target(name, declared);
            if (!chosen)
                return chosen.error();
            output = *chosen;
        }
        // Hashed on another core while this one decompresses and writes: each piece is a
        // buffer of its own, shared with the hashing thread, never copied.
        Crypto::HashPipeline hash;
        qint64 size = 0;
        if (isManifest)
            manifestBytes = QByteArray("");
        for (;;) {
            buffer = QByteArray(kBufferSize, Qt::Uninitialized);
            const la_ssize_t n =
                archive_read_data(archive.get(), buffer.data(), size_t(buffer.size()));
            if (n < 0)
                return damaged(tr("the entry \"%1\" cannot be read").arg(name));
            if (n == 0)
                break;
            size += n;
            unpacked += n;
            if (unpacked > ArchiveReader::expansionFloor
                && unpacked / ArchiveReader::expansionLimit > state.consumed) {
                return damaged(tr("it unpacks to more than %1 times its size, which no Hubstate "
                                  "backup does (stopped at the entry \"%2\")")
                                   .arg(ArchiveReader::expansionLimit)
                                   .arg(name));
            }
            if (isManifest) {
                manifestBytes.append(buffer.constData(), n);
                continue;
            }
            hash.addData(buffer, n);
            if (output && output->write(buffer.constData(), n) != n) {
                return Error::operationFailed(tr("Cannot write %1 from %2: %3")
                                                  .arg(name, m_sourceName, output->errorString()));
            }
        }
        if (!isManifest)
            read.insert(name, BackupManifest::Entry{name, size, hash.result()});
    }
    if (manifestBytes.isNull())
        return damaged(tr("it has no manifest (the archive is incomplete)"));

    Result<BackupManifest> manifest = BackupManifest::fromJson(manifestBytes, m_sourceName);
    if (!manifest)
        return manifest;
    for (const BackupManifest::Entry &listed : manifest->entries) {
        const auto found = read.constFind(listed.name);
        if (found == read.cend())
            return damaged(
                tr("the entry \"%1\" listed in the manifest is missing").arg(listed.name));
        if (found->size != listed.size || found->sha256 != listed.sha256) {
            return damaged(
                tr("the entry \"%1\" does not match its SHA-256 in the manifest").arg(listed.name));
        }
    }
    for (const QString &name : read.keys()) {
        if (!manifest->entry(name))
            return damaged(tr("the entry \"%1\" is not listed in the manifest").arg(name));
    }
    return manifest;
}

} // namespace Hubstate::Core
