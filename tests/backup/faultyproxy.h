#pragma once

// A loopback HTTP proxy in front of the real WebDAV server that injects the faults a real
// network shows: answers a status (500, 507, ...) a number of times, or drops the connection
// halfway through an upload, sends an endless answer, holds requests until released, and
// otherwise passes every request through unchanged. Each request gets its own upstream
// connection ("Connection: close"), so faults count requests.
#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <functional>
#include <memory>

class QTcpSocket;

namespace Hubstate::Tests {

class FaultyProxy : public QObject
{
    Q_OBJECT

public:
    // Listens on `address` (loopback unless given) and forwards to the server on loopback.
    explicit FaultyProxy(quint16 upstreamPort, QObject *parent = nullptr,
                         const QHostAddress &address = QHostAddress::LocalHost);

    quint16 port() const { return m_server.serverPort(); }
    // The next `times` requests (of `method`, or any when empty) get `status` and `body`
    // (and a Location header when `location` is given).
    void answer(int status, int times, const QByteArray &method = {}, const QByteArray &body = {},
                const QByteArray &location = {});
    // The next `times` PUT requests lose their connection after half of their body.
    void dropUploads(int times);
    // The next `times` `method` requests reach the server, which carries them out, but the
    // connection is cut before its answer reaches the client.
    void loseAnswers(const QByteArray &method, int times);
    // The next `times` requests are read and never answered: a server that hangs.
    void hang(int times);
    // The next `times` `method` requests get `status` with `headers` (each "Name: value\r\n")
    // and then a body that never ends (`chunk` over and over) until the client goes, or until
    // `limit` bytes (a guard for the client that would read for ever).
    void sendEndless(const QByteArray &method, int times, int status,
                     const QByteArray &headers = {},
                     const QByteArray &chunk = QByteArray(65536, 'x'), qint64 limit = -1);
    // Bytes of endless bodies written so far.
    qint64 endlessBytesSent() const { return *m_endlessSent; }
    // `method` requests wait, unanswered, until release(); `onHeld` runs when one arrives.
    void hold(const QByteArray &method, std::function<void()> onHeld = {});
    void release();
    // Requests that carried an Authorization header.
    int authorizedRequests() const { return m_authorized; }
    // Every request seen, as "METHOD /path".
    QList<QByteArray> requests() const { return m_requests; }
    void clearLog() { m_requests.clear(); }

private:
    void accept();
    void handle(QTcpSocket *client);

    QTcpServer m_server;
    quint16 m_upstreamPort;
    int m_status = 0;
    int m_statusTimes = 0;
    QByteArray m_statusMethod;
    QByteArray m_statusBody;
    QByteArray m_statusLocation;
    int m_drops = 0;
    QByteArray m_swallowMethod;
    int m_swallows = 0;
    int m_hangs = 0;
    QByteArray m_endlessMethod;
    int m_endlessTimes = 0;
    int m_endlessStatus = 0;
    QByteArray m_endlessHeaders;
    QByteArray m_endlessChunk;
    qint64 m_endlessLimit = -1;
    std::shared_ptr<qint64> m_endlessSent = std::make_shared<qint64>(0);
    QByteArray m_holdMethod;
    std::function<void()> m_onHeld;
    QList<std::function<void()>> m_held; // each passes its request on
    int m_authorized = 0;
    QList<QByteArray> m_requests;
};

} // namespace Hubstate::Tests
