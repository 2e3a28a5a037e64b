#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Hubstate::Core {

// A pane occupies a rectangle of cells of its layout's grid (docs/layout-format.md).
struct Pane
{
    int column = 0;
    int row = 0;
    int columnSpan = 1;
    int rowSpan = 1;
    QString title;
    QString agentId; // empty: no agent assigned

    bool operator==(const Pane &) const = default;
};

// A pane layout, per the plan's LayoutSchema. Panes tile a grid of up to 3 x 3 equal cells,
// drawn at `referenceWidth` x `referenceHeight` pixels.
struct Layout
{
    QString id; // UUID, without braces
    QString name;
    QString type; // single | split | grid-2x2 | grid-3x3 | custom
    int columns = 1;
    int rows = 1;
    int referenceWidth = 1920;
    int referenceHeight = 1080;
    QList<Pane> panes;
    QJsonObject settings; // showHeaders, showTabs, snapToGrid, synchronizedScrolling
    QDateTime createdAt;
    QDateTime updatedAt;
    QString userId;
    QStringList tags;

    bool operator==(const Layout &) const = default;
};

// What a list of layouts shows without reading every document.
struct LayoutSummary
{
    QString id;
    QString name;
    QString type;
    int paneCount = 0;
    QStringList tags;
    QDateTime updatedAt;
    QString userId;
};

} // namespace Hubstate::Core
