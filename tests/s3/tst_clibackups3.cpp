// hubstate-cli backing up to, listing, verifying, restoring from and pruning an S3 bucket on a
// real S3-protocol server (with-s3.sh), its secret in a real keychain (with-keyring.sh). The
// secret never reaches the profile's files or the command's output.
#include "../core/clirunner.h"
#include "core/backup/s3destination.h"
#include "s3rverobjects.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Hubstate::Core;
using namespace Hubstate::Tests;

class TestCliBackupS3 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void backUpListRestoreAndPruneOnS3();
    void wrongSecretIsSaidWithoutTheSecret();
    void recoveryRestoresFromTheBucket();

private:
    CliRun run(const QStringList &arguments, const QByteArray &input = {})
    {
        CliRun result =
            runCli(m_profile, m_dir->filePath(QStringLiteral("none.ini")), arguments, {}, input);
        m_output += result.out + result.err;
        return result;
    }
    QStringList remoteFiles() const { return s3rverObjects(QStringLiteral("cli")); }
    void storeSecret(const QByteArray &secret)
    {
        Result<S3Destination::Location> where = S3Destination::parse(QUrl(m_spec));
        QVERIFY(where);
        QCOMPARE(run({QStringLiteral("secret"), QStringLiteral("set"),
                      S3Destination::secretName(*where)},
                     secret)
                     .exitCode,
                 0);
    }
    // No file of the profile holds the secret in clear.
    void verifySecretNowhere(const QByteArray &secret)
    {
        QDirIterator it(m_profile, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName()));
        }
        QVERIFY(!m_output.contains(QString::fromUtf8(secret)));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_profile;
    QString m_spec;
    QString m_output;
};

void TestCliBackupS3::init()
{
    QVERIFY(!qEnvironmentVariable("HUBSTATE_S3_ENDPOINT").isEmpty());
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = m_dir->filePath(QStringLiteral("profile"));
    m_output.clear();
    // Each test starts with an empty prefix.
    QDir(qEnvironmentVariable("HUBSTATE_S3_ROOT") + QStringLiteral("/backups/cli"))
        .removeRecursively();
    m_spec = QStringLiteral("s3+http://%1@%2/%3/cli/?region=us-east-1")
                 .arg(qEnvironmentVariable("HUBSTATE_S3_KEY_ID"),
                      qEnvironmentVariable("HUBSTATE_S3_ENDPOINT"),
                      qEnvironmentVariable("HUBSTATE_S3_BUCKET"));
    QCOMPARE(run({QStringLiteral("dev"), QStringLiteral("generate-profile"),
                  QStringLiteral("--messages"), QStringLiteral("500")})
                 .exitCode,
             0);
}

void TestCliBackupS3::backUpListRestoreAndPruneOnS3()
{
    const QByteArray secret = qgetenv("HUBSTATE_S3_SECRET");
    storeSecret(secret);
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"),
                  QStringLiteral("preferences.theme.mode"), QStringLiteral("dark")})
                 .exitCode,
             0);
    const CliRun created =
        run({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create"),
             QStringLiteral("--to"), m_spec, QStringLiteral("--no-encrypt")});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const QJsonObject made = QJsonDocument::fromJson(created.out.toUtf8()).object();
    const QString name = made[QStringLiteral("file")].toString();
    const QString location = made[QStringLiteral("location")].toString();
    QCOMPARE(remoteFiles(), QStringList{name});
    QVERIFY2(location.contains(QStringLiteral("/cli/") + name + u'?'), qPrintable(location));

    const CliRun listed = run({QStringLiteral("--json"), QStringLiteral("backup"),
                               QStringLiteral("list"), QStringLiteral("--at"), m_spec});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray entries =
        QJsonDocument::fromJson(listed.out.toUtf8())[QStringLiteral("backups")].toArray();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0)[QStringLiteral("state")].toString(), QStringLiteral("verified"));

    // Verify and restore straight from the bucket, by the URL the backup was reported at.
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"),
                  QStringLiteral("preferences.theme.mode"), QStringLiteral("light")})
                 .exitCode,
             0);
    const CliRun verified = run({QStringLiteral("backup"), QStringLiteral("verify"), location});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
    const CliRun restored = run({QStringLiteral("backup"), QStringLiteral("restore"), location,
                                 QStringLiteral("--only"), QStringLiteral("settings")});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("get"),
                  QStringLiteral("preferences.theme.mode")})
                 .out.trimmed(),
             QStringLiteral("dark"));

    // Retention in the bucket.
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"),
                  QStringLiteral("backup.maxBackups"), QStringLiteral("1")})
                 .exitCode,
             0);
    const CliRun second =
        run({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create"),
             QStringLiteral("--to"), m_spec, QStringLiteral("--no-encrypt")});
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QCOMPARE(remoteFiles(),
             QStringList{
                 QJsonDocument::fromJson(second.out.toUtf8())[QStringLiteral("file")].toString()});
    verifySecretNowhere(secret);
}

void TestCliBackupS3::wrongSecretIsSaidWithoutTheSecret()
{
    const QByteArray canary = "Canary-S3-Secret-4d1b2e9f";
    storeSecret(canary);
    const CliRun created = run({QStringLiteral("backup"), QStringLiteral("create"),
                                QStringLiteral("--to"), m_spec, QStringLiteral("--no-encrypt")});
    QCOMPARE(created.exitCode, 1);
    QVERIFY2(created.err.contains(QStringLiteral("SignatureDoesNotMatch")),
             qPrintable(created.err));
    QCOMPARE(remoteFiles(), QStringList{});
    verifySecretNowhere(canary);
}

void TestCliBackupS3::recoveryRestoresFromTheBucket()
{
    storeSecret(qgetenv("HUBSTATE_S3_SECRET"));
    QCOMPARE(
        run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("backup.destinations"),
             QStringLiteral(R"([{"name":"bucket","kind":"s3","location":"%1"}])").arg(m_spec)})
            .exitCode,
        0);
    const CliRun created =
        run({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--no-encrypt")});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QCOMPARE(remoteFiles().size(), 1);
    // This machine lost its database; its local backups are gone too: the only copy is in the
    // bucket.
    const QString database = m_profile + QStringLiteral("/data/hubstate.db");
    QVERIFY(QFile::remove(database));
    QFile damaged(database);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray(64 * 1024, '\x13'));
    damaged.close();
    QDir(m_profile + QStringLiteral("/backups")).removeRecursively();

    const CliRun recovered = run({QStringLiteral("--json"), QStringLiteral("recover")});
    QVERIFY2(recovered.exitCode == 0, qPrintable(recovered.err));
    const QJsonObject report = QJsonDocument::fromJson(recovered.out.toUtf8()).object();
    QVERIFY(report.value(QStringLiteral("damaged")).toBool());
    QVERIFY2(report.value(QStringLiteral("restoredFrom"))
                 .toString()
                 .startsWith(QStringLiteral("s3+http://")),
             qPrintable(recovered.out));
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--full")}).exitCode, 0);
    QVERIFY(run({QStringLiteral("history"), QStringLiteral("stats")})
                .out.contains(QStringLiteral("500")));
    verifySecretNowhere(qgetenv("HUBSTATE_S3_SECRET"));
}

QTEST_GUILESS_MAIN(TestCliBackupS3)
#include "tst_clibackups3.moc"
