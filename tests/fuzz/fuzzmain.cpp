// The entry points every fuzz target shares. Built with HUBSTATE_FUZZ (clang), libFuzzer calls
// LLVMFuzzerTestOneInput; built with the normal compiler, main() replays the corpus folders
// given on the command line (a CTest), so every input the fuzzer ever kept stays checked.
#include "fuzztarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Hubstate::Fuzz {

namespace {

QString scratchBase()
{
    // HUBSTATE_FUZZ_SCRATCH from the fuzz scripts, which remove it even after a crash; else
    // tmpfs when there is one: the INI, catalog and SQLite writers fsync on every input.
    const QString given = qEnvironmentVariable("HUBSTATE_FUZZ_SCRATCH");
    if (!given.isEmpty() && QDir().mkpath(given))
        return given;
    return QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm")
                                                              : QDir::tempPath();
}

QTemporaryDir *scratchRoot()
{
    static QTemporaryDir root(scratchBase() + QStringLiteral("/hubstate-fuzz-XXXXXX"));
    return &root;
}

quint64 g_input = 0;
bool g_scratchUsed = false;

QString currentFolder()
{
    return scratchRoot()->filePath(QStringLiteral("input-%1").arg(g_input));
}

void runOne(const QByteArray &input)
{
    if (g_scratchUsed) {
        QDir(currentFolder()).removeRecursively();
        g_scratchUsed = false;
    }
    ++g_input;
    fuzzOne(input);
}

void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // The parsers' warnings would drown the fuzzer's own output; fatal ones still abort.
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        std::abort();
    }
}

void startApplication()
{
    // Some parsers need an application object (the SQL driver plugin, translations).
    static int argc = 1;
    static char name[] = "hubstate-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (!scratchRoot()->isValid()) {
        std::fprintf(stderr, "cannot create a scratch folder\n");
        std::exit(1);
    }
}

} // namespace

QString scratchFolder()
{
    const QString folder = currentFolder();
    if (!g_scratchUsed) {
        QDir().mkpath(folder);
        g_scratchUsed = true;
    }
    return folder;
}

QString sharedFolder()
{
    const QString folder = scratchRoot()->filePath(QStringLiteral("shared"));
    QDir().mkpath(folder);
    return folder;
}

QString writeScratchFile(const QString &name, const QByteArray &bytes)
{
    const QString path = scratchFolder() + u'/' + name;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    check(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size(),
          "cannot write the input to the scratch folder");
    return path;
}

void check(bool holds, const char *what)
{
    if (holds)
        return;
    std::fprintf(stderr, "fuzz check failed: %s\n", what);
    std::abort();
}

} // namespace Hubstate::Fuzz

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler(Hubstate::Fuzz::quietMessages);
    Hubstate::Fuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Hubstate::Fuzz::runOne(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}

#ifndef HUBSTATE_LIBFUZZER
int main(int argc, char *argv[])
{
    // Replays every file of the corpus folders (or single files) given, in a stable order and
    // naming each, so a failure says which input it was.
    Hubstate::Fuzz::startApplication();
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        const QFileInfo argument(QString::fromLocal8Bit(argv[i]));
        QStringList paths;
        if (argument.isDir()) {
            const QDir directory(argument.filePath());
            for (const QString &name : directory.entryList(QDir::Files, QDir::Name))
                paths.append(directory.filePath(name));
        } else {
            paths.append(argument.filePath());
        }
        for (const QString &path : std::as_const(paths)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
                return 1;
            }
            std::fprintf(stderr, "replaying %s\n", qPrintable(path));
            Hubstate::Fuzz::runOne(file.readAll());
            ++files;
        }
    }
    std::printf("replayed %d inputs\n", files);
    return files > 0 ? 0 : 1;
}
#endif
