#include "webdavdestination.h"

#include "core/common/atomicfile.h"
#include "core/common/privatefiles.h"
#include "core/crypto/primitives.h"
#include "core/secrets/secretstore.h"
#include "webdavclient.h"

#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace Hubstate::Core {

namespace {

QString withoutTrailingSlash(QString path)
{
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    return path;
}

} // namespace

WebDavDestination::WebDavDestination(const QUrl &collection, QByteArray password, RetryPolicy retry,
                                     bool allowInsecureHttp)
    : m_collection(
        collection.adjusted(QUrl::RemovePassword | QUrl::RemoveQuery | QUrl::RemoveFragment))
    , m_password(std::move(password))
    , m_retry(std::move(retry))
    , m_allowInsecureHttp(allowInsecureHttp)
{
    if (!m_collection.path().endsWith(u'/'))
        m_collection.setPath(m_collection.path(QUrl::FullyDecoded) + u'/', QUrl::DecodedMode);
}

WebDavDestination::~WebDavDestination()
{
    Crypto::wipe(m_password);
}

Result<std::unique_ptr<WebDavDestination>> WebDavDestination::open(const QUrl &collection,
                                                                   const SecretStore *secrets,
                                                                   bool allowInsecureHttp,
                                                                   RetryPolicy retry)
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
    // Said before the keychain is asked, and before anything is sent.
    if (!collection.userName().isEmpty() && !allowInsecureHttp
        && !WebDavClient::protectsCredentials(collection))
        return Error::invalidInput(WebDavClient::insecureHttpRefusal(collection));
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
    return std::make_unique<WebDavDestination>(collection, std::move(password), std::move(retry),
                                               allowInsecureHttp);
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
    return url.adjusted(QUrl::RemovePassword).toString(QUrl::FullyEncoded);
}

QString WebDavDestination::displayName() const
{
    return displayUrl(m_collection);
}

Status WebDavDestination::testConnection()
{
    WebDavClient client(m_collection, m_password, m_retry, m_allowInsecureHttp);
    int status = 0;
    Result<QList<DavMultistatus::Resource>> self = client.propfind(client.url(), "0", &status);
    if (!self) {
        // A collection that is not there yet is created, as the first store would.
        if (status != 404)
            return self.error();
        if (Status made = client.makeCollection(); !made)
            return made;
    } else if (self->isEmpty() || !self->first().collection) {
        return Error::operationFailed(
            tr("%1 is not a WebDAV collection (a folder)").arg(displayName()));
    }
    // Writable means a file can be put and deleted, not what a property says.
    const QUrl probe = client.url(WebDavClient::probeName());
    WebDavClient::Request put{"PUT", probe};
    put.body = QByteArrayLiteral("hubstate");
    const WebDavClient::Reply written = client.send(put);
    if (!written.succeeded())
        return client.failure(written, probe);
    WebDavClient::Request remove{"DELETE", probe};
    const WebDavClient::Reply removed = client.send(remove);
    if (!removed.succeeded())
        return client.failure(removed, probe);
    return {};
}

