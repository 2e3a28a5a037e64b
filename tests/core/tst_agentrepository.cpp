// Agent configurations: bounded by the agents.* rules, and holding a secret's name only.
#include "core/state/agentrepository.h"
#include "core/state/statedatabase.h"
#include "statetestsupport.h"

using namespace Hubstate::Core;
using namespace Hubstate::Tests;

Q_DECLARE_METATYPE(AgentConfig)

namespace {
AgentConfig valid()
{
    AgentConfig agent;
    agent.id = QStringLiteral("scout");
    agent.name = QStringLiteral("Scout");
    agent.kind = QStringLiteral("openai");
    agent.endpoint = QStringLiteral("https://agents.example/v1");
    agent.model = QStringLiteral("model-1");
    agent.secretName = QStringLiteral("scout.apiKey");
    return agent;
}
} // namespace

class TestAgentRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void saveListRemove();
    void maxAgentsIsEnforced();
};

void TestAgentRepository::rules_data()
{
    QTest::addColumn<AgentConfig>("agent");
    QTest::addColumn<QString>("expected");
    QTest::newRow("valid") << valid() << "";
    AgentConfig a = valid();
    a.timeoutMs = 999;
    QTest::newRow("timeout below") << a << "timeout: is below minimum value of 1000 (value: 999)";
    a = valid();
    a.timeoutMs = 300001;
    QTest::newRow("timeout above")
        << a << "timeout: exceeds maximum value of 300000 (value: 300001)";
    a = valid();
    a.timeoutMs = 1000;
    QTest::newRow("timeout at minimum") << a << "";
    a = valid();
    a.retryAttempts = -1;
    QTest::newRow("retries negative")
        << a << "retryAttempts: is below minimum value of 0 (value: -1)";
    a = valid();
    a.retryAttempts = 11;
    QTest::newRow("retries above") << a << "retryAttempts: exceeds maximum value of 10 (value: 11)";
    a = valid();
    a.endpoint = QStringLiteral("http://agents.example/v1");
    QTest::newRow("plain http") << a << "endpoint: must use https while security.requireTls is on";
    a = valid();
    a.endpoint = QStringLiteral("ftp://agents.example");
    QTest::newRow("not http") << a << "endpoint: must be an http or https address";
    a = valid();
    a.endpoint = QStringLiteral("https://user:sk-secret@agents.example/v1");
    QTest::newRow("credentials in endpoint") << a << "endpoint: must not carry credentials";
    a = valid();
    a.secretName = QStringLiteral("sk-live 1234 5678");
    QTest::newRow("secret instead of name") << a << "secretName: must name a secret";
    a = valid();
    a.id = QStringLiteral("has space");
    QTest::newRow("bad id") << a << "id: must be 1 to 64 letters";
}

void TestAgentRepository::rules()
{
    QFETCH(AgentConfig, agent);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    StateDatabase database;
    QVERIFY(database.open(dir.filePath(QStringLiteral("hubstate.db"))));
    const Violations problems = AgentRepository(database).check(agent);
    if (expected.isEmpty()) {
        QVERIFY(problems.isEmpty());
        return;
    }
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems.first().toString().startsWith(expected),
             qPrintable(problems.first().toString()));
}

void TestAgentRepository::saveListRemove()
{
    QTemporaryDir dir;
    StateDatabase database;
    QVERIFY(database.open(dir.filePath(QStringLiteral("hubstate.db"))));
    AgentRepository agents(database);
    QVERIFY(agents.save(valid()));
    AgentConfig changed = valid();
    changed.enabled = false;
    changed.retryAttempts = 0;
    QVERIFY(agents.save(changed));
    Result<QList<AgentConfig>> list = agents.list();
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first(), changed);
    AgentConfig bad = valid();
    bad.timeoutMs = 5;
    QVERIFY(!agents.save(bad));
    QCOMPARE(agents.find(QStringLiteral("scout"))->value(), changed);
    QVERIFY(agents.remove(QStringLiteral("scout")));
    QVERIFY(agents.list()->isEmpty());
}

void TestAgentRepository::maxAgentsIsEnforced()
{
    QTemporaryDir dir;
    StateDatabase database;
    QVERIFY(database.open(dir.filePath(QStringLiteral("hubstate.db"))));
    AgentRepository agents(database, AgentRules{2, true});
    for (const char *id : {"a1", "a2"}) {
        AgentConfig agent = valid();
        agent.id = QLatin1String(id);
        QVERIFY(agents.save(agent));
    }
    AgentConfig third = valid();
    third.id = QStringLiteral("a3");
    const Status refused = agents.save(third);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("at most 2 agents")));
    AgentConfig again = valid();
    again.id = QStringLiteral("a2"); // changing an existing one is fine
    QVERIFY(agents.save(again));
}

QTEST_GUILESS_MAIN(TestAgentRepository)
#include "tst_agentrepository.moc"
