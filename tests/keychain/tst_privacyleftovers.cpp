// Delete-my-data against a real Secret Service (with-keyring.sh unlocked) where the index does
// not tell the whole story: a secret a restore wrote back, an entry nobody indexed, a backup
// quarantined in a --to folder. Planted canaries must be gone from the keychain (searched by
// the profile's attribute, as secret-tool does) and from every folder Hubstate wrote to.
#include "../core/clirunner.h"
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

class TestPrivacyLeftovers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { m_profile = m_dir.filePath(QStringLiteral("profile-%1").arg(++m_count)); }
    void restoredSecretIsIndexed();
    void unindexedEntriesAreFoundAndDeleted();
    void quarantinedBackupElsewhereIsDeleted();
    void searchFindsOnlyThisProfile();

private:
    CliRun run(const QStringList &arguments, const QByteArray &input = {})
    {
        return runCli(m_profile, m_dir.filePath(QStringLiteral("none.ini")), arguments, {}, input);
    }
    QString scope() const { return Profile::inDirectory(m_profile).keychainScope(); }
    // An encrypted backup that holds the secret, then the secret deleted (keychain and index).
    QString backUpThenDeleteSecret(const QByteArray &canary);
    QStringList secretList();
    QJsonObject deleteEverything();
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
    static QStringList filesUnder(const QString &directory)
    {
        QStringList files;
        QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        return files;
    }

    QTemporaryDir m_dir{QDir::homePath() + QStringLiteral("/leftovers-XXXXXX")};
    QString m_profile;
    int m_count = 0;
};

void TestPrivacyLeftovers::initTestCase()
{
    QVERIFY2(QDir::homePath().startsWith(QStringLiteral("/tmp/hubstate-keyring.")),
             "run under tests/keychain/with-keyring.sh");
    QCOMPARE(SecretStore().probe().health, SecretStore::Health::Healthy);
}

QString TestPrivacyLeftovers::backUpThenDeleteSecret(const QByteArray &canary)
{
    const auto ok = [](const CliRun &result) {
        if (result.exitCode != 0)
            qWarning("%s", qPrintable(result.err));
        return result.exitCode == 0;
    };
    if (!ok(run({QStringLiteral("config"), QStringLiteral("set"),
                 QStringLiteral("backup.includeSecrets"), QStringLiteral("true")}))
        || !ok(run({QStringLiteral("secret"), QStringLiteral("set"),
                    QStringLiteral("agent.scout.apiKey"), QStringLiteral("--purpose"),
                    QStringLiteral("API key of agent scout")},
                   canary))
        || !ok(run({QStringLiteral("backup"), QStringLiteral("create"),
                    QStringLiteral("--password-stdin")},
                   "backup password\n"))
        || !ok(run({QStringLiteral("secret"), QStringLiteral("delete"),
                    QStringLiteral("agent.scout.apiKey")}))) {
        return {};
    }
    const QStringList files = QDir(m_profile + QStringLiteral("/backups"))
                                  .entryList({QStringLiteral("*.hsbk")}, QDir::Files);
    return files.size() == 1 ? m_profile + QStringLiteral("/backups/") + files.first() : QString();
}

QStringList TestPrivacyLeftovers::secretList()
{
    const CliRun listed =
        run({QStringLiteral("--json"), QStringLiteral("secret"), QStringLiteral("list")});
    QStringList names;
    for (const QJsonValue &entry : QJsonDocument::fromJson(listed.out.toUtf8()).array())
        names.append(entry[QStringLiteral("name")].toString());
    return names;
}

QJsonObject TestPrivacyLeftovers::deleteEverything()
{
    const CliRun deleted =
        run({QStringLiteral("--json"), QStringLiteral("privacy"), QStringLiteral("delete"),
             QStringLiteral("--yes"), QStringLiteral("--include-backups")});
    if (deleted.exitCode != 0)
        qWarning("privacy delete: exit %d: %s", deleted.exitCode, qPrintable(deleted.err));
    return QJsonDocument::fromJson(deleted.out.toUtf8()).object();
}

