// The S3 destination against a real S3-protocol server (s3rver, started by with-s3.sh, which
// checks Signature Version 4 on every request) and a real keychain (with-keyring.sh) holding
// the secret; a fault-injecting proxy in front of the same server drops parts and answers
// 503 SlowDown, 403 and wrong-region errors as AWS words them.
#include "backuptestfiles.h"
#include "core/backup/s3destination.h"
#include "core/secrets/secretstore.h"
#include "faultyproxy.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace Hubstate::Core;
using namespace Hubstate::Tests;
using namespace std::chrono_literals;

namespace {

constexpr qint64 kBackupSize = 1024 * 1024 + 777;
// A secret no message, detail or file may ever show.
const QByteArray kCanarySecret = "Canary-S3-Secret-7f3a9c1e";

QStringList names(const QList<Destination::Entry> &entries)
{
    QStringList result;
    for (const Destination::Entry &entry : entries)
        result.append(entry.name);
    return result;
}

QByteArray s3Error(const QByteArray &code, const QByteArray &extra = {})
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code
        + "</Code><Message>test</Message>" + extra + "<RequestId>1</RequestId></Error>";
}

// Under AddressSanitizer freed memory waits in a quarantine and ThreadSanitizer adds shadow
// memory: the peak resident size then says nothing about our buffers.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool peakMeasuresOurBuffers = false;
#else
constexpr bool peakMeasuresOurBuffers = true;
#endif

qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

} // namespace

class TestS3Destination : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void roundTripWithTheSecretFromTheKeychain();
    void missingSecretNamesTheSecretToSet();
    void specsAreCheckedAndShownWithoutSecrets_data();
    void specsAreCheckedAndShownWithoutSecrets();
    void pathAndVirtualHostedAddresses();
    void plainHttpToAnotherMachineIsRefused();
    void wrongSecretIsRefusedWithoutRetryAndNeverShown();
    void missingBucketIsNamed();
    void clockSkewIsExplained();
    void listingFollowsContinuationTokens();
    void differentBackupUnderTheSameNameIsNotReplaced();
    void multipartRoundTripLeavesNoUpload();
    void largeUploadsUseBoundedMemory();
    void droppedPartIsRetried();
    void partsThatAlwaysDropAbortTheUpload();
    void slowDownIsRetriedWithBackOff();
    void persistentSlowDownGivesUpClearly();
    void accessDeniedIsReportedWithoutRetry();
    void wrongRegionNamesTheRightOne();
    void malformedListingIsRejected();
    void untrustedCertificateIsRefusedClearly();
    void trustedTlsEndpointWorks();

private:
    S3Destination::Location location(const QString &prefix, quint16 port = 0) const;
    std::unique_ptr<S3Destination> destination(const QString &prefix, quint16 port = 0,
                                               const QByteArray &secret = {},
                                               S3Destination::Options options = {});
    QString backupFile(qint64 size = kBackupSize, quint32 seed = 1)
    {
        const QString path = m_tmp->filePath(QStringLiteral("local-%1.hsbk").arg(seed));
        m_sha = writeBackupLikeFile(path, size, seed);
        return path;
    }
    static void verifyNoCanary(const Error &error)
    {
        QVERIFY2(!error.message.contains(QString::fromLatin1(kCanarySecret)),
                 qPrintable(error.message));
        QVERIFY2(!error.detail.contains(QString::fromLatin1(kCanarySecret)),
                 qPrintable(error.detail));
    }

    QString m_host;
    quint16 m_port = 0;
    QByteArray m_keyId;
    QByteArray m_secret;
    QString m_bucket;
    QString m_root;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<FaultyProxy> m_proxy;
    QList<qint64> m_delays;
    QByteArray m_sha;
};

