// hubstate-cli against real WebDAV servers (Apache and nginx, with-webdav.sh) through a fault
// proxy: what a killed backup leaves on the server and in the cache goes on the next run but
// never while a run still uses it; a download from a server that sends without end stops
// and leaves nothing; the password crosses a network in clear only when the user allows it;
// URLs in messages are one line, encoded, without a password or a doubled slash.
#include "../core/clirunner.h"
#include "backuptestfiles.h"
#include "core/backup/webdavclient.h"
#include "core/backup/webdavdestination.h"
#include "faultyproxy.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <unistd.h>

using namespace Hubstate::Core;
using namespace Hubstate::Tests;

class TestCliWebDavLeftovers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void killedBackupLeavesNothingForEverOnNginx();
    void killedBackupLeftoversGoOnApacheToo();
    void endlessDownloadToVerifyLeavesNothing();
    void passwordOverPlainHttpNeedsTheSetting();
    void urlsInMessagesAreAsTypedEncodedAndOneLine();

private:
    CliRun run(const QStringList &arguments, const QByteArray &input = {})
    {
        return runCli(m_profile, m_dir->filePath(QStringLiteral("none.ini")), arguments, {}, input);
    }
    // A command that runs while this test's event loop serves the proxy.
    std::unique_ptr<QProcess> start(const QStringList &arguments);
    void storePassword(const QUrl &url);
    QUrl userUrl(const QString &base, quint16 port = 0) const;
    // Every file under the profile's cache/ (what a killed run could leave there).
    QStringList cacheFiles() const;
    void killedBackupLeavesNothingForEver(const QString &baseVariable, const QString &rootVariable);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_profile;
};

void TestCliWebDavLeftovers::init()
{
    QVERIFY2(!qEnvironmentVariable("HUBSTATE_WEBDAV_NGINX_URL").isEmpty(),
             "run under tests/backup/with-webdav.sh");
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = m_dir->filePath(QStringLiteral("profile"));
    QCOMPARE(run({QStringLiteral("dev"), QStringLiteral("generate-profile"),
                  QStringLiteral("--messages"), QStringLiteral("500")})
                 .exitCode,
             0);
}

void TestCliWebDavLeftovers::cleanup()
{
    for (const char *root : {"HUBSTATE_WEBDAV_ROOT", "HUBSTATE_WEBDAV_NGINX_ROOT"}) {
        QDir backups(qEnvironmentVariable(root) + QStringLiteral("/backups"));
        for (const QString &file : backups.entryList(QDir::Files | QDir::Hidden))
            backups.remove(file);
    }
}

std::unique_ptr<QProcess> TestCliWebDavLeftovers::start(const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HUBSTATE_POLICY_FILE"), m_dir->filePath(QStringLiteral("none.ini")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("HUBSTATE_PROFILE"));
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(HUBSTATE_CLI_BINARY),
                   QStringList{QStringLiteral("--profile"), m_profile} + arguments);
    process->closeWriteChannel();
    return process;
}

QUrl TestCliWebDavLeftovers::userUrl(const QString &base, quint16 port) const
{
    QUrl url(base + QStringLiteral("backups/"));
    url.setUserName(qEnvironmentVariable("HUBSTATE_WEBDAV_USER"));
    if (port)
        url.setPort(port);
    return url;
}

void TestCliWebDavLeftovers::storePassword(const QUrl &url)
{
    QCOMPARE(run({QStringLiteral("secret"), QStringLiteral("set"),
                  WebDavDestination::passwordSecretName(url)},
                 qEnvironmentVariable("HUBSTATE_WEBDAV_PASSWORD").toUtf8())
                 .exitCode,
             0);
}

QStringList TestCliWebDavLeftovers::cacheFiles() const
{
    QStringList files;
    QDirIterator it(m_profile + QStringLiteral("/cache"), QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next().mid(m_profile.size() + 1));
    files.sort();
    return files;
}

