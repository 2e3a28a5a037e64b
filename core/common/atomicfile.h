#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

class QFile;

namespace Hubstate::Core::AtomicFile {

// Replaces `path` with `data` so that a crash at any point leaves either the old or the new
// file: write a temporary beside it, fsync, rename over, fsync the directory. The new file is
// 0600 and any folder created for it 0700, whatever the umask (PrivateFiles).
[[nodiscard]] Status write(const QString &path, const QByteArray &data);

// Moves an already written and fsynced file over `target` and makes the rename durable.
[[nodiscard]] Status replace(const QString &source, const QString &target);

// Finishes a download written into `partial` (still open): flushes and fsyncs it, closes it and
// moves it over `target`. On failure the partial file is removed and `target` left as it was.
[[nodiscard]] Status commit(QFile &partial, const QString &target);

// Makes a file's contents durable (fsync).
[[nodiscard]] Status sync(const QString &path);

// Makes the entries of a directory (renames, creations) durable.
[[nodiscard]] Status syncDirectory(const QString &directory);

// Copies `source` to `target` durably; refuses to overwrite an existing target.
[[nodiscard]] Status copyNew(const QString &source, const QString &target);

} // namespace Hubstate::Core::AtomicFile
