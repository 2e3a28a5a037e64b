// What the admin policy can be trusted to hold: the system policy always applies, an extra
// file only adds to it, a lock holds the value its admin saw, and a policy that is there but
// cannot be read locks everything. (The CLI side, with the real /etc path, is tst_clipolicy.)
#include "core/settings/preferencesstore.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Hubstate::Core;
using Hubstate::Tests::writeFile;

namespace {

bool noticesMention(const PreferencesStore &store, const QString &text,
                    Violation::Severity severity)
{
    for (const Violation &notice : store.notices()) {
        if (notice.severity == severity && notice.toString().contains(text))
            return true;
    }
    return false;
}

const QString kTelemetry = QStringLiteral("privacy.telemetry");
const QString kMarketplace = QStringLiteral("features.agentMarketplace");
const QString kMaxAgents = QStringLiteral("limits.maxAgents");
const QString kTheme = QStringLiteral("preferences.theme.mode");

} // namespace

class TestPolicyTrust : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();

    void productionReadsTheFixedSystemFile();
    void missingExtraFileKeepsTheSystemLockAndWarns();
    void extraFileCannotMoveASystemLock();
    void extraFileAddsLocksAndDefaultsWhereTheSystemSetsNone();
    void groupLockHoldsTheAdminsEnvironmentNotTheUsers();
    void groupLockHoldsTheEnvironmentThePolicyChose();
    void extraDefaultsDoNotMoveASystemGroupLock();
    void presentButUnreadableSystemPolicyLocksEverything_data();
    void presentButUnreadableSystemPolicyLocksEverything();
    void presentButUnreadableExtraFileLocksEverything();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    Profile m_profile;
    QString m_system;
    QString m_extra;
};

void TestPolicyTrust::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profile = Profile::inDirectory(m_dir->filePath(QStringLiteral("profile")));
    m_system = m_dir->filePath(QStringLiteral("system/policy.ini"));
    m_extra = m_dir->filePath(QStringLiteral("extra/policy.ini"));
}

void TestPolicyTrust::productionReadsTheFixedSystemFile()
{
    qputenv("HUBSTATE_POLICY_FILE", "/nonexistent/policy.ini");
    const PolicyFiles files = Profile::policyFiles();
    qunsetenv("HUBSTATE_POLICY_FILE");
    QCOMPARE(files.system, QStringLiteral("/etc/xdg/hubstate/policy.ini"));
    QCOMPARE(files.extra, QStringLiteral("/nonexistent/policy.ini"));
    QVERIFY(Profile::policyFiles().extra.isEmpty());
}

void TestPolicyTrust::missingExtraFileKeepsTheSystemLockAndWarns()
{
    QVERIFY(writeFile(m_system, "[locked]\nprivacy.telemetry=false\n"));
    const QString missing = m_dir->filePath(QStringLiteral("nowhere/policy.ini"));
    PreferencesStore store(m_profile, PolicyFiles(m_system, missing));
    QVERIFY(store.open());
    QVERIFY(store.isLocked(kTelemetry));
    QCOMPARE(store.value(kTelemetry).toBool(), false);
    const Status refused = store.setValue(kTelemetry, true);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(m_system));
    QVERIFY(noticesMention(store, missing + QStringLiteral(": HUBSTATE_POLICY_FILE"),
                           Violation::Severity::Warning));
    QVERIFY(!store.isLocked(kTheme)); // a missing extra file adds nothing
}

void TestPolicyTrust::extraFileCannotMoveASystemLock()
{
    QVERIFY(writeFile(m_system, "[locked]\nprivacy.telemetry=false\nfeatures.*=\n"));
    QVERIFY(writeFile(m_extra,
                      "[locked]\nprivacy.telemetry=true\n"
                      "features.agentMarketplace=true\n"));
    PreferencesStore store(m_profile, PolicyFiles(m_system, m_extra));
    QVERIFY(store.open());
    QCOMPARE(store.value(kTelemetry).toBool(), false);
    QCOMPARE(store.value(kMarketplace).toBool(), false);
    const PreferencesStore::Explanation why = store.explain(kTelemetry);
    QCOMPARE(why.layer, PreferencesStore::Layer::AdminLock);
    QCOMPARE(why.policyFile, m_system);
    QCOMPARE(store.policy().lockedBy(kMarketplace)->file(), m_system);
}

