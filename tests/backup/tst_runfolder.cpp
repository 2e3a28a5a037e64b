// Per-run folders in the cache: a sweep removes what killed runs and earlier versions left,
// never the folder of a run still going, and never what a link points to.
#include "backuptestfiles.h"
#include "core/backup/runfolder.h"

#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Hubstate::Core;
using namespace Hubstate::Tests;

class TestRunFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folderIsPrivateAndGoesWithTheRun();
    void sweepTakesOnlyWhatNoLiveRunHolds();
};

void TestRunFolder::folderIsPrivateAndGoesWithTheRun()
{
    QTemporaryDir cache;
    QString path;
    {
        Result<std::unique_ptr<RunFolder>> run =
            RunFolder::create(cache.path(), QStringLiteral("download"));
        QVERIFY2(run, qPrintable(run.ok() ? QString() : run.error().message));
        path = (*run)->path();
        QVERIFY(QFileInfo(path).fileName().startsWith(QLatin1String("download-")));
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0700u);
        QVERIFY(writeFile((*run)->filePath(QStringLiteral("x.hsbk")), "data"));
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock")));
    }
    QCOMPARE(allNames(cache.path()), QStringList{});
}

void TestRunFolder::sweepTakesOnlyWhatNoLiveRunHolds()
{
    QTemporaryDir cache;
    QTemporaryDir elsewhere;
    // A run still going (in this process).
    Result<std::unique_ptr<RunFolder>> live =
        RunFolder::create(cache.path(), QStringLiteral("backup"));
    QVERIFY(live);
    QVERIFY(writeFile((*live)->filePath(QStringLiteral("staged.hsbk")), "in use"));
    // A run killed in another process: its folder and lock stay, the lock unheld.
    const pid_t child = ::fork();
    if (child == 0) {
        Result<std::unique_ptr<RunFolder>> killed =
            RunFolder::create(cache.path(), QStringLiteral("backup"));
        if (killed)
            (void)writeFile((*killed)->filePath(QStringLiteral("staged.hsbk")), "left behind");
        ::_exit(killed ? 0 : 1); // no destructor runs, as after kill -9
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    // An earlier version's folder (no lock), a lock whose folder is gone, a link to a folder
    // outside, and names that are not runs.
    QVERIFY(writeFile(cache.filePath(QStringLiteral("download-Ab12Cd/old.hsbk")), "old"));
    QVERIFY(writeFile(cache.filePath(QStringLiteral("backup-Zz99Zz.lock")), ""));
    QVERIFY(writeFile(elsewhere.filePath(QStringLiteral("keep.txt")), "not the cache's"));
    QVERIFY(QFile::link(elsewhere.path(), cache.filePath(QStringLiteral("backup-LnK123"))));
    for (const char *other :
         {"backup-staging2/x", "restore/x.hsbk", "other-Ab12Cd/x", "backup-Ab12C/x"})
        QVERIFY(writeFile(cache.filePath(QLatin1String(other)), "not a run"));
    QCOMPARE(allNames(cache.path()).size(), 11);

    const QStringList removed =
        RunFolder::sweep(cache.path(), {QStringLiteral("backup"), QStringLiteral("download")});
    QCOMPARE(removed.size(), 3); // the killed run's, the earlier version's, the link
    QStringList left = allNames(cache.path());
    const QString liveName = QFileInfo((*live)->path()).fileName();
    QStringList expected{"backup-Ab12C", "backup-staging2",
                         liveName,       liveName + QStringLiteral(".lock"),
                         "other-Ab12Cd", "restore"};
    left.sort();
    expected.sort();
    QCOMPARE(left, expected);
    QCOMPARE(readFile((*live)->filePath(QStringLiteral("staged.hsbk"))), QByteArray("in use"));
    QCOMPARE(allNames(elsewhere.path()), QStringList{"keep.txt"});

    live = Error::operationFailed(QStringLiteral("ended")); // the run ends: its folder goes
    QCOMPARE(allNames(cache.path()),
             (QStringList{"backup-Ab12C", "backup-staging2", "other-Ab12Cd", "restore"}));
}

QTEST_GUILESS_MAIN(TestRunFolder)
#include "tst_runfolder.moc"
