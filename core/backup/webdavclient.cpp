#include "webdavclient.h"

#include "core/crypto/primitives.h"
#include "webdavdestination.h"

#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

namespace Hubstate::Core {

namespace {

constexpr qint64 readBufferSize = 256 * 1024; // what QtNetwork may hold of a download
// Of an error page only the status matters; its body is read no further than this.
constexpr qsizetype maxErrorBodySize = 64 * 1024;

const QByteArray propfindBody =
    QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                      "<D:propfind xmlns:D=\"DAV:\"><D:prop><D:resourcetype/><D:getcontentlength/>"
                      "<D:getlastmodified/></D:prop></D:propfind>");

bool isRetryable(const WebDavClient::Reply &reply)
{
    if (reply.cancelled || !reply.localFailure.isEmpty() || !reply.certificateErrors.isEmpty())
        return false;
    if (reply.status >= 500)
        return reply.status != 501 && reply.status != 505 && reply.status != 507;
    if (reply.status != 0)
        return false; // 4xx and the like: asking again gives the same answer
    switch (static_cast<QNetworkReply::NetworkError>(reply.networkError)) {
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProxyAuthenticationRequiredError: return false;
    default: return true; // refused, reset, closed, timed out, stalled, DNS hiccup
    }
}

QString randomToken()
{
    return QString::number(QRandomGenerator::system()->generate64(), 36);
}

} // namespace

WebDavClient::WebDavClient(const QUrl &collection, const QByteArray &password,
                           const WebDavRetryPolicy &retry, bool allowInsecureHttp)
    : m_collection(collection)
    , m_password(password)
    , m_retry(retry)
    , m_allowInsecureHttp(allowInsecureHttp)
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

WebDavClient::~WebDavClient() = default;

QUrl WebDavClient::url(const QString &name) const
{
    QUrl url = m_collection.adjusted(QUrl::RemoveUserInfo);
    if (!name.isEmpty())
        url.setPath(url.path(QUrl::FullyDecoded) + name, QUrl::DecodedMode);
    return url;
}

WebDavClient::Reply WebDavClient::send(Request &request, int attempts)
{
    if (attempts < 0)
        attempts = std::max(1, m_retry.attempts);
    std::chrono::milliseconds delay = m_retry.firstDelay;
    for (int attempt = 1;; ++attempt) {
        if (request.restart)
            request.restart();
        Reply reply = once(request);
        reply.attempts = attempt;
        if (attempt >= attempts || !isRetryable(reply))
            return reply;
        if (m_retry.wait)
            m_retry.wait(delay);
        else
            QThread::msleep(static_cast<unsigned long>(delay.count()));
        delay *= 2;
    }
}