void TestCliWebDavLeftovers::killedBackupLeavesNothingForEver(const QString &baseVariable,
                                                              const QString &rootVariable)
{
    const QString base = qEnvironmentVariable(baseVariable.toLatin1().constData());
    const QString serverFolder =
        qEnvironmentVariable(rootVariable.toLatin1().constData()) + QStringLiteral("/backups");
    FaultyProxy proxy(quint16(QUrl(base).port()));
    const QUrl viaProxy = userUrl(base, proxy.port());
    const QUrl direct = userUrl(base);
    storePassword(viaProxy);
    storePassword(direct);

    // 1. A backup that waits at its last step (the MOVE into place) while another backup
    // command starts: the other command must not take the running backup's files.
    bool held = false;
    proxy.hold("MOVE", [&] { held = true; });
    std::unique_ptr<QProcess> running =
        start({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create"),
               QStringLiteral("--to"), viaProxy.toString(), QStringLiteral("--no-encrypt")});
    QTRY_VERIFY_WITH_TIMEOUT(held, 60000);
    const QStringList inUse = cacheFiles();
    QVERIFY2(!inUse.isEmpty(), "the backup's staging copy");
    const CliRun listed = run({QStringLiteral("backup"), QStringLiteral("list"),
                               QStringLiteral("--at"), direct.toString()});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(cacheFiles(), inUse);
    proxy.release();
    QTRY_VERIFY_WITH_TIMEOUT(running->state() == QProcess::NotRunning, 60000);
    QCOMPARE(running->exitCode(), 0);
    const QString first =
        QJsonDocument::fromJson(running->readAllStandardOutput())[QStringLiteral("file")]
            .toString();
    QVERIFY(!first.isEmpty());
    QCOMPARE(allNames(serverFolder), QStringList{first});
    QCOMPARE(cacheFiles(), QStringList{});

    // 2. The same, killed while it waits: it leaves the staging copy here and the uploaded
    // temporary file there.
    held = false;
    proxy.hold("MOVE", [&] { held = true; });
    running = start({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--to"),
                     viaProxy.toString(), QStringLiteral("--no-encrypt")});
    QTRY_VERIFY_WITH_TIMEOUT(held, 60000);
    running->kill(); // the MOVE it waits for is never passed on
    QVERIFY(running->waitForFinished(10000));
    QVERIFY2(!cacheFiles().isEmpty(), "what the killed run left");
    QStringList left = allNames(serverFolder);
    left.removeOne(first);
    QCOMPARE(left.size(), 1);
    const QString temporary = left.first();
    // Named so that every server lists it (nginx hides dot-files) and never as a backup.
    QVERIFY2(!temporary.startsWith(u'.') && WebDavClient::isTemporaryName(temporary),
             qPrintable(temporary));

    // Any backup command removes what the killed run left in the cache.
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--at"),
                  direct.toString()})
                 .exitCode,
             0);
    QCOMPARE(cacheFiles(), QStringList{});

    // A day later the next backup sweeps the temporary file off the server.
    QFile old(serverFolder + u'/' + temporary);
    QVERIFY(old.open(QIODevice::ReadWrite));
    QVERIFY(old.setFileTime(QDateTime::currentDateTimeUtc().addDays(-2),
                            QFileDevice::FileModificationTime));
    old.close();
    const CliRun next =
        run({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create"),
             QStringLiteral("--to"), direct.toString(), QStringLiteral("--no-encrypt")});
    QCOMPARE(next.exitCode, 0);
    QStringList expected{
        first, QJsonDocument::fromJson(next.out.toUtf8())[QStringLiteral("file")].toString()};
    expected.sort();
    QCOMPARE(allNames(serverFolder), expected);
    QCOMPARE(cacheFiles(), QStringList{});
}

void TestCliWebDavLeftovers::killedBackupLeavesNothingForEverOnNginx()
{
    killedBackupLeavesNothingForEver(QStringLiteral("HUBSTATE_WEBDAV_NGINX_URL"),
                                     QStringLiteral("HUBSTATE_WEBDAV_NGINX_ROOT"));
}

void TestCliWebDavLeftovers::killedBackupLeftoversGoOnApacheToo()
{
    killedBackupLeavesNothingForEver(QStringLiteral("HUBSTATE_WEBDAV_URL"),
                                     QStringLiteral("HUBSTATE_WEBDAV_ROOT"));
}

void TestCliWebDavLeftovers::endlessDownloadToVerifyLeavesNothing()
{
    const QString base = qEnvironmentVariable("HUBSTATE_WEBDAV_URL");
    const QString serverFolder = qEnvironmentVariable("HUBSTATE_WEBDAV_ROOT") + "/backups";
    const QString name = QStringLiteral("hubstate-20260101T000000Z.tar.zst");
    QVERIFY(writeFile(serverFolder + u'/' + name, QByteArray(200000, 'z')));
    FaultyProxy proxy(quint16(QUrl(base).port()));
    const QUrl viaProxy = userUrl(base, proxy.port());
    storePassword(viaProxy);
    // Endless, but a guard stops it after 256 MiB for a client that would read on.
    proxy.sendEndless("GET", 1000, 200, {}, QByteArray(65536, 'x'), 256 * 1024 * 1024);
    std::unique_ptr<QProcess> verify =
        start({QStringLiteral("backup"), QStringLiteral("verify"), viaProxy.toString() + name});
    QTRY_VERIFY_WITH_TIMEOUT(verify->state() == QProcess::NotRunning, 120000);
    const QString err = QString::fromUtf8(verify->readAllStandardError());
    QCOMPARE(verify->exitCode(), 1);
    QVERIFY2(err.contains(viaProxy.adjusted(QUrl::RemoveUserInfo).toString() + name)
                 && err.contains(QLatin1String("more than the 265536 bytes expected")),
             qPrintable(err));
    QVERIFY2(proxy.endlessBytesSent() < 32 * 1024 * 1024,
             qPrintable(QString::number(proxy.endlessBytesSent())));
    QCOMPARE(cacheFiles(), QStringList{});
}

