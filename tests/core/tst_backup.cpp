// The backup engine in process: retention, verification, fault injection, a live writer,
// and the recovery cascade. The CLI's side is in tst_clibackup.
#include "core/backup/backupengine.h"
#include "core/backup/backupfilename.h"
#include "core/backup/backupscheduler.h"
#include "core/backup/recovery.h"
#include "core/backup/recoverycascade.h"
#include "core/backup/restoreengine.h"
#include "core/backup/retention.h"
#include "core/crypto/containerreader.h"
#include "core/profile/profile.h"
#include "core/settings/preferencesstore.h"
#include "core/state/profilegenerator.h"
#include "core/state/statedatabase.h"
#include "testfiles.h"

#include <QBuffer>
#include <QDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <sqlite3.h>
#include <thread>

using namespace Hubstate::Core;
using namespace Hubstate::Tests;

namespace {

// Fails the Nth call of one kind with `error`; every other call goes through.
class FaultyFileLayer : public FileLayer
{
public:
    enum class Call { Write, Fsync, Rename };
    FaultyFileLayer(Call call, int failAt, int error)
        : m_call(call)
        , m_failAt(failAt)
        , m_error(error)
    {
    }
    qint64 write(int fd, const char *data, qint64 size) override
    {
        return fail(Call::Write) ? -1 : FileLayer::write(fd, data, size);
    }
    int fsync(int fd) override { return fail(Call::Fsync) ? -1 : FileLayer::fsync(fd); }
    int rename(const char *from, const char *to) override
    {
        return fail(Call::Rename) ? -1 : FileLayer::rename(from, to);
    }
    bool fired() const { return m_fired; }

private:
    bool fail(Call call)
    {
        if (call != m_call || ++m_count != m_failAt)
            return false;
        errno = m_error;
        m_fired = true;
        return true;
    }
    Call m_call;
    int m_failAt;
    int m_error;
    int m_count = 0;
    bool m_fired = false;
};

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

qint64 scalar(const QString &database, const char *sql)
{
    sqlite3 *handle = nullptr;
    sqlite3_open_v2(QFile::encodeName(database).constData(), &handle, SQLITE_OPEN_READONLY,
                    nullptr);
    sqlite3_stmt *statement = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW) {
        value = sqlite3_column_int64(statement, 0);
    }
    sqlite3_finalize(statement);
    sqlite3_close_v2(handle);
    return value;
}

QList<QDateTime> times(const QStringList &isoTimes)
{
    QList<QDateTime> result;
    for (const QString &text : isoTimes)
        result.append(QDateTime::fromString(text, Qt::ISODate));
    return result;
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void retentionKeepsTheNewestAndCalendarBuckets();
    void retentionRefusesToKeepNothing();
    void backupIsVerifiedCataloguedAndComplete();
    void keyDerivationSettingChoosesTheAlgorithm_data();
    void keyDerivationSettingChoosesTheAlgorithm();
    void retentionCountsOnlyVerifiedBackups();
    void failingWritesSyncsAndRenamesLoseNothing_data();
    void failingWritesSyncsAndRenamesLoseNothing();
    void snapshotOfALiveWriterHoldsACommittedPrefix();
    void restoreJournalIsCompletedAfterAnInterruption();
    void recoveryTakesTheNewestBackupThatValidates();
    void recoveryFallsBackToTheDefaults();
    void recoveryAsksForThePasswordBeforeGivingUpABackup();
    void uncleanShutdownTriggersTheFullCheck();
    void startUpCheckIsLightAndTheBackgroundCheckFlagsDamage();
    void scheduleCatchesUpAndWarnsWhenStale();
    void schedulerRunsMissedBackupsOnceAndRetriesLater();

private:
    void fill(qint64 messages = 500);
    BackupEngine::Outcome backUp(BackupEngine::Options options = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    Profile m_profile;
    std::unique_ptr<PreferencesStore> m_settings;
};

void TestBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = Profile::inDirectory(m_dir->filePath(QStringLiteral("profile")));
    m_settings = std::make_unique<PreferencesStore>(m_profile, QStringLiteral("/nonexistent"));
    QVERIFY(m_settings->open());
}

