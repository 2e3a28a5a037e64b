#include "s3destination.h"

#include "core/common/atomicfile.h"
#include "core/common/privatefiles.h"
#include "core/crypto/primitives.h"
#include "core/s3/s3xml.h"
#include "core/s3/sigv4signer.h"
#include "core/secrets/secretstore.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QUrlQuery>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace Hubstate::Core {

namespace {

using Pairs = QList<std::pair<QByteArray, QByteArray>>;

const QByteArray unsignedPayload = QByteArrayLiteral("UNSIGNED-PAYLOAD");
// SHA-256 of nothing, written out: computed here it would start OpenSSL (and read its
// configuration) in every program that links this file, before main().
const QByteArray emptyHash =
    QByteArrayLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
// Listings are followed no further than this many pages (a million objects), and a server
// that hands the same continuation token back is stopped at once.
constexpr int maxPages = 1000;

bool isValidBucket(const QString &bucket)
{
    // S3's rules for bucket names (3 to 63 of lower-case letters, digits, '.', '-').
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"));
    return pattern.match(bucket).hasMatch();
}

bool isValidPrefix(const QString &prefix)
{
    // Folders of plain names; keeps keys free of anything a server might read differently.
    static const QRegularExpression pattern(QStringLiteral("^([A-Za-z0-9_.+-]+/){0,16}$"));
    return prefix.size() <= 512 && pattern.match(prefix).hasMatch()
        && !prefix.split(u'/').contains(QStringLiteral(".."))
        && !prefix.split(u'/').contains(QStringLiteral("."));
}

bool isLoopback(const QString &host)
{
    return WebDavClient::protectsCredentials(QUrl(QStringLiteral("http://") + host + u'/'));
}

Pairs parseQuery(const QByteArray &encoded)
{
    Pairs pairs;
    if (encoded.isEmpty())
        return pairs;
    for (const QByteArray &part : encoded.split('&')) {
        const qsizetype equals = part.indexOf('=');
        pairs.append(
            {QByteArray::fromPercentEncoding(equals < 0 ? part : part.left(equals)),
             equals < 0 ? QByteArray() : QByteArray::fromPercentEncoding(part.mid(equals + 1))});
    }
    return pairs;
}

// An ETag goes back as it came, quotes included; only what XML text cannot hold is escaped.
QByteArray xmlEscaped(QByteArray text)
{
    return text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
}

} // namespace

S3Destination::S3Destination(Location location, QByteArray secret, Options options)
    : m_location(std::move(location))
    , m_signer(std::make_unique<S3::SigV4Signer>(m_location.accessKeyId.toUtf8(), std::move(secret),
                                                 m_location.region.toUtf8()))
    , m_options(std::move(options))
{
    m_options.partSize = std::max<qint64>(m_options.partSize, 1);
}

S3Destination::~S3Destination() = default;