Error WebDavClient::failure(const Reply &reply, const QUrl &url) const
{
    const QString where = WebDavDestination::displayUrl(url);
    const QString detail =
        QStringLiteral("%1 attempt(s); HTTP %2 %3; %4%5")
            .arg(reply.attempts)
            .arg(reply.status)
            .arg(QString::fromLatin1(reply.reason), reply.errorString,
                 reply.localFailure.isEmpty() ? QString()
                                              : QStringLiteral("; ") + reply.localFailure);
    if (reply.cancelled)
        return Error::operationFailed(tr("The transfer of %1 was cancelled").arg(where), detail);
    if (!reply.localFailure.isEmpty())
        return Error::operationFailed(reply.localFailure, detail);
    if (!reply.certificateErrors.isEmpty())
        return Error::operationFailed(
            tr("The certificate of the WebDAV server %1 is not trusted: %2")
                .arg(url.host(), reply.certificateErrors),
            detail);
    const QString user = m_collection.userName();
    switch (reply.status) {
    case 0:
        return Error::operationFailed(
            tr("The connection to the WebDAV server failed for %1 (attempts made: %2): %3")
                .arg(where)
                .arg(reply.attempts)
                .arg(reply.errorString),
            detail);
    case 401:
        if (user.isEmpty())
            return Error::operationFailed(
                tr("The WebDAV server at %1 asks for credentials: put the user name in the URL "
                   "(https://USER@host/path/) and the password in the keychain")
                    .arg(where),
                detail);
        return Error::operationFailed(
            tr("The WebDAV server at %1 refused the credentials of user %2 (401): check the "
               "password stored in the keychain as %3")
                .arg(where, user, WebDavDestination::passwordSecretName(m_collection)),
            detail);
    case 403:
        return Error::operationFailed(
            tr("The WebDAV server forbids this on %1 (403 Forbidden)").arg(where), detail);
    case 404:
        return Error::operationFailed(
            tr("%1 does not exist on the WebDAV server (404 Not Found)").arg(where), detail);
    case 409:
        return Error::operationFailed(
            tr("The WebDAV collection holding %1 does not exist (409 Conflict)").arg(where),
            detail);
    case 507:
        return Error::operationFailed(
            tr("The WebDAV server has no space left for %1 (507 Insufficient Storage)").arg(where),
            detail);
    case 301:
    case 302:
    case 303:
    case 307:
    case 308:
        // Not followed: a redirect could take the password elsewhere, and a MOVE's
        // Destination would no longer match. The admin updates the URL instead.
        return Error::operationFailed(
            tr("The WebDAV server redirects %1 to %2: use that address as the destination")
                .arg(
                    where,
                    WebDavDestination::displayUrl(url.resolved(QUrl::fromEncoded(reply.location)))),
            detail);
    default: break;
    }
    if (reply.status >= 500)
        return Error::operationFailed(
            tr("The WebDAV server failed on %1 with HTTP %2 %3 (attempts made: %4)")
                .arg(where)
                .arg(reply.status)
                .arg(QString::fromLatin1(reply.reason))
                .arg(reply.attempts),
            detail);
    return Error::operationFailed(tr("The WebDAV server answered %1 with HTTP %2 %3")
                                      .arg(where)
                                      .arg(reply.status)
                                      .arg(QString::fromLatin1(reply.reason)),
                                  detail);
}

bool WebDavClient::protectsCredentials(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme != QLatin1String("http"))
        return false;
    const QString host = url.host().toLower();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString WebDavClient::insecureHttpRefusal(const QUrl &collection)
{
    return tr("The password for %1 is not sent over plain http:// to %2: anyone on the network "
              "between could read it. Use https://, or, on a network you trust, allow it with "
              "`hubstate-cli config set backup.allowInsecureHttp true`")
        .arg(WebDavDestination::displayUrl(collection), collection.host());
}

Result<QList<DavMultistatus::Resource>> WebDavClient::propfind(const QUrl &url, const char *depth,
                                                               int *status)
{
    Request request("PROPFIND", url);
    request.headers = {{"Depth", depth}};
    request.body = propfindBody;
    const Reply reply = send(request);
    if (status)
        *status = reply.status;
    if (reply.status != 207)
        return failure(reply, url);
    QString problem;
    QList<DavMultistatus::Resource> entries = DavMultistatus::parse(reply.body, &problem);
    if (!problem.isEmpty())
        return Error::operationFailed(
            tr("The WebDAV server sent a listing of %1 that is not valid WebDAV XML")
                .arg(WebDavDestination::displayUrl(url)),
            problem);
    return entries;
}

Status WebDavClient::makeCollection()
{
    Request request("MKCOL", url());
    const Reply reply = send(request);
    if (reply.status == 201 || reply.status == 405) // 405: it exists already
        return {};
    if (reply.status == 409)
        return Error::operationFailed(
            tr("The WebDAV collection %1 does not exist and cannot be created: its parent is "
               "missing (409 Conflict)")
                .arg(WebDavDestination::displayUrl(url())));
    return failure(reply, url());
}

Result<QByteArray> WebDavClient::hashOf(const QUrl &url, qint64 expectedSize,
                                        const Destination::Progress &progress)
{
    std::unique_ptr<Crypto::Sha256Stream> hash;
    Request request("GET", url);
    request.maxBody = expectedSize >= 0 ? expectedSize + downloadMargin : maxDownloadSize;
    request.restart = [&] {
        hash = std::make_unique<Crypto::Sha256Stream>();
    };
    request.sink = [&](const char *data, qsizetype size) {
        hash->addData(data, size);
        return true;
    };
    request.progress = progress;
    const Reply reply = send(request);
    if (!reply.succeeded())
        return failure(reply, url);
    return hash->result();
}

