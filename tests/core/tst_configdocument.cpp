// The configuration document: every problem at once with its path, and a faithful round trip.
#include "core/backup/destinationlist.h"
#include "core/settings/configdocument.h"
#include "core/settings/preferencesstore.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Hubstate::Core;

namespace {

QStringList messages(const ConfigDocument::Parsed &parsed, Violation::Severity severity)
{
    QStringList result;
    for (const Violation &violation : parsed.violations) {
        if (violation.severity == severity)
            result.append(violation.toString());
    }
    return result;
}

} // namespace

class TestConfigDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validDocument();
    void everyProblemAtOnce();
    void malformedJsonNamesLineAndColumn();
    void groupsMustBeObjects();
    void newerVersionIsRefused();
    void unknownKeysAreWarningsAndKept();
    void oldNameAppliesToTheNewKey();
    void removedKeyIsIgnoredWithItsReason();
    void exportThenImportRoundTrips();
};

void TestConfigDocument::validDocument()
{
    const ConfigDocument::Parsed parsed = ConfigDocument::parse(R"({
        "version": "2.0.0",
        "environment": "development",
        "layout": {"maxPanes": 4, "minPaneSize": {"width": 300, "height": 150}},
        "preferences": {"theme": {"mode": "dark"},
                        "keyboard": {"shortcuts": {"app.find": "Ctrl+K, Ctrl+F"}}}
    })",
                                                                QStringLiteral("doc.json"));
    QVERIFY2(parsed.isValid(),
             qPrintable(messages(parsed, Violation::Severity::Error).join(u'\n')));
    QCOMPARE(parsed.values.value(QStringLiteral("layout.minPaneSize.width")).toLongLong(), 300);
    QCOMPARE(
        parsed.values.value(QStringLiteral("preferences.keyboard.shortcuts.app.find")).toString(),
        QStringLiteral("Ctrl+K, Ctrl+F"));
    QCOMPARE(parsed.values.size(), 6);
}

void TestConfigDocument::everyProblemAtOnce()
{
    const ConfigDocument::Parsed parsed = ConfigDocument::parse(R"({
        "layout": {"maxPanes": 10, "gridSize": 0, "minPaneSize": {"width": 199, "height": 149}},
        "agents": {"maxAgents": 101, "timeout": 999, "retryAttempts": -1},
        "performance": {"cacheSize": 104857601, "syncInterval": 4999},
        "preferences": {"theme": {"mode": "purple", "highContrast": "yes"}},
        "sync": {"conflictResolution": "newest"}
    })",
                                                                QStringLiteral("doc.json"));
    QVERIFY(!parsed.isValid());
    const QStringList errors = messages(parsed, Violation::Severity::Error);
    const QStringList expected = {
        QStringLiteral("layout.maxPanes: exceeds maximum value of 9 (value: 10)"),
        QStringLiteral("layout.gridSize: is below minimum value of 1 (value: 0)"),
        QStringLiteral("layout.minPaneSize.width: is below minimum value of 200 (value: 199)"),
        QStringLiteral("layout.minPaneSize.height: is below minimum value of 150 (value: 149)"),
        QStringLiteral("agents.maxAgents: exceeds maximum value of 100 (value: 101)"),
        QStringLiteral("agents.timeout: is below minimum value of 1000 (value: 999)"),
        QStringLiteral("agents.retryAttempts: is below minimum value of 0 (value: -1)"),
        QStringLiteral(
            "performance.cacheSize: exceeds maximum value of 104857600 (value: 104857601)"),
        QStringLiteral("performance.syncInterval: is below minimum value of 5000 (value: 4999)"),
        QStringLiteral(
            "preferences.theme.mode: must be one of light, dark, auto (value: \"purple\")"),
        QStringLiteral("preferences.theme.highContrast: must be true or false (value: \"yes\")"),
        QStringLiteral("sync.conflictResolution: must be one of last-write-wins, merge, prompt "
                       "(value: \"newest\")"),
    };
    for (const QString &message : expected)
        QVERIFY2(errors.contains(message),
                 qPrintable(message + QStringLiteral("\nnot in\n") + errors.join(u'\n')));
    QCOMPARE(errors.size(), expected.size());
    QVERIFY(parsed.values.isEmpty());
}

