// libhubstate's Client as a program of the hub uses it: settings with their rules, layers and
// the administrator's locks; layouts as `layout export` prints them; agents; history; secrets
// (with a real keychain, or none). Links only the shared library, as the hub does.
#include "../core/clirunner.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <hubstate/hubstate.h>

using Hubstate::Tests::runCli;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(contents) == contents.size();
}

QJsonObject customLayout()
{
    return QJsonDocument::fromJson(
               readAll(QStringLiteral(HUBSTATE_TEST_DATA "/layouts/custom-valid.json")))
        .object();
}

Hubstate::Agent scout()
{
    Hubstate::Agent agent;
    agent.id = QStringLiteral("scout");
    agent.name = QStringLiteral("Scout");
    agent.kind = QStringLiteral("openai");
    agent.endpoint = QStringLiteral("https://api.example.org/v1");
    agent.model = QStringLiteral("gpt-test");
    agent.secretName = QStringLiteral("agent.scout.apiKey");
    return agent;
}

} // namespace

// QVERIFY2's message for a Result or Status (a macro: the text lives until the check is done).
#define WHY(result) ((result) ? "" : qPrintable((result).error().message))

class TestClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void nothingWorksBeforeOpen();
    void openGivesTheTemplatesAndTheDefaultLayout();
    void aDamagedSettingsFileIsLeftToRecovery();
    void settingsHaveTheRulesLayersAndLocksOfTheCli();
    void unknownSettingsAreNotFound();
    void layoutsAreTheDocumentsTheCliExports();
    void layoutsAreCheckedAsImportChecksThem();
    void agentsFollowTheRulesOfTheAgentsPage();
    void historyAppendsAndSearches();
    void thisClientsOwnWritesAreSignalledToo();
    void secretsLiveInTheKeychain();
    void secretsWithoutAKeychainFailClearly();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_profile;
    QString m_policy;
    std::unique_ptr<Hubstate::Client> m_client;
};

void TestClient::init()
{
    m_client.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = m_dir->filePath(QStringLiteral("profile"));
    // The administrator locks high contrast on and sets a default accent colour.
    m_policy = m_dir->filePath(QStringLiteral("policy.ini"));
    QVERIFY(writeFile(m_policy,
                      "[meta]\nexplanation=Managed by IT\n"
                      "[defaults]\npreferences.theme.accentColor=#112233\n"
                      "[locked]\npreferences.theme.highContrast=true\n"));
    qputenv("HUBSTATE_POLICY_FILE", m_policy.toLocal8Bit());
    m_client = std::make_unique<Hubstate::Client>();
    const Hubstate::Status opened = m_client->open(m_profile);
    QVERIFY2(opened, WHY(opened));
}

void TestClient::cleanup()
{
    m_client.reset();
    qunsetenv("HUBSTATE_POLICY_FILE");
}

void TestClient::nothingWorksBeforeOpen()
{
    Hubstate::Client closed;
    QVERIFY(!closed.isOpen());
    QVERIFY(closed.defaultLayoutId().isEmpty());
    const Hubstate::Result<QString> mode =
        closed.settingText(QStringLiteral("preferences.theme.mode"));
    QVERIFY(!mode);
    QCOMPARE(mode.error().code, Hubstate::ErrorCode::Failed);
    QVERIFY(!mode.error().message.isEmpty());
    QVERIFY(!closed.saveAgent(scout()));
    // What needs no profile works.
    QCOMPARE(Hubstate::Client::settingKeys(QStringLiteral("preferences.theme")).size(), 5);
    QCOMPARE(Hubstate::Client::libraryVersion(), QStringLiteral(HUBSTATE_VERSION_STRING));
}

void TestClient::openGivesTheTemplatesAndTheDefaultLayout()
{
    QVERIFY(m_client->isOpen());
    QCOMPARE(m_client->profileDirectory(), m_profile);
    const Hubstate::Result<QList<Hubstate::LayoutSummary>> layouts = m_client->layouts();
    QVERIFY2(layouts, WHY(layouts));
    QCOMPARE(layouts->size(), 4);
    // preferences.layout.defaultLayout is "single", the template's name.
    QCOMPARE(m_client->defaultLayoutId(), QStringLiteral("00000000-0000-4000-8000-000000000001"));
    const Hubstate::Result<QJsonObject> single = m_client->layout(m_client->defaultLayoutId());
    QVERIFY2(single, WHY(single));
    QCOMPARE(single->value(QStringLiteral("type")).toString(), QStringLiteral("single"));
}

