// The keychain store against a real Secret Service, started by tests/keychain/with-keyring.sh:
// unlocked, locked, and no D-Bus at all. Each CTest entry runs the functions for its mode.
#include "../core/clirunner.h"
#include "canary.h"
#include "core/crypto/containerreader.h"
#include "core/crypto/containerwriter.h"
#include "core/secrets/backupkeys.h"
#include "core/secrets/secretstore.h"

#include <QBuffer>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Hubstate::Core;
using namespace Hubstate::Tests;

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // with-keyring.sh unlocked
    void unlockedProbeIsHealthy();
    void storesBinaryValuesAndDeletes();
    void profilesDoNotShareSecrets();
    void cliRoundTripAndExitCodes();
    void canaryNeverReachesAFile();
    void backupKeysLiveInTheKeychain();
    void worksFromEveryThreadInTurn();
    // with-keyring.sh locked
    void lockedIsNeverTakenForMissing();
    // with-keyring.sh none
    void noDbusIsUnavailableWithClearMessage();
};

void TestSecretStore::unlockedProbeIsHealthy()
{
    const SecretStore::HealthReport report = SecretStore().probe();
    QCOMPARE(report.health, SecretStore::Health::Healthy);
}

// The GUI asks the keychain on its own thread and on worker threads (scheduled backups, the
// Backups page), one after the other and at once.
void TestSecretStore::worksFromEveryThreadInTurn()
{
    const SecretStore store(QStringLiteral("test-threads"));
    QVERIFY(store.write(QStringLiteral("shared"), "from the main thread"));
    for (int round = 0; round < 3; ++round) {
        QList<QThread *> workers;
        QAtomicInt succeeded = 0;
        for (int i = 0; i < 3; ++i) {
            workers.append(QThread::create([&store, &succeeded, i] {
                const SecretStore own(QStringLiteral("test-threads"));
                const QString name = QStringLiteral("worker%1").arg(i);
                const Result<QByteArray> shared = own.read(QStringLiteral("shared"));
                if (shared && *shared == "from the main thread" && own.write(name, "w")
                    && store.read(name) && own.remove(name)) {
                    succeeded.fetchAndAddOrdered(1);
                }
            }));
            workers.last()->start();
        }
        QVERIFY(store.probe().health == SecretStore::Health::Healthy); // meanwhile, here
        for (QThread *worker : std::as_const(workers)) {
            QVERIFY(worker->wait(60000));
            delete worker;
        }
        QCOMPARE(succeeded.loadAcquire(), 3);
    }
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(*store.read(QStringLiteral("shared")), QByteArray("from the main thread"));
    QVERIFY2(timer.elapsed() < 5000, "the keychain answers promptly after the workers ended");
    QVERIFY(store.remove(QStringLiteral("shared")));
}

void TestSecretStore::storesBinaryValuesAndDeletes()
{
    SecretStore store(QStringLiteral("test-binary"));
    QByteArray binary;
    for (int i = 0; i < 256; ++i)
        binary.append(char(i));
    binary.append(QByteArray("\0\0tail", 6));
    QVERIFY(store.write(QStringLiteral("blob"), binary));
    Result<QByteArray> read = store.read(QStringLiteral("blob"));
    QVERIFY(read);
    QCOMPARE(*read, binary);
    QVERIFY(store.write(QStringLiteral("blob"), QByteArray("replaced")));
    QCOMPARE(*store.read(QStringLiteral("blob")), QByteArray("replaced"));
    QVERIFY(store.remove(QStringLiteral("blob")));
    const Result<QByteArray> gone = store.read(QStringLiteral("blob"));
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, ErrorCode::InvalidInput); // truly missing, and said so
    QVERIFY(!store.write(QStringLiteral("bad name!"), "x"));
}

void TestSecretStore::profilesDoNotShareSecrets()
{
    SecretStore first(QStringLiteral("profile-a"));
    SecretStore second(QStringLiteral("profile-b"));
    QVERIFY(first.write(QStringLiteral("token"), "for a"));
    QVERIFY(!second.read(QStringLiteral("token")));
    QVERIFY(first.remove(QStringLiteral("token")));
}