void TestConfigDocument::malformedJsonNamesLineAndColumn()
{
    const ConfigDocument::Parsed parsed = ConfigDocument::parse(
        "{\n  \"layout\": {\n    \"maxPanes\": 4,\n  }\n}\n", QStringLiteral("doc.json"));
    QVERIFY(!parsed.isValid());
    QCOMPARE(parsed.violations.size(), 1);
    const QString message = parsed.violations.first().toString();
    QVERIFY2(message.startsWith(QStringLiteral("doc.json:4:")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("malformed JSON")));

    const ConfigDocument::Parsed array =
        ConfigDocument::parse("[1, 2]", QStringLiteral("doc.json"));
    QVERIFY(!array.isValid());
    QVERIFY(array.violations.first().toString().contains(QStringLiteral("must be a JSON object")));
}

void TestConfigDocument::groupsMustBeObjects()
{
    const ConfigDocument::Parsed parsed = ConfigDocument::parse(
        R"({"layout": 5, "preferences": {"theme": "dark"}})", QStringLiteral("d"));
    const QStringList errors = messages(parsed, Violation::Severity::Error);
    QVERIFY(
        errors.contains(QStringLiteral("layout: must be an object holding settings (value: 5)")));
    QVERIFY(errors.contains(
        QStringLiteral("preferences.theme: must be an object holding settings (value: dark)")));
}

void TestConfigDocument::newerVersionIsRefused()
{
    const ConfigDocument::Parsed parsed =
        ConfigDocument::parse(R"({"version": "6.0.0"})", QStringLiteral("d"));
    QVERIFY(!parsed.isValid());
    QVERIFY(parsed.violations.first().toString().startsWith(
        QStringLiteral("version: written by a newer Hubstate")));
    const ConfigDocument::Parsed wrongType =
        ConfigDocument::parse(R"({"version": 2})", QStringLiteral("d"));
    QVERIFY(!wrongType.isValid());
}

void TestConfigDocument::unknownKeysAreWarningsAndKept()
{
    const ConfigDocument::Parsed parsed = ConfigDocument::parse(
        R"({"layout": {"maxPanes": 3, "wobble": true}, "extra": "x"})", QStringLiteral("d"));
    QVERIFY(parsed.isValid());
    const QStringList warnings = messages(parsed, Violation::Severity::Warning);
    QCOMPARE(warnings.size(), 2);
    QVERIFY(warnings.first().startsWith(QStringLiteral("extra: unknown key")));
    QCOMPARE(parsed.unknown.value(QStringLiteral("layout.wobble")), QStringLiteral("true"));
    QCOMPARE(parsed.values.size(), 1);
}

void TestConfigDocument::oldNameAppliesToTheNewKey()
{
    // A document exported before file version 3 names performance.syncInterval.
    const ConfigDocument::Parsed old = ConfigDocument::parse(
        R"({"version": "2.0.0", "performance": {"cacheSize": 20971520, "syncInterval": 10000}})",
        QStringLiteral("d"));
    QVERIFY(old.isValid());
    QCOMPARE(old.values.value(QStringLiteral("sync.interval")).toLongLong(), 10000);
    QVERIFY(!old.values.contains(QStringLiteral("performance.syncInterval")));
    QVERIFY(old.unknown.isEmpty());
    QCOMPARE(messages(old, Violation::Severity::Warning),
             QStringList{QStringLiteral("performance.syncInterval: this setting is called "
                                        "sync.interval now; the value applies to sync.interval")});

    // Beside the new name, whichever comes first, the new name wins.
    const ConfigDocument::Parsed both = ConfigDocument::parse(
        R"({"sync": {"interval": 20000}, "performance": {"syncInterval": 10000}})",
        QStringLiteral("d"));
    QVERIFY(both.isValid());
    QCOMPARE(both.values.value(QStringLiteral("sync.interval")).toLongLong(), 20000);
    QCOMPARE(both.values.size(), 1);
    QVERIFY(messages(both, Violation::Severity::Warning)
                .first()
                .contains(QStringLiteral("the document holds sync.interval too; ignored")));

    // Before file version 5 a document named one destination: it is the list's only entry.
    const ConfigDocument::Parsed one = ConfigDocument::parse(
        R"({"version": "4.0.0", "backup": {"destination": "/srv/backups"}})", QStringLiteral("d"));
    QVERIFY(one.isValid());
    QCOMPARE(one.values.value(QStringLiteral("backup.destinations")).toString(),
             BackupDestinations::toJson(
                 {BackupDestinations::fromLocation(QStringLiteral("/srv/backups"))}));
    QVERIFY(BackupDestinations::parse(
        one.values.value(QStringLiteral("backup.destinations")).toString()));
}