QString WebDavClient::temporaryName(const QString &name)
{
    return name + QStringLiteral(".upload-") + randomToken() + QStringLiteral(".partial");
}

QString WebDavClient::probeName()
{
    return QStringLiteral("hubstate-probe-") + randomToken() + QStringLiteral(".partial");
}

bool WebDavClient::isTemporaryName(const QString &name)
{
    // Tokens are 64-bit numbers in base 36. Hidden names are what earlier versions used.
    static const QRegularExpression upload(QStringLiteral(
        "^(?:(.+)\\.upload-[0-9a-z]{1,13}\\.partial|\\.(.+)\\.partial-[0-9a-z]{1,13})$"));
    static const QRegularExpression probe(QStringLiteral(
        "^(?:hubstate-probe-[0-9a-z]{1,13}\\.partial|\\.hubstate-probe-[0-9a-z]{1,13})$"));
    if (probe.match(name).hasMatch())
        return true;
    const QRegularExpressionMatch match = upload.match(name);
    if (!match.hasMatch())
        return false;
    const QString target = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
    return isBackupFileName(target) || isSyncFileName(target);
}

void WebDavClient::sweepStalePartials(const QList<DavMultistatus::Resource> &entries)
{
    const QString folder = m_collection.path(QUrl::FullyDecoded); // ends in '/'
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-1);
    for (const DavMultistatus::Resource &entry : entries) {
        const QString name = entry.path.mid(folder.size());
        if (entry.collection || !entry.path.startsWith(folder) || name.contains(u'/')
            || !isTemporaryName(name) || !entry.modified.isValid() || entry.modified > cutoff)
            continue;
        discard(url(name));
    }
}

void WebDavClient::discard(const QUrl &url)
{
    Request request("DELETE", url);
    // Best effort: what stays behind has a visible temporary name, and the next run's sweep
    // removes it.
    (void)send(request, 1);
}