void TestS3Destination::initTestCase()
{
    const QString endpoint = qEnvironmentVariable("HUBSTATE_S3_ENDPOINT");
    m_keyId = qgetenv("HUBSTATE_S3_KEY_ID");
    m_secret = qgetenv("HUBSTATE_S3_SECRET");
    m_bucket = qEnvironmentVariable("HUBSTATE_S3_BUCKET");
    m_root = qEnvironmentVariable("HUBSTATE_S3_ROOT");
    QVERIFY2(!endpoint.isEmpty() && !m_keyId.isEmpty() && !m_bucket.isEmpty(),
             "run under tests/s3/with-s3.sh");
    m_host = endpoint.section(u':', 0, 0);
    m_port = quint16(endpoint.section(u':', 1).toUInt());
    m_secrets = std::make_unique<SecretStore>(
        QStringLiteral("tst_s3-%1").arg(QRandomGenerator::global()->generate(), 0, 16));
    const SecretStore::HealthReport health = m_secrets->probe();
    QVERIFY2(health.health == SecretStore::Health::Healthy, qPrintable(health.message));
    QVERIFY(m_secrets->write(S3Destination::secretName(location(QString())), m_secret));
}

void TestS3Destination::cleanupTestCase()
{
    if (m_secrets)
        (void)m_secrets->remove(S3Destination::secretName(location(QString())));
}

void TestS3Destination::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_proxy = std::make_unique<FaultyProxy>(m_port);
    QVERIFY(m_proxy->port() != 0);
    m_delays.clear();
}

S3Destination::Location TestS3Destination::location(const QString &prefix, quint16 port) const
{
    S3Destination::Location where;
    where.scheme = QStringLiteral("http");
    where.host = m_host;
    where.port = port ? port : m_port;
    where.region = QStringLiteral("us-east-1");
    where.bucket = m_bucket;
    where.prefix = prefix.isEmpty() ? QString() : prefix + u'/';
    where.accessKeyId = QString::fromLatin1(m_keyId);
    return where;
}

std::unique_ptr<S3Destination> TestS3Destination::destination(const QString &prefix, quint16 port,
                                                              const QByteArray &secret,
                                                              S3Destination::Options options)
{
    options.retry.wait = [this](std::chrono::milliseconds delay) {
        m_delays.append(delay.count());
    };
    options.retry.stallTimeout = 10s;
    return std::make_unique<S3Destination>(location(prefix, port),
                                           secret.isEmpty() ? m_secret : secret, options);
}

void TestS3Destination::roundTripWithTheSecretFromTheKeychain()
{
    const QString spec = QStringLiteral("s3+http://%1@%2:%3/%4/site-a/?region=us-east-1")
                             .arg(QString::fromLatin1(m_keyId), m_host)
                             .arg(m_port)
                             .arg(m_bucket);
    Result<std::unique_ptr<Destination>> opened = openDestination(spec, m_secrets.get());
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    Destination &s3 = **opened;
    QVERIFY(!s3.displayName().contains(QString::fromLatin1(m_secret) + u'@'));
    QVERIFY2(s3.testConnection(), "the bucket is reachable and writable");

    const QString local = backupFile();
    QList<qint64> progress;
    const Status stored =
        s3.store(local, QStringLiteral("hubstate-1.hsbk"), m_sha, [&](qint64 done, qint64) {
            progress.append(done);
            return true;
        });
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
    QVERIFY(!progress.isEmpty());
    // Stored again with the same bytes: nothing to do, no failure.
    QVERIFY(s3.store(local, QStringLiteral("hubstate-1.hsbk"), m_sha));

    Result<QList<Destination::Entry>> listed = s3.list();
    QVERIFY2(listed, qPrintable(listed ? QString() : listed.error().message));
    QCOMPARE(names(*listed), QStringList{QStringLiteral("hubstate-1.hsbk")});
    QCOMPARE(listed->first().size, kBackupSize);
    QVERIFY(listed->first().modified.isValid());

    const QString back = m_tmp->filePath(QStringLiteral("back.hsbk"));
    const Status fetched = s3.fetch(QStringLiteral("hubstate-1.hsbk"), back);
    QVERIFY2(fetched, qPrintable(fetched ? QString() : fetched.error().message));
    QCOMPARE(sha256OfFile(back), m_sha);
    QCOMPARE(QFileInfo(back).permissions() & 0x0077, QFileDevice::Permissions());

    QVERIFY(s3.remove(QStringLiteral("hubstate-1.hsbk")));
    QVERIFY(s3.remove(QStringLiteral("hubstate-1.hsbk"))); // gone already: still a success
    listed = s3.list();
    QVERIFY(listed);
    QVERIFY(listed->isEmpty());
}

