// WebDAV destinations against a real Apache httpd with mod_dav (started by with-webdav.sh) and
// a real keychain (with-keyring.sh) holding the password; a fault-injecting proxy in front of
// the same server for dropped connections, 5xx answers and the like.
#include "backuptestfiles.h"
#include "core/backup/webdavdestination.h"
#include "core/secrets/secretstore.h"
#include "faultyproxy.h"

#include <QElapsedTimer>
#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <unistd.h>

using namespace Hubstate::Core;
using namespace Hubstate::Tests;
using namespace std::chrono_literals;

namespace {

constexpr qint64 kBackupSize = 6 * 1024 * 1024 + 777;
const QString kWrongPassword = QStringLiteral("Not-The-Password-42");

QStringList names(const QList<Destination::Entry> &entries)
{
    QStringList result;
    for (const Destination::Entry &entry : entries)
        result.append(entry.name);
    return result;
}

qsizetype puts(const QList<QByteArray> &requests)
{
    return std::count_if(requests.begin(), requests.end(),
                         [](const QByteArray &request) { return request.startsWith("PUT "); });
}

// Under AddressSanitizer freed memory waits in a quarantine (256 MiB by default) so that a use
// after free is caught, and ThreadSanitizer adds shadow memory: the peak resident size then
// says nothing about our buffers. The normal build checks the bounds.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool peakMeasuresOurBuffers = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
constexpr bool peakMeasuresOurBuffers = false;
#else
constexpr bool peakMeasuresOurBuffers = true;
#endif
#else
constexpr bool peakMeasuresOurBuffers = true;
#endif

qint64 peakResidentKiB()
{
    const QList<QByteArray> lines = readFile(QStringLiteral("/proc/self/status")).split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

} // namespace

class TestWebDavDestination : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void largeTransfersUseBoundedMemory();
    void roundTripWithThePasswordFromTheKeychain();
    void missingPasswordNamesTheSecretToSet();
    void listShowsOnlyFinishedBackups();
    void wrongPasswordIsRefusedWithoutRetry();
    void missingCollectionIsNamed();
    void firstStoreCreatesTheCollection();
    void differentBackupUnderTheSameNameIsNotReplaced();
    void wrongHashStoresNothing();
    void cancelledUploadLeavesNothing();
    void staleTemporaryFilesAreSwept();
    void serverErrorsAreRetriedWithBackOff();
    void persistentServerErrorsGiveUpClearly();
    void droppedUploadIsRetried();
    void uploadsThatAlwaysDropFailCleanly();
    void lostAnswersToMoveAndDeleteAreNotFailures();
    void serverDownGivesUpClearly();
    void hangingServerTimesOut();
    void fullServerIsReportedWithoutRetry();
    void forbiddenIsReportedWithoutRetry();
    void malformedListingIsRejected();
    void redirectIsReportedNotFollowed();
    void untrustedCertificateIsRefusedClearly();
    void trustedTlsServerWorks();
    void worksFromAWorkerThread();
    // A server from elsewhere: what it sends is bounded.
    void endlessDownloadStopsAtTheListedSize();
    void announcedOversizeIsRefusedAtOnce();
    void oversizeListedFileIsNotDownloaded();
    void endlessListingIsCutOff();
    // The password never crosses a network in clear unless the user says so.
    void credentialsStayOffPlainHttpToOtherMachines();
    void loopbackAndTlsProtectCredentials_data();
    void loopbackAndTlsProtectCredentials();
    // Temporary names that every server lists, so that leftovers are swept everywhere.
    void temporaryNamesAreVisibleAndNeverBackups();
    void staleTemporaryFilesAreSweptOnNginx();
    void spacesInTheCollectionAreEncoded();

private:
    QUrl url(const QString &collection, quint16 port = 0) const;
    std::unique_ptr<WebDavDestination> destination(const QString &collection, quint16 port = 0,
                                                   const QByteArray &password = {});
    QString serverFolder(const QString &collection) const { return m_root + u'/' + collection; }
    QString backupFile(qint64 size = kBackupSize, quint32 seed = 1)
    {
        const QString path = m_tmp->filePath(QStringLiteral("local-%1.hsbk").arg(seed));
        m_sha = writeBackupLikeFile(path, size, seed);
        return path;
    }

    QUrl m_base;
    QString m_user;
    QByteArray m_password;
    QString m_root;
    quint16 m_port = 0;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<FaultyProxy> m_proxy;
    QList<qint64> m_delays; // what the destination waited between attempts, in ms
    QByteArray m_sha;
};

void TestWebDavDestination::initTestCase()
{
    m_base = QUrl(qEnvironmentVariable("HUBSTATE_WEBDAV_URL"));
    m_user = qEnvironmentVariable("HUBSTATE_WEBDAV_USER");
    m_password = qgetenv("HUBSTATE_WEBDAV_PASSWORD");
    m_root = qEnvironmentVariable("HUBSTATE_WEBDAV_ROOT");
    QVERIFY2(m_base.isValid() && !m_user.isEmpty() && !m_root.isEmpty(),
             "run under tests/backup/with-webdav.sh");
    m_port = quint16(m_base.port());
    m_secrets = std::make_unique<SecretStore>(
        QStringLiteral("tst_webdav-%1").arg(QRandomGenerator::global()->generate(), 0, 16));
    const SecretStore::HealthReport health = m_secrets->probe();
    QVERIFY2(health.health == SecretStore::Health::Healthy, qPrintable(health.message));
    QVERIFY(m_secrets->write(WebDavDestination::passwordSecretName(url(QStringLiteral("backups"))),
                             m_password));
}

void TestWebDavDestination::cleanupTestCase()
{
    if (m_secrets)
        (void)m_secrets->remove(
            WebDavDestination::passwordSecretName(url(QStringLiteral("backups"))));
}

