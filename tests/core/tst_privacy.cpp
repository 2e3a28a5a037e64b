// The privacy export and the delete-my-data plan through hubstate-cli, as a user runs them:
// what the ZIP holds, what the schema's export rules keep out, and the manifest saying why.
#include "clirunner.h"
#include "zipentries.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Hubstate::Tests;

class TestPrivacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void exportFollowsTheSchemasRules();
    void exportOfChosenCategories();
    void exportRefusesUnknownCategories();
    void deleteWithoutYesOnlyLists();

private:
    CliRun run(const QStringList &arguments)
    {
        return runCli(m_profile, QStringLiteral("/nonexistent/policy.ini"), arguments);
    }
    QJsonObject json(const QByteArray &bytes) { return QJsonDocument::fromJson(bytes).object(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_profile;
};

void TestPrivacy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = m_dir->filePath(QStringLiteral("profile"));
    QCOMPARE(run({QStringLiteral("dev"), QStringLiteral("generate-profile"),
                  QStringLiteral("--messages"), QStringLiteral("200"), QStringLiteral("--layouts"),
                  QStringLiteral("3"), QStringLiteral("--agents"), QStringLiteral("2")})
                 .exitCode,
             0);
}

void TestPrivacy::exportFollowsTheSchemasRules()
{
    // sync.serverUrl is confidential with the rule "redact"; the unknown key was never declared.
    const QString serverUrl = QStringLiteral("https://alice@dav.private-host.example/sync/");
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("sync.serverUrl"),
                  serverUrl})
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"),
                  QStringLiteral("privacy.analytics"), QStringLiteral("true")})
                 .exitCode,
             0);
    {
        QFile ini(m_profile + QStringLiteral("/config/hubstate.ini"));
        QVERIFY(ini.open(QIODevice::Append));
        ini.write("\n[custom]\nunknownToken=undeclared-value-4711\n");
    }

    const QString out = m_dir->filePath(QStringLiteral("export/my-data.zip"));
    const CliRun exported = run({QStringLiteral("--json"), QStringLiteral("privacy"),
                                 QStringLiteral("export"), QStringLiteral("--out"), out});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(json(exported.out.toUtf8()).value(QStringLiteral("file")).toString(), out);
    QCOMPARE(QFile::permissions(out) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());

    const QMap<QString, QByteArray> entries = zipEntries(out);
    QCOMPARE(entries.keys(),
             (QStringList{QStringLiteral("agents.json"), QStringLiteral("connections.json"),
                          QStringLiteral("history.json"), QStringLiteral("layouts.json"),
                          QStringLiteral("manifest.json"), QStringLiteral("metrics.json"),
                          QStringLiteral("secrets.json"), QStringLiteral("settings.json"),
                          QStringLiteral("summary.md")}));
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        QVERIFY2(!it.value().contains("private-host"), qPrintable(it.key()));
        QVERIFY2(!it.value().contains("undeclared-value-4711"), qPrintable(it.key()));
        if (it.key().endsWith(QLatin1String(".json")))
            QVERIFY2(!QJsonDocument::fromJson(it.value()).isNull(), qPrintable(it.key()));
    }

    // Included settings carry their value; the redacted one says so and carries none.
    QMap<QString, QJsonObject> settings;
    for (const QJsonValue &value : json(entries.value(QStringLiteral("settings.json")))
                                       .value(QStringLiteral("settings"))
                                       .toArray())
        settings.insert(value[QStringLiteral("key")].toString(), value.toObject());
    QCOMPARE(settings.value(QStringLiteral("privacy.analytics")).value(QStringLiteral("value")),
             QJsonValue(true));
    QCOMPARE(settings.value(QStringLiteral("privacy.telemetry")).value(QStringLiteral("value")),
             QJsonValue(false));
    const QJsonObject redacted = settings.value(QStringLiteral("sync.serverUrl"));
    QCOMPARE(redacted.value(QStringLiteral("redacted")), QJsonValue(true));
    QVERIFY(!redacted.contains(QStringLiteral("value")));
    QVERIFY(!settings.contains(QStringLiteral("custom.unknownToken")));

    // The manifest lists what was left out and why.
    const QJsonObject manifest = json(entries.value(QStringLiteral("manifest.json")));
    QCOMPARE(manifest.value(QStringLiteral("format")).toString(),
             QStringLiteral("hubstate-privacy-export"));
    QMap<QString, QString> leftOut;
    for (const QJsonValue &value : manifest.value(QStringLiteral("leftOut")).toArray())
        leftOut.insert(value[QStringLiteral("item")].toString(),
                       value[QStringLiteral("reason")].toString());
    QVERIFY(
        leftOut.value(QStringLiteral("settings/sync.serverUrl")).contains(QLatin1String("redact")));
    QVERIFY(leftOut.value(QStringLiteral("settings/custom.unknownToken"))
                .contains(QLatin1String("never exported")));
    QVERIFY(leftOut.value(QStringLiteral("keychain")).contains(QLatin1String("never exported")));

    // Every message is there, with the counts the summary gives.
    const CliRun stats =
        run({QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("stats")});
    const qint64 messages = json(stats.out.toUtf8()).value(QStringLiteral("messages")).toInteger();
    QCOMPARE(messages, 200);
    qint64 exportedMessages = 0;
    const QJsonArray conversations = json(entries.value(QStringLiteral("history.json")))
                                         .value(QStringLiteral("conversations"))
                                         .toArray();
    for (const QJsonValue &conversation : conversations)
        exportedMessages += conversation[QStringLiteral("messages")].toArray().size();
    QCOMPARE(exportedMessages, messages);
    const CliRun layouts =
        run({QStringLiteral("--json"), QStringLiteral("layout"), QStringLiteral("list")});
    const qsizetype storedLayouts = QJsonDocument::fromJson(layouts.out.toUtf8()).array().size();
    QVERIFY(storedLayouts >= 3); // the generated ones and the built-in templates
    QCOMPARE(json(entries.value(QStringLiteral("layouts.json")))
                 .value(QStringLiteral("layouts"))
                 .toArray()
                 .size(),
             storedLayouts);
    QCOMPARE(json(entries.value(QStringLiteral("agents.json")))
                 .value(QStringLiteral("agents"))
                 .toArray()
                 .size(),
             2);
    const QString summary = QString::fromUtf8(entries.value(QStringLiteral("summary.md")));
    QVERIFY2(summary.contains(
                 QStringLiteral("Conversations and messages (`history.json`): 200 records")),
             qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("settings/sync.serverUrl")));
}

