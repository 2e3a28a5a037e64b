#include "destinationaddress.h"

#include "core/backup/s3destination.h"
#include "core/backup/webdavclient.h"
#include "core/backup/webdavdestination.h"

#include <QDir>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace Hubstate::Ui {

using Core::BackupDestination;
using Kind = Core::BackupDestination::Kind;

namespace {

// A URL as typed: a space stands for %20, as the core reads it.
QUrl typedUrl(const QString &text)
{
    QString encoded = text.trimmed();
    encoded.replace(u' ', QStringLiteral("%20"));
    return QUrl(encoded, QUrl::StrictMode);
}

QString withoutEndSlashes(const QString &text)
{
    QString trimmed = text.trimmed();
    while (trimmed.startsWith(u'/'))
        trimmed.remove(0, 1);
    while (trimmed.endsWith(u'/'))
        trimmed.chop(1);
    return trimmed;
}

// The rule backup.destinations gives a single entry of this location, empty when it keeps it.
QString listRule(Kind kind, const QString &location)
{
    BackupDestination entry;
    entry.name = QStringLiteral("destination");
    entry.kind = kind;
    entry.location = location;
    const Core::Result<QList<BackupDestination>> parsed =
        Core::BackupDestinations::parse(Core::BackupDestinations::toJson({entry}));
    return parsed ? QString() : DestinationAddress::ruleOf(parsed.error().message);
}

} // namespace

DestinationAddress DestinationAddress::fromLocation(const QString &location)
{
    DestinationAddress address;
    const QString text = location.trimmed();
    address.kind = Core::BackupDestinations::kindOf(text);
    switch (address.kind) {
    case Kind::Folder: address.folder = text; break;
    case Kind::WebDav: {
        QUrl url(QString(text).replace(u' ', QStringLiteral("%20")), QUrl::TolerantMode);
        address.webDavUser = url.userName();
        url.setUserInfo({});
        address.webDavUrl = url.toString(QUrl::FullyEncoded);
        break;
    }
    case Kind::S3: {
        const QUrl url(text, QUrl::TolerantMode);
        QUrl endpoint;
        endpoint.setScheme(url.scheme().compare(QLatin1String("s3+http"), Qt::CaseInsensitive) == 0
                               ? QStringLiteral("http")
                               : QStringLiteral("https"));
        endpoint.setHost(url.host());
        endpoint.setPort(url.port(-1));
        address.s3Endpoint = endpoint.toString(QUrl::FullyEncoded);
        address.s3KeyId = url.userName(QUrl::FullyDecoded);
        const QString path = withoutEndSlashes(url.path(QUrl::FullyDecoded));
        address.s3Bucket = path.section(u'/', 0, 0);
        address.s3Prefix = path.section(u'/', 1);
        const QUrlQuery query(url);
        address.s3Region = query.queryItemValue(QStringLiteral("region"), QUrl::FullyDecoded);
        const QString style = query.queryItemValue(QStringLiteral("style"), QUrl::FullyDecoded);
        address.s3Style = style == QLatin1String("path") ? Style::Path
            : style == QLatin1String("virtual")          ? Style::Virtual
                                                         : Style::Automatic;
        break;
    }
    }
    return address;
}

QString DestinationAddress::location() const
{
    switch (kind) {
    case Kind::Folder: {
        const QString path = folder.trimmed();
        return path.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(path));
    }
    case Kind::WebDav: {
        QUrl url = typedUrl(webDavUrl);
        if (!url.isValid())
            return webDavUrl.trimmed();
        if (!webDavUser.trimmed().isEmpty())
            url.setUserName(webDavUser.trimmed());
        return url.toString(QUrl::FullyEncoded);
    }
    case Kind::S3: return s3Location(s3KeyId, s3Endpoint, s3Bucket, s3Prefix, s3Region);
    }
    return {};
}

