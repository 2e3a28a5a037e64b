// The admin policy file: what it sets, what it locks, and how a bad one is reported.
#include "core/backup/destinationlist.h"
#include "core/settings/policylayer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Hubstate::Core;

class TestPolicyLayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void missingFileIsEmpty();
    void defaultsAndLocks();
    void badEntriesAreReportedWithFileAndKey_data();
    void badEntriesAreReportedWithFileAndKey();
    void badLockFailsClosed();
    void malformedFileIsReported();
    void oldNameAppliesToTheNewKey_data();
    void oldNameAppliesToTheNewKey();
    void removedKeyIsIgnoredWithItsReason();
    void groupLockKeepsItsRenamedKey();
    void oldOneDestinationLocksTheList();

private:
    PolicyLayer load(const QByteArray &contents);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void TestPolicyLayer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_file = m_dir->filePath(QStringLiteral("policy.ini"));
}

PolicyLayer TestPolicyLayer::load(const QByteArray &contents)
{
    QFile file(m_file);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(contents);
    file.close();
    return PolicyLayer::load(m_file);
}

void TestPolicyLayer::missingFileIsEmpty()
{
    const PolicyLayer policy = PolicyLayer::load(m_dir->filePath(QStringLiteral("none.ini")));
    QVERIFY(!policy.exists());
    QVERIFY(policy.defaults().isEmpty());
    QVERIFY(policy.problems().isEmpty());
    QVERIFY(!policy.isLocked(QStringLiteral("privacy.telemetry")));
}

void TestPolicyLayer::defaultsAndLocks()
{
    const PolicyLayer policy =
        load("[defaults]\npreferences.theme.mode=dark\nagents.timeout=60000\n"
             "[locked]\nbackup.encryption=true\nsync.*=\n"
             "[meta]\nexplanation=Set by the IT department\n");
    QVERIFY(policy.problems().isEmpty());
    QCOMPARE(policy.defaults().value(QStringLiteral("preferences.theme.mode")).toString(),
             QStringLiteral("dark"));
    QCOMPARE(policy.defaults().value(QStringLiteral("agents.timeout")).toLongLong(), 60000);
    QVERIFY(policy.isLocked(QStringLiteral("backup.encryption")));
    QCOMPARE(policy.lockedValue(QStringLiteral("backup.encryption")), QVariant(true));
    QVERIFY(policy.isLocked(QStringLiteral("sync.conflictResolution")));
    QVERIFY(!policy.lockedValue(QStringLiteral("sync.conflictResolution")).isValid());
    QVERIFY(!policy.isLocked(QStringLiteral("preferences.theme.mode")));
    QCOMPARE(policy.explanation(), QStringLiteral("Set by the IT department"));
}

void TestPolicyLayer::badEntriesAreReportedWithFileAndKey_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("isError");
    QTest::newRow("unknown key") << QByteArray("[defaults]\nno.such=1\n")
                                 << "defaults/no.such: unknown setting, ignored" << false;
    QTest::newRow("bad value") << QByteArray("[defaults]\nlayout.maxPanes=12\n")
                               << "defaults/layout.maxPanes: exceeds maximum value of 9" << true;
    QTest::newRow("wrong section") << QByteArray("[policy]\nlayout.maxPanes=5\n")
                                   << "entries belong in [defaults] or [locked]" << false;
    QTest::newRow("empty group") << QByteArray("[locked]\nnothing.*=\n")
                                 << "locked/nothing.*: no settings in this group" << true;
}

void TestPolicyLayer::badEntriesAreReportedWithFileAndKey()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, expected);
    QFETCH(bool, isError);
    const PolicyLayer policy = load(contents);
    QCOMPARE(policy.problems().size(), 1);
    const Violation &problem = policy.problems().first();
    QVERIFY2(problem.toString().contains(expected), qPrintable(problem.toString()));
    QVERIFY(problem.toString().startsWith(m_file));
    QCOMPARE(problem.isError(), isError);
    QVERIFY(policy.defaults().isEmpty());
}

