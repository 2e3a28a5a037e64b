// The composition root of the GUI: builds the services and hands them to the widgets.
#include "buildinfo.h"
#include "core/backup/backupscheduler.h"
#include "core/backup/recovery.h"
#include "core/live/profilemonitor.h"
#include "core/profile/profile.h"
#include "core/secrets/secretstore.h"
#include "core/settings/preferencesstore.h"
#include "core/settings/storedreferences.h"
#include "core/state/agentrepository.h"
#include "core/state/layoutrepository.h"
#include "core/state/statedatabase.h"
#include "core/sync/syncscheduler.h"
#include "core/translator.h"
#include "ui/agents/agentspage.h"
#include "ui/backup/backupspanel.h"
#include "ui/history/historybrowser.h"
#include "ui/layout/layoutspage.h"
#include "ui/liveupdates.h"
#include "ui/mainwindow.h"
#include "ui/pages/settingspage.h"
#include "ui/privacy/privacycentre.h"
#include "ui/restore/recoverydialog.h"
#include "ui/restore/restorewizard.h"
#include "ui/sync/syncpanel.h"
#include "ui/theme/themeapplier.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QUndoStack>
#include <sys/stat.h>

namespace {

// Present while Hubstate runs: found at the next start, it tells of a crash (and a full check).
class RunningMarker
{
public:
    explicit RunningMarker(Hubstate::Core::Profile profile)
        : m_profile(std::move(profile))
        , m_marked(Hubstate::Core::Recovery::markRunning(m_profile))
    {
    }
    ~RunningMarker() { Hubstate::Core::Recovery::markStopped(m_profile); }
    RunningMarker(const RunningMarker &) = delete;
    RunningMarker &operator=(const RunningMarker &) = delete;
    const Hubstate::Core::Status &status() const { return m_marked; }

private:
    Hubstate::Core::Profile m_profile;
    Hubstate::Core::Status m_marked;
};

} // namespace