void TestClient::aDamagedSettingsFileIsLeftToRecovery()
{
    QVERIFY(
        m_client->setSettingText(QStringLiteral("preferences.theme.mode"), QStringLiteral("dark")));
    m_client.reset();
    // Cut short, as a full disk or a crash leaves it: no client may move it aside or write it.
    const QString settings = m_profile + QStringLiteral("/config/hubstate.ini");
    QByteArray contents = readAll(settings);
    QVERIFY(contents.size() > 10);
    contents.chop(5);
    QVERIFY(writeFile(settings, contents));
    const QDir folder(m_profile + QStringLiteral("/config"));
    const QStringList files = folder.entryList(QDir::Files);
    Hubstate::Client client;
    const Hubstate::Status opened = client.open(m_profile);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, Hubstate::ErrorCode::Damaged);
    QVERIFY2(opened.error().message.contains(QStringLiteral("hubstate-cli recover")), WHY(opened));
    QVERIFY(!client.isOpen());
    QCOMPARE(readAll(settings), contents);
    QCOMPARE(folder.entryList(QDir::Files), files); // nothing moved aside
}

void TestClient::settingsHaveTheRulesLayersAndLocksOfTheCli()
{
    const QString mode = QStringLiteral("preferences.theme.mode");
    QCOMPARE(*m_client->settingText(mode), QStringLiteral("auto"));
    QCOMPARE(m_client->settingInfo(mode)->layer, QStringLiteral("default"));

    QVERIFY(m_client->setSettingText(mode, QStringLiteral("dark")));
    QCOMPARE(*m_client->setting(mode), QVariant(QStringLiteral("dark")));
    QCOMPARE(m_client->settingInfo(mode)->layer, QStringLiteral("user"));
    // Stored where the CLI reads it.
    const Hubstate::Tests::CliRun got =
        runCli(m_profile, m_policy, {QStringLiteral("config"), QStringLiteral("get"), mode});
    QCOMPARE(got.exitCode, 0);
    QCOMPARE(got.out.trimmed(), QStringLiteral("dark"));

    // Typed values, checked against the schema's rules; nothing is clamped.
    QVERIFY(m_client->setSetting(QStringLiteral("limits.maxAgents"), qint64(70)));
    QCOMPARE(m_client->setting(QStringLiteral("limits.maxAgents"))->toLongLong(), 70);
    const Hubstate::Status tooMany =
        m_client->setSetting(QStringLiteral("limits.maxAgents"), qint64(500));
    QVERIFY(!tooMany);
    QCOMPARE(tooMany.error().code, Hubstate::ErrorCode::Invalid);
    QVERIFY2(tooMany.error().message.contains(QStringLiteral("exceeds maximum value of 100")),
             WHY(tooMany));
    QCOMPARE(m_client->setting(QStringLiteral("limits.maxAgents"))->toLongLong(), 70);
    const Hubstate::Status badChoice = m_client->setSettingText(
        QStringLiteral("preferences.theme.fontSize"), QStringLiteral("huge"));
    QVERIFY(!badChoice);
    QCOMPARE(badChoice.error().code, Hubstate::ErrorCode::Invalid);
    QVERIFY2(badChoice.error().message.contains(QStringLiteral("small, medium, large")),
             WHY(badChoice));
    const Hubstate::Status wrongType = m_client->setSetting(
        QStringLiteral("preferences.theme.reducedMotion"), QStringLiteral("yes"));
    QCOMPARE(wrongType.error().code, Hubstate::ErrorCode::Invalid);

    // The administrator's default and lock.
    const Hubstate::Result<Hubstate::SettingInfo> accent =
        m_client->settingInfo(QStringLiteral("preferences.theme.accentColor"));
    QCOMPARE(accent->text, QStringLiteral("#112233"));
    QCOMPARE(accent->layer, QStringLiteral("adminDefault"));
    QCOMPARE(accent->defaultValue, QVariant(QStringLiteral("#3daee9")));
    const QString contrast = QStringLiteral("preferences.theme.highContrast");
    const Hubstate::Status locked = m_client->setSetting(contrast, false);
    QVERIFY(!locked);
    QCOMPARE(locked.error().code, Hubstate::ErrorCode::Locked);
    QVERIFY2(locked.error().message.contains(m_policy), WHY(locked));
    QVERIFY2(locked.error().message.contains(QStringLiteral("Managed by IT")), WHY(locked));
    QCOMPARE(m_client->resetSetting(contrast).error().code, Hubstate::ErrorCode::Locked);
    QCOMPARE(*m_client->setting(contrast), QVariant(true));
    QVERIFY(m_client->settingInfo(contrast)->locked);
    QCOMPARE(m_client->settingInfo(contrast)->layer, QStringLiteral("adminLock"));

    QVERIFY(m_client->resetSetting(mode));
    QCOMPARE(*m_client->settingText(mode), QStringLiteral("auto"));
    QCOMPARE(m_client->settingInfo(mode)->layer, QStringLiteral("default"));
}