void TestSecretStore::cliRoundTripAndExitCodes()
{
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("profile"));
    const QString policy = dir.filePath(QStringLiteral("none.ini"));
    QCOMPARE(runCli(profile, policy, {QStringLiteral("secret"), QStringLiteral("status")}).exitCode,
             0);

    const CliRun set =
        runCli(profile, policy,
               {QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("scout.apiKey"),
                QStringLiteral("--purpose"), QStringLiteral("API key of agent scout")},
               {}, "sk-test-value\n");
    QCOMPARE(set.exitCode, 0);

    const CliRun get =
        runCli(profile, policy,
               {QStringLiteral("secret"), QStringLiteral("get"), QStringLiteral("scout.apiKey")});
    QCOMPARE(get.exitCode, 0);
    QCOMPARE(get.out, QStringLiteral("sk-test-value")); // the newline of echo is not part of it
    const CliRun list = runCli(profile, policy, {QStringLiteral("secret"), QStringLiteral("list")});
    QCOMPARE(list.out, QStringLiteral("scout.apiKey  present  API key of agent scout\n"));
    QCOMPARE(runCli(profile, policy,
                    {QStringLiteral("secret"), QStringLiteral("get"), QStringLiteral("other")})
                 .exitCode,
             3);
    QCOMPARE(
        runCli(profile, policy,
               {QStringLiteral("secret"), QStringLiteral("delete"), QStringLiteral("scout.apiKey")})
            .exitCode,
        0);
    QCOMPARE(runCli(profile, policy, {QStringLiteral("secret"), QStringLiteral("list")}).out,
             QString());
    QCOMPARE(runCli(profile, policy, {QStringLiteral("secret"), QStringLiteral("set")}).exitCode,
             2);
}

void TestSecretStore::canaryNeverReachesAFile()
{
    const QByteArray canary = "hubstate-canary-7f3a9c2e51d84b06";
    const QString home = QDir::homePath();
    QVERIFY(home.startsWith(
        QStringLiteral("/tmp/hubstate-keyring."))); // the fixture's, never a real one
    const QString profile = home + QStringLiteral("/profile");
    const QString policy = home + QStringLiteral("/none.ini");
    const CliRun set = runCli(
        profile, policy,
        {QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("canary")}, {}, canary);
    QCOMPARE(set.exitCode, 0);
    // Commands that write files of every kind the profile has so far.
    for (const QStringList &command :
         {QStringList{QStringLiteral("secret"), QStringLiteral("list")},
          QStringList{QStringLiteral("config"), QStringLiteral("set"),
                      QStringLiteral("preferences.theme.mode"), QStringLiteral("dark")},
          QStringList{QStringLiteral("config"), QStringLiteral("export"), QStringLiteral("--out"),
                      profile + QStringLiteral("/export.json")},
          QStringList{QStringLiteral("check"), QStringLiteral("--full")}}) {
        QCOMPARE(runCli(profile, policy, command).exitCode, 0);
    }
    QCOMPARE(runCli(profile, policy,
                    {QStringLiteral("secret"), QStringLiteral("get"), QStringLiteral("canary")})
                 .out,
             QString::fromLatin1(canary));
    const QStringList leaks = filesContaining(home, canary);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
}

