// Several processes writing one profile's settings at once, as the GUI, the CLI, a timer and
// the hub do: each writer's last value survives, and a key nobody writes keeps its value.
#include "clirunner.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Hubstate::Tests;

class TestSettingsConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyWritersLastValueSurvives();
    void historyImportsBesideEachOtherAllLand();
    void everyLayoutWritersLastVersionSurvives();
};

void TestSettingsConcurrency::everyWritersLastValueSurvives()
{
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("profile"));
    const QString policy = dir.filePath(QStringLiteral("no-policy.ini"));
    const QString cli = QStringLiteral(HUBSTATE_CLI_BINARY);
    // A key nobody writes below, set first.
    QCOMPARE(runCli(profile, policy,
                    {QStringLiteral("config"), QStringLiteral("set"),
                     QStringLiteral("backup.keepWeekly"), QStringLiteral("7")})
                 .exitCode,
             0);

    struct Writer
    {
        QString key;
        int base;
    };
    const QList<Writer> writers{{QStringLiteral("agents.timeout"), 1000},
                                {QStringLiteral("sync.interval"), 5000},
                                {QStringLiteral("backup.maxBackups"), 100},
                                {QStringLiteral("backup.keepDaily"), 10}};
    constexpr int sets = 30;
    QList<QProcess *> processes;
    for (const Writer &writer : writers) {
        auto *process = new QProcess(this);
        process->start(QStringLiteral("sh"),
                       {QStringLiteral("-c"),
                        QStringLiteral("i=1; while [ $i -le %1 ]; do \"$0\" --profile \"$1\" "
                                       "config set \"$2\" $(($3 + i)) || exit 1; i=$((i + 1)); "
                                       "done")
                            .arg(sets),
                        cli, profile, writer.key, QString::number(writer.base)});
        processes.append(process);
    }
    for (QProcess *process : std::as_const(processes)) {
        QVERIFY(process->waitForFinished(180000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    }
    for (const Writer &writer : writers) {
        const CliRun got =
            runCli(profile, policy, {QStringLiteral("config"), QStringLiteral("get"), writer.key});
        QCOMPARE(got.out.trimmed(), QString::number(writer.base + sets));
    }
    QCOMPARE(runCli(profile, policy,
                    {QStringLiteral("config"), QStringLiteral("get"),
                     QStringLiteral("backup.keepWeekly")})
                 .out.trimmed(),
             QStringLiteral("7"));
}

void TestSettingsConcurrency::historyImportsBesideEachOtherAllLand()
{
    // Two importers at once, each file its own conversation: none may fail with "database is
    // locked", and every message lands.
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("profile"));
    const QString policy = dir.filePath(QStringLiteral("no-policy.ini"));
    QCOMPARE(runCli(profile, policy, {QStringLiteral("check")}).exitCode, 0);
    constexpr int files = 20;
    constexpr int lines = 50;
    for (int writer = 0; writer < 2; ++writer) {
        for (int f = 0; f < files; ++f) {
            QFile file(dir.filePath(QStringLiteral("w%1-%2.jsonl").arg(writer).arg(f)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            for (int i = 0; i < lines; ++i) {
                file.write(QStringLiteral("{\"conversationId\": \"c-%1-%2\", \"agentId\": "
                                          "\"scout\", \"role\": \"user\", \"content\": "
                                          "\"message %3\", \"timestamp\": "
                                          "\"2026-01-31T12:00:00Z\"}\n")
                               .arg(writer)
                               .arg(f)
                               .arg(i)
                               .toUtf8());
            }
        }
    }
    QList<QProcess *> processes;
    for (int writer = 0; writer < 2; ++writer) {
        auto *process = new QProcess(this);
        process->start(QStringLiteral("sh"),
                       {QStringLiteral("-c"),
                        QStringLiteral("for f in \"$2\"/w%1-*.jsonl; do \"$0\" --profile \"$1\" "
                                       "history import \"$f\" >/dev/null || exit 1; done")
                            .arg(writer),
                        QStringLiteral(HUBSTATE_CLI_BINARY), profile, dir.path()});
        processes.append(process);
    }
    for (QProcess *process : std::as_const(processes)) {
        QVERIFY(process->waitForFinished(180000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    }
    const CliRun stats =
        runCli(profile, policy,
               {QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("stats")});
    QVERIFY2(stats.out.contains(QString::number(2 * files * lines)), qPrintable(stats.out));
}

void TestSettingsConcurrency::everyLayoutWritersLastVersionSurvives()
{
    // Four processes each store their own layout again and again, the settings writers above
    // beside them: each layout ends as its writer last stored it, and nothing else moves.
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("profile"));
    const QString policy = dir.filePath(QStringLiteral("no-policy.ini"));
    const CliRun before = runCli(profile, policy, {QStringLiteral("layout"), QStringLiteral("list")});
    QCOMPARE(before.exitCode, 0);
    constexpr int writers = 4;
    constexpr int versions = 15;
    for (int writer = 0; writer < writers; ++writer) {
        for (int version = 1; version <= versions; ++version) {
            QFile file(dir.filePath(QStringLiteral("w%1-%2.json").arg(writer).arg(version, 2, 10,
                                                                              QLatin1Char('0'))));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral(
                           R"({"id": "10000000-0000-4000-8000-00000000000%1", "name": "writer %1 version %2", "type": "split", "settings": {},
  "grid": {"columns": 2, "rows": 1}, "referenceSize": {"width": 1920, "height": 1080},
  "metadata": {"createdAt": "2026-12-01T10:00:00Z", "updatedAt": "2026-12-01T10:00:00Z", "tags": []},
  "panes": [{"title": "left", "agentId": null, "cell": {"row": 0, "column": 0, "rowSpan": 1, "columnSpan": 1}},
            {"title": "right", "agentId": null, "cell": {"row": 0, "column": 1, "rowSpan": 1, "columnSpan": 1}}]})")
                           .arg(writer)
                           .arg(version)
                           .toUtf8());
        }
    }
    QList<QProcess *> processes;
    for (int writer = 0; writer < writers; ++writer) {
        auto *process = new QProcess(this);
        process->start(QStringLiteral("sh"),
                       {QStringLiteral("-c"),
                        QStringLiteral("for f in \"$2\"/w%1-*.json; do \"$0\" --profile \"$1\" "
                                       "layout import \"$f\" >/dev/null || exit 1; \"$0\" --profile "
                                       "\"$1\" config set agents.timeout $((2000 + %1)) || exit 1; "
                                       "done")
                            .arg(writer),
                        QStringLiteral(HUBSTATE_CLI_BINARY), profile, dir.path()});
        processes.append(process);
    }
    for (QProcess *process : std::as_const(processes)) {
        QVERIFY(process->waitForFinished(180000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    }
    const CliRun after = runCli(profile, policy, {QStringLiteral("layout"), QStringLiteral("list")});
    for (int writer = 0; writer < writers; ++writer) {
        QVERIFY2(after.out.contains(QStringLiteral("writer %1 version %2").arg(writer).arg(versions)),
                 qPrintable(after.out));
    }
    // The templates are untouched.
    for (const QString &line : before.out.split(u'\n', Qt::SkipEmptyParts))
        QVERIFY2(after.out.contains(line.section(u' ', 0, 0)), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestSettingsConcurrency)
#include "tst_settingsconcurrency.moc"
