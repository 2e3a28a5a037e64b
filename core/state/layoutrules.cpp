#include "layoutrules.h"

#include "core/settings/preferencesstore.h"

#include <QRegularExpression>
#include <QVector>

namespace Hubstate::Core {

namespace {

Violation error(const QString &path, const QString &message, const QString &value = {})
{
    return Violation{path, message, value, Violation::Severity::Error, !value.isNull()};
}

QString paneLabel(int index)
{
    return QStringLiteral("panes[%1]").arg(index);
}

} // namespace

LayoutRules LayoutRules::fromSettings(const PreferencesStore &store)
{
    LayoutRules rules;
    rules.maxPanes = int(store.value(QStringLiteral("layout.maxPanes")).toLongLong());
    rules.gridSize = int(store.value(QStringLiteral("layout.gridSize")).toLongLong());
    rules.minPaneWidth = int(store.value(QStringLiteral("layout.minPaneSize.width")).toLongLong());
    rules.minPaneHeight =
        int(store.value(QStringLiteral("layout.minPaneSize.height")).toLongLong());
    return rules;
}

QStringList LayoutRules::types()
{
    return {QStringLiteral("single"), QStringLiteral("split"), QStringLiteral("grid-2x2"),
            QStringLiteral("grid-3x3"), QStringLiteral("custom")};
}

Violations LayoutRules::check(const Layout &layout) const
{
    Violations problems;
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    if (!uuid.match(layout.id).hasMatch())
        problems.append(error(QStringLiteral("id"),
                              tr("must be a UUID in lower case without braces"), layout.id));
    if (layout.name.trimmed().isEmpty())
        problems.append(error(QStringLiteral("name"), tr("must not be empty"), {}));
    else if (layout.name.size() > 200)
        problems.append(error(QStringLiteral("name"), tr("is longer than 200 characters"),
                              layout.name.left(40) + QStringLiteral("...")));
    if (!types().contains(layout.type)) {
        problems.append(error(QStringLiteral("type"),
                              tr("must be one of %1").arg(types().join(QStringLiteral(", "))),
                              layout.type));
    }

    bool gridUsable = true;
    const auto checkDimension = [&](const QString &path, int value) {
        if (value < 1) {
            problems.append(error(path, tr("is below minimum value of 1"), QString::number(value)));
            gridUsable = false;
        } else if (value > gridSize) {
            problems.append(error(path, tr("exceeds maximum value of %1").arg(gridSize),
                                  QString::number(value)));
            gridUsable = false;
        }
    };
    checkDimension(QStringLiteral("grid.columns"), layout.columns);
    checkDimension(QStringLiteral("grid.rows"), layout.rows);
    if (layout.referenceWidth < minPaneWidth || layout.referenceWidth > 7680) {
        problems.append(error(QStringLiteral("referenceSize.width"),
                              tr("must be from %1 to 7680").arg(minPaneWidth),
                              QString::number(layout.referenceWidth)));
        gridUsable = false;
    }
    if (layout.referenceHeight < minPaneHeight || layout.referenceHeight > 4320) {
        problems.append(error(QStringLiteral("referenceSize.height"),
                              tr("must be from %1 to 4320").arg(minPaneHeight),
                              QString::number(layout.referenceHeight)));
        gridUsable = false;
    }

    const int paneCount = int(layout.panes.size());
    if (paneCount < 1) {
        problems.append(error(QStringLiteral("panes"), tr("a layout holds at least 1 pane"),
                              QString::number(paneCount)));
    } else if (paneCount > maxPanes) {
        problems.append(error(QStringLiteral("panes"),
                              tr("a layout holds at most %1 panes").arg(maxPanes),
                              QString::number(paneCount)));
    }

    // Which pane covers each cell: reports overlaps as they happen and gaps at the end.
    QVector<int> owner(gridUsable ? layout.columns * layout.rows : 0, -1);
    bool allPlaced = gridUsable;
    for (int index = 0; index < paneCount; ++index) {
        const Pane &pane = layout.panes.at(index);
        const QString path = paneLabel(index);
        bool placed = true;
        if (pane.column < 0 || (gridUsable && pane.column >= layout.columns)) {
            problems.append(error(path + QStringLiteral(".cell.column"),
                                  tr("must be from 0 to %1").arg(layout.columns - 1),
                                  QString::number(pane.column)));
            placed = false;
        }
        if (pane.row < 0 || (gridUsable && pane.row >= layout.rows)) {
            problems.append(error(path + QStringLiteral(".cell.row"),
                                  tr("must be from 0 to %1").arg(layout.rows - 1),
                                  QString::number(pane.row)));
            placed = false;
        }
        if (pane.columnSpan < 1
            || (gridUsable && placed && pane.column + pane.columnSpan > layout.columns)) {
            problems.append(error(path + QStringLiteral(".cell.columnSpan"),
                                  tr("reaches beyond the grid's %1 columns").arg(layout.columns),
                                  QString::number(pane.columnSpan)));
            placed = false;
        }
        if (pane.rowSpan < 1 || (gridUsable && placed && pane.row + pane.rowSpan > layout.rows)) {
            problems.append(error(path + QStringLiteral(".cell.rowSpan"),
                                  tr("reaches beyond the grid's %1 rows").arg(layout.rows),
                                  QString::number(pane.rowSpan)));
            placed = false;
        }
        if (pane.title.size() > 200)
            problems.append(error(path + QStringLiteral(".title"),
                                  tr("is longer than 200 characters"), pane.title.left(40)));
        allPlaced = allPlaced && placed;
        if (!gridUsable || !placed)
            continue;

        const qint64 width = qint64(layout.referenceWidth) * pane.columnSpan / layout.columns;
        const qint64 height = qint64(layout.referenceHeight) * pane.rowSpan / layout.rows;
        if (width < minPaneWidth || height < minPaneHeight) {
            problems.append(error(path,
                                  tr("is %1 x %2 px at the reference size; panes are at least "
                                     "%3 x %4 px")
                                      .arg(width)
                                      .arg(height)
                                      .arg(minPaneWidth)
                                      .arg(minPaneHeight),
                                  QString()));
        }
        for (int r = pane.row; r < pane.row + pane.rowSpan; ++r) {
            for (int c = pane.column; c < pane.column + pane.columnSpan; ++c) {
                int &cell = owner[r * layout.columns + c];
                if (cell >= 0) {
                    problems.append(error(
                        path,
                        tr("overlaps %1 at column %2, row %3").arg(paneLabel(cell)).arg(c).arg(r),
                        QString()));
                } else {
                    cell = index;
                }
            }
        }
    }
    if (allPlaced && paneCount > 0) { // no panes: said once above, not once per cell
        for (int r = 0; r < layout.rows; ++r) {
            for (int c = 0; c < layout.columns; ++c) {
                if (owner.at(r * layout.columns + c) < 0)
                    problems.append(error(QStringLiteral("panes"),
                                          tr("leave a gap at column %1, row %2").arg(c).arg(r),
                                          QString()));
            }
        }
    }

    // The named types are exact shapes; custom is any valid tiling.
    const auto expectShape = [&](int columns, int rows, int panes, const QString &shape) {
        if (layout.columns * layout.rows == columns * rows && layout.panes.size() == panes
            && ((layout.columns == columns && layout.rows == rows)
                || (layout.columns == rows && layout.rows == columns)))
            return;
        problems.append(error(QStringLiteral("type"),
                              tr("\"%1\" needs %2, but the layout has a %3 x %4 grid with %n "
                                 "pane(s)",
                                 nullptr, int(layout.panes.size()))
                                  .arg(layout.type, shape)
                                  .arg(layout.columns)
                                  .arg(layout.rows),
                              QString()));
    };
    if (layout.type == QLatin1String("single"))
        expectShape(1, 1, 1, tr("1 pane in a 1 x 1 grid"));
    else if (layout.type == QLatin1String("split"))
        expectShape(2, 1, 2, tr("2 panes side by side or stacked"));
    else if (layout.type == QLatin1String("grid-2x2"))
        expectShape(2, 2, 4, tr("4 panes in a 2 x 2 grid"));
    else if (layout.type == QLatin1String("grid-3x3"))
        expectShape(3, 3, 9, tr("9 panes in a 3 x 3 grid"));

    if (layout.createdAt.isValid() && layout.updatedAt.isValid()
        && layout.updatedAt < layout.createdAt) {
        problems.append(error(QStringLiteral("metadata.updatedAt"),
                              tr("is earlier than metadata.createdAt"),
                              layout.updatedAt.toString(Qt::ISODateWithMs)));
    }
    for (int i = 0; i < layout.tags.size(); ++i) {
        if (layout.tags.at(i).trimmed().isEmpty() || layout.tags.at(i).size() > 50)
            problems.append(error(QStringLiteral("metadata.tags[%1]").arg(i),
                                  tr("must be 1 to 50 characters"), layout.tags.at(i)));
    }
    return problems;
}

} // namespace Hubstate::Core
