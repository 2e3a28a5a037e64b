// History lines (JSON Lines) as `history import` reads them, into a real database that lives
// across inputs. An import that succeeds accounts for every line, and importing the same file
// again adds nothing, as the importer promises.
#include "core/state/historyimporter.h"
#include "core/state/statedatabase.h"
#include "fuzztarget.h"

using namespace Hubstate::Core;

namespace {

StateDatabase &database()
{
    static StateDatabase *opened = [] {
        auto *database = new StateDatabase; // lives until exit, like the program's
        Hubstate::Fuzz::check(
            database->open(Hubstate::Fuzz::sharedFolder() + QStringLiteral("/hubstate.db")).ok(),
            "the database opens");
        return database;
    }();
    return *opened;
}

} // namespace

void fuzzOne(const QByteArray &input)
{
    const QString path = Hubstate::Fuzz::writeScratchFile(QStringLiteral("history.jsonl"), input);
    HistoryImporter importer(database());
    const Result<ImportReport> report = importer.importFile(path);
    if (!report) {
        (void)report.error().message;
        return;
    }
    qint64 messages = 0;
    for (const QByteArray &line : input.split('\n'))
        messages += line.trimmed().isEmpty() ? 0 : 1;
    Hubstate::Fuzz::check(report->imported + report->alreadyPresent == messages,
                          "every line is imported or found already present");

    const Result<ImportReport> again = importer.importFile(path);
    Hubstate::Fuzz::check(again.ok() && again->imported == 0 && again->alreadyPresent == messages,
                          "importing the same file twice changes nothing");
}
