// The plan's validation rules, each at, just inside and just outside its bounds, and the
// other value rules (types, choices, colours, key sequences).
#include "core/settings/settingsschema.h"
#include "core/settings/settingvalidator.h"

#include <QJsonValue>
#include <QTest>

using namespace Hubstate::Core;

class TestSettingValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedBounds_data();
    void seedBounds();
    void messageNamesPathRuleAndValue();
    void textValues_data();
    void textValues();
    void jsonIsStrictAboutTypes_data();
    void jsonIsStrictAboutTypes();
    void keySequences_data();
    void keySequences();
};

void TestSettingValidator::seedBounds_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("expectedMessage"); // empty: accepted

    constexpr qint64 MiB = 1024 * 1024;
    const QString above = QStringLiteral("exceeds maximum value of %1");
    const QString below = QStringLiteral("is below minimum value of %1");
    struct Rule
    {
        const char *key;
        qint64 minimum;
        qint64 maximum;
    };
    // The plan's validationRules, inclusive; retryAttempts' minimum of 0 is checked too.
    const Rule rules[] = {
        {"layout.maxPanes", 1, 9},       {"layout.gridSize", 1, 3},
        {"agents.maxAgents", 1, 100},    {"agents.timeout", 1000, 300000},
        {"agents.retryAttempts", 0, 10}, {"performance.cacheSize", 10 * MiB, 100 * MiB},
        {"sync.interval", 5000, 300000}, // the plan's performance.syncInterval
    };
    for (const Rule &rule : rules) {
        const QString key = QLatin1String(rule.key);
        const auto row = [&](const char *what, qint64 value, const QString &message) {
            QTest::addRow("%s %s", rule.key, what) << key << value << message;
        };
        row("below minimum", rule.minimum - 1, below.arg(rule.minimum));
        row("at minimum", rule.minimum, QString());
        row("inside minimum", rule.minimum + 1, QString());
        row("inside maximum", rule.maximum - 1, QString());
        row("at maximum", rule.maximum, QString());
        row("above maximum", rule.maximum + 1, above.arg(rule.maximum));
    }
    // Minimum pane size: at least 200 x 150.
    QTest::newRow("minPaneSize.width 199")
        << QStringLiteral("layout.minPaneSize.width") << qint64(199) << below.arg(200);
    QTest::newRow("minPaneSize.width 200")
        << QStringLiteral("layout.minPaneSize.width") << qint64(200) << QString();
    QTest::newRow("minPaneSize.width 201")
        << QStringLiteral("layout.minPaneSize.width") << qint64(201) << QString();
    QTest::newRow("minPaneSize.height 149")
        << QStringLiteral("layout.minPaneSize.height") << qint64(149) << below.arg(150);
    QTest::newRow("minPaneSize.height 150")
        << QStringLiteral("layout.minPaneSize.height") << qint64(150) << QString();
    QTest::newRow("minPaneSize.height 151")
        << QStringLiteral("layout.minPaneSize.height") << qint64(151) << QString();
    QTest::newRow("retryAttempts negative")
        << QStringLiteral("agents.retryAttempts") << qint64(-5) << below.arg(0);
}

void TestSettingValidator::seedBounds()
{
    QFETCH(QString, key);
    QFETCH(qint64, value);
    QFETCH(QString, expectedMessage);
    const SettingDefinition *definition = SettingsSchema::instance().find(key);
    QVERIFY2(definition, qPrintable(key));
    const std::optional<Violation> broken = SettingValidator::check(*definition, value);
    if (expectedMessage.isEmpty()) {
        QVERIFY2(!broken, broken ? qPrintable(broken->toString()) : "");
    } else {
        QVERIFY(broken);
        QCOMPARE(broken->path, key);
        QCOMPARE(broken->message, expectedMessage);
        QCOMPARE(broken->value, QString::number(value));
    }
}

void TestSettingValidator::messageNamesPathRuleAndValue()
{
    QVariant parsed;
    const auto broken = SettingValidator::parseText(
        *SettingsSchema::instance().find(QStringLiteral("layout.maxPanes")), QStringLiteral("10"),
        &parsed);
    QVERIFY(broken);
    QCOMPARE(broken->toString(),
             QStringLiteral("layout.maxPanes: exceeds maximum value of 9 (value: 10)"));
    QVERIFY(!parsed.isValid()); // nothing clamped into place
}