void TestWebDavDestination::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_proxy = std::make_unique<FaultyProxy>(m_port);
    QVERIFY(m_proxy->port() != 0);
    m_delays.clear();
}

QUrl TestWebDavDestination::url(const QString &collection, quint16 port) const
{
    QUrl result(QStringLiteral("http://127.0.0.1/%1/").arg(collection));
    result.setUserName(m_user);
    result.setPort(port ? port : m_port);
    return result;
}

std::unique_ptr<WebDavDestination> TestWebDavDestination::destination(const QString &collection,
                                                                      quint16 port,
                                                                      const QByteArray &password)
{
    WebDavDestination::RetryPolicy retry;
    retry.wait = [this](std::chrono::milliseconds delay) {
        m_delays.append(delay.count());
    };
    retry.stallTimeout = 10s;
    return std::make_unique<WebDavDestination>(url(collection, port),
                                               password.isEmpty() ? m_password : password, retry);
}

void TestWebDavDestination::largeTransfersUseBoundedMemory()
{
    constexpr qint64 size = 64 * 1024 * 1024;
    const QString local = backupFile(size, 9);
    auto dav = destination(QStringLiteral("memory"));
    const qint64 before = peakResidentKiB();
    QVERIFY(before > 0);
    const Status stored = dav->store(local, QStringLiteral("big.hsbk"), m_sha);
    QVERIFY2(stored, qPrintable(stored.error().message));
    const QString fetched = m_tmp->filePath(QStringLiteral("big-fetched.hsbk"));
    QVERIFY(dav->fetch(QStringLiteral("big.hsbk"), fetched));
    QCOMPARE(sha256OfFile(fetched), m_sha);
    const qint64 grown = peakResidentKiB() - before;
    if (peakMeasuresOurBuffers)
        QVERIFY2(grown < 24 * 1024, qPrintable(QStringLiteral("peak grew by %1 KiB").arg(grown)));
}

void TestWebDavDestination::roundTripWithThePasswordFromTheKeychain()
{
    const QString spec = url(QStringLiteral("backups")).toString();
    Result<std::unique_ptr<Destination>> opened = openDestination(spec, m_secrets.get());
    QVERIFY2(opened, qPrintable(opened.ok() ? QString() : opened.error().message));
    Destination &dav = **opened;
    QCOMPARE(dav.displayName(), spec);
    QVERIFY(!spec.contains(QString::fromUtf8(m_password)));
    const Status connected = dav.testConnection();
    QVERIFY2(connected, qPrintable(connected.ok() ? QString() : connected.error().message));

    const QString local = backupFile();
    const QString name = QStringLiteral("hubstate-20261125T120000Z.hsbk");
    qint64 lastDone = 0;
    const Status stored = dav.store(local, name, m_sha, [&](qint64 done, qint64) {
        lastDone = done;
        return true;
    });
    QVERIFY2(stored, qPrintable(stored.ok() ? QString() : stored.error().message));
    QCOMPARE(lastDone, kBackupSize);
    // What the admin finds on the server: the backup, whole, and nothing else.
    QCOMPARE(allNames(serverFolder(QStringLiteral("backups"))), QStringList{name});
    QCOMPARE(sha256OfFile(serverFolder(QStringLiteral("backups")) + u'/' + name), m_sha);

    const Result<QList<Destination::Entry>> listed = dav.list();
    QVERIFY(listed);
    QCOMPARE(names(*listed), QStringList{name});
    QCOMPARE(listed->first().size, kBackupSize);
    QCOMPARE(listed->first().modified.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(listed->first().modified.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    const QString fetched = m_tmp->filePath(QStringLiteral("fetched.hsbk"));
    qint64 fetchedDone = 0;
    QVERIFY(dav.fetch(name, fetched, [&](qint64 done, qint64) {
        fetchedDone = done;
        return true;
    }));
    QCOMPARE(fetchedDone, kBackupSize);
    QCOMPARE(sha256OfFile(fetched), m_sha);
    QVERIFY(!QFileInfo::exists(fetched + QStringLiteral(".partial")));

    QVERIFY(dav.remove(name));
    QVERIFY(dav.list()->isEmpty());
    QVERIFY(allNames(serverFolder(QStringLiteral("backups"))).isEmpty());
}

void TestWebDavDestination::missingPasswordNamesTheSecretToSet()
{
    QUrl other = url(QStringLiteral("backups"));
    other.setUserName(QStringLiteral("nobody"));
    const Result<std::unique_ptr<Destination>> opened =
        openDestination(other.toString(), m_secrets.get());
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::InvalidInput);
    const QString message = opened.error().message;
    QVERIFY2(message.contains(WebDavDestination::passwordSecretName(other)), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("hubstate-cli secret set")), qPrintable(message));
}

