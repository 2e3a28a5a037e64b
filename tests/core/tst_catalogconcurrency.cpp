// The backup catalog with several writers at once, as the GUI's threads, a timer's backup and
// an admin's `backup verify` write it: no writer's record is lost, a profile moved to another
// folder keeps its backups verified, and a result that cannot be had is reported, not dropped.
#include "clirunner.h"
#include "core/backup/backupcatalog.h"
#include "core/backup/backupengine.h"
#include "core/backup/backupfilename.h"
#include "core/backup/recovery.h"
#include "core/common/filelock.h"
#include "core/profile/profile.h"
#include "testfiles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace Hubstate::Core;
using namespace Hubstate::Tests;

class TestCatalogConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void threadsKeepEveryRecord();
    void verifyDuringCreateKeepsEveryBackup();
    void aHeldLockTimesOutWithAMessage();
    void movedProfileKeepsItsBackupsVerified();
    void quarantineThatFailsIsReported();
    void runningMarkerThatCannotBeWrittenIsReported();

private:
    CliRun run(const QStringList &arguments, const QString &profile = {})
    {
        return runCli(profile.isEmpty() ? m_profile : profile,
                      m_dir->filePath(QStringLiteral("no-policy.ini")), arguments);
    }
    QJsonArray listed(const QString &profile = {})
    {
        const CliRun list = run(
            {QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("list")}, profile);
        return QJsonDocument::fromJson(list.out.toUtf8())[QStringLiteral("backups")].toArray();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_profile;
};

void TestCatalogConcurrency::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = m_dir->filePath(QStringLiteral("profile"));
    QCOMPARE(run({QStringLiteral("dev"), QStringLiteral("generate-profile"),
                  QStringLiteral("--messages"), QStringLiteral("300")})
                 .exitCode,
             0);
}

void TestCatalogConcurrency::threadsKeepEveryRecord()
{
    // Each thread loads the catalog, adds its own records one by one and saves after each,
    // as BackupEngine does; every record of every thread must be there at the end.
    const QString path = m_dir->filePath(QStringLiteral("state/backups.json"));
    constexpr int threads = 4;
    constexpr int records = 25;
    std::vector<std::thread> writers;
    std::atomic<int> failures = 0;
    for (int t = 0; t < threads; ++t) {
        writers.emplace_back([&, t] {
            BackupCatalog catalog(path);
            if (!catalog.load())
                ++failures;
            for (int i = 0; i < records; ++i) {
                BackupRecord record;
                record.destination = QStringLiteral("/backups/%1").arg(t);
                record.createdAt =
                    QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i * 60 + t);
                record.file = BackupFileName::make(record.createdAt, false, true);
                record.state = BackupRecord::State::Verified;
                catalog.put(record);
                if (!catalog.save())
                    ++failures;
            }
        });
    }
    for (std::thread &writer : writers)
        writer.join();
    QCOMPARE(failures.load(), 0);
    BackupCatalog result(path);
    QVERIFY(result.load());
    QCOMPARE(result.records().size(), threads * records);
    for (int t = 0; t < threads; ++t)
        QCOMPARE(result.at(QStringLiteral("/backups/%1").arg(t)).size(), records);
}

void TestCatalogConcurrency::verifyDuringCreateKeepsEveryBackup()
{
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"),
                  QStringLiteral("backup.maxBackups"), QStringLiteral("1000")})
                 .exitCode,
             0);
    const CliRun first = run({QStringLiteral("--json"), QStringLiteral("backup"),
                              QStringLiteral("create"), QStringLiteral("--no-encrypt")});
    QCOMPARE(first.exitCode, 0);
    const QString firstFile =
        QJsonDocument::fromJson(first.out.toUtf8())[QStringLiteral("location")].toString();

    // One process backs up again and again while another verifies the first backup again and
    // again: each verify loads the catalog before a backup's record is written and saves after.
    constexpr int rounds = 6;
    QProcess verifier;
    verifier.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    verifier.start(QStringLiteral("sh"),
                   {QStringLiteral("-c"),
                    QStringLiteral("while [ ! -e \"$1\" ]; do \"$2\" --profile \"$3\" backup "
                                   "verify \"$4\" >/dev/null 2>&1; done"),
                    QStringLiteral("sh"), m_dir->filePath(QStringLiteral("stop")),
                    QStringLiteral(HUBSTATE_CLI_BINARY), m_profile, firstFile});
    QVERIFY(verifier.waitForStarted());
    for (int i = 0; i < rounds; ++i) {
        const CliRun created = run(
            {QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--no-encrypt")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    }
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("stop")), "stop"));
    QVERIFY(verifier.waitForFinished(60000));

    // Read the catalog itself: `backup list` would add a lost backup back as unverified.
    BackupCatalog catalog(Profile::resolve(m_profile).backupCatalogFile());
    QVERIFY(catalog.load());
    int verified = 0;
    for (const BackupRecord &record : catalog.records())
        verified += record.state == BackupRecord::State::Verified;
    QCOMPARE(verified, rounds + 1);
}