void TestBackup::fill(qint64 messages)
{
    StateDatabase database;
    QVERIFY(database.open(m_profile.databaseFile()));
    ProfileGenerator::Size size;
    size.messages = messages;
    size.layouts = 3;
    size.agents = 2;
    QVERIFY(ProfileGenerator::fill(database, m_dir->path(), size));
}

BackupEngine::Outcome TestBackup::backUp(BackupEngine::Options options)
{
    if (!options.encrypt)
        options.encrypt = false;
    BackupEngine engine(m_profile, *m_settings, nullptr);
    Result<BackupEngine::Outcome> outcome = engine.create(options);
    if (!outcome)
        qWarning("%s", qPrintable(outcome.error().message));
    return outcome ? *outcome : BackupEngine::Outcome{};
}

void TestBackup::retentionKeepsTheNewestAndCalendarBuckets()
{
    // Newest first: three on the 20th, one each on the 19th, 12th, and in October.
    const QList<QDateTime> backups =
        times({"2026-11-20T18:00:00Z", "2026-11-20T12:00:00Z", "2026-11-20T06:00:00Z",
               "2026-11-19T12:00:00Z", "2026-11-12T12:00:00Z", "2026-10-05T12:00:00Z"});
    RetentionPolicy policy;
    policy.keepLast = 2;
    Result<RetentionPolicy::Plan> plan = policy.plan(backups);
    QVERIFY(plan);
    QCOMPARE(plan->keep, (QList<int>{0, 1}));
    QCOMPARE(plan->remove, (QList<int>{2, 3, 4, 5}));

    policy.keepLast = 1;
    policy.keepDaily = 2; // the 20th (index 0) and the 19th (3)
    policy.keepWeekly = 2; // week 47 (0) and week 46 (4)
    policy.keepMonthly = 2; // November (0) and October (5)
    plan = policy.plan(backups);
    QVERIFY(plan);
    QCOMPARE(plan->keep, (QList<int>{0, 3, 4, 5}));
    QCOMPARE(plan->remove, (QList<int>{1, 2}));
    QVERIFY(plan->reasons.at(0).contains(QStringLiteral("newest")));
    QCOMPARE(plan->reasons.at(3), QStringLiteral("monthly"));
}

void TestBackup::retentionRefusesToKeepNothing()
{
    RetentionPolicy policy;
    policy.keepLast = 0;
    const Result<RetentionPolicy::Plan> plan = policy.plan(times({"2026-11-20T18:00:00Z"}));
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, ErrorCode::InvalidInput);
    QVERIFY(plan.error().message.contains(QStringLiteral("refusing")));
}

void TestBackup::backupIsVerifiedCataloguedAndComplete()
{
    fill(300);
    QVERIFY(m_settings->setValue(QStringLiteral("preferences.theme.mode"), QStringLiteral("dark")));
    const BackupEngine::Outcome outcome = backUp();
    QVERIFY(QFile::exists(outcome.location));
    QVERIFY(BackupFileName::isBackupFile(outcome.record.file));
    QCOMPARE(outcome.record.state, BackupRecord::State::Verified);
    QCOMPARE(outcome.record.counts.value(QStringLiteral("messages")), 300);
    QCOMPARE(outcome.record.counts.value(QStringLiteral("agents")), 2);
    QCOMPARE(filesIn(m_profile.backupDirectory()), QStringList{outcome.record.file});

    // Read in full: every entry, and the preferences as they were.
    QByteArray settings;
    QBuffer capture(&settings);
    Result<BackupManifest> manifest = BackupReader::read(
        outcome.location, {}, [&](const QString &name, qint64) -> Result<QIODevice *> {
            if (name != BackupManifest::settingsEntry())
                return nullptr;
            capture.open(QIODevice::WriteOnly);
            return &capture;
        });
    QVERIFY(manifest);
    QVERIFY(manifest->entry(BackupManifest::databaseEntry()));
    QVERIFY(!manifest->entry(BackupManifest::secretsEntry()));
    QVERIFY(settings.contains("mode=dark"));

    BackupCatalog catalog(m_profile.backupCatalogFile());
    QVERIFY(catalog.load());
    QCOMPARE(catalog.records().size(), 1);
    QCOMPARE(catalog.records().first().sha256.size(), 32);
}