void TestPolicyTrust::extraFileAddsLocksAndDefaultsWhereTheSystemSetsNone()
{
    QVERIFY(writeFile(m_system,
                      "[defaults]\npreferences.theme.mode=dark\n"
                      "[meta]\nexplanation=Set by IT\n"));
    QVERIFY(writeFile(m_extra,
                      "[defaults]\npreferences.theme.mode=light\nagents.timeout=60000\n"
                      "[locked]\nbackup.encryption=true\n"
                      "[meta]\nexplanation=Set for this lab\n"));
    PreferencesStore store(m_profile, PolicyFiles(m_system, m_extra));
    QVERIFY(store.open());
    QVERIFY(store.notices().isEmpty());
    QCOMPARE(store.value(kTheme).toString(), QStringLiteral("dark"));
    QCOMPARE(store.explain(kTheme).policyFile, m_system);
    QCOMPARE(store.value(QStringLiteral("agents.timeout")).toLongLong(), 60000);
    QCOMPARE(store.explain(QStringLiteral("agents.timeout")).policyFile, m_extra);

    const Status refused = store.setValue(QStringLiteral("backup.encryption"), false);
    QVERIFY(!refused);
    QCOMPARE(refused.error().message,
             QStringLiteral("backup.encryption: locked by the administrator in %1 "
                            "(Set for this lab)")
                 .arg(m_extra));
    // The user still changes what only an admin default sets.
    QVERIFY(store.setValue(kTheme, QStringLiteral("light")));
    QCOMPARE(store.value(kTheme).toString(), QStringLiteral("light"));
}

void TestPolicyTrust::groupLockHoldsTheAdminsEnvironmentNotTheUsers()
{
    QVERIFY(writeFile(m_system, "[locked]\nfeatures.*=\nlimits.*=\n"));
    PreferencesStore store(m_profile, m_system);
    QVERIFY(store.open());
    QVERIFY(store.setValue(QStringLiteral("environment"), QStringLiteral("development")));
    QCOMPARE(store.value(kMarketplace).toBool(), false); // production's value, not development's
    QCOMPARE(store.value(kMaxAgents).toLongLong(), 50);
    QCOMPARE(store.value(QStringLiteral("features.collaboration")).toBool(), false);
    // What no lock covers still follows the user's environment.
    QCOMPARE(store.value(QStringLiteral("performance.cacheSize")).toLongLong(), 100 * 1024 * 1024);

    const PreferencesStore::Explanation why = store.explain(kMarketplace);
    QCOMPARE(why.layer, PreferencesStore::Layer::AdminLock);
    QCOMPARE(why.templateName, QStringLiteral("development"));
    QCOMPARE(why.templateValue->toBool(), true);
    QCOMPARE(why.lockedEnvironment, QStringLiteral("production"));
}

void TestPolicyTrust::groupLockHoldsTheEnvironmentThePolicyChose()
{
    QVERIFY(writeFile(m_system, "[defaults]\nenvironment=development\n[locked]\nfeatures.*=\n"));
    PreferencesStore store(m_profile, m_system);
    QVERIFY(store.open());
    QVERIFY(store.setValue(QStringLiteral("environment"), QStringLiteral("production")));
    QCOMPARE(store.value(kMarketplace).toBool(), true);
    QCOMPARE(store.explain(kMarketplace).lockedEnvironment, QStringLiteral("development"));
    QCOMPARE(store.value(kMaxAgents).toLongLong(), 50); // unlocked: the user's production

    // A lock on the environment itself wins over a default; staging has no template.
    QVERIFY(writeFile(m_system,
                      "[defaults]\nenvironment=development\n"
                      "[locked]\nenvironment=staging\nfeatures.*=\n"));
    PreferencesStore pinned(m_profile, m_system);
    QVERIFY(pinned.open());
    QCOMPARE(pinned.value(QStringLiteral("environment")).toString(), QStringLiteral("staging"));
    QCOMPARE(pinned.value(kMarketplace).toBool(), false); // the built-in default
}

