// A WebDAV server's PROPFIND answer (207 Multi-Status) as a backup destination lists it.
#include "core/backup/davmultistatus.h"
#include "fuzztarget.h"

using namespace Hubstate::Core;

void fuzzOne(const QByteArray &input)
{
    QString problem;
    const QList<DavMultistatus::Resource> resources = DavMultistatus::parse(input, &problem);
    Hubstate::Fuzz::check(resources.isEmpty() || problem.isEmpty(),
                          "a refused answer lists nothing");
    // The date parser on its own too: servers send it in a header as well.
    (void)DavMultistatus::parseHttpDate(QString::fromUtf8(input.left(200)));
}