void TestPolicyLayer::badLockFailsClosed()
{
    const PolicyLayer policy = load("[locked]\nprivacy.telemetry=maybe\n");
    QCOMPARE(policy.problems().size(), 1);
    QVERIFY(policy.problems().first().toString().contains(QStringLiteral("must be true or false")));
    QVERIFY(policy.isLocked(QStringLiteral("privacy.telemetry")));
    QVERIFY(!policy.lockedValue(QStringLiteral("privacy.telemetry")).isValid());
}

void TestPolicyLayer::malformedFileIsReported()
{
    const PolicyLayer policy = load("[defaults]\npreferences.theme.mode dark\n");
    QCOMPARE(policy.problems().size(), 1);
    QVERIFY(policy.problems().first().isError());
    QVERIFY2(policy.problems().first().toString().contains(m_file + QStringLiteral(":2:")),
             qPrintable(policy.problems().first().toString()));
    QVERIFY(policy.defaults().isEmpty());
    // Unknown what the admin meant to lock: everything is locked until the file is fixed.
    QVERIFY(policy.isLocked(QStringLiteral("privacy.telemetry")));
    QVERIFY(policy.isLocked(QStringLiteral("preferences.theme.mode")));
}

void TestPolicyLayer::oldNameAppliesToTheNewKey_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QVariant>("lockedValue"); // invalid: sync.interval is not locked
    QTest::addColumn<QVariant>("defaultValue"); // invalid: no admin default for it
    QTest::addColumn<QString>("problem");
    const QString renamed = QStringLiteral(
        "performance.syncInterval: this setting is called sync.interval now; the entry applies "
        "to sync.interval");
    QTest::newRow("lock") << QByteArray("[locked]\nperformance.syncInterval=60000\n")
                          << QVariant(qint64(60000)) << QVariant() << renamed;
    QTest::newRow("default") << QByteArray("[defaults]\nperformance.syncInterval=10000\n")
                             << QVariant() << QVariant(qint64(10000)) << renamed;
    QTest::newRow("the new name beside it wins")
        << QByteArray("[defaults]\nperformance.syncInterval=10000\nsync.interval=20000\n")
        << QVariant() << QVariant(qint64(20000))
        << QStringLiteral("performance.syncInterval: this setting is called sync.interval now, "
                          "and this section names sync.interval too; ignored");
}

void TestPolicyLayer::oldNameAppliesToTheNewKey()
{
    // A policy written before file version 3 keeps working, and says how to bring it up to date.
    QFETCH(QByteArray, contents);
    QFETCH(QVariant, lockedValue);
    QFETCH(QVariant, defaultValue);
    QFETCH(QString, problem);
    const PolicyLayer policy = load(contents);
    const QString key = QStringLiteral("sync.interval");
    QCOMPARE(policy.isLocked(key), lockedValue.isValid());
    QCOMPARE(policy.lockedValue(key), lockedValue);
    QCOMPARE(policy.defaults().value(key), defaultValue);
    QVERIFY(!policy.defaults().contains(QStringLiteral("performance.syncInterval")));
    QCOMPARE(policy.problems().size(), 1);
    QVERIFY(!policy.problems().first().isError());
    QVERIFY2(policy.problems().first().toString().contains(problem),
             qPrintable(policy.problems().first().toString()));
}

void TestPolicyLayer::removedKeyIsIgnoredWithItsReason()
{
    const PolicyLayer policy =
        load("[locked]\nsecurity.lockAfterIdle=60000\nsecurity.requireTls=true\n");
    QVERIFY(policy.isLocked(QStringLiteral("security.requireTls")));
    QVERIFY(!policy.isLocked(QStringLiteral("security.lockAfterIdle")));
    QCOMPARE(policy.problems().size(), 1);
    QVERIFY(!policy.problems().first().isError());
    const QString problem = policy.problems().first().toString();
    QVERIFY2(problem.contains(QStringLiteral("security.lockAfterIdle"))
                 && problem.contains(QStringLiteral("this setting was removed (")),
             qPrintable(problem));
}