void TestBackup::keyDerivationSettingChoosesTheAlgorithm_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<KdfParameters::Algorithm>("algorithm");
    QTest::newRow("argon2id") << QStringLiteral("argon2id") << KdfParameters::Algorithm::Argon2id;
    QTest::newRow("pbkdf2-sha256")
        << QStringLiteral("pbkdf2-sha256") << KdfParameters::Algorithm::Pbkdf2Sha256;
}

void TestBackup::keyDerivationSettingChoosesTheAlgorithm()
{
    QFETCH(QString, setting);
    QFETCH(KdfParameters::Algorithm, algorithm);
    fill(10);
    QVERIFY(m_settings->setValue(QStringLiteral("security.keyDerivation"), setting));
    BackupEngine::Options options;
    options.encrypt = true;
    options.password = QStringLiteral("correct horse");
    const BackupEngine::Outcome outcome = backUp(options);
    QCOMPARE(outcome.record.state, BackupRecord::State::Verified);

    QFile file(outcome.location);
    QVERIFY(file.open(QIODevice::ReadOnly));
    ContainerReader reader(&file);
    QVERIFY(reader.readHeader());
    const KdfParameters kdf = reader.envelope().kdf;
    QCOMPARE(kdf.algorithm, algorithm);
    QVERIFY(PasswordKey::checkForWriting(kdf)); // never below the floors
    QVERIFY(reader.unlock(options.password));
}

void TestBackup::retentionCountsOnlyVerifiedBackups()
{
    fill(50);
    QVERIFY(m_settings->setValue(QStringLiteral("backup.maxBackups"), 2));
    QStringList made;
    for (int i = 0; i < 4; ++i)
        made.append(backUp().record.file);
    QCOMPARE(filesIn(m_profile.backupDirectory()), (QStringList{made.at(2), made.at(3)}));

    // A damaged backup is quarantined by verification: kept, but no longer counted.
    const QString damaged = m_profile.backupDirectory() + u'/' + made.at(3);
    QByteArray bytes = readFile(damaged);
    bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x55);
    QVERIFY(writeFile(damaged, bytes));
    BackupEngine engine(m_profile, *m_settings, nullptr);
    const Result<BackupManifest> verified = engine.verify(damaged, {});
    QVERIFY(!verified);
    QCOMPARE(verified.error().code, ErrorCode::Damaged);
    QVERIFY(
        QFile::exists(m_profile.backupDirectory() + QStringLiteral("/quarantine/") + made.at(3)));

    // The next backup and its retention: the quarantined file stays where it is.
    const QString next = backUp().record.file;
    QCOMPARE(filesIn(m_profile.backupDirectory()), (QStringList{made.at(2), next}));
    QVERIFY(
        QFile::exists(m_profile.backupDirectory() + QStringLiteral("/quarantine/") + made.at(3)));
}

void TestBackup::failingWritesSyncsAndRenamesLoseNothing_data()
{
    QTest::addColumn<int>("call");
    QTest::addColumn<int>("error");
    QTest::newRow("write EIO") << int(FaultyFileLayer::Call::Write) << EIO;
    QTest::newRow("write ENOSPC") << int(FaultyFileLayer::Call::Write) << ENOSPC;
    QTest::newRow("fsync EIO") << int(FaultyFileLayer::Call::Fsync) << EIO;
    QTest::newRow("rename EIO") << int(FaultyFileLayer::Call::Rename) << EIO;
}

