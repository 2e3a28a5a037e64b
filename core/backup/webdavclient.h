#pragma once

#include "davmultistatus.h"
#include "destination.h"

#include <QCoreApplication>
#include <QUrl>
#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkRequest;

namespace Hubstate::Core {

// How often and how patiently a WebDAV request is tried.
struct WebDavRetryPolicy
{
    int attempts = 4; // in all, the first one included
    std::chrono::milliseconds firstDelay{500}; // doubled before each further attempt
    // Waits between attempts; tests record the delays instead of sleeping.
    std::function<void(std::chrono::milliseconds)> wait;
    // A transfer with no progress for this long is abandoned (and retried).
    std::chrono::milliseconds stallTimeout{60000};
};

// One operation's HTTP conversation with a WebDAV collection: its own QNetworkAccessManager
// in the calling thread (keep-alive within the operation, nothing shared across threads), each
// request run to completion in a local event loop, retried per the policy, its answer turned
// into a user-facing Error that names the URL and never the password.
class WebDavClient
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::WebDavClient)

public:
    struct Request
    {
        Request(QByteArray method, QUrl target)
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
        Destination::Progress progress; // of the upload when there is one, else the download
        // The most a 2xx body may have (sunk or kept): a server that announces or sends more
        // is cut off and the reply fails, not retried. -1: the cap for a listing.
        qint64 maxBody = -1;
    };

    struct Reply
    {
        int status = 0; // 0: no HTTP answer at all
        QByteArray reason;
        QByteArray location; // of a redirect
        QByteArray etag; // S3 names an uploaded part by it
        int networkError = 0; // QNetworkReply::NetworkError
        QString errorString;
        QByteArray body; // bodies that are not sunk (listings, error pages), capped
        QString certificateErrors;
        QString localFailure; // reading the upload or writing the download failed, or refused
        bool cancelled = false;
        bool tooLarge = false; // the 2xx body went past Request::maxBody
        int attempts = 0;

        bool succeeded() const { return status >= 200 && status < 300 && localFailure.isEmpty(); }
    };

    // What a server may send for a listing (PROPFIND) or any other answer kept in memory;
    // a listing of a few thousand entries is far below it.
    static constexpr qint64 maxListingSize = 16 * 1024 * 1024;
    // What a download may have beyond the size the server listed for the file.
    static constexpr qint64 downloadMargin = 64 * 1024;
    // What any download may have, listed or not: far above the largest profile's backup.
    static constexpr qint64 maxDownloadSize = 32LL * 1024 * 1024 * 1024;

    // `collection` ends in '/' and carries the user name; `password` and `retry` must outlive
    // the client. Basic credentials go over plain http:// only to this machine, unless
    // `allowInsecureHttp` (backup.allowInsecureHttp) says the network is trusted.
    WebDavClient(const QUrl &collection, const QByteArray &password, const WebDavRetryPolicy &retry,
                 bool allowInsecureHttp = false);
    ~WebDavClient();
    WebDavClient(const WebDavClient &) = delete;
    WebDavClient &operator=(const WebDavClient &) = delete;

    // Adds headers to each attempt of every request just before it goes out: how an S3
    // destination signs (a retry is signed anew, with its own time).
    using Authorizer = std::function<void(QNetworkRequest &, const Request &)>;
    void setAuthorizer(Authorizer authorizer) { m_authorizer = std::move(authorizer); }

    // The collection's URL, or a member's, without user info.
    QUrl url(const QString &name = {}) const;

    // Runs `request`, again after network errors and 5xx (not 4xx, certificate errors or a
    // cancel), at most `attempts` times (-1: the policy's).
    [[nodiscard]] Reply send(Request &request, int attempts = -1);
    // The user-facing error for a reply that was not a success.
    Error failure(const Reply &reply, const QUrl &url) const;

    // True when credentials sent to `url` cannot be read on the way: https://, or http:// to
    // a loopback address (127.0.0.0/8, ::1, "localhost").
    static bool protectsCredentials(const QUrl &url);
    // Why credentials are not sent to `collection` over http://, and how to allow it.
    static QString insecureHttpRefusal(const QUrl &collection);

    // PROPFIND with `depth` "0" or "1"; `status` receives the HTTP status.
    [[nodiscard]] Result<QList<DavMultistatus::Resource>>
    propfind(const QUrl &url, const char *depth, int *status = nullptr);
    // Creates the collection itself (not its parents) when it is missing.
    [[nodiscard]] Status makeCollection();
    // The SHA-256 of a member of `expectedSize` bytes, downloaded and hashed without being
    // kept; a server that sends more is cut off.
    [[nodiscard]] Result<QByteArray> hashOf(const QUrl &url, qint64 expectedSize,
                                            const Destination::Progress &progress = {});
    // The name a store uploads `name` under before it is checked and moved into place. Every
    // server lists it (no leading dot: nginx leaves dot-files out of listings), it is never
    // a backup name, and the sweep below knows it: NAME.upload-TOKEN.partial.
    static QString temporaryName(const QString &name);
    // The file testConnection writes and deletes again, named like a temporary file.
    static QString probeName();
    // True for temporary names of this and of earlier versions (.NAME.partial-TOKEN), and
    // for the probes of testConnection.
    static bool isTemporaryName(const QString &name);
    // Temporary files of stores that were killed, or whose upload the server finished after it
    // was abandoned, are removed once they are a day old (never a store still running).
    void sweepStalePartials(const QList<DavMultistatus::Resource> &entries);
    // Best effort, one attempt: removes a temporary file after a failure.
    void discard(const QUrl &url);

private:
    Reply once(Request &request);

    QUrl m_collection;
    const QByteArray &m_password;
    const WebDavRetryPolicy &m_retry;
    bool m_allowInsecureHttp = false;
    std::unique_ptr<QNetworkAccessManager> m_network;
    Authorizer m_authorizer;
};

} // namespace Hubstate::Core
