#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <memory>
#include <optional>
#include <utility>

namespace Hubstate {

namespace {

// A request is one line of JSON; anything longer is not one of ours.
constexpr qint64 kMaximumRequest = 64 * 1024;
const QByteArray kTaken = QByteArrayLiteral("taken\n");

QByteArray encode(const SingleInstance::Request &request)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("restore"), request.restore},
                                     {QStringLiteral("file"), request.file}})
               .toJson(QJsonDocument::Compact)
        + '\n';
}

std::optional<SingleInstance::Request> decode(const QByteArray &line)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (!object.value(QStringLiteral("restore")).isBool()
        || !object.value(QStringLiteral("file")).isString()) {
        return std::nullopt;
    }
    SingleInstance::Request request;
    request.restore = object.value(QStringLiteral("restore")).toBool();
    request.file = object.value(QStringLiteral("file")).toString();
    // Only an absolute path means the same file here as in the instance that sent it.
    if (!request.file.isEmpty() && !QFileInfo(request.file).isAbsolute())
        return std::nullopt;
    return request;
}

} // namespace

SingleInstance::SingleInstance(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_socketPath(socketPathFor(settingsFile))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::socketPathFor(const QString &settingsFile)
{
    // XDG_RUNTIME_DIR is the user's own (0700); Qt makes a private one when it is not set.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QDir::tempPath();
    const QByteArray hash = QCryptographicHash::hash(
        QFileInfo(settingsFile).absoluteFilePath().toUtf8(), QCryptographicHash::Sha256);
    return folder + QStringLiteral("/hubstate-") + QString::fromLatin1(hash.toHex().left(16))
        + QStringLiteral(".socket");
}

SingleInstance::Sent SingleInstance::send(const QString &socketPath, const Request &request,
                                          int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(socketPath);
    if (!socket.waitForConnected(timeoutMs))
        return Sent::NobodyListens;
    socket.write(encode(request));
    if (!socket.waitForBytesWritten(timeoutMs))
        return Sent::NoAnswer;
    // The running instance answers from its event loop, which may be busy starting up.
    QByteArray answer;
    while (!answer.endsWith('\n') && socket.waitForReadyRead(timeoutMs))
        answer += socket.readAll();
    return answer == kTaken ? Sent::Taken : Sent::NoAnswer;
}

SingleInstance::Claim SingleInstance::claim(const Request &request)
{
    // Twice: when another instance started listening between our look and our listen(), the
    // second look finds it.
    for (int attempt = 0; attempt < 2; ++attempt) {
        switch (send(m_socketPath, request)) {
        case Sent::Taken:
            return Claim::HandedOver;
        case Sent::NoAnswer:
            m_error = tr("Hubstate already runs on this profile but does not answer (%1).")
                          .arg(m_socketPath);
            return Claim::Failed;
        case Sent::NobodyListens:
            break;
        }
        if (listen())
            return Claim::Listening;
    }
    if (m_error.isEmpty())
        m_error = tr("Cannot listen on %1.").arg(m_socketPath);
    return Claim::Alone;
}

bool SingleInstance::listen()
{
    auto server = std::make_unique<QLocalServer>(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_socketPath)) {
        if (server->serverError() != QAbstractSocket::AddressInUseError) {
            m_error = tr("Cannot listen on %1: %2").arg(m_socketPath, server->errorString());
            return false;
        }
        // A socket nobody answers on is left from an instance that crashed; one that answers
        // belongs to an instance that just started (the caller looks again).
        QLocalSocket probe;
        probe.connectToServer(m_socketPath);
        if (probe.waitForConnected(1000))
            return false;
        QLocalServer::removeServer(m_socketPath);
        if (!server->listen(m_socketPath)) {
            m_error = tr("Cannot listen on %1: %2").arg(m_socketPath, server->errorString());
            return false;
        }
    }
    m_server = server.release();
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readFrom(socket); });
            readFrom(socket);
        }
    });
    return true;
}

void SingleInstance::readFrom(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > kMaximumRequest)
            socket->abort();
        return;
    }
    const std::optional<Request> request = decode(socket->readLine(kMaximumRequest).trimmed());
    if (!request) {
        socket->abort();
        return;
    }
    socket->write(kTaken);
    socket->flush();
    deliver(*request);
}

void SingleInstance::setReceiver(std::function<void(const Request &)> receiver)
{
    m_receiver = std::move(receiver);
    const QList<Request> waiting = std::exchange(m_waiting, {});
    for (const Request &request : waiting)
        m_receiver(request);
}

void SingleInstance::release()
{
    if (!m_server)
        return;
    m_server->close(); // removes the socket file
    delete std::exchange(m_server, nullptr);
}

void SingleInstance::deliver(const Request &request)
{
    if (m_receiver)
        m_receiver(request);
    else
        m_waiting.append(request);
}

} // namespace Hubstate
