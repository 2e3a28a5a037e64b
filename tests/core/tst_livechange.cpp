// Live change across processes: what another process changes (the CLI here) reaches this
// process's ProfileMonitor within half a second, settings by key and layer, layouts, agents and
// history by id, a restore and an import as changes too; and `hubstate-cli monitor --json`
// prints them line by line. CTest runs it twice: on a private session bus, and with none.
#include "clirunner.h"
#include "core/live/profilemonitor.h"
#include "testfiles.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Hubstate::Core;
using Hubstate::Tests::CliRun;
using Hubstate::Tests::runCli;

namespace {

constexpr int kWithin = 500; // ms, the promise

} // namespace

class TestLiveChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void transportIsWhatTheSessionOffers();
    void settingChangeArrives();
    void layoutImportAndRemovalArrive();
    void agentsAndHistoryArrive();
    void configImportAndRestoreArrive();
    void monitorPrintsOneJsonLinePerChange();

private:
    CliRun cli(const QStringList &arguments, const QByteArray &input = {})
    {
        return runCli(m_profile.root(), m_policy, arguments, {}, input);
    }
    // Waits for a change matching `wanted`, at most kWithin after the writer finished.
    bool arrives(const std::function<bool(const Change &)> &wanted, qint64 *took = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    Profile m_profile;
    QString m_policy;
    std::unique_ptr<ProfileMonitor> m_monitor;
    QList<Change> m_seen;
};

void TestLiveChange::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLiveChange::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = Profile::inDirectory(m_dir->filePath(QStringLiteral("profile")));
    m_policy = m_dir->filePath(QStringLiteral("no-policy.ini"));
    QCOMPARE(cli({QStringLiteral("check")}).exitCode, 0); // a profile with its templates
    m_monitor = std::make_unique<ProfileMonitor>(m_profile, m_policy);
    QVERIFY(m_monitor->start());
    m_seen.clear();
    connect(m_monitor.get(), &ProfileMonitor::changed, this,
            [this](const Change &change) { m_seen.append(change); });
}

void TestLiveChange::cleanup()
{
    m_monitor.reset();
}

bool TestLiveChange::arrives(const std::function<bool(const Change &)> &wanted, qint64 *took)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() <= kWithin) {
        for (const Change &change : std::as_const(m_seen)) {
            if (wanted(change)) {
                if (took)
                    *took = timer.elapsed();
                return true;
            }
        }
        QTest::qWait(5);
    }
    return false;
}

void TestLiveChange::transportIsWhatTheSessionOffers()
{
    const bool bus = !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
    QCOMPARE(m_monitor->transport().contains(QStringLiteral("session bus")), bus);
    qInfo("transport: %s", qPrintable(m_monitor->transport()));
}

void TestLiveChange::settingChangeArrives()
{
    for (const QString &mode : {QStringLiteral("dark"), QStringLiteral("light")}) {
        m_seen.clear();
        QCOMPARE(cli({QStringLiteral("config"), QStringLiteral("set"),
                      QStringLiteral("preferences.theme.mode"), mode})
                     .exitCode,
                 0);
        qint64 took = -1;
        QVERIFY2(arrives(
                     [](const Change &change) {
                         return change.kind == Change::Kind::Setting
                             && change.id == QLatin1String("preferences.theme.mode")
                             && change.layer == QLatin1String("user");
                     },
                     &took),
                 "the setting's change did not arrive within 500 ms");
        qInfo("setting arrived %lld ms after the CLI exited", took);
    }
    // Back to the layer below: told with that layer.
    m_seen.clear();
    QCOMPARE(cli({QStringLiteral("config"), QStringLiteral("reset"),
                  QStringLiteral("preferences.theme.mode")})
                 .exitCode,
             0);
    QVERIFY(arrives([](const Change &change) {
        return change.id == QLatin1String("preferences.theme.mode")
            && change.layer == QLatin1String("default");
    }));
}

void TestLiveChange::layoutImportAndRemovalArrive()
{
    const QString file = QStringLiteral(HUBSTATE_TEST_DATA "/layouts/custom-valid.json");
    const QString id = QJsonDocument::fromJson(Hubstate::Tests::readFile(file))
                           .object()
                           .value(QStringLiteral("id"))
                           .toString();
    QCOMPARE(cli({QStringLiteral("layout"), QStringLiteral("import"), file}).exitCode, 0);
    qint64 took = -1;
    QVERIFY2(arrives(
                 [&id](const Change &change) {
                     return change.kind == Change::Kind::Layout && change.id == id
                         && !change.removed;
                 },
                 &took),
             "the stored layout did not arrive within 500 ms");
    qInfo("layout arrived %lld ms after the CLI exited", took);
    // Only that layout: the templates did not change.
    for (const Change &change : std::as_const(m_seen))
        QVERIFY2(change.kind != Change::Kind::Layout || change.id == id, qPrintable(change.id));
}

