// The settings file ladder: version 1 (the plan's flat names) up to the current one and back,
// from the fixtures in tests/data/settings.
#include "core/settings/inifile.h"
#include "core/settings/preferencesstore.h"
#include "core/settings/settingsmigrator.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Hubstate::Core;
using Hubstate::Tests::readFile;
using Hubstate::Tests::writeFile;

namespace {

const QString kData = QStringLiteral(HUBSTATE_TEST_DATA "/settings/");

RawSettings readRaw(const QString &path)
{
    Result<RawSettings> raw = IniFile::read(path);
    return raw ? *raw : RawSettings();
}

const QString kOldInterval = QStringLiteral("performance/syncInterval");
const QString kInterval = QStringLiteral("sync/interval");

// A version 2 file: the given entries, and keys no version knows, which must survive.
RawSettings versionTwo(const RawSettings &entries)
{
    RawSettings raw = entries;
    raw.insert(QStringLiteral("meta/fileVersion"), QStringLiteral("2"));
    raw.insert(QStringLiteral("performance/flushOnExit"), QStringLiteral("true"));
    raw.insert(QStringLiteral("future/feature"), QStringLiteral("on"));
    return raw;
}

} // namespace

class TestSettingsMigrator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void ladderHasNoGaps();
    void detectsVersions_data();
    void detectsVersions();
    void upFromVersionOneFixture();
    void downRestoresVersionOne();
    void dryRunChangesNothing();
    void backupsAreNeverOverwritten();
    void newerFileIsRefusedUntouched();
    void damagedVersionIsReported();
    void migratedFileOpensWithTheOldValues();
    void upFromVersionTwoFixture();
    void oneSyncIntervalUp_data();
    void oneSyncIntervalUp();
    void oneSyncIntervalDown_data();
    void oneSyncIntervalDown();
    void versionThreeSurvivesARoundTrip();
    void lockAfterIdleIsDroppedUpAndNotBroughtBack();
    void versionOneIntervalReachesSyncInterval();
    void storeOpensVersionTwoWithTheOldInterval();
    void storeReportsAClampedInterval();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void TestSettingsMigrator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_file = m_dir->filePath(QStringLiteral("hubstate.ini"));
    QVERIFY(QFile::copy(kData + QStringLiteral("hubstate-v1.ini"), m_file));
    QFile::setPermissions(m_file, QFile::ReadOwner | QFile::WriteOwner);
}

void TestSettingsMigrator::ladderHasNoGaps()
{
    QVERIFY(SettingsMigrator::checkLadder());
    QCOMPARE(settingsMigrations().size(), SettingsMigrator::currentVersion() - 1);
    for (const SettingsMigration &step : settingsMigrations()) {
        QVERIFY(step.up);
        QVERIFY(step.down);
    }
}

void TestSettingsMigrator::detectsVersions_data()
{
    QTest::addColumn<QString>("contents");
    QTest::addColumn<int>("version");
    QTest::newRow("empty") << "" << SettingsMigrator::currentVersion();
    QTest::newRow("flat names") << "[General]\norchestrator_theme=dark\n" << 1;
    QTest::newRow("meta") << "[meta]\nfileVersion=2\n" << 2;
    QTest::newRow("newer") << "[meta]\nfileVersion=9\n" << 9;
}

void TestSettingsMigrator::detectsVersions()
{
    QFETCH(QString, contents);
    QFETCH(int, version);
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(contents.toUtf8());
    file.close();
    Result<int> detected = SettingsMigrator::detectVersion(readRaw(m_file), m_file);
    QVERIFY(detected);
    QCOMPARE(*detected, version);
}

