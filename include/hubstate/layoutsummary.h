#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Hubstate {

// A stored layout as a list shows it; Client::layout() gives the whole document.
struct LayoutSummary
{
    QString id;
    QString name;
    QString type; // single | split | grid-2x2 | grid-3x3 | custom
    int paneCount = 0;
    QStringList tags;
    QDateTime updatedAt;
};

} // namespace Hubstate
