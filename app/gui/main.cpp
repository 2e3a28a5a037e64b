// The composition root of the GUI: builds the services and hands them to the widgets.
#include "buildinfo.h"
#include "core/backup/backupscheduler.h"
#include "core/profile/profile.h"
#include "core/secrets/secretstore.h"
#include "core/settings/preferencesstore.h"
#include "core/state/agentrepository.h"
#include "core/state/layoutrepository.h"
#include "core/state/statedatabase.h"
#include "core/translator.h"
#include "ui/agents/agentspage.h"
#include "ui/backup/backupspanel.h"
#include "ui/history/historybrowser.h"
#include "ui/layout/layoutspage.h"
#include "ui/mainwindow.h"
#include "ui/pages/settingspage.h"
#include "ui/privacy/privacycentre.h"
#include "ui/theme/themeapplier.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>
#include <QMessageBox>

int main(int argc, char *argv[])
{
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
    parser.process(application);

    const auto profile = Hubstate::Core::Profile::resolve(parser.value(profileOption));
    Hubstate::Core::PreferencesStore store(profile, Hubstate::Core::Profile::policyFile());
    if (const Hubstate::Core::Status opened = store.open(); !opened) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Hubstate"),
                              opened.error().message);
        return opened.error().exitCode();
    }
    QStringList problems;
    for (const Hubstate::Core::Violation &notice : store.notices())
        problems.append(notice.toString());
    if (!problems.isEmpty()) {
        QMessageBox::warning(nullptr, QCoreApplication::translate("main", "Hubstate"),
                             problems.join(u'\n'));
    }

    Hubstate::Ui::ThemeApplier theme(store, application);
    // Layouts and agents live in the profile's database, agents' API keys only in the
    // keychain; all of them outlive the window that shows them. Without the database the
    // window still edits settings.
    Hubstate::Core::StateDatabase database;
    Hubstate::Core::SecretStore secrets(profile.keychainScope());
    const Hubstate::Core::Status databaseOpened = database.open(
        profile.databaseFile(), store.value(QStringLiteral("performance.cacheSize")).toLongLong());
    Hubstate::Core::LayoutRepository layouts(database,
                                             Hubstate::Core::LayoutRules::fromSettings(store));
    Hubstate::Core::AgentRepository agents(database);
    // Scheduled backups run while the window is open; the Backups page shows their state.
    Hubstate::Core::BackupScheduler scheduler(profile, store);
    Hubstate::Ui::MainWindow window(store,
                                    profile.stateDirectory() + QStringLiteral("/window.ini"));

    const QString agentsTitle = QCoreApplication::translate("main", "Agents");
    const QString layoutsTitle = QCoreApplication::translate("main", "Layouts");
    const QString historyTitle = QCoreApplication::translate("main", "History");
    if (databaseOpened) {
        if (const Hubstate::Core::Status seeded = layouts.ensureTemplates(); !seeded) {
            QMessageBox::warning(nullptr, QCoreApplication::translate("main", "Hubstate"),
                                 seeded.error().message);
        }
        window.addPage(QStringLiteral("layouts"), layoutsTitle,
                       new Hubstate::Ui::LayoutsPage(store, layouts, &agents));
        window.addPage(QStringLiteral("agents"), agentsTitle,
                       new Hubstate::Ui::AgentsPage(database, secrets, store));
        window.addPage(QStringLiteral("history"), historyTitle,
                       new Hubstate::Ui::HistoryBrowser(database));
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
    window.show();
    if (parser.isSet(screenshotOption)) {
        window.resize(1000, 640);
        QApplication::processEvents();
        return window.grab().save(parser.value(screenshotOption)) ? 0 : 1;
    }
    scheduler.start();
    return application.exec();
}
