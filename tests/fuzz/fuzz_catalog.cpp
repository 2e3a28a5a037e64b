// The backup catalog file (state/backups.json) as every backup command loads it; what loads
// must save and load again without losing a record.
#include "core/backup/backupcatalog.h"
#include "fuzztarget.h"

#include <QJsonDocument>

using namespace Hubstate::Core;

void fuzzOne(const QByteArray &input)
{
    const QString path =
        Hubstate::Fuzz::writeScratchFile(QStringLiteral("state/backups.json"), input);
    BackupCatalog catalog(path);
    if (!catalog.load())
        return;
    const QList<BackupRecord> records = catalog.records();
    for (const BackupRecord &record : records) {
        (void)catalog.at(record.destination);
        Hubstate::Fuzz::check(catalog.find(record.destination, record.file) != nullptr,
                              "every record is found");
    }
    (void)catalog.newestVerified();
    if (!catalog.save())
        return;

    BackupCatalog reread(path);
    Hubstate::Fuzz::check(reread.load().ok() && reread.notices().isEmpty(),
                          "a saved catalog loads without notices");
    const QList<BackupRecord> again = reread.records();
    Hubstate::Fuzz::check(again.size() == records.size(), "a saved catalog keeps every record");
    for (qsizetype i = 0; i < records.size(); ++i) {
        Hubstate::Fuzz::check(again.at(i).toJson() == records.at(i).toJson(),
                              "a saved catalog keeps every record unchanged");
    }
}