QString DestinationAddress::s3Location(const QString &keyId, const QString &endpoint,
                                       const QString &bucket, const QString &prefix,
                                       const QString &region) const
{
    QUrl server = typedUrl(endpoint);
    server.setUserInfo({});
    QString text = server.scheme() == QLatin1String("http") ? QStringLiteral("s3+http://")
                                                            : QStringLiteral("s3://");
    text += QString::fromLatin1(QUrl::toPercentEncoding(keyId.trimmed())) + u'@'
        + server.authority(QUrl::FullyEncoded) + u'/'
        + QString::fromLatin1(QUrl::toPercentEncoding(bucket.trimmed())) + u'/';
    const QString inBucket = withoutEndSlashes(prefix);
    if (!inBucket.isEmpty())
        text += QString::fromLatin1(QUrl::toPercentEncoding(inBucket, "/")) + u'/';
    QStringList settings;
    if (!region.trimmed().isEmpty())
        settings.append(QStringLiteral("region=")
                        + QString::fromLatin1(QUrl::toPercentEncoding(region.trimmed())));
    if (s3Style != Style::Automatic)
        settings.append(s3Style == Style::Path ? QStringLiteral("style=path")
                                               : QStringLiteral("style=virtual"));
    if (!settings.isEmpty())
        text += u'?' + settings.join(u'&');
    return text;
}

QList<DestinationAddress::Problem> DestinationAddress::problems() const
{
    QList<Problem> found;
    switch (kind) {
    case Kind::Folder:
        if (folder.trimmed().isEmpty()) {
            found.append({Field::Folder, tr("Choose the folder backups go to."), true});
        } else if (const QString rule = listRule(kind, location()); !rule.isEmpty()) {
            found.append({Field::Folder, rule});
        }
        return found;
    case Kind::WebDav: {
        if (webDavUrl.trimmed().isEmpty()) {
            found.append({Field::WebDavUrl, tr("Type the address of the WebDAV folder."), true});
            return found;
        }
        const QUrl url = typedUrl(webDavUrl);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != u"https" && scheme != u"http") || url.host().isEmpty()) {
            found.append({Field::WebDavUrl,
                          tr("The address starts with https:// (or http://) and names a server, "
                             "as https://dav.example.org/backups/.")});
            return found;
        }
        if (!url.password().isEmpty()) {
            found.append({Field::WebDavUrl,
                          tr("Leave the password out of the address: type it under Password, "
                             "from where it goes to the keychain.")});
            return found;
        }
        if (!url.userName().isEmpty() && !webDavUser.trimmed().isEmpty()
            && url.userName() != webDavUser.trimmed()) {
            found.append({Field::WebDavUser,
                          tr("The address names the user %1 already: give the user in one "
                             "place.")
                              .arg(url.userName())});
            return found;
        }
        if (const QString rule = listRule(kind, location()); !rule.isEmpty())
            found.append({Field::WebDavUrl, rule});
        return found;
    }
    case Kind::S3: return s3Problems();
    }
    return found;
}