void TestS3Destination::missingSecretNamesTheSecretToSet()
{
    const QString spec =
        QStringLiteral("s3+http://NOSUCHKEY@%1:%2/%3/").arg(m_host).arg(m_port).arg(m_bucket);
    Result<std::unique_ptr<Destination>> opened = openDestination(spec, m_secrets.get());
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::InvalidInput);
    QVERIFY2(opened.error().message.contains(
                 QStringLiteral("hubstate-cli secret set backup.s3.NOSUCHKEY_40127.0.0.1_3A")),
             qPrintable(opened.error().message));
}

void TestS3Destination::specsAreCheckedAndShownWithoutSecrets_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("error"); // empty: valid
    QTest::addColumn<QString>("shown");

    QTest::newRow("aws virtual-hosted by default")
        << "s3://AKIAEXAMPLE@s3.eu-central-1.amazonaws.com/my-backups/host-1/" << QString()
        << "s3://AKIAEXAMPLE@s3.eu-central-1.amazonaws.com/my-backups/host-1/"
           "?region=eu-central-1&style=virtual";
    QTest::newRow("others path-style by default")
        << "s3://KEY@s3.eu-central-003.backblazeb2.com/b2-bucket?region=eu-central-003" << QString()
        << "s3://KEY@s3.eu-central-003.backblazeb2.com/b2-bucket/?region=eu-central-003&style=path";
    QTest::newRow("r2 with region auto")
        << "s3://KEY@abc123.r2.cloudflarestorage.com/bkp/?region=auto&style=virtual" << QString()
        << "s3://KEY@abc123.r2.cloudflarestorage.com/bkp/?region=auto&style=virtual";
    QTest::newRow("secret in the URL")
        << "s3://KEY:" + QString::fromLatin1(kCanarySecret) + "@example.org/bucket/"
        << "carries a secret" << QString();
    QTest::newRow("no key id") << "s3://example.org/bucket/"
                               << "names no access key id" << QString();
    QTest::newRow("bad bucket") << "s3://KEY@example.org/Bad_Bucket/"
                                << "is not an S3 bucket name" << QString();
    QTest::newRow("parent folder in prefix") << "s3://KEY@example.org/bucket/a/../b/"
                                             << "is not a folder of plain names" << QString();
    QTest::newRow("unknown setting") << "s3://KEY@example.org/bucket/?sse=aws"
                                     << "unknown setting" << QString();
    QTest::newRow("bad style") << "s3://KEY@example.org/bucket/?style=dns"
                               << "neither \"path\" nor \"virtual\"" << QString();
    QTest::newRow("dotted bucket, virtual, https")
        << "s3://KEY@example.org/my.bucket/?style=virtual"
        << "style=path" << QString();
}

void TestS3Destination::specsAreCheckedAndShownWithoutSecrets()
{
    QFETCH(QString, spec);
    QFETCH(QString, error);
    QFETCH(QString, shown);
    Result<S3Destination::Location> parsed = S3Destination::parse(QUrl(spec, QUrl::StrictMode));
    if (error.isEmpty()) {
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(S3Destination::displayLocation(*parsed), shown);
        return;
    }
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
    QVERIFY2(parsed.error().message.contains(error), qPrintable(parsed.error().message));
    verifyNoCanary(parsed.error());
    // Nothing of the secret through openDestination's own messages either.
    Result<std::unique_ptr<Destination>> opened = openDestination(spec, m_secrets.get());
    QVERIFY(!opened);
    verifyNoCanary(opened.error());
}

