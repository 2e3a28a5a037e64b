#include "webdavdestination.h"

#include "core/common/atomicfile.h"
#include "core/crypto/primitives.h"
#include "core/secrets/secretstore.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QThread>
#include <QXmlStreamReader>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace Hubstate::Core {

namespace {

constexpr qint64 readBufferSize = 256 * 1024; // what QtNetwork may hold of a download
constexpr qsizetype maxBodySize = 16 * 1024 * 1024; // a listing or an error page, not a backup

const QByteArray propfindBody =
    QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                      "<D:propfind xmlns:D=\"DAV:\"><D:prop><D:resourcetype/><D:getcontentlength/>"
                      "<D:getlastmodified/></D:prop></D:propfind>");

struct Call
{
    Call(QByteArray method, QUrl target)
        : verb(std::move(method))
        , url(std::move(target))
    {
    }

    QByteArray verb;
    QUrl url; // never carries user info: Basic auth goes in a header
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body; // a small request body (PROPFIND, the probe)
    QString uploadFile; // a request body streamed from a file
    // Receives a 2xx response body piece by piece; false stops the transfer.
    std::function<bool(const char *, qsizetype)> sink;
    std::function<void()> restart; // before each attempt
    Destination::Progress progress;
};

struct Answer
{
    int status = 0; // 0: no HTTP answer at all
    QByteArray reason;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    QString certificateErrors;
    QString localFailure; // reading the upload or writing the download failed
    bool cancelled = false;
    int attempts = 0;

    bool succeeded() const { return status >= 200 && status < 300 && localFailure.isEmpty(); }
};

