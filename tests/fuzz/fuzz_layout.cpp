// Layout documents as `layout validate` and `layout import` read them: parse, check the rules;
// a layout that parses without errors must export and import again as the same layout.
#include "core/state/layoutcodec.h"
#include "core/state/layoutrules.h"
#include "fuzztarget.h"

#include <QJsonDocument>

using namespace Hubstate::Core;

void fuzzOne(const QByteArray &input)
{
    Violations problems;
    const Layout layout = LayoutCodec::parse(input, QStringLiteral("fuzz-layout.json"), &problems);
    if (!hasErrors(problems))
        problems += LayoutRules().check(layout);
    for (const Violation &problem : std::as_const(problems))
        (void)problem.toString();
    if (hasErrors(problems))
        return;

    const QByteArray exported = QJsonDocument(LayoutCodec::toJson(layout)).toJson();
    Violations again;
    const Layout reread = LayoutCodec::parse(exported, QStringLiteral("exported.json"), &again);
    Hubstate::Fuzz::check(!hasErrors(again) && reread == layout,
                          "an exported layout imports as the same layout");
}
