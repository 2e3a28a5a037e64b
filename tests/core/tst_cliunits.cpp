// hubstate-cli config set with units ("5min", "512MiB") and with names checked against the
// profile's database (preferences.layout.defaultLayout): the raw numbers stay in the output.
#include "clirunner.h"
#include "testfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using Hubstate::Tests::CliRun;
using Hubstate::Tests::writeFile;

class TestCliUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void setTakesUnitsAndKeepsRawNumbers_data();
    void setTakesUnitsAndKeepsRawNumbers();
    void badUnitsExitThreeNamingKeyAndRule_data();
    void badUnitsExitThreeNamingKeyAndRule();
    void defaultLayoutMustNameAStoredLayout();
    void importChecksTheDefaultLayoutToo();

private:
    CliRun run(const QStringList &arguments);
    QString get(const QString &key);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_profile;
};

void TestCliUnits::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = m_dir->filePath(QStringLiteral("profile"));
}

CliRun TestCliUnits::run(const QStringList &arguments)
{
    return Hubstate::Tests::runCli(m_profile, {}, arguments);
}

QString TestCliUnits::get(const QString &key)
{
    return run({QStringLiteral("config"), QStringLiteral("get"), key}).out.trimmed();
}

void TestCliUnits::setTakesUnitsAndKeepsRawNumbers_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");
    QTest::newRow("5min") << "agents.timeout"
                          << "5min"
                          << "300000";
    QTest::newRow("45 s") << "agents.timeout"
                          << "45 s"
                          << "45000";
    QTest::newRow("raw ms") << "agents.timeout"
                            << "2000"
                            << "2000";
    QTest::newRow("2 days") << "backup.interval"
                            << "2 days"
                            << "172800000";
    QTest::newRow("768MiB") << "limits.memoryLimit"
                            << "768MiB"
                            << "805306368";
    QTest::newRow("1.5GiB") << "limits.memoryLimit"
                            << "1.5GiB"
                            << "1610612736";
    QTest::newRow("150%") << "preferences.accessibility.textScale"
                          << "150%"
                          << "150";
    QTest::newRow("240px") << "layout.minPaneSize.width"
                           << "240px"
                           << "240";
}

void TestCliUnits::setTakesUnitsAndKeepsRawNumbers()
{
    QFETCH(QString, key);
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    const CliRun set = run({QStringLiteral("config"), QStringLiteral("set"), key, typed});
    QCOMPARE(set.exitCode, 0);
    QVERIFY2(set.err.isEmpty(), qPrintable(set.err));
    QCOMPARE(get(key), stored);
    // --json prints the number, never the text typed.
    const CliRun json = run(
        {QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("set"), key, typed});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(object[QStringLiteral("value")].toInteger(), stored.toLongLong());
    // And the settings file holds the number as well.
    const QString list =
        run({QStringLiteral("config"), QStringLiteral("list"), QStringLiteral("--modified")}).out;
    QVERIFY2(list.contains(key + QStringLiteral(" = ") + stored), qPrintable(list));
}

void TestCliUnits::badUnitsExitThreeNamingKeyAndRule_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");
    QTest::newRow("too long") << "agents.timeout"
                              << "6min"
                              << "agents.timeout: exceeds maximum value of 300000 (5 min) "
                                 "(value: 6min)";
    QTest::newRow("unknown unit") << "agents.timeout"
                                  << "5 fortnights"
                                  << "agents.timeout: \"fortnights\" is not a unit of time; use "
                                     "ms, s, min, h or d (value: 5 fortnights)";
    QTest::newRow("ambiguous") << "limits.memoryLimit"
                               << "512MB"
                               << "limits.memoryLimit: \"MB\" is ambiguous (1000 or 1024?); "
                                  "write MiB (value: 512MB)";
    QTest::newRow("no unit here") << "layout.maxPanes"
                                  << "5px"
                                  << "layout.maxPanes: must be a whole number (value: 5px)";
}

void TestCliUnits::badUnitsExitThreeNamingKeyAndRule()
{
    QFETCH(QString, key);
    QFETCH(QString, typed);
    QFETCH(QString, message);
    const QString before = get(key);
    const CliRun refused = run({QStringLiteral("config"), QStringLiteral("set"), key, typed});
    QCOMPARE(refused.exitCode, 3);
    QCOMPARE(refused.err, QStringLiteral("hubstate-cli: error: ") + message + u'\n');
    QCOMPARE(get(key), before);
}

void TestCliUnits::defaultLayoutMustNameAStoredLayout()
{
    const QString key = QStringLiteral("preferences.layout.defaultLayout");
    const CliRun refused = run(
        {QStringLiteral("config"), QStringLiteral("set"), key, QStringLiteral("no-such-layout")});
    QCOMPARE(refused.exitCode, 3);
    QCOMPARE(refused.err,
             QStringLiteral("hubstate-cli: error: preferences.layout.defaultLayout: names no "
                            "stored layout: give a template (single, split, grid-2x2, grid-3x3) "
                            "or the id of a stored layout (hubstate-cli layout list) (value: "
                            "no-such-layout)\n"));
    QCOMPARE(get(key), QStringLiteral("single"));
    // A template by its type, and a stored layout by its id.
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"), key, QStringLiteral("grid-3x3")})
                 .exitCode,
             0);
    const QString file = QStringLiteral(HUBSTATE_TEST_DATA "/layouts/custom-valid.json");
    QCOMPARE(run({QStringLiteral("layout"), QStringLiteral("import"), file}).exitCode, 0);
    const QString id = QStringLiteral("3b0f8c52-6a1d-4f7e-9c21-5d8e7a6b4c30");
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"), key, id}).exitCode, 0);
    QCOMPARE(get(key), id);
    // Someone who types the layout's name learns its id.
    const QString name = QJsonDocument::fromJson(Hubstate::Tests::readFile(file))
                             .object()[QStringLiteral("name")]
                             .toString();
    const CliRun byName = run({QStringLiteral("config"), QStringLiteral("set"), key, name});
    QCOMPARE(byName.exitCode, 3);
    QVERIFY2(byName.err.contains(QStringLiteral("has the id ") + id), qPrintable(byName.err));
}

void TestCliUnits::importChecksTheDefaultLayoutToo()
{
    const QString document = m_dir->filePath(QStringLiteral("config.json"));
    QVERIFY(writeFile(document, R"({"preferences": {"layout": {
        "defaultLayout": "no-such-layout", "autoSaveInterval": 60000}}})"));
    const CliRun refused = run({QStringLiteral("config"), QStringLiteral("import"), document});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(
                 QStringLiteral("preferences.layout.defaultLayout: names no stored layout")),
             qPrintable(refused.err));
    QVERIFY(refused.err.contains(QStringLiteral("not imported; nothing was changed")));
    QCOMPARE(get(QStringLiteral("preferences.layout.autoSaveInterval")), QStringLiteral("30000"));
    // `config validate` reads the document alone, without a profile: the name is not checked.
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("validate"), document}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliUnits)
#include "tst_cliunits.moc"