Result<S3Destination::Location> S3Destination::parse(const QUrl &url)
{
    const QString shown = url.adjusted(QUrl::RemovePassword).toString(QUrl::FullyEncoded);
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("s3") && scheme != QLatin1String("s3+http"))
        return Error::invalidInput(tr("%1 is not an S3 URL (s3:// or s3+http://)").arg(shown));
    if (!url.password().isEmpty())
        return Error::invalidInput(
            tr("The S3 URL %1 carries a secret: remove it from the URL and store it in the "
               "keychain (`hubstate-cli secret set NAME`, the secret on stdin)")
                .arg(shown));
    Location location;
    location.scheme =
        scheme == QLatin1String("s3") ? QStringLiteral("https") : QStringLiteral("http");
    location.host = url.host().toLower();
    location.port = url.port(-1);
    location.accessKeyId = url.userName(QUrl::FullyDecoded);
    if (location.accessKeyId.isEmpty())
        return Error::invalidInput(
            tr("The S3 URL %1 names no access key id: write it before the endpoint "
               "(s3://KEYID@endpoint/bucket/)")
                .arg(shown));
    static const QRegularExpression keyIdPattern(QStringLiteral("^[A-Za-z0-9._+=-]{1,128}$"));
    if (!keyIdPattern.match(location.accessKeyId).hasMatch())
        return Error::invalidInput(
            tr("The access key id in %1 has characters S3 key ids do not have").arg(shown));
    QString path = url.path(QUrl::FullyDecoded);
    while (path.startsWith(u'/'))
        path.remove(0, 1);
    const qsizetype slash = path.indexOf(u'/');
    location.bucket = slash < 0 ? path : path.left(slash);
    location.prefix = slash < 0 ? QString() : path.mid(slash + 1);
    if (!location.prefix.isEmpty() && !location.prefix.endsWith(u'/'))
        location.prefix += u'/';
    if (!isValidBucket(location.bucket))
        return Error::invalidInput(
            tr("\"%1\" in %2 is not an S3 bucket name (3 to 63 lower-case letters, digits, '.' "
               "and '-')")
                .arg(location.bucket, shown));
    if (!isValidPrefix(location.prefix))
        return Error::invalidInput(
            tr("The prefix \"%1\" in %2 is not a folder of plain names (letters, digits, '.', "
               "'_', '+', '-', separated by '/')")
                .arg(location.prefix, shown));

    const QUrlQuery query(url);
    static const QRegularExpression amazonHost(
        QStringLiteral("^s3[.-]([a-z0-9-]+)\\.amazonaws\\.com$"));
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (name == QLatin1String("region")) {
            location.region = value;
        } else if (name == QLatin1String("style")) {
            if (value != QLatin1String("path") && value != QLatin1String("virtual"))
                return Error::invalidInput(
                    tr("style=%1 in %2 is neither \"path\" nor \"virtual\"").arg(value, shown));
            location.pathStyle = value == QLatin1String("path");
        } else {
            return Error::invalidInput(
                tr("%1 has an unknown setting \"%2\" (region and style are known)")
                    .arg(shown, name));
        }
    }
    const bool amazon = location.host.endsWith(QLatin1String(".amazonaws.com"));
    if (!query.hasQueryItem(QStringLiteral("style")))
        location.pathStyle = !amazon; // AWS wants virtual-hosted buckets; most others path
    if (location.region.isEmpty()) {
        const QRegularExpressionMatch match = amazonHost.match(location.host);
        location.region = match.hasMatch() ? match.captured(1) : QStringLiteral("us-east-1");
    }
    static const QRegularExpression regionPattern(QStringLiteral("^[a-z0-9-]{1,64}$"));
    if (!regionPattern.match(location.region).hasMatch())
        return Error::invalidInput(
            tr("region=%1 in %2 is not a region name").arg(location.region, shown));
    if (!location.pathStyle && location.bucket.contains(u'.')
        && location.scheme == QLatin1String("https"))
        return Error::invalidInput(
            tr("The bucket \"%1\" has a '.', which the server's certificate does not cover in "
               "virtual-hosted style: add style=path to %2")
                .arg(location.bucket, shown));
    if (location.host.isEmpty())
        return Error::invalidInput(tr("%1 names no endpoint").arg(shown));
    return location;
}

QString S3Destination::secretName(const Location &location)
{
    const int defaultPort = location.scheme == QLatin1String("https") ? 443 : 80;
    const QString who = location.accessKeyId + u'@' + location.host + u':'
        + QString::number(location.port < 0 ? defaultPort : location.port);
    QByteArray encoded = QUrl::toPercentEncoding(who, {}, "_~");
    encoded.replace('%', '_');
    const QString name = QStringLiteral("backup.s3.") + QString::fromLatin1(encoded);
    if (SecretStore::isValidName(name))
        return name;
    return QStringLiteral("backup.s3.sha256-")
        + QString::fromLatin1(Crypto::sha256(who.toUtf8()).toHex().left(40));
}

