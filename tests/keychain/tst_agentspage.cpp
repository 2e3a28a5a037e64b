// The agents page against a real Secret Service (see with-keyring.sh): an API key goes to the
// keychain and nowhere else, the page shows only whether one is stored, and a locked or missing
// keychain is announced with no way to enter a key. Editing agents works in every case.
#include "core/profile/profile.h"
#include "core/secrets/secretstore.h"
#include "core/settings/preferencesstore.h"
#include "core/state/agentrepository.h"
#include "core/state/statedatabase.h"
#include "ui/agents/agentspage.h"

#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Hubstate;

class TestAgentsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    // Any keychain.
    void addEditDuplicateDeleteWithTheRules();
    // An unlocked keychain.
    void apiKeyGoesToTheKeychainOnly();
    // A locked keychain / no D-Bus at all.
    void lockedKeychainIsAnnouncedAndKeysCannotBeEntered();
    void missingKeychainIsAnnouncedAndKeysCannotBeEntered();
    void tabReachesEveryControl();
    void maxAgentsRuleIsShownWhenSaving();
    void firstAgentIsShownOnStart();
    void fieldErrorsNameTheFormsLabels();
    void windowSaveSavesTheForm();

private:
    template<typename T> T *find(const QString &name) const
    {
        auto *widget = m_page->findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }
    void typeInto(const QString &name, const QString &text);
    void addValidAgent(const QString &name);
    QList<Core::AgentConfig> agents() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::PreferencesStore> m_store;
    std::unique_ptr<Core::StateDatabase> m_database;
    std::unique_ptr<Core::SecretStore> m_secrets;
    std::unique_ptr<Ui::AgentsPage> m_page;
};

void TestAgentsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const Core::Profile profile = Core::Profile::inDirectory(m_dir->path());
    m_store = std::make_unique<Core::PreferencesStore>(profile,
                                                       m_dir->filePath(QStringLiteral("none.ini")));
    QVERIFY(m_store->open());
    m_database = std::make_unique<Core::StateDatabase>();
    QVERIFY(m_database->open(profile.databaseFile()));
    m_secrets =
        std::make_unique<Core::SecretStore>(profile.keychainScope(), std::chrono::seconds(10));
    m_page = std::make_unique<Ui::AgentsPage>(*m_database, *m_secrets, *m_store);
    m_page->resize(900, 600);
    m_page->show(); // asks the keychain
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->keychainAnswered(), 15000);
}

void TestAgentsPage::cleanup()
{
    m_page.reset();
    m_secrets.reset();
    m_database.reset();
    m_store.reset();
}

void TestAgentsPage::typeInto(const QString &name, const QString &text)
{
    auto *line = find<QLineEdit>(name);
    line->setFocus();
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Backspace);
    QTest::keyClicks(line, text);
}

QList<Core::AgentConfig> TestAgentsPage::agents() const
{
    Core::AgentRepository repository(*m_database);
    Core::Result<QList<Core::AgentConfig>> all = repository.list();
    return all ? *all : QList<Core::AgentConfig>();
}

void TestAgentsPage::addValidAgent(const QString &name)
{
    QTest::mouseClick(find<QPushButton>(QStringLiteral("addAgent")), Qt::LeftButton);
    typeInto(QStringLiteral("agentName"), name);
    typeInto(QStringLiteral("agentEndpoint"), QStringLiteral("https://api.example.org/v1"));
    typeInto(QStringLiteral("agentModel"), QStringLiteral("large-1"));
    QVERIFY(find<QPushButton>(QStringLiteral("saveAgent"))->isEnabled());
    QTest::mouseClick(find<QPushButton>(QStringLiteral("saveAgent")), Qt::LeftButton);
}

