// The settings file as IniFile reads it: an entry QSettings would write back under another
// name, or under none, is refused when read (found by the settings fuzz target), because the
// next write would otherwise make the whole file unreadable.
#include "core/profile/profile.h"
#include "core/settings/inifile.h"
#include "core/settings/preferencesstore.h"
#include "testfiles.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Hubstate::Core;

class TestIniFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void entriesWithoutANameAreRefused_data();
    void entriesWithoutANameAreRefused();
    void aSetNeverLeavesAFileTheNextStartRefuses();
};

void TestIniFile::entriesWithoutANameAreRefused_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<bool>("readable");
    QTest::newRow("plain") << QByteArray("[layout]\nmaxPanes=4\n[future]\nknob=1\n") << true;
    QTest::newRow("escaped slash as a name")
        << QByteArray("[General]\n%2F=1\n[layout]\nmaxPanes=4\n") << false;
    QTest::newRow("slash as a name") << QByteArray("[layout]\nmaxPanes=4\n/=1\n") << false;
    QTest::newRow("escaped slash as a group") << QByteArray("[%2F]\nx=1\n") << false;
    QTest::newRow("trailing slash") << QByteArray("[layout]\nmaxPanes/=4\n") << false;
    QTest::newRow("lone carriage return before an equals sign")
        << QByteArray("[General]\nenvironment=development\r=\r\n[layout]\nmaxPanes=4\n") << false;
}

void TestIniFile::entriesWithoutANameAreRefused()
{
    QFETCH(QByteArray, contents);
    QFETCH(bool, readable);
    QTemporaryDir folder;
    // A fresh name each row: QSettings caches what it parsed per file name.
    const QString path = folder.filePath(QStringLiteral("hubstate.ini"));
    QVERIFY(Hubstate::Tests::writeFile(path, contents));
    const Result<RawSettings> raw = IniFile::read(path);
    QCOMPARE(raw.ok(), readable);
    if (!readable) {
        QCOMPARE(raw.error().code, ErrorCode::Damaged);
        QVERIFY2(raw.error().message.startsWith(path), qPrintable(raw.error().message));
    }
}

void TestIniFile::aSetNeverLeavesAFileTheNextStartRefuses()
{
    // Before, this file opened with a warning, `config set` wrote "=" for the nameless entry,
    // and the next start moved the file aside: every setting fell back to its default.
    QTemporaryDir folder;
    const Profile profile = Profile::inDirectory(folder.path());
    QVERIFY(Hubstate::Tests::writeFile(profile.settingsFile(),
                                       "[General]\n%2F=1\n[layout]\nmaxPanes=4\n[meta]\n"
                                       "fileVersion=4\n"));
    const QString noPolicy = folder.filePath(QStringLiteral("no-policy.ini"));
    {
        PreferencesStore store(profile, noPolicy);
        QVERIFY(store.open().ok());
        bool reported = false;
        for (const Violation &notice : store.notices())
            reported = reported || notice.toString().contains(QStringLiteral("empty name"));
        QVERIFY(reported); // at once, with the file moved aside and named
        QVERIFY(
            store.setText(QStringLiteral("preferences.theme.mode"), QStringLiteral("dark")).ok());
    }
    PreferencesStore reopened(profile, noPolicy);
    QVERIFY(reopened.open().ok());
    for (const Violation &notice : reopened.notices())
        QVERIFY2(!notice.isError(), qPrintable(notice.toString()));
    QCOMPARE(reopened.text(QStringLiteral("preferences.theme.mode")), QStringLiteral("dark"));
}

QTEST_GUILESS_MAIN(TestIniFile)
#include "tst_inifile.moc"
