// hubstate-cli backing up to, listing, pruning, restoring and recovering from a real WebDAV
// server (with-webdav.sh), its password in a real keychain (with-keyring.sh).
#include "../core/clirunner.h"
#include "core/backup/webdavdestination.h"

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

class TestCliBackupWebDav : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void backUpListRestoreAndPruneOverWebDav();
    void recoveryFallsBackToTheRemoteDestination();
    void refusedCredentialsAreSaidAndNothingIsLeft();

private:
    CliRun run(const QStringList &arguments, const QByteArray &input = {})
    {
        return runCli(m_profile, m_dir->filePath(QStringLiteral("none.ini")), arguments, {}, input);
    }
    QStringList remoteFiles() const
    {
        return QDir(qEnvironmentVariable("HUBSTATE_WEBDAV_ROOT") + QStringLiteral("/backups"))
            .entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }
    void storePassword(const QByteArray &password);
    QStringList cacheFiles() const
    {
        QStringList files;
        QDirIterator it(m_profile + QStringLiteral("/cache"), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        return files;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_profile;
    QString m_url;
};

void TestCliBackupWebDav::init()
{
    QVERIFY(!qEnvironmentVariable("HUBSTATE_WEBDAV_URL").isEmpty());
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = m_dir->filePath(QStringLiteral("profile"));
    QUrl url(qEnvironmentVariable("HUBSTATE_WEBDAV_URL") + QStringLiteral("backups/"));
    url.setUserName(qEnvironmentVariable("HUBSTATE_WEBDAV_USER"));
    m_url = url.toString();
    for (const QString &file : remoteFiles())
        QFile::remove(qEnvironmentVariable("HUBSTATE_WEBDAV_ROOT") + QStringLiteral("/backups/")
                      + file);
    QCOMPARE(run({QStringLiteral("dev"), QStringLiteral("generate-profile"),
                  QStringLiteral("--messages"), QStringLiteral("2000")})
                 .exitCode,
             0);
    storePassword(qEnvironmentVariable("HUBSTATE_WEBDAV_PASSWORD").toUtf8());
}

void TestCliBackupWebDav::storePassword(const QByteArray &password)
{
    const QString name = WebDavDestination::passwordSecretName(QUrl(m_url));
    QCOMPARE(run({QStringLiteral("secret"), QStringLiteral("set"), name}, password).exitCode, 0);
}

void TestCliBackupWebDav::backUpListRestoreAndPruneOverWebDav()
{
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"),
                  QStringLiteral("preferences.theme.mode"), QStringLiteral("dark")})
                 .exitCode,
             0);
    const CliRun created =
        run({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create"),
             QStringLiteral("--to"), m_url, QStringLiteral("--no-encrypt")});
    QCOMPARE(created.exitCode, 0);
    const QString location =
        QJsonDocument::fromJson(created.out.toUtf8())[QStringLiteral("location")].toString();
    const QString name =
        QJsonDocument::fromJson(created.out.toUtf8())[QStringLiteral("file")].toString();
    QCOMPARE(remoteFiles(), QStringList{name}); // in place, no temporary left
    QVERIFY(!location.contains(qEnvironmentVariable("HUBSTATE_WEBDAV_PASSWORD")));
    QCOMPARE(cacheFiles(), QStringList{}); // no staging copy, no lock left

    const CliRun listed = run({QStringLiteral("--json"), QStringLiteral("backup"),
                               QStringLiteral("list"), QStringLiteral("--at"), m_url});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray entries =
        QJsonDocument::fromJson(listed.out.toUtf8())[QStringLiteral("backups")].toArray();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0)[QStringLiteral("state")].toString(), QStringLiteral("verified"));

    // Restore straight from the server.
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"),
                  QStringLiteral("preferences.theme.mode"), QStringLiteral("light")})
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("verify"), m_url + name}).exitCode, 0);
    const CliRun restored = run({QStringLiteral("backup"), QStringLiteral("restore"), m_url + name,
                                 QStringLiteral("--only"), QStringLiteral("settings")});
    QCOMPARE(restored.exitCode, 0);
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("get"),
                  QStringLiteral("preferences.theme.mode")})
                 .out.trimmed(),
             QStringLiteral("dark"));

    // Retention at the server.
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"),
                  QStringLiteral("backup.maxBackups"), QStringLiteral("1")})
                 .exitCode,
             0);
    const CliRun second =
        run({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create"),
             QStringLiteral("--to"), m_url, QStringLiteral("--no-encrypt")});
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(remoteFiles(),
             QStringList{
                 QJsonDocument::fromJson(second.out.toUtf8())[QStringLiteral("file")].toString()});
}

void TestCliBackupWebDav::recoveryFallsBackToTheRemoteDestination()
{
    QCOMPARE(
        run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("backup.destinations"),
             QStringLiteral(R"([{"name":"nas","kind":"webdav","location":"%1"}])").arg(m_url)})
            .exitCode,
        0);
    QCOMPARE(
        run({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--no-encrypt")})
            .exitCode,
        0);
    QCOMPARE(remoteFiles().size(), 1);
    // This machine lost its database; its local backups are gone too.
    const QString database = m_profile + QStringLiteral("/data/hubstate.db");
    QVERIFY(QFile::remove(database));
    QFile damaged(database);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray(64 * 1024, '\x13'));
    damaged.close();
    QDir(m_profile + QStringLiteral("/backups")).removeRecursively();

    const CliRun recovered = run({QStringLiteral("--json"), QStringLiteral("recover")});
    QCOMPARE(recovered.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(recovered.out.toUtf8()).object();
    QVERIFY(report.value(QStringLiteral("damaged")).toBool());
    QVERIFY2(report.value(QStringLiteral("restoredFrom"))
                 .toString()
                 .startsWith(QStringLiteral("http://")),
             qPrintable(recovered.out));
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--full")}).exitCode, 0);
    QVERIFY(run({QStringLiteral("history"), QStringLiteral("stats")})
                .out.contains(QStringLiteral("2000")));
}

void TestCliBackupWebDav::refusedCredentialsAreSaidAndNothingIsLeft()
{
    storePassword("not the password");
    const CliRun refused = run({QStringLiteral("backup"), QStringLiteral("create"),
                                QStringLiteral("--to"), m_url, QStringLiteral("--no-encrypt")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("401")), qPrintable(refused.err));
    QVERIFY(!refused.err.contains(QStringLiteral("not the password")));
    QVERIFY(remoteFiles().isEmpty());
    QCOMPARE(cacheFiles(), QStringList{}); // no staging copy, no lock left
}

QTEST_GUILESS_MAIN(TestCliBackupWebDav)
#include "tst_clibackupwebdav.moc"