void TestPrivacy::exportOfChosenCategories()
{
    const QString out = m_dir->filePath(QStringLiteral("some.zip"));
    QCOMPARE(run({QStringLiteral("privacy"), QStringLiteral("export"), QStringLiteral("--out"), out,
                  QStringLiteral("--only"), QStringLiteral("settings,history")})
                 .exitCode,
             0);
    const QMap<QString, QByteArray> entries = zipEntries(out);
    QCOMPARE(entries.keys(),
             (QStringList{QStringLiteral("history.json"), QStringLiteral("manifest.json"),
                          QStringLiteral("settings.json"), QStringLiteral("summary.md")}));
    const QJsonObject manifest = json(entries.value(QStringLiteral("manifest.json")));
    QStringList notChosen;
    for (const QJsonValue &value : manifest.value(QStringLiteral("leftOut")).toArray()) {
        if (value[QStringLiteral("reason")].toString().contains(QLatin1String("not chosen")))
            notChosen.append(value[QStringLiteral("item")].toString());
    }
    QCOMPARE(notChosen,
             (QStringList{QStringLiteral("layouts"), QStringLiteral("agents"),
                          QStringLiteral("connections"), QStringLiteral("metrics"),
                          QStringLiteral("secrets")}));
}

void TestPrivacy::exportRefusesUnknownCategories()
{
    const QString out = m_dir->filePath(QStringLiteral("none.zip"));
    const CliRun refused =
        run({QStringLiteral("privacy"), QStringLiteral("export"), QStringLiteral("--out"), out,
             QStringLiteral("--only"), QStringLiteral("settings,passwords")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("\"passwords\" is not an export category")),
             qPrintable(refused.err));
    QVERIFY(!QFile::exists(out));
    QCOMPARE(run({QStringLiteral("privacy"), QStringLiteral("export")}).exitCode, 2);
}

void TestPrivacy::deleteWithoutYesOnlyLists()
{
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"),
                  QStringLiteral("privacy.telemetry"), QStringLiteral("true")})
                 .exitCode,
             0);
    const CliRun listed =
        run({QStringLiteral("--json"), QStringLiteral("privacy"), QStringLiteral("delete")});
    QCOMPARE(listed.exitCode, 2);
    QVERIFY(listed.err.contains(QStringLiteral("--yes")));
    const QJsonArray stores =
        json(listed.out.toUtf8()).value(QStringLiteral("wouldDelete")).toArray();
    QStringList locations;
    for (const QJsonValue &store : stores)
        locations.append(store[QStringLiteral("location")].toString());
    const QString database = QDir(m_profile).absoluteFilePath(QStringLiteral("data/hubstate.db"));
    QVERIFY2(locations.contains(database), qPrintable(locations.join(u'\n')));
    QVERIFY(locations.contains(
        QDir(m_profile).absoluteFilePath(QStringLiteral("config/hubstate.ini"))));
    QVERIFY(locations.contains(QStringLiteral("backup.masterKey")));
    QVERIFY(QFile::exists(database));

    const CliRun text = run({QStringLiteral("privacy"), QStringLiteral("delete")});
    QCOMPARE(text.exitCode, 2);
    QVERIFY(text.out.contains(database));
    QVERIFY(QFile::exists(database));
}

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
