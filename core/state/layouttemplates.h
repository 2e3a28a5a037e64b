#pragma once

#include "layout.h"

namespace Hubstate::Core {

// The built-in templates every fresh profile starts with: single, split, grid-2x2, grid-3x3.
// Their ids are fixed so that `preferences.layout.defaultLayout` can name them across machines.
class LayoutTemplates
{
public:
    static QList<Layout> all(const QDateTime &now);
    static Layout make(const QString &type, const QDateTime &now); // empty id when unknown
};

} // namespace Hubstate::Core
