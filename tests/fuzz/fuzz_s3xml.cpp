// An S3-compatible server's XML answers as an S3 destination reads them: a listing page, the
// start of a multipart upload, its completion, and error documents.
#include "core/s3/s3xml.h"
#include "fuzztarget.h"

using namespace Hubstate::Core::S3;

void fuzzOne(const QByteArray &input)
{
    QString problem;
    const Xml::ListPage page = Xml::parseListPage(input, &problem);
    Hubstate::Fuzz::check(problem.isEmpty() || (page.objects.isEmpty() && !page.truncated),
                          "a refused listing lists nothing");
    Hubstate::Fuzz::check(page.objects.size() <= Xml::maxObjectsPerPage,
                          "a page holds at most the bound");
    for (const Xml::Object &object : page.objects)
        Hubstate::Fuzz::check(!object.key.isEmpty() && object.size >= 0
                                  && object.key.size() <= Xml::maxTextSize,
                              "every listed object has a bounded key and a size");
    Hubstate::Fuzz::check(!page.truncated || !page.nextToken.isEmpty(),
                          "a truncated page says where to go on");
    const QString id = Xml::parseUploadId(input, &problem);
    Hubstate::Fuzz::check(id.isEmpty() || problem.isEmpty(), "a refused answer names no upload");
    Xml::ErrorReply error;
    (void)Xml::completedUpload(input, &error, &problem);
    const Xml::ErrorReply parsed = Xml::parseError(input);
    Hubstate::Fuzz::check(parsed.code.size() <= Xml::maxTextSize, "an error code is bounded");
}
