// Export and delete-my-data against a real Secret Service (with-keyring.sh): a planted canary
// secret never reaches the export, in the ZIP's bytes or in any entry unpacked; after a delete,
// neither a walk of the profile nor the keychain finds anything; a keychain that cannot answer
// stops the delete before anything is removed.
#include "../core/clirunner.h"
#include "../core/zipentries.h"
#include "canary.h"
#include "core/profile/profile.h"
#include "core/secrets/secretstore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Hubstate::Core;
using namespace Hubstate::Tests;

class TestPrivacyData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_profile = m_dir.filePath(QStringLiteral("profile-%1").arg(++m_count)); }
    // with-keyring.sh unlocked
    void canaryNeverReachesTheExport();
    void deleteLeavesNothingBehind();
    void deleteKeepsBackupsUnlessAsked();
    // with-keyring.sh locked / none
    void deleteIsRefusedWithoutAWorkingKeychain();

private:
    CliRun run(const QStringList &arguments, const QByteArray &input = {})
    {
        return runCli(m_profile, m_dir.filePath(QStringLiteral("none.ini")), arguments, {}, input);
    }
    void plant(const QByteArray &canary)
    {
        QCOMPARE(run({QStringLiteral("dev"), QStringLiteral("generate-profile"),
                      QStringLiteral("--messages"), QStringLiteral("100")})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("secret"), QStringLiteral("set"),
                      QStringLiteral("agent.scout.apiKey"), QStringLiteral("--purpose"),
                      QStringLiteral("API key of agent scout")},
                     canary)
                     .exitCode,
                 0);
    }
    // Every entry of Hubstate's service, as secret-tool lists them (QtKeychain's libsecret
    // schema: "server" is the service, "user" the scoped key).
    QByteArray searchKeychain()
    {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                    SecretStore::serviceName()});
        if (!tool.waitForFinished(30000))
            return "secret-tool did not finish";
        return tool.readAllStandardOutput() + tool.readAllStandardError();
    }
    QStringList filesUnder(const QString &directory)
    {
        QStringList files;
        QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        return files;
    }
    QTemporaryDir m_dir{QDir::homePath() + QStringLiteral("/privacy-XXXXXX")};
    QString m_profile;
    int m_count = 0;
};

void TestPrivacyData::canaryNeverReachesTheExport()
{
    QVERIFY(QDir::homePath().startsWith(QStringLiteral("/tmp/hubstate-keyring.")));
    const QByteArray canary = "hubstate-privacy-canary-8e41c7a2f90b";
    plant(canary);
    QCOMPARE(
        run({QStringLiteral("secret"), QStringLiteral("get"), QStringLiteral("agent.scout.apiKey")})
            .out.toUtf8(),
        canary);

    const QString out = m_dir.filePath(QStringLiteral("export.zip"));
    QCOMPARE(
        run({QStringLiteral("privacy"), QStringLiteral("export"), QStringLiteral("--out"), out})
            .exitCode,
        0);
    QFile zip(out);
    QVERIFY(zip.open(QIODevice::ReadOnly));
    QVERIFY(!containsCanary(zip.readAll(), canary));
    const QMap<QString, QByteArray> entries = zipEntries(out);
    QVERIFY(entries.contains(QStringLiteral("secrets.json")));
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        QVERIFY2(!containsCanary(it.value(), canary), qPrintable(it.key()));

    // The secret's name is listed, and the manifest says its value was left out.
    QVERIFY(entries.value(QStringLiteral("secrets.json")).contains("agent.scout.apiKey"));
    const QJsonArray leftOut =
        QJsonDocument::fromJson(entries.value(QStringLiteral("manifest.json")))
            .object()
            .value(QStringLiteral("leftOut"))
            .toArray();
    bool named = false;
    for (const QJsonValue &item : leftOut)
        named = named || item[QStringLiteral("item")].toString() == u"secrets/agent.scout.apiKey";
    QVERIFY(named);
    QVERIFY(filesContaining(m_profile, canary).isEmpty());
}