void TestS3Destination::pathAndVirtualHostedAddresses()
{
    Result<S3Destination::Location> aws = S3Destination::parse(QUrl(
        QStringLiteral("s3://AKIAEXAMPLE@s3.eu-central-1.amazonaws.com/my-backups/host%2B1/")));
    QVERIFY(aws);
    QCOMPARE(
        S3Destination(*aws, "secret")
            .urlOf(QStringLiteral("a+b.hsbk"))
            .toString(QUrl::FullyEncoded),
        QStringLiteral("https://my-backups.s3.eu-central-1.amazonaws.com/host%2B1/a%2Bb.hsbk"));
    Result<S3Destination::Location> minio =
        S3Destination::parse(QUrl(QStringLiteral("s3+http://KEY@127.0.0.1:9000/my-backups/")));
    QVERIFY(minio);
    QCOMPARE(S3Destination(*minio, "secret")
                 .urlOf(QStringLiteral("x.hsbk"))
                 .toString(QUrl::FullyEncoded),
             QStringLiteral("http://127.0.0.1:9000/my-backups/x.hsbk"));
}

void TestS3Destination::plainHttpToAnotherMachineIsRefused()
{
    Result<std::unique_ptr<Destination>> opened =
        openDestination(QStringLiteral("s3+http://KEY@192.0.2.7:9000/bucket/"), m_secrets.get());
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::InvalidInput);
    QVERIFY2(opened.error().message.contains(QStringLiteral("backup.allowInsecureHttp")),
             qPrintable(opened.error().message));
}

void TestS3Destination::wrongSecretIsRefusedWithoutRetryAndNeverShown()
{
    auto s3 = destination(QStringLiteral("wrong"), 0, kCanarySecret);
    const QString local = backupFile();
    const Status stored = s3->store(local, QStringLiteral("a.hsbk"), m_sha);
    QVERIFY(!stored);
    QVERIFY2(stored.error().message.contains(QStringLiteral("SignatureDoesNotMatch")),
             qPrintable(stored.error().message));
    QVERIFY2(stored.error().message.contains(S3Destination::secretName(location(QString()))),
             qPrintable(stored.error().message));
    QVERIFY(m_delays.isEmpty()); // a 403 is not asked again
    verifyNoCanary(stored.error());
    Result<QList<Destination::Entry>> listed = s3->list();
    QVERIFY(!listed);
    verifyNoCanary(listed.error());
    // Nor is it in anything the server kept.
    QDirIterator files(m_root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(kCanarySecret), qPrintable(file.fileName()));
    }
}

void TestS3Destination::missingBucketIsNamed()
{
    S3Destination::Location where = location(QString());
    where.bucket = QStringLiteral("no-such-bucket");
    S3Destination s3(where, m_secret);
    const Status tested = s3.testConnection();
    QVERIFY(!tested);
    QVERIFY2(tested.error().message.contains(QStringLiteral("\"no-such-bucket\" does not exist")),
             qPrintable(tested.error().message));
}

void TestS3Destination::clockSkewIsExplained()
{
    S3Destination::Options options;
    options.clock = [] {
        return QDateTime::currentDateTimeUtc().addSecs(-3600);
    };
    auto s3 = destination(QStringLiteral("skew"), 0, {}, options);
    Result<QList<Destination::Entry>> listed = s3->list();
    QVERIFY(!listed);
    QVERIFY2(listed.error().message.contains(QStringLiteral("clock")),
             qPrintable(listed.error().message));
    QVERIFY(listed.error().detail.contains(QStringLiteral("RequestTimeTooSkewed")));
}