void TestConfigDocument::removedKeyIsIgnoredWithItsReason()
{
    // A document exported before file version 4 may hold security.lockAfterIdle.
    const ConfigDocument::Parsed old = ConfigDocument::parse(
        R"({"version": "3.0.0", "security": {"lockAfterIdle": 0, "requireTls": false}})",
        QStringLiteral("d"));
    QVERIFY(old.isValid());
    QCOMPARE(old.values.size(), 1);
    QVERIFY(old.unknown.isEmpty()); // not kept in the settings file either
    const QStringList warnings = messages(old, Violation::Severity::Warning);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().startsWith(
                 QStringLiteral("security.lockAfterIdle: this setting was removed (Hubstate keeps "
                                "no backup password in memory")),
             qPrintable(warnings.first()));
}

void TestConfigDocument::exportThenImportRoundTrips()
{
    QTemporaryDir first;
    QTemporaryDir second;
    PreferencesStore source(Profile::inDirectory(first.path()),
                            first.filePath(QStringLiteral("p.ini")));
    QVERIFY(source.open());
    QVERIFY(source.setText(QStringLiteral("preferences.theme.mode"), QStringLiteral("dark")));
    QVERIFY(source.setText(QStringLiteral("preferences.keyboard.shortcuts.app.find"),
                           QStringLiteral("Ctrl+K, Ctrl+F")));
    QVERIFY(source.setText(QStringLiteral("layout.minPaneSize.width"), QStringLiteral("320")));
    const QByteArray json = QJsonDocument(ConfigDocument::build(source)).toJson();
    QVERIFY(json.contains("\"app.find\": \"Ctrl+K, Ctrl+F\""));

    const ConfigDocument::Parsed parsed =
        ConfigDocument::parse(json, QStringLiteral("export.json"));
    QVERIFY(parsed.isValid());
    QVERIFY(parsed.violations.isEmpty());
    PreferencesStore target(Profile::inDirectory(second.path()),
                            second.filePath(QStringLiteral("p.ini")));
    QVERIFY(target.open());
    QVERIFY(target.setValues(parsed.values));
    QCOMPARE(target.text(QStringLiteral("preferences.theme.mode")), QStringLiteral("dark"));
    QCOMPARE(target.text(QStringLiteral("preferences.keyboard.shortcuts.app.find")),
             QStringLiteral("Ctrl+K, Ctrl+F"));
    QCOMPARE(target.value(QStringLiteral("layout.minPaneSize.width")).toLongLong(), 320);
    // Values equal to the layers below are not written: exactly what the source had changed.
    QCOMPARE(QJsonDocument(ConfigDocument::build(target)).toJson(), json);
    QVERIFY(target.isModified(QStringLiteral("preferences.theme.mode")));
    QVERIFY(!target.isModified(QStringLiteral("layout.maxPanes")));
}

QTEST_GUILESS_MAIN(TestConfigDocument)
#include "tst_configdocument.moc"