bool isRetryable(const Answer &answer)
{
    if (answer.cancelled || !answer.localFailure.isEmpty() || !answer.certificateErrors.isEmpty())
        return false;
    if (answer.status >= 500)
        return answer.status != 501 && answer.status != 505 && answer.status != 507;
    if (answer.status != 0)
        return false; // 4xx and the like: asking again gives the same answer
    switch (answer.error) {
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

struct DavEntry
{
    QString path; // decoded
    bool collection = false;
    qint64 size = -1;
    QDateTime modified;
};

QLatin1StringView davNamespace()
{
    return QLatin1StringView("DAV:");
}

bool isDav(const QXmlStreamReader &xml, const char *name)
{
    return xml.namespaceUri() == davNamespace() && xml.name() == QLatin1StringView(name);
}

// RFC 1123 dates ("Wed, 25 Nov 2026 16:49:25 GMT"), which Qt's RFC 2822 parser does not take
// with a "GMT" zone.
QDateTime parseHttpDate(const QString &text)
{
    QString value = text.trimmed();
    if (value.endsWith(QLatin1String(" GMT")) || value.endsWith(QLatin1String(" UTC")))
        value = value.left(value.size() - 4) + QStringLiteral(" +0000");
    const QDateTime parsed = QDateTime::fromString(value, Qt::RFC2822Date);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

// A 207 Multi-Status body: each response's href and, from its 200 propstat, the properties.
// Returns an empty optional-like error text when malformed.
QList<DavEntry> parseMultistatus(const QByteArray &body, QString *problem)
{
    QList<DavEntry> entries;
    QXmlStreamReader xml(body);
    if (!xml.readNextStartElement() || !isDav(xml, "multistatus")) {
        *problem = xml.hasError() ? xml.errorString()
                                  : QStringLiteral("the document is not a DAV:multistatus");
        return {};
    }
    while (xml.readNextStartElement()) {
        if (!isDav(xml, "response")) {
            xml.skipCurrentElement();
            continue;
        }
        DavEntry entry;
        bool haveHref = false;
        while (xml.readNextStartElement()) {
            if (isDav(xml, "href")) {
                entry.path = QUrl(xml.readElementText().trimmed()).path(QUrl::FullyDecoded);
                haveHref = true;
            } else if (isDav(xml, "propstat")) {
                DavEntry found;
                QString status;
                while (xml.readNextStartElement()) {
                    if (isDav(xml, "status")) {
                        status = xml.readElementText();
                    } else if (isDav(xml, "prop")) {
                        while (xml.readNextStartElement()) {
                            if (isDav(xml, "resourcetype")) {
                                while (xml.readNextStartElement()) {
                                    if (isDav(xml, "collection"))
                                        found.collection = true;
                                    xml.skipCurrentElement();
                                }
                            } else if (isDav(xml, "getcontentlength")) {
                                bool ok = false;
                                found.size = xml.readElementText().trimmed().toLongLong(&ok);
                                if (!ok)
                                    found.size = -1;
                            } else if (isDav(xml, "getlastmodified")) {
                                found.modified = parseHttpDate(xml.readElementText());
                            } else {
                                xml.skipCurrentElement();
                            }
                        }
                    } else {
                        xml.skipCurrentElement();
                    }
                }
                if (status.contains(QLatin1String(" 200"))) {
                    entry.collection = entry.collection || found.collection;
                    if (found.size >= 0)
                        entry.size = found.size;
                    if (found.modified.isValid())
                        entry.modified = found.modified;
                }
            } else {
                xml.skipCurrentElement();
            }
        }
        if (!haveHref && !xml.hasError()) {
            *problem = QStringLiteral("a DAV:response without DAV:href");
            return {};
        }
        entries.append(entry);
    }
    if (xml.hasError()) {
        *problem = QStringLiteral("%1 (line %2, column %3)")
                       .arg(xml.errorString())
                       .arg(xml.lineNumber())
                       .arg(xml.columnNumber());
        return {};
    }
    return entries;
}

QString withoutTrailingSlash(QString path)
{
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    return path;
}

} // namespace

// One operation's connection to the server: its own QNetworkAccessManager in the calling
// thread (so keep-alive works within an operation and nothing is shared across threads).
class WebDavDestination::Session
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::WebDavDestination)

public:
    explicit Session(const WebDavDestination &destination)
        : m_destination(destination)
    {
        m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }

    QUrl url(const QString &name = {}) const
    {
        QUrl url = m_destination.m_collection.adjusted(QUrl::RemoveUserInfo);
        if (!name.isEmpty())
            url.setPath(url.path(QUrl::FullyDecoded) + name, QUrl::DecodedMode);
        return url;
    }

    Answer send(Call &call, int attempts = -1)
    {
        const RetryPolicy &retry = m_destination.m_retry;
        if (attempts < 0)
            attempts = std::max(1, retry.attempts);
        std::chrono::milliseconds delay = retry.firstDelay;
        for (int attempt = 1;; ++attempt) {
            if (call.restart)
                call.restart();
            Answer answer = once(call);
            answer.attempts = attempt;
            if (attempt >= attempts || !isRetryable(answer))
                return answer;
            if (retry.wait)
                retry.wait(delay);
            else
                QThread::msleep(static_cast<unsigned long>(delay.count()));
            delay *= 2;
        }
    }

    // The user-facing error for an answer that was not a success.
    Error failure(const Answer &answer, const QUrl &url) const
    {
        const QString where = displayUrl(url);
        const QString detail =
            QStringLiteral("%1 attempt(s); HTTP %2 %3; %4%5")
                .arg(answer.attempts)
                .arg(answer.status)
                .arg(QString::fromLatin1(answer.reason), answer.errorString,
                     answer.localFailure.isEmpty() ? QString()
                                                   : QStringLiteral("; ") + answer.localFailure);
        if (answer.cancelled)
            return Error::operationFailed(tr("The transfer of %1 was cancelled").arg(where),
                                          detail);
        if (!answer.localFailure.isEmpty())
            return Error::operationFailed(answer.localFailure, detail);
        if (!answer.certificateErrors.isEmpty())
            return Error::operationFailed(
                tr("The certificate of the WebDAV server %1 is not trusted: %2")
                    .arg(url.host(), answer.certificateErrors),
                detail);
        const QString user = m_destination.m_collection.userName();
        switch (answer.status) {
        case 0:
            return Error::operationFailed(
                tr("The connection to the WebDAV server failed for %1 (attempts made: %2): %3")
                    .arg(where)
                    .arg(answer.attempts)
                    .arg(answer.errorString),
                detail);
        case 401:
            if (user.isEmpty())
                return Error::operationFailed(
                    tr("The WebDAV server at %1 asks for credentials: put the user name in the "
                       "URL (https://USER@host/path/) and the password in the keychain")
                        .arg(where),
                    detail);
            return Error::operationFailed(
                tr("The WebDAV server at %1 refused the credentials of user %2 (401): check "
                   "the password stored in the keychain as %3")
                    .arg(where, user, passwordSecretName(m_destination.m_collection)),
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
                tr("The WebDAV server has no space left for %1 (507 Insufficient Storage)")
                    .arg(where),
                detail);
        default: break;
        }
        if (answer.status >= 500)
            return Error::operationFailed(
                tr("The WebDAV server failed on %1 with HTTP %2 %3 (attempts made: %4)")
                    .arg(where)
                    .arg(answer.status)
                    .arg(QString::fromLatin1(answer.reason))
                    .arg(answer.attempts),
                detail);
        return Error::operationFailed(tr("The WebDAV server answered %1 with HTTP %2 %3")
                                          .arg(where)
                                          .arg(answer.status)
                                          .arg(QString::fromLatin1(answer.reason)),
                                      detail);
    }

    Result<QList<DavEntry>> propfind(const QUrl &url, const char *depth, int *status = nullptr)
    {
        Call call{"PROPFIND", url};
        call.headers = {{"Depth", depth}};
        call.body = propfindBody;
        const Answer answer = send(call);
        if (status)
            *status = answer.status;
        if (answer.status != 207)
            return failure(answer, url);
        QString problem;
        QList<DavEntry> entries = parseMultistatus(answer.body, &problem);
        if (!problem.isEmpty())
            return Error::operationFailed(
                tr("The WebDAV server sent a listing of %1 that is not valid WebDAV XML")
                    .arg(displayUrl(url)),
                problem);
        return entries;
    }

    // Creates the collection itself (not its parents) when it is missing.
    Status makeCollection()
    {
        Call call{"MKCOL", url()};
        const Answer answer = send(call);
        if (answer.status == 201 || answer.status == 405) // 405: it exists already
            return {};
        if (answer.status == 409)
            return Error::operationFailed(
                tr("The WebDAV collection %1 does not exist and cannot be created: its parent "
                   "is missing (409 Conflict)")
                    .arg(displayUrl(url())));
        return failure(answer, url());
    }

    Result<QByteArray> hashOf(const QUrl &url, const Destination::Progress &progress = {})
    {
        std::unique_ptr<Crypto::Sha256Stream> hash;
        Call call{"GET", url};
        call.restart = [&] {
            hash = std::make_unique<Crypto::Sha256Stream>();
        };
        call.sink = [&](const char *data, qsizetype size) {
            hash->addData(data, size);
            return true;
        };
        call.progress = progress;
        const Answer answer = send(call);
        if (!answer.succeeded())
            return failure(answer, url);
        return hash->result();
    }

    // Temporary files of stores that were killed, or whose upload the server finished after
    // it was abandoned, are removed once they are a day old (never a store still running).
    void sweepStalePartials(const QList<DavEntry> &entries)
    {
        const QString folder =
            withoutTrailingSlash(m_destination.m_collection.path(QUrl::FullyDecoded));
        const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-1);
        for (const DavEntry &entry : entries) {
            const QString name = entry.path.mid(folder.size() + 1);
            if (entry.collection || !entry.path.startsWith(folder + u'/') || name.contains(u'/')
                || !name.startsWith(u'.') || !name.contains(QLatin1String(".partial-"))
                || !entry.modified.isValid() || entry.modified > cutoff)
                continue;
            discard(url(name));
        }
    }

    // Best effort, one attempt: removes a temporary file after a failure.
    void discard(const QUrl &url)
    {
        Call call{"DELETE", url};
        (void)send(call, 1);
    }

