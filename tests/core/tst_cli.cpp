// hubstate-cli run as a process, as admins' scripts run it: output, messages and exit codes.
#include "clirunner.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = Hubstate::Tests::CliRun;
using Hubstate::Tests::readFile;
using Hubstate::Tests::writeFile;

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void versionSaysWhichHighlighter();
    void doesNotLinkQtGui();
    void getPrintsTheBareValue();
    void setChangesAndReportsBadValues();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void lockedKeyExitsThree();
    void explainSaysWhichLayer();
    void listModifiedAndJson();
    void validateReportsEveryProblem();
    void importIsAllOrNothing();
    void exportWritesTheDocument();
    void templateSwitchesEnvironment();
    void migrateDryRunAndReal();
    void migrateRefusesNewerAndDamaged();
    void profileFromEnvironment();
    void messagesAreTranslated();
    void doubleDashEndsOptions();

private:
    Run run(const QStringList &arguments, const QMap<QString, QString> &environment = {});
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_profile;
    QString m_policy;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = m_dir->filePath(QStringLiteral("profile"));
    m_policy = m_dir->filePath(QStringLiteral("policy.ini"));
}

Run TestCli::run(const QStringList &arguments, const QMap<QString, QString> &environment)
{
    return Hubstate::Tests::runCli(m_profile, m_policy, arguments, environment);
}

void TestCli::versionSaysWhichHighlighter()
{
    const Run result = run({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith(QStringLiteral("hubstate-cli ")));
    QVERIFY(result.out.contains(QStringLiteral("syntax highlighting: ")));
}

void TestCli::doesNotLinkQtGui()
{
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {QStringLiteral(HUBSTATE_CLI_BINARY)});
    QVERIFY(ldd.waitForFinished());
    const QString libraries = QString::fromUtf8(ldd.readAllStandardOutput());
    QVERIFY(libraries.contains(QStringLiteral("libQt6Core")));
    QVERIFY2(!libraries.contains(QStringLiteral("libQt6Gui")), qPrintable(libraries));
    QVERIFY(!libraries.contains(QStringLiteral("libQt6Widgets")));
}

void TestCli::getPrintsTheBareValue()
{
    const Run result = run({QStringLiteral("config"), QStringLiteral("get"),
                            QStringLiteral("preferences.theme.mode")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("auto\n"));
    QCOMPARE(result.err, QString());

    const Run json = run({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("get"),
                          QStringLiteral("performance.cacheSize")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(object.value(QStringLiteral("value")).toInteger(), 50 * 1024 * 1024);

    const Run unknown =
        run({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("no.such.key")});
    QCOMPARE(unknown.exitCode, 3);
    QCOMPARE(unknown.err, QStringLiteral("hubstate-cli: error: no.such.key: unknown setting\n"));
}

void TestCli::setChangesAndReportsBadValues()
{
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"),
                  QStringLiteral("preferences.theme.mode"), QStringLiteral("dark")})
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("get"),
                  QStringLiteral("preferences.theme.mode")})
                 .out,
             QStringLiteral("dark\n"));

    const QByteArray before = readFile(m_profile + QStringLiteral("/config/hubstate.ini"));
    const Run tooMany = run({QStringLiteral("config"), QStringLiteral("set"),
                             QStringLiteral("layout.maxPanes"), QStringLiteral("10")});
    QCOMPARE(tooMany.exitCode, 3);
    QCOMPARE(tooMany.err,
             QStringLiteral(
                 "hubstate-cli: error: layout.maxPanes: exceeds maximum value of 9 (value: 10)\n"));
    const Run negative = run({QStringLiteral("config"), QStringLiteral("set"),
                              QStringLiteral("agents.retryAttempts"), QStringLiteral("-1")});
    QCOMPARE(negative.exitCode, 3);
    QVERIFY(negative.err.contains(
        QStringLiteral("agents.retryAttempts: is below minimum value of 0 (value: -1)")));
    QCOMPARE(readFile(m_profile + QStringLiteral("/config/hubstate.ini")), before);
}

void TestCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("config alone") << QStringList{QStringLiteral("config")};
    QTest::newRow("unknown subcommand")
        << QStringList{QStringLiteral("config"), QStringLiteral("shout")};
    QTest::newRow("get without key")
        << QStringList{QStringLiteral("config"), QStringLiteral("get")};
    QTest::newRow("set without value") << QStringList{
        QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("environment")};
    QTest::newRow("list extra") << QStringList{QStringLiteral("config"), QStringLiteral("list"),
                                               QStringLiteral("--all")};
    QTest::newRow("migrate bad option")
        << QStringList{QStringLiteral("config"), QStringLiteral("migrate"), QStringLiteral("--to"),
                       QStringLiteral("x")};
}

void TestCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.startsWith(QStringLiteral("hubstate-cli: error: ")));
    QCOMPARE(result.out, QString());
}

void TestCli::lockedKeyExitsThree()
{
    QVERIFY(writeFile(m_policy, "[locked]\nprivacy.telemetry=false\n"));
    const Run result = run({QStringLiteral("config"), QStringLiteral("set"),
                            QStringLiteral("privacy.telemetry"), QStringLiteral("true")});
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.err.contains(QStringLiteral("privacy.telemetry: locked by the administrator in ")
                                + m_policy));
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("reset"),
                  QStringLiteral("privacy.telemetry")})
                 .exitCode,
             3);
}

void TestCli::explainSaysWhichLayer()
{
    QVERIFY(writeFile(m_policy,
                      "[defaults]\nagents.timeout=60000\n[locked]\nbackup.encryption=true\n"));
    const Run admin = run(
        {QStringLiteral("config"), QStringLiteral("explain"), QStringLiteral("agents.timeout")});
    QCOMPARE(admin.exitCode, 0);
    QVERIFY(admin.out.startsWith(QStringLiteral("agents.timeout = 60000\n")));
    QVERIFY(admin.out.contains(QStringLiteral("supplied by: admin default")));

    const Run locked = run({QStringLiteral("--json"), QStringLiteral("config"),
                            QStringLiteral("explain"), QStringLiteral("backup.encryption")});
    const QJsonObject object = QJsonDocument::fromJson(locked.out.toUtf8()).object();
    QCOMPARE(object.value(QStringLiteral("layer")).toString(), QStringLiteral("adminLock"));
    QCOMPARE(object.value(QStringLiteral("locked")).toBool(), true);
    QCOMPARE(object.value(QStringLiteral("policyFile")).toString(), m_policy);
}

void TestCli::listModifiedAndJson()
{
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("sync.enabled"),
                  QStringLiteral("true")})
                 .exitCode,
             0);
    const Run modified =
        run({QStringLiteral("config"), QStringLiteral("list"), QStringLiteral("--modified")});
    QCOMPARE(modified.exitCode, 0);
    QCOMPARE(modified.out, QStringLiteral("sync.enabled = true  [user]\n"));

    const Run all =
        run({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("list")});
    const QJsonArray array = QJsonDocument::fromJson(all.out.toUtf8()).array();
    QVERIFY(array.size() >= 60);
    bool found = false;
    for (const QJsonValue &entry : array) {
        if (entry[QStringLiteral("key")].toString() == QLatin1String("sync.enabled")) {
            found = true;
            QCOMPARE(entry[QStringLiteral("modified")].toBool(), true);
            QCOMPARE(entry[QStringLiteral("default")].toBool(), false);
        }
    }
    QVERIFY(found);
}