void TestSecretStore::backupKeysLiveInTheKeychain()
{
    SecretStore store(QStringLiteral("test-backup-keys"));
    BackupKeys keys(store);
    QCOMPARE(keys.load().error().code, ErrorCode::InvalidInput); // none yet
    Result<BackupKeys::Keys> created =
        keys.create(QStringLiteral("first password"), KdfParameters::pbkdf2(600000));
    QVERIFY(created);
    const Result<BackupKeys::Keys> again =
        keys.create(QStringLiteral("again"), KdfParameters::pbkdf2(600000));
    QVERIFY(!again); // never replaced
    QCOMPARE(again.error().code, ErrorCode::InvalidInput);
    QCOMPARE(keys.load()->masterKey.key, created->masterKey.key);

    // A scheduled backup: the keys from the keychain, no password.
    Result<BackupKeys::Keys> loaded = keys.load();
    QVERIFY(loaded);
    QCOMPARE(loaded->masterKey.key, created->masterKey.key);
    QBuffer file;
    file.open(QIODevice::WriteOnly);
    ContainerWriter writer(&file, loaded->masterKey, loaded->envelope);
    QVERIFY(writer.begin());
    QVERIFY(writer.write(QByteArray("scheduled backup")));
    QVERIFY(writer.finish());

    // A new password: old files open with it too, since the master key stays.
    QVERIFY(keys.changePassword(QStringLiteral("second password"), KdfParameters::pbkdf2(600000)));
    const auto openWith = [&file](const QString &password) {
        QBuffer in;
        in.setData(file.data());
        in.open(QIODevice::ReadOnly);
        ContainerReader reader(&in);
        return reader.readHeader() ? reader.unlock(password) : Status(Error::damaged(QString()));
    };
    QVERIFY(openWith(QStringLiteral("first password"))); // the envelope inside the file
    QVERIFY(!openWith(QStringLiteral("second password")));
    QCOMPARE(keys.load()->masterKey.key, created->masterKey.key);
    QVERIFY(store.remove(BackupKeys::masterKeyName()));
}

void TestSecretStore::lockedIsNeverTakenForMissing()
{
    SecretStore store;
    QCOMPARE(store.probe().health, SecretStore::Health::Locked);
    // The fixture created an entry before locking; "not found" must not be believed.
    const Result<QByteArray> read = store.read(QStringLiteral("anything"));
    QVERIFY(!read);
    QCOMPARE(read.error().code, ErrorCode::OperationFailed);
    QVERIFY2(read.error().message.contains(QStringLiteral("locked")),
             qPrintable(read.error().message));
    const Status written = store.write(QStringLiteral("anything"), "value");
    QVERIFY(!written);
    QVERIFY(written.error().message.contains(QStringLiteral("locked")));
    const Status removed = store.remove(QStringLiteral("anything"));
    QVERIFY(!removed); // a locked keyring "deletes" happily and keeps the entry
    QTemporaryDir dir;
    const CliRun status =
        runCli(dir.filePath(QStringLiteral("p")), dir.filePath(QStringLiteral("none.ini")),
               {QStringLiteral("--json"), QStringLiteral("secret"), QStringLiteral("status")});
    QCOMPARE(status.exitCode, 1);
    QVERIFY(status.out.contains(QStringLiteral("\"health\": \"locked\"")));
}

void TestSecretStore::noDbusIsUnavailableWithClearMessage()
{
    QVERIFY(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
    SecretStore store;
    const SecretStore::HealthReport report = store.probe();
    QCOMPARE(report.health, SecretStore::Health::Unavailable);
    QVERIFY(report.message.contains(SecretStore::serviceName()));
    const Result<QByteArray> read = store.read(QStringLiteral("token"));
    QVERIFY(!read);
    QCOMPARE(read.error().code, ErrorCode::OperationFailed); // not "no such secret"
    QTemporaryDir dir;
    const CliRun get =
        runCli(dir.filePath(QStringLiteral("p")), dir.filePath(QStringLiteral("none.ini")),
               {QStringLiteral("secret"), QStringLiteral("get"), QStringLiteral("token")});
    QCOMPARE(get.exitCode, 1);
    QVERIFY(get.err.contains(QStringLiteral("keychain")));
    // No insecure fallback: a secret given to `secret set` is refused and lands nowhere.
    const QByteArray canary = "hubstate-nodbus-canary-5e1f0c";
    const CliRun set = runCli(
        dir.filePath(QStringLiteral("p")), dir.filePath(QStringLiteral("none.ini")),
        {QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("token")}, {}, canary);
    QCOMPARE(set.exitCode, 1);
    QVERIFY(!set.err.contains(QString::fromLatin1(canary)));
    QVERIFY(filesContaining(dir.path(), canary).isEmpty());
    QVERIFY(filesContaining(QDir::homePath(), canary).isEmpty());
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