private:
    Answer once(Call &call)
    {
        Answer answer;
        QNetworkRequest request(call.url);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                             QNetworkRequest::AlwaysNetwork);
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setTransferTimeout(static_cast<int>(m_destination.m_retry.stallTimeout.count()));
        const QString user = m_destination.m_collection.userName(QUrl::FullyDecoded);
        if (!user.isEmpty()) {
            QByteArray credentials = user.toUtf8() + ':' + m_destination.m_password;
            request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
            Crypto::wipe(credentials);
        }
        for (const auto &[header, value] : std::as_const(call.headers))
            request.setRawHeader(header, value);

        QFile upload;
        QNetworkReply *reply = nullptr;
        if (!call.uploadFile.isEmpty()) {
            upload.setFileName(call.uploadFile);
            if (!upload.open(QIODevice::ReadOnly)) {
                answer.localFailure =
                    tr("Cannot read %1: %2").arg(call.uploadFile, upload.errorString());
                return answer;
            }
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/octet-stream"));
            request.setHeader(QNetworkRequest::ContentLengthHeader, upload.size());
            reply = m_network.sendCustomRequest(request, call.verb, &upload);
        } else if (!call.body.isEmpty()) {
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              call.verb == "PROPFIND"
                                  ? QByteArrayLiteral("application/xml; charset=utf-8")
                                  : QByteArrayLiteral("application/octet-stream"));
            reply = m_network.sendCustomRequest(request, call.verb, call.body);
        } else {
            reply = m_network.sendCustomRequest(request, call.verb);
        }
        reply->setReadBufferSize(readBufferSize);

        QEventLoop loop;
        bool stopped = false;
        auto stop = [&] {
            stopped = true;
            reply->abort();
        };
        auto drain = [&] {
            if (stopped)
                return;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const bool toSink = call.sink && status >= 200 && status < 300;
            while (!stopped && reply->bytesAvailable() > 0) {
                const QByteArray piece = reply->read(readBufferSize);
                if (toSink) {
                    if (!call.sink(piece.constData(), piece.size())) {
                        if (answer.localFailure.isEmpty())
                            answer.localFailure =
                                tr("Cannot write what %1 sends").arg(displayUrl(call.url));
                        stop();
                    }
                } else if (answer.body.size() + piece.size() > maxBodySize) {
                    answer.errorString =
                        QStringLiteral("reply larger than %1 bytes").arg(maxBodySize);
                    stop();
                } else {
                    answer.body += piece;
                }
            }
        };
        auto report = [&](qint64 done, qint64 total) {
            if (!stopped && call.progress && done > 0 && !call.progress(done, total)) {
                answer.cancelled = true;
                stop();
            }
        };
        QObject::connect(reply, &QNetworkReply::readyRead, &loop, drain);
        if (call.uploadFile.isEmpty())
            QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, report);
        else
            QObject::connect(reply, &QNetworkReply::uploadProgress, &loop, report);
