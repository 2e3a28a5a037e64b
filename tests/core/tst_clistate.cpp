// The state commands of hubstate-cli run as a process: layout, history, check, dev.
#include "clirunner.h"
#include "statetestsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Hubstate::Tests;

class TestCliState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void layoutListShowsTheTemplates();
    void layoutValidateImportExport();
    void layoutImportRefusesBadFiles();
    void historyImportSearchStats();
    void historyImportNamesTheBadLine();
    void checkReportsDamageWithExitFour();
    void checkReportsInvalidLayoutsWithExitThree();
    void generateProfileIsDeterministic();
    void checkCountsInvalidSettings();
    void stricterPolicySeedsOnlyAllowedTemplates();

private:
    CliRun run(const QStringList &arguments) { return runCli(m_profile, m_policy, arguments); }
    QString data(const QString &name) const
    {
        return QStringLiteral(HUBSTATE_TEST_DATA "/") + name;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_profile;
    QString m_policy;
};

void TestCliState::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = m_dir->filePath(QStringLiteral("profile"));
    m_policy = m_dir->filePath(QStringLiteral("policy.ini"));
}

void TestCliState::layoutListShowsTheTemplates()
{
    const CliRun list =
        run({QStringLiteral("--json"), QStringLiteral("layout"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray layouts = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(layouts.size(), 4);
    QStringList types;
    for (const QJsonValue &layout : layouts)
        types.append(layout[QStringLiteral("type")].toString());
    types.sort();
    QCOMPARE(types, (QStringList{"grid-2x2", "grid-3x3", "single", "split"}));

    const CliRun show = run({QStringLiteral("layout"), QStringLiteral("show"),
                             QStringLiteral("00000000-0000-4000-8000-000000000009")});
    QCOMPARE(show.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(show.out.toUtf8())[QStringLiteral("panes")].toArray().size(),
             9);
    const CliRun missing =
        run({QStringLiteral("layout"), QStringLiteral("show"), QStringLiteral("nope")});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY(missing.err.contains(QStringLiteral("No layout with id nope")));
}

void TestCliState::layoutValidateImportExport()
{
    const QString file = data(QStringLiteral("layouts/custom-valid.json"));
    const CliRun valid = run({QStringLiteral("layout"), QStringLiteral("validate"), file});
    QCOMPARE(valid.exitCode, 0);
    QCOMPARE(valid.out, file + QStringLiteral(": valid\n"));
    QCOMPARE(run({QStringLiteral("layout"), QStringLiteral("import"), file}).exitCode, 0);
    const QString id = QStringLiteral("3b0f8c52-6a1d-4f7e-9c21-5d8e7a6b4c30");
    QVERIFY(run({QStringLiteral("layout"), QStringLiteral("list"), QStringLiteral("--tag"),
                 QStringLiteral("work")})
                .out.contains(id));
    const QString exported = m_dir->filePath(QStringLiteral("out/layout.json"));
    QCOMPARE(run({QStringLiteral("layout"), QStringLiteral("export"), id, QStringLiteral("--out"),
                  exported})
                 .exitCode,
             0);
    const QJsonObject original = QJsonDocument::fromJson(readFile(file)).object();
    const QJsonObject back = QJsonDocument::fromJson(readFile(exported)).object();
    QCOMPARE(back[QStringLiteral("name")], original[QStringLiteral("name")]);
    QCOMPARE(back[QStringLiteral("panes")].toArray().size(), 3);
    QCOMPARE(back[QStringLiteral("panes")][0][QStringLiteral("cell")][QStringLiteral("columnSpan")]
                 .toInt(),
             2);
    // The exported document imports again (replacing itself).
    const CliRun again = run({QStringLiteral("layout"), QStringLiteral("import"), exported});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains(QStringLiteral("replaced")));
}

void TestCliState::layoutImportRefusesBadFiles()
{
    const QString file = data(QStringLiteral("layouts/overlap-gap.json"));
    const CliRun refused = run({QStringLiteral("layout"), QStringLiteral("import"), file});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY(refused.err.contains(
        file + QStringLiteral(": panes[1]: overlaps panes[0] at column 1, row 0")));
    QVERIFY(refused.err.contains(QStringLiteral("nothing was changed")));
    QCOMPARE(QJsonDocument::fromJson(
                 run({QStringLiteral("--json"), QStringLiteral("layout"), QStringLiteral("list")})
                     .out.toUtf8())
                 .array()
                 .size(),
             4);
    const QString malformed = m_dir->filePath(QStringLiteral("bad.json"));
    QVERIFY(writeFile(malformed, "{\n\"id\": \n}"));
    const CliRun syntax = run({QStringLiteral("layout"), QStringLiteral("validate"), malformed});
    QCOMPARE(syntax.exitCode, 3);
    QVERIFY2(syntax.err.contains(malformed + QStringLiteral(":3:")), qPrintable(syntax.err));
}

void TestCliState::historyImportSearchStats()
{
    const QString file = m_dir->filePath(QStringLiteral("h.jsonl"));
    QVERIFY(writeFile(
        file,
        R"({"conversationId":"c1","agentId":"scout","role":"user","content":"Where did the zeppelin land?","timestamp":"2026-01-01T10:00:00Z"}
{"conversationId":"c1","agentId":"scout","role":"assistant","content":"The zeppelin landed in the fjord.","timestamp":"2026-01-01T10:00:02Z"}
{"conversationId":"c2","agentId":"poet","role":"user","content":"Write about a quokka.","timestamp":"2026-01-02T10:00:00Z"}
)"));
    const CliRun imported = run({QStringLiteral("history"), QStringLiteral("import"), file});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY(imported.out.contains(QStringLiteral("messages imported: 3,")));
    const CliRun search = run(
        {QStringLiteral("history"), QStringLiteral("search"), QStringLiteral("zeppelin fjord")});
    QCOMPARE(search.exitCode, 0);
    QCOMPARE(search.out, QStringLiteral("The [zeppelin] landed in the [fjord].\n"));
    const CliRun limited =
        run({QStringLiteral("history"), QStringLiteral("search"), QStringLiteral("zeppelin"),
             QStringLiteral("--limit"), QStringLiteral("1")});
    QCOMPARE(limited.out.count(u'\n'), 1);
    const CliRun stats = run({QStringLiteral("history"), QStringLiteral("stats")});
    QCOMPARE(stats.exitCode, 0);
    QVERIFY(stats.out.startsWith(
        QStringLiteral("conversations: 2\nmessages: 3\n  user: 2\n  assistant: 1\n")));
    QCOMPARE(run({QStringLiteral("history"), QStringLiteral("search"), QStringLiteral("x"),
                  QStringLiteral("--limit"), QStringLiteral("0")})
                 .exitCode,
             2);
}

void TestCliState::historyImportNamesTheBadLine()
{
    const QString file = m_dir->filePath(QStringLiteral("h.jsonl"));
    QVERIFY(writeFile(
        file,
        R"({"conversationId":"c1","agentId":"scout","role":"user","content":"ok","timestamp":"2026-01-01T10:00:00Z"}
{"conversationId":"c1","agentId":"scout","role":"user","content":"bad","timestamp":"soon"}
)"));
    const CliRun refused = run({QStringLiteral("history"), QStringLiteral("import"), file});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY(refused.err.contains(
        file + QStringLiteral(":2: timestamp: must be an ISO 8601 date and time")));
    QVERIFY(run({QStringLiteral("history"), QStringLiteral("stats")})
                .out.contains(QStringLiteral("messages: 0")));
}

void TestCliState::checkReportsDamageWithExitFour()
{
    QCOMPARE(run({QStringLiteral("check")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("dev"), QStringLiteral("generate-profile"),
                  QStringLiteral("--messages"), QStringLiteral("3000"), QStringLiteral("--layouts"),
                  QStringLiteral("2"), QStringLiteral("--agents"), QStringLiteral("3")})
                 .exitCode,
             0);
    const CliRun clean = run({QStringLiteral("check"), QStringLiteral("--full")});
    QCOMPARE(clean.exitCode, 0);
    QVERIFY(clean.out.endsWith(QStringLiteral(": ok\n")));

    // A copy with a page overwritten in the middle, checked as its own profile.
    const QString database = m_profile + QStringLiteral("/data/hubstate.db");
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cp"));
        db.setDatabaseName(database);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cp"));
    QByteArray bytes = readFile(database);
    const qsizetype page = 4096;
    QVERIFY(bytes.size() > 40 * page);
    for (qsizetype i = 0; i < page; ++i)
        bytes[bytes.size() / 2 / page * page + i] = char(0x5A);
    const QString damagedProfile = m_dir->filePath(QStringLiteral("damaged"));
    QDir().mkpath(damagedProfile + QStringLiteral("/data"));
    QVERIFY(writeFile(damagedProfile + QStringLiteral("/data/hubstate.db"), bytes));
    const CliRun damaged =
        runCli(damagedProfile, m_policy, {QStringLiteral("check"), QStringLiteral("--full")});
    QCOMPARE(damaged.exitCode, 4);
    QVERIFY2(damaged.err.contains(damagedProfile + QStringLiteral("/data/hubstate.db")),
             qPrintable(damaged.err));
}

void TestCliState::checkReportsInvalidLayoutsWithExitThree()
{
    QCOMPARE(run({QStringLiteral("layout"), QStringLiteral("list")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"),
                  QStringLiteral("layout.gridSize"), QStringLiteral("2")})
                 .exitCode,
             0);
    const CliRun check = run({QStringLiteral("check")});
    QCOMPARE(check.exitCode, 3);
    QVERIFY2(check.err.contains(QStringLiteral("layout 00000000-0000-4000-8000-000000000009: "
                                               "grid.columns: exceeds maximum value of 2")),
             qPrintable(check.err));
}

void TestCliState::generateProfileIsDeterministic()
{
    const QStringList generate{QStringLiteral("dev"),        QStringLiteral("generate-profile"),
                               QStringLiteral("--messages"), QStringLiteral("2000"),
                               QStringLiteral("--layouts"),  QStringLiteral("5"),
                               QStringLiteral("--agents"),   QStringLiteral("4")};
    QCOMPARE(run(generate).exitCode, 0);
    const QString other = m_dir->filePath(QStringLiteral("other"));
    QCOMPARE(runCli(other, m_policy, generate).exitCode, 0);
    const QStringList stats{QStringLiteral("--json"), QStringLiteral("history"),
                            QStringLiteral("stats")};
    const CliRun first = run(stats);
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(runCli(other, m_policy, stats).out, first.out);
    QCOMPARE(QJsonDocument::fromJson(first.out.toUtf8())[QStringLiteral("messages")].toInt(), 2000);
    QCOMPARE(QJsonDocument::fromJson(
                 run({QStringLiteral("--json"), QStringLiteral("layout"), QStringLiteral("list")})
                     .out.toUtf8())
                 .array()
                 .size(),
             9); // 4 templates + 5
}

void TestCliState::checkCountsInvalidSettings()
{
    QDir().mkpath(m_profile + QStringLiteral("/config"));
    QVERIFY(writeFile(m_profile + QStringLiteral("/config/hubstate.ini"),
                      "[meta]\nfileVersion=4\n[agents]\ntimeout=5\n"));
    const CliRun check = run({QStringLiteral("--json"), QStringLiteral("check")});
    QCOMPARE(check.exitCode, 3);
    const QJsonObject report = QJsonDocument::fromJson(check.out.toUtf8()).object();
    QCOMPARE(report[QStringLiteral("clean")].toBool(), false);
    QVERIFY(report[QStringLiteral("invalid")][0].toString().contains(
        QStringLiteral("agents.timeout: is below minimum value of 1000")));
    // Said once, when the settings were opened.
    QCOMPARE(check.err.count(QStringLiteral("agents.timeout")), 1);
}

void TestCliState::stricterPolicySeedsOnlyAllowedTemplates()
{
    QVERIFY(writeFile(m_policy, "[locked]\nlayout.gridSize=2\n"));
    const CliRun list =
        run({QStringLiteral("--json"), QStringLiteral("layout"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 3); // no 3 x 3 grid
    QCOMPARE(run({QStringLiteral("check")}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliState)
#include "tst_clistate.moc"
