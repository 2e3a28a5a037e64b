#include "destination.h"

#include "core/settings/preferencesstore.h"
#include "localfolderdestination.h"
#include "s3destination.h"
#include "webdavdestination.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QUrl>

namespace Hubstate::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Hubstate::Core::Destination", text);
}

// One entry per destination kind (URL scheme).
using Opener = Result<std::unique_ptr<Destination>> (*)(const QUrl &, const SecretStore *,
                                                        const PreferencesStore *,
                                                        const WebDavRetryPolicy *);

Result<std::unique_ptr<Destination>> openWebDav(const QUrl &url, const SecretStore *secrets,
                                                const PreferencesStore *settings,
                                                const WebDavRetryPolicy *retry)
{
    const bool allowInsecureHttp =
        settings && settings->value(QStringLiteral("backup.allowInsecureHttp")).toBool();
    Result<std::unique_ptr<WebDavDestination>> opened = WebDavDestination::open(
        url, secrets, allowInsecureHttp, retry ? *retry : WebDavRetryPolicy());
    if (!opened)
        return opened.error();
    return std::unique_ptr<Destination>(std::move(opened).value());
}

Result<std::unique_ptr<Destination>> openS3(const QUrl &url, const SecretStore *secrets,
                                            const PreferencesStore *settings,
                                            const WebDavRetryPolicy *retry)
{
    S3Destination::Options options;
    options.allowInsecureHttp =
        settings && settings->value(QStringLiteral("backup.allowInsecureHttp")).toBool();
    if (retry)
        options.retry = *retry;
    Result<std::unique_ptr<S3Destination>> opened = S3Destination::open(url, secrets, options);
    if (!opened)
        return opened.error();
    return std::unique_ptr<Destination>(std::move(opened).value());
}

struct Kind
{
    const char *scheme;
    Opener open;
};
constexpr Kind kinds[] = {
    {"http", &openWebDav},
    {"https", &openWebDav},
    {"s3", &openS3},
    {"s3+http", &openS3},
};

bool isUrl(const QString &spec)
{
    static const QRegularExpression urlPattern(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    return urlPattern.match(spec).hasMatch();
}

// A URL as typed: a space (as in "My Backups") is what %20 stands for, so it is encoded; any
// other character Qt's strict parser refuses is named, not guessed at.
Result<QUrl> parseUrl(const QString &spec)
{
    QString text = spec.trimmed();
    text.replace(u' ', QStringLiteral("%20"));
    const QUrl url(text, QUrl::StrictMode);
    if (url.isValid() && !url.host().isEmpty())
        return url;
    // Qt's own text goes on with a dump of the parse, password included: its first clause
    // names the problem.
    QString reason = url.errorString().section(QStringLiteral("; source was"), 0, 0).trimmed();
    if (reason.isEmpty())
        reason = tr("it names no server");
    return Error::invalidInput(
        tr("%1 is not a valid backup destination URL: %2").arg(displaySpec(spec), reason));
}

} // namespace

QString Destination::displayNameOf(const QString &file) const
{
    const QString where = displayName();
    return where.endsWith(u'/') ? QString(where + file) : QString(where + u'/' + file);
}

QString displaySpec(const QString &spec)
{
    if (!isUrl(spec))
        return spec;
    QString text = spec.trimmed();
    text.replace(u' ', QStringLiteral("%20"));
    const QUrl url(text, QUrl::TolerantMode);
    if (url.isValid())
        return WebDavDestination::displayUrl(url);
    // Not even that parses: what follows the user information, which may hold a password.
    const qsizetype start = text.indexOf(QLatin1String("://")) + 3;
    const qsizetype at = text.lastIndexOf(u'@');
    return at > start ? QString(text.left(start) + text.mid(at + 1)) : text;
}

bool isRemoteSpec(const QString &spec)
{
    for (const char *scheme : {"http://", "https://", "s3://", "s3+http://"}) {
        if (spec.startsWith(QLatin1String(scheme), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool isBackupFileName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9_+-][A-Za-z0-9._+-]{0,199}$"));
    return pattern.match(name).hasMatch()
        && (name.endsWith(QLatin1String(".hsbk")) || name.endsWith(QLatin1String(".tar.zst"))
            || name.endsWith(QLatin1String(".tar")))
        && name != QLatin1String(".hsbk") && name != QLatin1String(".tar.zst")
        && name != QLatin1String(".tar");
}

bool isSyncFileName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9.-]{0,99}\\.hsync$"));
    return pattern.match(name).hasMatch();
}

bool Destination::acceptsName(const QString &name) const
{
    return m_fileKind == FileKind::Sync ? isSyncFileName(name) : isBackupFileName(name);
}

QString Destination::nameRule(const QString &name) const
{
    return m_fileKind == FileKind::Sync
        ? tr("\"%1\" is not a sync file name (lower-case letters, digits, '.' and '-', ending "
             "in .hsync)")
              .arg(name)
        : tr("\"%1\" is not a backup file name (a plain name ending in .hsbk or .tar.zst)")
              .arg(name);
}

Result<std::unique_ptr<Destination>> openDestination(const QString &spec,
                                                     const SecretStore *secrets,
                                                     const PreferencesStore *settings,
                                                     const WebDavRetryPolicy *retry)
{
    if (spec.trimmed().isEmpty())
        return Error::invalidInput(tr("No backup destination given (a folder, an http(s):// "
                                      "WebDAV URL or an s3:// URL)"));
    // "scheme://..." is a URL; anything else (including "C:..." never seen here) is a path.
    static const QRegularExpression urlPattern(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const QRegularExpressionMatch match = urlPattern.match(spec);
    if (!match.hasMatch())
        return std::unique_ptr<Destination>(
            std::make_unique<LocalFolderDestination>(QDir::cleanPath(QDir(spec).absolutePath())));

    const QString scheme = match.captured(1).toLower();
    if (scheme == QLatin1String("file")) {
        const QUrl url(spec);
        if (!url.isValid() || !url.isLocalFile())
            return Error::invalidInput(tr("%1 is not a valid file:// URL").arg(spec));
        return std::unique_ptr<Destination>(
            std::make_unique<LocalFolderDestination>(QDir::cleanPath(url.toLocalFile())));
    }
    for (const Kind &kind : kinds) {
        if (scheme != QLatin1String(kind.scheme))
            continue;
        Result<QUrl> url = parseUrl(spec);
        if (!url)
            return url.error();
        return kind.open(*url, secrets, settings, retry);
    }
    return Error::invalidInput(
        tr("Backup destinations of kind \"%1\" are not supported (use a folder, http:// or "
           "https:// for WebDAV, or s3:// for S3-compatible storage)")
            .arg(scheme));
}

} // namespace Hubstate::Core