void TestCatalogConcurrency::aHeldLockTimesOutWithAMessage()
{
    const QString path = m_dir->filePath(QStringLiteral("state/backups.json"));
    FileLock held(path);
    QVERIFY(held.lock());
    BackupCatalog catalog(path);
    QElapsedTimer timer;
    timer.start();
    FileLock waiting(path);
    const Status waited = waiting.lock(std::chrono::milliseconds(300));
    QVERIFY(!waited);
    QVERIFY(timer.elapsed() >= 300);
    QVERIFY2(waited.error().message.contains(path), qPrintable(waited.error().message));
    held.unlock();
    QVERIFY(waiting.lock(std::chrono::milliseconds(300)));
}

void TestCatalogConcurrency::movedProfileKeepsItsBackupsVerified()
{
    const CliRun created =
        run({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--no-encrypt")});
    QCOMPARE(created.exitCode, 0);
    QCOMPARE(listed().size(), 1);
    QCOMPARE(listed().first()[QStringLiteral("state")].toString(), QStringLiteral("verified"));

    const QString moved = m_dir->filePath(QStringLiteral("moved"));
    QVERIFY(QDir().rename(m_profile, moved));
    const QJsonArray after = listed(moved);
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first()[QStringLiteral("state")].toString(), QStringLiteral("verified"));
    QCOMPARE(after.first()[QStringLiteral("destination")].toString(),
             Profile::resolve(moved).backupDirectory());
    // Retention still counts it: a second backup with maxBackups 1 removes the first.
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"),
                  QStringLiteral("backup.maxBackups"), QStringLiteral("1")},
                 moved)
                 .exitCode,
             0);
    QCOMPARE(
        run({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--no-encrypt")},
            moved)
            .exitCode,
        0);
    QCOMPARE(listed(moved).size(), 1);
}

void TestCatalogConcurrency::quarantineThatFailsIsReported()
{
    const CliRun created = run({QStringLiteral("--json"), QStringLiteral("backup"),
                                QStringLiteral("create"), QStringLiteral("--no-encrypt")});
    QCOMPARE(created.exitCode, 0);
    const QString file =
        QJsonDocument::fromJson(created.out.toUtf8())[QStringLiteral("location")].toString();
    QByteArray bytes = readFile(file);
    bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0xff);
    QVERIFY(writeFile(file, bytes));
    // A file where the quarantine folder should go: it cannot be made.
    const QString aside = QFileInfo(file).absolutePath() + QStringLiteral("/quarantine");
    QVERIFY(writeFile(aside, "in the way"));

    const CliRun verified = run({QStringLiteral("backup"), QStringLiteral("verify"), file});
    QCOMPARE(verified.exitCode, 4);
    QVERIFY2(verified.err.contains(QStringLiteral("could not be quarantined")),
             qPrintable(verified.err));
    QVERIFY(QFile::exists(file));
    for (const QJsonValue &record : listed())
        QVERIFY(record[QStringLiteral("state")].toString() != QStringLiteral("quarantined"));
}

void TestCatalogConcurrency::runningMarkerThatCannotBeWrittenIsReported()
{
    const Profile profile = Profile::resolve(m_profile);
    QVERIFY(QDir().mkpath(profile.stateDirectory()));
    // A folder where the marker file should go.
    QVERIFY(QDir().mkpath(profile.stateDirectory() + QStringLiteral("/running")));
    const Status marked = Recovery::markRunning(profile);
    QVERIFY(!marked);
    QVERIFY2(marked.error().message.contains(QStringLiteral("crash")),
             qPrintable(marked.error().message));
}

QTEST_GUILESS_MAIN(TestCatalogConcurrency)
#include "tst_catalogconcurrency.moc"
