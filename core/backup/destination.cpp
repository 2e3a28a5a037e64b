#include "destination.h"

#include "localfolderdestination.h"
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

// One entry per destination kind; an S3 kind adds a line here and a class beside the others.
using Opener = Result<std::unique_ptr<Destination>> (*)(const QUrl &, const SecretStore *);

Result<std::unique_ptr<Destination>> openWebDav(const QUrl &url, const SecretStore *secrets)
{
    Result<std::unique_ptr<WebDavDestination>> opened = WebDavDestination::open(url, secrets);
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
};

} // namespace

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

Result<std::unique_ptr<Destination>> openDestination(const QString &spec,
                                                     const SecretStore *secrets)
{
    if (spec.trimmed().isEmpty())
        return Error::invalidInput(tr("No backup destination given (a folder or an http(s):// "
                                      "WebDAV URL)"));
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
        const QUrl url(spec, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return Error::invalidInput(
                tr("%1 is not a valid backup destination URL: %2")
                    .arg(WebDavDestination::displayUrl(QUrl(spec)), url.errorString()));
        return kind.open(url, secrets);
    }
    return Error::invalidInput(
        tr("Backup destinations of kind \"%1\" are not supported (use a folder, http:// or "
           "https://)")
            .arg(scheme));
}

} // namespace Hubstate::Core