void TestSettingsMigrator::upFromVersionOneFixture()
{
    Result<SettingsMigrator::Plan> plan = SettingsMigrator::migrateFile(m_file, 2, false);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
    QCOMPARE(plan->fromVersion, 1);
    QCOMPARE(plan->toVersion, 2);
    QCOMPARE(readRaw(m_file), readRaw(kData + QStringLiteral("hubstate-v2-from-v1.ini")));
    // The unknown key came along untouched.
    QCOMPARE(readRaw(m_file).value(QStringLiteral("orchestrator_pluginDirectory")),
             QStringLiteral("/opt/plugins"));
    QCOMPARE(plan->backupFile, m_file + QStringLiteral(".v1.bak"));
    QCOMPARE(readFile(plan->backupFile), readFile(kData + QStringLiteral("hubstate-v1.ini")));
}

void TestSettingsMigrator::downRestoresVersionOne()
{
    QVERIFY(SettingsMigrator::migrateFile(m_file, 2, false));
    Result<SettingsMigrator::Plan> down = SettingsMigrator::migrateFile(m_file, 1, false);
    QVERIFY(down);
    QCOMPARE(down->fromVersion, 2);
    QCOMPARE(down->backupFile, m_file + QStringLiteral(".v2.bak"));
    // Round trip: the same entries as the original fixture.
    QCOMPARE(readRaw(m_file), readRaw(kData + QStringLiteral("hubstate-v1.ini")));
}

void TestSettingsMigrator::dryRunChangesNothing()
{
    const QByteArray before = readFile(m_file);
    Result<SettingsMigrator::Plan> plan = SettingsMigrator::migrateFile(m_file, 2, true);
    QVERIFY(plan);
    QCOMPARE(readFile(m_file), before);
    QVERIFY(!QFile::exists(m_file + QStringLiteral(".v1.bak")));
    QStringList changes;
    for (const auto &change : plan->changes)
        changes.append(change.toString());
    QVERIFY(changes.contains(QStringLiteral("- orchestrator_theme=system")));
    QVERIFY(changes.contains(QStringLiteral("+ preferences/theme.mode=auto")));
    QVERIFY(changes.contains(QStringLiteral("+ meta/fileVersion=2")));
    QVERIFY(!changes.join(u'\n').contains(QStringLiteral("pluginDirectory")));
}

void TestSettingsMigrator::backupsAreNeverOverwritten()
{
    QFile old(m_file + QStringLiteral(".v1.bak"));
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("earlier backup\n");
    old.close();
    Result<SettingsMigrator::Plan> plan = SettingsMigrator::migrateFile(m_file, 2, false);
    QVERIFY(plan);
    QCOMPARE(plan->backupFile, m_file + QStringLiteral(".v1.2.bak"));
    QCOMPARE(readFile(m_file + QStringLiteral(".v1.bak")), QByteArray("earlier backup\n"));
}

void TestSettingsMigrator::newerFileIsRefusedUntouched()
{
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("[meta]\nfileVersion=5\n[preferences]\ntheme.mode=dark\n");
    file.close();
    const QByteArray before = readFile(m_file);
    Result<SettingsMigrator::Plan> plan = SettingsMigrator::migrateFile(m_file, 2, false);
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, ErrorCode::OperationFailed);
    QVERIFY(plan.error().message.contains(QStringLiteral("newer")));
    QCOMPARE(readFile(m_file), before);
    // Nothing beside it but the lock file the migration held.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files),
             (QStringList{QFileInfo(m_file).fileName(), QFileInfo(m_file).fileName() + ".lock"}));
}

void TestSettingsMigrator::damagedVersionIsReported()
{
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("[meta]\nfileVersion=two\n");
    file.close();
    Result<SettingsMigrator::Plan> plan = SettingsMigrator::migrateFile(m_file, 2, false);
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, ErrorCode::Damaged);
    QVERIFY(plan.error().message.contains(QStringLiteral("fileVersion")));
    QVERIFY(plan.error().message.contains(m_file));
}