void TestCliWebDavLeftovers::passwordOverPlainHttpNeedsTheSetting()
{
    QHostAddress outside;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()
            && !address.isLinkLocal()) {
            outside = address;
            break;
        }
    }
    if (outside.isNull())
        QSKIP("this machine has no non-loopback IPv4 address");
    const QString base = qEnvironmentVariable("HUBSTATE_WEBDAV_URL");
    FaultyProxy remote(quint16(QUrl(base).port()), nullptr, outside);
    QVERIFY(remote.port() != 0);
    QUrl plain(QStringLiteral("http://%1:%2/backups/").arg(outside.toString()).arg(remote.port()));
    plain.setUserName(qEnvironmentVariable("HUBSTATE_WEBDAV_USER"));
    storePassword(plain);

    std::unique_ptr<QProcess> refused = start({QStringLiteral("backup"), QStringLiteral("list"),
                                               QStringLiteral("--at"), plain.toString()});
    QTRY_VERIFY_WITH_TIMEOUT(refused->state() == QProcess::NotRunning, 60000);
    const QString err = QString::fromUtf8(refused->readAllStandardError());
    QCOMPARE(refused->exitCode(), 3);
    QVERIFY2(err.contains(QLatin1String("backup.allowInsecureHttp")), qPrintable(err));
    QCOMPARE(remote.requests().size(), 0);

    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"),
                  QStringLiteral("backup.allowInsecureHttp"), QStringLiteral("true")})
                 .exitCode,
             0);
    std::unique_ptr<QProcess> allowed = start({QStringLiteral("backup"), QStringLiteral("list"),
                                               QStringLiteral("--at"), plain.toString()});
    QTRY_VERIFY_WITH_TIMEOUT(allowed->state() == QProcess::NotRunning, 60000);
    QCOMPARE(allowed->exitCode(), 0);
    QVERIFY(remote.authorizedRequests() > 0);
}

void TestCliWebDavLeftovers::urlsInMessagesAreAsTypedEncodedAndOneLine()
{
    const QString base = qEnvironmentVariable("HUBSTATE_WEBDAV_URL");
    const QString folder = qEnvironmentVariable("HUBSTATE_WEBDAV_ROOT") + QStringLiteral("/my dav");
    QVERIFY(QDir().mkpath(folder));
    const QFileInfo root(qEnvironmentVariable("HUBSTATE_WEBDAV_ROOT"));
    QCOMPARE(::chown(QFile::encodeName(folder).constData(), root.ownerId(), root.groupId()), 0);
    const QUrl url = userUrl(base);
    storePassword(url);
    const QString typed =
        QStringLiteral("http://%1@127.0.0.1:%2/my dav/").arg(url.userName()).arg(url.port());
    const CliRun created = run({QStringLiteral("backup"), QStringLiteral("create"),
                                QStringLiteral("--to"), typed, QStringLiteral("--no-encrypt")});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const QString encoded = QStringLiteral("http://%1@127.0.0.1:%2/my%20dav/hubstate-")
                                .arg(url.userName())
                                .arg(url.port());
    QVERIFY2(created.out.contains(encoded), qPrintable(created.out));
    QVERIFY(QDir(folder).entryList(QDir::Files).size() == 1);

    const CliRun invalid =
        run({QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--at"),
             QStringLiteral("http://%1:hunter2@127.0.0.1:%2/a<b/")
                 .arg(url.userName())
                 .arg(url.port())});
    QCOMPARE(invalid.exitCode, 3);
    QVERIFY2(invalid.err.count(u'\n') == 1 && invalid.err.contains(QLatin1String("'<'"))
                 && !invalid.err.contains(QLatin1String("hunter2"))
                 && !invalid.err.contains(QLatin1String("source was")),
             qPrintable(invalid.err));
    QDir(folder).removeRecursively();
}

QTEST_GUILESS_MAIN(TestCliWebDavLeftovers)
#include "tst_cliwebdavleftovers.moc"
