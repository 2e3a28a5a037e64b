#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Hubstate::Core {

// SQLite reads a write-ahead log up to its first frame whose checksum fails and silently drops
// the rest, committed transactions included. This reads the log as SQLite's file format
// describes it (sqlite.org/fileformat2.html#walformat) and says when that would lose a commit:
// a frame of the current log whose checksum fails, followed by (or itself being) a commit frame.
// A torn last frame or an unfinished transaction after a crash loses nothing committed and is
// not reported.
class WriteAheadLog
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::WriteAheadLog)

public:
    // Empty when `databasePath`-wal is absent, empty or reads whole.
    static QString lostCommits(const QString &databasePath);

    // The damaged logs kept beside the database (see keepDamaged()), until the user removes
    // them.
    static QStringList keptDamaged(const QString &databasePath);
    // When the log would lose commits: copies it beside the database as NAME-wal.damaged-TIME
    // before SQLite drops its unreadable frames for good, and says so; empty otherwise.
    static QString keepIfLosingCommits(const QString &databasePath);
    // What `check` says of a kept log.
    static QString describeKept(const QString &keptPath);
};

} // namespace Hubstate::Core