#if QT_CONFIG(ssl)
        QObject::connect(reply, &QNetworkReply::sslErrors, &loop,
                         [&](const QList<QSslError> &errors) {
                             QStringList texts;
                             for (const QSslError &error : errors)
                                 texts.append(error.errorString());
                             answer.certificateErrors = texts.join(QStringLiteral("; "));
                         });
#endif
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        drain();
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        answer.error = reply->error();
        if (answer.errorString.isEmpty())
            answer.errorString = reply->errorString();
        if (answer.cancelled || !answer.localFailure.isEmpty())
            answer.status = 0;
        delete reply;
        return answer;
    }

    const WebDavDestination &m_destination;
    QNetworkAccessManager m_network;
};

WebDavDestination::WebDavDestination(const QUrl &collection, QByteArray password, RetryPolicy retry)
    : m_collection(
        collection.adjusted(QUrl::RemovePassword | QUrl::RemoveQuery | QUrl::RemoveFragment))
    , m_password(std::move(password))
    , m_retry(std::move(retry))
{
    if (!m_collection.path().endsWith(u'/'))
        m_collection.setPath(m_collection.path(QUrl::FullyDecoded) + u'/', QUrl::DecodedMode);
}

WebDavDestination::~WebDavDestination()
{
    Crypto::wipe(m_password);
}

Result<std::unique_ptr<WebDavDestination>>
WebDavDestination::open(const QUrl &collection, const SecretStore *secrets, RetryPolicy retry)
{
    const QString scheme = collection.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return Error::invalidInput(
            tr("%1 is not a WebDAV URL (http:// or https://)").arg(displayUrl(collection)));
    if (!collection.password().isEmpty())
        return Error::invalidInput(
            tr("The WebDAV URL %1 carries a password: remove it from the URL and store it in "
               "the keychain with `hubstate-cli secret set %2` (the password on stdin)")
                .arg(displayUrl(collection), passwordSecretName(collection)));
    QByteArray password;
    if (!collection.userName().isEmpty()) {
        const QString name = passwordSecretName(collection);
        if (!secrets)
            return Error::operationFailed(
                tr("The password for %1 is kept in the keychain, which is not available here")
                    .arg(displayUrl(collection)));
        Result<QByteArray> read = secrets->read(name);
        if (!read) {
            if (read.error().code == ErrorCode::InvalidInput)
                return Error::invalidInput(
                    tr("No password for %1 in the keychain: store it with `hubstate-cli secret "
                       "set %2` (the password on stdin)")
                        .arg(displayUrl(collection), name),
                    read.error().detail);
            return Error::operationFailed(tr("Cannot read the password for %1: %2")
                                              .arg(displayUrl(collection), read.error().message),
                                          read.error().detail);
        }
        password = std::move(read).value();
    }
    return std::make_unique<WebDavDestination>(collection, std::move(password), std::move(retry));
}

