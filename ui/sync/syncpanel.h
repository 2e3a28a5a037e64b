#pragma once

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace Hubstate::Core {
class PreferencesStore;
class SyncScheduler;
} // namespace Hubstate::Core

namespace Hubstate::Ui {

class SettingsPage;
class SyncConflictsView;
class SyncDevicesBox;
class SyncSetupDialog;

// The hand-made part of the Synchronisation page, above the schema's sync switches: what does
// not sync (conversation history), setting sync up (SyncSetupDialog), and once it is set up its
// state (last sync, changes waiting, last error, next run) with Sync now and Leave, the devices
// and the conflicts. Engine calls run on the scheduler's worker, never on the GUI thread.
class SyncPanel : public QWidget
{
    Q_OBJECT

public:
    SyncPanel(Core::PreferencesStore &store, Core::SyncScheduler &scheduler,
              QWidget *parent = nullptr);
    ~SyncPanel() override;

    // Puts a panel on `page` in place of the raw server address row, which set-up replaces.
    static SyncPanel *addTo(SettingsPage &page, Core::PreferencesStore &store,
                            Core::SyncScheduler &scheduler);

    SyncSetupDialog *setupDialog() const;
    SyncConflictsView *conflicts() const { return m_conflicts; }

public Q_SLOTS:
    void openSetup();
    void leave();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void update();
    void setUp(bool created, const QString &message);
    void setResult(const QString &text);
    void setRow(QLabel *value, const QString &text);

    Core::PreferencesStore &m_store;
    Core::SyncScheduler &m_scheduler;
    QPointer<SyncSetupDialog> m_setupDialog;
    QWidget *m_setupBox = nullptr;
    QLabel *m_setupText = nullptr;
    QPushButton *m_setUp = nullptr;
    QWidget *m_statusBox = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_destination = nullptr;
    QLabel *m_device = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_lastSync = nullptr;
    QLabel *m_report = nullptr; // what the last sync sent and received
    QLabel *m_pending = nullptr;
    QLabel *m_nextRun = nullptr;
    QLabel *m_lastError = nullptr;
    QPushButton *m_syncNow = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_leave = nullptr;
    QLabel *m_result = nullptr;
    SyncDevicesBox *m_devices = nullptr;
    SyncConflictsView *m_conflicts = nullptr;
    QTimer *m_tick = nullptr;
};

} // namespace Hubstate::Ui
