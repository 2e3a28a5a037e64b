// Two processes on one profile: this one holds a Client; hubstate-cli, or this program again as
// a second Client, writes in a child process. Each change must reach this Client's signals
// within 500 ms of the child's exit, with a session bus (run under dbus-run-session) and
// without one (file watching alone). The child that writes through a Client also shows that
// the library announces its writes and sends them off before its process ends.
#include "../core/clirunner.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <hubstate/hubstate.h>

namespace {

constexpr qint64 kWithin = 500; // ms, from the writer's exit

// The writer mode: `tst_clientlive --write PROFILE WHAT ARGS...` makes one change through a
// Client and exits.
int write(const QStringList &arguments)
{
    Hubstate::Client client;
    if (const Hubstate::Status opened = client.open(arguments.value(0)); !opened) {
        qCritical("%s", qPrintable(opened.error().message));
        return 1;
    }
    const QString what = arguments.value(1);
    Hubstate::Status done =
        Hubstate::Error{Hubstate::ErrorCode::Invalid, QStringLiteral("unknown change ") + what, {}};
    if (what == QLatin1String("agent")) {
        Hubstate::Agent agent;
        agent.id = arguments.value(2);
        agent.name = arguments.value(3);
        agent.kind = QStringLiteral("local");
        agent.endpoint = QStringLiteral("https://agents.example.org/") + agent.id;
        agent.model = QStringLiteral("small");
        done = client.saveAgent(agent);
    } else if (what == QLatin1String("remove-agent")) {
        done = client.removeAgent(arguments.value(2));
    } else if (what == QLatin1String("message")) {
        const Hubstate::Result<qint64> added = client.appendMessage(
            {arguments.value(2), QStringLiteral("scout"), QStringLiteral("user"),
             arguments.value(3), QDateTime::currentDateTimeUtc()});
        if (!added)
            done = added.error();
        else
            done = {};
    } else if (what == QLatin1String("setting")) {
        done = client.setSettingText(arguments.value(2), arguments.value(3));
    }
    if (!done) {
        qCritical("%s", qPrintable(done.error().message));
        return 1;
    }
    return 0; // ~Client sends the announcement off before the process ends
}

} // namespace

// A failure inside the helper ends the test function too.
#define RUN_AND_WAIT(...)                                                                          \
    do {                                                                                           \
        runAndWait(__VA_ARGS__);                                                                   \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

class TestClientLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void settingSetByTheCli();
    void layoutImportedByTheCli();
    void historyImportedByTheCli();
    void agentsSavedAndRemovedByAnotherClient();
    void messageAndSettingFromAnotherClient();
    void restoreByTheCliIsReadAgain();

private:
    // Runs the child, then waits until `arrived` holds; fails unless that took at most
    // kWithin after the child's exit. `arrivedAt` is set by the signal's handler.
    void runAndWait(const QString &program, const QStringList &arguments, const char *what);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_profile;
    std::unique_ptr<Hubstate::Client> m_client;
    QElapsedTimer m_clock;
    qint64 m_arrivedAt = -1;
};

void TestClientLive::initTestCase()
{
    const bool expectBus = qEnvironmentVariable("HUBSTATE_TEST_BUS") == QLatin1String("yes");
    QCOMPARE(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), expectBus);
    qInfo("session bus: %s", expectBus ? "yes" : "no (file watching alone)");
    qunsetenv("HUBSTATE_POLICY_FILE");
}

void TestClientLive::init()
{
    m_client.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = m_dir->filePath(QStringLiteral("profile"));
    m_client = std::make_unique<Hubstate::Client>();
    const Hubstate::Status opened = m_client->open(m_profile);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    m_clock.start();
    m_arrivedAt = -1;
}

void TestClientLive::cleanup()
{
    m_client.reset();
}

