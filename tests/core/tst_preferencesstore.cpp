// The layered store: what a user and an admin notice about values, locks, files and signals.
#include "core/settings/preferencesstore.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Hubstate::Core;
using Hubstate::Tests::readFile;
using Hubstate::Tests::writeFile;

namespace {

bool noticesMention(const PreferencesStore &store, const QString &text)
{
    for (const Violation &notice : store.notices()) {
        if (notice.toString().contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestPreferencesStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();

    void freshProfileHasDefaults();
    void setValueIsWrittenAndSurvivesReopen();
    void oldNamesSayWhatToUseInstead();
    void onlyDifferencesFromBelowAreWritten();
    void invalidValueIsRefusedAndNothingChanges();
    void layersStackInOrder();
    void templateFollowsEnvironment();
    void lockRefusesWritesAndExplains();
    void groupLockCoversEveryKeyOfTheGroup();
    void policyOfTheOldIntervalNameStillLocks();
    void changeSignalsFireForEveryEffectiveChange();
    void resetReturnsToTheLayerBelow();
    void invalidValueInFileIsReportedAndKept();
    void unknownKeysInFileSurviveWrites();
    void unparsableFileIsMovedAsideAndDefaultsUsed();
    void unparsableFileIsReplacedByNewestBackup();
    void newerFileIsReadOnlyAndUntouched();
    void olderFileIsMigratedWithBackup();
    void writesFromAnotherProcessAreNotLost();
    void setValuesIsAllOrNothing();
    void noTemporaryFilesAreLeft();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_policy;
    Profile m_profile;
};

void TestPreferencesStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profile = Profile::inDirectory(m_dir->path());
    m_policy = m_dir->filePath(QStringLiteral("policy.ini"));
}

void TestPreferencesStore::freshProfileHasDefaults()
{
    PreferencesStore store(m_profile, m_policy);
    QVERIFY(store.open());
    QCOMPARE(store.value(QStringLiteral("preferences.theme.mode")).toString(),
             QStringLiteral("auto"));
    QCOMPARE(store.value(QStringLiteral("layout.maxPanes")).toLongLong(), 9);
    QCOMPARE(store.value(QStringLiteral("privacy.telemetry")).toBool(), false);
    QVERIFY(!store.isModified(QStringLiteral("preferences.theme.mode")));
    QVERIFY(store.notices().isEmpty());
    QVERIFY(!QFile::exists(m_profile.settingsFile())); // reading writes nothing
}

// Someone who types a setting's old name hears its new one, or why it went.
void TestPreferencesStore::oldNamesSayWhatToUseInstead()
{
    PreferencesStore store(m_profile, m_policy);
    QVERIFY(store.open());
    Status set = store.setText(QStringLiteral("backup.destination"), QStringLiteral("/srv/b"));
    QVERIFY(!set);
    QCOMPARE(set.error().message,
             QStringLiteral("backup.destination: this setting is called "
                            "backup.destinations now"));
    set = store.setText(QStringLiteral("security.lockAfterIdle"), QStringLiteral("60000"));
    QVERIFY(!set);
    QVERIFY2(set.error().message.startsWith(
                 QStringLiteral("security.lockAfterIdle: this setting was removed (")),
             qPrintable(set.error().message));
    set = store.setText(QStringLiteral("no.such.key"), QStringLiteral("1"));
    QVERIFY(!set);
    QCOMPARE(set.error().message, QStringLiteral("no.such.key: unknown setting"));
}

void TestPreferencesStore::setValueIsWrittenAndSurvivesReopen()
{
    {
        PreferencesStore store(m_profile, m_policy);
        QVERIFY(store.open());
        QVERIFY(store.setText(QStringLiteral("preferences.theme.mode"), QStringLiteral("dark")));
        QVERIFY(store.isModified(QStringLiteral("preferences.theme.mode")));
    }
    const QByteArray file = readFile(m_profile.settingsFile());
    QVERIFY2(file.contains("[preferences]\ntheme.mode=dark"), file.constData());
    QVERIFY(file.contains("fileVersion=5"));
    PreferencesStore reopened(m_profile, m_policy);
    QVERIFY(reopened.open());
    QCOMPARE(reopened.text(QStringLiteral("preferences.theme.mode")), QStringLiteral("dark"));
}

void TestPreferencesStore::onlyDifferencesFromBelowAreWritten()
{
    PreferencesStore store(m_profile, m_policy);
    QVERIFY(store.open());
    QVERIFY(store.setValue(QStringLiteral("layout.gridSize"), qint64(2)));
    QVERIFY(readFile(m_profile.settingsFile()).contains("gridSize=2"));
    // Setting the value the layer below already gives removes the entry.
    QVERIFY(store.setValue(QStringLiteral("layout.gridSize"), qint64(3)));
    QVERIFY(!readFile(m_profile.settingsFile()).contains("gridSize"));
    QVERIFY(!store.isModified(QStringLiteral("layout.gridSize")));
}

void TestPreferencesStore::invalidValueIsRefusedAndNothingChanges()
{
    PreferencesStore store(m_profile, m_policy);
    QVERIFY(store.open());
    QVERIFY(store.setValue(QStringLiteral("layout.maxPanes"), qint64(4)));
    const QByteArray before = readFile(m_profile.settingsFile());
    const Status refused = store.setText(QStringLiteral("layout.maxPanes"), QStringLiteral("10"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QCOMPARE(refused.error().message,
             QStringLiteral("layout.maxPanes: exceeds maximum value of 9 (value: 10)"));
    QCOMPARE(store.value(QStringLiteral("layout.maxPanes")).toLongLong(), 4);
    QCOMPARE(readFile(m_profile.settingsFile()), before);

    const Status unknown = store.setText(QStringLiteral("no.such.key"), QStringLiteral("1"));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::InvalidInput);
    QVERIFY(unknown.error().message.contains(QStringLiteral("no.such.key")));
}

void TestPreferencesStore::layersStackInOrder()
{
    const QString key = QStringLiteral("limits.maxAgents");
    QVERIFY(writeFile(m_policy, "[defaults]\nlimits.maxAgents=70\n"));
    PreferencesStore store(m_profile, m_policy);
    QVERIFY(store.open());
    // default 50 < template production 50 < admin default 70
    QCOMPARE(store.value(key).toLongLong(), 70);
    QCOMPARE(store.explain(key).layer, PreferencesStore::Layer::AdminDefault);
    QVERIFY(store.setValue(key, qint64(30)));
    QCOMPARE(store.explain(key).layer, PreferencesStore::Layer::User);
    QCOMPARE(store.value(key).toLongLong(), 30);
    const PreferencesStore::Explanation why = store.explain(key);
    QCOMPARE(why.adminDefault->toLongLong(), 70);
    QCOMPARE(why.templateValue->toLongLong(), 50);
    QCOMPARE(why.templateName, QStringLiteral("production"));
    QCOMPARE(why.defaultValue.toLongLong(), 50);
    QVERIFY(!why.locked);
}

void TestPreferencesStore::templateFollowsEnvironment()
{
    PreferencesStore store(m_profile, m_policy);
    QVERIFY(store.open());
    QCOMPARE(store.value(QStringLiteral("features.agentMarketplace")).toBool(), false);
    QVERIFY(store.setText(QStringLiteral("environment"), QStringLiteral("development")));
    QCOMPARE(store.value(QStringLiteral("features.agentMarketplace")).toBool(), true);
    QCOMPARE(store.value(QStringLiteral("sync.interval")).toLongLong(), 5000);
    QCOMPARE(store.explain(QStringLiteral("sync.interval")).layer,
             PreferencesStore::Layer::Template);
    // Only `environment` itself was written: the template supplies the rest.
    const QByteArray file = readFile(m_profile.settingsFile());
    QVERIFY(file.contains("environment=development"));
    QVERIFY(!file.contains("interval"));
    // Staging has no template: built-in defaults show through.
    QVERIFY(store.setText(QStringLiteral("environment"), QStringLiteral("staging")));
    QCOMPARE(store.explain(QStringLiteral("sync.interval")).layer,
             PreferencesStore::Layer::Default);
}

void TestPreferencesStore::lockRefusesWritesAndExplains()
{
    QVERIFY(writeFile(m_profile.settingsFile(),
                      "[meta]\nfileVersion=5\n[preferences]\ntheme.mode=light\n"));
    QVERIFY(writeFile(
        m_policy, "[meta]\nexplanation=Managed by IT\n[locked]\npreferences.theme.mode=dark\n"));
    PreferencesStore store(m_profile, m_policy);
    QVERIFY(store.open());
    const QString key = QStringLiteral("preferences.theme.mode");
    QCOMPARE(store.text(key), QStringLiteral("dark"));
    QVERIFY(store.isLocked(key));
    QVERIFY(!store.isModified(key));
    const Status refused = store.setText(key, QStringLiteral("auto"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QVERIFY(refused.error().message.contains(QStringLiteral("locked")));
    QVERIFY(refused.error().message.contains(m_policy));
    QVERIFY(refused.error().message.contains(QStringLiteral("Managed by IT")));
    QVERIFY(!store.reset(key));
    const PreferencesStore::Explanation why = store.explain(key);
    QCOMPARE(why.layer, PreferencesStore::Layer::AdminLock);
    QVERIFY(why.locked);
    QCOMPARE(why.userValue->toString(), QStringLiteral("light")); // kept, not used
    QCOMPARE(why.policyExplanation, QStringLiteral("Managed by IT"));
    QVERIFY(readFile(m_profile.settingsFile()).contains("theme.mode=light"));
}

void TestPreferencesStore::groupLockCoversEveryKeyOfTheGroup()
{
    QVERIFY(writeFile(m_policy, "[defaults]\nprivacy.crashReports=true\n[locked]\nprivacy.*=\n"));
    PreferencesStore store(m_profile, m_policy);
    QVERIFY(store.open());
    for (const QString &key :
         {QStringLiteral("privacy.telemetry"), QStringLiteral("privacy.analytics"),
          QStringLiteral("privacy.thirdPartySharing")}) {
        QVERIFY2(store.isLocked(key), qPrintable(key));
        QVERIFY(!store.setValue(key, true));
        QCOMPARE(store.value(key).toBool(), false);
    }
    // The group lock pins the value below the user: here the admin default.
    QCOMPARE(store.value(QStringLiteral("privacy.crashReports")).toBool(), true);
    QVERIFY(!store.isLocked(QStringLiteral("preferences.theme.mode")));
}

void TestPreferencesStore::policyOfTheOldIntervalNameStillLocks()
{
    QVERIFY(writeFile(m_policy, "[locked]\nperformance.syncInterval=60000\n"));
    PreferencesStore store(m_profile, m_policy);
    QVERIFY(store.open());
    const QString key = QStringLiteral("sync.interval");
    QCOMPARE(store.value(key).toLongLong(), 60000);
    QCOMPARE(store.explain(key).layer, PreferencesStore::Layer::AdminLock);
    QVERIFY(!store.setValue(key, qint64(10000)));
    QVERIFY(noticesMention(store, QStringLiteral("called sync.interval now")));
}

void TestPreferencesStore::changeSignalsFireForEveryEffectiveChange()
{
    PreferencesStore store(m_profile, m_policy);
    QVERIFY(store.open());
    QSignalSpy spy(&store, &PreferencesStore::valueChanged);
    QVERIFY(store.setText(QStringLiteral("preferences.theme.fontSize"), QStringLiteral("large")));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("preferences.theme.fontSize"));
    QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("large"));
    spy.clear();
    // Same value again: nothing changes, nothing is signalled.
    QVERIFY(store.setText(QStringLiteral("preferences.theme.fontSize"), QStringLiteral("large")));
    QCOMPARE(spy.count(), 0);
    // Switching environment changes every value the two templates disagree on.
    QVERIFY(store.setText(QStringLiteral("environment"), QStringLiteral("development")));
    QStringList keys;
    for (const QList<QVariant> &arguments : std::as_const(spy))
        keys.append(arguments.at(0).toString());
    QVERIFY(keys.contains(QStringLiteral("environment")));
    QVERIFY(keys.contains(QStringLiteral("limits.maxAgents")));
    QVERIFY(keys.contains(QStringLiteral("features.collaboration")));
    QVERIFY(!keys.contains(QStringLiteral("features.multiAgent"))); // true in both
}

void TestPreferencesStore::resetReturnsToTheLayerBelow()
{
    QVERIFY(writeFile(m_policy, "[defaults]\npreferences.theme.accentColor=#112233\n"));
    PreferencesStore store(m_profile, m_policy);
    QVERIFY(store.open());
    QVERIFY(
        store.setText(QStringLiteral("preferences.theme.accentColor"), QStringLiteral("#445566")));
    QVERIFY(store.reset(QStringLiteral("preferences.theme.accentColor")));
    QCOMPARE(store.text(QStringLiteral("preferences.theme.accentColor")),
             QStringLiteral("#112233"));
    QVERIFY(!readFile(m_profile.settingsFile()).contains("accentColor"));
}

void TestPreferencesStore::invalidValueInFileIsReportedAndKept()
{
    QVERIFY(writeFile(
        m_profile.settingsFile(),
        "[meta]\nfileVersion=5\n[layout]\nmaxPanes=12\n[preferences]\ntheme.mode=dark\n"));
    PreferencesStore store(m_profile, m_policy);
    QVERIFY(store.open());
    QCOMPARE(store.value(QStringLiteral("layout.maxPanes")).toLongLong(), 9);
    QVERIFY(noticesMention(store, QStringLiteral("layout.maxPanes: exceeds maximum value of 9")));
    QVERIFY(noticesMention(store, m_profile.settingsFile()));
    QCOMPARE(store.text(QStringLiteral("preferences.theme.mode")), QStringLiteral("dark"));
    // A later write keeps the user's (invalid) text for them to fix.
    QVERIFY(store.setText(QStringLiteral("preferences.theme.fontSize"), QStringLiteral("small")));
    QVERIFY(readFile(m_profile.settingsFile()).contains("maxPanes=12"));
}

void TestPreferencesStore::unknownKeysInFileSurviveWrites()
{
    QVERIFY(writeFile(m_profile.settingsFile(), "[meta]\nfileVersion=5\n[future]\nfeature=on\n"));
    PreferencesStore store(m_profile, m_policy);
    QVERIFY(store.open());
    QVERIFY(noticesMention(store, QStringLiteral("future.feature")));
    QVERIFY(store.setValue(QStringLiteral("sync.enabled"), true));
    QVERIFY(readFile(m_profile.settingsFile()).contains("[future]\nfeature=on"));
}

void TestPreferencesStore::unparsableFileIsMovedAsideAndDefaultsUsed()
{
    const QByteArray garbage = "[preferences\ntheme.mode=dark\nthis is not ini\n";
    QVERIFY(writeFile(m_profile.settingsFile(), garbage));
    PreferencesStore store(m_profile, m_policy);
    QVERIFY(store.open());
    QCOMPARE(store.text(QStringLiteral("preferences.theme.mode")), QStringLiteral("auto"));
    QVERIFY(noticesMention(store, m_profile.settingsFile() + QStringLiteral(":1:")));
    QVERIFY(noticesMention(store, QStringLiteral("defaults are used")));
    const QStringList aside = QDir(QFileInfo(m_profile.settingsFile()).absolutePath())
                                  .entryList({QStringLiteral("hubstate.ini.corrupt-*")});
    QCOMPARE(aside.size(), 1);
    QCOMPARE(readFile(QFileInfo(m_profile.settingsFile()).absolutePath() + u'/' + aside.first()),
             garbage);
}

void TestPreferencesStore::unparsableFileIsReplacedByNewestBackup()
{
    QVERIFY(writeFile(m_profile.settingsFile() + QStringLiteral(".v1.bak"),
                      "[General]\norchestrator_theme=dark\norchestrator_maxAgents=42\n"));
    QVERIFY(writeFile(m_profile.settingsFile(), QByteArray("\x00\x01\x02garbage", 10)));
    PreferencesStore store(m_profile, m_policy);
    QVERIFY(store.open());
    QVERIFY(noticesMention(store, QStringLiteral("restored from")));
    QCOMPARE(store.text(QStringLiteral("preferences.theme.mode")), QStringLiteral("dark"));
    QCOMPARE(store.value(QStringLiteral("limits.maxAgents")).toLongLong(), 42);
    // The backup it came from is still there.
    QVERIFY(QFile::exists(m_profile.settingsFile() + QStringLiteral(".v1.bak")));
}

void TestPreferencesStore::newerFileIsReadOnlyAndUntouched()
{
    const QByteArray newer = "[meta]\nfileVersion=7\n[preferences]\ntheme.mode=dark\n";
    QVERIFY(writeFile(m_profile.settingsFile(), newer));
    PreferencesStore store(m_profile, m_policy);
    QVERIFY(store.open());
    QVERIFY(store.isReadOnly());
    QVERIFY(store.readOnlyReason().contains(QStringLiteral("newer")));
    QCOMPARE(store.text(QStringLiteral("preferences.theme.mode")), QStringLiteral("dark"));
    const Status refused =
        store.setText(QStringLiteral("preferences.theme.mode"), QStringLiteral("light"));
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("newer")));
    QCOMPARE(readFile(m_profile.settingsFile()), newer);
}

void TestPreferencesStore::olderFileIsMigratedWithBackup()
{
    const QByteArray v1 = "[General]\norchestrator_theme=system\norchestrator_fontSize=large\n";
    QVERIFY(writeFile(m_profile.settingsFile(), v1));
    PreferencesStore store(m_profile, m_policy);
    QVERIFY(store.open());
    QCOMPARE(store.text(QStringLiteral("preferences.theme.mode")), QStringLiteral("auto"));
    QCOMPARE(store.text(QStringLiteral("preferences.theme.fontSize")), QStringLiteral("large"));
    QVERIFY(noticesMention(store, QStringLiteral("migrated from version 1 to 5")));
    QCOMPARE(readFile(m_profile.settingsFile() + QStringLiteral(".v1.bak")), v1);
    QVERIFY(readFile(m_profile.settingsFile()).contains("fileVersion=5"));
}

void TestPreferencesStore::writesFromAnotherProcessAreNotLost()
{
    PreferencesStore first(m_profile, m_policy);
    PreferencesStore second(m_profile, m_policy);
    QVERIFY(first.open());
    QVERIFY(second.open());
    QVERIFY(first.setText(QStringLiteral("preferences.theme.mode"), QStringLiteral("dark")));
    QVERIFY(second.setText(QStringLiteral("preferences.theme.fontSize"), QStringLiteral("small")));
    PreferencesStore third(m_profile, m_policy);
    QVERIFY(third.open());
    QCOMPARE(third.text(QStringLiteral("preferences.theme.mode")), QStringLiteral("dark"));
    QCOMPARE(third.text(QStringLiteral("preferences.theme.fontSize")), QStringLiteral("small"));
}

void TestPreferencesStore::setValuesIsAllOrNothing()
{
    PreferencesStore store(m_profile, m_policy);
    QVERIFY(store.open());
    const Status refused =
        store.setValues({{QStringLiteral("preferences.theme.mode"), QStringLiteral("dark")},
                         {QStringLiteral("layout.gridSize"), qint64(0)},
                         {QStringLiteral("agents.timeout"), qint64(999)}});
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(
        QStringLiteral("layout.gridSize: is below minimum value of 1 (value: 0)")));
    QVERIFY(refused.error().message.contains(
        QStringLiteral("agents.timeout: is below minimum value of 1000 (value: 999)")));
    QCOMPARE(store.text(QStringLiteral("preferences.theme.mode")), QStringLiteral("auto"));
    QVERIFY(!QFile::exists(m_profile.settingsFile()));
}

void TestPreferencesStore::noTemporaryFilesAreLeft()
{
    PreferencesStore store(m_profile, m_policy);
    QVERIFY(store.open());
    for (int i = 0; i < 5; ++i)
        QVERIFY(store.setValue(QStringLiteral("agents.retryAttempts"), qint64(i)));
    const QStringList files = QDir(QFileInfo(m_profile.settingsFile()).absolutePath())
                                  .entryList(QDir::Files | QDir::Hidden);
    // The lock file stays (as KConfig's does): removing it would let two writers lock two files.
    QCOMPARE(files,
             (QStringList{QStringLiteral("hubstate.ini"), QStringLiteral("hubstate.ini.lock")}));
}

QTEST_GUILESS_MAIN(TestPreferencesStore)
#include "tst_preferencesstore.moc"