void TestPrivacyData::deleteLeavesNothingBehind()
{
    const QByteArray canary = "hubstate-delete-canary-13c5b0e7d2a4";
    plant(canary);
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("create"),
                  QStringLiteral("--password-stdin")},
                 "backup password\n")
                 .exitCode,
             0);
    QVERIFY(!filesUnder(m_profile + QStringLiteral("/backups")).isEmpty());
    // A backup in another folder, known to the catalog, goes too.
    const QString elsewhere = m_dir.filePath(QStringLiteral("elsewhere-%1").arg(m_count));
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--to"),
                  elsewhere, QStringLiteral("--no-encrypt")})
                 .exitCode,
             0);
    const QStringList otherBackups = filesUnder(elsewhere);
    QCOMPARE(otherBackups.size(), 1);
    const QByteArray scope = Profile::inDirectory(m_profile).keychainScope().toUtf8();
    QVERIFY(searchKeychain().contains(QByteArray(scope + "/agent.scout.apiKey")));

    const CliRun deleted =
        run({QStringLiteral("--json"), QStringLiteral("privacy"), QStringLiteral("delete"),
             QStringLiteral("--yes"), QStringLiteral("--include-backups")});
    QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err));
    const QJsonObject report = QJsonDocument::fromJson(deleted.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("deleted")), QJsonValue(true));
    QVERIFY(report.value(QStringLiteral("remaining")).toArray().isEmpty());
    QStringList removed;
    for (const QJsonValue &store : report.value(QStringLiteral("removed")).toArray())
        removed.append(store[QStringLiteral("location")].toString());
    QVERIFY(removed.contains(QStringLiteral("agent.scout.apiKey")));
    QVERIFY(removed.contains(QStringLiteral("backup.masterKey")));
    QVERIFY(removed.contains(QDir(m_profile).absoluteFilePath(QStringLiteral("data/hubstate.db"))));
    QVERIFY(removed.contains(QFileInfo(otherBackups.first()).absoluteFilePath()));

    // A walk of the profile, and of the other backup folder, finds no file at all.
    QCOMPARE(filesUnder(m_profile), QStringList());
    QCOMPARE(filesUnder(elsewhere), QStringList());
    // The keychain, asked directly, has neither the secret nor the backup key, and works.
    const SecretStore store(Profile::inDirectory(m_profile).keychainScope());
    QCOMPARE(store.probe().health, SecretStore::Health::Healthy);
    for (const QString &name :
         {QStringLiteral("agent.scout.apiKey"), QStringLiteral("backup.masterKey")}) {
        const Result<QByteArray> value = store.read(name);
        QVERIFY2(!value, qPrintable(name));
        QCOMPARE(value.error().code, ErrorCode::InvalidInput);
    }
    // The CLI agrees: the secret is missing, and secret-tool finds nothing of this profile.
    QCOMPARE(
        run({QStringLiteral("secret"), QStringLiteral("get"), QStringLiteral("agent.scout.apiKey")})
            .exitCode,
        3);
    const QByteArray found = searchKeychain();
    QVERIFY2(!containsCanary(found, canary), found.constData());
    QVERIFY2(!found.contains(scope), found.constData());
}

void TestPrivacyData::deleteKeepsBackupsUnlessAsked()
{
    plant("hubstate-keep-canary-77aa01");
    QCOMPARE(
        run({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--no-encrypt")})
            .exitCode,
        0);
    const QStringList backups = filesUnder(m_profile + QStringLiteral("/backups"));
    QVERIFY(!backups.isEmpty());
    const CliRun deleted =
        run({QStringLiteral("privacy"), QStringLiteral("delete"), QStringLiteral("--yes")});
    QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err));
    // What stayed is said, and no backup key is claimed removed: none was ever set up.
    QVERIFY2(deleted.out.contains(QStringLiteral("Kept (add --include-backups to delete them "
                                                 "too):")),
             qPrintable(deleted.out));
    QVERIFY2(deleted.out.contains(QDir(m_profile).absoluteFilePath(QStringLiteral("backups"))),
             qPrintable(deleted.out));
    QVERIFY2(!deleted.out.contains(QStringLiteral("backup.masterKey")), qPrintable(deleted.out));
    QVERIFY(deleted.out.contains(QStringLiteral("agent.scout.apiKey")));
    QStringList expected = backups;
    expected.append(QDir(m_profile).absoluteFilePath(QStringLiteral("state/backups.json")));
    expected.sort();
    QStringList left = filesUnder(m_profile);
    left.sort();
    QCOMPARE(left, expected);
}

void TestPrivacyData::deleteIsRefusedWithoutAWorkingKeychain()
{
    QCOMPARE(run({QStringLiteral("dev"), QStringLiteral("generate-profile"),
                  QStringLiteral("--messages"), QStringLiteral("50")})
                 .exitCode,
             0);
    const QStringList before = filesUnder(m_profile);
    QVERIFY(!before.isEmpty());
    const CliRun refused =
        run({QStringLiteral("privacy"), QStringLiteral("delete"), QStringLiteral("--yes")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("Nothing was deleted")), qPrintable(refused.err));
    QVERIFY(refused.err.contains(QStringLiteral("keychain")));
    QVERIFY(refused.err.contains(QStringLiteral("hubstate.db")));
    QStringList after = filesUnder(m_profile);
    QCOMPARE(after, before);
}

QTEST_GUILESS_MAIN(TestPrivacyData)
#include "tst_privacydata.moc"