QString WebDavDestination::passwordSecretName(const QUrl &url)
{
    const int defaultPort = url.scheme().toLower() == QLatin1String("https") ? 443 : 80;
    const QString who = url.userName(QUrl::FullyDecoded) + u'@' + url.host().toLower() + u':'
        + QString::number(url.port(defaultPort));
    QByteArray encoded = QUrl::toPercentEncoding(who, {}, "_~");
    encoded.replace('%', '_');
    const QString name = QStringLiteral("backup.webdav.") + QString::fromLatin1(encoded);
    if (SecretStore::isValidName(name))
        return name;
    // Too long for a secret name: a digest keeps it unique.
    return QStringLiteral("backup.webdav.sha256-")
        + QString::fromLatin1(Crypto::sha256(who.toUtf8()).toHex().left(40));
}

QString WebDavDestination::displayUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePassword).toDisplayString();
}

QString WebDavDestination::displayName() const
{
    return displayUrl(m_collection);
}

Status WebDavDestination::testConnection()
{
    Session session(*this);
    int status = 0;
    Result<QList<DavEntry>> self = session.propfind(session.url(), "0", &status);
    if (!self) {
        // A collection that is not there yet is created, as the first store would.
        if (status != 404)
            return self.error();
        if (Status made = session.makeCollection(); !made)
            return made;
    } else if (self->isEmpty() || !self->first().collection) {
        return Error::operationFailed(
            tr("%1 is not a WebDAV collection (a folder)").arg(displayName()));
    }
    // Writable means a file can be put and deleted, not what a property says.
    const QUrl probe = session.url(QStringLiteral(".hubstate-probe-") + randomToken());
    Call put{"PUT", probe};
    put.body = QByteArrayLiteral("hubstate");
    const Answer written = session.send(put);
    if (!written.succeeded())
        return session.failure(written, probe);
    Call remove{"DELETE", probe};
    const Answer removed = session.send(remove);
    if (!removed.succeeded())
        return session.failure(removed, probe);
    return {};
}

Result<QList<Destination::Entry>> WebDavDestination::list()
{
    Session session(*this);
    Result<QList<DavEntry>> listed = session.propfind(session.url(), "1");
    if (!listed)
        return listed.error();
    const QString folder = withoutTrailingSlash(m_collection.path(QUrl::FullyDecoded));
    QList<Entry> entries;
    for (const DavEntry &entry : std::as_const(*listed)) {
        const QString path = withoutTrailingSlash(entry.path);
        if (entry.collection || !path.startsWith(folder + u'/'))
            continue;
        const QString name = path.mid(folder.size() + 1);
        if (name.contains(u'/') || !isBackupFileName(name))
            continue;
        entries.append({name, entry.size, entry.modified});
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.name < b.name; });
    return entries;
}

