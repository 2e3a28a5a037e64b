#pragma once

#include "destination.h"
#include "webdavclient.h"

#include <QCoreApplication>
#include <QUrl>
#include <chrono>

namespace Hubstate::Core {

// Backups on a WebDAV server (Apache mod_dav, nginx, Nextcloud, ...) through QtNetwork. A
// store PUTs to `<name>.upload-<random>.partial` (WebDavClient::temporaryName), checks what
// arrived (its size by PROPFIND, its SHA-256 by downloading it again), then MOVEs it into place
// without overwriting; temporary names are never listed as backups, and those a killed store
// left are swept by a later one. A fetch downloads no more than the size the server lists.
// Requests that fail on the network or with a 5xx are retried with back-off; 4xx answers and
// certificate errors are not. Each operation runs its own event loop, so any thread without a
// running event loop may call it.
//
// The URL names the collection and the user (`https://alice@dav.example.org/backups/`); the
// password comes from the keychain (passwordSecretName) and never appears in a URL, a message
// or a log. It is sent over plain http:// only to this machine, unless allowInsecureHttp.
class WebDavDestination final : public Destination
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::WebDavDestination)

public:
    using RetryPolicy = WebDavRetryPolicy;

    WebDavDestination(const QUrl &collection, QByteArray password, RetryPolicy retry = {},
                      bool allowInsecureHttp = false);
    ~WebDavDestination() override;

    // Reads the password of the URL's user from `secrets`; Error::invalidInput naming the
    // secret and the command that stores it when it is missing, or saying why a user's
    // password is not sent over http:// to another machine unless `allowInsecureHttp`.
    [[nodiscard]] static Result<std::unique_ptr<WebDavDestination>>
    open(const QUrl &collection, const SecretStore *secrets, bool allowInsecureHttp = false,
         RetryPolicy retry = {});

    // The keychain entry that holds the password for `url`'s user, host and port:
    // "backup.webdav." followed by "user@host:port" percent-encoded with '_' in place of '%'
    // (https://alice@dav.example.org/x/ -> backup.webdav.alice_40dav.example.org_3A443).
    static QString passwordSecretName(const QUrl &url);
    // The URL as messages show it: any password removed, percent-encoded as it goes on the
    // wire (a space as %20), so that it can be copied back into a command.
    static QString displayUrl(const QUrl &url);

    QUrl collection() const { return m_collection; }

    QString displayName() const override;
    [[nodiscard]] Status testConnection() override;
    [[nodiscard]] Result<QList<Entry>> list() override;
    [[nodiscard]] Status store(const QString &localFile, const QString &name,
                               const QByteArray &sha256, const Progress &progress = {}) override;
    [[nodiscard]] Status fetch(const QString &name, const QString &localFile,
                               const Progress &progress = {}) override;
    [[nodiscard]] Status remove(const QString &name) override;

private:
    QUrl m_collection; // ends in '/', user name kept, no password
    QByteArray m_password;
    RetryPolicy m_retry;
    bool m_allowInsecureHttp = false;
};

} // namespace Hubstate::Core