WebDavClient::Reply WebDavClient::once(Request &request)
{
    Reply reply;
    const QString user = m_collection.userName(QUrl::FullyDecoded);
    if (!user.isEmpty() && !m_allowInsecureHttp && !protectsCredentials(request.url)) {
        reply.localFailure = insecureHttpRefusal(m_collection); // nothing was sent
        return reply;
    }
    QNetworkRequest http(request.url);
    http.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    http.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    http.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    http.setTransferTimeout(static_cast<int>(m_retry.stallTimeout.count()));
    // Bytes as stored, so that sizes compare with the listing's and nothing is inflated.
    http.setRawHeader("Accept-Encoding", "identity");
    if (!user.isEmpty()) {
        QByteArray credentials = user.toUtf8() + ':' + m_password;
        http.setRawHeader("Authorization", "Basic " + credentials.toBase64());
        Crypto::wipe(credentials);
    }
    for (const auto &[header, value] : std::as_const(request.headers))
        http.setRawHeader(header, value);
    if (m_authorizer)
        m_authorizer(http, request);

    QFile upload;
    QNetworkReply *network = nullptr;
    if (!request.uploadFile.isEmpty()) {
        upload.setFileName(request.uploadFile);
        if (!upload.open(QIODevice::ReadOnly)) {
            reply.localFailure =
                tr("Cannot read %1: %2").arg(request.uploadFile, upload.errorString());
            return reply;
        }
        http.setHeader(QNetworkRequest::ContentTypeHeader,
                       QByteArrayLiteral("application/octet-stream"));
        http.setHeader(QNetworkRequest::ContentLengthHeader, upload.size());
        network = m_network->sendCustomRequest(http, request.verb, &upload);
    } else if (!request.body.isEmpty()) {
        http.setHeader(QNetworkRequest::ContentTypeHeader,
                       request.verb == "PROPFIND"
                           ? QByteArrayLiteral("application/xml; charset=utf-8")
                           : QByteArrayLiteral("application/octet-stream"));
        network = m_network->sendCustomRequest(http, request.verb, request.body);
    } else {
        network = m_network->sendCustomRequest(http, request.verb);
    }
    network->setReadBufferSize(readBufferSize);

    QEventLoop loop;
    bool stopped = false;
    auto stop = [&] {
        stopped = true;
        network->abort();
    };
    // A success's body is bounded by what the caller expects, announced or not; a server
    // that sends on and on is cut off rather than filling the disk or the memory.
    const qint64 maxBody = request.maxBody >= 0 ? request.maxBody : maxListingSize;
    const QString where = WebDavDestination::displayUrl(request.url);
    qint64 received = 0;
    auto refuseSize = [&](qint64 announced) {
        reply.tooLarge = true;
        reply.localFailure = announced >= 0
            ? tr("The WebDAV server announces %1 bytes for %2, more than the %3 bytes expected; "
                 "the transfer was refused")
                  .arg(announced)
                  .arg(where)
                  .arg(maxBody)
            : tr("The WebDAV server sends more than the %1 bytes expected for %2; the transfer "
                 "was stopped")
                  .arg(maxBody)
                  .arg(where);
        stop();
    };
    auto isSuccess = [&] {
        const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return status >= 200 && status < 300;
    };
    auto checkAnnounced = [&] {
        if (stopped || !isSuccess())
            return;
        bool known = false;
        const qint64 announced =
            network->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known && announced > maxBody)
            refuseSize(announced);
    };
    auto drain = [&] {
        if (stopped)
            return;
        const bool success = isSuccess();
        const bool toSink = request.sink && success;
        while (!stopped && network->bytesAvailable() > 0) {
            const QByteArray piece = network->read(readBufferSize);
            if (success) {
                received += piece.size();
                if (received > maxBody) {
                    refuseSize(-1);
                    break;
                }
            }
            if (toSink) {
                if (!request.sink(piece.constData(), piece.size())) {
                    if (reply.localFailure.isEmpty())
                        reply.localFailure = tr("Cannot write what %1 sends").arg(where);
                    stop();
                }
            } else if (!success && reply.body.size() + piece.size() > maxErrorBodySize) {
                stop(); // the status says enough
            } else {
                reply.body += piece;
            }
        }
    };
    auto report = [&](qint64 done, qint64 total) {
        if (!stopped && request.progress && done > 0 && !request.progress(done, total)) {
            reply.cancelled = true;
            stop();
        }
    };
    QObject::connect(network, &QNetworkReply::metaDataChanged, &loop, checkAnnounced);
    QObject::connect(network, &QNetworkReply::readyRead, &loop, drain);
    if (request.uploadFile.isEmpty())
        QObject::connect(network, &QNetworkReply::downloadProgress, &loop, report);
    else
        QObject::connect(network, &QNetworkReply::uploadProgress, &loop, report);
#if QT_CONFIG(ssl)
    QObject::connect(network, &QNetworkReply::sslErrors, &loop,
                     [&](const QList<QSslError> &errors) {
                         QStringList texts;
                         for (const QSslError &error : errors)
                             texts.append(error.errorString());
                         reply.certificateErrors = texts.join(QStringLiteral("; "));
                     });
#endif
    QObject::connect(network, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!network->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    checkAnnounced();
    drain();
    reply.status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply.reason = network->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    reply.location = network->rawHeader("Location");
    reply.etag = network->rawHeader("ETag");
    reply.networkError = network->error();
    if (reply.errorString.isEmpty())
        reply.errorString = network->errorString();
    // QtNetwork reports its transfer timeout as a cancel; say what happened.
    if (reply.networkError == QNetworkReply::OperationCanceledError && !reply.cancelled && !stopped)
        reply.errorString = tr("no progress for %1 s").arg(m_retry.stallTimeout.count() / 1000.0);
    if (reply.cancelled || !reply.localFailure.isEmpty())
        reply.status = 0;
    delete network;
    return reply;
}

} // namespace Hubstate::Core