void TestBackup::failingWritesSyncsAndRenamesLoseNothing()
{
    QFETCH(int, call);
    QFETCH(int, error);
    fill(2000);
    const BackupEngine::Outcome first = backUp();
    QVERIFY(!first.record.file.isEmpty());
    const QByteArray catalogBefore = readFile(m_profile.backupCatalogFile());
    const QString reason = QString::fromLocal8Bit(std::strerror(error));

    // Fail the 1st, 2nd, ... call until a run gets through without reaching the fault.
    int failures = 0;
    for (int n = 1; n < 200; ++n) {
        FaultyFileLayer layer(FaultyFileLayer::Call(call), n, error);
        BackupEngine::Options options;
        options.fileLayer = &layer;
        options.encrypt = false;
        BackupEngine engine(m_profile, *m_settings, nullptr);
        Result<BackupEngine::Outcome> outcome = engine.create(options);
        if (!layer.fired()) {
            QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
            break;
        }
        ++failures;
        if (outcome) {
            // A fault after the backup was in place (the catalog's write): the backup stands,
            // but the catalog must still be readable and list the first one.
            continue;
        }
        QVERIFY2(outcome.error().message.contains(reason), qPrintable(outcome.error().message));
        // Nothing half-written is left, and the first backup still verifies.
        for (const QString &file : filesIn(m_profile.backupDirectory()))
            QVERIFY2(!file.endsWith(BackupFileName::partialSuffix()), qPrintable(file));
        QVERIFY(BackupReader::read(first.location, {}, {}));
        BackupCatalog catalog(m_profile.backupCatalogFile());
        QVERIFY(catalog.load());
        QVERIFY(catalog.find(first.record.destination, first.record.file));
        QVERIFY(catalog.notices().isEmpty());
    }
    QVERIFY(failures > 0);
    // The catalog was never damaged by a failed write: it is the old one or a newer one.
    BackupCatalog catalog(m_profile.backupCatalogFile());
    QVERIFY(catalog.load());
    QVERIFY(catalog.notices().isEmpty());
    QVERIFY(!catalogBefore.isEmpty());
}

