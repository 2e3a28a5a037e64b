// The composition root of the GUI: builds the services and hands them to the widgets.
#include "buildinfo.h"
#include "core/profile/profile.h"
#include "core/settings/preferencesstore.h"
#include "core/state/agentrepository.h"
#include "core/state/layoutrepository.h"
#include "core/state/statedatabase.h"
#include "core/translator.h"
#include "ui/layout/layoutspage.h"
#include "ui/mainwindow.h"
#include "ui/theme/themeapplier.h"

#include <QApplication>
#include <QCommandLineParser>
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
    // The layouts live in the profile's database; without it the window still edits settings.
    Hubstate::Core::StateDatabase database;
    const Hubstate::Core::Status databaseOpened = database.open(
        profile.databaseFile(), store.value(QStringLiteral("performance.cacheSize")).toLongLong());
    Hubstate::Core::LayoutRepository layouts(database,
                                             Hubstate::Core::LayoutRules::fromSettings(store));
    Hubstate::Core::AgentRepository agents(database);
    Hubstate::Ui::MainWindow window(store,
                                    profile.stateDirectory() + QStringLiteral("/window.ini"));
    if (!databaseOpened) {
        QMessageBox::warning(nullptr, QCoreApplication::translate("main", "Hubstate"),
                             databaseOpened.error().message);
    } else {
        if (const Hubstate::Core::Status seeded = layouts.ensureTemplates(); !seeded) {
            QMessageBox::warning(nullptr, QCoreApplication::translate("main", "Hubstate"),
                                 seeded.error().message);
        }
        window.addPage(new Hubstate::Ui::LayoutsPage(store, layouts, &agents),
                       QCoreApplication::translate("main", "Layouts"), QStringLiteral("layouts"));
    }
    window.show();
    if (parser.isSet(screenshotOption)) {
        window.resize(1000, 640);
        QApplication::processEvents();
        return window.grab().save(parser.value(screenshotOption)) ? 0 : 1;
    }
    return application.exec();
}
