#pragma once

#include "core/notifications/desktopnotifier.h"

#include <QObject>
#include <QPointer>

class QStatusBar;

namespace Hubstate::Core {
class BackupScheduler;
class SyncScheduler;
} // namespace Hubstate::Core

namespace Hubstate::Ui {

// What the window tells the person of while it runs: a scheduled backup that failed or went
// stale, a finished restore, new sync conflicts. On the desktop through DesktopNotifier, in
// the status bar when the desktop does not take it (switched off, no notification service).
class EventNotifier : public QObject
{
    Q_OBJECT

public:
    EventNotifier(Core::DesktopNotifier &notifier, QStatusBar *statusBar,
                  QObject *parent = nullptr);

    void watch(Core::BackupScheduler &scheduler);
    void watch(Core::SyncScheduler &scheduler);

public Q_SLOTS:
    // Connected to RestoreWizard::restoreFinished.
    void restoreFinished(bool succeeded, const QString &file, const QString &message);

private:
    void syncChanged(const Core::SyncScheduler &scheduler);

    Core::DesktopNotifier &m_notifier;
    QPointer<QStatusBar> m_statusBar;
    int m_conflictsTold = 0; // open sync conflicts already told of
};

} // namespace Hubstate::Ui