void TestWebDavDestination::listShowsOnlyFinishedBackups()
{
    const QString folder = serverFolder(QStringLiteral("listing"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/nested.hsbk")));
    for (const char *name : {"a.hsbk", "b.tar.zst", ".c.hsbk.partial-k3j2", "d.hsbk.partial",
                             "notes.txt", ".hubstate-probe-x"})
        QVERIFY(writeFile(folder + u'/' + QLatin1String(name), "12345"));
    const Result<QList<Destination::Entry>> listed = destination(QStringLiteral("listing"))->list();
    QVERIFY2(listed, qPrintable(listed.ok() ? QString() : listed.error().message));
    QCOMPARE(names(*listed), (QStringList{"a.hsbk", "b.tar.zst"}));
    QCOMPARE(listed->first().size, 5);

    // The server's root as the collection: its sub-collections are not backups.
    QVERIFY(writeFile(m_root + QStringLiteral("/at-root.hsbk"), "1"));
    auto removeAtRoot =
        qScopeGuard([&] { QFile::remove(m_root + QStringLiteral("/at-root.hsbk")); });
    QUrl rootUrl = m_base;
    rootUrl.setUserName(m_user);
    const Result<QList<Destination::Entry>> atRoot = WebDavDestination(rootUrl, m_password).list();
    QVERIFY2(atRoot, qPrintable(atRoot.ok() ? QString() : atRoot.error().message));
    QCOMPARE(names(*atRoot), QStringList{"at-root.hsbk"});
}

void TestWebDavDestination::wrongPasswordIsRefusedWithoutRetry()
{
    auto dav = destination(QStringLiteral("backups"), m_proxy->port(), kWrongPassword.toUtf8());
    const Result<QList<Destination::Entry>> listed = dav->list();
    QVERIFY(!listed);
    const QString message = listed.error().message;
    QVERIFY2(message.contains(QLatin1String("401")), qPrintable(message));
    QVERIFY2(message.contains(m_user), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1/backups/").arg(m_proxy->port())),
             qPrintable(message));
    QVERIFY2(message.contains(WebDavDestination::passwordSecretName(dav->collection())),
             qPrintable(message));
    QVERIFY(!message.contains(kWrongPassword) && !listed.error().detail.contains(kWrongPassword));
    QCOMPARE(m_proxy->requests().size(), 1);
    QVERIFY(m_delays.isEmpty());

    const Status stored = dav->store(backupFile(4096), QStringLiteral("x.hsbk"), m_sha);
    QVERIFY(!stored);
    QVERIFY(stored.error().message.contains(QLatin1String("401")));
    QVERIFY(allNames(serverFolder(QStringLiteral("backups"))).isEmpty());
}

void TestWebDavDestination::missingCollectionIsNamed()
{
    const Result<QList<Destination::Entry>> listed = destination(QStringLiteral("missing"))->list();
    QVERIFY(!listed);
    QString message = listed.error().message;
    QVERIFY2(message.contains(QStringLiteral("http://127.0.0.1:%1/missing/").arg(m_port)),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("404")), qPrintable(message));
    const Status removed = destination(QStringLiteral("missing"))->remove(QStringLiteral("x.hsbk"));
    QVERIFY(!removed);
    QVERIFY2(removed.error().message.contains(QLatin1String("/missing/")),
             qPrintable(removed.error().message));

    // A store creates the collection itself, not a missing parent.
    const Status stored = destination(QStringLiteral("nope/deeper"))
                              ->store(backupFile(4096), QStringLiteral("x.hsbk"), m_sha);
    QVERIFY(!stored);
    message = stored.error().message;
    QVERIFY2(message.contains(QLatin1String("/nope/deeper/"))
                 && message.contains(QLatin1String("parent")),
             qPrintable(message));
    QVERIFY(!QFileInfo::exists(serverFolder(QStringLiteral("nope"))));
}

void TestWebDavDestination::firstStoreCreatesTheCollection()
{
    auto dav = destination(QStringLiteral("fresh"));
    QVERIFY(dav->store(backupFile(100000), QStringLiteral("first.tar.zst"), m_sha));
    QCOMPARE(allNames(serverFolder(QStringLiteral("fresh"))), QStringList{"first.tar.zst"});
    QCOMPARE(names(*dav->list()), QStringList{"first.tar.zst"});
}

void TestWebDavDestination::differentBackupUnderTheSameNameIsNotReplaced()
{
    auto dav = destination(QStringLiteral("same"));
    const QString first = backupFile(300000, 1);
    const QByteArray firstSha = m_sha;
    QVERIFY(dav->store(first, QStringLiteral("same.hsbk"), firstSha));
    QVERIFY(dav->store(first, QStringLiteral("same.hsbk"), firstSha)); // a retried store
    const QString second = backupFile(300000, 2);
    const Status stored = dav->store(second, QStringLiteral("same.hsbk"), m_sha);
    QVERIFY(!stored);
    QVERIFY2(stored.error().message.contains(QLatin1String("same.hsbk")),
             qPrintable(stored.error().message));
    QCOMPARE(allNames(serverFolder(QStringLiteral("same"))), QStringList{"same.hsbk"});
    QCOMPARE(sha256OfFile(serverFolder(QStringLiteral("same")) + QStringLiteral("/same.hsbk")),
             firstSha);
}

void TestWebDavDestination::wrongHashStoresNothing()
{
    auto dav = destination(QStringLiteral("hash"));
    const Status stored =
        dav->store(backupFile(200000), QStringLiteral("h.hsbk"), Crypto::sha256("other"));
    QVERIFY(!stored);
    QVERIFY2(stored.error().message.contains(QLatin1String("h.hsbk")),
             qPrintable(stored.error().message));
    QVERIFY(allNames(serverFolder(QStringLiteral("hash"))).isEmpty());
}

void TestWebDavDestination::cancelledUploadLeavesNothing()
{
    auto dav = destination(QStringLiteral("cancel"));
    const Status stored = dav->store(backupFile(), QStringLiteral("c.hsbk"), m_sha,
                                     [](qint64 done, qint64) { return done < 1024 * 1024; });
    QVERIFY(!stored);
    QVERIFY2(stored.error().message.contains(QLatin1String("cancelled")),
             qPrintable(stored.error().message));
    QVERIFY(m_delays.isEmpty()); // a cancel is not retried
    const Result<QList<Destination::Entry>> listed = dav->list();
    QVERIFY2(listed, qPrintable(listed.ok() ? QString() : listed.error().message));
    QVERIFY(listed->isEmpty());
    // The temporary file is deleted at once, but the server may still be finishing the upload
    // it had buffered: a temporary may reappear (the next store a day later sweeps it); a file
    // under a backup's name never does.
    // Apache's mod_dav_fs writes a PUT into .davfs.tmpXXXXXX of its own, removed when the
    // request it is still reading ends: not a name of Hubstate's, and never a backup's.
    for (const QString &name : allNames(serverFolder(QStringLiteral("cancel")))) {
        QVERIFY2(WebDavClient::isTemporaryName(name)
                     || name.startsWith(QLatin1String(".davfs.tmp")),
                 qPrintable(name));
    }
}

void TestWebDavDestination::staleTemporaryFilesAreSwept()
{
    // Made as the server's own user would, so that the server can write there.
    const QString folder = serverFolder(QStringLiteral("sweep"));
    QVERIFY(QDir().mkpath(folder));
    const QFileInfo root(m_root);
    QCOMPARE(::chown(QFile::encodeName(folder).constData(), root.ownerId(), root.groupId()), 0);
    // Both the names of this version and the hidden ones of earlier versions (Apache lists
    // dot-files); not a file that merely looks similar.
    const QStringList stale = {QStringLiteral("a.hsbk.upload-abc123.partial"),
                               QStringLiteral(".old.hsbk.partial-abc123"),
                               QStringLiteral("hubstate-probe-k2j3.partial")};
    const QStringList kept = {
        QStringLiteral(".new.hsbk.partial-def456"), QStringLiteral("b.hsbk.upload-def456.partial"),
        QStringLiteral("notes.txt.upload-abc123.partial"), QStringLiteral("mine.partial")};
    for (const QString &name : stale + kept) {
        QVERIFY(writeFile(folder + u'/' + name, "left by a killed store"));
        QCOMPARE(::chown(QFile::encodeName(folder + u'/' + name).constData(), root.ownerId(),
                         root.groupId()),
                 0);
    }
    for (const QString &name : stale + kept.mid(2)) {
        QFile old(folder + u'/' + name);
        QVERIFY(old.open(QIODevice::ReadWrite));
        QVERIFY(old.setFileTime(QDateTime::currentDateTimeUtc().addDays(-2),
                                QFileDevice::FileModificationTime));
    }
    QVERIFY(destination(QStringLiteral("sweep"))
                ->store(backupFile(1000), QStringLiteral("s.hsbk"), m_sha));
    QStringList expected = kept + QStringList{QStringLiteral("s.hsbk")};
    expected.sort();
    QCOMPARE(allNames(folder), expected);
}

void TestWebDavDestination::serverErrorsAreRetriedWithBackOff()
{
    auto dav = destination(QStringLiteral("retry500"), m_proxy->port());
    m_proxy->answer(500, 2, "PUT");
    const Status stored = dav->store(backupFile(500000), QStringLiteral("r.hsbk"), m_sha);
    QVERIFY2(stored, qPrintable(stored.ok() ? QString() : stored.error().message));
    QCOMPARE(m_delays, (QList<qint64>{500, 1000}));
    QCOMPARE(allNames(serverFolder(QStringLiteral("retry500"))), QStringList{"r.hsbk"});
    QCOMPARE(sha256OfFile(serverFolder(QStringLiteral("retry500")) + QStringLiteral("/r.hsbk")),
             m_sha);
}

void TestWebDavDestination::persistentServerErrorsGiveUpClearly()
{
    auto dav = destination(QStringLiteral("backups"), m_proxy->port());
    m_proxy->answer(503, 1000);
    const Result<QList<Destination::Entry>> listed = dav->list();
    QVERIFY(!listed);
    const QString message = listed.error().message;
    QVERIFY2(message.contains(QLatin1String("503")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1/backups/").arg(m_proxy->port())),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("attempts made: 4")), qPrintable(message));
    QCOMPARE(m_proxy->requests().size(), 4);
    QCOMPARE(m_delays, (QList<qint64>{500, 1000, 2000}));
}

void TestWebDavDestination::droppedUploadIsRetried()
{
    auto dav = destination(QStringLiteral("drop1"), m_proxy->port());
    QVERIFY(dav->testConnection());
    m_proxy->clearLog();
    m_proxy->dropUploads(1);
    const Status stored = dav->store(backupFile(), QStringLiteral("d.hsbk"), m_sha);
    QVERIFY2(stored, qPrintable(stored.ok() ? QString() : stored.error().message));
    // QtNetwork resends a request once on a fresh connection by itself; either way the
    // upload was made again and arrived whole.
    QVERIFY(puts(m_proxy->requests()) >= 2);
    QCOMPARE(allNames(serverFolder(QStringLiteral("drop1"))), QStringList{"d.hsbk"});
    QCOMPARE(sha256OfFile(serverFolder(QStringLiteral("drop1")) + QStringLiteral("/d.hsbk")),
             m_sha);
}

void TestWebDavDestination::uploadsThatAlwaysDropFailCleanly()
{
    auto dav = destination(QStringLiteral("dropall"), m_proxy->port());
    QVERIFY(dav->testConnection());
    m_proxy->dropUploads(1000);
    const Status stored = dav->store(backupFile(), QStringLiteral("d.hsbk"), m_sha);
    QVERIFY(!stored);
    const QString message = stored.error().message;
    QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1/dropall/d.hsbk").arg(m_proxy->port())),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("attempts made: 4")), qPrintable(message));
    QCOMPARE(m_delays, (QList<qint64>{500, 1000, 2000}));
    QVERIFY(dav->list()->isEmpty());
    QVERIFY(allNames(serverFolder(QStringLiteral("dropall"))).isEmpty());
}

void TestWebDavDestination::lostAnswersToMoveAndDeleteAreNotFailures()
{
    // The server moved (deleted) the file, but its answer never arrived: asked again, it says
    // 404, and what counts is that the backup is in place (gone).
    auto dav = destination(QStringLiteral("lost"), m_proxy->port());
    QVERIFY(dav->testConnection());
    m_proxy->loseAnswers("MOVE", 1);
    const Status stored = dav->store(backupFile(300000), QStringLiteral("l.hsbk"), m_sha);
    QVERIFY2(stored, qPrintable(stored.ok() ? QString() : stored.error().message));
    QCOMPARE(allNames(serverFolder(QStringLiteral("lost"))), QStringList{"l.hsbk"});
    QCOMPARE(sha256OfFile(serverFolder(QStringLiteral("lost")) + QStringLiteral("/l.hsbk")), m_sha);

    m_proxy->loseAnswers("DELETE", 1);
    const Status removed = dav->remove(QStringLiteral("l.hsbk"));
    QVERIFY2(removed, qPrintable(removed.ok() ? QString() : removed.error().message));
    QVERIFY(allNames(serverFolder(QStringLiteral("lost"))).isEmpty());
}

void TestWebDavDestination::hangingServerTimesOut()
{
    WebDavDestination::RetryPolicy retry;
    retry.wait = [this](std::chrono::milliseconds delay) {
        m_delays.append(delay.count());
    };
    retry.stallTimeout = 250ms;
    WebDavDestination dav(url(QStringLiteral("backups"), m_proxy->port()), m_password, retry);
    m_proxy->hang(1000);
    QElapsedTimer clock;
    clock.start();
    const Result<QList<Destination::Entry>> listed = dav.list();
    QVERIFY(!listed);
    const QString message = listed.error().message;
    QVERIFY2(message.contains(QLatin1String("no progress for 0.25 s"))
                 && message.contains(QLatin1String("attempts made: 4")),
             qPrintable(message));
    QCOMPARE(m_delays, (QList<qint64>{500, 1000, 2000}));
    QVERIFY(clock.elapsed() < 5000);

    // A server that hangs once and then answers costs one retry, not the operation.
    m_delays.clear();
    m_proxy->hang(1);
    QVERIFY(dav.list());
    QCOMPARE(m_delays, QList<qint64>{500});
}

void TestWebDavDestination::serverDownGivesUpClearly()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    auto dav = destination(QStringLiteral("backups"), closedPort);
    const Status connected = dav->testConnection();
    QVERIFY(!connected);
    const QString message = connected.error().message;
    QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1/backups/").arg(closedPort)),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("refused"), Qt::CaseInsensitive), qPrintable(message));
    QCOMPARE(m_delays, (QList<qint64>{500, 1000, 2000}));
    QVERIFY(!message.contains(QString::fromUtf8(m_password)));
}

void TestWebDavDestination::fullServerIsReportedWithoutRetry()
{
    auto dav = destination(QStringLiteral("full"), m_proxy->port());
    QVERIFY(dav->testConnection());
    m_proxy->clearLog();
    m_proxy->answer(507, 1, "PUT");
    const Status stored = dav->store(backupFile(300000), QStringLiteral("f.hsbk"), m_sha);
    QVERIFY(!stored);
    const QString message = stored.error().message;
    QVERIFY2(message.contains(QLatin1String("507")) && message.contains(QLatin1String("space"))
                 && message.contains(QLatin1String("/full/f.hsbk")),
             qPrintable(message));
    QCOMPARE(puts(m_proxy->requests()), 1);
    QVERIFY(m_delays.isEmpty());
    QVERIFY(dav->list()->isEmpty());
}

void TestWebDavDestination::forbiddenIsReportedWithoutRetry()
{
    auto dav = destination(QStringLiteral("backups"), m_proxy->port());
    m_proxy->answer(403, 1, "PROPFIND");
    const Result<QList<Destination::Entry>> listed = dav->list();
    QVERIFY(!listed);
    QVERIFY2(listed.error().message.contains(QLatin1String("403")),
             qPrintable(listed.error().message));
    QCOMPARE(m_proxy->requests().size(), 1);
}

void TestWebDavDestination::malformedListingIsRejected()
{
    auto dav = destination(QStringLiteral("backups"), m_proxy->port());
    m_proxy->answer(207, 1, "PROPFIND",
                    "<?xml version=\"1.0\"?><D:multistatus xmlns:D=\"DAV:\"><D:response>"
                    "<D:href>/backups/a.hsbk</D:href><D:propstat>");
    const Result<QList<Destination::Entry>> listed = dav->list();
    QVERIFY(!listed);
    const QString message = listed.error().message;
    QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1/backups/").arg(m_proxy->port())),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("not valid WebDAV")), qPrintable(message));

    m_proxy->answer(207, 1, "PROPFIND", "<html>not dav</html>");
    QVERIFY(!dav->list());
}

void TestWebDavDestination::redirectIsReportedNotFollowed()
{
    auto dav = destination(QStringLiteral("backups"), m_proxy->port());
    m_proxy->answer(301, 1, "PROPFIND", {}, "https://dav.example.org/backups/");
    const Result<QList<Destination::Entry>> listed = dav->list();
    QVERIFY(!listed);
    const QString message = listed.error().message;
    QVERIFY2(message.contains(QLatin1String("https://dav.example.org/backups/")),
             qPrintable(message));
    QCOMPARE(m_proxy->requests().size(), 1);
}

void TestWebDavDestination::untrustedCertificateIsRefusedClearly()
{
    QUrl tls(qEnvironmentVariable("HUBSTATE_WEBDAV_TLS_URL") + QStringLiteral("backups/"));
    QVERIFY(tls.isValid());
    tls.setUserName(m_user);
    WebDavDestination::RetryPolicy retry;
    retry.wait = [this](std::chrono::milliseconds delay) {
        m_delays.append(delay.count());
    };
    WebDavDestination dav(tls, m_password, retry);
    const Status connected = dav.testConnection();
    QVERIFY(!connected);
    const QString message = connected.error().message;
    QVERIFY2(message.contains(QLatin1String("certificate")) && message.contains(tls.host()),
             qPrintable(message));
    QVERIFY(m_delays.isEmpty()); // asking again would not make it trusted
    QVERIFY(allNames(serverFolder(QStringLiteral("backups"))).isEmpty());
}

void TestWebDavDestination::trustedTlsServerWorks()
{
    // As an admin would add a private CA to the system store.
    const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
    auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(original); });
    QSslConfiguration trusting = original;
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromPath(qEnvironmentVariable("HUBSTATE_WEBDAV_TLS_CERT"));
    QCOMPARE(certificates.size(), 1);
    trusting.addCaCertificates(certificates);
    QSslConfiguration::setDefaultConfiguration(trusting);

    QUrl tls(qEnvironmentVariable("HUBSTATE_WEBDAV_TLS_URL") + QStringLiteral("tls/"));
    tls.setUserName(m_user);
    WebDavDestination dav(tls, m_password);
    QVERIFY(dav.testConnection());
    QVERIFY(dav.store(backupFile(2 * 1024 * 1024), QStringLiteral("t.hsbk"), m_sha));
    QCOMPARE(names(*dav.list()), QStringList{"t.hsbk"});
    const QString fetched = m_tmp->filePath(QStringLiteral("t-fetched.hsbk"));
    QVERIFY(dav.fetch(QStringLiteral("t.hsbk"), fetched));
    QCOMPARE(sha256OfFile(fetched), m_sha);
}