void TestAgentsPage::addEditDuplicateDeleteWithTheRules()
{
    auto *save = find<QPushButton>(QStringLiteral("saveAgent"));
    auto *problems = find<QLabel>(QStringLiteral("agentProblems"));
    QTest::mouseClick(find<QPushButton>(QStringLiteral("addAgent")), Qt::LeftButton);
    QVERIFY(find<QLineEdit>(QStringLiteral("agentName"))->hasFocus());
    // The rules, as one types: https only while security.requireTls is on.
    typeInto(QStringLiteral("agentEndpoint"), QStringLiteral("http://api.example.org"));
    typeInto(QStringLiteral("agentModel"), QStringLiteral("large-1"));
    QVERIFY2(problems->text().contains(QStringLiteral("must use https")),
             qPrintable(problems->text()));
    QVERIFY(!save->isEnabled());
    typeInto(QStringLiteral("agentEndpoint"), QStringLiteral("https://api.example.org"));
    auto *timeout = find<QSpinBox>(QStringLiteral("agentTimeout"));
    timeout->setValue(999); // shown, never clamped
    QVERIFY(problems->text().contains(QStringLiteral("Timeout: is below minimum value of 1000")));
    QCOMPARE(timeout->value(), 999);
    QVERIFY(!save->isEnabled());
    timeout->setValue(30000);
    QVERIFY(problems->text().isEmpty());
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(agents().size(), 1);
    QCOMPARE(agents().first().endpoint, QStringLiteral("https://api.example.org"));
    auto *list = find<QListWidget>(QStringLiteral("agentList"));
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->currentItem()->text(), QStringLiteral("New agent"));

    // Edit.
    typeInto(QStringLiteral("agentName"), QStringLiteral("Scout"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(agents().first().name, QStringLiteral("Scout"));

    // Duplicate: a new id, not saved until asked.
    QTest::mouseClick(find<QPushButton>(QStringLiteral("duplicateAgent")), Qt::LeftButton);
    QCOMPARE(find<QLineEdit>(QStringLiteral("agentId"))->text(), QStringLiteral("agent-copy"));
    QCOMPARE(agents().size(), 1);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(agents().size(), 2);

    // Delete asks twice.
    list->setCurrentRow(0);
    const QString first = list->currentItem()->data(Qt::UserRole).toString();
    auto *remove = find<QPushButton>(QStringLiteral("deleteAgent"));
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(agents().size(), 2);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(agents().size(), 1);
    QVERIFY(agents().first().id != first);
    QCOMPARE(list->count(), 1);
}

void TestAgentsPage::apiKeyGoesToTheKeychainOnly()
{
    QVERIFY2(!find<QLabel>(QStringLiteral("keychainBanner"))->isVisible(),
             qPrintable(find<QLabel>(QStringLiteral("keychainBanner"))->text()));
    addValidAgent(QStringLiteral("Scout"));
    auto *status = find<QLabel>(QStringLiteral("keyStatus"));
    QCOMPARE(status->text(), QStringLiteral("No key stored"));
    auto *key = find<QLineEdit>(QStringLiteral("apiKeyField"));
    QVERIFY(key->isEnabled());
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    const QByteArray canary =
        "sk-canary-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    key->setFocus();
    QTest::keyClicks(key, QString::fromLatin1(canary));
    QTest::keyClick(key, Qt::Key_Return);
    QCOMPARE(status->text(), QStringLiteral("A key is stored in the keychain"));
    QVERIFY(key->text().isEmpty()); // never shown again
    const QString name = Ui::AgentsPage::secretNameFor(agents().first().id);
    QCOMPARE(agents().first().secretName, name);
    const Core::Result<QByteArray> stored = m_secrets->read(name);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value(), canary);
    // Nowhere in the profile: not the settings, not the database or its journal.
    m_database->close();
    QDirIterator files(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(canary), qPrintable(file.fileName()));
    }
    QVERIFY(m_database->open(Core::Profile::inDirectory(m_dir->path()).databaseFile()));
    m_page->reloadAgents();

    auto *remove = find<QPushButton>(QStringLiteral("removeKey"));
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(status->text(), QStringLiteral("No key stored"));
    QCOMPARE(m_secrets->read(name).error().code, Core::ErrorCode::InvalidInput);
}