void TestClient::unknownSettingsAreNotFound()
{
    const QString key = QStringLiteral("preferences.theme.sparkles");
    QCOMPARE(m_client->setting(key).error().code, Hubstate::ErrorCode::NotFound);
    QCOMPARE(m_client->settingInfo(key).error().code, Hubstate::ErrorCode::NotFound);
    const Hubstate::Status refused = m_client->setSettingText(key, QStringLiteral("on"));
    QCOMPARE(refused.error().code, Hubstate::ErrorCode::NotFound);
    QVERIFY2(refused.error().message.contains(key), WHY(refused));
    QVERIFY(!Hubstate::Client::settingKeys().contains(key));
    QVERIFY(Hubstate::Client::settingKeys().contains(QStringLiteral("preferences.theme.mode")));
}

void TestClient::layoutsAreTheDocumentsTheCliExports()
{
    const QJsonObject document = customLayout();
    const Hubstate::Result<QString> saved = m_client->saveLayout(document);
    QVERIFY2(saved, WHY(saved));
    QCOMPARE(*saved, QStringLiteral("3b0f8c52-6a1d-4f7e-9c21-5d8e7a6b4c30"));

    const Hubstate::Result<QJsonObject> stored = m_client->layout(*saved);
    QVERIFY2(stored, WHY(stored));
    const Hubstate::Tests::CliRun exported =
        runCli(m_profile, m_policy, {QStringLiteral("layout"), QStringLiteral("export"), *saved});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(*stored, QJsonDocument::fromJson(exported.out.toUtf8()).object());
    QCOMPARE(stored->value(QStringLiteral("name")).toString(),
             QStringLiteral("Wide left, two stacked"));

    // Saved again under the same id: replaced, not added.
    QJsonObject renamed = *stored;
    renamed.insert(QStringLiteral("name"), QStringLiteral("Renamed"));
    QVERIFY(m_client->saveLayout(renamed));
    QCOMPARE(m_client->layouts()->size(), 5);
    QCOMPARE(m_client->layout(*saved)->value(QStringLiteral("name")).toString(),
             QStringLiteral("Renamed"));

    QVERIFY(m_client->removeLayout(*saved));
    QCOMPARE(m_client->layout(*saved).error().code, Hubstate::ErrorCode::NotFound);
    QCOMPARE(m_client->removeLayout(*saved).error().code, Hubstate::ErrorCode::NotFound);
    QCOMPARE(m_client->layouts()->size(), 4);
}

void TestClient::layoutsAreCheckedAsImportChecksThem()
{
    const QJsonObject overlapping =
        QJsonDocument::fromJson(
            readAll(QStringLiteral(HUBSTATE_TEST_DATA "/layouts/overlap-gap.json")))
            .object();
    const Hubstate::Result<QString> refused = m_client->saveLayout(overlapping);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Hubstate::ErrorCode::Invalid);
    QVERIFY2(refused.error().message.contains(QStringLiteral("panes[")), WHY(refused));

    // What the import would only warn of (and drop) is refused: the program sees no warning.
    QJsonObject extra = customLayout();
    extra.insert(QStringLiteral("colour"), QStringLiteral("blue"));
    const Hubstate::Result<QString> unknown = m_client->saveLayout(extra);
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().message.contains(QStringLiteral("colour")), WHY(unknown));

    // The rules follow the settings: limits.maxLayouts counts the four templates.
    QVERIFY(m_client->setSetting(QStringLiteral("limits.maxLayouts"), qint64(4)));
    const Hubstate::Result<QString> full = m_client->saveLayout(customLayout());
    QVERIFY(!full);
    QCOMPARE(full.error().code, Hubstate::ErrorCode::Invalid);
    QVERIFY2(full.error().message.contains(QStringLiteral("limits.maxLayouts")), WHY(full));
    QCOMPARE(m_client->layouts()->size(), 4);
}