QString S3Destination::displayLocation(const Location &location)
{
    QString text = (location.scheme == QLatin1String("https") ? QStringLiteral("s3://")
                                                              : QStringLiteral("s3+http://"))
        + QString::fromLatin1(QUrl::toPercentEncoding(location.accessKeyId)) + u'@' + location.host;
    if (location.port >= 0)
        text += u':' + QString::number(location.port);
    text += u'/' + location.bucket + u'/' + location.prefix + QStringLiteral("?region=")
        + location.region + QStringLiteral("&style=")
        + (location.pathStyle ? QStringLiteral("path") : QStringLiteral("virtual"));
    return text;
}

Result<std::unique_ptr<S3Destination>>
S3Destination::open(const QUrl &url, const SecretStore *secrets, Options options)
{
    Result<Location> location = parse(url);
    if (!location)
        return location.error();
    const QString shown = displayLocation(*location);
    // The secret never travels, but the backups and the key id would, in the clear.
    if (location->scheme == QLatin1String("http") && !options.allowInsecureHttp
        && !isLoopback(location->host))
        return Error::invalidInput(
            tr("%1 would be reached over plain http:// at %2: anyone on the network between "
               "could read or change what is sent. Use s3:// (https), or, on a network you "
               "trust, allow it with `hubstate-cli config set backup.allowInsecureHttp true`")
                .arg(shown, location->host));
    const QString name = secretName(*location);
    if (!secrets)
        return Error::operationFailed(
            tr("The secret access key for %1 is kept in the keychain, which is not available "
               "here")
                .arg(shown));
    Result<QByteArray> read = secrets->read(name);
    if (!read) {
        if (read.error().code == ErrorCode::InvalidInput)
            return Error::invalidInput(
                tr("No secret access key for %1 in the keychain: store it with `hubstate-cli "
                   "secret set %2` (the secret on stdin)")
                    .arg(shown, name),
                read.error().detail);
        return Error::operationFailed(
            tr("Cannot read the secret access key for %1: %2").arg(shown, read.error().message),
            read.error().detail);
    }
    return std::make_unique<S3Destination>(*std::move(location), std::move(read).value(),
                                           std::move(options));
}

QString S3Destination::displayName() const
{
    return displayLocation(m_location);
}

QString S3Destination::displayNameOf(const QString &file) const
{
    const QString where = displayName();
    const qsizetype query = where.indexOf(u'?');
    return where.left(query) + file + where.mid(query);
}

std::unique_ptr<WebDavClient> S3Destination::client()
{
    QUrl base;
    base.setScheme(m_location.scheme);
    base.setHost(m_location.host);
    base.setPort(m_location.port);
    base.setPath(QStringLiteral("/"));
    // The client never sends Basic credentials: the URL carries no user.
    auto made = std::make_unique<WebDavClient>(base, QByteArray(), m_options.retry,
                                               m_options.allowInsecureHttp);
    made->setAuthorizer([this](QNetworkRequest &http, const WebDavClient::Request &request) {
        const QDateTime now =
            (m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc()).toUTC();
        const QByteArray amzDate = now.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
        QByteArray host = request.url.host(QUrl::FullyEncoded).toLatin1();
        if (request.url.port() >= 0)
            host += ':' + QByteArray::number(request.url.port());
        QByteArray payload;
        for (const auto &[name, value] : request.headers) {
            if (name == "x-amz-content-sha256")
                payload = value;
        }
        if (payload.isEmpty()) {
            payload = request.body.isEmpty() ? emptyHash : Crypto::sha256(request.body).toHex();
            http.setRawHeader("x-amz-content-sha256", payload);
        }
        S3::SigV4Signer::Request signing;
        signing.method = request.verb;
        signing.path = request.url.path(QUrl::FullyDecoded).toUtf8();
        signing.query = parseQuery(request.url.query(QUrl::FullyEncoded).toLatin1());
        signing.headers = {
            {"host", host}, {"x-amz-content-sha256", payload}, {"x-amz-date", amzDate}};
        signing.payloadHash = payload;
        http.setRawHeader("Host", host);
        http.setRawHeader("x-amz-date", amzDate);
        http.setRawHeader("Authorization", m_signer->authorization(signing));
    });
    return made;
}

