#include "s3xml.h"

#include <QXmlStreamReader>

namespace Hubstate::Core::S3::Xml {

namespace {

// The text of the current element, bounded; nested elements are a problem.
QString readText(QXmlStreamReader &xml, QString *problem)
{
    const QString name = xml.name().toString();
    const QString text = xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
    if (xml.hasError() && problem->isEmpty())
        *problem = QStringLiteral("<%1>: %2").arg(name, xml.errorString());
    if (text.size() > maxTextSize && problem->isEmpty())
        *problem = QStringLiteral("<%1> is longer than %2 characters").arg(name).arg(maxTextSize);
    return text;
}

// Moves to the root element and checks its name.
bool enterRoot(QXmlStreamReader &xml, const QString &root, QString *problem)
{
    if (!xml.readNextStartElement()) {
        *problem = xml.hasError() ? xml.errorString() : QStringLiteral("no root element");
        return false;
    }
    if (xml.name() != root) {
        *problem =
            QStringLiteral("the root element is <%1>, not <%2>").arg(xml.name().toString(), root);
        return false;
    }
    return true;
}

void finish(QXmlStreamReader &xml, QString *problem)
{
    while (problem->isEmpty() && !xml.atEnd())
        xml.readNext();
    if (problem->isEmpty() && xml.hasError())
        *problem = QStringLiteral("line %1, column %2: %3")
                       .arg(xml.lineNumber())
                       .arg(xml.columnNumber())
                       .arg(xml.errorString());
}

} // namespace

ErrorReply parseError(const QByteArray &body)
{
    ErrorReply reply;
    QXmlStreamReader xml(body);
    QString problem;
    if (!enterRoot(xml, QStringLiteral("Error"), &problem))
        return {};
    while (problem.isEmpty() && xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("Code"))
            reply.code = readText(xml, &problem);
        else if (xml.name() == QLatin1String("Message"))
            reply.message = readText(xml, &problem);
        else if (xml.name() == QLatin1String("Region"))
            reply.region = readText(xml, &problem);
        else if (xml.name() == QLatin1String("Endpoint"))
            reply.endpoint = readText(xml, &problem);
        else
            xml.skipCurrentElement();
    }
    finish(xml, &problem);
    if (!problem.isEmpty())
        return {};
    return reply;
}

ListPage parseListPage(const QByteArray &body, QString *problem)
{
    problem->clear();
    ListPage page;
    QXmlStreamReader xml(body);
    if (!enterRoot(xml, QStringLiteral("ListBucketResult"), problem))
        return {};
    bool truncatedSeen = false;
    while (problem->isEmpty() && xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("IsTruncated")) {
            const QString text = readText(xml, problem);
            truncatedSeen = true;
            if (text == QLatin1String("true"))
                page.truncated = true;
            else if (text != QLatin1String("false"))
                *problem = QStringLiteral("<IsTruncated> is \"%1\", not true or false").arg(text);
        } else if (xml.name() == QLatin1String("NextContinuationToken")) {
            page.nextToken = readText(xml, problem);
        } else if (xml.name() == QLatin1String("Contents")) {
            if (page.objects.size() >= maxObjectsPerPage) {
                *problem =
                    QStringLiteral("more than %1 objects in one page").arg(maxObjectsPerPage);
                break;
            }
            Object object;
            while (problem->isEmpty() && xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("Key")) {
                    object.key = readText(xml, problem);
                } else if (xml.name() == QLatin1String("Size")) {
                    bool ok = false;
                    const QString text = readText(xml, problem);
                    object.size = text.toLongLong(&ok);
                    if (!ok || object.size < 0)
                        *problem = QStringLiteral("<Size> \"%1\" is not a size").arg(text.left(40));
                } else if (xml.name() == QLatin1String("LastModified")) {
                    const QString text = readText(xml, problem);
                    object.modified = QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
                    if (!object.modified.isValid())
                        *problem = QStringLiteral("<LastModified> \"%1\" is not a time")
                                       .arg(text.left(40));
                } else {
                    xml.skipCurrentElement();
                }
            }
            if (problem->isEmpty() && (object.key.isEmpty() || object.size < 0))
                *problem = QStringLiteral("an object without <Key> or <Size>");
            page.objects.append(object);
        } else {
            xml.skipCurrentElement();
        }
    }
    finish(xml, problem);
    if (problem->isEmpty() && !truncatedSeen)
        *problem = QStringLiteral("no <IsTruncated>");
    if (problem->isEmpty() && page.truncated && page.nextToken.isEmpty())
        *problem = QStringLiteral("a truncated page without <NextContinuationToken>");
    if (!problem->isEmpty())
        return {};
    return page;
}

QString parseUploadId(const QByteArray &body, QString *problem)
{
    problem->clear();
    QXmlStreamReader xml(body);
    if (!enterRoot(xml, QStringLiteral("InitiateMultipartUploadResult"), problem))
        return {};
    QString id;
    while (problem->isEmpty() && xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("UploadId"))
            id = readText(xml, problem);
        else
            xml.skipCurrentElement();
    }
    finish(xml, problem);
    if (problem->isEmpty() && id.isEmpty())
        *problem = QStringLiteral("no <UploadId>");
    return problem->isEmpty() ? id : QString();
}

bool completedUpload(const QByteArray &body, ErrorReply *error, QString *problem)
{
    problem->clear();
    *error = parseError(body);
    if (!error->code.isEmpty())
        return false;
    QXmlStreamReader xml(body);
    if (!enterRoot(xml, QStringLiteral("CompleteMultipartUploadResult"), problem))
        return false;
    while (problem->isEmpty() && xml.readNextStartElement())
        xml.skipCurrentElement();
    finish(xml, problem);
    return problem->isEmpty();
}

} // namespace Hubstate::Core::S3::Xml
