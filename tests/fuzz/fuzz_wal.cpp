// The database's write-ahead log as Hubstate reads it before SQLite does, at every open of the
// database: WriteAheadLog::lostCommits() on any bytes. What it reports names the log.
#include "core/state/writeaheadlog.h"
#include "fuzztarget.h"

using namespace Hubstate::Core;

void fuzzOne(const QByteArray &input)
{
    const QString wal = Hubstate::Fuzz::writeScratchFile(QStringLiteral("hubstate.db-wal"), input);
    const QString database = wal.chopped(4);
    const QString lost = WriteAheadLog::lostCommits(database);
    Hubstate::Fuzz::check(lost.isEmpty() || lost.startsWith(wal), "a report names the log");
    Hubstate::Fuzz::check(lost == WriteAheadLog::lostCommits(database),
                          "the same log reads the same");
}
