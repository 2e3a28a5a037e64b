#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Hubstate::Core::S3 {

// The XML answers of S3-compatible servers, read strictly: well-formed XML with the expected
// root element, every text bounded, numbers checked; anything else is a problem named in
// `problem` (empty on success), never a guess. Elements the reader does not know are skipped.
namespace Xml {

// What an S3 error answer says (<Error><Code>...).
struct ErrorReply
{
    QString code;
    QString message;
    QString region; // what AuthorizationHeaderMalformed names as the bucket's region
    QString endpoint; // what PermanentRedirect names
};

struct Object
{
    QString key;
    qint64 size = -1;
    QDateTime modified; // UTC
};

// One page of ListObjectsV2.
struct ListPage
{
    QList<Object> objects;
    bool truncated = false;
    QString nextToken; // NextContinuationToken when truncated
};

// The most a page may hold (S3 sends at most 1,000) and the longest key or token read.
constexpr int maxObjectsPerPage = 1000;
constexpr int maxTextSize = 4096;

// Empty `code` when `body` is no S3 error document.
ErrorReply parseError(const QByteArray &body);
ListPage parseListPage(const QByteArray &body, QString *problem);
QString parseUploadId(const QByteArray &body, QString *problem); // InitiateMultipartUploadResult
// CompleteMultipartUpload may answer 200 and still fail: an <Error> root says so.
bool completedUpload(const QByteArray &body, ErrorReply *error, QString *problem);

} // namespace Xml

} // namespace Hubstate::Core::S3