void TestClientLive::runAndWait(const QString &program, const QStringList &arguments,
                                const char *what)
{
    m_arrivedAt = -1;
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("HUBSTATE_PROFILE"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    qint64 exitedAt = -1;
    connect(&child, &QProcess::finished, this, [&] { exitedAt = m_clock.elapsed(); });
    child.start(program, arguments);
    // The event loop runs meanwhile, as it does in the hub.
    QTRY_VERIFY_WITH_TIMEOUT(exitedAt >= 0, 60000);
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QVERIFY2(child.exitCode() == 0, qPrintable(QString::fromUtf8(child.readAllStandardOutput())));
    QTRY_VERIFY_WITH_TIMEOUT(m_arrivedAt >= 0, kWithin);
    const qint64 latency = std::max<qint64>(0, m_arrivedAt - exitedAt);
    qInfo("%s: the signal arrived %lld ms after the writer exited", what, latency);
    QVERIFY2(latency <= kWithin, what);
}

void TestClientLive::settingSetByTheCli()
{
    const QString key = QStringLiteral("preferences.theme.mode");
    QString seenValue;
    QString seenLayer;
    connect(m_client.get(), &Hubstate::Client::settingChanged, this,
            [&](const QString &changed, const QString &layer) {
                if (changed != key)
                    return;
                // By the time the signal arrives the client reads the new value.
                seenValue = m_client->settingText(key).valueOr({});
                seenLayer = layer;
                m_arrivedAt = m_clock.elapsed();
            });
    RUN_AND_WAIT(QStringLiteral(HUBSTATE_CLI_BINARY),
                 {QStringLiteral("--profile"), m_profile, QStringLiteral("config"),
                  QStringLiteral("set"), key, QStringLiteral("dark")},
                 "config set");
    QCOMPARE(seenValue, QStringLiteral("dark"));
    QCOMPARE(seenLayer, QStringLiteral("user"));

    // And back to the default: the layer says so.
    RUN_AND_WAIT(QStringLiteral(HUBSTATE_CLI_BINARY),
                 {QStringLiteral("--profile"), m_profile, QStringLiteral("config"),
                  QStringLiteral("reset"), key},
                 "config reset");
    QCOMPARE(seenValue, QStringLiteral("auto"));
    QCOMPARE(seenLayer, QStringLiteral("default"));
}

void TestClientLive::layoutImportedByTheCli()
{
    const QString id = QStringLiteral("3b0f8c52-6a1d-4f7e-9c21-5d8e7a6b4c30");
    QString seenName;
    bool seenRemoved = true;
    connect(m_client.get(), &Hubstate::Client::layoutChanged, this,
            [&](const QString &changed, bool removed) {
                if (changed != id)
                    return;
                seenRemoved = removed;
                seenName =
                    m_client->layout(id).valueOr({}).value(QStringLiteral("name")).toString();
                m_arrivedAt = m_clock.elapsed();
            });
    RUN_AND_WAIT(QStringLiteral(HUBSTATE_CLI_BINARY),
                 {QStringLiteral("--profile"), m_profile, QStringLiteral("layout"),
                  QStringLiteral("import"),
                  QStringLiteral(HUBSTATE_TEST_DATA "/layouts/custom-valid.json")},
                 "layout import");
    QVERIFY(!seenRemoved);
    QCOMPARE(seenName, QStringLiteral("Wide left, two stacked"));
}

void TestClientLive::historyImportedByTheCli()
{
    const QString lines = m_dir->filePath(QStringLiteral("history.jsonl"));
    QFile file(lines);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(R"({"conversationId":"c-cli","agentId":"scout","role":"user",)"
                       R"("content":"Where is the zeppelin?","timestamp":"2026-01-01T10:00:00Z"})"
                       "\n")
            > 0);
    file.close();
    QString seen;
    connect(m_client.get(), &Hubstate::Client::historyChanged, this,
            [&](const QString &conversation) {
                seen = conversation;
                m_arrivedAt = m_clock.elapsed();
            });
    RUN_AND_WAIT(QStringLiteral(HUBSTATE_CLI_BINARY),
                 {QStringLiteral("--profile"), m_profile, QStringLiteral("history"),
                  QStringLiteral("import"), lines},
                 "history import");
    QCOMPARE(seen, QStringLiteral("c-cli"));
    QCOMPARE(m_client->searchHistory(QStringLiteral("zeppelin"))->size(), 1);
}

void TestClientLive::agentsSavedAndRemovedByAnotherClient()
{
    QString seenId;
    bool seenRemoved = true;
    QString seenName;
    connect(m_client.get(), &Hubstate::Client::agentChanged, this,
            [&](const QString &id, bool removed) {
                seenId = id;
                seenRemoved = removed;
                seenName = m_client->agent(id).valueOr({}).name;
                m_arrivedAt = m_clock.elapsed();
            });
    const QString self = QCoreApplication::applicationFilePath();
    RUN_AND_WAIT(self,
                 {QStringLiteral("--write"), m_profile, QStringLiteral("agent"),
                  QStringLiteral("scout"), QStringLiteral("Scout")},
                 "agent saved by another client");
    QCOMPARE(seenId, QStringLiteral("scout"));
    QVERIFY(!seenRemoved);
    QCOMPARE(seenName, QStringLiteral("Scout"));

    RUN_AND_WAIT(self,
                 {QStringLiteral("--write"), m_profile, QStringLiteral("remove-agent"),
                  QStringLiteral("scout")},
                 "agent removed by another client");
    QCOMPARE(seenId, QStringLiteral("scout"));
    QVERIFY(seenRemoved);
    QVERIFY(seenName.isEmpty());
}

