// The Signature Version 4 signer against AWS's published test suite ("aws-sig-v4-test-suite",
// the files AWS published with the Signature Version 4 documentation in the AWS General
// Reference, "Signature Version 4 Test Suite"; the same files are kept by botocore in
// tests/unit/auth/aws4_testsuite and by aws-c-auth in tests/aws-signing-test-suite/v4).
// Each case is the suite's request (.req) and its expected canonical request (.creq), string
// to sign (.sts) and Authorization header (.authz), verbatim. All of them use the suite's
// credentials AKIDEXAMPLE / wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY, region us-east-1,
// service "service" and the time 20150830T123600Z.
//
// The S3 case is the GET Object example of the Amazon S3 API reference ("Signature Calculations
// for the Authorization Header: Transferring Payload in a Single Chunk", examplebucket/test.txt).
#include "core/crypto/primitives.h"
#include "core/s3/sigv4signer.h"

#include <QTest>

using namespace Hubstate::Core;
using Hubstate::Core::S3::SigV4Signer;

namespace {

// A .req file as the suite writes it: request line, headers, a blank line, the body.
SigV4Signer::Request parseRequest(const QByteArray &text)
{
    SigV4Signer::Request request;
    const qsizetype blank = text.indexOf("\n\n");
    const QByteArray head = blank < 0 ? text : text.left(blank);
    const QByteArray body = blank < 0 ? QByteArray() : text.mid(blank + 2);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> first = lines.first().split(' ');
    request.method = first.at(0);
    const QByteArray target = first.at(1);
    const qsizetype question = target.indexOf('?');
    request.path = QByteArray::fromPercentEncoding(question < 0 ? target : target.left(question));
    if (question >= 0) {
        for (const QByteArray &pair : target.mid(question + 1).split('&')) {
            const qsizetype equals = pair.indexOf('=');
            request.query.append(
                {QByteArray::fromPercentEncoding(equals < 0 ? pair : pair.left(equals)),
                 equals < 0 ? QByteArray()
                            : QByteArray::fromPercentEncoding(pair.mid(equals + 1))});
        }
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        request.headers.append({lines.at(i).left(colon), lines.at(i).mid(colon + 1)});
    }
    request.payloadHash = Crypto::sha256(body).toHex();
    return request;
}

} // namespace

class TestSigV4Signer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void awsTestSuite_data();
    void awsTestSuite();
    void s3GetObjectExample();
    void encodesAsS3Expects();
};

void TestSigV4Signer::awsTestSuite_data()
{
    QTest::addColumn<QByteArray>("req");
    QTest::addColumn<QByteArray>("creq");
    QTest::addColumn<QByteArray>("sts");
    QTest::addColumn<QByteArray>("authz");

    const QByteArray empty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    const QByteArray scope =
        "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n";
    const QByteArray credential =
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, ";

    QTest::newRow("get-vanilla")
        << QByteArray("GET / HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z")
        << QByteArray("GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
                      "host;x-amz-date\n")
            + empty
        << scope + "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63"
        << credential
            + "SignedHeaders=host;x-amz-date, "
              "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31";
    QTest::newRow("get-vanilla-query-order-key-case")
        << QByteArray("GET /?Param2=value2&Param1=value1 HTTP/1.1\nHost:example.amazonaws.com\n"
                      "X-Amz-Date:20150830T123600Z")
        << QByteArray("GET\n/\nParam1=value1&Param2=value2\nhost:example.amazonaws.com\n"
                      "x-amz-date:20150830T123600Z\n\nhost;x-amz-date\n")
            + empty
        << scope + "816cd5b414d056048ba4f7c5386d6e0533120fb1fcfa93762cf0fc39e2cf19e0"
        << credential
            + "SignedHeaders=host;x-amz-date, "
              "Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500";
    QTest::newRow("get-header-value-trim")
        << QByteArray("GET / HTTP/1.1\nHost:example.amazonaws.com\nMy-Header1: value1\n"
                      "My-Header2: \"a   b   c\"\nX-Amz-Date:20150830T123600Z")
        << QByteArray("GET\n/\n\nhost:example.amazonaws.com\nmy-header1:value1\n"
                      "my-header2:\"a b c\"\nx-amz-date:20150830T123600Z\n\n"
                      "host;my-header1;my-header2;x-amz-date\n")
            + empty
        << scope + "a726db9b0df21c14f559d0a978e563112acb1b9e05476f0a6a1c7d68f28605c7"
        << credential
            + "SignedHeaders=host;my-header1;my-header2;x-amz-date, "
              "Signature=acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736";
    QTest::newRow("get-header-key-duplicate")
        << QByteArray("GET / HTTP/1.1\nHost:example.amazonaws.com\nMy-Header1:value2\n"
                      "My-Header1:value2\nMy-Header1:value1\nX-Amz-Date:20150830T123600Z")
        << QByteArray("GET\n/\n\nhost:example.amazonaws.com\nmy-header1:value2,value2,value1\n"
                      "x-amz-date:20150830T123600Z\n\nhost;my-header1;x-amz-date\n")
            + empty
        << scope + "dc7f04a3abfde8d472b0ab1a418b741b7c67174dad1551b4117b15527fbe966c"
        << credential
            + "SignedHeaders=host;my-header1;x-amz-date, "
              "Signature=c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea";
    QTest::newRow("post-vanilla")
        << QByteArray("POST / HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z")
        << QByteArray("POST\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
                      "host;x-amz-date\n")
            + empty
        << scope + "553f88c9e4d10fc9e109e2aeb65f030801b70c2f6468faca261d401ae622fc87"
        << credential
            + "SignedHeaders=host;x-amz-date, "
              "Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b";
    QTest::newRow("post-x-www-form-urlencoded")
        << QByteArray("POST / HTTP/1.1\nContent-Type:application/x-www-form-urlencoded\n"
                      "Host:example.amazonaws.com\nX-Amz-Date:20150830T123600Z\n\nParam1=value1")
        << QByteArray("POST\n/\n\ncontent-type:application/x-www-form-urlencoded\n"
                      "host:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
                      "content-type;host;x-amz-date\n"
                      "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e")
        << scope + "42a5e5bb34198acb3e84da4f085bb7927f2bc277ca766e6d19c73c2154021281"
        << credential
            + "SignedHeaders=content-type;host;x-amz-date, "
              "Signature=ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a";
    QTest::newRow("post-x-www-form-urlencoded-parameters")
        << QByteArray("POST / HTTP/1.1\nContent-Type:application/x-www-form-urlencoded; "
                      "charset=utf8\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z\n\n"
                      "Param1=value1")
        << QByteArray("POST\n/\n\ncontent-type:application/x-www-form-urlencoded; charset=utf8\n"
                      "host:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
                      "content-type;host;x-amz-date\n"
                      "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e")
        << scope + "2e1cf7ed91881a30569e46552437e4156c823447bf1781b921b5d486c568dd1c"
        << credential
            + "SignedHeaders=content-type;host;x-amz-date, "
              "Signature=1a72ec8f64bd914b0e42e42607c7fbce7fb2c7465f63e3092b3b0d39fa77a6fe";
}

