// The schema itself: complete, consistent, and safe by default.
#include "core/settings/environmenttemplate.h"
#include "core/settings/renamedsettings.h"
#include "core/settings/settingsschema.h"
#include "core/settings/settingvalidator.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Hubstate::Core;

class TestSettingsSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPlanSettingIsDeclared_data();
    void everyPlanSettingIsDeclared();
    void keysAreUniqueAndDescribed();
    void defaultsPassTheirOwnRules();
    void privacyIsOffByDefault();
    void templatesMatchThePlan_data();
    void templatesMatchThePlan();
    void nothingIsClassifiedSecretOrExportedInClear();
    void layoutEditorKeysAreDistinct();
    void oneSyncIntervalUnderThePlansRule();
    void renamedKeysLeadToDeclaredKeys();
    void syncSecretsAreOffByDefault();
    void deviceLocalKeysDescribeTheMachine();
    void deviceLocalListIsDocumented();
};

void TestSettingsSchema::everyPlanSettingIsDeclared_data()
{
    QTest::addColumn<QString>("key");
    const char *keys[] = {"preferences.theme.mode",
                          "preferences.theme.accentColor",
                          "preferences.theme.fontSize",
                          "preferences.theme.highContrast",
                          "preferences.theme.reducedMotion",
                          "preferences.layout.defaultLayout",
                          "preferences.layout.autoSaveInterval",
                          "preferences.layout.showTabs",
                          "preferences.layout.showHeaders",
                          "preferences.layout.synchronizedScrolling",
                          "preferences.layout.snapToGrid",
                          "environment",
                          "features.multiAgent",
                          "features.customLayouts",
                          "features.agentMarketplace",
                          "features.collaboration",
                          "features.advancedAnalytics",
                          "limits.maxAgents",
                          "limits.maxLayouts",
                          "limits.maxPaneCount",
                          "limits.memoryLimit",
                          "limits.storageLimit",
                          "performance.cacheSize",
                          "layout.maxPanes",
                          "layout.gridSize",
                          "layout.minPaneSize.width",
                          "layout.minPaneSize.height",
                          "agents.maxAgents",
                          "agents.timeout",
                          "agents.retryAttempts",
                          "sync.enabled",
                          "sync.interval", // the plan's performance.syncInterval
                          "sync.conflictResolution",
                          "sync.retryAttempts",
                          "sync.retryDelay",
                          "backup.enabled",
                          "backup.interval",
                          "backup.maxBackups",
                          "backup.compression",
                          "backup.encryption",
                          "privacy.telemetry",
                          "privacy.analytics",
                          "privacy.crashReports",
                          "privacy.usageData",
                          "privacy.thirdPartySharing"};
    for (const char *key : keys)
        QTest::newRow(key) << QString::fromLatin1(key);
}

void TestSettingsSchema::everyPlanSettingIsDeclared()
{
    QFETCH(QString, key);
    QVERIFY2(SettingsSchema::instance().contains(key), qPrintable(key));
}

void TestSettingsSchema::keysAreUniqueAndDescribed()
{
    QSet<QString> seen;
    for (const SettingDefinition &definition : SettingsSchema::instance().settings()) {
        QVERIFY2(!seen.contains(definition.key), qPrintable(definition.key));
        seen.insert(definition.key);
        QVERIFY2(!definition.translatedLabel().isEmpty(), qPrintable(definition.key));
        QVERIFY2(!definition.translatedDescription().isEmpty(), qPrintable(definition.key));
        QVERIFY2(!definition.page.isEmpty(), qPrintable(definition.key));
        // A key is a setting or a group, never both: the document could not hold it.
        QVERIFY2(!SettingsSchema::instance().isGroup(definition.key), qPrintable(definition.key));
    }
    QVERIFY(seen.size() >= 60);
}

void TestSettingsSchema::defaultsPassTheirOwnRules()
{
    for (const SettingDefinition &definition : SettingsSchema::instance().settings()) {
        const auto broken = SettingValidator::check(definition, definition.defaultValue);
        QVERIFY2(!broken, broken ? qPrintable(broken->toString()) : "");
    }
}

void TestSettingsSchema::privacyIsOffByDefault()
{
    const QStringList keys = SettingsSchema::instance().keysUnder(QStringLiteral("privacy"));
    QCOMPARE(keys.size(), 5);
    for (const QString &key : keys)
        QCOMPARE(SettingsSchema::instance().find(key)->defaultValue, QVariant(false));
}

