// The GUI's entry point: the application object, then the start-up sequence of GuiApplication
// (the composition root), which says when the program ends.
#include "buildinfo.h"
#include "core/common/result.h"
#include "core/translator.h"
#include "guiapplication.h"
#include "singleinstance.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QTimer>
#include <sys/stat.h>

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

    using Hubstate::App::GuiApplication;
    using Hubstate::SingleInstance;
    GuiApplication::Options options = GuiApplication::parse(QCoreApplication::arguments());
    // One window per profile: a later start hands its request (show the window, or restore
    // this file) to the running window and exits.
    SingleInstance instance(Hubstate::Core::Profile::resolve(options.profile).settingsFile());
    if (options.screenshot.isEmpty()) {
        if (!options.restoreFile.isEmpty())
            options.restoreFile = QFileInfo(options.restoreFile).absoluteFilePath();
        switch (instance.claim({options.restore, options.restoreFile})) {
        case SingleInstance::Claim::HandedOver:
            return 0;
        case SingleInstance::Claim::Failed:
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Hubstate"),
                                  instance.error());
            return static_cast<int>(Hubstate::Core::ErrorCode::OperationFailed);
        case SingleInstance::Claim::Alone:
            qWarning("%s", qPrintable(instance.error()));
            break;
        case SingleInstance::Claim::Listening:
            break;
        }
    }
    GuiApplication gui(std::move(options));
    // A restart (into recovery) must not hand its start to this program, which is ending.
    gui.setRestart([&instance](const QStringList &arguments) {
        instance.release();
        QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
    });
    // Requests of later starts wait until there is a window to take them.
    QObject::connect(&gui, &GuiApplication::windowShown, &instance, [&gui, &instance] {
        instance.setReceiver([&gui](const SingleInstance::Request &request) {
            if (Hubstate::Ui::MainWindow *window = gui.window()) {
                window->setWindowState((window->windowState() & ~Qt::WindowMinimized)
                                       | Qt::WindowActive);
                window->raise();
                window->activateWindow();
            }
            if (request.restore)
                QTimer::singleShot(0, &gui, [&gui, file = request.file] {
                    gui.openRestoreWizard(file);
                });
        });
    });
    // Queued: an end decided before the event loop runs (a screenshot, a store that cannot be
    // opened) is taken once it does.
    QObject::connect(
        &gui, &GuiApplication::finished, &application,
        [](int exitCode) { QCoreApplication::exit(exitCode); }, Qt::QueuedConnection);
    gui.start();
    return QApplication::exec();
}