void TestWebDavDestination::worksFromAWorkerThread()
{
    // The GUI runs backups on a worker thread; the destination brings its own event loop.
    auto dav = destination(QStringLiteral("worker"));
    const QString local = backupFile(1024 * 1024);
    Status stored = Error::operationFailed(QStringLiteral("not run"));
    Result<QList<Destination::Entry>> listed = Error::operationFailed(QStringLiteral("not run"));
    std::unique_ptr<QThread> worker(QThread::create([&] {
        stored = dav->store(local, QStringLiteral("w.hsbk"), m_sha);
        listed = dav->list();
    }));
    worker->start();
    QVERIFY(worker->wait(30000));
    QVERIFY2(stored, qPrintable(stored.ok() ? QString() : stored.error().message));
    QVERIFY(listed);
    QCOMPARE(names(*listed), QStringList{"w.hsbk"});
}

void TestWebDavDestination::endlessDownloadStopsAtTheListedSize()
{
    // The server lists the file at its true size, then sends without end (no Content-Length).
    const QString folder = serverFolder(QStringLiteral("endless"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(writeFile(folder + QStringLiteral("/e.hsbk"), QByteArray(100000, 'e')));
    auto dav = destination(QStringLiteral("endless"), m_proxy->port());
    m_proxy->sendEndless("GET", 1, 200);
    const QString local = m_tmp->filePath(QStringLiteral("e.hsbk"));
    QElapsedTimer clock;
    clock.start();
    // A guard for code without the cap: cancel after 64 MiB rather than fill the disk.
    const Status fetched = dav->fetch(QStringLiteral("e.hsbk"), local,
                                      [](qint64 done, qint64) { return done < 64 * 1024 * 1024; });
    QVERIFY(!fetched);
    const QString message = fetched.error().message;
    QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1/endless/e.hsbk").arg(m_proxy->port()))
                 && message.contains(QLatin1String("more than the 165536 bytes expected")),
             qPrintable(message));
    QVERIFY(m_delays.isEmpty()); // asking again would bring the same flood
    QVERIFY(!QFileInfo::exists(local));
    QVERIFY(!QFileInfo::exists(local + QStringLiteral(".partial")));
    QCOMPARE(allNames(m_tmp->path()), QStringList{});
    QVERIFY2(m_proxy->endlessBytesSent() < 16 * 1024 * 1024,
             qPrintable(QString::number(m_proxy->endlessBytesSent())));
    QVERIFY(clock.elapsed() < 10000);
}

void TestWebDavDestination::announcedOversizeIsRefusedAtOnce()
{
    const QString folder = serverFolder(QStringLiteral("announced"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(writeFile(folder + QStringLiteral("/a.hsbk"), QByteArray(5000, 'a')));
    auto dav = destination(QStringLiteral("announced"), m_proxy->port());
    m_proxy->sendEndless("GET", 1, 200, "Content-Length: 3000000000\r\n");
    const QString local = m_tmp->filePath(QStringLiteral("a.hsbk"));
    const Status fetched = dav->fetch(QStringLiteral("a.hsbk"), local,
                                      [](qint64 done, qint64) { return done < 64 * 1024 * 1024; });
    QVERIFY(!fetched);
    const QString message = fetched.error().message;
    QVERIFY2(message.contains(QLatin1String("announces 3000000000 bytes"))
                 && message.contains(QLatin1String("/announced/a.hsbk")),
             qPrintable(message));
    QCOMPARE(allNames(m_tmp->path()), QStringList{});
}

void TestWebDavDestination::oversizeListedFileIsNotDownloaded()
{
    // A listing that claims a file larger than any backup: refused before a byte is fetched.
    auto dav = destination(QStringLiteral("backups"), m_proxy->port());
    m_proxy->answer(207, 1, "PROPFIND",
                    "<?xml version=\"1.0\"?><D:multistatus xmlns:D=\"DAV:\"><D:response>"
                    "<D:href>/backups/huge.hsbk</D:href><D:propstat><D:prop>"
                    "<D:getcontentlength>1099511627776</D:getcontentlength><D:resourcetype/>"
                    "</D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>"
                    "</D:multistatus>");
    m_proxy->sendEndless("GET", 1, 200);
    const Status fetched =
        dav->fetch(QStringLiteral("huge.hsbk"), m_tmp->filePath(QStringLiteral("huge.hsbk")),
                   [](qint64 done, qint64) { return done < 64 * 1024 * 1024; });
    QVERIFY(!fetched);
    const QString message = fetched.error().message;
    QVERIFY2(message.contains(QLatin1String("1099511627776 bytes"))
                 && message.contains(QLatin1String("/backups/huge.hsbk")),
             qPrintable(message));
    for (const QByteArray &request : m_proxy->requests())
        QVERIFY2(!request.startsWith("GET "), request.constData());
    QCOMPARE(allNames(m_tmp->path()), QStringList{});
}

void TestWebDavDestination::endlessListingIsCutOff()
{
    auto dav = destination(QStringLiteral("backups"), m_proxy->port());
    m_proxy->sendEndless(
        "PROPFIND", 1, 207, "Content-Type: application/xml\r\n",
        QByteArray("<D:response><D:href>/backups/x.hsbk</D:href></D:response>").repeated(1000));
    const qint64 before = peakResidentKiB();
    QElapsedTimer clock;
    clock.start();
    const Result<QList<Destination::Entry>> listed = dav->list();
    QVERIFY(!listed);
    const QString message = listed.error().message;
    QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1/backups/").arg(m_proxy->port()))
                 && message.contains(QLatin1String("more than the 16777216 bytes expected")),
             qPrintable(message));
    QVERIFY(m_delays.isEmpty());
    QVERIFY(clock.elapsed() < 10000);
    if (peakMeasuresOurBuffers)
        QVERIFY(peakResidentKiB() - before < 64 * 1024);
}

void TestWebDavDestination::credentialsStayOffPlainHttpToOtherMachines()
{
    // This machine's own address on its network: to the client another host, reached over a
    // network on which anyone could read Basic credentials.
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
    FaultyProxy remote(m_port, nullptr, outside);
    QVERIFY(remote.port() != 0);
    QUrl plain(QStringLiteral("http://%1:%2/backups/").arg(outside.toString()).arg(remote.port()));
    plain.setUserName(m_user);
    QVERIFY(m_secrets->write(WebDavDestination::passwordSecretName(plain), m_password));
    auto forget =
        qScopeGuard([&] { (void)m_secrets->remove(WebDavDestination::passwordSecretName(plain)); });

    // Refused when opened: exit code 3, the reason and the setting that allows it named.
    const Result<std::unique_ptr<WebDavDestination>> refused =
        WebDavDestination::open(plain, m_secrets.get());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    const QString message = refused.error().message;
    QVERIFY2(message.contains(QLatin1String("plain http://"))
                 && message.contains(outside.toString())
                 && message.contains(QLatin1String("backup.allowInsecureHttp"))
                 && message.contains(QLatin1String("https://")),
             qPrintable(message));
    QVERIFY(!message.contains(QString::fromUtf8(m_password)));
    // ... and by the client itself, whoever built the destination: not a byte is sent.
    WebDavDestination built(plain, m_password);
    const Result<QList<Destination::Entry>> listed = built.list();
    QVERIFY(!listed);
    QVERIFY2(listed.error().message.contains(QLatin1String("backup.allowInsecureHttp")),
             qPrintable(listed.error().message));
    QVERIFY(!built.store(backupFile(1000), QStringLiteral("x.hsbk"), m_sha));
    QCOMPARE(remote.requests().size(), 0);

    // Allowed in so many words: it works, with the credentials.
    Result<std::unique_ptr<WebDavDestination>> allowed =
        WebDavDestination::open(plain, m_secrets.get(), true);
    QVERIFY2(allowed, qPrintable(allowed.ok() ? QString() : allowed.error().message));
    const Result<QList<Destination::Entry>> listedAllowed = (*allowed)->list();
    QVERIFY2(listedAllowed,
             qPrintable(listedAllowed.ok() ? QString() : listedAllowed.error().message));
    QVERIFY(remote.authorizedRequests() > 0);

    // No user name, no password to protect: plain http:// to another machine is the server's
    // business (here it asks for credentials).
    const Result<std::unique_ptr<WebDavDestination>> anonymous = WebDavDestination::open(
        QUrl(QStringLiteral("http://%1:%2/backups/").arg(outside.toString()).arg(remote.port())),
        m_secrets.get());
    QVERIFY(anonymous);
}

void TestWebDavDestination::loopbackAndTlsProtectCredentials_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("protects");
    QTest::newRow("https") << "https://a@dav.example.org/x/" << true;
    QTest::newRow("http 127.0.0.1") << "http://a@127.0.0.1:8080/x/" << true;
    QTest::newRow("http 127.1.2.3") << "http://a@127.1.2.3/x/" << true;
    QTest::newRow("http ::1") << "http://a@[::1]:8080/x/" << true;
    QTest::newRow("http localhost") << "http://a@LocalHost/x/" << true;
    QTest::newRow("http LAN") << "http://a@192.168.1.20:8080/x/" << false;
    QTest::newRow("http name") << "http://a@dav.example.org/x/" << false;
    QTest::newRow("http localhost lookalike") << "http://a@localhost.example.org/x/" << false;
    QTest::newRow("http 128.0.0.1") << "http://a@128.0.0.1/x/" << false;
}

void TestWebDavDestination::loopbackAndTlsProtectCredentials()
{
    QFETCH(QString, url);
    QFETCH(bool, protects);
    QCOMPARE(WebDavClient::protectsCredentials(QUrl(url)), protects);
}

void TestWebDavDestination::temporaryNamesAreVisibleAndNeverBackups()
{
    const QString name = QStringLiteral("hubstate-20261125T120000Z.hsbk");
    const QString temporary = WebDavClient::temporaryName(name);
    QVERIFY2(!temporary.startsWith(u'.'), qPrintable(temporary)); // nginx would hide it
    QVERIFY2(temporary.startsWith(name), qPrintable(temporary)); // an admin sees whose it is
    QVERIFY(!isBackupFileName(temporary));
    QVERIFY(WebDavClient::isTemporaryName(temporary));
    QVERIFY(temporary != WebDavClient::temporaryName(name));
    const QString probe = WebDavClient::probeName();
    QVERIFY(!probe.startsWith(u'.') && !isBackupFileName(probe));
    QVERIFY(WebDavClient::isTemporaryName(probe));
    // Names of earlier versions are recognised; backups and other files are not.
    QVERIFY(WebDavClient::isTemporaryName(QStringLiteral(".a.hsbk.partial-k3j2")));
    QVERIFY(WebDavClient::isTemporaryName(QStringLiteral(".hubstate-probe-k3j2")));
    for (const char *other : {"a.hsbk", "a.hsbk.partial", "notes.txt.upload-k3.partial",
                              ".notes.partial-k3", "a.hsbk.upload-K3.partial", "upload.partial"})
        QVERIFY2(!WebDavClient::isTemporaryName(QLatin1String(other)), other);
}

void TestWebDavDestination::staleTemporaryFilesAreSweptOnNginx()
{
    // nginx leaves dot-files out of its listings: a hidden temporary file would stay for ever.
    const QString nginxRoot = qEnvironmentVariable("HUBSTATE_WEBDAV_NGINX_ROOT");
    QUrl nginx(qEnvironmentVariable("HUBSTATE_WEBDAV_NGINX_URL") + QStringLiteral("backups/"));
    QVERIFY(nginx.isValid() && !nginxRoot.isEmpty());
    nginx.setUserName(m_user);
    WebDavDestination dav(nginx, m_password);
    const QString folder = nginxRoot + QStringLiteral("/backups");
    const QFileInfo owner(folder);
    const QString name = QStringLiteral("hubstate-20261124T120000Z.hsbk");
    const QString stale = WebDavClient::temporaryName(name);
    const QString recent = WebDavClient::temporaryName(name);
    for (const QString &file : {stale, recent}) {
        QVERIFY(writeFile(folder + u'/' + file, "left by a killed store"));
        QCOMPARE(::chown(QFile::encodeName(folder + u'/' + file).constData(), owner.ownerId(),
                         owner.groupId()),
                 0);
    }
    QFile old(folder + u'/' + stale);
    QVERIFY(old.open(QIODevice::ReadWrite));
    QVERIFY(old.setFileTime(QDateTime::currentDateTimeUtc().addDays(-2),
                            QFileDevice::FileModificationTime));
    old.close();

    const QString local = backupFile(300000);
    const Status stored = dav.store(local, QStringLiteral("n.hsbk"), m_sha);
    QVERIFY2(stored, qPrintable(stored.ok() ? QString() : stored.error().message));
    QCOMPARE(allNames(folder), (QStringList{recent, QStringLiteral("n.hsbk")}));
    const Result<QList<Destination::Entry>> listed = dav.list();
    QVERIFY(listed);
    QCOMPARE(names(*listed), QStringList{"n.hsbk"});
    const QString fetched = m_tmp->filePath(QStringLiteral("n-fetched.hsbk"));
    QVERIFY(dav.fetch(QStringLiteral("n.hsbk"), fetched));
    QCOMPARE(sha256OfFile(fetched), m_sha);
    QVERIFY(dav.remove(QStringLiteral("n.hsbk")));
    QVERIFY(QFile::remove(folder + u'/' + recent));
}

void TestWebDavDestination::spacesInTheCollectionAreEncoded()
{
    // As typed, with a space; a folder that an admin named so.
    const QString folder = serverFolder(QStringLiteral("my backups"));
    QVERIFY(QDir().mkpath(folder));
    const QFileInfo root(m_root);
    QCOMPARE(::chown(QFile::encodeName(folder).constData(), root.ownerId(), root.groupId()), 0);
    const QString spec =
        QStringLiteral("http://%1@127.0.0.1:%2/my backups/").arg(m_user).arg(m_port);
    Result<std::unique_ptr<Destination>> opened = openDestination(spec, m_secrets.get());
    QVERIFY2(opened, qPrintable(opened.ok() ? QString() : opened.error().message));
    QCOMPARE((*opened)->displayName(),
             QStringLiteral("http://%1@127.0.0.1:%2/my%20backups/").arg(m_user).arg(m_port));
    QVERIFY((*opened)->store(backupFile(1000), QStringLiteral("sp.hsbk"), m_sha));
    QCOMPARE(allNames(folder), QStringList{"sp.hsbk"});
    // Where the file went, as messages show it: no doubled slash.
    QCOMPARE((*opened)->displayNameOf(QStringLiteral("sp.hsbk")),
             QStringLiteral("http://%1@127.0.0.1:%2/my%20backups/sp.hsbk").arg(m_user).arg(m_port));

    // Anything else the URL parser refuses: one line naming it, never the password.
    const Result<std::unique_ptr<Destination>> invalid = openDestination(
        QStringLiteral("http://%1:hunter2@127.0.0.1:%2/a<b/").arg(m_user).arg(m_port),
        m_secrets.get());
    QVERIFY(!invalid);
    QCOMPARE(invalid.error().code, ErrorCode::InvalidInput);
    const QString message = invalid.error().message;
    QVERIFY2(message.contains(QLatin1String("'<'")) && !message.contains(QLatin1String("hunter2"))
                 && !message.contains(QLatin1String("source was")) && !message.contains(u'\n'),
             qPrintable(message));
}

QTEST_GUILESS_MAIN(TestWebDavDestination)
#include "tst_webdavdestination.moc"
