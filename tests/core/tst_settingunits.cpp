// Units of number settings: shown as people read them ("30 s", "512 MiB"), typed with or
// without a unit ("5min", "512MiB", "30000"), parsed strictly, stored as the raw number.
#include "core/settings/settingsschema.h"
#include "core/settings/settingunits.h"

#include <QTest>

using namespace Hubstate::Core;

class TestSettingUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyUnitOfTheSchemaHasAKind();
    void format_data();
    void format();
    void parse_data();
    void parse();
    void unitsOfferedFollowTheBounds();
    void searchTermsNameTheUnits();
};

namespace {
const SettingDefinition &setting(const char *key)
{
    const SettingDefinition *definition = SettingsSchema::instance().find(QLatin1String(key));
    Q_ASSERT(definition);
    return *definition;
}
} // namespace

void TestSettingUnits::everyUnitOfTheSchemaHasAKind()
{
    // A new unit in the schema needs editors and parsing: this test says so.
    for (const SettingDefinition &definition : SettingsSchema::instance().settings()) {
        if (definition.unit.isEmpty())
            continue;
        QVERIFY2(SettingUnits::kind(definition) != SettingUnits::Kind::None,
                 qPrintable(definition.key + u' ' + definition.unit));
        // What format() writes, parse() reads back to the same number.
        for (const qint64 value :
             {definition.minimum, definition.maximum, definition.defaultValue.toLongLong()}) {
            qint64 parsed = -1;
            const QString shown = SettingUnits::format(definition, value);
            const std::optional<Violation> broken = SettingUnits::parse(definition, shown, &parsed);
            QVERIFY2(!broken, qPrintable(definition.key + u' ' + shown));
            QCOMPARE(parsed, value);
        }
    }
}

void TestSettingUnits::format_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("30 s") << "agents.timeout" << qint64(30000) << "30 s";
    QTest::newRow("5 min") << "agents.timeout" << qint64(300000) << "5 min";
    QTest::newRow("90 s stays seconds") << "agents.timeout" << qint64(90000) << "90 s";
    QTest::newRow("1500 ms") << "agents.timeout" << qint64(1500) << "1500 ms";
    QTest::newRow("1 day") << "backup.interval" << qint64(86400000) << "1 day";
    QTest::newRow("2 days") << "backup.interval" << qint64(2 * 86400000LL) << "2 days";
    QTest::newRow("1 h") << "backup.interval" << qint64(3600000) << "1 h";
    QTest::newRow("0 autosave") << "preferences.layout.autoSaveInterval" << qint64(0) << "0 s";
    QTest::newRow("100 ms retry") << "sync.retryDelay" << qint64(100) << "100 ms";
    QTest::newRow("512 MiB") << "limits.memoryLimit" << qint64(512) * 1024 * 1024 << "512 MiB";
    QTest::newRow("2 GiB") << "limits.storageLimit" << qint64(2) * 1024 * 1024 * 1024 << "2 GiB";
    QTest::newRow("1 TiB") << "limits.storageLimit" << (qint64(1) << 40) << "1 TiB";
    QTest::newRow("50 MiB") << "performance.cacheSize" << qint64(50) * 1024 * 1024 << "50 MiB";
    QTest::newRow("150%") << "preferences.accessibility.textScale" << qint64(150) << "150%";
    QTest::newRow("200 px") << "layout.minPaneSize.width" << qint64(200) << "200 px";
    QTest::newRow("no unit") << "layout.maxPanes" << qint64(9) << "9";
}

void TestSettingUnits::format()
{
    QFETCH(QString, key);
    QFETCH(qint64, value);
    QFETCH(QString, expected);
    QCOMPARE(SettingUnits::format(*SettingsSchema::instance().find(key), value), expected);
}