int main(int argc, char *argv[])
{
    // Defence in depth: the core creates the profile's files 0600 and folders 0700 itself;
    // this also covers what Qt writes for the window (its geometry, in the profile's state).
    ::umask(077);
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hubstate"));
    QApplication::setApplicationDisplayName(QStringLiteral("Hubstate"));
    QApplication::setApplicationVersion(
        QStringLiteral("%1 (Qt %2; syntax highlighting: %3)")
            .arg(QLatin1String(Hubstate::BuildInfo::version), QLatin1String(qVersion()),
                 QLatin1String(Hubstate::BuildInfo::syntaxHighlighter)));
    Hubstate::Core::installTranslations(application);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Settings and state manager of the orchestrator hub"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("main", "Keep all state under <directory>."),
        QCoreApplication::translate("main", "directory"));
    parser.addOption(profileOption);
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main",
                                    "Save a picture of the window to <file> and quit "
                                    "(for the documentation)."),
        QCoreApplication::translate("main", "file"));
    parser.addOption(screenshotOption);
    const QCommandLineOption restoreOption(
        QStringLiteral("restore"),
        QCoreApplication::translate("main", "Open the restore wizard (with FILE preselected)."));
    parser.addOption(restoreOption);
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("main", "With --restore: a backup file."),
        QStringLiteral("[FILE]"));
    parser.process(application);

    const auto profile = Hubstate::Core::Profile::resolve(parser.value(profileOption));
    Hubstate::Core::SecretStore secrets(profile.keychainScope());
    // The start-up check, before anything opens the files: damage is explained and recovered
    // from, never papered over with an empty state.
    bool openWizard = parser.isSet(restoreOption);
    const Hubstate::Core::Result<Hubstate::Core::Recovery::Finding> finding =
        Hubstate::Core::Recovery::inspect(profile, false);
    const RunningMarker running(profile);
    if (!finding) {
        QMessageBox::warning(nullptr, QCoreApplication::translate("main", "Hubstate"),
                             finding.error().message);
    } else if (finding->isDamaged()) {
        Hubstate::Ui::RecoveryDialog recovery(profile, &secrets, *finding);
        recovery.exec();
        if (recovery.choice() == Hubstate::Ui::RecoveryDialog::Choice::Quit)
            return static_cast<int>(Hubstate::Core::ErrorCode::Damaged);
        openWizard =
            openWizard || recovery.choice() == Hubstate::Ui::RecoveryDialog::Choice::OpenWizard;
    }

    Hubstate::Core::PreferencesStore store(profile, Hubstate::Core::Profile::policyFiles());
    if (const Hubstate::Core::Status opened = store.open(); !opened) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Hubstate"),
                              opened.error().message);
        return opened.error().exitCode();
    }
    QStringList problems;
    if (finding)
        problems.append(finding->lostChanges);
    for (const Hubstate::Core::Violation &notice : store.notices())
        problems.append(notice.toString());
    if (const QString exposed = profile.permissionWarning(); !exposed.isEmpty())
        problems.append(exposed);
    if (!problems.isEmpty()) {
        QMessageBox::warning(nullptr, QCoreApplication::translate("main", "Hubstate"),
                             problems.join(u'\n'));
    }

    Hubstate::Ui::ThemeApplier theme(store, application);
    // Layouts and agents live in the profile's database, agents' API keys only in the
    // keychain; all of them outlive the window that shows them. Without the database the
    // window still edits settings.
    Hubstate::Core::StateDatabase database;
    const Hubstate::Core::Status databaseOpened = database.open(
        profile.databaseFile(), store.value(QStringLiteral("performance.cacheSize")).toLongLong());
    // Settings that name a layout are offered and checked against the stored layouts.
    Hubstate::Core::StoredReferences references(database);
    if (databaseOpened)
        store.setReferences(&references);
    Hubstate::Core::LayoutRepository layouts(database,
                                             Hubstate::Core::LayoutRules::fromSettings(store));
    Hubstate::Core::AgentRepository agents(database);
    // Scheduled backups run while the window is open; the Backups page shows their state.
    Hubstate::Core::BackupScheduler scheduler(profile, store);
    // Sync runs at start, after local changes, every interval and on demand, off this thread.
    Hubstate::Core::SyncScheduler syncScheduler(profile, store);
    Hubstate::Ui::MainWindow window(store,
                                    profile.stateDirectory() + QStringLiteral("/window.ini"));
    window.setSyncScheduler(&syncScheduler);

    // What other programs change (the CLI, the hub, sync) shows at once on every page.
    Hubstate::Core::ProfileMonitor monitor(profile, Hubstate::Core::Profile::policyFiles());
    Hubstate::Ui::LiveUpdates live(monitor, store);
    QObject::connect(&live, &Hubstate::Ui::LiveUpdates::problem, &window,
                     [&window](const QString &message) { window.statusBar()->showMessage(message); });
    QObject::connect(&live, &Hubstate::Ui::LiveUpdates::syncableChanged, &syncScheduler,
                     &Hubstate::Core::SyncScheduler::localChange);

    const QString agentsTitle = QCoreApplication::translate("main", "Agents");
    Hubstate::Ui::AgentsPage *agentsPage = nullptr;
    Hubstate::Ui::LayoutsPage *layoutsPage = nullptr;
    Hubstate::Ui::HistoryBrowser *historyPage = nullptr;
    const QString layoutsTitle = QCoreApplication::translate("main", "Layouts");
    const QString historyTitle = QCoreApplication::translate("main", "History");
    if (databaseOpened) {
        if (const Hubstate::Core::Status seeded = layouts.ensureTemplates(); !seeded) {
            QMessageBox::warning(nullptr, QCoreApplication::translate("main", "Hubstate"),
                                 seeded.error().message);
        }
        layoutsPage = new Hubstate::Ui::LayoutsPage(store, layouts, &agents);
        window.addPage(QStringLiteral("layouts"), layoutsTitle, layoutsPage);
        agentsPage = new Hubstate::Ui::AgentsPage(database, secrets, store);
        window.addPage(QStringLiteral("agents"), agentsTitle, agentsPage);
        historyPage = new Hubstate::Ui::HistoryBrowser(database);
        window.addPage(QStringLiteral("history"), historyTitle, historyPage);
        live.setPages(layoutsPage, agentsPage, historyPage);
    } else {
        for (const auto &[pageId, title] : {std::pair{QStringLiteral("layouts"), layoutsTitle},
                                            std::pair{QStringLiteral("agents"), agentsTitle},
                                            std::pair{QStringLiteral("history"), historyTitle}}) {
            auto *unavailable = new QLabel(databaseOpened.error().message);
            unavailable->setWordWrap(true);
            unavailable->setAccessibleName(databaseOpened.error().message);
            window.addPage(pageId, title, unavailable);
        }
    }
    // The privacy centre sits above the privacy switches of the schema's privacy page.
    if (Hubstate::Ui::SettingsPage *privacyPage = window.page(QStringLiteral("privacy"))) {
        auto *centre = new Hubstate::Ui::PrivacyCentre(profile, store, database, secrets);
        privacyPage->addPanel(centre);
        // Once everything is deleted, nothing may be written again (not even the window's
        // geometry): say so, then leave without closing the window the usual way.
        QObject::connect(centre, &Hubstate::Ui::PrivacyCentre::dataDeleted, &window, [&window] {
            QMessageBox::information(
                &window, QCoreApplication::translate("main", "Hubstate"),
                QCoreApplication::translate("main",
                                            "All your data was deleted and checked. "
                                            "Hubstate closes now."));
            QCoreApplication::exit(0);
        });
    }
    if (Hubstate::Ui::SettingsPage *backups = window.page(QStringLiteral("backup")))
        backups->addPanel(new Hubstate::Ui::BackupsPanel(profile, store, &scheduler));
    if (Hubstate::Ui::SettingsPage *syncPage = window.page(QStringLiteral("sync")))
        Hubstate::Ui::SyncPanel::addTo(*syncPage, store, syncScheduler);
    // The restore swaps the database and settings files: the program's own connections are
    // closed first and reopened after, so none keeps the old file.
    const auto openRestoreWizard = [&](const QString &file) {
        Hubstate::Ui::RestoreWizard wizard(profile, store, &secrets, &window);
        wizard.setSwapHooks(
            [&database] { database.close(); },
            [&] {
                if (Hubstate::Core::Status reopened = database.open(
                        profile.databaseFile(),
                        store.value(QStringLiteral("performance.cacheSize")).toLongLong());
                    !reopened)
                    window.statusBar()->showMessage(reopened.error().message);
                else if (agentsPage)
                    agentsPage->reloadAgents();
                if (Hubstate::Core::Status reopened =
                        Hubstate::Ui::RestoreWizard::reopenStore(store);
                    !reopened)
                    window.statusBar()->showMessage(reopened.error().message);
                window.undoStack()->clear(); // its edits were on the old state
            });
        if (!file.isEmpty())
            wizard.selectFile(file);
        wizard.exec();
    };
    QObject::connect(&window, &Hubstate::Ui::MainWindow::restoreRequested, &window,
                     [&] { openRestoreWizard({}); });
    window.show();
    if (!running.status())
        window.statusBar()->showMessage(running.status().error().message);
    if (openWizard) {
        const QString file = parser.positionalArguments().value(0);
        QTimer::singleShot(0, &window, [&, file] { openRestoreWizard(file); });
    }
    if (parser.isSet(screenshotOption)) {
        window.resize(1000, 640);
        QApplication::processEvents();
        return window.grab().save(parser.value(screenshotOption)) ? 0 : 1;
    }
    scheduler.start();
    syncScheduler.start();
    if (const Hubstate::Core::Status watching = monitor.start(); !watching)
        window.statusBar()->showMessage(watching.error().message);

    // Every page of the database is read once the window is up, not before: on a large
    // profile that takes seconds. Damage found means a restart into recovery.
    QStringList damage;
    std::unique_ptr<QThread> check(QThread::create(
        [&damage, profile] { damage = Hubstate::Core::Recovery::checkInBackground(profile); }));
    QObject::connect(check.get(), &QThread::finished, &window, [&] {
        if (damage.isEmpty())
            return;
        QMessageBox::warning(
            &window, QCoreApplication::translate("main", "Hubstate"),
            QCoreApplication::translate("main",
                                        "The database is damaged:\n%1\n\nHubstate restarts now "
                                        "to recover it from your backups.")
                .arg(damage.join(u'\n')));
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                QCoreApplication::arguments().mid(1));
        QCoreApplication::exit(static_cast<int>(Hubstate::Core::ErrorCode::Damaged));
    });
    check->start(QThread::LowPriority);
    const int exitCode = application.exec();
    check->wait();
    return exitCode;
}
