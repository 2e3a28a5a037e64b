// Backups cost what changed: a scheduled backup of a profile that holds exactly what its newest
// backup holds writes nothing and moves the schedule on; any committed change, even one that
// keeps the database's size and page count, makes the next one real.
#include "clirunner.h"
#include "core/backup/backupengine.h"
#include "core/backup/backupfilename.h"
#include "core/profile/profile.h"
#include "core/settings/preferencesstore.h"
#include "core/state/profilegenerator.h"
#include "core/state/statedatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace Hubstate::Core;
using namespace Hubstate::Tests;

namespace {

bool execute(const QString &database, const char *sql)
{
    sqlite3 *handle = nullptr;
    sqlite3_open_v2(QFile::encodeName(database).constData(), &handle, SQLITE_OPEN_READWRITE,
                    nullptr);
    const bool done = sqlite3_exec(handle, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close_v2(handle);
    return done;
}

} // namespace

class TestBackupChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void unchangedProfileWritesNothing();
    void everyCommittedChangeMakesABackup_data();
    void everyCommittedChangeMakesABackup();
    void aMissingNewestBackupIsNotTrusted();
    void ifDueSaysSoAndForceWrites();

private:
    Result<BackupEngine::Outcome> backUp(bool skipUnchanged = true)
    {
        BackupEngine::Options options;
        options.encrypt = false;
        options.skipUnchanged = skipUnchanged;
        return BackupEngine(m_profile, *m_settings, nullptr).create(options);
    }
    QStringList backups() const
    {
        return QDir(m_profile.backupDirectory()).entryList(QDir::Files, QDir::Name);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    Profile m_profile;
    std::unique_ptr<PreferencesStore> m_settings;
};

void TestBackupChanges::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = Profile::inDirectory(m_dir->filePath(QStringLiteral("profile")));
    m_settings = std::make_unique<PreferencesStore>(m_profile, QStringLiteral("/nonexistent"));
    QVERIFY(m_settings->open());
    StateDatabase database;
    QVERIFY(database.open(m_profile.databaseFile()));
    ProfileGenerator::Size size;
    size.messages = 2000;
    size.layouts = 4;
    size.agents = 2;
    QVERIFY(ProfileGenerator::fill(database, m_dir->path(), size));
}

void TestBackupChanges::unchangedProfileWritesNothing()
{
    // Files changed over two seconds ago: the first backup records their stamps, and the next
    // tells the profile unchanged from them, without reading the database.
    QTest::qWait(2100);
    Result<BackupEngine::Outcome> first = backUp();
    QVERIFY(first);
    QVERIFY(!first->unchanged);
    QCOMPARE(backups().size(), 1);
    QVERIFY(!first->record.fingerprint.isEmpty());
    QVERIFY(!first->record.stampFingerprint.isEmpty());

    QTest::qWait(1100); // a second later, so a new file would get a new name
    Result<BackupEngine::Outcome> second = backUp();
    QVERIFY(second);
    QVERIFY(second->unchanged);
    QCOMPARE(backups().size(), 1);
    QCOMPARE(second->location, first->location);
    // The schedule moves on from the moment the profile was found unchanged.
    BackupEngine engine(m_profile, *m_settings, nullptr);
    const qint64 interval = m_settings->value(QStringLiteral("backup.interval")).toLongLong();
    Result<QDateTime> due = engine.nextDue();
    QVERIFY(due);
    QVERIFY(*due > first->record.createdAt.addMSecs(interval));
    QVERIFY(engine.staleWarning().isEmpty());

    // Without the rule (a backup asked for by hand), a file is always written.
    QTest::qWait(1100);
    Result<BackupEngine::Outcome> forced = backUp(false);
    QVERIFY(forced);
    QVERIFY(!forced->unchanged);
    QCOMPARE(backups().size(), 2);
}

void TestBackupChanges::everyCommittedChangeMakesABackup_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("setting");
    // Same length, same page: the file's size and page count stay as they were.
    QTest::newRow("update in place")
        << QByteArray("UPDATE messages SET content = upper(content) WHERE id = "
                      "(SELECT min(id) FROM messages)")
        << QString();
    QTest::newRow("insert") << QByteArray("INSERT INTO connection_log (agent_id, endpoint, "
                                          "started_at, outcome) VALUES ('a', 'e', 1, 'success')")
                            << QString();
    QTest::newRow("setting") << QByteArray() << QStringLiteral("preferences.theme.mode");
}