void TestBackup::snapshotOfALiveWriterHoldsACommittedPrefix()
{
    fill(0);
    // Another connection commits batches of 100 messages while the backup runs.
    constexpr int batch = 100;
    std::atomic<bool> stop = false;
    std::atomic<int> committed = 0;
    std::thread writer([&] {
        sqlite3 *handle = nullptr;
        sqlite3_open(QFile::encodeName(m_profile.databaseFile()).constData(), &handle);
        sqlite3_busy_timeout(handle, 10000);
        sqlite3_exec(handle,
                     "INSERT INTO conversations (id, agent_id, title, created_at) "
                     "VALUES ('live', 'a', 'live', 0)",
                     nullptr, nullptr, nullptr);
        while (!stop) {
            QByteArray sql = "BEGIN;";
            for (int i = 0; i < batch; ++i) {
                sql += "INSERT INTO messages (conversation_id, role, content, timestamp) VALUES "
                       "('live', 'user', 'a live message with some words in it', 1);";
            }
            sql += "COMMIT;";
            if (sqlite3_exec(handle, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK)
                ++committed;
        }
        sqlite3_close(handle);
    });
    while (committed < 20)
        QThread::msleep(5);
    const BackupEngine::Outcome outcome = backUp();
    stop = true;
    writer.join();
    QVERIFY(!outcome.location.isEmpty());

    const QString extracted = m_dir->filePath(QStringLiteral("extracted.sqlite"));
    QFile database(extracted);
    QVERIFY(database.open(QIODevice::WriteOnly));
    QVERIFY(BackupReader::read(
        outcome.location, {}, [&](const QString &name, qint64) -> Result<QIODevice *> {
            return name == BackupManifest::databaseEntry() ? &database : nullptr;
        }));
    database.close();
    QCOMPARE(scalar(extracted,
                    "SELECT count(*) FROM pragma_integrity_check WHERE "
                    "integrity_check <> 'ok'"),
             0);
    const qint64 messages = scalar(extracted, "SELECT count(*) FROM messages");
    QVERIFY(messages >= 20 * batch);
    QCOMPARE(messages % batch, 0); // whole transactions only
    QCOMPARE(scalar(extracted, "SELECT max(id) FROM messages"), messages); // a prefix, no gaps
    QVERIFY(messages < qint64(committed) * batch); // the writer went on after the snapshot
    QCOMPARE(outcome.record.counts.value(QStringLiteral("messages")), messages);
}

void TestBackup::restoreJournalIsCompletedAfterAnInterruption()
{
    fill(100);
    const BackupEngine::Outcome backup = backUp();
    // Change the state, then stage a restore and stop after the journal was written: the
    // next start must finish the swap.
    QVERIFY(m_settings->setValue(QStringLiteral("preferences.theme.mode"), QStringLiteral("dark")));
    {
        StateDatabase database;
        QVERIFY(database.open(m_profile.databaseFile()));
        QSqlQuery(database.connection()).exec(QStringLiteral("DELETE FROM agents"));
    }
    QCOMPARE(scalar(m_profile.databaseFile(), "SELECT count(*) FROM agents"), 0);

    // The journal cannot be written (its rename fails): nothing is swapped, nothing lost.
    FaultyFileLayer layer(FaultyFileLayer::Call::Rename, 1, EIO);
    RestoreEngine restore(m_profile, m_settings.get(), nullptr);
    RestoreEngine::Options options;
    options.safetyBackup = false;
    options.fileLayer = &layer;
    QVERIFY(restore.stage(backup.location, {}));
    const Result<RestoreEngine::Report> failed = restore.apply({}, options);
    QVERIFY(layer.fired());
    QVERIFY(!failed);
    QVERIFY(failed.error().message.contains(QString::fromLocal8Bit(std::strerror(EIO))));
    QCOMPARE(scalar(m_profile.databaseFile(), "SELECT count(*) FROM agents"), 0);
    QVERIFY(readFile(m_profile.settingsFile()).contains("mode=dark"));

    // Without the fault the same restore takes.
    options.fileLayer = nullptr;
    QVERIFY(restore.apply({}, options));
    QCOMPARE(scalar(m_profile.databaseFile(), "SELECT count(*) FROM agents"), 2);
    QVERIFY(!readFile(m_profile.settingsFile()).contains("mode=dark"));

    // Now a journal written by hand as an interrupted restore leaves it: staged files, no swap.
    QVERIFY(m_settings->setValue(QStringLiteral("preferences.theme.mode"), QStringLiteral("dark")));
    const QString staged =
        QFileInfo(m_profile.settingsFile()).absolutePath() + QStringLiteral("/staged.ini");
    QVERIFY(writeFile(staged, "[preferences]\ntheme\\mode=light\n[meta]\nfileVersion=4\n"));
    QVERIFY(writeFile(
        m_profile.stateDirectory() + QStringLiteral("/restore-journal.json"),
        QStringLiteral("{\"steps\":[{\"kind\":\"settings\",\"from\":\"%1\",\"to\":\"%2\"}]}")
            .arg(staged, m_profile.settingsFile())
            .toUtf8()));
    Result<Recovery::Finding> finding = Recovery::inspect(m_profile, false);
    QVERIFY(finding);
    QVERIFY(finding->completedRestore);
    QVERIFY(readFile(m_profile.settingsFile()).contains("mode=light"));
    QVERIFY(!QFile::exists(staged));
    QVERIFY(!QFile::exists(m_profile.stateDirectory() + QStringLiteral("/restore-journal.json")));
}

void TestBackup::recoveryTakesTheNewestBackupThatValidates()
{
    fill(100);
    const BackupEngine::Outcome older = backUp();
    {
        StateDatabase database;
        QVERIFY(database.open(m_profile.databaseFile()));
        QSqlQuery(database.connection())
            .exec(QStringLiteral("DELETE FROM layouts WHERE id NOT LIKE '00000000%'"));
    }
    const BackupEngine::Outcome newer = backUp();
    QVERIFY(newer.record.createdAt > older.record.createdAt);

    // The newest backup is damaged on disk, and so is the live database.
    QByteArray bytes = readFile(newer.location);
    bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x55);
    QVERIFY(writeFile(newer.location, bytes));
    QByteArray live = readFile(m_profile.databaseFile());
    QVERIFY(live.size() > 8 * 4096);
    for (int i = 2 * 4096; i < 6 * 4096; ++i)
        live[i] = char(0xA5);
    QVERIFY(writeFile(m_profile.databaseFile(), live));

    Result<Recovery::Outcome> outcome = Recovery::recover(m_profile, nullptr, {});
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    QVERIFY(outcome->finding.isDamaged());
    QCOMPARE(outcome->restoredFrom, QFileInfo(older.location).absoluteFilePath());
    QCOMPARE(outcome->attempts.size(), 1);
    QVERIFY(outcome->attempts.first().contains(newer.record.file));
    QVERIFY(QFile::exists(outcome->movedAside + QStringLiteral("/hubstate.db")));
    // The older backup's layouts are back, in a database that checks out.
    QCOMPARE(scalar(m_profile.databaseFile(), "SELECT count(*) FROM layouts"),
             older.record.counts.value(QStringLiteral("layouts")));
    Result<Recovery::Finding> after = Recovery::inspect(m_profile, true);
    QVERIFY(after && !after->isDamaged());
}