void TestSettingsSchema::templatesMatchThePlan_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("expected");
    constexpr qint64 MiB = 1024 * 1024;
    QTest::newRow("dev marketplace") << "development"
                                     << "features.agentMarketplace" << QVariant(true);
    QTest::newRow("dev maxAgents") << "development"
                                   << "limits.maxAgents" << QVariant(qint64(100));
    QTest::newRow("dev storage") << "development"
                                 << "limits.storageLimit" << QVariant(5 * 1024 * MiB);
    QTest::newRow("dev sync interval") << "development"
                                       << "sync.interval" << QVariant(qint64(5000));
    QTest::newRow("prod marketplace") << "production"
                                      << "features.agentMarketplace" << QVariant(false);
    QTest::newRow("prod collaboration") << "production"
                                        << "features.collaboration" << QVariant(false);
    QTest::newRow("prod maxLayouts") << "production"
                                     << "limits.maxLayouts" << QVariant(qint64(25));
    QTest::newRow("prod memory") << "production"
                                 << "limits.memoryLimit" << QVariant(512 * MiB);
    QTest::newRow("prod cache") << "production"
                                << "performance.cacheSize" << QVariant(50 * MiB);
    QTest::newRow("prod sync interval") << "production"
                                        << "sync.interval" << QVariant(qint64(30000));
}

void TestSettingsSchema::templatesMatchThePlan()
{
    QFETCH(QString, environment);
    QFETCH(QString, key);
    QFETCH(QVariant, expected);
    const auto values = EnvironmentTemplate::values(environment);
    QVERIFY(values);
    QCOMPARE(values->value(key), expected);
    for (auto it = values->cbegin(); it != values->cend(); ++it) {
        const SettingDefinition *definition = SettingsSchema::instance().find(it.key());
        QVERIFY2(definition, qPrintable(it.key()));
        QVERIFY(!SettingValidator::check(*definition, it.value()));
    }
    QVERIFY(!EnvironmentTemplate::values(QStringLiteral("staging")));
}

void TestSettingsSchema::nothingIsClassifiedSecretOrExportedInClear()
{
    for (const SettingDefinition &definition : SettingsSchema::instance().settings()) {
        // Secrets live in the keychain, never in settings.
        QVERIFY2(definition.classification != Classification::Secret, qPrintable(definition.key));
        if (definition.classification == Classification::Confidential)
            QVERIFY2(definition.exportRule != ExportRule::Include, qPrintable(definition.key));
    }
}

void TestSettingsSchema::layoutEditorKeysAreDistinct()
{
    // The layout canvas takes these keys together; one key may not do two things there.
    const SettingsSchema &schema = SettingsSchema::instance();
    QStringList keys = schema.keysUnder(QStringLiteral("preferences.keyboard.shortcuts.layout"));
    QCOMPARE(keys.size(), 32);
    for (const char *app : {"undo", "redo", "save", "help"})
        keys.append(QStringLiteral("preferences.keyboard.shortcuts.app.") + QLatin1String(app));
    QHash<QString, QString> seen;
    for (const QString &key : std::as_const(keys)) {
        const QString bound = schema.find(key)->defaultValue.toString();
        QVERIFY2(!seen.contains(bound),
                 qPrintable(key + QStringLiteral(" and ") + seen.value(bound)));
        seen.insert(bound, key);
    }
}

void TestSettingsSchema::oneSyncIntervalUnderThePlansRule()
{
    const SettingsSchema &schema = SettingsSchema::instance();
    QVERIFY(!schema.contains(QStringLiteral("performance.syncInterval")));
    const SettingDefinition *interval = schema.find(QStringLiteral("sync.interval"));
    QVERIFY(interval);
    QCOMPARE(interval->minimum, 5000);
    QCOMPARE(interval->maximum, 300000);
    QCOMPARE(interval->defaultValue, QVariant(qint64(30000)));
    QCOMPARE(interval->page, QStringLiteral("sync"));
    QCOMPARE(interval->translatedLabel(), QStringLiteral("Sync interval"));
}

void TestSettingsSchema::renamedKeysLeadToDeclaredKeys()
{
    const SettingsSchema &schema = SettingsSchema::instance();
    QCOMPARE(RenamedSettings::currentKey(QStringLiteral("performance.syncInterval")),
             QStringLiteral("sync.interval"));
    QVERIFY(RenamedSettings::currentKey(QStringLiteral("sync.interval")).isEmpty());
    QCOMPARE(RenamedSettings::oldKeysUnder(QStringLiteral("performance")),
             QStringList{QStringLiteral("performance.syncInterval")});
    QSet<QString> groups;
    for (const SettingDefinition &definition : schema.settings())
        groups.insert(definition.key.section(u'.', 0, 0));
    for (const QString &group : std::as_const(groups)) {
        for (const QString &oldKey : RenamedSettings::oldKeysUnder(group)) {
            QVERIFY2(!schema.contains(oldKey), qPrintable(oldKey));
            QVERIFY2(schema.contains(RenamedSettings::currentKey(oldKey)), qPrintable(oldKey));
        }
    }
}

