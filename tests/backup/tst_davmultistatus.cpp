// The PROPFIND answers WebDAV servers send, as a destination reads them: Apache's, and the
// other shapes RFC 4918 allows (absolute hrefs, other prefixes, percent-encoding, 404 props).
#include "core/backup/davmultistatus.h"

#include <QTest>

using namespace Hubstate::Core;

class TestDavMultistatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsApacheListing();
    void readsOtherServersShapes();
    void malformedDocumentsAreRefused_data();
    void malformedDocumentsAreRefused();
    void httpDates();
};

void TestDavMultistatus::readsApacheListing()
{
    const QByteArray body = R"(<?xml version="1.0" encoding="utf-8"?>
<D:multistatus xmlns:D="DAV:">
<D:response xmlns:lp2="http://apache.org/dav/props/" xmlns:lp1="DAV:">
<D:href>/backups/</D:href>
<D:propstat><D:prop><lp1:resourcetype><D:collection/></lp1:resourcetype>
<lp1:getlastmodified>Wed, 25 Nov 2026 16:49:25 GMT</lp1:getlastmodified></D:prop>
<D:status>HTTP/1.1 200 OK</D:status></D:propstat>
</D:response>
<D:response xmlns:lp2="http://apache.org/dav/props/" xmlns:lp1="DAV:">
<D:href>/backups/a.hsbk</D:href>
<D:propstat><D:prop><lp1:resourcetype/><lp1:getcontentlength>3</lp1:getcontentlength>
<lp1:getlastmodified>Wed, 25 Nov 2026 16:49:25 GMT</lp1:getlastmodified>
<D:supportedlock><D:lockentry><D:lockscope><D:exclusive/></D:lockscope></D:lockentry>
</D:supportedlock></D:prop>
<D:status>HTTP/1.1 200 OK</D:status></D:propstat>
</D:response>
</D:multistatus>)";
    QString problem;
    const QList<DavMultistatus::Resource> entries = DavMultistatus::parse(body, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].path, QStringLiteral("/backups/"));
    QVERIFY(entries[0].collection);
    QCOMPARE(entries[1].path, QStringLiteral("/backups/a.hsbk"));
    QVERIFY(!entries[1].collection);
    QCOMPARE(entries[1].size, 3);
    QCOMPARE(entries[1].modified, QDateTime(QDate(2026, 11, 25), QTime(16, 49, 25), Qt::UTC));
}

void TestDavMultistatus::readsOtherServersShapes()
{
    const QByteArray body = R"(<?xml version="1.0"?>
<multistatus xmlns="DAV:" xmlns:x="urn:example">
<response><href>https://dav.example.org/remote.php/dav/files/al%20ice/hubstate-1.hsbk</href>
<propstat><prop><resourcetype/><getcontentlength>1234567890123</getcontentlength></prop>
<status>HTTP/1.1 200 OK</status></propstat>
<propstat><prop><getlastmodified/><x:unknown/></prop><status>HTTP/1.1 404 Not Found</status>
</propstat></response>
</multistatus>)";
    QString problem;
    const QList<DavMultistatus::Resource> entries = DavMultistatus::parse(body, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].path, QStringLiteral("/remote.php/dav/files/al ice/hubstate-1.hsbk"));
    QCOMPARE(entries[0].size, Q_INT64_C(1234567890123));
    QVERIFY(!entries[0].modified.isValid()); // only in the 404 propstat
}

void TestDavMultistatus::malformedDocumentsAreRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html><body>Login</body></html>");
    QTest::newRow("truncated") << QByteArray(
        "<D:multistatus xmlns:D=\"DAV:\"><D:response><D:href>/a.hsbk</D:href><D:propstat>");
    QTest::newRow("no namespace") << QByteArray("<multistatus><response/></multistatus>");
    QTest::newRow("response without href") << QByteArray(
        "<D:multistatus xmlns:D=\"DAV:\"><D:response><D:status>HTTP/1.1 200 OK</D:status>"
        "</D:response></D:multistatus>");
}

void TestDavMultistatus::malformedDocumentsAreRefused()
{
    QFETCH(QByteArray, body);
    QString problem;
    QVERIFY(DavMultistatus::parse(body, &problem).isEmpty());
    QVERIFY(!problem.isEmpty());
}

void TestDavMultistatus::httpDates()
{
    const QDateTime expected(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
    QCOMPARE(DavMultistatus::parseHttpDate(QStringLiteral("Sun, 06 Nov 1994 08:49:37 GMT")),
             expected);
    QCOMPARE(DavMultistatus::parseHttpDate(QStringLiteral("Sun, 06 Nov 1994 09:49:37 +0100")),
             expected);
    QCOMPARE(
        DavMultistatus::parseHttpDate(QStringLiteral("Sun, 06 Nov 1994 08:49:37 GMT")).timeSpec(),
        Qt::UTC);
    QVERIFY(!DavMultistatus::parseHttpDate(QStringLiteral("yesterday")).isValid());
}

QTEST_GUILESS_MAIN(TestDavMultistatus)
#include "tst_davmultistatus.moc"
