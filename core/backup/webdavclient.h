#pragma once

#include "davmultistatus.h"
#include "destination.h"

#include <QCoreApplication>
#include <QUrl>
#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

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
    };

    struct Reply
    {
        int status = 0; // 0: no HTTP answer at all
        QByteArray reason;
        QByteArray location; // of a redirect
        int networkError = 0; // QNetworkReply::NetworkError
        QString errorString;
        QByteArray body; // bodies that are not sunk (listings, error pages), capped
        QString certificateErrors;
        QString localFailure; // reading the upload or writing the download failed
        bool cancelled = false;
        int attempts = 0;

        bool succeeded() const { return status >= 200 && status < 300 && localFailure.isEmpty(); }
    };

    // `collection` ends in '/' and carries the user name; `password` and `retry` must outlive
    // the client.
    WebDavClient(const QUrl &collection, const QByteArray &password,
                 const WebDavRetryPolicy &retry);
    ~WebDavClient();
    WebDavClient(const WebDavClient &) = delete;
    WebDavClient &operator=(const WebDavClient &) = delete;

    // The collection's URL, or a member's, without user info.
    QUrl url(const QString &name = {}) const;

    // Runs `request`, again after network errors and 5xx (not 4xx, certificate errors or a
    // cancel), at most `attempts` times (-1: the policy's).
    [[nodiscard]] Reply send(Request &request, int attempts = -1);
    // The user-facing error for a reply that was not a success.
    Error failure(const Reply &reply, const QUrl &url) const;

    // PROPFIND with `depth` "0" or "1"; `status` receives the HTTP status.
    [[nodiscard]] Result<QList<DavMultistatus::Resource>>
    propfind(const QUrl &url, const char *depth, int *status = nullptr);
    // Creates the collection itself (not its parents) when it is missing.
    [[nodiscard]] Status makeCollection();
    // The SHA-256 of a member, downloaded and hashed without being kept.
    [[nodiscard]] Result<QByteArray> hashOf(const QUrl &url,
                                            const Destination::Progress &progress = {});
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
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace Hubstate::Core