void TestSettingValidator::textValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedMessage");

    QTest::newRow("bool true") << "preferences.theme.highContrast"
                               << "true"
                               << "";
    QTest::newRow("bool FALSE") << "preferences.theme.highContrast"
                                << "FALSE"
                                << "";
    QTest::newRow("bool yes") << "preferences.theme.highContrast"
                              << "yes"
                              << "must be true or false";
    QTest::newRow("int text") << "layout.maxPanes"
                              << "nine"
                              << "must be a whole number";
    QTest::newRow("int fraction") << "layout.maxPanes"
                                  << "2.5"
                                  << "must be a whole number";
    QTest::newRow("choice ok") << "preferences.theme.mode"
                               << "dark"
                               << "";
    QTest::newRow("choice unknown") << "preferences.theme.mode"
                                    << "purple"
                                    << "must be one of light, dark, auto";
    QTest::newRow("choice case") << "preferences.theme.mode"
                                 << "Dark"
                                 << "must be one of light, dark, auto";
    QTest::newRow("sync conflict") << "sync.conflictResolution"
                                   << "merge"
                                   << "";
    QTest::newRow("sync conflict bad") << "sync.conflictResolution"
                                       << "first-wins"
                                       << "must be one of last-write-wins, merge, prompt";
    QTest::newRow("colour ok") << "preferences.theme.accentColor"
                               << "#A0b1C2"
                               << "";
    QTest::newRow("colour short") << "preferences.theme.accentColor"
                                  << "#abc"
                                  << "must be a colour written as #RRGGBB";
    QTest::newRow("colour name") << "preferences.theme.accentColor"
                                 << "red"
                                 << "must be a colour written as #RRGGBB";
    QTest::newRow("environment") << "environment"
                                 << "staging"
                                 << "";
    QTest::newRow("environment bad") << "environment"
                                     << "test"
                                     << "must be one of development, staging, production";
    QTest::newRow("text too long") << "preferences.layout.defaultLayout" << QString(201, u'x')
                                   << "is longer than 200 characters";
    QTest::newRow("fontSize") << "preferences.theme.fontSize"
                              << "huge"
                              << "must be one of small, medium, large";
}

void TestSettingValidator::textValues()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(QString, expectedMessage);
    QVariant parsed;
    const auto broken =
        SettingValidator::parseText(*SettingsSchema::instance().find(key), text, &parsed);
    if (expectedMessage.isEmpty()) {
        QVERIFY2(!broken, broken ? qPrintable(broken->toString()) : "");
        QVERIFY(parsed.isValid());
    } else {
        QVERIFY(broken);
        QCOMPARE(broken->message, expectedMessage);
        QCOMPARE(broken->value, text);
    }
}

void TestSettingValidator::jsonIsStrictAboutTypes_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("json");
    QTest::addColumn<QString>("expectedMessage");

    QTest::newRow("number as string")
        << "layout.maxPanes" << QJsonValue(QStringLiteral("5")) << "must be a whole number";
    QTest::newRow("fraction") << "layout.maxPanes" << QJsonValue(2.5) << "must be a whole number";
    QTest::newRow("bool as number")
        << "features.multiAgent" << QJsonValue(1) << "must be true or false";
    QTest::newRow("null") << "preferences.theme.mode" << QJsonValue(QJsonValue::Null)
                          << "must be text";
    QTest::newRow("ok") << "layout.gridSize" << QJsonValue(3) << "";
    QTest::newRow("out of bounds")
        << "layout.gridSize" << QJsonValue(4) << "exceeds maximum value of 3";
}

void TestSettingValidator::jsonIsStrictAboutTypes()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, json);
    QFETCH(QString, expectedMessage);
    QVariant parsed;
    const auto broken =
        SettingValidator::parseJson(*SettingsSchema::instance().find(key), json, &parsed);
    if (expectedMessage.isEmpty())
        QVERIFY(!broken);
    else
        QCOMPARE(broken ? broken->message : QString(), expectedMessage);
}

void TestSettingValidator::keySequences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");

    QTest::newRow("empty unbinds") << "" << true;
    QTest::newRow("simple") << "Ctrl+F" << true;
    QTest::newRow("modifiers") << "Ctrl+Shift+Z" << true;
    QTest::newRow("function key") << "F1" << true;
    QTest::newRow("chord") << "Ctrl+K, Ctrl+C" << true;
    QTest::newRow("plus key") << "Ctrl++" << true;
    QTest::newRow("comma key") << "Ctrl+," << true;
    QTest::newRow("named") << "Alt+PgDown" << true;
    QTest::newRow("arrow") << "Shift+Left" << true;
    QTest::newRow("digit") << "1" << true;
    QTest::newRow("delete and return") << "Del, Return" << true;
    QTest::newRow("five chords") << "A, B, C, D, E" << false;
    QTest::newRow("unknown modifier") << "Hyper+K" << false;
    QTest::newRow("only modifier") << "Ctrl+Shift" << false;
    QTest::newRow("lower case") << "Ctrl+f" << false;
    QTest::newRow("unknown name") << "Ctrl+Banana" << false;
    QTest::newRow("twice") << "Ctrl+Ctrl+K" << false;
    QTest::newRow("trailing plus") << "Ctrl+" << false;
}

void TestSettingValidator::keySequences()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const QString problem = SettingValidator::keySequenceProblem(text);
    QCOMPARE(problem.isEmpty(), valid);
}

QTEST_GUILESS_MAIN(TestSettingValidator)
#include "tst_settingvalidator.moc"