QList<DestinationAddress::Problem> DestinationAddress::s3Problems() const
{
    QList<Problem> found;
    if (s3Endpoint.trimmed().isEmpty()) {
        found.append({Field::S3Endpoint, tr("Type the address of the S3 server."), true});
    } else {
        const QUrl server = typedUrl(s3Endpoint);
        const QString scheme = server.scheme().toLower();
        if (!server.isValid() || (scheme != u"https" && scheme != u"http")
            || server.host().isEmpty()) {
            found.append({Field::S3Endpoint,
                          tr("The endpoint starts with https:// (or http://) and names the "
                             "server, as https://s3.example.com or http://127.0.0.1:9000.")});
        } else if (!server.userInfo().isEmpty()) {
            found.append({Field::S3Endpoint,
                          tr("Leave the key id out of the endpoint: it has a field of its own.")});
        } else if ((!server.path().isEmpty() && server.path() != u"/") || server.hasQuery()
                   || server.hasFragment()) {
            found.append({Field::S3Endpoint,
                          tr("The endpoint is the server's address only: the bucket and the "
                             "folder in it have fields of their own.")});
        }
    }
    if (s3Bucket.trimmed().isEmpty())
        found.append({Field::S3Bucket, tr("Type the name of the bucket."), true});
    if (s3KeyId.trimmed().isEmpty())
        found.append({Field::S3KeyId, tr("Type the access key id."), true});
    if (!found.isEmpty())
        return found;

    // The core's rules, said about the field they concern: the field that alone breaks a rule
    // (among others known to be sound) is the one the message goes under.
    const QString full = location();
    const Core::Result<Core::S3Location> parsed = Core::S3Destination::parse(QUrl(full));
    if (!parsed) {
        const QString good = QStringLiteral("https://s3.example.com");
        struct Alone
        {
            Field field;
            QString location;
        };
        const Alone alone[] = {
            {Field::S3KeyId,
             s3Location(s3KeyId, good, QStringLiteral("bucket"), {}, QStringLiteral("us-east-1"))},
            {Field::S3Bucket,
             s3Location(QStringLiteral("KEYID"), good, s3Bucket, {}, QStringLiteral("us-east-1"))},
            {Field::S3Prefix,
             s3Location(QStringLiteral("KEYID"), good, QStringLiteral("bucket"), s3Prefix,
                        QStringLiteral("us-east-1"))},
            {Field::S3Region,
             s3Location(QStringLiteral("KEYID"), good, QStringLiteral("bucket"), {}, s3Region)},
        };
        Field field = s3Style == Style::Virtual ? Field::S3Style : Field::S3Endpoint;
        for (const Alone &candidate : alone) {
            if (!Core::S3Destination::parse(QUrl(candidate.location))) {
                field = candidate.field;
                break;
            }
        }
        found.append({field, parsed.error().message});
        return found;
    }
    if (const QString rule = listRule(kind, full); !rule.isEmpty())
        found.append({Field::S3Endpoint, rule});
    return found;
}

QString DestinationAddress::secretName() const
{
    if (kind == Kind::Folder || !problems().isEmpty())
        return {};
    const QUrl url(location());
    if (kind == Kind::WebDav)
        return url.userName().isEmpty() ? QString()
                                        : Core::WebDavDestination::passwordSecretName(url);
    const Core::Result<Core::S3Location> parsed = Core::S3Destination::parse(url);
    return parsed ? Core::S3Destination::secretName(*parsed) : QString();
}

QString DestinationAddress::insecureWarning(bool allowInsecureHttp) const
{
    if (allowInsecureHttp || kind == Kind::Folder || !problems().isEmpty())
        return {};
    const QUrl url(location());
    if (kind == Kind::WebDav) {
        if (url.userName().isEmpty() || Core::WebDavClient::protectsCredentials(url))
            return {};
        return Core::WebDavClient::insecureHttpRefusal(url);
    }
    QUrl server;
    server.setScheme(url.scheme() == QLatin1String("s3+http") ? QStringLiteral("http")
                                                              : QStringLiteral("https"));
    server.setHost(url.host());
    if (Core::WebDavClient::protectsCredentials(server))
        return {};
    return tr("Backups would go to %1 over plain http://, where anyone on the network between "
              "could read or change them: Hubstate refuses that unless \"Send the WebDAV "
              "password over plain HTTP\" (backup.allowInsecureHttp) is on. Use an https:// "
              "endpoint where the server has one.")
        .arg(url.host());
}

QString DestinationAddress::ruleOf(const QString &message, QString *member)
{
    // `backup.destinations[2] ("nas").location: a folder must be an absolute path`
    static const QRegularExpression entry(
        QStringLiteral("^\\S+\\[\\d+\\] \\(\".*\"\\)\\.(\\w+)(?:\\.\\w+)*: (.*)$"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = entry.match(message);
    if (member)
        *member = match.hasMatch() ? match.captured(1) : QString();
    if (!match.hasMatch())
        return message;
    QString rule = match.captured(2);
    if (!rule.isEmpty())
        rule[0] = rule.at(0).toUpper();
    return rule;
}

} // namespace Hubstate::Ui