void TestSettingUnits::parse_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected"); // -1: refused
    QTest::addColumn<QString>("message");
    const QString timeout = QStringLiteral("agents.timeout");
    const QString memory = QStringLiteral("limits.memoryLimit");
    const QString none;
    QTest::newRow("raw ms") << timeout << "30000" << qint64(30000) << none;
    QTest::newRow("5min") << timeout << "5min" << qint64(300000) << none;
    QTest::newRow("5 min") << timeout << "5 min" << qint64(300000) << none;
    QTest::newRow("30s") << timeout << "30s" << qint64(30000) << none;
    QTest::newRow("1.5s") << timeout << "1.5s" << qint64(1500) << none;
    QTest::newRow("2 minutes") << timeout << "2 minutes" << qint64(120000) << none;
    QTest::newRow("MIN any case") << timeout << "2MIN" << qint64(120000) << none;
    QTest::newRow("spaces around") << timeout << "  45 s " << qint64(45000) << none;
    QTest::newRow("1 day") << "backup.interval"
                           << "1 day" << qint64(86400000) << none;
    QTest::newRow("2d") << "backup.interval"
                        << "2d" << qint64(172800000) << none;
    QTest::newRow("512MiB") << memory << "512MiB" << qint64(512) * 1024 * 1024 << none;
    QTest::newRow("1.5 GiB") << memory << "1.5 GiB" << qint64(1536) * 1024 * 1024 << none;
    QTest::newRow("raw bytes") << memory << "536870912" << qint64(536870912) << none;
    QTest::newRow("150%") << "preferences.accessibility.textScale"
                          << "150%" << qint64(150) << none;
    QTest::newRow("200px") << "layout.minPaneSize.width"
                           << "200px" << qint64(200) << none;

    QTest::newRow("too long") << timeout << "6min" << qint64(-1)
                              << "agents.timeout: exceeds maximum value of 300000 (5 min) "
                                 "(value: 6min)";
    QTest::newRow("too short") << timeout << "0.5 s" << qint64(-1)
                               << "agents.timeout: is below minimum value of 1000 (1 s) "
                                  "(value: 0.5 s)";
    QTest::newRow("negative") << timeout << "-5s" << qint64(-1)
                              << "agents.timeout: is below minimum value of 1000 (1 s) "
                                 "(value: -5s)";
    QTest::newRow("unknown unit") << timeout << "5 parsecs" << qint64(-1)
                                  << "agents.timeout: \"parsecs\" is not a unit of time; use "
                                     "ms, s, min, h or d (value: 5 parsecs)";
    QTest::newRow("size unit on a duration") << timeout << "5MiB" << qint64(-1)
                                             << "agents.timeout: \"MiB\" is not a unit of time; "
                                                "use ms, s, min, h or d (value: 5MiB)";
    QTest::newRow("MB is ambiguous") << memory << "512MB" << qint64(-1)
                                     << "limits.memoryLimit: \"MB\" is ambiguous (1000 or "
                                        "1024?); write MiB (value: 512MB)";
    QTest::newRow("fraction of a ms") << timeout << "1.0005s" << qint64(-1)
                                      << "agents.timeout: is not a whole number of ms (value: "
                                         "1.0005s)";
    QTest::newRow("two numbers") << timeout << "5 min 30 s" << qint64(-1)
                                 << "agents.timeout: must be a whole number of milliseconds, or "
                                    "a number and a unit (ms, s, min, h or d) such as 30s or "
                                    "5min (value: 5 min 30 s)";
    QTest::newRow("empty") << timeout << "" << qint64(-1)
                           << "agents.timeout: must be a whole number of milliseconds, or a "
                              "number and a unit (ms, s, min, h or d) such as 30s or 5min "
                              "(value: )";
    QTest::newRow("exponent") << memory << "1e9" << qint64(-1)
                              << "limits.memoryLimit: must be a whole number of bytes, or a "
                                 "number and a unit (B, KiB, MiB, GiB or TiB) such as 512MiB "
                                 "(value: 1e9)";
    QTest::newRow("overflow") << memory << "999999999999999999 TiB" << qint64(-1)
                              << "limits.memoryLimit: is too large (value: "
                                 "999999999999999999 TiB)";
    QTest::newRow("percent unit elsewhere") << "preferences.accessibility.textScale"
                                            << "150px" << qint64(-1)
                                            << "preferences.accessibility.textScale: \"px\" is not "
                                               "a unit of this setting; use % (value: 150px)";
    QTest::newRow("no unit takes none")
        << "layout.maxPanes"
        << "5min" << qint64(-1) << "layout.maxPanes: must be a whole number (value: 5min)";
}

void TestSettingUnits::parse()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    QFETCH(QString, message);
    qint64 value = -1;
    const std::optional<Violation> broken =
        SettingUnits::parse(*SettingsSchema::instance().find(key), text, &value);
    if (expected >= 0) {
        QVERIFY2(!broken, broken ? qPrintable(broken->toString()) : "");
        QCOMPARE(value, expected);
    } else {
        QVERIFY(broken);
        QCOMPARE(broken->toString(), message);
        QCOMPARE(value, qint64(-1)); // untouched
    }
}

void TestSettingUnits::unitsOfferedFollowTheBounds()
{
    const auto symbols = [](const char *key, qint64 value) {
        QStringList result;
        for (const SettingUnits::Unit &unit : SettingUnits::unitsFor(setting(key), value))
            result.append(unit.symbol);
        return result.join(u' ');
    };
    QCOMPARE(symbols("agents.timeout", 30000), QStringLiteral("s min"));
    QCOMPARE(symbols("agents.timeout", 1500), QStringLiteral("ms s min")); // needs ms
    QCOMPARE(symbols("backup.interval", 86400000), QStringLiteral("min h d"));
    QCOMPARE(symbols("sync.retryDelay", 5000), QStringLiteral("ms s min"));
    QCOMPARE(symbols("preferences.layout.autoSaveInterval", 0), QStringLiteral("s min h"));
    QCOMPARE(symbols("limits.memoryLimit", 512 * 1024 * 1024LL), QStringLiteral("MiB GiB"));
    QCOMPARE(symbols("limits.storageLimit", 2LL << 30), QStringLiteral("MiB GiB TiB"));
    QCOMPARE(symbols("performance.cacheSize", 50LL << 20), QStringLiteral("MiB"));
    QCOMPARE(symbols("preferences.accessibility.textScale", 100), QStringLiteral("%"));
    QCOMPARE(SettingUnits::rangeText(setting("agents.timeout")), QStringLiteral("1 s to 5 min"));
}

void TestSettingUnits::searchTermsNameTheUnits()
{
    const QStringList duration = SettingUnits::searchTerms(setting("agents.timeout"));
    QVERIFY(duration.contains(QStringLiteral("ms")));
    QVERIFY(duration.contains(QStringLiteral("min")));
    QVERIFY(duration.contains(QStringLiteral("seconds")));
    const QStringList size = SettingUnits::searchTerms(setting("performance.cacheSize"));
    QVERIFY(size.contains(QStringLiteral("MiB")));
    QVERIFY(size.contains(QStringLiteral("bytes")));
    QVERIFY(!size.contains(QStringLiteral("ms")));
    QVERIFY(SettingUnits::searchTerms(setting("layout.maxPanes")).isEmpty());
}

QTEST_GUILESS_MAIN(TestSettingUnits)
#include "tst_settingunits.moc"