void TestSettingsSchema::syncSecretsAreOffByDefault()
{
    // Secrets leave the machine only when the user asks.
    const SettingDefinition *secrets =
        SettingsSchema::instance().find(QStringLiteral("sync.includeSecrets"));
    QVERIFY(secrets);
    QCOMPARE(toString(secrets->type), toString(SettingType::Bool));
    QCOMPARE(secrets->defaultValue, QVariant(false));
    QCOMPARE(secrets->page, QStringLiteral("sync"));
    QCOMPARE(secrets->group, QStringLiteral("sync"));
    QCOMPARE(toString(secrets->classification), toString(Classification::Internal));
    QCOMPARE(toString(secrets->exportRule), toString(ExportRule::Include));
    QCOMPARE(secrets->translatedLabel(), QStringLiteral("Sync secrets"));
}

void TestSettingsSchema::deviceLocalKeysDescribeTheMachine()
{
    // What describes this machine stays here; what describes the person syncs.
    const auto machines = [](const QString &key) {
        return key.startsWith(QLatin1String("sync.")) || key.startsWith(QLatin1String("backup."))
            || key.startsWith(QLatin1String("performance.")) || key == QLatin1String("environment");
    };
    int deviceLocal = 0;
    for (const SettingDefinition &definition : SettingsSchema::instance().settings()) {
        QVERIFY2(definition.isDeviceLocal() == machines(definition.key),
                 qPrintable(definition.key));
        deviceLocal += definition.isDeviceLocal() ? 1 : 0;
    }
    QCOMPARE(deviceLocal, 20);
    const SettingsSchema &schema = SettingsSchema::instance();
    QVERIFY(schema.find(QStringLiteral("sync.includeSecrets"))->isDeviceLocal());
    QVERIFY(schema.find(QStringLiteral("sync.serverUrl"))->isDeviceLocal());
    QVERIFY(schema.find(QStringLiteral("backup.destination"))->isDeviceLocal());
    QVERIFY(!schema.find(QStringLiteral("preferences.theme.mode"))->isDeviceLocal());
    QVERIFY(!schema.find(QStringLiteral("privacy.telemetry"))->isDeviceLocal());
    QVERIFY(!schema.find(QStringLiteral("security.requireTls"))->isDeviceLocal());
    // The flag comes on top of the others, never instead of them.
    QVERIFY(schema.find(QStringLiteral("backup.allowInsecureHttp"))->isAdvanced());
    QVERIFY(schema.find(QStringLiteral("performance.cacheSize"))->isAdvanced());
}

void TestSettingsSchema::deviceLocalListIsDocumented()
{
    // The sync documentation includes this list: it names exactly the flagged keys.
    QFile fragment(QStringLiteral(HUBSTATE_TEST_DATA "/../../docs/sync-device-local.md"));
    QVERIFY2(fragment.open(QIODevice::ReadOnly), qPrintable(fragment.fileName()));
    const QString text = QString::fromUtf8(fragment.readAll());
    const qsizetype start = text.indexOf(QStringLiteral("| Keys | Why they stay"));
    const qsizetype end = text.indexOf(QStringLiteral("| Keys | Why they follow"));
    QVERIFY(start >= 0 && end > start);
    const SettingsSchema &schema = SettingsSchema::instance();
    QStringList documented;
    static const QRegularExpression firstCell(QStringLiteral("^\\| `([^`]+)`"),
                                              QRegularExpression::MultilineOption);
    for (const QRegularExpressionMatch &match :
         firstCell.globalMatch(text.mid(start, end - start))) {
        const QString entry = match.captured(1);
        if (entry.endsWith(QLatin1String(".*")))
            documented += schema.keysUnder(entry.chopped(2));
        else
            documented += entry;
    }
    QStringList flagged;
    for (const SettingDefinition &definition : schema.settings()) {
        if (definition.isDeviceLocal())
            flagged += definition.key;
    }
    documented.sort();
    flagged.sort();
    QCOMPARE(documented, flagged);
}

QTEST_GUILESS_MAIN(TestSettingsSchema)
#include "tst_settingsschema.moc"