void TestClientLive::messageAndSettingFromAnotherClient()
{
    QString seenConversation;
    QString seenKey;
    connect(m_client.get(), &Hubstate::Client::historyChanged, this,
            [&](const QString &conversation) {
                seenConversation = conversation;
                m_arrivedAt = m_clock.elapsed();
            });
    connect(m_client.get(), &Hubstate::Client::settingChanged, this, [&](const QString &key) {
        seenKey = key;
        m_arrivedAt = m_clock.elapsed();
    });
    const QString self = QCoreApplication::applicationFilePath();
    RUN_AND_WAIT(self,
                 {QStringLiteral("--write"), m_profile, QStringLiteral("message"),
                  QStringLiteral("hub-pane-1"), QStringLiteral("Hello from the hub")},
                 "message appended by another client");
    QCOMPARE(seenConversation, QStringLiteral("hub-pane-1"));
    RUN_AND_WAIT(self,
                 {QStringLiteral("--write"), m_profile, QStringLiteral("setting"),
                  QStringLiteral("preferences.theme.accentColor"), QStringLiteral("#ff8800")},
                 "setting set by another client");
    QCOMPARE(seenKey, QStringLiteral("preferences.theme.accentColor"));
    QCOMPARE(*m_client->settingText(QStringLiteral("preferences.theme.accentColor")),
             QStringLiteral("#ff8800"));
}

void TestClientLive::restoreByTheCliIsReadAgain()
{
    Hubstate::Agent agent;
    agent.id = QStringLiteral("scout");
    agent.name = QStringLiteral("Scout");
    agent.kind = QStringLiteral("local");
    agent.endpoint = QStringLiteral("https://agents.example.org/scout");
    agent.model = QStringLiteral("small");
    QVERIFY(m_client->saveAgent(agent));
    const Hubstate::Tests::CliRun backup =
        Hubstate::Tests::runCli(m_profile, {},
                                {QStringLiteral("--json"), QStringLiteral("backup"),
                                 QStringLiteral("create"), QStringLiteral("--no-encrypt")});
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
    const QString file = QJsonDocument::fromJson(backup.out.toUtf8())
                             .object()
                             .value(QStringLiteral("location"))
                             .toString();
    QVERIFY2(QFileInfo::exists(file), qPrintable(backup.out));
    agent.id = QStringLiteral("late");
    agent.name = QStringLiteral("Late");
    QVERIFY(m_client->saveAgent(agent));
    QCOMPARE(m_client->agents()->size(), 2);
    QTest::qWait(2 * 200); // this client's own changes have been told

    // The restore puts another database file in place: the client reads that one from now on.
    QString scope;
    QStringList agentsThen;
    connect(m_client.get(), &Hubstate::Client::reloaded, this, [&](const QString &reloaded) {
        scope = reloaded;
        for (const Hubstate::Agent &restored : m_client->agents().valueOr({}))
            agentsThen.append(restored.id);
        m_arrivedAt = m_clock.elapsed();
    });
    RUN_AND_WAIT(QStringLiteral(HUBSTATE_CLI_BINARY),
                 {QStringLiteral("--profile"), m_profile, QStringLiteral("backup"),
                  QStringLiteral("restore"), file},
                 "restore");
    QCOMPARE(scope, QStringLiteral("database"));
    QCOMPARE(agentsThen, QStringList{QStringLiteral("scout")});
    // And it writes to the restored file, where every other process reads.
    agent.id = QStringLiteral("after");
    QVERIFY(m_client->saveAgent(agent));
    Hubstate::Client fresh;
    QVERIFY(fresh.open(m_profile));
    QCOMPARE(fresh.agents()->size(), 2);
    QVERIFY(fresh.agent(QStringLiteral("after")));
    const Hubstate::Tests::CliRun check =
        Hubstate::Tests::runCli(m_profile, {}, {QStringLiteral("check")});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
}

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.value(1) == QLatin1String("--write"))
        return write(arguments.mid(2));
    TestClientLive test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_clientlive.moc"