void TestPrivacyLeftovers::restoredSecretIsIndexed()
{
    const QByteArray canary = "hubstate-restored-canary-4b19e2d07c55";
    const QString backup = backUpThenDeleteSecret(canary);
    QVERIFY(!backup.isEmpty());
    QVERIFY(!secretList().contains(QStringLiteral("agent.scout.apiKey")));

    // Only the secrets come back: the database, and with it the index, stays as it is.
    const CliRun restored = run({QStringLiteral("backup"), QStringLiteral("restore"), backup,
                                 QStringLiteral("--only"), QStringLiteral("secrets")});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QCOMPARE(
        run({QStringLiteral("secret"), QStringLiteral("get"), QStringLiteral("agent.scout.apiKey")})
            .out.toUtf8(),
        canary);
    // What the restore wrote is indexed, so `secret list`, backups and privacy delete know it;
    // the backup master key is not (backups would carry it).
    const QStringList listed = secretList();
    QVERIFY2(listed.contains(QStringLiteral("agent.scout.apiKey")), qPrintable(listed.join(u',')));
    QVERIFY(!listed.contains(QStringLiteral("backup.masterKey")));

    const QJsonObject report = deleteEverything();
    QCOMPARE(report.value(QStringLiteral("deleted")), QJsonValue(true));
    const QByteArray found = searchKeychain();
    QVERIFY2(!containsCanary(found, canary), found.constData());
    QVERIFY2(!found.contains(scope().toUtf8()), found.constData());
}

void TestPrivacyLeftovers::unindexedEntriesAreFoundAndDeleted()
{
    const QByteArray restoredCanary = "hubstate-unindexed-canary-9d03f1a6b2e8";
    const QByteArray orphanCanary = "hubstate-orphan-canary-52c7e0b4a91f";
    QVERIFY(!backUpThenDeleteSecret(restoredCanary).isEmpty());
    // As a restore of an older Hubstate left a secret: in the keychain, not in the index. And an
    // entry of this profile that nothing ever indexed (a crash between keychain and index).
    const SecretStore store(scope());
    QVERIFY(store.write(QStringLiteral("agent.scout.apiKey"), restoredCanary));
    QVERIFY(store.write(QStringLiteral("orphan.token"), orphanCanary));
    QVERIFY(!secretList().contains(QStringLiteral("agent.scout.apiKey")));
    QVERIFY(!secretList().contains(QStringLiteral("orphan.token")));

    // The preview names them, found by the profile's attribute.
    const CliRun preview = run({QStringLiteral("privacy"), QStringLiteral("delete")});
    QCOMPARE(preview.exitCode, 2);
    QVERIFY2(preview.out.contains(QStringLiteral("orphan.token")), qPrintable(preview.out));
    QVERIFY2(preview.out.contains(QStringLiteral("agent.scout.apiKey")), qPrintable(preview.out));

    const QJsonObject report = deleteEverything();
    QCOMPARE(report.value(QStringLiteral("deleted")), QJsonValue(true));
    QStringList removed;
    for (const QJsonValue &item : report.value(QStringLiteral("removed")).toArray())
        removed.append(item[QStringLiteral("location")].toString());
    QVERIFY2(removed.contains(QStringLiteral("orphan.token")), qPrintable(removed.join(u',')));
    QVERIFY(removed.contains(QStringLiteral("agent.scout.apiKey")));
    QVERIFY(removed.contains(QStringLiteral("backup.masterKey")));
    for (const QString &name :
         {QStringLiteral("agent.scout.apiKey"), QStringLiteral("orphan.token"),
          QStringLiteral("backup.masterKey")}) {
        const Result<QByteArray> value = store.read(name);
        QVERIFY2(!value && value.error().code == ErrorCode::InvalidInput, qPrintable(name));
    }
    const QByteArray found = searchKeychain();
    QVERIFY2(!containsCanary(found, restoredCanary), found.constData());
    QVERIFY2(!containsCanary(found, orphanCanary), found.constData());
    QVERIFY2(!found.contains(scope().toUtf8()), found.constData());
    QCOMPARE(filesUnder(m_profile), QStringList());
}

