#pragma once

#include "backupjob.h"

#include <QCoreApplication>

namespace Hubstate::Core {
struct BackupRecord;
}

namespace Hubstate::Ui {

// The work the Backups page hands to its BackupJob, one function per operation. Each runs on
// the job's thread and returns the outcome as the page shows it.
class BackupOperations
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Ui::BackupOperations)

public:
    // A backup to backup.destination; `password` serves when there is no backup key.
    static BackupJob::Work create(const QString &password);
    // Reads the file in full (fetched first from a WebDAV server); a damaged file in a folder
    // is quarantined.
    static BackupJob::Work verify(const Core::BackupRecord &record, const QString &password);
    // Removes the file at its destination and its record, under the operation lock.
    static BackupJob::Work remove(const Core::BackupRecord &record);
    // Reconciles the catalog with backup.destination and, while encryption is on, asks the
    // keychain (value: a map of healthy, problem, hasKeys; empty when not asked).
    static BackupJob::Work refresh();
};

} // namespace Hubstate::Ui