Status WebDavDestination::store(const QString &localFile, const QString &name,
                                const QByteArray &sha256, const Progress &progress)
{
    if (!isBackupFileName(name))
        return Error::invalidInput(
            tr("\"%1\" is not a backup file name (a plain name ending in .hsbk or .tar.zst)")
                .arg(name));
    const QFileInfo source(localFile);
    if (!source.isFile())
        return Error::operationFailed(
            tr("Cannot store %1 on %2: the file does not exist").arg(localFile, displayName()));
    Session session(*this);
    const QUrl temporary = session.url(u'.' + name + QStringLiteral(".partial-") + randomToken());
    const QUrl target = session.url(name);

    // A missing collection is created (not its parents) before the upload, which a server
    // would otherwise receive whole only to refuse it.
    int status = 0;
    Result<QList<DavEntry>> folder = session.propfind(session.url(), "1", &status);
    if (!folder && status != 404)
        return folder.error();
    if (!folder) {
        if (Status made = session.makeCollection(); !made)
            return made;
    } else {
        session.sweepStalePartials(*folder);
    }

    Call put{"PUT", temporary};
    put.uploadFile = localFile;
    put.progress = progress;
    Answer answer = session.send(put);
    if (!answer.succeeded()) {
        if (answer.status == 0 || answer.status >= 500)
            session.discard(temporary);
        return session.failure(answer, temporary);
    }

    // What arrived: the size the server reports, then the bytes themselves.
    Result<QList<DavEntry>> arrived = session.propfind(temporary, "0");
    if (!arrived) {
        session.discard(temporary);
        return arrived.error();
    }
    const qint64 size = arrived->isEmpty() ? -1 : arrived->first().size;
    if (size != source.size()) {
        session.discard(temporary);
        return Error::operationFailed(
            tr("The upload of %1 to %2 arrived incomplete (%3 of %4 bytes); nothing was stored")
                .arg(name, displayName())
                .arg(size)
                .arg(source.size()));
    }
    Result<QByteArray> hash = session.hashOf(temporary);
    if (!hash || *hash != sha256) {
        session.discard(temporary);
        if (!hash)
            return hash.error();
        return Error::operationFailed(
            tr("The upload of %1 to %2 does not read back intact (SHA-256 differs); nothing "
               "was stored")
                .arg(name, displayName()),
            QStringLiteral("expected %1, read back %2")
                .arg(QString::fromLatin1(sha256.toHex()), QString::fromLatin1(hash->toHex())));
    }

    Call move{"MOVE", temporary};
    move.headers = {{"Destination", target.toEncoded()}, {"Overwrite", "F"}};
    answer = session.send(move);
    if (answer.status == 201 || answer.status == 204)
        return {};
    // 412: the name is taken. 404 after a retry: the first MOVE may have worked and lost its
    // answer. Either way what is there now decides.
    if (answer.status == 412 || (answer.status == 404 && answer.attempts > 1)) {
        Result<QByteArray> present = session.hashOf(target);
        session.discard(temporary);
        if (present && *present == sha256)
            return {};
        if (answer.status == 412)
            return Error::operationFailed(
                tr("%1 already holds a different %2; nothing was replaced")
                    .arg(displayName(), name));
    }
    session.discard(temporary);
    return session.failure(answer, target);
}

Status WebDavDestination::fetch(const QString &name, const QString &localFile,
                                const Progress &progress)
{
    if (!isBackupFileName(name))
        return Error::invalidInput(
            tr("\"%1\" is not a backup file name (a plain name ending in .hsbk or .tar.zst)")
                .arg(name));
    const QString partial = localFile + QStringLiteral(".partial");
    QFile out(partial);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::operationFailed(tr("Cannot write %1: %2").arg(partial, out.errorString()));
    Session session(*this);
    const QUrl source = session.url(name);
    Call get{"GET", source};
    get.progress = progress;
    get.restart = [&] {
        out.seek(0);
        out.resize(0);
    };
    get.sink = [&](const char *data, qsizetype size) {
        return out.write(data, size) == size;
    };
    const Answer answer = session.send(get);
    if (!answer.succeeded()) {
        const QString reason = out.errorString();
        out.close();
        QFile::remove(partial);
        if (!answer.localFailure.isEmpty())
            return Error::operationFailed(tr("Cannot write %1: %2").arg(partial, reason));
        return session.failure(answer, source);
    }
    const bool flushed = out.flush() && ::fsync(out.handle()) == 0;
    const QString reason = flushed ? QString() : QString::fromLocal8Bit(std::strerror(errno));
    out.close();
    if (!flushed) {
        QFile::remove(partial);
        return Error::operationFailed(tr("Cannot write %1: %2").arg(partial, reason));
    }
    if (Status moved = AtomicFile::replace(partial, localFile); !moved) {
        QFile::remove(partial);
        return moved;
    }
    return {};
}

Status WebDavDestination::remove(const QString &name)
{
    if (!isBackupFileName(name))
        return Error::invalidInput(
            tr("\"%1\" is not a backup file name (a plain name ending in .hsbk or .tar.zst)")
                .arg(name));
    Session session(*this);
    const QUrl target = session.url(name);
    Call call{"DELETE", target};
    const Answer answer = session.send(call);
    if (answer.succeeded())
        return {};
    // A retried DELETE finds nothing when the first one worked and its answer was lost.
    if (answer.status == 404 && answer.attempts > 1)
        return {};
    return session.failure(answer, target);
}

} // namespace Hubstate::Core
