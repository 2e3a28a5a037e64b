#pragma once

#include "result.h"

#include <QStringList>

namespace Hubstate::Core::PrivateFiles {

// Hubstate's files are 0600 and its folders 0700 whatever the umask: the profile holds the
// conversation history, the settings and the backups (as KeePassXC and ssh keep theirs). The
// core never changes the process umask (it is a library); every place that creates a file or a
// folder of the profile asks for these modes itself.
constexpr unsigned fileMode = 0600;
constexpr unsigned folderMode = 0700;

// Like QDir::mkpath, but every folder it creates is 0700. Folders that exist already keep
// their mode (see exposed()).
bool makePath(const QString &folder);

// Creates `path` as an empty 0600 file unless it exists (then it is left as it is). SQLite
// and QSaveFile keep the mode of a file they find, and SQLite gives its -wal and -shm files
// the mode of the database: so a database, a VACUUM INTO target or a QSettings file is
// created here first.
[[nodiscard]] Status createFile(const QString &path);

// Makes a file Hubstate has just written 0600 (a descriptor, or a path); false on failure.
bool restrict(int fd);
bool restrict(const QString &path);

// The files and folders under `roots` (and the roots themselves) that group or others may
// read, write or enter, as "PATH (mode 0644)"; symbolic links are not followed. Stops after
// `limit` findings.
QStringList exposed(const QStringList &roots, int limit = 20);

} // namespace Hubstate::Core::PrivateFiles