QUrl S3Destination::objectUrl(const QString &key, const Pairs &query) const
{
    QUrl url;
    url.setScheme(m_location.scheme);
    url.setHost(m_location.pathStyle ? m_location.host
                                     : m_location.bucket + u'.' + m_location.host);
    url.setPort(m_location.port);
    // The bucket itself is "/bucket" in path style (listings, unfinished uploads).
    QString path = u'/' + key;
    if (m_location.pathStyle)
        path = key.isEmpty() ? QString(u'/' + m_location.bucket)
                             : QString(u'/' + m_location.bucket + u'/' + key);
    url.setPath(QString::fromLatin1(S3::SigV4Signer::uriEncode(path.toUtf8(), true)),
                QUrl::StrictMode);
    if (!query.isEmpty()) {
        QByteArray encoded;
        for (const auto &[name, value] : query) {
            if (!encoded.isEmpty())
                encoded += '&';
            encoded += S3::SigV4Signer::uriEncode(name, false) + '='
                + S3::SigV4Signer::uriEncode(value, false);
        }
        url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
    }
    return url;
}

Error S3Destination::failure(const WebDavClient::Reply &reply, const QString &what) const
{
    const S3::Xml::ErrorReply error = S3::Xml::parseError(reply.body);
    const QString where = displayName();
    const QString detail = QStringLiteral("%1 attempt(s); HTTP %2 %3; %4 %5; %6")
                               .arg(reply.attempts)
                               .arg(reply.status)
                               .arg(QString::fromLatin1(reply.reason), error.code,
                                    error.message.left(300), reply.errorString);
    if (reply.cancelled)
        return Error::operationFailed(
            tr("The transfer of %1 to or from %2 was cancelled").arg(what, where), detail);
    if (!reply.localFailure.isEmpty())
        return Error::operationFailed(reply.localFailure, detail);
    if (!reply.certificateErrors.isEmpty())
        return Error::operationFailed(tr("The certificate of the S3 endpoint %1 is not trusted: %2")
                                          .arg(m_location.host, reply.certificateErrors),
                                      detail);
    if (reply.status == 0)
        return Error::operationFailed(
            tr("The connection to the S3 endpoint %1 failed for %2 (attempts made: %3): %4")
                .arg(m_location.host, what)
                .arg(reply.attempts)
                .arg(reply.errorString),
            detail);
    const QString code = error.code;
    if (code == QLatin1String("SignatureDoesNotMatch"))
        return Error::operationFailed(
            tr("%1 refused the signature of key %2 (403 SignatureDoesNotMatch): the secret "
               "access key stored in the keychain as %3 is not this key's")
                .arg(where, m_location.accessKeyId, secretName(m_location)),
            detail);
    if (code == QLatin1String("InvalidAccessKeyId"))
        return Error::operationFailed(
            tr("%1 does not know the access key id %2 (403 InvalidAccessKeyId)")
                .arg(where, m_location.accessKeyId),
            detail);
    if (code == QLatin1String("RequestTimeTooSkewed"))
        return Error::operationFailed(
            tr("This machine's clock differs from the S3 server's by more than 15 minutes (403 "
               "RequestTimeTooSkewed): set the clock right (NTP), then try again"),
            detail);
    if (code == QLatin1String("NoSuchBucket"))
        return Error::operationFailed(
            tr("The bucket \"%1\" does not exist at %2 (NoSuchBucket): create it with the "
               "provider's console or check its name")
                .arg(m_location.bucket, m_location.host),
            detail);
    if (code == QLatin1String("AuthorizationHeaderMalformed") && !error.region.isEmpty())
        return Error::operationFailed(
            tr("The bucket \"%1\" is in region %2, not %3: use region=%2 in %4")
                .arg(m_location.bucket, error.region, m_location.region, where),
            detail);
    if (code == QLatin1String("PermanentRedirect") || reply.status == 301) {
        const QString endpoint =
            error.endpoint.isEmpty() ? QString::fromLatin1(reply.location) : error.endpoint;
        return Error::operationFailed(
            tr("The bucket \"%1\" is not served by %2 but by %3 (wrong region or endpoint): "
               "use that endpoint and its region")
                .arg(m_location.bucket, m_location.host,
                     endpoint.isEmpty() ? tr("another endpoint") : endpoint),
            detail);
    }
    if (code == QLatin1String("AccessDenied") || reply.status == 403)
        return Error::operationFailed(
            tr("%1 denies key %2 access to %3 (403 %4): check the key's permissions on the "
               "bucket")
                .arg(where, m_location.accessKeyId, what,
                     code.isEmpty() ? QStringLiteral("Forbidden") : code),
            detail);
    if (code == QLatin1String("SlowDown") || reply.status == 503)
        return Error::operationFailed(
            tr("%1 still asked to slow down (503 %2) after %3 attempts for %4; try again later")
                .arg(where, code.isEmpty() ? QStringLiteral("Service Unavailable") : code)
                .arg(reply.attempts)
                .arg(what),
            detail);
    if (reply.status >= 500)
        return Error::operationFailed(
            tr("%1 failed on %2 with HTTP %3 %4 (attempts made: %5)")
                .arg(where, what)
                .arg(reply.status)
                .arg(code.isEmpty() ? QString::fromLatin1(reply.reason) : code)
                .arg(reply.attempts),
            detail);
    return Error::operationFailed(tr("%1 answered %2 with HTTP %3 %4")
                                      .arg(where, what)
                                      .arg(reply.status)
                                      .arg(code.isEmpty() ? QString::fromLatin1(reply.reason)
                                                          : code + u' ' + error.message.left(200)),
                                  detail);
}