void TestLiveChange::agentsAndHistoryArrive()
{
    const QByteArray line = "{\"conversationId\": \"live-1\", \"agentId\": \"scout\", \"role\": "
                            "\"user\", \"content\": \"hello\", \"timestamp\": "
                            "\"2026-12-01T10:00:00Z\"}\n";
    const QString history = m_dir->filePath(QStringLiteral("history.jsonl"));
    QVERIFY(Hubstate::Tests::writeFile(history, line));
    QCOMPARE(cli({QStringLiteral("history"), QStringLiteral("import"), history}).exitCode, 0);
    QVERIFY2(arrives([](const Change &change) {
                 return change.kind == Change::Kind::History
                     && change.id == QLatin1String("live-1");
             }),
             "the new conversation did not arrive within 500 ms");

    m_seen.clear();
    QCOMPARE(cli({QStringLiteral("dev"), QStringLiteral("generate-profile"),
                  QStringLiteral("--messages"), QStringLiteral("10"), QStringLiteral("--agents"),
                  QStringLiteral("2"), QStringLiteral("--layouts"), QStringLiteral("0")})
                 .exitCode,
             0);
    QVERIFY2(arrives([](const Change &change) { return change.kind == Change::Kind::Agent; }),
             "the new agents did not arrive within 500 ms");
}

void TestLiveChange::configImportAndRestoreArrive()
{
    // A backup of the profile as it is, then changes, then the restore: the changes undone
    // arrive as changes too.
    QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("create"),
                  QStringLiteral("--no-encrypt")})
                 .exitCode,
             0);
    const QString document = m_dir->filePath(QStringLiteral("config.json"));
    QVERIFY(Hubstate::Tests::writeFile(
        document, R"({"preferences": {"theme": {"mode": "dark"}}})"));
    const CliRun imported = cli({QStringLiteral("config"), QStringLiteral("import"), document});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(arrives([](const Change &change) {
                 return change.id == QLatin1String("preferences.theme.mode");
             }),
             "the imported setting did not arrive within 500 ms");

    const QString backup =
        QDir(m_profile.backupDirectory()).entryInfoList(QDir::Files).value(0).absoluteFilePath();
    QVERIFY(!backup.isEmpty());
    m_seen.clear();
    const CliRun restored = cli({QStringLiteral("backup"), QStringLiteral("restore"), backup});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QVERIFY2(arrives([](const Change &change) {
                 return change.id == QLatin1String("preferences.theme.mode")
                     && change.layer == QLatin1String("default");
             }),
             "the restored setting did not arrive within 500 ms");
    // The database file was put in place whole: read again as a whole.
    QVERIFY(arrives([](const Change &change) {
        return change.kind == Change::Kind::Reload && change.scope == QLatin1String("database");
    }));
}

void TestLiveChange::monitorPrintsOneJsonLinePerChange()
{
    QProcess monitor;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("HUBSTATE_POLICY_FILE"));
    monitor.setProcessEnvironment(environment);
    monitor.start(QStringLiteral(HUBSTATE_CLI_BINARY),
                  {QStringLiteral("--profile"), m_profile.root(), QStringLiteral("--json"),
                   QStringLiteral("monitor")});
    QVERIFY(monitor.waitForStarted());
    // It says it watches (on stderr) once its first reading is done.
    QByteArray said;
    QTRY_VERIFY2_WITH_TIMEOUT((said += monitor.readAllStandardError()).contains("Watching"),
                              said.constData(), 5000);

    QCOMPARE(cli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("agents.timeout"),
                  QStringLiteral("4321")})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("layout"), QStringLiteral("import"),
                  QStringLiteral(HUBSTATE_TEST_DATA "/layouts/custom-valid.json")})
                 .exitCode,
             0);
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += monitor.readAllStandardOutput()).count('\n') >= 2, 2000);
    monitor.terminate();
    QVERIFY(monitor.waitForFinished(5000));
    QCOMPARE(monitor.exitCode(), 0);
    out += monitor.readAllStandardOutput();

    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QJsonParseError error;
    const QJsonObject setting = QJsonDocument::fromJson(lines.at(0), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(setting,
             (QJsonObject{{QStringLiteral("kind"), QStringLiteral("setting")},
                          {QStringLiteral("key"), QStringLiteral("agents.timeout")},
                          {QStringLiteral("value"), QStringLiteral("4321")},
                          {QStringLiteral("layer"), QStringLiteral("user")}}));
    const QJsonObject layout = QJsonDocument::fromJson(lines.at(1), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(layout.value(QStringLiteral("kind")).toString(), QStringLiteral("layout"));
    QCOMPARE(layout.value(QStringLiteral("removed")).toBool(true), false);
    QVERIFY(!layout.value(QStringLiteral("id")).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestLiveChange)
#include "tst_livechange.moc"