void TestBackup::recoveryFallsBackToTheDefaults()
{
    QVERIFY(writeFile(m_profile.databaseFile(), QByteArray(16384, 'x')));
    QVERIFY(writeFile(m_profile.settingsFile(), "[General]\nthis is = = not [ini\n\x01\x02"));
    Result<Recovery::Outcome> outcome = Recovery::recover(m_profile, nullptr, {});
    QVERIFY(outcome);
    QVERIFY(!outcome->finding.databaseDamage.isEmpty());
    QVERIFY(outcome->restoredFrom.isEmpty());
    QVERIFY(QFile::exists(outcome->movedAside + QStringLiteral("/hubstate.db")));
    QCOMPARE(readFile(outcome->movedAside + QStringLiteral("/hubstate.db")),
             QByteArray(16384, 'x'));
    QCOMPARE(scalar(m_profile.databaseFile(), "PRAGMA user_version"),
             StateDatabase::currentVersion);
}

// An encrypted backup that the keys do not open stops the cascade and waits for its password
// (or to be skipped); nothing is moved aside while it waits, and the defaults come only when
// asked for.
void TestBackup::recoveryAsksForThePasswordBeforeGivingUpABackup()
{
    fill(100);
    BackupEngine::Options encrypted;
    encrypted.encrypt = true;
    encrypted.password = QStringLiteral("correct horse");
    const BackupEngine::Outcome backup = backUp(encrypted);
    QVERIFY(!backup.location.isEmpty());
    QByteArray live = readFile(m_profile.databaseFile());
    QVERIFY(live.size() > 8 * 4096);
    for (int i = 2 * 4096; i < 6 * 4096; ++i)
        live[i] = char(0xA5);
    QVERIFY(writeFile(m_profile.databaseFile(), live));

    RecoveryCascade cascade(m_profile, nullptr);
    Result<Recovery::Finding> finding = cascade.begin();
    QVERIFY(finding && finding->isDamaged());
    QCOMPARE(cascade.rungs().size(), 1);
    Result<RecoveryCascade::Stop> stopped = cascade.run({});
    QVERIFY(stopped);
    QCOMPARE(*stopped, RecoveryCascade::Stop::NeedsPassword);
    QVERIFY(cascade.current());
    QCOMPARE(cascade.current()->file, QFileInfo(backup.location).absoluteFilePath());
    QVERIFY(!cascade.wrongPassword());
    QVERIFY(cascade.outcome().movedAside.isEmpty());
    QCOMPARE(readFile(m_profile.databaseFile()), live); // untouched while it waits

    BackupReader::Keys keys;
    keys.password = QStringLiteral("battery staple");
    stopped = cascade.run(keys);
    QVERIFY(stopped && *stopped == RecoveryCascade::Stop::NeedsPassword);
    QVERIFY(cascade.wrongPassword());
    QVERIFY(cascade.outcome().attempts.isEmpty()); // not given up

    keys.password = QStringLiteral("correct horse");
    stopped = cascade.run(keys);
    QVERIFY2(stopped, stopped ? "" : qPrintable(stopped.error().message));
    QCOMPARE(*stopped, RecoveryCascade::Stop::Recovered);
    QCOMPARE(cascade.outcome().restoredFrom, QFileInfo(backup.location).absoluteFilePath());
    QCOMPARE(readFile(cascade.outcome().movedAside + QStringLiteral("/hubstate.db")), live);
    QCOMPARE(scalar(m_profile.databaseFile(), "SELECT count(*) FROM layouts"),
             backup.record.counts.value(QStringLiteral("layouts")));

    // Skipped instead: the cascade runs out, and only startEmpty() gives the defaults.
    QVERIFY(writeFile(m_profile.databaseFile(), live));
    RecoveryCascade skipping(m_profile, nullptr);
    QVERIFY(skipping.begin()->isDamaged());
    QCOMPARE(*skipping.run({}), RecoveryCascade::Stop::NeedsPassword);
    skipping.skip();
    QCOMPARE(*skipping.run({}), RecoveryCascade::Stop::Exhausted);
    QVERIFY(skipping.outcome().movedAside.isEmpty());
    QCOMPARE(skipping.outcome().attempts.size(), 1);
    QVERIFY(skipping.outcome().attempts.first().contains(QStringLiteral("no password")));
    QVERIFY(skipping.startEmpty());
    QVERIFY(!skipping.outcome().movedAside.isEmpty());
    QCOMPARE(scalar(m_profile.databaseFile(), "SELECT count(*) FROM layouts"), 0);

    // Without anyone to ask (the CLI's recover), the backup counts as refused.
    QVERIFY(writeFile(m_profile.databaseFile(), live));
    Result<Recovery::Outcome> unattended = Recovery::recover(m_profile, nullptr, {});
    QVERIFY(unattended && unattended->restoredFrom.isEmpty());
    QCOMPARE(unattended->attempts.size(), 1);
}

