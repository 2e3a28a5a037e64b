#pragma once

#include "destination.h"
#include "webdavclient.h"

#include <QCoreApplication>
#include <QUrl>
#include <functional>
#include <memory>

namespace Hubstate::Core {

namespace S3 {
class SigV4Signer;
}

// Where an S3 destination keeps its files.
struct S3Location
{
    QString scheme; // "https" or "http"
    QString host; // the endpoint, without the bucket
    int port = -1;
    QString region;
    QString bucket;
    QString prefix; // empty, or ends in '/'
    QString accessKeyId;
    bool pathStyle = true; // https://host/bucket/key rather than https://bucket.host/key
};

// How an S3 destination talks to its server.
struct S3Options
{
    WebDavRetryPolicy retry;
    bool allowInsecureHttp = false; // backup.allowInsecureHttp
    qint64 multipartThreshold = 64LL * 1024 * 1024; // larger files go in parts
    qint64 partSize = 16LL * 1024 * 1024; // S3's least is 5 MiB (but for the last part)
    int pageSize = 1000; // objects per listing page (S3's most)
    // The time requests are dated with; tests move it to see a clock skew answered.
    std::function<QDateTime()> clock;
};

// Backups in a bucket of an S3-compatible object store (AWS S3, Backblaze B2, Wasabi,
// Cloudflare R2, MinIO, Ceph RGW, Garage) through QtNetwork, every request signed with AWS
// Signature Version 4. Written as
//
//     s3://KEYID@ENDPOINT[:PORT]/BUCKET[/PREFIX/][?region=REGION&style=path|virtual]
//
// (`s3+http://` for a plain-http endpoint on this machine or a trusted network). The secret
// access key comes from the keychain (secretName) and is never sent, shown or logged: only
// signatures made with it go out.
//
// An object store has no rename, but an upload becomes visible whole or not at all: a file up
// to the multipart threshold is one PUT whose SHA-256 is signed (AWS refuses a body that does
// not match it); a larger one is a multipart upload of parts, each with its own signed
// SHA-256, aborted on any failure so that no parts stay behind to be billed. Either way the
// object is then downloaded and hashed, and removed again when it does not read back intact.
// Requests failing on the network or with a 5xx (503 SlowDown included) are retried with
// back-off; the others end with a message that says what to fix.
class S3Destination final : public Destination
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::S3Destination)

public:
    using Location = S3Location;
    using Options = S3Options;

    S3Destination(Location location, QByteArray secret, Options options = {});
    ~S3Destination() override;

    // Reads an s3:// or s3+http:// URL; Error::invalidInput naming what is wrong.
    [[nodiscard]] static Result<Location> parse(const QUrl &url);
    // Reads the secret of the URL's key id from `secrets`; Error::invalidInput naming the
    // secret and the command that stores it when it is missing.
    [[nodiscard]] static Result<std::unique_ptr<S3Destination>>
    open(const QUrl &url, const SecretStore *secrets, Options options = {});
    // The keychain entry of the secret access key: "backup.s3." followed by
    // "KEYID@host:port" percent-encoded with '_' in place of '%'.
    static QString secretName(const Location &location);
    // s3://KEYID@host:port/bucket/prefix/?region=R&style=S, as the catalog and messages show it.
    static QString displayLocation(const Location &location);

    const Location &location() const { return m_location; }
    // The address a file is read and written at: https://ENDPOINT/BUCKET/PREFIX/NAME in path
    // style, https://BUCKET.ENDPOINT/PREFIX/NAME in virtual-hosted style.
    QUrl urlOf(const QString &name) const { return objectUrl(m_location.prefix + name); }

    QString displayName() const override;
    // The file's URL: the prefix and the name, then the settings (region, style).
    QString displayNameOf(const QString &file) const override;
    [[nodiscard]] Status testConnection() override;
    [[nodiscard]] Result<QList<Entry>> list() override;
    [[nodiscard]] Status store(const QString &localFile, const QString &name,
                               const QByteArray &sha256, const Progress &progress = {}) override;
    [[nodiscard]] Status fetch(const QString &name, const QString &localFile,
                               const Progress &progress = {}) override;
    [[nodiscard]] Status remove(const QString &name) override;

private:
    std::unique_ptr<WebDavClient> client();
    QUrl objectUrl(const QString &key,
                   const QList<std::pair<QByteArray, QByteArray>> &query = {}) const;
    Error failure(const WebDavClient::Reply &reply, const QString &what) const;
    // Objects whose key starts with prefix + `start`, every page followed; `limit` stops early.
    [[nodiscard]] Result<QList<Entry>> listKeys(WebDavClient &client, const QString &start,
                                                int limit = -1);
    [[nodiscard]] Result<qint64> sizeOf(WebDavClient &client, const QString &name);
    [[nodiscard]] Result<QByteArray> hashOf(WebDavClient &client, const QString &name, qint64 size,
                                            const Progress &progress = {});
    [[nodiscard]] Status putWhole(WebDavClient &client, const QString &localFile,
                                  const QString &name, const QByteArray &sha256,
                                  const Progress &progress);
    [[nodiscard]] Status putInParts(WebDavClient &client, const QString &localFile,
                                    const QString &name, qint64 size, const Progress &progress);

    Location m_location;
    std::unique_ptr<S3::SigV4Signer> m_signer;
    Options m_options;
};

} // namespace Hubstate::Core
