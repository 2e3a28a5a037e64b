#pragma once

// The entries of a ZIP file, decompressed, read with libarchive as any unzip tool would.
#include <QByteArray>
#include <QMap>
#include <QString>
#include <archive.h>
#include <archive_entry.h>

namespace Hubstate::Tests {

// Empty when the file is not a readable ZIP.
inline QMap<QString, QByteArray> zipEntries(const QString &path)
{
    QMap<QString, QByteArray> entries;
    archive *reader = archive_read_new();
    archive_read_support_format_zip(reader);
    if (archive_read_open_filename(reader, path.toLocal8Bit().constData(), 64 * 1024)
        != ARCHIVE_OK) {
        archive_read_free(reader);
        return entries;
    }
    archive_entry *entry = nullptr;
    while (archive_read_next_header(reader, &entry) == ARCHIVE_OK) {
        QByteArray contents;
        char buffer[65536];
        la_ssize_t read = 0;
        while ((read = archive_read_data(reader, buffer, sizeof buffer)) > 0)
            contents.append(buffer, read);
        if (read < 0)
            return {};
        entries.insert(QString::fromUtf8(archive_entry_pathname_utf8(entry)), contents);
    }
    archive_read_free(reader);
    return entries;
}

} // namespace Hubstate::Tests