void TestPrivacyLeftovers::quarantinedBackupElsewhereIsDeleted()
{
    QCOMPARE(run({QStringLiteral("dev"), QStringLiteral("generate-profile"),
                  QStringLiteral("--messages"), QStringLiteral("200")})
                 .exitCode,
             0);
    // Conversation text of one's own: a plain backup carries it unencrypted.
    const QString history = m_dir.filePath(QStringLiteral("history-%1.jsonl").arg(m_count));
    QFile lines(history);
    QVERIFY(lines.open(QIODevice::WriteOnly));
    lines.write(R"({"conversationId":"c-private","agentId":"scout","role":"user",)"
                R"("content":"my medical history","timestamp":"2026-01-31T12:00:00Z"})"
                "\n");
    lines.close();
    QCOMPARE(run({QStringLiteral("history"), QStringLiteral("import"), history}).exitCode, 0);
    QFile::remove(history);

    const QString elsewhere = m_dir.filePath(QStringLiteral("elsewhere-%1").arg(m_count));
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--to"),
                  elsewhere, QStringLiteral("--no-encrypt")})
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--to"),
                  elsewhere, QStringLiteral("--no-encrypt")})
                 .exitCode,
             0);
    QStringList backups = filesUnder(elsewhere);
    QVERIFY(!backups.isEmpty());
    backups.sort();
    // One of them damaged on the disk: verification moves it to quarantine/ beside the others.
    QFile damaged(backups.first());
    QVERIFY(damaged.open(QIODevice::ReadWrite));
    QByteArray bytes = damaged.readAll();
    for (qsizetype i = bytes.size() / 3; i < bytes.size() / 3 + 64; ++i)
        bytes[i] = char(~bytes.at(i));
    QVERIFY(damaged.seek(0));
    QCOMPARE(damaged.write(bytes), bytes.size());
    damaged.close();
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("verify"), backups.first()}).exitCode,
             4);
    const QString quarantined =
        elsewhere + QStringLiteral("/quarantine/") + QFileInfo(backups.first()).fileName();
    QVERIFY(QFileInfo::exists(quarantined));
    // A half-written backup a killed run left there, too.
    const QString partial =
        elsewhere + QStringLiteral("/hubstate-20260101T000000Z.tar.zst.partial");
    QVERIFY(QFile::copy(quarantined, partial));
    // And a file that is not Hubstate's, which stays.
    const QString someoneElse = elsewhere + QStringLiteral("/notes.txt");
    QFile notes(someoneElse);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not Hubstate's");
    notes.close();

    const QJsonObject report = deleteEverything();
    QCOMPARE(report.value(QStringLiteral("deleted")), QJsonValue(true));
    QStringList removed;
    for (const QJsonValue &item : report.value(QStringLiteral("removed")).toArray())
        removed.append(item[QStringLiteral("location")].toString());
    QVERIFY2(removed.contains(QFileInfo(quarantined).absoluteFilePath()),
             qPrintable(removed.join(u'\n')));
    QVERIFY2(removed.contains(QFileInfo(partial).absoluteFilePath()),
             qPrintable(removed.join(u'\n')));
    QCOMPARE(filesUnder(elsewhere), QStringList{someoneElse});
    QVERIFY(!QFileInfo::exists(elsewhere + QStringLiteral("/quarantine")));
    QCOMPARE(filesUnder(m_profile), QStringList());
}

void TestPrivacyLeftovers::searchFindsOnlyThisProfile()
{
    // Two profiles and the default one share the keychain; a search sees only its own scope.
    const QString other = m_dir.filePath(QStringLiteral("other-%1").arg(m_count));
    const SecretStore mine(scope());
    const SecretStore theirs(Profile::inDirectory(other).keychainScope());
    const SecretStore defaults;
    QVERIFY(mine.write(QStringLiteral("mine.token"), "1"));
    QVERIFY(theirs.write(QStringLiteral("theirs.token"), "2"));
    QVERIFY(defaults.write(QStringLiteral("default.token"), "3"));
    const Result<QStringList> found = mine.names();
    QVERIFY2(found, found ? "" : qPrintable(found.error().message));
    QCOMPARE(*found, QStringList{QStringLiteral("mine.token")});
    const Result<QStringList> defaultNames = defaults.names();
    QVERIFY(defaultNames);
    QVERIFY(defaultNames->contains(QStringLiteral("default.token")));
    QVERIFY(!defaultNames->contains(QStringLiteral("mine.token")));

    QCOMPARE(run({QStringLiteral("privacy"), QStringLiteral("delete"), QStringLiteral("--yes")})
                 .exitCode,
             0);
    QVERIFY(!mine.read(QStringLiteral("mine.token")));
    QCOMPARE(*theirs.read(QStringLiteral("theirs.token")), QByteArray("2"));
    QCOMPARE(*defaults.read(QStringLiteral("default.token")), QByteArray("3"));
    QVERIFY(theirs.remove(QStringLiteral("theirs.token")));
    QVERIFY(defaults.remove(QStringLiteral("default.token")));
}

QTEST_GUILESS_MAIN(TestPrivacyLeftovers)
#include "tst_privacyleftovers.moc"