void TestBackupChanges::everyCommittedChangeMakesABackup()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, setting);
    QTest::qWait(2100); // so that the stamps are recorded, and must see the change
    Result<BackupEngine::Outcome> first = backUp();
    QVERIFY(first);
    QVERIFY(!first->record.stampFingerprint.isEmpty());
    const qint64 sizeBefore = QFileInfo(m_profile.databaseFile()).size();
    if (!sql.isEmpty()) {
        QVERIFY(execute(m_profile.databaseFile(), sql.constData()));
        if (sql.startsWith("UPDATE")) {
            QVERIFY(execute(m_profile.databaseFile(), "PRAGMA wal_checkpoint(TRUNCATE)"));
            QCOMPARE(QFileInfo(m_profile.databaseFile()).size(), sizeBefore);
        }
    }
    if (!setting.isEmpty())
        QVERIFY(m_settings->setValue(setting, QStringLiteral("dark")));
    QTest::qWait(2100); // past the racy window: the new stamps are compared, not skipped
    Result<BackupEngine::Outcome> next = backUp();
    QVERIFY2(next, next ? "" : qPrintable(next.error().message));
    QVERIFY(!next->unchanged);
    QCOMPARE(backups().size(), 2);
}

void TestBackupChanges::aMissingNewestBackupIsNotTrusted()
{
    Result<BackupEngine::Outcome> first = backUp();
    QVERIFY(first);
    QVERIFY(QFile::remove(first->location));
    QTest::qWait(1100);
    Result<BackupEngine::Outcome> second = backUp();
    QVERIFY(second);
    QVERIFY(!second->unchanged);
    QCOMPARE(backups().size(), 1);
}

void TestBackupChanges::ifDueSaysSoAndForceWrites()
{
    // Through the CLI as a timer runs it, hours later (libfaketime moves the clock, and leaves
    // the files' times as they are, as time passing does: NO_FAKE_STAT).
    const QString preload = QStringLiteral("/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1");
    if (!QFile::exists(preload))
        QSKIP("needs libfaketime (Debian package faketime)");
    const QString profile = m_dir->filePath(QStringLiteral("cli"));
    const QString policy = m_dir->filePath(QStringLiteral("no-policy.ini"));
    const auto later = [&](int hours) {
        return QMap<QString, QString>{
            {QStringLiteral("LD_PRELOAD"), preload},
            {QStringLiteral("FAKETIME"), QStringLiteral("+%1h").arg(hours)},
            {QStringLiteral("NO_FAKE_STAT"), QStringLiteral("1")}};
    };
    QCOMPARE(runCli(profile, policy,
                    {QStringLiteral("dev"), QStringLiteral("generate-profile"),
                     QStringLiteral("--messages"), QStringLiteral("100")})
                 .exitCode,
             0);
    const QDir folder(Profile::inDirectory(profile).backupDirectory());
    const QStringList ifDue{QStringLiteral("backup"), QStringLiteral("create"),
                            QStringLiteral("--if-due"), QStringLiteral("--no-encrypt")};
    const QStringList json{QStringLiteral("--json")};
    CliRun run = runCli(profile, policy, json + ifDue);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8())[QStringLiteral("unchanged")].toBool(),
             false);
    QCOMPARE(folder.entryList(QDir::Files).size(), 1);

    // A day and more later (the default interval is a day), nothing changed: said, not written.
    run = runCli(profile, policy, ifDue, later(26));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Nothing changed")), qPrintable(run.out + run.err));
    QCOMPARE(folder.entryList(QDir::Files).size(), 1);
    // ... and the schedule moved on: an hour after that it is not due.
    run = runCli(profile, policy, json + ifDue, later(27));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8())[QStringLiteral("due")].toBool(true), false);
    // Due again, --force writes even so.
    run = runCli(profile, policy, ifDue + QStringList{QStringLiteral("--force")}, later(52));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(folder.entryList(QDir::Files).size(), 2);
}

QTEST_GUILESS_MAIN(TestBackupChanges)
#include "tst_backupchanges.moc"