Result<QList<Destination::Entry>> S3Destination::listKeys(WebDavClient &client,
                                                          const QString &start, int limit)
{
    QList<Entry> entries;
    QString token;
    for (int page = 0; page < maxPages; ++page) {
        Pairs query = {{"list-type", "2"}, {"prefix", (m_location.prefix + start).toUtf8()}};
        query.append({"max-keys",
                      QByteArray::number(limit > 0 ? std::min(limit, m_options.pageSize)
                                                   : m_options.pageSize)});
        if (!token.isEmpty())
            query.append({"continuation-token", token.toUtf8()});
        const QUrl url = objectUrl(QString(), query);
        WebDavClient::Request request("GET", url);
        const WebDavClient::Reply reply = client.send(request);
        if (reply.status != 200)
            return failure(reply, tr("the listing"));
        QString problem;
        const S3::Xml::ListPage listed = S3::Xml::parseListPage(reply.body, &problem);
        if (!problem.isEmpty())
            return Error::operationFailed(
                tr("%1 sent a listing that is not a valid S3 answer").arg(displayName()), problem);
        for (const S3::Xml::Object &object : listed.objects) {
            if (!object.key.startsWith(m_location.prefix))
                continue; // not what was asked for: never taken as ours
            entries.append(
                {object.key.mid(m_location.prefix.size()), object.size, object.modified});
        }
        if (!listed.truncated || (limit > 0 && entries.size() >= limit))
            return entries;
        if (listed.nextToken == token)
            return Error::operationFailed(
                tr("%1 hands back the same continuation token; the listing was stopped")
                    .arg(displayName()));
        token = listed.nextToken;
    }
    return Error::operationFailed(tr("%1 lists more than %2 pages; the listing was stopped")
                                      .arg(displayName())
                                      .arg(maxPages));
}

