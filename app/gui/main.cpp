// The GUI's entry point: the application object, then the start-up sequence of GuiApplication
// (the composition root), which says when the program ends.
#include "buildinfo.h"
#include "core/translator.h"
#include "guiapplication.h"

#include <QApplication>
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

    Hubstate::App::GuiApplication gui(
        Hubstate::App::GuiApplication::parse(QCoreApplication::arguments()));
    // Queued: an end decided before the event loop runs (a screenshot, a store that cannot be
    // opened) is taken once it does.
    QObject::connect(
        &gui, &Hubstate::App::GuiApplication::finished, &application,
        [](int exitCode) { QCoreApplication::exit(exitCode); }, Qt::QueuedConnection);
    gui.start();
    return QApplication::exec();
}