void TestS3Destination::listingFollowsContinuationTokens()
{
    S3Destination::Options options;
    options.pageSize = 2;
    auto s3 = destination(QStringLiteral("pages"), m_proxy->port(), {}, options);
    const QString local = backupFile(1000, 3);
    QStringList expected;
    for (int i = 0; i < 5; ++i) {
        const QString name = QStringLiteral("hubstate-%1.hsbk").arg(i);
        QVERIFY(s3->store(local, name, m_sha));
        expected.append(name);
    }
    m_proxy->clearLog();
    Result<QList<Destination::Entry>> listed = s3->list();
    QVERIFY2(listed, qPrintable(listed ? QString() : listed.error().message));
    QCOMPARE(names(*listed), expected);
    const QList<QByteArray> requests = m_proxy->requests();
    QCOMPARE(requests.size(), 3); // 2 + 2 + 1
    QVERIFY(requests.at(1).contains("continuation-token="));
}

void TestS3Destination::differentBackupUnderTheSameNameIsNotReplaced()
{
    auto s3 = destination(QStringLiteral("same"));
    const QString first = backupFile(4096, 1);
    QVERIFY(s3->store(first, QStringLiteral("x.hsbk"), m_sha));
    const QByteArray firstSha = m_sha;
    const QString second = backupFile(4096, 2);
    const Status stored = s3->store(second, QStringLiteral("x.hsbk"), m_sha);
    QVERIFY(!stored);
    QVERIFY2(stored.error().message.contains(QStringLiteral("already holds a different")),
             qPrintable(stored.error().message));
    const QString back = m_tmp->filePath(QStringLiteral("back.hsbk"));
    QVERIFY(s3->fetch(QStringLiteral("x.hsbk"), back));
    QCOMPARE(sha256OfFile(back), firstSha);
}

void TestS3Destination::multipartRoundTripLeavesNoUpload()
{
    S3Destination::Options options;
    options.multipartThreshold = 6 * 1024 * 1024;
    options.partSize = 5 * 1024 * 1024;
    auto s3 = destination(QStringLiteral("multi"), m_proxy->port(), {}, options);
    const QString local = backupFile(12 * 1024 * 1024 + 777, 5);
    const Status stored = s3->store(local, QStringLiteral("big.hsbk"), m_sha);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
    qsizetype partPuts = 0;
    for (const QByteArray &request : m_proxy->requests())
        partPuts += request.startsWith("PUT ") && request.contains("partNumber=");
    QCOMPARE(partPuts, 3);
    const QString back = m_tmp->filePath(QStringLiteral("back.hsbk"));
    QVERIFY(s3->fetch(QStringLiteral("big.hsbk"), back));
    QCOMPARE(sha256OfFile(back), m_sha);
}

void TestS3Destination::largeUploadsUseBoundedMemory()
{
    // Past the default threshold (64 MiB): parts of 16 MiB, one held at a time (the peak grows
    // by about 33 MiB: the part and what QtNetwork holds of it while it is sent). Straight to
    // the server: the fault proxy lives in this process, and what it buffers while a busy
    // server reads slowly would count as ours. (The parts are counted in
    // multipartRoundTripLeavesNoUpload.)
    constexpr qint64 size = 72 * 1024 * 1024 + 5;
    const QString local = backupFile(size, 11);
    auto s3 = destination(QStringLiteral("memory"));
    const qint64 before = peakResidentKiB();
    QVERIFY(before > 0);
    const Status stored = s3->store(local, QStringLiteral("big.hsbk"), m_sha);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
    const QString fetched = m_tmp->filePath(QStringLiteral("big-fetched.hsbk"));
    QVERIFY(s3->fetch(QStringLiteral("big.hsbk"), fetched));
    QCOMPARE(sha256OfFile(fetched), m_sha);
    const qint64 grown = peakResidentKiB() - before;
    if (peakMeasuresOurBuffers)
        QVERIFY2(grown < 48 * 1024, qPrintable(QStringLiteral("peak grew by %1 KiB").arg(grown)));
    QVERIFY(s3->remove(QStringLiteral("big.hsbk")));
}