void TestBackup::uncleanShutdownTriggersTheFullCheck()
{
    fill(10);
    Result<Recovery::Finding> clean = Recovery::inspect(m_profile, false);
    QVERIFY(clean && !clean->uncleanShutdown && !clean->isDamaged());
    QVERIFY(Recovery::markRunning(m_profile));
    Result<Recovery::Finding> crashed = Recovery::inspect(m_profile, false);
    QVERIFY(crashed && crashed->uncleanShutdown);
    Recovery::markStopped(m_profile);
    QVERIFY(Recovery::inspect(m_profile, false)->uncleanShutdown == false);
}

void TestBackup::startUpCheckIsLightAndTheBackgroundCheckFlagsDamage()
{
    fill(3000);
    // Pages in the middle of the file damaged, header and schema intact: the light check at
    // start-up does not read them; the background check does, and the next start knows.
    QByteArray bytes = readFile(m_profile.databaseFile());
    const qsizetype middle = (bytes.size() / 2) & ~qsizetype(4095);
    for (qsizetype i = middle; i < middle + 8 * 4096; ++i)
        bytes[i] = char(0x5A);
    QVERIFY(writeFile(m_profile.databaseFile(), bytes));
    Result<Recovery::Finding> light = Recovery::inspect(m_profile, false);
    QVERIFY(light && !light->isDamaged());
    const QStringList found = Recovery::checkInBackground(m_profile);
    QVERIFY(!found.isEmpty());
    QVERIFY(found.first().startsWith(m_profile.databaseFile()));
    Result<Recovery::Finding> next = Recovery::inspect(m_profile, false);
    QVERIFY(next && next->isDamaged());
    // A damaged header is found by the light check itself.
    QVERIFY(writeFile(m_profile.databaseFile(), QByteArray(8192, 'x')));
    QFile::remove(m_profile.stateDirectory() + QStringLiteral("/database-damaged"));
    Result<Recovery::Finding> header = Recovery::inspect(m_profile, false);
    QVERIFY(header && header->isDamaged());
}

