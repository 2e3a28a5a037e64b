// Settings that name a layout or an agent: what they may name comes from the profile's
// database, listed for pickers and checked whenever the store is given a new name.
#include "core/settings/preferencesstore.h"
#include "core/settings/settingsschema.h"
#include "core/settings/storedreferences.h"
#include "core/state/agentrepository.h"
#include "core/state/layoutrepository.h"
#include "core/state/layouttemplates.h"
#include "core/state/statedatabase.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Hubstate::Core;

class TestSettingReferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void layoutChoicesAreTemplatesThenStoredLayoutsByName();
    void layoutNamesAreChecked_data();
    void layoutNamesAreChecked();
    void storeRefusesANameOfNothing();
    void agentsAreChosenByName();

private:
    QString addLayout(const QString &name);
    const QString key = QStringLiteral("preferences.layout.defaultLayout");
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StateDatabase> m_database;
    std::unique_ptr<StoredReferences> m_references;
    QString m_morning;
};

void TestSettingReferences::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<StateDatabase>();
    QVERIFY(m_database->open(m_dir->filePath(QStringLiteral("hubstate.db"))));
    QVERIFY(LayoutRepository(*m_database).ensureTemplates());
    m_references = std::make_unique<StoredReferences>(*m_database);
    m_morning = addLayout(QStringLiteral("Morning"));
}

void TestSettingReferences::cleanup()
{
    m_references.reset();
    m_database.reset();
}

QString TestSettingReferences::addLayout(const QString &name)
{
    Layout layout = LayoutTemplates::make(QStringLiteral("split"), QDateTime::currentDateTimeUtc());
    layout.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    layout.name = name;
    layout.tags.clear();
    if (!LayoutRepository(*m_database).save(layout))
        return {};
    return layout.id;
}

void TestSettingReferences::layoutChoicesAreTemplatesThenStoredLayoutsByName()
{
    const QString ten = addLayout(QStringLiteral("Workspace 10"));
    const QString two = addLayout(QStringLiteral("Workspace 2"));
    const Result<QList<SettingReferences::Choice>> choices =
        m_references->choices(SettingReference::Layout);
    QVERIFY(choices);
    QStringList values;
    QStringList names;
    for (const SettingReferences::Choice &choice : *choices) {
        values.append(choice.value);
        names.append(choice.name);
    }
    // The templates by their type, as the setting stores them; then the others, as people
    // count ("2" before "10").
    QCOMPARE(
        values,
        (QStringList{QStringLiteral("single"), QStringLiteral("split"), QStringLiteral("grid-2x2"),
                     QStringLiteral("grid-3x3"), m_morning, two, ten}));
    QCOMPARE(names.mid(4),
             (QStringList{QStringLiteral("Morning"), QStringLiteral("Workspace 2"),
                          QStringLiteral("Workspace 10")}));
    QCOMPARE(choices->at(4).detail, QStringLiteral("2 panes"));
}

void TestSettingReferences::layoutNamesAreChecked_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected"); // empty: accepted
    QTest::newRow("template") << "grid-2x2"
                              << "";
    QTest::newRow("stored id") << "MORNING"
                               << "";
    QTest::newRow("nothing") << "no-such-layout"
                             << "preferences.layout.defaultLayout: names no stored layout: give a "
                                "template (single, split, grid-2x2, grid-3x3) or the id of a "
                                "stored layout (hubstate-cli layout list) (value: no-such-layout)";
    QTest::newRow("a name, not an id")
        << "Morning"
        << "preferences.layout.defaultLayout: names no stored layout; the layout named "
           "\"Morning\" has the id MORNING (value: Morning)";
    QTest::newRow("a template's name")
        << "Grid 3 x 3"
        << "preferences.layout.defaultLayout: names no stored layout; the layout named \"Grid 3 "
           "x 3\" is the template grid-3x3 (value: Grid 3 x 3)";
    QTest::newRow("empty") << ""
                           << "preferences.layout.defaultLayout: names no layout (value: )";
    QTest::newRow("custom is no template")
        << "custom"
        << "preferences.layout.defaultLayout: names no stored layout: give a template (single, "
           "split, grid-2x2, grid-3x3) or the id of a stored layout (hubstate-cli layout list) "
           "(value: custom)";
}