void TestClient::agentsFollowTheRulesOfTheAgentsPage()
{
    QVERIFY(m_client->agents()->isEmpty());
    QVERIFY(m_client->saveAgent(scout()));
    QCOMPARE(*m_client->agent(QStringLiteral("scout")), scout());
    QCOMPARE(m_client->agents()->size(), 1);

    Hubstate::Agent plain = scout();
    plain.id = QStringLiteral("plain");
    plain.endpoint = QStringLiteral("http://localhost:8080/v1");
    const Hubstate::Status refused = m_client->saveAgent(plain);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Hubstate::ErrorCode::Invalid);
    QVERIFY2(refused.error().message.contains(QStringLiteral("security.requireTls")), WHY(refused));
    QVERIFY(m_client->setSetting(QStringLiteral("security.requireTls"), false));
    const Hubstate::Status allowed = m_client->saveAgent(plain);
    QVERIFY2(allowed, WHY(allowed));

    // Replaced under its id; then gone.
    Hubstate::Agent renamed = scout();
    renamed.name = QStringLiteral("Scout 2");
    renamed.timeoutMs = 60000;
    QVERIFY(m_client->saveAgent(renamed));
    QCOMPARE(*m_client->agent(QStringLiteral("scout")), renamed);
    Hubstate::Agent slow = scout();
    slow.timeoutMs = 900000;
    QCOMPARE(m_client->saveAgent(slow).error().code, Hubstate::ErrorCode::Invalid);

    QVERIFY(m_client->setSetting(QStringLiteral("agents.maxAgents"), qint64(2)));
    Hubstate::Agent third = scout();
    third.id = QStringLiteral("third");
    const Hubstate::Status tooMany = m_client->saveAgent(third);
    QVERIFY2(tooMany.error().message.contains(QStringLiteral("agents.maxAgents")), WHY(tooMany));

    QVERIFY(m_client->removeAgent(QStringLiteral("plain")));
    QCOMPARE(m_client->agent(QStringLiteral("plain")).error().code, Hubstate::ErrorCode::NotFound);
    QCOMPARE(m_client->removeAgent(QStringLiteral("plain")).error().code,
             Hubstate::ErrorCode::NotFound);
    QCOMPARE(m_client->agents()->size(), 1);
}

void TestClient::historyAppendsAndSearches()
{
    const QDateTime noon(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    Hubstate::HistoryMessage question{QStringLiteral("hub-1"), QStringLiteral("scout"),
                                      QStringLiteral("user"),
                                      QStringLiteral("Where is the zeppelin?"), noon};
    const Hubstate::Result<qint64> first = m_client->appendMessage(question);
    QVERIFY2(first, WHY(first));
    Hubstate::HistoryMessage answer = question;
    answer.role = QStringLiteral("assistant");
    answer.content = QStringLiteral("Over the fjord, drifting north.");
    answer.timestamp = noon.addSecs(5);
    const Hubstate::Result<qint64> second = m_client->appendMessage(answer);
    QVERIFY2(second, WHY(second));
    QVERIFY(*second > *first);
    QCOMPARE(*m_client->appendMessage(question), *first); // a retry stores nothing twice

    const Hubstate::Result<QList<Hubstate::HistoryHit>> hits =
        m_client->searchHistory(QStringLiteral("fjord"));
    QVERIFY2(hits, WHY(hits));
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().message.id, *second);
    QCOMPARE(hits->first().message.agentId, QStringLiteral("scout"));
    QCOMPARE(hits->first().message.conversationId, QStringLiteral("hub-1"));
    QCOMPARE(hits->first().message.timestamp, noon.addSecs(5));
    QVERIFY2(hits->first().snippet.contains(QStringLiteral("[fjord]")),
             qPrintable(hits->first().snippet));
    // The CLI's search finds it too.
    const Hubstate::Tests::CliRun search =
        runCli(m_profile, m_policy,
               {QStringLiteral("history"), QStringLiteral("search"), QStringLiteral("zeppelin")});
    QCOMPARE(search.exitCode, 0);
    QVERIFY2(search.out.contains(QStringLiteral("Where is the [zeppelin]?")),
             qPrintable(search.out));

    Hubstate::HistoryMessage narrator = question;
    narrator.role = QStringLiteral("narrator");
    QCOMPARE(m_client->appendMessage(narrator).error().code, Hubstate::ErrorCode::Invalid);
    Hubstate::HistoryMessage stranger = question;
    stranger.agentId = QStringLiteral("writer");
    const Hubstate::Result<qint64> refused = m_client->appendMessage(stranger);
    QCOMPARE(refused.error().code, Hubstate::ErrorCode::Invalid);
    QVERIFY2(refused.error().message.contains(QStringLiteral("belongs to agent scout")),
             WHY(refused));
    QCOMPARE(m_client->searchHistory(QStringLiteral("  ")).error().code,
             Hubstate::ErrorCode::Invalid);
}