void TestBackup::scheduleCatchesUpAndWarnsWhenStale()
{
    fill(10);
    BackupEngine engine(m_profile, *m_settings, nullptr);
    QVERIFY(!engine.staleWarning().isEmpty()); // no backup at all
    // Due now: the clock is read after nextDue() has read it (the two sides of <= may be
    // evaluated in either order).
    const QDateTime due = engine.nextDue().value();
    QVERIFY(due <= QDateTime::currentDateTimeUtc());

    const BackupEngine::Outcome made = backUp();
    const qint64 day = 24 * 3600 * 1000LL;
    QCOMPARE(engine.nextDue().value(), made.record.createdAt.addMSecs(day));
    QVERIFY(engine.staleWarning().isEmpty());
    // Three days later (the machine was off): due at once, and stale.
    const QDateTime later = made.record.createdAt.addDays(3);
    QVERIFY(engine.nextDue().value() < later);
    QVERIFY(engine.staleWarning(later).contains(QStringLiteral("older than twice")));
}

void TestBackup::schedulerRunsMissedBackupsOnceAndRetriesLater()
{
    fill(50);
    QVERIFY(m_settings->setValue(QStringLiteral("backup.interval"), 3600 * 1000));
    QDateTime now = QDateTime::currentDateTimeUtc();
    BackupScheduler scheduler(m_profile, *m_settings);
    scheduler.setClock([&now] { return now; });
    QSignalSpy started(&scheduler, &BackupScheduler::backupStarted);
    QSignalSpy finished(&scheduler, &BackupScheduler::backupFinished);
    QSignalSpy stale(&scheduler, &BackupScheduler::staleChanged);

    // A new profile: the first backup is due one interval after the schedule first ran.
    scheduler.check();
    QCOMPARE(started.size(), 0);
    QVERIFY(!stale.isEmpty() && !stale.last().at(0).toString().isEmpty()); // none yet
    now = now.addSecs(3600);

    // Encryption on and no keychain: the scheduled backup fails, says why, and is not retried
    // at every look.
    scheduler.check();
    QCOMPARE(started.size(), 1);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!finished.first().at(1).toString().isEmpty());
    QVERIFY(!stale.isEmpty() && !stale.last().at(0).toString().isEmpty());
    scheduler.check();
    QCOMPARE(started.size(), 1);

    // Plain backups: the next look after the pause runs one.
    QVERIFY(m_settings->setValue(QStringLiteral("backup.encryption"), false));
    now = now.addSecs(16 * 60);
    scheduler.check();
    QCOMPARE(started.size(), 2);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().at(0).toBool(), true);
    QVERIFY(stale.last().at(0).toString().isEmpty()); // no longer stale
    const QDateTime made = scheduler.nextDue().value().addSecs(-3600);

    // Within the interval nothing runs; after a sleep of three hours exactly one runs.
    now = made.addSecs(30 * 60);
    scheduler.check();
    QCOMPARE(started.size(), 2);
    now = made.addSecs(3 * 3600);
    scheduler.check();
    scheduler.check();
    QCOMPARE(started.size(), 3);
    QVERIFY(finished.wait(20000));

    // Switched off: never.
    QVERIFY(m_settings->setValue(QStringLiteral("backup.enabled"), false));
    now = now.addDays(10);
    scheduler.check();
    QCOMPARE(started.size(), 3);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