void TestPolicyLayer::groupLockKeepsItsRenamedKey()
{
    // `performance.*` locked the sync interval when it was performance.syncInterval.
    PolicyLayer policy = load("[locked]\nperformance.*=\n");
    QVERIFY(policy.isLocked(QStringLiteral("performance.cacheSize")));
    QVERIFY(policy.isLocked(QStringLiteral("sync.interval")));
    QVERIFY(!policy.isLocked(QStringLiteral("sync.enabled")));
    QCOMPARE(policy.problems().size(), 1);
    QVERIFY2(policy.problems().first().toString().contains(
                 QStringLiteral("this group held performance.syncInterval, which is called "
                                "sync.interval now; sync.interval stays locked")),
             qPrintable(policy.problems().first().toString()));
    // Said in the policy itself: nothing to report.
    policy = load("[locked]\nperformance.*=\nsync.interval=60000\n");
    QVERIFY(policy.problems().isEmpty());
    QCOMPARE(policy.lockedValue(QStringLiteral("sync.interval")), QVariant(qint64(60000)));
    policy = load("[locked]\nperformance.*=\nsync.*=\n");
    QVERIFY(policy.problems().isEmpty());
    QVERIFY(policy.isLocked(QStringLiteral("sync.interval")));
}

void TestPolicyLayer::oldOneDestinationLocksTheList()
{
    // A policy written for file version 4 locked backups to one place: that place is now the
    // only entry of the list, still locked, and the user cannot add another beside it.
    PolicyLayer policy = load("[locked]\nbackup.destination=/srv/backups\n");
    const QString key = QStringLiteral("backup.destinations");
    QVERIFY(policy.isLocked(key));
    Result<QList<BackupDestination>> list =
        BackupDestinations::parse(policy.lockedValue(key).toString());
    QVERIFY2(list, qPrintable(list ? QString() : list.error().message));
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().name, QStringLiteral("local"));
    QCOMPARE(list->first().kind, BackupDestination::Kind::Folder);
    QCOMPARE(list->first().location, QStringLiteral("/srv/backups"));
    QVERIFY(list->first().enabled);
    QCOMPARE(policy.problems().size(), 1);
    QVERIFY2(policy.problems().first().toString().contains(
                 QStringLiteral("backup.destination: this setting is called backup.destinations "
                                "now; the entry applies to backup.destinations")),
             qPrintable(policy.problems().first().toString()));

    // A WebDAV URL becomes a WebDAV entry; a default stays a default.
    policy = load("[defaults]\nbackup.destination=https://dav.example.org/backups/\n");
    QVERIFY(!policy.isLocked(key));
    list = BackupDestinations::parse(policy.defaults().value(key).toString());
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().kind, BackupDestination::Kind::WebDav);
    QCOMPARE(list->first().name, QStringLiteral("webdav"));

    // Empty meant the profile's own folder then and means it now: locked there.
    policy = load("[locked]\nbackup.destination=\n");
    QVERIFY(policy.isLocked(key));
    QCOMPARE(policy.lockedValue(key).toString(), QString());

    // A location the list's rules refuse fails closed: locked at the value below.
    policy = load("[locked]\nbackup.destination=ftp://example.org/x\n");
    QVERIFY(policy.isLocked(key));
    QVERIFY(!policy.lockedValue(key).isValid());
    QVERIFY(std::any_of(policy.problems().cbegin(), policy.problems().cend(),
                        [](const Violation &v) { return v.isError(); }));
}

QTEST_GUILESS_MAIN(TestPolicyLayer)
#include "tst_policylayer.moc"