void TestSettingsMigrator::migratedFileOpensWithTheOldValues()
{
    const Profile profile = Profile::inDirectory(m_dir->path());
    QDir().mkpath(QFileInfo(profile.settingsFile()).absolutePath());
    QVERIFY(QFile::rename(m_file, profile.settingsFile()));
    PreferencesStore store(profile, m_dir->filePath(QStringLiteral("no-policy.ini")));
    QVERIFY(store.open());
    QCOMPARE(store.text(QStringLiteral("preferences.theme.accentColor")),
             QStringLiteral("#ff8800"));
    QCOMPARE(store.value(QStringLiteral("limits.maxAgents")).toLongLong(), 80);
    QCOMPARE(store.text(QStringLiteral("environment")), QStringLiteral("development"));
    // development's template says true; the user's own false wins.
    QCOMPARE(store.value(QStringLiteral("features.agentMarketplace")).toBool(), false);
}

void TestSettingsMigrator::upFromVersionTwoFixture()
{
    QFile::remove(m_file);
    QVERIFY(QFile::copy(kData + QStringLiteral("hubstate-v2.ini"), m_file));
    QFile::setPermissions(m_file, QFile::ReadOwner | QFile::WriteOwner);
    Result<SettingsMigrator::Plan> plan = SettingsMigrator::migrateFile(m_file, 3, false);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
    QCOMPARE(plan->fromVersion, 2);
    QCOMPARE(plan->toVersion, 3);
    QVERIFY(plan->notes.isEmpty());
    QCOMPARE(readRaw(m_file), readRaw(kData + QStringLiteral("hubstate-v3-from-v2.ini")));
    QCOMPARE(plan->backupFile, m_file + QStringLiteral(".v2.bak"));
    QCOMPARE(readFile(plan->backupFile), readFile(kData + QStringLiteral("hubstate-v2.ini")));
}

void TestSettingsMigrator::oneSyncIntervalUp_data()
{
    QTest::addColumn<RawSettings>("before");
    QTest::addColumn<QString>("interval"); // sync.interval afterwards; null when absent
    QTest::addColumn<QStringList>("notes"); // a part of each note expected, in order
    const auto old = [](const char *value) {
        return RawSettings{{kOldInterval, QLatin1String(value)}};
    };
    const auto own = [](const char *value) {
        return RawSettings{{kInterval, QLatin1String(value)}};
    };
    const auto both = [](const char *oldValue, const char *value) {
        return RawSettings{{kOldInterval, QLatin1String(oldValue)},
                           {kInterval, QLatin1String(value)}};
    };
    const QString dropped = QStringLiteral("performance.syncInterval=10000 was dropped");
    QTest::newRow("neither") << RawSettings() << QString() << QStringList();
    QTest::newRow("only the old moves") << old("10000") << "10000" << QStringList();
    QTest::newRow("only the new stays") << own("60000") << "60000" << QStringList();
    QTest::newRow("both: the user's own wins")
        << both("10000", "60000") << "60000" << QStringList{dropped};
    QTest::newRow("both the same") << both("60000", "60000") << "60000" << QStringList();
    QTest::newRow("above the maximum")
        << own("86400000") << "300000" << QStringList{"sync.interval was 86400000 ms"};
    QTest::newRow("below the minimum")
        << own("1000") << "5000" << QStringList{"sync.interval was 1000 ms"};
    QTest::newRow("at the maximum") << own("300000") << "300000" << QStringList();
    QTest::newRow("at the minimum") << own("5000") << "5000" << QStringList();
    QTest::newRow("both, the user's own above the maximum")
        << both("10000", "3600000") << "300000"
        << QStringList{dropped, "sync.interval was 3600000 ms"};
    QTest::newRow("the old out of bounds")
        << old("4000") << "5000" << QStringList{"sync.interval was 4000 ms"};
    QTest::newRow("not a number, for the store to report")
        << own("often") << "often" << QStringList();
}

