// The settings file ladder: version 1 (the plan's flat names) up to the current one and back,
// from the fixture in tests/data/settings.
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
    file.write("[meta]\nfileVersion=3\n[preferences]\ntheme.mode=dark\n");
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

QTEST_GUILESS_MAIN(TestSettingsMigrator)
#include "tst_settingsmigrator.moc"