void TestClient::thisClientsOwnWritesAreSignalledToo()
{
    // Every change reaches the signals, whoever made it: a program need not repeat its own.
    QSignalSpy settings(m_client.get(), &Hubstate::Client::settingChanged);
    QSignalSpy agents(m_client.get(), &Hubstate::Client::agentChanged);
    QSignalSpy layouts(m_client.get(), &Hubstate::Client::layoutChanged);
    QSignalSpy history(m_client.get(), &Hubstate::Client::historyChanged);
    QVERIFY(m_client->setSettingText(QStringLiteral("preferences.theme.fontSize"),
                                     QStringLiteral("large")));
    QVERIFY(m_client->saveAgent(scout()));
    QVERIFY(m_client->removeLayout(m_client->defaultLayoutId()));
    QVERIFY(m_client->appendMessage({QStringLiteral("c1"), QStringLiteral("scout"),
                                     QStringLiteral("user"), QStringLiteral("hello"),
                                     QDateTime::currentDateTimeUtc()}));
    QTRY_COMPARE_WITH_TIMEOUT(settings.size(), 1, 500);
    QCOMPARE(settings.first().value(0).toString(), QStringLiteral("preferences.theme.fontSize"));
    QCOMPARE(settings.first().value(1).toString(), QStringLiteral("user"));
    QTRY_COMPARE_WITH_TIMEOUT(agents.size(), 1, 500);
    QCOMPARE(agents.first(), (QVariantList{QStringLiteral("scout"), false}));
    QTRY_COMPARE_WITH_TIMEOUT(layouts.size(), 1, 500);
    QCOMPARE(layouts.first(),
             (QVariantList{QStringLiteral("00000000-0000-4000-8000-000000000001"), true}));
    QTRY_COMPARE_WITH_TIMEOUT(history.size(), 1, 500);
    QCOMPARE(history.first().value(0).toString(), QStringLiteral("c1"));
    // Each once.
    QTest::qWait(300);
    QCOMPARE(settings.size() + agents.size() + layouts.size() + history.size(), 4);
}

void TestClient::secretsLiveInTheKeychain()
{
    // Only against the private keyring of tests/keychain/with-keyring.sh, never a real one.
    if (qEnvironmentVariable("HUBSTATE_TEST_KEYRING") != QLatin1String("unlocked"))
        QSKIP("needs the unlocked keyring of with-keyring.sh (ctest: tst_client_keyring)");
    const QString name = QStringLiteral("hub.token");
    const QByteArray value("s3cret\0bytes", 12);
    QCOMPARE(m_client->secret(name).error().code, Hubstate::ErrorCode::NotFound);
    const Hubstate::Status stored =
        m_client->setSecret(name, value, QStringLiteral("token of the hub"));
    QVERIFY2(stored, WHY(stored));
    QCOMPARE(*m_client->secret(name), value);
    // Where the CLI finds it: the value in the keychain, the name and purpose in the index.
    const Hubstate::Tests::CliRun listed =
        runCli(m_profile, m_policy,
               {QStringLiteral("--json"), QStringLiteral("secret"), QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(QStringLiteral("token of the hub"))
                 && listed.out.contains(QStringLiteral("present")),
             qPrintable(listed.out));
    QVERIFY(!listed.out.contains(QStringLiteral("s3cret")));

    QVERIFY(m_client->removeSecret(name));
    QCOMPARE(m_client->secret(name).error().code, Hubstate::ErrorCode::NotFound);
    QVERIFY(m_client->removeSecret(name)); // gone either way
    QCOMPARE(m_client->setSecret(QStringLiteral("no spaces"), value).error().code,
             Hubstate::ErrorCode::Invalid);
    QCOMPARE(m_client->setSecret(name, QByteArray()).error().code, Hubstate::ErrorCode::Invalid);
}

void TestClient::secretsWithoutAKeychainFailClearly()
{
    if (qEnvironmentVariable("HUBSTATE_TEST_KEYRING") != QLatin1String("none"))
        QSKIP("needs with-keyring.sh none (ctest: tst_client_nokeyring)");
    const QString name = QStringLiteral("hub.token");
    const Hubstate::Status stored = m_client->setSecret(name, "s3cret");
    QVERIFY(!stored);
    QCOMPARE(stored.error().code, Hubstate::ErrorCode::Failed);
    QVERIFY(!stored.error().message.isEmpty());
    // Not "not found": the keychain could not be asked.
    QCOMPARE(m_client->secret(name).error().code, Hubstate::ErrorCode::Failed);
    // Nothing recorded in the index either.
    const Hubstate::Tests::CliRun listed =
        runCli(m_profile, m_policy,
               {QStringLiteral("--json"), QStringLiteral("secret"), QStringLiteral("list")});
    QVERIFY2(!listed.out.contains(name), qPrintable(listed.out));
}

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