void TestSettingReferences::layoutNamesAreChecked()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    value.replace(QStringLiteral("MORNING"), m_morning);
    expected.replace(QStringLiteral("MORNING"), m_morning);
    const Status checked =
        m_references->check(*SettingsSchema::instance().find(key), QVariant(value));
    if (expected.isEmpty()) {
        QVERIFY2(checked, checked ? "" : qPrintable(checked.error().message));
        return;
    }
    QVERIFY(!checked);
    QCOMPARE(checked.error().code, ErrorCode::InvalidInput);
    QCOMPARE(checked.error().message, expected);
}

void TestSettingReferences::storeRefusesANameOfNothing()
{
    PreferencesStore store(Profile::inDirectory(m_dir->path()), PolicyFiles{});
    QVERIFY(store.open());
    // Without the database nothing can be checked (as in a program that has none open).
    QVERIFY(store.setText(key, QStringLiteral("gone")));
    QVERIFY(store.reset(key));
    store.setReferences(m_references.get());
    const Status refused = store.setText(key, QStringLiteral("no-such-layout"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QVERIFY(refused.error().message.startsWith(key + QStringLiteral(": names no stored layout")));
    QCOMPARE(store.text(key), QStringLiteral("single"));
    QVERIFY(store.setText(key, m_morning));
    QCOMPARE(store.text(key), m_morning);
    // The layout goes; restating the value in effect (an exported document read back) is no
    // new claim, but naming it anew is refused.
    QVERIFY(LayoutRepository(*m_database).remove(m_morning));
    QVERIFY(store.setValues({{key, m_morning}, {QStringLiteral("layout.maxPanes"), 4}}));
    QVERIFY(store.reset(key));
    QVERIFY(!store.setValues({{key, m_morning}, {QStringLiteral("layout.maxPanes"), 5}}));
    QCOMPARE(store.value(QStringLiteral("layout.maxPanes")).toInt(), 4); // all or nothing
    store.setReferences(nullptr);
}

void TestSettingReferences::agentsAreChosenByName()
{
    AgentRepository agents(*m_database);
    AgentConfig scout;
    scout.id = QStringLiteral("a7");
    scout.name = QStringLiteral("Scout");
    scout.kind = QStringLiteral("openai");
    scout.endpoint = QStringLiteral("https://agents.example/v1");
    scout.model = QStringLiteral("m");
    QVERIFY(agents.save(scout));
    AgentConfig idle = scout;
    idle.id = QStringLiteral("a1");
    idle.name = QStringLiteral("Archivist");
    idle.enabled = false;
    QVERIFY(agents.save(idle));
    const Result<QList<SettingReferences::Choice>> choices =
        m_references->choices(SettingReference::Agent);
    QVERIFY(choices);
    QCOMPARE(choices->size(), 2);
    QCOMPARE(choices->at(0).name, QStringLiteral("Archivist"));
    QCOMPARE(choices->at(0).value, QStringLiteral("a1"));
    QVERIFY(!choices->at(0).enabled);
    QCOMPARE(choices->at(0).detail, QStringLiteral("disabled"));
    QCOMPARE(choices->at(1).name, QStringLiteral("Scout"));
    QVERIFY(choices->at(1).enabled);

    // No schema setting names an agent yet: a definition made here stands for one.
    SettingDefinition agentSetting;
    agentSetting.key = QStringLiteral("example.agent");
    agentSetting.type = SettingType::Text;
    agentSetting.reference = SettingReference::Agent;
    QVERIFY(m_references->check(agentSetting, QStringLiteral("a7")));
    QVERIFY(m_references->check(agentSetting, QString())); // no agent
    const Status byName = m_references->check(agentSetting, QStringLiteral("Scout"));
    QVERIFY(!byName);
    QCOMPARE(byName.error().message,
             QStringLiteral("example.agent: names no stored agent; the agent named \"Scout\" has "
                            "the id a7 (value: Scout)"));
}

QTEST_GUILESS_MAIN(TestSettingReferences)
#include "tst_settingreferences.moc"
