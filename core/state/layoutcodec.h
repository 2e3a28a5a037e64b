#pragma once

#include "core/common/inputlimits.h"
#include "core/settings/violation.h"
#include "layout.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Hubstate::Core {

// The layout document (docs/layout-format.md) to and from a Layout. Reading reports every
// structural problem (missing members, wrong JSON types) with its path; the rules of
// LayoutRules are checked separately.
class LayoutCodec
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::LayoutCodec)

public:
    static QJsonObject toJson(const Layout &layout);
    static Layout fromJson(const QJsonObject &object, Violations *problems);
    // Parses a whole file's bytes, strictly (StrictJson); malformed JSON is reported with
    // "source:line:column", input over maxDocumentBytes refused. Callers read at most
    // maxDocumentBytes + 1 bytes of a file, which is enough to know it is too large.
    static Layout parse(const QByteArray &json, const QString &source, Violations *problems);

    static constexpr qsizetype maxDocumentBytes = InputLimits::layoutDocumentBytes;
};

} // namespace Hubstate::Core