Result<qint64> S3Destination::sizeOf(WebDavClient &client, const QString &name)
{
    Result<QList<Entry>> listed = listKeys(client, name, 1);
    if (!listed)
        return listed.error();
    for (const Entry &entry : std::as_const(*listed)) {
        if (entry.name == name)
            return entry.size;
    }
    return qint64(-1);
}

Result<QByteArray> S3Destination::hashOf(WebDavClient &client, const QString &name, qint64 size,
                                         const Progress &progress)
{
    std::unique_ptr<Crypto::Sha256Stream> hash;
    WebDavClient::Request request("GET", objectUrl(m_location.prefix + name));
    request.headers = {{"x-amz-content-sha256", emptyHash}};
    request.maxBody =
        size >= 0 ? size + WebDavClient::downloadMargin : WebDavClient::maxDownloadSize;
    request.restart = [&] {
        hash = std::make_unique<Crypto::Sha256Stream>();
    };
    request.sink = [&](const char *data, qsizetype length) {
        hash->addData(data, length);
        return true;
    };
    request.progress = progress;
    const WebDavClient::Reply reply = client.send(request);
    if (!reply.succeeded())
        return failure(reply, name);
    return hash->result();
}

Status S3Destination::testConnection()
{
    std::unique_ptr<WebDavClient> http = client();
    Result<QList<Entry>> listed = listKeys(*http, QString(), 1);
    if (!listed)
        return listed.error();
    // Writable means an object can be put and deleted, not what a policy seems to say.
    const QString probe = m_location.prefix + WebDavClient::probeName();
    WebDavClient::Request put("PUT", objectUrl(probe));
    put.body = QByteArrayLiteral("hubstate");
    const WebDavClient::Reply written = http->send(put);
    if (!written.succeeded())
        return failure(written, tr("a test object"));
    WebDavClient::Request remove("DELETE", objectUrl(probe));
    const WebDavClient::Reply removed = http->send(remove);
    if (!removed.succeeded())
        return failure(removed, tr("a test object"));
    return {};
}

Result<QList<Destination::Entry>> S3Destination::list()
{
    std::unique_ptr<WebDavClient> http = client();
    Result<QList<Entry>> listed = listKeys(*http, QString());
    if (!listed)
        return listed.error();
    QList<Entry> entries;
    for (const Entry &entry : std::as_const(*listed)) {
        if (!entry.name.contains(u'/') && acceptsName(entry.name))
            entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.name < b.name; });
    return entries;
}

Status S3Destination::putWhole(WebDavClient &client, const QString &localFile, const QString &name,
                               const QByteArray &sha256, const Progress &progress)
{
    WebDavClient::Request put("PUT", objectUrl(m_location.prefix + name));
    put.uploadFile = localFile;
    put.progress = progress;
    // Signed: AWS refuses a body whose SHA-256 is not this one.
    put.headers = {{"x-amz-content-sha256", sha256.toHex()}};
    const WebDavClient::Reply reply = client.send(put);
    if (!reply.succeeded())
        return failure(reply, name);
    return {};
}