void TestCli::validateReportsEveryProblem()
{
    const QString file = m_dir->filePath(QStringLiteral("bad.json"));
    QVERIFY(writeFile(
        file,
        R"({"layout": {"maxPanes": 10, "gridSize": 4}, "agents": {"retryAttempts": -1}, "mystery": 1})"));
    const Run result = run({QStringLiteral("config"), QStringLiteral("validate"), file});
    QCOMPARE(result.exitCode, 3);
    const QStringList lines = result.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.contains(QStringLiteral(
        "hubstate-cli: error: layout.maxPanes: exceeds maximum value of 9 (value: 10)")));
    QVERIFY(lines.contains(QStringLiteral(
        "hubstate-cli: error: layout.gridSize: exceeds maximum value of 3 (value: 4)")));
    QVERIFY(lines.contains(QStringLiteral(
        "hubstate-cli: error: agents.retryAttempts: is below minimum value of 0 (value: -1)")));
    QVERIFY(lines.contains(QStringLiteral(
        "hubstate-cli: warning: mystery: unknown key; kept, but Hubstate does not use it")));

    const Run json =
        run({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("validate"), file});
    QCOMPARE(json.exitCode, 3);
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(object.value(QStringLiteral("valid")).toBool(), false);
    QCOMPARE(object.value(QStringLiteral("errors")).toArray().size(), 3);
    QCOMPARE(object.value(QStringLiteral("warnings")).toArray().size(), 1);

    QVERIFY(writeFile(file, "{\"layout\": {\"maxPanes\": 4,}}"));
    const Run malformed = run({QStringLiteral("config"), QStringLiteral("validate"), file});
    QCOMPARE(malformed.exitCode, 3);
    QVERIFY2(malformed.err.contains(file + QStringLiteral(":1:")), qPrintable(malformed.err));

    const Run missing = run({QStringLiteral("config"), QStringLiteral("validate"),
                             m_dir->filePath(QStringLiteral("none.json"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("none.json")));
}

void TestCli::importIsAllOrNothing()
{
    const QString file = m_dir->filePath(QStringLiteral("import.json"));
    QVERIFY(writeFile(
        file, R"({"preferences": {"theme": {"mode": "dark"}}, "layout": {"gridSize": 7}})"));
    const Run refused = run({QStringLiteral("config"), QStringLiteral("import"), file});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY(refused.err.contains(QStringLiteral("nothing was changed")));
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("get"),
                  QStringLiteral("preferences.theme.mode")})
                 .out,
             QStringLiteral("auto\n"));

    QVERIFY(writeFile(
        file, R"({"preferences": {"theme": {"mode": "dark"}}, "layout": {"gridSize": 2}})"));
    const Run imported = run({QStringLiteral("config"), QStringLiteral("import"), file});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("get"),
                  QStringLiteral("preferences.theme.mode")})
                 .out,
             QStringLiteral("dark\n"));
    QCOMPARE(
        run({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("layout.gridSize")})
            .out,
        QStringLiteral("2\n"));

    QVERIFY(writeFile(m_policy, "[locked]\nlayout.gridSize=3\n"));
    const Run locked = run({QStringLiteral("config"), QStringLiteral("import"), file});
    QCOMPARE(locked.exitCode, 3);
    QVERIFY(locked.err.contains(QStringLiteral("layout.gridSize: locked")));
}

void TestCli::exportWritesTheDocument()
{
    const QString file = m_dir->filePath(QStringLiteral("out/export.json"));
    QCOMPARE(
        run({QStringLiteral("config"), QStringLiteral("export"), QStringLiteral("--out"), file})
            .exitCode,
        0);
    const QJsonObject object = QJsonDocument::fromJson(readFile(file)).object();
    QCOMPARE(object.value(QStringLiteral("version")).toString(), QStringLiteral("5.0.0"));
    QCOMPARE(
        object[QStringLiteral("layout")][QStringLiteral("minPaneSize")][QStringLiteral("width")]
            .toInt(),
        200);
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("validate"), file}).exitCode, 0);

    const Run stdoutExport = run({QStringLiteral("config"), QStringLiteral("export")});
    QCOMPARE(stdoutExport.out.toUtf8(), readFile(file));

    const Run unwritable =
        run({QStringLiteral("config"), QStringLiteral("export"), QStringLiteral("--out"),
             QStringLiteral("/proc/hubstate/export.json")});
    QCOMPARE(unwritable.exitCode, 1);
    QVERIFY(unwritable.err.contains(QStringLiteral("/proc/hubstate")));
}

void TestCli::templateSwitchesEnvironment()
{
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"),
                  QStringLiteral("limits.maxLayouts"), QStringLiteral("7")})
                 .exitCode,
             0);
    const Run result =
        run({QStringLiteral("config"), QStringLiteral("template"), QStringLiteral("development")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(
        QStringLiteral("limits.maxLayouts stays 7 (user) instead of the template's 50")));
    QCOMPARE(
        run({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("limits.maxAgents")})
            .out,
        QStringLiteral("100\n"));
    const Run unknown =
        run({QStringLiteral("config"), QStringLiteral("template"), QStringLiteral("qa")});
    QCOMPARE(unknown.exitCode, 3);
    QVERIFY(unknown.err.contains(QStringLiteral("development, production")));
}

