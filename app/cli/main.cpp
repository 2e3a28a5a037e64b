#include "buildinfo.h"
#include "cliapplication.h"
#include "core/translator.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hubstate"));
    QCoreApplication::setApplicationVersion(QLatin1String(Hubstate::BuildInfo::version));
    Hubstate::Core::installTranslations(application);
    return Hubstate::Cli::CliApplication().run(QCoreApplication::arguments());
}
