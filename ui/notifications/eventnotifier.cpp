#include "eventnotifier.h"

#include "core/backup/backupscheduler.h"
#include "core/settings/preferencesstore.h"
#include "core/sync/syncscheduler.h"

#include <QFileInfo>
#include <QStatusBar>

namespace Hubstate::Ui {

using Kind = Core::DesktopNotifier::Kind;

EventNotifier::EventNotifier(Core::DesktopNotifier &notifier, QStatusBar *statusBar,
                             QObject *parent)
    : QObject(parent)
    , m_notifier(notifier)
    , m_statusBar(statusBar)
{
    connect(&m_notifier, &Core::DesktopNotifier::undelivered, this,
            [this](Kind, const QString &text) {
                if (m_statusBar)
                    m_statusBar->showMessage(text);
            });
}

void EventNotifier::watch(Core::BackupScheduler &scheduler)
{
    connect(&scheduler, &Core::BackupScheduler::backupFinished, this,
            [this](bool succeeded, const QString &message) {
                if (!succeeded)
                    m_notifier.notify(Kind::BackupProblem, tr("Scheduled backup failed"), message);
            });
    // Stale only counts while scheduled backups are on and one is overdue: a new profile has
    // "no verified backup yet" until its first one is due, and that is no news.
    connect(&scheduler, &Core::BackupScheduler::staleChanged, this,
            [this, &scheduler](const QString &warning) {
                if (warning.isEmpty()
                    || !m_notifier.settings().value(QStringLiteral("backup.enabled")).toBool())
                    return;
                const Core::Result<QDateTime> due = scheduler.nextDue();
                if (due && *due > QDateTime::currentDateTimeUtc())
                    return;
                m_notifier.notify(Kind::BackupProblem, tr("Backups are out of date"), warning);
            });
}

void EventNotifier::watch(Core::SyncScheduler &scheduler)
{
    connect(&scheduler, &Core::SyncScheduler::changed, this,
            [this, &scheduler] { syncChanged(scheduler); });
}

void EventNotifier::syncChanged(const Core::SyncScheduler &scheduler)
{
    // Told once per new conflict: a count that only falls (the person resolved some) is quiet.
    const int open = scheduler.status().openConflicts;
    if (open > m_conflictsTold) {
        m_notifier.notify(Kind::SyncConflict, tr("Sync needs a decision"),
                          tr("%n setting(s) or item(s) changed here and on another device. "
                             "Choose which to keep on the Synchronisation page.",
                             nullptr, open));
    }
    m_conflictsTold = open;
}

void EventNotifier::restoreFinished(bool succeeded, const QString &file, const QString &message)
{
    const QString name = QFileInfo(file).fileName();
    if (succeeded) {
        m_notifier.notify(Kind::RestoreFinished, tr("Restore finished"),
                          tr("Restored from %1.").arg(name));
    } else {
        m_notifier.notify(Kind::RestoreFinished, tr("Restore failed"), message);
    }
}

} // namespace Hubstate::Ui