Status S3Destination::putInParts(WebDavClient &client, const QString &localFile,
                                 const QString &name, qint64 size, const Progress &progress)
{
    const QString key = m_location.prefix + name;
    WebDavClient::Request start("POST", objectUrl(key, {{"uploads", ""}}));
    start.headers = {{"Content-Length", "0"}};
    const WebDavClient::Reply started = client.send(start);
    if (!started.succeeded())
        return failure(started, name);
    QString problem;
    const QString uploadId = S3::Xml::parseUploadId(started.body, &problem);
    if (!problem.isEmpty())
        return Error::operationFailed(
            tr("%1 answered the start of the upload of %2 with something that is not a valid S3 "
               "answer")
                .arg(displayName(), name),
            problem);
    const QByteArray id = uploadId.toUtf8();
    // Whatever goes wrong from here on, the parts already there are dropped: a started upload
    // left behind is billed for ever.
    auto abort = [&] {
        WebDavClient::Request cancel("DELETE", objectUrl(key, {{"uploadId", id}}));
        (void)client.send(cancel);
    };

    QFile file(localFile);
    if (!file.open(QIODevice::ReadOnly)) {
        abort();
        return Error::operationFailed(tr("Cannot read %1: %2").arg(localFile, file.errorString()));
    }
    QByteArray parts;
    qint64 done = 0;
    for (int number = 1; done < size; ++number) {
        if (number > 10000) {
            abort();
            return Error::operationFailed(
                tr("%1 would take more than 10,000 parts").arg(localFile));
        }
        QByteArray piece = file.read(std::min(m_options.partSize, size - done));
        if (piece.isEmpty()) {
            abort();
            return Error::operationFailed(
                tr("Cannot read %1: %2").arg(localFile, file.errorString()));
        }
        WebDavClient::Request put(
            "PUT", objectUrl(key, {{"partNumber", QByteArray::number(number)}, {"uploadId", id}}));
        put.body = piece;
        put.headers = {{"x-amz-content-sha256", Crypto::sha256(piece).toHex()}};
        const qint64 before = done;
        if (progress)
            put.progress = [&](qint64 sent, qint64) {
                return progress(before + sent, size);
            };
        const WebDavClient::Reply reply = client.send(put);
        if (!reply.succeeded() || reply.etag.isEmpty()) {
            abort();
            if (reply.succeeded())
                return Error::operationFailed(
                    tr("%1 accepted part %2 of %3 without naming it (no ETag); the upload was "
                       "abandoned")
                        .arg(displayName())
                        .arg(number)
                        .arg(name));
            return failure(reply, tr("part %1 of %2").arg(number).arg(name));
        }
        done += piece.size();
        parts += "<Part><PartNumber>" + QByteArray::number(number) + "</PartNumber><ETag>"
            + xmlEscaped(reply.etag) + "</ETag></Part>";
    }
    WebDavClient::Request complete("POST", objectUrl(key, {{"uploadId", id}}));
    complete.body = "<CompleteMultipartUpload xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
        + parts + "</CompleteMultipartUpload>";
    const WebDavClient::Reply completed = client.send(complete);
    S3::Xml::ErrorReply error;
    if (!completed.succeeded() || !S3::Xml::completedUpload(completed.body, &error, &problem)) {
        abort();
        if (!error.code.isEmpty()) {
            WebDavClient::Reply failed = completed;
            failed.status = error.code == QLatin1String("SlowDown") ? 503 : 500;
            return failure(failed, name);
        }
        if (!completed.succeeded())
            return failure(completed, name);
        return Error::operationFailed(
            tr("%1 answered the completion of %2 with something that is not a valid S3 answer")
                .arg(displayName(), name),
            problem);
    }
    return {};
}

Status S3Destination::store(const QString &localFile, const QString &name, const QByteArray &sha256,
                            const Progress &progress)
{
    if (!acceptsName(name))
        return Error::invalidInput(nameRule(name));
    const QFileInfo source(localFile);
    if (!source.isFile())
        return Error::operationFailed(
            tr("Cannot store %1 on %2: the file does not exist").arg(localFile, displayName()));
    std::unique_ptr<WebDavClient> http = client();

    // A name that is taken is never replaced; the same bytes already there are success (a
    // store whose answer was lost and that was run again).
    Result<qint64> present = sizeOf(*http, name);
    if (!present)
        return present.error();
    if (*present >= 0) {
        Result<QByteArray> hash = hashOf(*http, name, *present);
        if (hash && *hash == sha256)
            return {};
        if (!hash)
            return hash.error();
        return Error::operationFailed(
            tr("%1 already holds a different %2; nothing was replaced").arg(displayName(), name));
    }

    const Status sent = source.size() > m_options.multipartThreshold
        ? putInParts(*http, localFile, name, source.size(), progress)
        : putWhole(*http, localFile, name, sha256, progress);
    if (!sent)
        return sent;

    // What arrived, read back: most S3-compatible servers check no signed SHA-256.
    auto discard = [&] {
        WebDavClient::Request remove("DELETE", objectUrl(m_location.prefix + name));
        (void)http->send(remove);
    };
    Result<QByteArray> hash = hashOf(*http, name, source.size());
    if (!hash) {
        discard();
        return hash.error();
    }
    if (*hash != sha256) {
        discard();
        return Error::operationFailed(
            tr("The upload of %1 to %2 does not read back intact (SHA-256 differs); it was "
               "removed")
                .arg(name, displayName()),
            QStringLiteral("expected %1, read back %2")
                .arg(QString::fromLatin1(sha256.toHex()), QString::fromLatin1(hash->toHex())));
    }
    return {};
}