void TestSigV4Signer::awsTestSuite()
{
    QFETCH(QByteArray, req);
    QFETCH(QByteArray, creq);
    QFETCH(QByteArray, sts);
    QFETCH(QByteArray, authz);

    const SigV4Signer signer("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "us-east-1",
                             "service");
    const SigV4Signer::Request request = parseRequest(req);
    const QByteArray canonical = SigV4Signer::canonicalRequest(request);
    QCOMPARE(canonical, creq);
    QCOMPARE(signer.stringToSign("20150830T123600Z", canonical), sts);
    QCOMPARE(signer.authorization(request), authz);
}

void TestSigV4Signer::s3GetObjectExample()
{
    const SigV4Signer signer("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                             "us-east-1", "s3");
    SigV4Signer::Request request;
    request.method = "GET";
    request.path = "/test.txt";
    request.payloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    request.headers = {{"Host", "examplebucket.s3.amazonaws.com"},
                       {"Range", "bytes=0-9"},
                       {"x-amz-content-sha256", request.payloadHash},
                       {"x-amz-date", "20130524T000000Z"}};
    QCOMPARE(
        SigV4Signer::canonicalRequest(request),
        QByteArray("GET\n/test.txt\n\nhost:examplebucket.s3.amazonaws.com\nrange:bytes=0-9\n"
                   "x-amz-content-sha256:"
                   "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
                   "x-amz-date:20130524T000000Z\n\nhost;range;x-amz-content-sha256;x-amz-date\n"
                   "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(
        signer.authorization(request),
        QByteArray("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/"
                   "aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
                   "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"));
}

void TestSigV4Signer::encodesAsS3Expects()
{
    // Unreserved characters stay, everything else is %XX in upper case; '/' only in paths.
    QCOMPARE(SigV4Signer::uriEncode("a-b_c.d~e/f g+h=i", true),
             QByteArray("a-b_c.d~e/f%20g%2Bh%3Di"));
    QCOMPARE(SigV4Signer::uriEncode("a/b", false), QByteArray("a%2Fb"));
    QCOMPARE(SigV4Signer::uriEncode("\xc3\xa9", false), QByteArray("%C3%A9"));
    // A subresource without a value is signed with '='; pairs sort by name, then value.
    QCOMPARE(SigV4Signer::canonicalQuery({{"uploads", ""}}), QByteArray("uploads="));
    QCOMPARE(SigV4Signer::canonicalQuery(
                 {{"prefix", "a b"}, {"list-type", "2"}, {"continuation-token", "x/y="}}),
             QByteArray("continuation-token=x%2Fy%3D&list-type=2&prefix=a%20b"));
}

QTEST_GUILESS_MAIN(TestSigV4Signer)
#include "tst_sigv4signer.moc"