void TestS3Destination::droppedPartIsRetried()
{
    S3Destination::Options options;
    options.multipartThreshold = 6 * 1024 * 1024;
    options.partSize = 5 * 1024 * 1024;
    auto s3 = destination(QStringLiteral("dropped"), m_proxy->port(), {}, options);
    const QString local = backupFile(11 * 1024 * 1024, 6);
    m_proxy->dropUploads(1);
    const Status stored = s3->store(local, QStringLiteral("big.hsbk"), m_sha);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
    // Three parts (5 + 5 + 1 MiB), the first sent twice (by QtNetwork on a fresh connection,
    // or by the retry), and one upload completed.
    qsizetype partPuts = 0;
    qsizetype firstPart = 0;
    for (const QByteArray &request : m_proxy->requests()) {
        partPuts += request.startsWith("PUT ") && request.contains("partNumber=");
        firstPart += request.startsWith("PUT ") && request.contains("partNumber=1&");
    }
    QVERIFY2(partPuts == 4 && firstPart == 2, qPrintable(m_proxy->requests().join('\n')));
    const QString back = m_tmp->filePath(QStringLiteral("back.hsbk"));
    QVERIFY(s3->fetch(QStringLiteral("big.hsbk"), back));
    QCOMPARE(sha256OfFile(back), m_sha);
}

void TestS3Destination::partsThatAlwaysDropAbortTheUpload()
{
    S3Destination::Options options;
    options.multipartThreshold = 6 * 1024 * 1024;
    options.partSize = 5 * 1024 * 1024;
    auto s3 = destination(QStringLiteral("aborted"), m_proxy->port(), {}, options);
    const QString local = backupFile(11 * 1024 * 1024, 7);
    m_proxy->dropUploads(100);
    const Status stored = s3->store(local, QStringLiteral("big.hsbk"), m_sha);
    QVERIFY(!stored);
    QVERIFY2(stored.error().message.contains(QStringLiteral("part 1 of big.hsbk")),
             qPrintable(stored.error().message));
    // The upload was aborted: no parts stay behind to be billed, and nothing is listed.
    bool aborted = false;
    for (const QByteArray &request : m_proxy->requests())
        aborted = aborted || (request.startsWith("DELETE ") && request.contains("uploadId="));
    QVERIFY(aborted);
    Result<QList<Destination::Entry>> listed = s3->list();
    QVERIFY(listed);
    QVERIFY(listed->isEmpty());
}

void TestS3Destination::slowDownIsRetriedWithBackOff()
{
    auto s3 = destination(QStringLiteral("slow"), m_proxy->port());
    const QString local = backupFile();
    m_proxy->answer(503, 2, "PUT", s3Error("SlowDown"));
    const Status stored = s3->store(local, QStringLiteral("a.hsbk"), m_sha);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
    QCOMPARE(m_delays, (QList<qint64>{500, 1000}));
}

void TestS3Destination::persistentSlowDownGivesUpClearly()
{
    auto s3 = destination(QStringLiteral("slower"), m_proxy->port());
    const QString local = backupFile();
    m_proxy->answer(503, 100, "PUT", s3Error("SlowDown"));
    const Status stored = s3->store(local, QStringLiteral("a.hsbk"), m_sha);
    QVERIFY(!stored);
    QVERIFY2(stored.error().message.contains(QStringLiteral("503 SlowDown")),
             qPrintable(stored.error().message));
    QCOMPARE(m_delays.size(), 3);
    m_proxy->answer(503, 0);
}

void TestS3Destination::accessDeniedIsReportedWithoutRetry()
{
    auto s3 = destination(QStringLiteral("denied"), m_proxy->port());
    m_proxy->answer(403, 1, "GET", s3Error("AccessDenied"));
    Result<QList<Destination::Entry>> listed = s3->list();
    QVERIFY(!listed);
    QVERIFY2(listed.error().message.contains(QStringLiteral("403 AccessDenied")),
             qPrintable(listed.error().message));
    QVERIFY(m_delays.isEmpty());
}