void TestPolicyTrust::extraDefaultsDoNotMoveASystemGroupLock()
{
    QVERIFY(writeFile(m_system, "[locked]\nfeatures.*=\n"));
    QVERIFY(writeFile(m_extra,
                      "[defaults]\nenvironment=development\n"
                      "features.agentMarketplace=true\n"
                      "[locked]\nlimits.*=\n"));
    PreferencesStore store(m_profile, PolicyFiles(m_system, m_extra));
    QVERIFY(store.open());
    QCOMPARE(store.value(QStringLiteral("environment")).toString(), QStringLiteral("development"));
    // The system's admin saw production and no default: the extra file cannot change that.
    QCOMPARE(store.value(kMarketplace).toBool(), false);
    QCOMPARE(store.value(QStringLiteral("features.collaboration")).toBool(), false);
    // The extra file's own group lock holds what its admin saw: development.
    QCOMPARE(store.value(kMaxAgents).toLongLong(), 100);
    QVERIFY(store.setValue(QStringLiteral("environment"), QStringLiteral("production")));
    QCOMPARE(store.value(kMaxAgents).toLongLong(), 100);
}

void TestPolicyTrust::presentButUnreadableSystemPolicyLocksEverything_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("dangling symbolic link") << "dangling"
                                            << "which cannot be opened";
    QTest::newRow("loop of links") << "loop"
                                   << "which cannot be opened";
    QTest::newRow("a folder") << "folder"
                              << "not a regular file";
    QTest::newRow("a file on the way") << "notdir"
                                       << "cannot tell whether it exists";
}

void TestPolicyTrust::presentButUnreadableSystemPolicyLocksEverything()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QVERIFY(QDir().mkpath(QFileInfo(m_system).absolutePath()));
    QString policy = m_system;
    if (kind == QLatin1String("dangling")) {
        QVERIFY(QFile::link(m_dir->filePath(QStringLiteral("gone.ini")), m_system));
    } else if (kind == QLatin1String("loop")) {
        QVERIFY(QFile::link(m_system, m_system));
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(m_system));
    } else {
        QVERIFY(writeFile(m_system, "[locked]\nprivacy.telemetry=false\n"));
        policy = m_system + QStringLiteral("/policy.ini");
    }
    // The user picked development and set a value; the lock holds the built-in environment.
    QVERIFY(writeFile(m_profile.settingsFile(),
                      "[General]\nenvironment=development\n"
                      "[features]\nagentMarketplace=true\n"
                      "[meta]\nfileVersion=4\n"));
    PreferencesStore store(m_profile, policy);
    QVERIFY(store.open());
    QVERIFY(noticesMention(store, policy + QStringLiteral(": the admin policy cannot be read"),
                           Violation::Severity::Error));
    QVERIFY2(noticesMention(store, reason, Violation::Severity::Error), qPrintable(reason));
    for (const QString &key : {kTheme, kTelemetry, kMarketplace, QStringLiteral("environment")})
        QVERIFY2(store.isLocked(key), qPrintable(key));
    QCOMPARE(store.value(QStringLiteral("environment")).toString(), QStringLiteral("production"));
    QCOMPARE(store.value(kMarketplace).toBool(), false);
    const Status refused = store.setValue(kTheme, QStringLiteral("dark"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QVERIFY(refused.error().message.contains(policy));
}

void TestPolicyTrust::presentButUnreadableExtraFileLocksEverything()
{
    QVERIFY(writeFile(m_system, "[defaults]\npreferences.theme.mode=dark\n"));
    QVERIFY(QDir().mkpath(QFileInfo(m_extra).absolutePath()));
    QVERIFY(QFile::link(m_dir->filePath(QStringLiteral("gone.ini")), m_extra));
    PreferencesStore store(m_profile, PolicyFiles(m_system, m_extra));
    QVERIFY(store.open());
    QVERIFY(store.isLocked(kTelemetry));
    // Locked at what the files below saw: the system default.
    QCOMPARE(store.value(kTheme).toString(), QStringLiteral("dark"));
    QCOMPARE(store.explain(kTheme).policyFile, m_extra);
    QVERIFY(!store.setValue(kTheme, QStringLiteral("light")));
}

QTEST_GUILESS_MAIN(TestPolicyTrust)
#include "tst_policytrust.moc"