void TestAgentsPage::lockedKeychainIsAnnouncedAndKeysCannotBeEntered()
{
    auto *banner = find<QLabel>(QStringLiteral("keychainBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("locked")), qPrintable(banner->text()));
    addValidAgent(QStringLiteral("Scout"));
    QCOMPARE(agents().size(), 1); // agents still work
    QVERIFY(!find<QLineEdit>(QStringLiteral("apiKeyField"))->isEnabled());
    QVERIFY(!find<QPushButton>(QStringLiteral("storeKey"))->isEnabled());
    QVERIFY(
        find<QLabel>(QStringLiteral("keyStatus"))->text().startsWith(QStringLiteral("Unknown")));
}

void TestAgentsPage::missingKeychainIsAnnouncedAndKeysCannotBeEntered()
{
    auto *banner = find<QLabel>(QStringLiteral("keychainBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("No keychain")), qPrintable(banner->text()));
    addValidAgent(QStringLiteral("Scout"));
    QVERIFY(!find<QLineEdit>(QStringLiteral("apiKeyField"))->isEnabled());
    QVERIFY(!find<QPushButton>(QStringLiteral("storeKey"))->isEnabled());
    QVERIFY(agents().first().secretName.isEmpty());
}

void TestAgentsPage::tabReachesEveryControl()
{
    addValidAgent(QStringLiteral("Scout"));
    QList<QWidget *> expected;
    for (QWidget *widget : m_page->findChildren<QWidget *>()) {
        if (widget->isVisible() && widget->isEnabled() && !widget->focusProxy()
            && (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus
            && !widget->objectName().startsWith(QLatin1String("qt_"))) {
            expected.append(widget);
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            QVERIFY2(!widget->accessibleDescription().isEmpty(), qPrintable(widget->objectName()));
        }
    }
    QVERIFY(expected.size() >= 10);
    auto *list = find<QListWidget>(QStringLiteral("agentList"));
    list->setFocus();
    QSet<QWidget *> reached;
    for (int step = 0; step < expected.size() + 5; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (QApplication::focusWidget() == list)
            break;
        reached.insert(QApplication::focusWidget());
    }
    QCOMPARE(QApplication::focusWidget(), list); // round again: no trap
    for (QWidget *widget : std::as_const(expected))
        QVERIFY2(widget == list || reached.contains(widget), qPrintable(widget->objectName()));
}

void TestAgentsPage::maxAgentsRuleIsShownWhenSaving()
{
    QVERIFY(m_store->setText(QStringLiteral("agents.maxAgents"), QStringLiteral("1")));
    addValidAgent(QStringLiteral("Scout"));
    QCOMPARE(agents().size(), 1);
    addValidAgent(QStringLiteral("Second"));
    QCOMPARE(agents().size(), 1);
    const QString message = find<QLabel>(QStringLiteral("agentMessage"))->text();
    QVERIFY2(message.contains(QStringLiteral("at most 1 agents (agents.maxAgents)")),
             qPrintable(message));
}

// Issue 16, item 5: the first agent was highlighted on every start but the form stayed blank.
void TestAgentsPage::firstAgentIsShownOnStart()
{
    Core::AgentRepository repository(*m_database);
    for (const QString &name : {QStringLiteral("Alpha"), QStringLiteral("Beta")}) {
        Core::AgentConfig agent;
        agent.id = name.toLower();
        agent.name = name;
        agent.kind = QStringLiteral("openai");
        agent.endpoint = QStringLiteral("https://api.example.org");
        agent.model = QStringLiteral("large-1");
        QVERIFY(repository.save(agent));
    }
    // A window opened on this database: the page is made with the agents already there.
    m_page = std::make_unique<Ui::AgentsPage>(*m_database, *m_secrets, *m_store);
    m_page->resize(900, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    auto *list = find<QListWidget>(QStringLiteral("agentList"));
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->currentRow(), 0);
    QCOMPARE(find<QLineEdit>(QStringLiteral("agentName"))->text(), QStringLiteral("Alpha"));
    QCOMPARE(find<QLineEdit>(QStringLiteral("agentId"))->text(), QStringLiteral("alpha"));
    QCOMPARE(find<QLineEdit>(QStringLiteral("agentModel"))->text(), QStringLiteral("large-1"));
    QVERIFY(find<QPushButton>(QStringLiteral("deleteAgent"))->isEnabled());
}

// Issue 16, item 5: errors said "timeout:" and "model:", the rules' names, not the form's.
void TestAgentsPage::fieldErrorsNameTheFormsLabels()
{
    QTest::mouseClick(find<QPushButton>(QStringLiteral("addAgent")), Qt::LeftButton);
    typeInto(QStringLiteral("agentEndpoint"), QStringLiteral("nowhere"));
    find<QSpinBox>(QStringLiteral("agentTimeout"))->setValue(5);
    find<QSpinBox>(QStringLiteral("agentRetries"))->setValue(11);
    const QString text = find<QLabel>(QStringLiteral("agentProblems"))->text();
    for (const QString &expected :
         {QStringLiteral("Model: must not be empty"),
          QStringLiteral("Endpoint: must be an http or https address"),
          QStringLiteral("Timeout: is below minimum value of 1000"),
          QStringLiteral("Retries: exceeds maximum value of 10")})
        QVERIFY2(text.contains(expected), qPrintable(text));
    for (const QString &internal : {QStringLiteral("model:"), QStringLiteral("endpoint:"),
                                    QStringLiteral("timeout:"), QStringLiteral("retryAttempts")})
        QVERIFY2(!text.contains(internal), qPrintable(text));
}

// The window's Save (Ctrl+S) reaches the page through its invokable save().
void TestAgentsPage::windowSaveSavesTheForm()
{
    addValidAgent(QStringLiteral("Scout"));
    typeInto(QStringLiteral("agentName"), QStringLiteral("Scout two"));
    bool saved = false;
    QVERIFY(QMetaObject::invokeMethod(m_page.get(), "save", Q_RETURN_ARG(bool, saved)));
    QVERIFY(saved);
    QCOMPARE(agents().first().name, QStringLiteral("Scout two"));
    typeInto(QStringLiteral("agentModel"), QString());
    QVERIFY(QMetaObject::invokeMethod(m_page.get(), "save", Q_RETURN_ARG(bool, saved)));
    QVERIFY(!saved);
    QVERIFY(find<QLabel>(QStringLiteral("agentMessage"))->text().startsWith(
        QStringLiteral("Not saved")));
}

QTEST_MAIN(TestAgentsPage)
#include "tst_agentspage.moc"
