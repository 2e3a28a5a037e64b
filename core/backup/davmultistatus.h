#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Hubstate::Core {

// The 207 Multi-Status answer of a WebDAV server to PROPFIND (RFC 4918), read with
// QXmlStreamReader: only what a backup destination needs of it.
class DavMultistatus
{
public:
    struct Resource
    {
        QString path; // the href's path, percent-decoded
        bool collection = false;
        qint64 size = -1; // getcontentlength, -1 when not given
        QDateTime modified; // getlastmodified, UTC; invalid when not given
    };

    // Each response's href and, from its "200" propstat, the properties above. An empty list
    // and `problem` set when the document is not well-formed or not a DAV:multistatus.
    static QList<Resource> parse(const QByteArray &body, QString *problem);
    // RFC 1123 dates ("Wed, 25 Nov 2026 16:49:25 GMT"); Qt's RFC 2822 parser does not take
    // the "GMT" zone.
    static QDateTime parseHttpDate(const QString &text);
};

} // namespace Hubstate::Core
