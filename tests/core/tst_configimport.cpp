// What `config import` stores reads back as imported (found by the config fuzz target): an
// unknown key the INI file cannot hold as it is, or text with no UTF-8 form, is refused and
// nothing changes.
#include "core/profile/profile.h"
#include "core/settings/configdocument.h"
#include "core/settings/preferencesstore.h"
#include "testfiles.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Hubstate::Core;

class TestConfigImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void importKeepsOnlyKeysTheFileCanHold_data();
    void importKeepsOnlyKeysTheFileCanHold();
    void textWithoutUtf8FormIsRefused();
};

void TestConfigImport::importKeepsOnlyKeysTheFileCanHold_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<bool>("imported");
    QTest::newRow("plain unknown key")
        << QByteArray(R"({"futureSection": {"newKey": "x"}})") << true;
    QTest::newRow("unknown key in a known group")
        << QByteArray(R"({"layout": {"futureKnob": 3}})") << true;
    // Each of these was written as an empty INI key ("=20"): the next start found the file
    // damaged, moved it aside and every setting fell back to its default.
    QTest::newRow("dot") << QByteArray(R"({".": "20"})") << false;
    QTest::newRow("slash") << QByteArray(R"({"/": "20"})") << false;
    // These landed on a known setting, unchecked: layout.gridSize=0, environment=staging.
    QTest::newRow("slash before a setting")
        << QByteArray(R"({"layout": {"/gridSize": 0}})") << false;
    QTest::newRow("slash after a setting") << QByteArray(R"({"environment/": "staging"})") << false;
    QTest::newRow("empty part") << QByteArray(R"({"futureSection": {"": 1}})") << false;
    QTest::newRow("INI syntax") << QByteArray(R"({"a=b": 1, "[c]": 2})") << false;
    QTest::newRow("reserved group") << QByteArray(R"({"meta": {"fileVersion": "99"}})") << false;
}

void TestConfigImport::importKeepsOnlyKeysTheFileCanHold()
{
    QFETCH(QByteArray, document);
    QFETCH(bool, imported);
    QTemporaryDir folder;
    const Profile profile = Profile::inDirectory(folder.path());
    const QString noPolicy = folder.filePath(QStringLiteral("no-policy.ini"));
    {
        PreferencesStore store(profile, noPolicy);
        QVERIFY(store.open().ok());
        QVERIFY(store.setText(QStringLiteral("layout.maxPanes"), QStringLiteral("4")).ok());
    }
    const QByteArray before = Hubstate::Tests::readFile(profile.settingsFile());

    const ConfigDocument::Parsed parsed = ConfigDocument::parse(document, QStringLiteral("d"));
    QVERIFY(parsed.isValid());
    {
        PreferencesStore store(profile, noPolicy);
        QVERIFY(store.open().ok());
        const Status status = store.setValues(parsed.values, parsed.unknown);
        QCOMPARE(status.ok(), imported);
        if (!imported) {
            QCOMPARE(status.error().code, ErrorCode::InvalidInput);
            QCOMPARE(Hubstate::Tests::readFile(profile.settingsFile()), before);
        }
    }
    // Either way the next start reads the file cleanly and keeps the user's value.
    PreferencesStore reopened(profile, noPolicy);
    QVERIFY(reopened.open().ok());
    for (const Violation &notice : reopened.notices())
        QVERIFY2(!notice.isError(), qPrintable(notice.toString()));
    QCOMPARE(reopened.text(QStringLiteral("layout.maxPanes")), QStringLiteral("4"));
    QCOMPARE(reopened.text(QStringLiteral("layout.gridSize")), QStringLiteral("3"));
    QCOMPARE(reopened.text(QStringLiteral("environment")), QStringLiteral("production"));
}

void TestConfigImport::textWithoutUtf8FormIsRefused()
{
    // Stored, "s\ud800ingle" read back as "s\ufffdingle". The strict JSON reader refuses the
    // lone surrogate where it stands, before any setting is looked at.
    const ConfigDocument::Parsed parsed = ConfigDocument::parse(
        R"({"preferences": {"layout": {"defaultLayout": "s\ud800ingle"}}})", QStringLiteral("d"));
    QVERIFY(!parsed.isValid());
    QCOMPARE(parsed.violations.size(), 1);
    QCOMPARE(parsed.violations.first().path, QStringLiteral("d:1:54"));
    QVERIFY2(parsed.violations.first().message.contains(QLatin1String("surrogate")),
             qPrintable(parsed.violations.first().message));
}

QTEST_GUILESS_MAIN(TestConfigImport)
#include "tst_configimport.moc"
