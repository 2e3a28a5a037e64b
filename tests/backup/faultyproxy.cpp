#include "faultyproxy.h"

#include <QPointer>
#include <QTcpSocket>

namespace Hubstate::Tests {

FaultyProxy::FaultyProxy(quint16 upstreamPort, QObject *parent, const QHostAddress &address)
    : QObject(parent)
    , m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultyProxy::accept);
    m_server.listen(address, 0);
}

void FaultyProxy::sendEndless(const QByteArray &method, int times, int status,
                              const QByteArray &headers, const QByteArray &chunk, qint64 limit)
{
    m_endlessLimit = limit;
    m_endlessMethod = method;
    m_endlessTimes = times;
    m_endlessStatus = status;
    m_endlessHeaders = headers;
    m_endlessChunk = chunk;
}

void FaultyProxy::hold(const QByteArray &method, std::function<void()> onHeld)
{
    m_holdMethod = method;
    m_onHeld = std::move(onHeld);
}

void FaultyProxy::release()
{
    m_holdMethod.clear();
    const QList<std::function<void()>> held = std::exchange(m_held, {});
    for (const std::function<void()> &pass : held)
        pass();
}

void FaultyProxy::answer(int status, int times, const QByteArray &method, const QByteArray &body,
                         const QByteArray &location)
{
    m_statusLocation = location;
    m_statusBody = body;
    m_status = status;
    m_statusTimes = times;
    m_statusMethod = method;
}

void FaultyProxy::dropUploads(int times)
{
    m_drops = times;
}

void FaultyProxy::hang(int times)
{
    m_hangs = times;
}

void FaultyProxy::loseAnswers(const QByteArray &method, int times)
{
    m_swallowMethod = method;
    m_swallows = times;
}

void FaultyProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection())
        handle(client);
}

void FaultyProxy::handle(QTcpSocket *client)
{
    // State of one connection: the request head is read first, then the proxy decides.
    struct State
    {
        QByteArray buffer;
        qsizetype headEnd = -1;
        qint64 bodyLength = 0;
        enum { Reading, Answering, Dropping, Passing, Held, Done } mode = Reading;
        QTcpSocket *upstream = nullptr;
    };
    auto state = std::make_shared<State>();
    connect(client, &QTcpSocket::disconnected, client, [client, state] {
        if (state->upstream)
            state->upstream->abort();
        client->deleteLater();
    });
    connect(client, &QTcpSocket::readyRead, this, [this, client, state] {
        if (!client->isOpen())
            return;
        state->buffer += client->readAll();
        if (state->mode == State::Reading) {
            state->headEnd = state->buffer.indexOf("\r\n\r\n");
            if (state->headEnd < 0)
                return;
            const QByteArray head = state->buffer.left(state->headEnd);
            const QList<QByteArray> lines = head.split('\n');
            const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
            const QByteArray method = requestLine.value(0);
            m_requests.append(method + ' ' + requestLine.value(1));
            QByteArray forwarded = lines.first().trimmed() + "\r\n";
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const QByteArray lower = line.toLower();
                if (lower.startsWith("authorization:"))
                    ++m_authorized;
                if (lower.startsWith("content-length:"))
                    state->bodyLength = line.mid(15).trimmed().toLongLong();
                if (!lower.startsWith("connection:") && !line.isEmpty())
                    forwarded += line + "\r\n";
            }
            forwarded += "Connection: close\r\n\r\n";
            state->buffer = state->buffer.mid(state->headEnd + 4);
            // Passed through; a swallowed answer is read from the server and then lost.
            const auto pass = [this, client, state, forwarded](bool swallow) {
                state->mode = State::Passing;
                state->upstream = new QTcpSocket(client);
                QTcpSocket *upstream = state->upstream;
                connect(upstream, &QTcpSocket::readyRead, client, [client, upstream, swallow] {
                    const QByteArray answer = upstream->readAll();
                    if (!swallow)
                        client->write(answer);
                });
                connect(upstream, &QTcpSocket::disconnected, client, [client, upstream, swallow] {
                    if (swallow) {
                        client->abort();
                        return;
                    }
                    if (upstream->bytesAvailable() > 0)
                        client->write(upstream->readAll());
                    client->disconnectFromHost();
                });
                connect(upstream, &QTcpSocket::errorOccurred, client,
                        [client] { client->disconnectFromHost(); });
                upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
                upstream->write(forwarded);
                upstream->write(state->buffer);
                state->buffer.clear();
            };
            if (m_hangs > 0) {
                --m_hangs;
                state->mode = State::Done; // read on, answer never
            } else if (m_endlessTimes > 0 && method == m_endlessMethod) {
                --m_endlessTimes;
                state->mode = State::Done;
                client->write("HTTP/1.1 " + QByteArray::number(m_endlessStatus) + " Endless\r\n"
                              + m_endlessHeaders + "Connection: close\r\n\r\n");
                const QByteArray chunk = m_endlessChunk;
                const std::shared_ptr<qint64> sent = m_endlessSent;
                const qint64 limit = m_endlessLimit >= 0 ? *sent + m_endlessLimit : -1;
                const auto more = [client, chunk, sent, limit] {
                    while (client->state() == QAbstractSocket::ConnectedState
                           && client->bytesToWrite() < 4 * chunk.size()) {
                        if (limit >= 0 && *sent >= limit) {
                            client->disconnectFromHost();
                            return;
                        }
                        client->write(chunk);
                        *sent += chunk.size();
                    }
                };
                connect(client, &QTcpSocket::bytesWritten, client, more);
                more();
            } else if (!m_holdMethod.isEmpty() && method == m_holdMethod) {
                state->mode = State::Held;
                QPointer<QTcpSocket> guard(client);
                m_held.append([guard, pass] {
                    if (guard)
                        pass(false);
                });
                if (m_onHeld)
                    m_onHeld();
            } else if (m_statusTimes > 0
                       && (m_statusMethod.isEmpty() || m_statusMethod == method)) {
                --m_statusTimes;
                state->mode = State::Answering;
            } else if (m_drops > 0 && method == "PUT") {
                --m_drops;
                state->mode = State::Dropping;
            } else {
                bool swallow = false;
                if (m_swallows > 0 && method == m_swallowMethod) {
                    --m_swallows;
                    swallow = true;
                }
                pass(swallow);
            }
        }
        switch (state->mode) {
        case State::Reading: break;
        case State::Held: break; // the body waits in the buffer
        case State::Passing:
            state->upstream->write(state->buffer);
            state->buffer.clear();
            break;
        case State::Dropping:
            if (state->buffer.size() >= state->bodyLength / 2)
                client->abort();
            break;
        case State::Answering:
            if (state->buffer.size() >= state->bodyLength) {
                const QByteArray status = QByteArray::number(m_status);
                client->write("HTTP/1.1 " + status + " Injected\r\nContent-Length: "
                              + QByteArray::number(m_statusBody.size())
                              + (m_statusLocation.isEmpty() ? QByteArray()
                                                            : "\r\nLocation: " + m_statusLocation)
                              + "\r\nContent-Type: application/xml\r\nConnection: close\r\n\r\n"
                              + m_statusBody);
                client->disconnectFromHost();
                state->mode = State::Done; // nothing more is read on this connection
            }
            break;
        case State::Done: state->buffer.clear(); break;
        }
    });
}

} // namespace Hubstate::Tests