Result<QList<Destination::Entry>> WebDavDestination::list()
{
    WebDavClient client(m_collection, m_password, m_retry, m_allowInsecureHttp);
    Result<QList<DavMultistatus::Resource>> listed = client.propfind(client.url(), "1");
    if (!listed)
        return listed.error();
    const QString folder = m_collection.path(QUrl::FullyDecoded); // ends in '/'
    QList<Entry> entries;
    for (const DavMultistatus::Resource &entry : std::as_const(*listed)) {
        const QString path = withoutTrailingSlash(entry.path);
        if (entry.collection || !path.startsWith(folder) || path.size() <= folder.size())
            continue;
        const QString name = path.mid(folder.size());
        if (name.contains(u'/') || !acceptsName(name))
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
    if (!acceptsName(name))
        return Error::invalidInput(nameRule(name));
    const QFileInfo source(localFile);
    if (!source.isFile())
        return Error::operationFailed(
            tr("Cannot store %1 on %2: the file does not exist").arg(localFile, displayName()));
    WebDavClient client(m_collection, m_password, m_retry, m_allowInsecureHttp);
    const QUrl temporary = client.url(WebDavClient::temporaryName(name));
    const QUrl target = client.url(name);

    // A missing collection is created (not its parents) before the upload, which a server
    // would otherwise receive whole only to refuse it.
    int status = 0;
    Result<QList<DavMultistatus::Resource>> folder = client.propfind(client.url(), "1", &status);
    if (!folder && status != 404)
        return folder.error();
    if (!folder) {
        if (Status made = client.makeCollection(); !made)
            return made;
    } else {
        client.sweepStalePartials(*folder);
    }

    WebDavClient::Request put{"PUT", temporary};
    put.uploadFile = localFile;
    put.progress = progress;
    WebDavClient::Reply reply = client.send(put);
    if (!reply.succeeded()) {
        if (reply.status == 0 || reply.status >= 500)
            client.discard(temporary);
        // Named after the backup the admin knows, not the temporary name.
        Error error = client.failure(reply, target);
        error.detail += QStringLiteral("; PUT ") + WebDavDestination::displayUrl(temporary);
        return error;
    }

    // What arrived: the size the server reports, then the bytes themselves.
    Result<QList<DavMultistatus::Resource>> arrived = client.propfind(temporary, "0");
    if (!arrived) {
        client.discard(temporary);
        return arrived.error();
    }
    const qint64 size = arrived->isEmpty() ? -1 : arrived->first().size;
    if (size != source.size()) {
        client.discard(temporary);
        return Error::operationFailed(
            tr("The upload of %1 to %2 arrived incomplete (%3 of %4 bytes); nothing was stored")
                .arg(name, displayName())
                .arg(size)
                .arg(source.size()));
    }
    Result<QByteArray> hash = client.hashOf(temporary, source.size());
    if (!hash || *hash != sha256) {
        client.discard(temporary);
        if (!hash)
            return hash.error();
        return Error::operationFailed(
            tr("The upload of %1 to %2 does not read back intact (SHA-256 differs); nothing "
               "was stored")
                .arg(name, displayName()),
            QStringLiteral("expected %1, read back %2")
                .arg(QString::fromLatin1(sha256.toHex()), QString::fromLatin1(hash->toHex())));
    }

    WebDavClient::Request move{"MOVE", temporary};
    move.headers = {{"Destination", target.toEncoded()}, {"Overwrite", "F"}};
    reply = client.send(move);
    if (reply.status == 201 || reply.status == 204)
        return {};
    // 412: the name is taken. 404: the temporary file is gone, which happens when a MOVE was
    // carried out but its answer lost and the request sent again (by us or by QtNetwork,
    // which resends on a fresh connection by itself). Either way what is there now decides.
    if (reply.status == 412 || reply.status == 404) {
        Result<QByteArray> present = client.hashOf(target, source.size());
        client.discard(temporary);
        if (present && *present == sha256)
            return {};
        if (reply.status == 412)
            return Error::operationFailed(
                tr("%1 already holds a different %2; nothing was replaced")
                    .arg(displayName(), name));
    }
    client.discard(temporary);
    return client.failure(reply, target);
}

Status WebDavDestination::fetch(const QString &name, const QString &localFile,
                                const Progress &progress)
{
    if (!acceptsName(name))
        return Error::invalidInput(nameRule(name));
    WebDavClient client(m_collection, m_password, m_retry, m_allowInsecureHttp);
    const QUrl source = client.url(name);
    // The size the server lists bounds the download: a server from elsewhere that sends on
    // and on (or announces more) is cut off rather than filling the disk.
    Result<QList<DavMultistatus::Resource>> listed = client.propfind(source, "0");
    if (!listed)
        return listed.error();
    const qint64 listedSize = listed->isEmpty() ? -1 : listed->first().size;
    if (listedSize > WebDavClient::maxDownloadSize)
        return Error::operationFailed(
            tr("The WebDAV server lists %1 at %2 bytes, more than the %3 bytes a backup may have "
               "here; it was not downloaded")
                .arg(displayUrl(source))
                .arg(listedSize)
                .arg(WebDavClient::maxDownloadSize));
    const QString folder = QFileInfo(localFile).absolutePath();
    if (const QStorageInfo disk(folder);
        listedSize > 0 && disk.isValid() && disk.bytesAvailable() < listedSize)
        return Error::operationFailed(
            tr("%1 has %2 bytes free, too few for %3 (%4 bytes); it was not downloaded")
                .arg(folder)
                .arg(disk.bytesAvailable())
                .arg(displayUrl(source))
                .arg(listedSize));

    const QString partial = localFile + QStringLiteral(".partial");
    QFile out(partial);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate, QFile::ReadOwner | QFile::WriteOwner)
        || !PrivateFiles::restrict(out.handle()))
        return Error::operationFailed(tr("Cannot write %1: %2").arg(partial, out.errorString()));
    WebDavClient::Request get{"GET", source};
    get.maxBody =
        listedSize >= 0 ? listedSize + WebDavClient::downloadMargin : WebDavClient::maxDownloadSize;
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
    const WebDavClient::Reply reply = client.send(get);
    if (!reply.succeeded()) {
        const QString reason = out.errorString();
        out.close();
        QFile::remove(partial);
        if (writeFailed)
            return Error::operationFailed(tr("Cannot write %1: %2").arg(partial, reason));
        return client.failure(reply, source);
    }
    return AtomicFile::commit(out, localFile);
}

Status WebDavDestination::remove(const QString &name)
{
    if (!acceptsName(name))
        return Error::invalidInput(nameRule(name));
    WebDavClient client(m_collection, m_password, m_retry, m_allowInsecureHttp);
    const QUrl target = client.url(name);
    WebDavClient::Request request{"DELETE", target};
    const WebDavClient::Reply reply = client.send(request);
    if (reply.succeeded())
        return {};
    // Not there (any more) is the outcome asked for; a DELETE whose answer was lost and that
    // was sent again also ends here.
    if (reply.status == 404) {
        // ... but only when the collection itself is there (not a mistyped URL).
        Result<QList<DavMultistatus::Resource>> folder = client.propfind(client.url(), "0");
        if (!folder)
            return folder.error();
        return {};
    }
    return client.failure(reply, target);
}

} // namespace Hubstate::Core
