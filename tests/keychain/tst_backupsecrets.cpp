// Backups and the keychain, against a real Secret Service (with-keyring.sh): secrets travel
// only inside encrypted backups, scheduled backups need no password, and a locked keychain
// fails clearly.
#include "../core/clirunner.h"
#include "canary.h"
#include "core/backup/archivewriter.h"
#include "core/backup/backupreader.h"
#include "core/crypto/containerwriter.h"
#include "core/profile/profile.h"
#include "core/secrets/backupkeys.h"
#include "core/secrets/secretstore.h"
#include "core/settings/settingsschema.h"
#include "core/state/statedatabase.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Hubstate::Core;
using namespace Hubstate::Tests;

class TestBackupSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // with-keyring.sh unlocked
    void secretsTravelOnlyInEncryptedBackups();
    // with-keyring.sh locked
    void lockedKeychainFailsClearly();

private:
    CliRun run(const QStringList &arguments, const QByteArray &input = {})
    {
        return runCli(m_profile, m_dir.filePath(QStringLiteral("none.ini")), arguments, {}, input);
    }
    QTemporaryDir m_dir{QDir::homePath() + QStringLiteral("/backup-XXXXXX")};
    QString m_profile = m_dir.filePath(QStringLiteral("profile"));
};

void TestBackupSecrets::secretsTravelOnlyInEncryptedBackups()
{
    QVERIFY(QDir::homePath().startsWith(QStringLiteral("/tmp/hubstate-keyring.")));
    const QByteArray canary = "hubstate-backup-canary-5d0e7b1a9c3f";
    QCOMPARE(run({QStringLiteral("dev"), QStringLiteral("generate-profile"),
                  QStringLiteral("--messages"), QStringLiteral("100")})
                 .exitCode,
             0);
    QCOMPARE(
        run({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("agent.scout.apiKey"),
             QStringLiteral("--purpose"), QStringLiteral("API key of agent scout")},
            canary)
            .exitCode,
        0);
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"),
                  QStringLiteral("backup.includeSecrets"), QStringLiteral("true")})
                 .exitCode,
             0);

    // The first encrypted backup sets up the keys with the password given...
    const CliRun first = run({QStringLiteral("--json"), QStringLiteral("backup"),
                              QStringLiteral("create"), QStringLiteral("--password-stdin")},
                             "backup password\n");
    QCOMPARE(first.exitCode, 0);
    const QString encrypted =
        QJsonDocument::fromJson(first.out.toUtf8())[QStringLiteral("location")].toString();
    QVERIFY(
        QJsonDocument::fromJson(first.out.toUtf8())[QStringLiteral("includesSecrets")].toBool());
    // ... so that the next one, as a timer runs it, needs none.
    const CliRun scheduled =
        run({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create")});
    QCOMPARE(scheduled.exitCode, 0);
    // A plain backup never holds a secret, whatever backup.includeSecrets says.
    const CliRun plain = run({QStringLiteral("--json"), QStringLiteral("backup"),
                              QStringLiteral("create"), QStringLiteral("--no-encrypt")});
    QCOMPARE(plain.exitCode, 0);
    const QString plainFile =
        QJsonDocument::fromJson(plain.out.toUtf8())[QStringLiteral("location")].toString();
    QVERIFY(
        !QJsonDocument::fromJson(plain.out.toUtf8())[QStringLiteral("includesSecrets")].toBool());

    // Nothing on disk holds the canary in clear, base64 or hex: not the backups, not the
    // catalog, not the profile; and not the plain backup's decompressed contents either.
    QCOMPARE(filesContaining(QDir::homePath(), canary), QStringList());
    QList<QByteArray> entries;
    QByteArray current;
    QBuffer capture(&current);
    const Result<BackupManifest> manifest =
        BackupReader::read(plainFile, {}, [&](const QString &, qint64) -> Result<QIODevice *> {
            if (capture.isOpen()) {
                capture.close();
                entries.append(current);
            }
            current.clear();
            capture.open(QIODevice::WriteOnly);
            return &capture;
        });
    QVERIFY(manifest);
    entries.append(current);
    QVERIFY(!manifest->entry(BackupManifest::secretsEntry()));
    for (const QByteArray &entry : entries)
        QVERIFY(!containsCanary(entry, canary));

    // The secret comes back from the encrypted backup, opened with the keychain's key.
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("verify"), encrypted}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("secret"), QStringLiteral("delete"),
                  QStringLiteral("agent.scout.apiKey")})
                 .exitCode,
             0);
    const CliRun preview = run({QStringLiteral("--json"), QStringLiteral("backup"),
                                QStringLiteral("restore"), encrypted, QStringLiteral("--only"),
                                QStringLiteral("secrets"), QStringLiteral("--dry-run")});
    QCOMPARE(preview.exitCode, 0);
    QVERIFY(preview.out.contains(QStringLiteral("agent.scout.apiKey")));
    QVERIFY(!containsCanary(preview.out.toUtf8(), canary)); // names, never values
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("restore"), encrypted,
                  QStringLiteral("--only"), QStringLiteral("secrets")})
                 .exitCode,
             0);
    const CliRun back = run(
        {QStringLiteral("secret"), QStringLiteral("get"), QStringLiteral("agent.scout.apiKey")});
    QCOMPARE(back.exitCode, 0);
    QCOMPARE(back.out.toUtf8().trimmed(), canary);
    QCOMPARE(filesContaining(QDir::homePath(), canary), QStringList());

    // A backup that carries a backup master key (sealed with this profile's own key and
    // password, as one from another machine of the same person's could be) gives its API keys
    // back, but replaces this profile's backup key only when asked in so many words: a
    // restore must not decide which key later backups are sealed with.
    const SecretStore keychain(Profile::resolve(m_profile).keychainScope());
    const Result<QByteArray> original = keychain.read(BackupKeys::masterKeyName());
    QVERIFY(original);
    const Result<BackupKeys::Keys> keys = BackupKeys(keychain).load();
    QVERIFY(keys);
    QList<QPair<QString, QByteArray>> named;
    QString name;
    QByteArray bytes;
    QBuffer into(&bytes);
    QVERIFY(
        BackupReader::read(plainFile, {}, [&](const QString &entry, qint64) -> Result<QIODevice *> {
            if (into.isOpen()) {
                into.close();
                named.append({name, bytes});
            }
            name = entry;
            bytes.clear();
            into.open(QIODevice::WriteOnly);
            return &into;
        }));
    into.close();
    named.append({name, bytes});
    named.append(
        {BackupManifest::secretsEntry(),
         QJsonDocument(QJsonObject{{QStringLiteral("secrets"),
                                    QJsonArray{QJsonObject{
                                        {QStringLiteral("name"), BackupKeys::masterKeyName()},
                                        {QStringLiteral("value"),
                                         QString::fromLatin1(original->toBase64())}}}}})
             .toJson()});
    const QString carrier = m_dir.filePath(QStringLiteral("hubstate-20261201T100000Z.hsbk"));
    {
        QFile output(carrier);
        QVERIFY(output.open(QIODevice::WriteOnly));
        ContainerWriter container(&output, keys->masterKey, keys->envelope);
        QVERIFY(container.begin());
        ArchiveWriter archive(
            [&container](const char *data, qint64 size) {
                return container.write(data, size).ok();
            },
            true);
        QVERIFY(archive.open());
        BackupManifest carried;
        carried.createdAt = QDateTime::currentDateTimeUtc();
        carried.databaseVersion = StateDatabase::currentVersion;
        carried.settingsVersion = SettingsSchema::currentFileVersion;
        carried.encrypted = true;
        carried.includesSecrets = true;
        for (const auto &[entry, content] : named)
            carried.entries.append(archive.addData(entry, content).value());
        QVERIFY(archive.addData(BackupManifest::entryName(), carried.toJson()));
        QVERIFY(archive.close());
        QVERIFY(container.finish());
    }

    QByteArray replaced = *original;
    replaced[replaced.size() - 1] = char(replaced.at(replaced.size() - 1) ^ 0x5a);
    QVERIFY(keychain.write(BackupKeys::masterKeyName(), replaced));
    const QStringList restoreSecrets{
        QStringLiteral("backup"), QStringLiteral("restore"), carrier,
        QStringLiteral("--only"), QStringLiteral("secrets"), QStringLiteral("--password-stdin")};
    const CliRun keyPreview =
        run(QStringList{QStringLiteral("--json")} + restoreSecrets + QStringList{"--dry-run"},
            "backup password\n");
    QCOMPARE(keyPreview.exitCode, 0);
    QVERIFY2(
        QJsonDocument::fromJson(keyPreview.out.toUtf8())[QStringLiteral("holdsBackupKey")].toBool(),
        qPrintable(keyPreview.out + keyPreview.err));
    QVERIFY(!keyPreview.out.contains(BackupKeys::masterKeyName()));
    QCOMPARE(run(restoreSecrets, "backup password\n").exitCode, 0);
    QCOMPARE(keychain.read(BackupKeys::masterKeyName()).value(), replaced);
    QCOMPARE(run(restoreSecrets + QStringList{QStringLiteral("--include-backup-key")},
                 "backup password\n")
                 .exitCode,
             0);
    QCOMPARE(keychain.read(BackupKeys::masterKeyName()).value(), original.value());
}

void TestBackupSecrets::lockedKeychainFailsClearly()
{
    QCOMPARE(run({QStringLiteral("dev"), QStringLiteral("generate-profile"),
                  QStringLiteral("--messages"), QStringLiteral("10")})
                 .exitCode,
             0);
    const CliRun encrypted = run({QStringLiteral("backup"), QStringLiteral("create")});
    QCOMPARE(encrypted.exitCode, 1);
    QVERIFY2(encrypted.err.contains(QStringLiteral("locked")), qPrintable(encrypted.err));
    QCOMPARE(
        run({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--no-encrypt")})
            .exitCode,
        0);
}

QTEST_GUILESS_MAIN(TestBackupSecrets)
#include "tst_backupsecrets.moc"