void TestSettingsMigrator::oneSyncIntervalUp()
{
    QFETCH(RawSettings, before);
    QFETCH(QString, interval);
    QFETCH(QStringList, notes);
    const RawSettings raw = versionTwo(before);
    Result<SettingsMigrator::Plan> plan = SettingsMigrator::plan(raw, m_file, 3);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
    // The old key is gone, and nothing else moved: the unknown keys are there as they were.
    RawSettings expected = raw;
    expected.remove(kOldInterval);
    expected.remove(kInterval);
    if (!interval.isNull())
        expected.insert(kInterval, interval);
    expected.insert(QStringLiteral("meta/fileVersion"), QStringLiteral("3"));
    QCOMPARE(plan->result, expected);
    QCOMPARE(plan->notes.size(), notes.size());
    for (qsizetype i = 0; i < notes.size(); ++i)
        QVERIFY2(plan->notes.at(i).contains(notes.at(i)), qPrintable(plan->notes.at(i)));
}

void TestSettingsMigrator::oneSyncIntervalDown_data()
{
    QTest::addColumn<RawSettings>("before");
    QTest::addColumn<QString>("interval"); // both keys afterwards; null when absent
    QTest::newRow("the interval goes back to performance.syncInterval")
        << RawSettings{{kInterval, QStringLiteral("60000")}} << "60000";
    QTest::newRow("no interval of the user's") << RawSettings() << QString();
}

void TestSettingsMigrator::oneSyncIntervalDown()
{
    QFETCH(RawSettings, before);
    QFETCH(QString, interval);
    RawSettings raw = before;
    raw.insert(QStringLiteral("meta/fileVersion"), QStringLiteral("3"));
    raw.insert(QStringLiteral("performance/flushOnExit"), QStringLiteral("true"));
    raw.insert(QStringLiteral("future/feature"), QStringLiteral("on"));
    Result<SettingsMigrator::Plan> plan = SettingsMigrator::plan(raw, m_file, 2);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
    const RawSettings &after = plan->result;
    QCOMPARE(after.value(QStringLiteral("meta/fileVersion")), QStringLiteral("2"));
    // Version 2 reads both: sync.interval stays beside the restored old key.
    QCOMPARE(after.contains(kOldInterval), !interval.isNull());
    QCOMPARE(after.value(kOldInterval), interval);
    QCOMPARE(after.value(kInterval), interval);
    QCOMPARE(after.value(QStringLiteral("performance/flushOnExit")), QStringLiteral("true"));
    QCOMPARE(after.value(QStringLiteral("future/feature")), QStringLiteral("on"));
    QVERIFY(plan->notes.isEmpty());
}

void TestSettingsMigrator::versionThreeSurvivesARoundTrip()
{
    QFile::remove(m_file);
    QVERIFY(QFile::copy(kData + QStringLiteral("hubstate-v3-from-v2.ini"), m_file));
    QFile::setPermissions(m_file, QFile::ReadOwner | QFile::WriteOwner);
    const RawSettings original = readRaw(m_file);
    QVERIFY(SettingsMigrator::migrateFile(m_file, 2, false));
    QCOMPARE(readRaw(m_file).value(kOldInterval), QStringLiteral("10000"));
    QVERIFY(SettingsMigrator::migrateFile(m_file, 3, false));
    QCOMPARE(readRaw(m_file), original);
}

void TestSettingsMigrator::lockAfterIdleIsDroppedUpAndNotBroughtBack()
{
    const QString lock = QStringLiteral("security/lockAfterIdle");
    const QString tls = QStringLiteral("security/requireTls");
    const RawSettings three{{QStringLiteral("meta/fileVersion"), QStringLiteral("3")},
                            {lock, QStringLiteral("60000")},
                            {tls, QStringLiteral("false")}};
    Result<SettingsMigrator::Plan> up = SettingsMigrator::plan(three, m_file, 4);
    QVERIFY2(up, up ? "" : qPrintable(up.error().message));
    QCOMPARE(up->result,
             (RawSettings{{QStringLiteral("meta/fileVersion"), QStringLiteral("4")},
                          {tls, QStringLiteral("false")}}));
    QCOMPARE(up->notes.size(), 1);
    QVERIFY2(up->notes.first().contains(QStringLiteral("security.lockAfterIdle=60000 was dropped")),
             qPrintable(up->notes.first()));

    // Down, version 3 reads its default (which did nothing); everything else stays.
    Result<SettingsMigrator::Plan> down = SettingsMigrator::plan(up->result, m_file, 3);
    QVERIFY(down);
    QCOMPARE(down->result,
             (RawSettings{{QStringLiteral("meta/fileVersion"), QStringLiteral("3")},
                          {tls, QStringLiteral("false")}}));
    QVERIFY(down->notes.isEmpty());
}

