#pragma once

#include <QDateTime>
#include <QToolButton>

class QTimer;

namespace Hubstate::Core {
class SyncScheduler;
}

namespace Hubstate::Ui {

// The sync state in the status bar ("Synced 2 min ago", "Syncing…", "Offline, retry at 14:05",
// "2 conflicts"); pressing it (by mouse, or Tab and Space) opens the Synchronisation page.
class SyncStatusButton : public QToolButton
{
    Q_OBJECT

public:
    explicit SyncStatusButton(Core::SyncScheduler &scheduler, QWidget *parent = nullptr);

    // The short text for the scheduler's state at `now`; the page and the button share it.
    static QString summary(const Core::SyncScheduler &scheduler,
                           const QDateTime &now = QDateTime::currentDateTime());
    // "just now", "5 min ago", "at 14:03", "on 3 Dec at 14:03".
    static QString ago(const QDateTime &when, const QDateTime &now);
    // A time of day in the locale's short format, without seconds ("14:05").
    static QString clock(const QDateTime &when);
    // The time alone today, else the date and the time.
    static QString moment(const QDateTime &when);

private:
    void update();

    Core::SyncScheduler &m_scheduler;
    QTimer *m_tick;
};

} // namespace Hubstate::Ui