Status S3Destination::fetch(const QString &name, const QString &localFile, const Progress &progress)
{
    if (!acceptsName(name))
        return Error::invalidInput(nameRule(name));
    std::unique_ptr<WebDavClient> http = client();
    // The listed size bounds the download: a server that sends on and on is cut off.
    Result<qint64> listed = sizeOf(*http, name);
    if (!listed)
        return listed.error();
    if (*listed < 0)
        return Error::operationFailed(tr("%1 does not hold %2").arg(displayName(), name));
    if (*listed > WebDavClient::maxDownloadSize)
        return Error::operationFailed(
            tr("%1 lists %2 at %3 bytes, more than the %4 bytes a backup may have here; it was "
               "not downloaded")
                .arg(displayName(), name)
                .arg(*listed)
                .arg(WebDavClient::maxDownloadSize));
    const QString folder = QFileInfo(localFile).absolutePath();
    if (const QStorageInfo disk(folder); disk.isValid() && disk.bytesAvailable() < *listed)
        return Error::operationFailed(
            tr("%1 has %2 bytes free, too few for %3 (%4 bytes); it was not downloaded")
                .arg(folder)
                .arg(disk.bytesAvailable())
                .arg(name)
                .arg(*listed));

    const QString partial = localFile + QStringLiteral(".partial");
    QFile out(partial);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate, QFile::ReadOwner | QFile::WriteOwner)
        || !PrivateFiles::restrict(out.handle()))
        return Error::operationFailed(tr("Cannot write %1: %2").arg(partial, out.errorString()));
    WebDavClient::Request get("GET", objectUrl(m_location.prefix + name));
    get.headers = {{"x-amz-content-sha256", emptyHash}};
    get.maxBody = *listed + WebDavClient::downloadMargin;
    get.progress = progress;
    get.restart = [&] {
        out.seek(0);
        out.resize(0);
    };
    bool writeFailed = false;
    get.sink = [&](const char *data, qsizetype size) {
        writeFailed = out.write(data, size) != size;
        return !writeFailed;
    };
    const WebDavClient::Reply reply = http->send(get);
    if (!reply.succeeded()) {
        const QString reason = out.errorString();
        out.close();
        QFile::remove(partial);
        if (writeFailed)
            return Error::operationFailed(tr("Cannot write %1: %2").arg(partial, reason));
        return failure(reply, name);
    }
    return AtomicFile::commit(out, localFile);
}

Status S3Destination::remove(const QString &name)
{
    if (!acceptsName(name))
        return Error::invalidInput(nameRule(name));
    std::unique_ptr<WebDavClient> http = client();
    WebDavClient::Request request("DELETE", objectUrl(m_location.prefix + name));
    // S3 answers 204 whether or not the object was there: what is asked for either way. A
    // missing bucket is a 404 NoSuchBucket, which is an error.
    const WebDavClient::Reply reply = http->send(request);
    if (reply.succeeded())
        return {};
    return failure(reply, name);
}

} // namespace Hubstate::Core
