#include "hubwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <hubstate/hubstate.h>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hubstate-hub"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A minimal orchestrator hub on libhubstate"));
    parser.addHelpOption();
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QStringLiteral("Hubstate's profile in <directory>."),
                                     QStringLiteral("directory"));
    const QCommandLineOption printChanges(QStringLiteral("print-changes"),
                                          QStringLiteral("Print each theme and layout applied."));
    parser.addOptions({profile, printChanges});
    parser.process(application);

    Hubstate::Client client;
    if (const Hubstate::Status opened = client.open(parser.value(profile)); !opened) {
        qCritical("%s", qPrintable(opened.error().message));
        if (!parser.isSet(printChanges))
            QMessageBox::critical(nullptr, QStringLiteral("Hub"), opened.error().message);
        return 1;
    }
    HubWindow window(client, parser.isSet(printChanges));
    window.show();
    return QApplication::exec();
}