void TestCli::migrateDryRunAndReal()
{
    const QString settings = m_profile + QStringLiteral("/config/hubstate.ini");
    QVERIFY(writeFile(settings,
                      readFile(QStringLiteral(HUBSTATE_TEST_DATA "/settings/hubstate-v1.ini"))));
    const QByteArray before = readFile(settings);
    const Run dry =
        run({QStringLiteral("config"), QStringLiteral("migrate"), QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY(dry.out.contains(QStringLiteral("would be migrated from version 1 to 5")));
    QVERIFY(dry.out.contains(QStringLiteral("+ preferences/theme.mode=auto")));
    QCOMPARE(readFile(settings), before);

    const Run real = run({QStringLiteral("config"), QStringLiteral("migrate")});
    QCOMPARE(real.exitCode, 0);
    QCOMPARE(readFile(settings + QStringLiteral(".v1.bak")), before);
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("get"),
                  QStringLiteral("preferences.theme.accentColor")})
                 .out,
             QStringLiteral("#ff8800\n"));
    const Run again = run({QStringLiteral("config"), QStringLiteral("migrate")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains(QStringLiteral("already at version 5")));
}

void TestCli::migrateRefusesNewerAndDamaged()
{
    const QString settings = m_profile + QStringLiteral("/config/hubstate.ini");
    QVERIFY(writeFile(settings, "[meta]\nfileVersion=6\n"));
    const Run newer = run({QStringLiteral("config"), QStringLiteral("migrate")});
    QCOMPARE(newer.exitCode, 1);
    QVERIFY(newer.err.contains(QStringLiteral("newer")));
    const Run set = run({QStringLiteral("config"), QStringLiteral("set"),
                         QStringLiteral("sync.enabled"), QStringLiteral("true")});
    QCOMPARE(set.exitCode, 1);
    QCOMPARE(readFile(settings), QByteArray("[meta]\nfileVersion=6\n"));

    QVERIFY(writeFile(settings, "[meta]\nfileVersion=banana\n"));
    const Run damaged = run({QStringLiteral("config"), QStringLiteral("migrate")});
    QCOMPARE(damaged.exitCode, 4);
    QVERIFY(damaged.err.contains(settings));
}

void TestCli::profileFromEnvironment()
{
    const QString other = m_dir->filePath(QStringLiteral("other"));
    const Run set = run({QStringLiteral("config"), QStringLiteral("set"),
                         QStringLiteral("preferences.theme.mode"), QStringLiteral("light")},
                        {{QStringLiteral("HUBSTATE_PROFILE"), other}});
    QCOMPARE(set.exitCode, 0);
    QVERIFY(readFile(other + QStringLiteral("/config/hubstate.ini")).contains("theme.mode=light"));
}

void TestCli::messagesAreTranslated()
{
    const Run german = run({QStringLiteral("config"), QStringLiteral("set"),
                            QStringLiteral("layout.maxPanes"), QStringLiteral("10")},
                           {{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}});
    QCOMPARE(german.exitCode, 3);
    // The prefix stays English for scripts; the message itself is German.
    QVERIFY2(german.err.startsWith(QStringLiteral("hubstate-cli: error: layout.maxPanes: ")),
             qPrintable(german.err));
    QVERIFY(!german.err.contains(QStringLiteral("exceeds")));
    QVERIFY(german.err.contains(QStringLiteral("(Wert: 10)")));

    // Machine-readable output does not change with the language.
    const Run json = run({QStringLiteral("--json"), QStringLiteral("config"),
                          QStringLiteral("explain"), QStringLiteral("environment")},
                         {{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}});
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8())[QStringLiteral("layer")].toString(),
             QStringLiteral("default"));
}

void TestCli::doubleDashEndsOptions()
{
    const Run result =
        run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("sync.serverUrl"),
             QStringLiteral("--"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(
        run({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("sync.serverUrl")})
            .out,
        QStringLiteral("--json\n"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
