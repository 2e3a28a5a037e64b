#include "buildinfo.h"
#include "cliapplication.h"
#include "core/live/changeannouncer.h"
#include "core/translator.h"
#include "readpasswords.h"

#include <QCoreApplication>
#include <malloc.h>
#include <sys/stat.h>

int main(int argc, char *argv[])
{
    // SQLite's page cache grows and shrinks with every statement; without headroom glibc
    // returns the top of the heap to the kernel and takes it back tens of thousands of times
    // during an import.
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
    mallopt(M_TOP_PAD, 64 * 1024 * 1024);
    // Defence in depth: the core creates the profile's files 0600 and folders 0700 itself;
    // whatever else this process writes (exports, generated files) is private too.
    ::umask(077);
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hubstate"));
    QCoreApplication::setApplicationVersion(QLatin1String(Hubstate::BuildInfo::version));
    Hubstate::Core::installTranslations(application);
    const int exitCode = Hubstate::Cli::CliApplication().run(QCoreApplication::arguments());
    Hubstate::Cli::ReadPasswords::wipeAll(); // the command and its copies are gone by now
    Hubstate::Core::ChangeAnnouncer::flush(); // other processes hear of this one's writes now
    return exitCode;
}
