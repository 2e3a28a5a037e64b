#include "davmultistatus.h"

#include <QUrl>
#include <QXmlStreamReader>

namespace Hubstate::Core {

namespace {

QLatin1StringView davNamespace()
{
    return QLatin1StringView("DAV:");
}

bool isDav(const QXmlStreamReader &xml, const char *name)
{
    return xml.namespaceUri() == davNamespace() && xml.name() == QLatin1StringView(name);
}

} // namespace

QDateTime DavMultistatus::parseHttpDate(const QString &text)
{
    QString value = text.trimmed();
    if (value.endsWith(QLatin1String(" GMT")) || value.endsWith(QLatin1String(" UTC")))
        value = value.left(value.size() - 4) + QStringLiteral(" +0000");
    const QDateTime parsed = QDateTime::fromString(value, Qt::RFC2822Date);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

QList<DavMultistatus::Resource> DavMultistatus::parse(const QByteArray &body, QString *problem)
{
    QList<Resource> entries;
    QXmlStreamReader xml(body);
    if (!xml.readNextStartElement() || !isDav(xml, "multistatus")) {
        *problem = xml.hasError() ? xml.errorString()
                                  : QStringLiteral("the document is not a DAV:multistatus");
        return {};
    }
    while (xml.readNextStartElement()) {
        if (!isDav(xml, "response")) {
            xml.skipCurrentElement();
            continue;
        }
        Resource entry;
        bool haveHref = false;
        while (xml.readNextStartElement()) {
            if (isDav(xml, "href")) {
                entry.path = QUrl(xml.readElementText().trimmed()).path(QUrl::FullyDecoded);
                haveHref = true;
            } else if (isDav(xml, "propstat")) {
                Resource found;
                QString status;
                while (xml.readNextStartElement()) {
                    if (isDav(xml, "status")) {
                        status = xml.readElementText();
                    } else if (isDav(xml, "prop")) {
                        while (xml.readNextStartElement()) {
                            if (isDav(xml, "resourcetype")) {
                                while (xml.readNextStartElement()) {
                                    if (isDav(xml, "collection"))
                                        found.collection = true;
                                    xml.skipCurrentElement();
                                }
                            } else if (isDav(xml, "getcontentlength")) {
                                bool ok = false;
                                found.size = xml.readElementText().trimmed().toLongLong(&ok);
                                if (!ok)
                                    found.size = -1;
                            } else if (isDav(xml, "getlastmodified")) {
                                found.modified = parseHttpDate(xml.readElementText());
                            } else {
                                xml.skipCurrentElement();
                            }
                        }
                    } else {
                        xml.skipCurrentElement();
                    }
                }
                if (status.contains(QLatin1String(" 200"))) {
                    entry.collection = entry.collection || found.collection;
                    if (found.size >= 0)
                        entry.size = found.size;
                    if (found.modified.isValid())
                        entry.modified = found.modified;
                }
            } else {
                xml.skipCurrentElement();
            }
        }
        if (!haveHref && !xml.hasError()) {
            *problem = QStringLiteral("a DAV:response without DAV:href");
            return {};
        }
        entries.append(entry);
    }
    if (xml.hasError()) {
        *problem = QStringLiteral("%1 (line %2, column %3)")
                       .arg(xml.errorString())
                       .arg(xml.lineNumber())
                       .arg(xml.columnNumber());
        return {};
    }
    return entries;
}

} // namespace Hubstate::Core
