#include "layoutediting.h"

#include <QRegularExpression>
#include <QUuid>
#include <algorithm>
#include <numeric>
#include <optional>

namespace Hubstate::Core {

namespace {

// Every operation is written once, towards the right; the layout is turned so that the
// requested direction points right, and turned back afterwards. Pane indices do not change.
void transpose(Layout &layout)
{
    std::swap(layout.columns, layout.rows);
    std::swap(layout.referenceWidth, layout.referenceHeight);
    for (Pane &pane : layout.panes) {
        std::swap(pane.column, pane.row);
        std::swap(pane.columnSpan, pane.rowSpan);
    }
}

void mirror(Layout &layout)
{
    for (Pane &pane : layout.panes)
        pane.column = layout.columns - pane.column - pane.columnSpan;
}

void turnToRight(Layout &layout, PaneDirection direction)
{
    switch (direction) {
    case PaneDirection::Right: break;
    case PaneDirection::Left: mirror(layout); break;
    case PaneDirection::Down: transpose(layout); break;
    case PaneDirection::Up:
        transpose(layout);
        mirror(layout);
        break;
    }
}

void turnBack(Layout &layout, PaneDirection direction)
{
    switch (direction) {
    case PaneDirection::Right: break;
    case PaneDirection::Left: mirror(layout); break;
    case PaneDirection::Down: transpose(layout); break;
    case PaneDirection::Up:
        mirror(layout);
        transpose(layout);
        break;
    }
}

bool isHorizontal(PaneDirection direction)
{
    return direction == PaneDirection::Left || direction == PaneDirection::Right;
}

int paneAt(const Layout &layout, int column, int row)
{
    for (int i = 0; i < layout.panes.size(); ++i) {
        const Pane &pane = layout.panes.at(i);
        if (column >= pane.column && column < pane.column + pane.columnSpan && row >= pane.row
            && row < pane.row + pane.rowSpan)
            return i;
    }
    return -1;
}

// Duplicates column `at`: panes covering it grow by one, panes right of it move by one.
void insertColumn(Layout &layout, int at)
{
    ++layout.columns;
    for (Pane &pane : layout.panes) {
        if (pane.column > at)
            ++pane.column;
        else if (pane.column + pane.columnSpan > at)
            ++pane.columnSpan;
    }
}

bool touchesRows(const Pane &pane, int top, int bottom)
{
    return pane.row < bottom && pane.row + pane.rowSpan > top;
}

// The panes whose left (or right) border lies on column line `line` within rows [top, bottom).
QList<int> panesBeginningAt(const Layout &layout, int line, int top, int bottom)
{
    QList<int> result;
    for (int i = 0; i < layout.panes.size(); ++i) {
        if (layout.panes.at(i).column == line && touchesRows(layout.panes.at(i), top, bottom))
            result.append(i);
    }
    return result;
}

QList<int> panesEndingAt(const Layout &layout, int line, int top, int bottom)
{
    QList<int> result;
    for (int i = 0; i < layout.panes.size(); ++i) {
        const Pane &pane = layout.panes.at(i);
        if (pane.column + pane.columnSpan == line && touchesRows(pane, top, bottom))
            result.append(i);
    }
    return result;
}

bool withinRows(const Pane &pane, int top, int bottom)
{
    return pane.row >= top && pane.row + pane.rowSpan <= bottom;
}

// Columns with no interior border in use are one cell: every proportion stays as it was.
void collapseColumns(Layout &layout)
{
    if (std::any_of(layout.panes.cbegin(), layout.panes.cend(),
                    [](const Pane &pane) { return pane.column > 0; }))
        return;
    layout.columns = 1;
    for (Pane &pane : layout.panes)
        pane.columnSpan = 1;
}

// Keeps only the column lines that some pane border uses; true when one was removed.
bool equaliseColumns(Layout &layout)
{
    QList<int> lines;
    for (const Pane &pane : std::as_const(layout.panes))
        lines << pane.column << pane.column + pane.columnSpan;
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    if (lines.size() - 1 == layout.columns)
        return false;
    for (Pane &pane : layout.panes) {
        const int start = int(lines.indexOf(pane.column));
        const int end = int(lines.indexOf(pane.column + pane.columnSpan));
        pane.column = start;
        pane.columnSpan = end - start;
    }
    layout.columns = int(lines.size()) - 1;
    return true;
}

QString numberedTitle(int number)
{
    // The templates' own words, so new panes read like the templates' panes.
    return QCoreApplication::translate("Hubstate::Core::LayoutTemplates", "Pane %1").arg(number);
}

// "Pane 3", in the translation or in English (templates made under another language).
bool isNumberedTitle(const QString &title)
{
    static const QRegularExpression english(QStringLiteral("^Pane [1-9][0-9]?$"));
    static const QRegularExpression translated(
        QStringLiteral("^")
        + QRegularExpression::escape(numberedTitle(1)).replace(QStringLiteral("1"),
                                                               QStringLiteral("[1-9][0-9]?"))
        + QStringLiteral("$"));
    return english.match(title).hasMatch() || translated.match(title).hasMatch();
}

// Panes called by their number are renumbered when panes move, so that number and title
// never disagree ("1 Pane 4").
void renumberTitles(Layout &layout)
{
    for (int i = 0; i < layout.panes.size(); ++i) {
        if (isNumberedTitle(layout.panes.at(i).title))
            layout.panes[i].title = numberedTitle(i + 1);
    }
}

} // namespace

LayoutEditing::LayoutEditing(LayoutRules rules)
    : m_rules(rules)
{
}

Layout LayoutEditing::blank(const QDateTime &now)
{
    Layout layout;
    layout.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    layout.name = tr("New layout");
    layout.type = QStringLiteral("custom");
    Pane pane;
    pane.title = numberedTitle(1);
    layout.panes.append(pane);
    layout.createdAt = now;
    layout.updatedAt = now;
    return layout;
}

Layout LayoutEditing::duplicate(const Layout &layout, const QDateTime &now)
{
    Layout copy = layout;
    copy.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    copy.name = tr("%1 (copy)").arg(layout.name);
    copy.tags.removeAll(QStringLiteral("template"));
    copy.createdAt = now;
    copy.updatedAt = now;
    return copy;
}

QString LayoutEditing::shapeType(const Layout &layout)
{
    const qsizetype panes = layout.panes.size();
    if (layout.columns == 1 && layout.rows == 1 && panes == 1)
        return QStringLiteral("single");
    if (layout.columns * layout.rows == 2 && panes == 2)
        return QStringLiteral("split");
    if (layout.columns == 2 && layout.rows == 2 && panes == 4)
        return QStringLiteral("grid-2x2");
    if (layout.columns == 3 && layout.rows == 3 && panes == 9)
        return QStringLiteral("grid-3x3");
    return QStringLiteral("custom");
}

int LayoutEditing::neighbour(const Layout &layout, int pane, PaneDirection direction)
{
    if (pane < 0 || pane >= layout.panes.size())
        return -1;
    Layout turned = layout;
    turnToRight(turned, direction);
    const Pane &from = turned.panes.at(pane);
    const int line = from.column + from.columnSpan;
    return line >= turned.columns ? -1 : paneAt(turned, line, from.row);
}

QString LayoutEditing::paneName(const Layout &layout, int pane)
{
    const QString title = paneTitle(layout, pane);
    return title.isEmpty() ? tr("pane %1").arg(pane + 1) : title;
}

QString LayoutEditing::paneTitle(const Layout &layout, int pane)
{
    const QString title = layout.panes.value(pane).title;
    return isNumberedTitle(title) ? numberedTitle(pane + 1) : title;
}

Error LayoutEditing::refuse(const QString &refusal, const QString &reason)
{
    return Error::invalidInput(tr("%1: %2").arg(refusal, reason));
}

QString LayoutEditing::nothingBeside(PaneDirection direction, const QString &pane)
{
    switch (direction) {
    case PaneDirection::Left: return tr("no pane is to the left of %1").arg(pane);
    case PaneDirection::Right: return tr("no pane is to the right of %1").arg(pane);
    case PaneDirection::Up: return tr("no pane is above %1").arg(pane);
    case PaneDirection::Down: return tr("no pane is below %1").arg(pane);
    }
    return {};
}

QString LayoutEditing::gridLimit(bool columns) const
{
    return columns ? tr("a grid holds at most %1 columns").arg(m_rules.gridSize)
                   : tr("a grid holds at most %1 rows").arg(m_rules.gridSize);
}

Result<LayoutEdit> LayoutEditing::split(const Layout &layout, int pane,
                                        Qt::Orientation orientation) const
{
    const QString refusal = tr("Cannot split");
    if (pane < 0 || pane >= layout.panes.size())
        return refuse(refusal, tr("no pane has the focus"));
    if (layout.panes.size() >= m_rules.maxPanes)
        return refuse(refusal, tr("a layout holds at most %1 panes").arg(m_rules.maxPanes));
    const bool columns = orientation == Qt::Horizontal;
    Layout turned = layout;
    if (!columns)
        transpose(turned);
    if (turned.panes.at(pane).columnSpan == 1) {
        if (turned.columns >= m_rules.gridSize)
            return refuse(refusal, gridLimit(columns));
        insertColumn(turned, turned.panes.at(pane).column);
    }
    Pane &original = turned.panes[pane];
    const int span = original.columnSpan;
    Pane added = original;
    added.column = original.column + span - span / 2;
    added.columnSpan = span / 2;
    added.title = numberedTitle(int(layout.panes.size()) + 1); // renumbered by finish()
    added.agentId.clear();
    original.columnSpan = span - span / 2;
    turned.panes.append(added);
    if (!columns)
        transpose(turned);
    return finish(turned, int(turned.panes.size()) - 1, refusal);
}

Result<LayoutEdit> LayoutEditing::resize(const Layout &layout, int pane,
                                         PaneDirection direction) const
{
    const QString refusal = tr("Cannot resize");
    if (pane < 0 || pane >= layout.panes.size())
        return refuse(refusal, tr("no pane has the focus"));
    Layout turned = layout;
    turnToRight(turned, direction);
    Result<Layout> resized = resizeRight(turned, pane, isHorizontal(direction));
    if (!resized)
        return resized.error();
    Layout result = std::move(resized).value();
    turnBack(result, direction);
    return finish(result, pane, refusal);
}

Result<Layout> LayoutEditing::resizeRight(Layout layout, int pane, bool columns) const
{
    Result<Layout> resized = moveBorderRight(layout, pane, columns);
    if (!resized)
        return resized;
    // The grid's cells are equal: a grid line added for this border moves every other
    // border. Panes that do not share the moved border must keep their size, or the resize
    // is refused rather than done behind the user's back.
    const Layout &after = *resized;
    const Pane focused = layout.panes.at(pane);
    QStringList changed;
    for (int i = 0; i < layout.panes.size(); ++i) {
        const Pane &was = layout.panes.at(i);
        const Pane &now = after.panes.at(i);
        const bool involved = i == pane
            || (was.row >= focused.row && was.row + was.rowSpan <= focused.row + focused.rowSpan
                && (was.column == focused.column + focused.columnSpan
                    || was.column + was.columnSpan == focused.column));
        const bool same = qint64(was.column) * after.columns == qint64(now.column) * layout.columns
            && qint64(was.columnSpan) * after.columns == qint64(now.columnSpan) * layout.columns;
        if (!involved && !same)
            changed.append(paneName(layout, i));
    }
    if (!changed.isEmpty()) {
        return refuse(
            tr("Cannot resize"),
            (columns ? tr("%1 would change width too (a grid has at most %2 equal columns); "
                          "merge or resize those panes first")
                     : tr("%1 would change height too (a grid has at most %2 equal rows); "
                          "merge or resize those panes first"))
                .arg(changed.join(QStringLiteral(", ")))
                .arg(m_rules.gridSize));
    }
    return resized;
}

Result<Layout> LayoutEditing::moveBorderRight(Layout layout, int pane, bool columns) const
{
    const QString refusal = tr("Cannot resize");
    const Pane focused = layout.panes.at(pane);
    const int top = focused.row;
    const int bottom = focused.row + focused.rowSpan;
    const int end = focused.column + focused.columnSpan;
    const auto checkShared = [&](const QList<int> &others) -> std::optional<Error> {
        for (int other : others) {
            if (!withinRows(layout.panes.at(other), top, bottom))
                return refuse(refusal,
                              tr("%1 reaches past the border of %2")
                                  .arg(paneName(layout, other), paneName(layout, pane)));
        }
        return std::nullopt;
    };
    if (end < layout.columns) {
        // A neighbour beyond the border: the pane grows, the neighbours give up one step.
        const QList<int> beyond = panesBeginningAt(layout, end, top, bottom);
        if (std::optional<Error> problem = checkShared(beyond))
            return *problem;
        for (int other : beyond) {
            if (layout.panes.at(other).columnSpan > 1)
                continue;
            if (layout.columns >= m_rules.gridSize)
                return refuse(
                    refusal,
                    tr("%1 would disappear; merge the panes instead").arg(paneName(layout, other)));
            insertColumn(layout, end);
            break;
        }
        layout.panes[pane].columnSpan += 1;
        for (int other : beyond) {
            layout.panes[other].column += 1;
            layout.panes[other].columnSpan -= 1;
        }
        return layout;
    }
    if (focused.column == 0) {
        return refuse(refusal,
                      columns ? tr("%1 fills the whole width").arg(paneName(layout, pane))
                              : tr("%1 fills the whole height").arg(paneName(layout, pane)));
    }
    // At the far side of the grid: the opposite border moves, the pane gives up one step.
    const QList<int> before = panesEndingAt(layout, focused.column, top, bottom);
    if (std::optional<Error> problem = checkShared(before))
        return *problem;
    if (focused.columnSpan == 1) {
        if (layout.columns >= m_rules.gridSize)
            return refuse(
                refusal,
                tr("%1 would disappear; merge the panes instead").arg(paneName(layout, pane)));
        insertColumn(layout, focused.column);
    }
    layout.panes[pane].column += 1;
    layout.panes[pane].columnSpan -= 1;
    for (int other : before)
        layout.panes[other].columnSpan += 1;
    return layout;
}

Result<LayoutEdit> LayoutEditing::merge(const Layout &layout, int pane,
                                        PaneDirection direction) const
{
    const QString refusal = tr("Cannot merge");
    if (pane < 0 || pane >= layout.panes.size())
        return refuse(refusal, tr("no pane has the focus"));
    Layout turned = layout;
    turnToRight(turned, direction);
    const Pane focused = turned.panes.at(pane);
    const int end = focused.column + focused.columnSpan;
    const QList<int> beyond =
        panesBeginningAt(turned, end, focused.row, focused.row + focused.rowSpan);
    if (end >= turned.columns || beyond.isEmpty())
        return refuse(refusal, nothingBeside(direction, paneName(layout, pane)));
    const Pane other = turned.panes.at(beyond.first());
    if (beyond.size() != 1 || other.row != focused.row || other.rowSpan != focused.rowSpan) {
        return refuse(refusal,
                      tr("%1 and %2 do not form a rectangle")
                          .arg(paneName(layout, pane), paneName(layout, beyond.first())));
    }
    turned.panes[pane].columnSpan += other.columnSpan;
    turned.panes.removeAt(beyond.first());
    turnBack(turned, direction);
    return finish(turned, beyond.first() < pane ? pane - 1 : pane, refusal);
}

Result<LayoutEdit> LayoutEditing::swap(const Layout &layout, int pane,
                                       PaneDirection direction) const
{
    const QString refusal = tr("Cannot swap");
    if (pane < 0 || pane >= layout.panes.size())
        return refuse(refusal, tr("no pane has the focus"));
    const int other = neighbour(layout, pane, direction);
    if (other < 0)
        return refuse(refusal, nothingBeside(direction, paneName(layout, pane)));
    Layout swapped = layout;
    std::swap(swapped.panes[pane].title, swapped.panes[other].title);
    std::swap(swapped.panes[pane].agentId, swapped.panes[other].agentId);
    Result<LayoutEdit> edit = finish(swapped, other, refusal);
    if (edit && edit->layout.panes == finish(layout, pane, refusal)->layout.panes) {
        return refuse(refusal, tr("%1 and %2 have no agents and no titles of their own")
                                   .arg(paneName(layout, pane), paneName(layout, other)));
    }
    return edit;
}

Result<LayoutEdit> LayoutEditing::equalise(const Layout &layout, int pane) const
{
    const QString refusal = tr("Cannot equalise");
    Layout even = layout;
    bool changed = equaliseColumns(even);
    transpose(even);
    changed = equaliseColumns(even) || changed;
    transpose(even);
    if (!changed)
        return refuse(refusal,
                      tr("every grid line is in use; the panes are as even as the grid "
                         "allows"));
    return finish(even, std::clamp(pane, 0, int(even.panes.size()) - 1), refusal);
}

Result<LayoutEdit> LayoutEditing::rename(const Layout &layout, int pane, const QString &title) const
{
    const QString refusal = tr("Cannot rename");
    if (pane < 0 || pane >= layout.panes.size())
        return refuse(refusal, tr("no pane has the focus"));
    Layout renamed = layout;
    renamed.panes[pane].title = title;
    return finish(renamed, pane, refusal);
}

Result<LayoutEdit> LayoutEditing::setAgent(const Layout &layout, int pane,
                                           const QString &agentId) const
{
    const QString refusal =
        agentId.isEmpty() ? tr("Cannot clear the agent") : tr("Cannot assign the agent");
    if (pane < 0 || pane >= layout.panes.size())
        return refuse(refusal, tr("no pane has the focus"));
    if (agentId.isEmpty() && layout.panes.at(pane).agentId.isEmpty())
        return refuse(refusal, tr("%1 has no agent").arg(paneName(layout, pane)));
    Layout assigned = layout;
    assigned.panes[pane].agentId = agentId;
    return finish(assigned, pane, refusal);
}

Result<LayoutEdit> LayoutEditing::finish(Layout layout, int focus, const QString &refusal) const
{
    collapseColumns(layout);
    transpose(layout);
    collapseColumns(layout);
    transpose(layout);

    // Reading order, row by row, so that pane numbers follow the eye.
    QList<int> order(layout.panes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const Pane &left = layout.panes.at(a);
        const Pane &right = layout.panes.at(b);
        return std::pair(left.row, left.column) < std::pair(right.row, right.column);
    });
    QList<Pane> sorted;
    for (int index : std::as_const(order))
        sorted.append(layout.panes.at(index));
    layout.panes = sorted;
    layout.type = shapeType(layout);
    renumberTitles(layout);

    for (int i = 0; i < layout.panes.size(); ++i) {
        const Pane &pane = layout.panes.at(i);
        const qint64 width = qint64(layout.referenceWidth) * pane.columnSpan / layout.columns;
        const qint64 height = qint64(layout.referenceHeight) * pane.rowSpan / layout.rows;
        if (width < m_rules.minPaneWidth || height < m_rules.minPaneHeight) {
            return refuse(refusal,
                          tr("%1 would be %2 x %3 px; panes are at least %4 x %5 px")
                              .arg(paneName(layout, i), QString::number(width),
                                   QString::number(height), QString::number(m_rules.minPaneWidth),
                                   QString::number(m_rules.minPaneHeight)));
        }
    }
    for (const Violation &problem : m_rules.check(layout)) {
        if (problem.isError())
            return refuse(refusal, problem.toString());
    }
    return LayoutEdit{layout, int(order.indexOf(focus))};
}

} // namespace Hubstate::Core
