#pragma once

#include "core/backup/recovery.h"
#include "core/profile/profile.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace Hubstate::Core {
class AgentRepository;
class BackupScheduler;
class DesktopNotifier;
class LayoutRepository;
class PreferencesStore;
class ProfileMonitor;
class SecretStore;
class StateDatabase;
class StoredReferences;
class SyncScheduler;
} // namespace Hubstate::Core

namespace Hubstate::Ui {
class EventNotifier;
class LiveUpdates;
class MainWindow;
class RecoveryDialog;
class RestoreWizard;
class ThemeApplier;
} // namespace Hubstate::Ui

namespace Hubstate::App {

// The composition root of the GUI: builds the services and hands them to the widgets, in the
// start-up sequence that tests drive as it runs:
//  1. the light check before anything opens the files (a restore left half done is finished
//     first); damage found: the recovery dialog, before the window;
//  2. the settings and the database opened; damage that only shows now (the layouts cannot be
//     counted) is damage found before the window too: the full check, and the dialog;
//  3. the window, its pages, the live updates, the schedulers; `--restore [FILE]`, or the
//     dialog's "Choose a backup yourself", opens the restore wizard on it;
//  4. quick_check in the background once the window is up; damage found there is recorded,
//     said in plain words, and Hubstate restarts into step 1, which then finds it.
// Everything a person answers is a window that does not block (the dialog, the wizard), so
// the sequence goes on when they answer; finished(exitCode) says when the program should end.
class GuiApplication : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString profile; // --profile; empty: HUBSTATE_PROFILE or the standard place
        bool restore = false; // --restore
        QString restoreFile; // --restore FILE
        QString screenshot; // --screenshot FILE: draw the window there and end
        QStringList arguments; // as given, for a restart
    };
    // Parses the command line as QCommandLineParser does (--help and --version end here).
    static Options parse(const QStringList &arguments);

    explicit GuiApplication(Options options, QObject *parent = nullptr);
    ~GuiApplication() override;

    // A restart starts the program again with these arguments; by default a new process.
    using Restart = std::function<void(const QStringList &arguments)>;
    void setRestart(Restart restart) { m_restart = std::move(restart); }

    void start();

    const Core::Profile &profile() const { return m_profile; }
    Ui::MainWindow *window() const { return m_window.get(); }
    Ui::RecoveryDialog *recoveryDialog() const;
    Ui::RestoreWizard *restoreWizard() const;
    Core::PreferencesStore *store() const { return m_store.get(); }
    Core::StateDatabase *database() const { return m_database.get(); }
    Ui::LiveUpdates *liveUpdates() const { return m_live.get(); }
    // What the recovery did this start, if anything.
    std::optional<Core::Recovery::Outcome> recovered() const { return m_recovered; }

public Q_SLOTS:
    // File > Restore from backup…, the recovery banner, Restore on a row of the Backups page.
    void openRestoreWizard(const QString &file = {});
    void openRestoreWizardOn(const QString &destination, const QString &file);

Q_SIGNALS:
    void windowShown();
    // The check in the background has read every page of the database.
    void backgroundCheckDone(const QStringList &damage);
    void finished(int exitCode);

private:
    void check();
    void showRecovery(const Core::Recovery::Finding &finding);
    void recoveryDone();
    void openServices();
    bool databaseIsDamaged(const Core::Error &error);
    void buildWindow();
    void startBackgroundCheck();
    void backgroundCheckFinished();
    Core::Status reopenDatabase();
    void end(int exitCode);
    void tearDownServices();

    Options m_options;
    Core::Profile m_profile;
    std::unique_ptr<Core::SecretStore> m_secrets;
    bool m_marked = false;
    Core::Status m_markedStatus;
    std::optional<Core::Recovery::Finding> m_finding;
    std::optional<Core::Recovery::Outcome> m_recovered;
    bool m_wizardAfterRecovery = false;
    int m_recoveries = 0;
    QString m_databaseProblem;
    qint64 m_databaseInode = -1;
    Restart m_restart;
    bool m_ended = false;

    QPointer<Ui::RecoveryDialog> m_recovery;
    QPointer<Ui::RestoreWizard> m_wizard;
    std::unique_ptr<Core::PreferencesStore> m_store;
    std::unique_ptr<Ui::ThemeApplier> m_theme;
    std::unique_ptr<Core::StateDatabase> m_database;
    std::unique_ptr<Core::StoredReferences> m_references; // the store holds a pointer to it
    std::unique_ptr<Core::LayoutRepository> m_layouts;
    std::unique_ptr<Core::AgentRepository> m_agents;
    std::unique_ptr<Core::BackupScheduler> m_scheduler;
    std::unique_ptr<Core::SyncScheduler> m_syncScheduler;
    std::unique_ptr<Core::ProfileMonitor> m_monitor;
    std::unique_ptr<Ui::LiveUpdates> m_live;
    std::unique_ptr<Ui::MainWindow> m_window;
    // Failed or stale backups, finished restores and sync conflicts, on the desktop.
    std::unique_ptr<Core::DesktopNotifier> m_notifier;
    std::unique_ptr<Ui::EventNotifier> m_events;
    std::unique_ptr<QThread> m_check;
    QStringList m_damage;
};

} // namespace Hubstate::App
