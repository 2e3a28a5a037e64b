#include "guiapplication.h"

#include "core/backup/backupscheduler.h"
#include "core/live/profilemonitor.h"
#include "core/notifications/desktopnotifier.h"
#include "core/secrets/secretstore.h"
#include "core/settings/preferencesstore.h"
#include "core/settings/storedreferences.h"
#include "core/state/agentrepository.h"
#include "core/state/layoutrepository.h"
#include "core/state/statedatabase.h"
#include "core/sync/syncscheduler.h"
#include "ui/agents/agentspage.h"
#include "ui/backup/backupspanel.h"
#include "ui/common/prompts.h"
#include "ui/history/historybrowser.h"
#include "ui/layout/layoutspage.h"
#include "ui/liveupdates.h"
#include "ui/mainwindow.h"
#include "ui/notifications/eventnotifier.h"
#include "ui/pages/settingspage.h"
#include "ui/privacy/privacycentre.h"
#include "ui/restore/recoverybanner.h"
#include "ui/restore/recoverydialog.h"
#include "ui/restore/restorewizard.h"
#include "ui/sync/syncpanel.h"
#include "ui/theme/themeapplier.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QStatusBar>
#include <QScreen>
#include <QThread>
#include <QTimer>
#include <QUndoStack>
#include <sys/stat.h>