void TestSettingsMigrator::versionOneIntervalReachesSyncInterval()
{
    QVERIFY(writeFile(m_file,
                      "[General]\norchestrator_syncInterval=10000\n"
                      "orchestrator_theme=dark\n"));
    Result<SettingsMigrator::Plan> plan =
        SettingsMigrator::migrateFile(m_file, SettingsMigrator::currentVersion(), false);
    QVERIFY(plan);
    QCOMPARE(plan->steps.size(), 3);
    const RawSettings after = readRaw(m_file);
    QCOMPARE(after.value(kInterval), QStringLiteral("10000"));
    QVERIFY(!after.contains(kOldInterval));
    QVERIFY(!after.contains(QStringLiteral("orchestrator_syncInterval")));
}

void TestSettingsMigrator::storeOpensVersionTwoWithTheOldInterval()
{
    // development's template says 5000; the user's own 10000 came with the old key.
    const Profile profile = Profile::inDirectory(m_dir->path());
    QDir().mkpath(QFileInfo(profile.settingsFile()).absolutePath());
    QVERIFY(QFile::copy(kData + QStringLiteral("hubstate-v2.ini"), profile.settingsFile()));
    QFile::setPermissions(profile.settingsFile(), QFile::ReadOwner | QFile::WriteOwner);
    PreferencesStore store(profile, m_dir->filePath(QStringLiteral("no-policy.ini")));
    QVERIFY(store.open());
    QCOMPARE(store.value(QStringLiteral("sync.interval")).toLongLong(), 10000);
    QCOMPARE(store.explain(QStringLiteral("sync.interval")).layer, PreferencesStore::Layer::User);
    QString notices;
    for (const Violation &notice : store.notices())
        notices += notice.toString() + u'\n';
    QVERIFY2(notices.contains(QStringLiteral("migrated from version 2 to 4")), qPrintable(notices));
    // The old key is gone from the file, and only the unknown key is left unused.
    QVERIFY2(!notices.contains(QStringLiteral("syncInterval")), qPrintable(notices));
    QVERIFY(notices.contains(QStringLiteral("performance.flushOnExit: unknown setting")));
    QVERIFY(QFile::exists(profile.settingsFile() + QStringLiteral(".v2.bak")));
    const RawSettings file = readRaw(profile.settingsFile());
    QCOMPARE(file.value(kInterval), QStringLiteral("10000"));
    QVERIFY(!file.contains(kOldInterval));
}

void TestSettingsMigrator::storeReportsAClampedInterval()
{
    // Version 2 allowed up to a day; the user hears that their value changed, and how.
    const Profile profile = Profile::inDirectory(m_dir->path());
    QVERIFY(writeFile(profile.settingsFile(), "[meta]\nfileVersion=2\n[sync]\ninterval=3600000\n"));
    PreferencesStore store(profile, m_dir->filePath(QStringLiteral("no-policy.ini")));
    QVERIFY(store.open());
    QCOMPARE(store.value(QStringLiteral("sync.interval")).toLongLong(), 300000);
    bool reported = false;
    for (const Violation &notice : store.notices()) {
        reported = reported
            || notice.toString().contains(
                QStringLiteral("sync.interval was 3600000 ms, outside the new bounds of 5000 to "
                               "300000 ms; it is now 300000 ms"));
    }
    QVERIFY(reported);
    QCOMPARE(readRaw(profile.settingsFile() + QStringLiteral(".v2.bak")).value(kInterval),
             QStringLiteral("3600000"));
}

QTEST_GUILESS_MAIN(TestSettingsMigrator)
#include "tst_settingsmigrator.moc"