void TestS3Destination::wrongRegionNamesTheRightOne()
{
    auto s3 = destination(QStringLiteral("region"), m_proxy->port());
    m_proxy->answer(400, 1, "GET",
                    s3Error("AuthorizationHeaderMalformed", "<Region>eu-west-3</Region>"));
    Result<QList<Destination::Entry>> listed = s3->list();
    QVERIFY(!listed);
    QVERIFY2(listed.error().message.contains(QStringLiteral("region=eu-west-3")),
             qPrintable(listed.error().message));
    m_proxy->answer(
        301, 1, "GET",
        s3Error("PermanentRedirect", "<Endpoint>b.s3.eu-west-3.amazonaws.com</Endpoint>"));
    listed = s3->list();
    QVERIFY(!listed);
    QVERIFY2(listed.error().message.contains(QStringLiteral("b.s3.eu-west-3.amazonaws.com")),
             qPrintable(listed.error().message));
}

void TestS3Destination::malformedListingIsRejected()
{
    auto s3 = destination(QStringLiteral("malformed"), m_proxy->port());
    m_proxy->answer(200, 1, "GET",
                    "<ListBucketResult><IsTruncated>maybe</IsTruncated></ListBucketResult>");
    Result<QList<Destination::Entry>> listed = s3->list();
    QVERIFY(!listed);
    QVERIFY2(listed.error().message.contains(QStringLiteral("not a valid S3 answer")),
             qPrintable(listed.error().message));
    QVERIFY(listed.error().detail.contains(QStringLiteral("IsTruncated")));
}

void TestS3Destination::untrustedCertificateIsRefusedClearly()
{
    S3Destination::Location where = location(QStringLiteral("tls"));
    where.scheme = QStringLiteral("https");
    where.port = int(qEnvironmentVariable("HUBSTATE_S3_TLS_ENDPOINT").section(u':', 1).toUInt());
    S3Destination s3(where, m_secret);
    Result<QList<Destination::Entry>> listed = s3.list();
    QVERIFY(!listed);
    QVERIFY2(listed.error().message.contains(QStringLiteral("is not trusted")),
             qPrintable(listed.error().message));
}

void TestS3Destination::trustedTlsEndpointWorks()
{
    // As an admin would add a private CA to the system store.
    const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
    auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(original); });
    QSslConfiguration trusting = original;
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromPath(qEnvironmentVariable("HUBSTATE_S3_TLS_CERT"));
    QCOMPARE(certificates.size(), 1);
    trusting.addCaCertificates(certificates);
    QSslConfiguration::setDefaultConfiguration(trusting);

    // s3:// is https: the URL form an admin writes.
    const QString spec = QStringLiteral("s3://%1@%2/%3/tls/?region=us-east-1")
                             .arg(QString::fromLatin1(m_keyId),
                                  qEnvironmentVariable("HUBSTATE_S3_TLS_ENDPOINT"), m_bucket);
    const Result<S3Destination::Location> where = S3Destination::parse(QUrl(spec));
    QVERIFY(where);
    const QString secretName = S3Destination::secretName(*where);
    QVERIFY(m_secrets->write(secretName, m_secret));
    auto forget = qScopeGuard([&] { (void)m_secrets->remove(secretName); });
    Result<std::unique_ptr<Destination>> opened = openDestination(spec, m_secrets.get());
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    QVERIFY((*opened)->testConnection());
    const QString local = backupFile(2 * 1024 * 1024, 8);
    QVERIFY((*opened)->store(local, QStringLiteral("t.hsbk"), m_sha));
    QCOMPARE(names(*(*opened)->list()), QStringList{QStringLiteral("t.hsbk")});
    const QString fetched = m_tmp->filePath(QStringLiteral("t-fetched.hsbk"));
    QVERIFY((*opened)->fetch(QStringLiteral("t.hsbk"), fetched));
    QCOMPARE(sha256OfFile(fetched), m_sha);
}

QTEST_GUILESS_MAIN(TestS3Destination)
#include "tst_s3destination.moc"