namespace Hubstate::App {

namespace {

// The window as it was drawn for the screen: the platform's copy of what is shown (the
// offscreen platform keeps it, X11 hands it back), so that a screenshot does not paint the
// window a second time. Where the platform cannot (Wayland), the window draws itself again.
QPixmap drawnPicture(QWidget &window)
{
    if (QScreen *screen = window.screen()) {
        const QPixmap shown = screen->grabWindow(window.winId());
        if (!shown.isNull())
            return shown;
    }
    return window.grab();
}


QString title()
{
    return QCoreApplication::translate("main", "Hubstate");
}

qint64 inodeOf(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? qint64(info.st_ino) : -1;
}

} // namespace

GuiApplication::Options GuiApplication::parse(const QStringList &arguments)
{
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
    parser.process(arguments);

    Options options;
    options.profile = parser.value(profileOption);
    options.restore = parser.isSet(restoreOption);
    options.restoreFile = parser.positionalArguments().value(0);
    options.screenshot = parser.value(screenshotOption);
    options.arguments = arguments.mid(1);
    return options;
}

GuiApplication::GuiApplication(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_profile(Core::Profile::resolve(m_options.profile))
    , m_restart([](const QStringList &arguments) {
        QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
    })
{
}

GuiApplication::~GuiApplication()
{
    if (m_check)
        m_check->wait();
    delete m_recovery.data();
    tearDownServices();
    // Present while Hubstate runs: found at the next start, it tells of a crash.
    if (m_marked)
        Core::Recovery::markStopped(m_profile);
}

Ui::RecoveryDialog *GuiApplication::recoveryDialog() const
{
    return m_recovery;
}

Ui::RestoreWizard *GuiApplication::restoreWizard() const
{
    return m_wizard;
}

void GuiApplication::end(int exitCode)
{
    if (m_ended)
        return;
    m_ended = true;
    Q_EMIT finished(exitCode);
}

void GuiApplication::start()
{
    m_secrets = std::make_unique<Core::SecretStore>(m_profile.keychainScope());
    check();
}

// 1. Before anything opens the files: damage is explained and recovered from, never papered
// over with an empty state.
void GuiApplication::check()
{
    // The marker of the last run is read first: found, it tells of a crash (and a full check).
    const Core::Result<Core::Recovery::Finding> finding = Core::Recovery::inspect(m_profile, false);
    m_markedStatus = Core::Recovery::markRunning(m_profile);
    m_marked = true;
    if (!finding) {
        Ui::Prompts::tell(nullptr, QMessageBox::Warning, title(), finding.error().message);
    } else {
        m_finding = *finding;
        if (finding->isDamaged()) {
            showRecovery(*finding);
            return;
        }
    }
    openServices();
}

void GuiApplication::showRecovery(const Core::Recovery::Finding &finding)
{
    ++m_recoveries;
    m_recovery = new Ui::RecoveryDialog(m_profile, m_secrets.get(), finding);
    m_recovery->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_recovery, &QDialog::finished, this, &GuiApplication::recoveryDone);
    m_recovery->open();
}

void GuiApplication::recoveryDone()
{
    const Ui::RecoveryDialog::Choice choice = m_recovery->choice();
    if (m_recovery->outcome() && m_recovery->outcome()->finding.isDamaged())
        m_recovered = m_recovery->outcome();
    if (choice == Ui::RecoveryDialog::Choice::Quit)
        return end(static_cast<int>(Core::ErrorCode::Damaged));
    m_wizardAfterRecovery = choice == Ui::RecoveryDialog::Choice::OpenWizard;
    openServices();
}

// Damage in pages the light check does not read shows when the layouts are first counted:
// that is the start-up check's business, not a bare message box.
bool GuiApplication::databaseIsDamaged(const Core::Error &error)
{
    if (error.code != Core::ErrorCode::Damaged || m_recoveries > 1)
        return false;
    tearDownServices();
    const Core::Result<Core::Recovery::Finding> full = Core::Recovery::inspect(m_profile, true);
    if (!full || !full->isDamaged())
        return false;
    m_finding = *full;
    showRecovery(*full);
    return true;
}

void GuiApplication::tearDownServices()
{
    m_events.reset();
    m_notifier.reset();
    m_window.reset();
    m_live.reset();
    m_monitor.reset();
    m_syncScheduler.reset();
    m_scheduler.reset();
    m_agents.reset();
    m_layouts.reset();
    if (m_store)
        m_store->setReferences(nullptr);
    m_references.reset();
    m_database.reset();
    m_theme.reset();
    m_store.reset();
}

// 2. The settings and the database.
void GuiApplication::openServices()
{
    m_store = std::make_unique<Core::PreferencesStore>(m_profile, Core::Profile::policyFiles());
    if (const Core::Status opened = m_store->open(); !opened) {
        Ui::Prompts::tell(nullptr, QMessageBox::Critical, title(), opened.error().message);
        return end(opened.error().exitCode());
    }
    // Layouts and agents live in the profile's database, agents' API keys only in the
    // keychain; all of them outlive the window that shows them. Without the database the
    // window still edits settings.
    m_database = std::make_unique<Core::StateDatabase>();
    const Core::Status databaseOpened =
        m_database->open(m_profile.databaseFile(),
                         m_store->value(QStringLiteral("performance.cacheSize")).toLongLong());
    m_databaseProblem.clear();
    QString seedingProblem;
    if (!databaseOpened) {
        if (databaseIsDamaged(databaseOpened.error()))
            return;
        m_databaseProblem = databaseOpened.error().message;
    } else {
        m_databaseInode = inodeOf(m_profile.databaseFile());
        // Settings that name a layout are offered and checked against the stored layouts.
        m_references = std::make_unique<Core::StoredReferences>(*m_database);
        m_store->setReferences(m_references.get());
        m_layouts = std::make_unique<Core::LayoutRepository>(
            *m_database, Core::LayoutRules::fromSettings(*m_store));
        if (const Core::Status seeded = m_layouts->ensureTemplates(); !seeded) {
            if (databaseIsDamaged(seeded.error()))
                return;
            seedingProblem = seeded.error().message;
        }
    }

    QStringList problems;
    if (m_finding)
        problems.append(m_finding->lostChanges);
    for (const Core::Violation &notice : m_store->notices())
        problems.append(notice.toString());
    if (const QString exposed = m_profile.permissionWarning(); !exposed.isEmpty())
        problems.append(exposed);
    if (!seedingProblem.isEmpty())
        problems.append(seedingProblem);
    if (!problems.isEmpty())
        Ui::Prompts::tell(nullptr, QMessageBox::Warning, title(), problems.join(u'\n'));
    buildWindow();
}

// 3. The window and everything that keeps it current.
void GuiApplication::buildWindow()
{
    m_theme = std::make_unique<Ui::ThemeApplier>(*m_store, *qApp);
    m_agents = std::make_unique<Core::AgentRepository>(*m_database);
    // Scheduled backups run while the window is open; the Backups page shows their state.
    m_scheduler = std::make_unique<Core::BackupScheduler>(m_profile, *m_store);
    // Sync runs at start, after local changes, every interval and on demand, off this thread.
    m_syncScheduler = std::make_unique<Core::SyncScheduler>(m_profile, *m_store);
    m_window = std::make_unique<Ui::MainWindow>(
        *m_store, m_profile.stateDirectory() + QStringLiteral("/window.ini"));
    Ui::MainWindow &window = *m_window;
    window.setSyncScheduler(m_syncScheduler.get());
    connect(&window, &Ui::MainWindow::restoreRequested, this, [this] { openRestoreWizard(); });
    m_notifier = std::make_unique<Core::DesktopNotifier>(*m_store);
    m_events = std::make_unique<Ui::EventNotifier>(*m_notifier, window.statusBar());
    m_events->watch(*m_scheduler);
    m_events->watch(*m_syncScheduler);

    // What other programs change (the CLI, the hub, sync, a restore) shows at once on every
    // page.
    m_monitor = std::make_unique<Core::ProfileMonitor>(m_profile, Core::Profile::policyFiles());
    m_live = std::make_unique<Ui::LiveUpdates>(*m_monitor, *m_store);
    m_live->setDatabaseReopener([this] { return reopenDatabase(); });
    connect(m_live.get(), &Ui::LiveUpdates::problem, &window,
            [&window](const QString &message) { window.statusBar()->showMessage(message); });
    connect(m_live.get(), &Ui::LiveUpdates::syncableChanged, m_syncScheduler.get(),
            &Core::SyncScheduler::localChange);
    // Edits undone after a restore would write values of the state that is gone.
    connect(m_live.get(), &Ui::LiveUpdates::replaced, &window,
            [&window] { window.undoStack()->clear(); });

    const QString agentsTitle = QCoreApplication::translate("main", "Agents");
    const QString layoutsTitle = QCoreApplication::translate("main", "Layouts");
    const QString historyTitle = QCoreApplication::translate("main", "History");
    if (m_databaseProblem.isEmpty()) {
        // Made when first shown (or when the window is idle after the first frame), like the
        // settings pages; each reads the database as it is then, and follows it from there.
        window.addPage(QStringLiteral("layouts"), layoutsTitle, [this]() -> QWidget * {
            auto *page = new Ui::LayoutsPage(*m_store, *m_layouts, m_agents.get());
            m_live->setLayoutsPage(page);
            return page;
        });
        window.addPage(QStringLiteral("agents"), agentsTitle, [this]() -> QWidget * {
            auto *page = new Ui::AgentsPage(*m_database, *m_secrets, *m_store);
            m_live->setAgentsPage(page);
            return page;
        });
        window.addPage(QStringLiteral("history"), historyTitle, [this]() -> QWidget * {
            auto *page = new Ui::HistoryBrowser(*m_database);
            m_live->setHistoryPage(page);
            return page;
        });
    } else {
        for (const auto &[pageId, pageTitle] :
             {std::pair{QStringLiteral("layouts"), layoutsTitle},
              std::pair{QStringLiteral("agents"), agentsTitle},
              std::pair{QStringLiteral("history"), historyTitle}}) {
            auto *unavailable = new QLabel(m_databaseProblem);
            unavailable->setWordWrap(true);
            unavailable->setAccessibleName(m_databaseProblem);
            window.addPage(pageId, pageTitle, unavailable);
        }
    }
    // The panels of the privacy, backups and sync pages are made with their pages, when first
    // wanted: the backups catalog and the privacy centre are not on the way to the first frame.
    // The privacy centre sits above the privacy switches of the schema's privacy page.
    window.extendPage(QStringLiteral("privacy"), [this](Ui::SettingsPage *privacyPage) {
        auto *centre = new Ui::PrivacyCentre(m_profile, *m_store, *m_database, *m_secrets);
        privacyPage->addPanel(centre);
        // Once everything is deleted, nothing may be written again (not even the window's
        // geometry): say so, then leave without closing the window the usual way.
        connect(centre, &Ui::PrivacyCentre::dataDeleted, this, [this](const QString &summary) {
            Ui::Prompts::tell(m_window.get(), QMessageBox::Information, title(),
                              summary + QStringLiteral("\n\n")
                                  + QCoreApplication::translate("main", "Hubstate closes now."));
            end(0);
        });
    });
    window.extendPage(QStringLiteral("backup"), [this](Ui::SettingsPage *backups) {
        auto *panel = new Ui::BackupsPanel(m_profile, *m_store, m_scheduler.get());
        backups->addPanel(panel);
        connect(panel, &Ui::BackupsPanel::restoreRequested, this,
                &GuiApplication::openRestoreWizardOn);
    });
    window.extendPage(QStringLiteral("sync"), [this](Ui::SettingsPage *syncPage) {
        Ui::SyncPanel::addTo(*syncPage, *m_store, *m_syncScheduler);
    });
    // After a recovery the window says what happened and where the damaged files are until
    // the user dismisses it.
    if (m_recovered) {
        auto *banner = new Ui::RecoveryBanner(*m_recovered);
        connect(banner, &Ui::RecoveryBanner::restoreRequested, this,
                [this] { openRestoreWizard(); });
        window.addBanner(banner);
    }

    window.show();
    Q_EMIT windowShown();
    if (!m_markedStatus)
        window.statusBar()->showMessage(m_markedStatus.error().message);
    if (m_options.restore || m_wizardAfterRecovery) {
        const QString file = m_options.restore ? m_options.restoreFile : QString();
        QTimer::singleShot(0, this, [this, file] { openRestoreWizard(file); });
    }
    if (!m_options.screenshot.isEmpty()) {
        window.resize(1000, 640);
        QApplication::processEvents();
        return end(drawnPicture(window).save(m_options.screenshot) ? 0 : 1);
    }
    m_scheduler->start();
    m_syncScheduler->start();
    if (const Core::Status watching = m_monitor->start(); !watching)
        window.statusBar()->showMessage(watching.error().message);
    startBackgroundCheck();
}

// 4. Every page of the database is read once the window is up, not before: on a large
// profile that takes seconds. Damage found means a restart into recovery.
void GuiApplication::startBackgroundCheck()
{
    const Core::Profile profile = m_profile;
    m_check.reset(QThread::create(
        [this, profile] { m_damage = Core::Recovery::checkInBackground(profile); }));
    connect(m_check.get(), &QThread::finished, this, &GuiApplication::backgroundCheckFinished);
    m_check->start(QThread::LowPriority);
}

void GuiApplication::backgroundCheckFinished()
{
    Q_EMIT backgroundCheckDone(m_damage);
    if (m_damage.isEmpty() || m_ended)
        return;
    // SQLite's words are for the recovery dialog's details; the damage is recorded, so the
    // next start runs the full check and offers recovery.
    Ui::Prompts::tell(
        m_window.get(), QMessageBox::Warning, title(),
        QCoreApplication::translate("main",
                                    "Hubstate found damage in its database (your layouts, agents "
                                    "and conversation history) while checking it in the "
                                    "background.\n\nHubstate restarts now to recover it from "
                                    "your backups. Nothing has been changed yet."));
    m_restart(m_options.arguments);
    end(static_cast<int>(Core::ErrorCode::Damaged));
}

// When another program replaced the database file (a restore), the window's connection
// still reads the old one: opened again on the file now in place.
Core::Status GuiApplication::reopenDatabase()
{
    if (!m_database || !m_databaseProblem.isEmpty())
        return {};
    const qint64 inode = inodeOf(m_profile.databaseFile());
    if (inode == m_databaseInode && m_database->connection().isOpen())
        return {};
    m_database->close();
    const Core::Status reopened =
        m_database->open(m_profile.databaseFile(),
                         m_store->value(QStringLiteral("performance.cacheSize")).toLongLong());
    m_databaseInode = inodeOf(m_profile.databaseFile());
    return reopened;
}

void GuiApplication::openRestoreWizardOn(const QString &destination, const QString &file)
{
    // Copies: the wizard reads the catalog as it opens, and the events that come meanwhile
    // may reset the model these refer to.
    const QString where = destination;
    const QString name = file;
    openRestoreWizard();
    if (m_wizard)
        m_wizard->selectCatalogBackup(where, name);
}

// The restore swaps the database and settings files: the program's own connections are
// closed first and reopened after, so none keeps the old file; then every page reads again.
void GuiApplication::openRestoreWizard(const QString &file)
{
    if (!m_window)
        return;
    if (m_wizard) { // asked again (another start, a second file): the open one serves
        if (!file.isEmpty() && m_wizard->currentId() == Ui::RestoreWizard::SourcePage)
            m_wizard->selectFile(file);
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    m_wizard = new Ui::RestoreWizard(m_profile, *m_store, m_secrets.get(), m_window.get());
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &Ui::RestoreWizard::restoreFinished, m_events.get(),
            &Ui::EventNotifier::restoreFinished);
    m_wizard->setWindowModality(Qt::WindowModal);
    m_wizard->setSwapHooks([this] { m_database->close(); },
                           [this] {
                               if (Core::Status reopened = reopenDatabase(); !reopened)
                                   m_window->statusBar()->showMessage(reopened.error().message);
                               if (Core::Status reopened = Ui::RestoreWizard::reopenStore(*m_store);
                                   !reopened)
                                   m_window->statusBar()->showMessage(reopened.error().message);
                               m_live->stateReplaced();
                           });
    if (!file.isEmpty())
        m_wizard->selectFile(file);
    m_wizard->show();
}

} // namespace Hubstate::App
