#pragma once

#include "core/common/result.h"
#include "layout.h"
#include "layoutrules.h"

#include <QCoreApplication>

namespace Hubstate::Core {

enum class PaneDirection { Left, Right, Up, Down };

// A changed layout and the pane that holds the focus after the change (an index into panes).
struct LayoutEdit
{
    Layout layout;
    int focus = 0;
};

// The editing operations of the layout editor, without widgets: each returns the changed
// layout or refuses with the reason ("Cannot split: a layout holds at most 9 panes"), so the
// rules hold whoever edits. Grid steps are cells of the layout's grid; when a step needs a
// finer grid (a split or resize of a pane one cell wide), a grid line is added, up to
// `gridSize`. Results keep the panes in reading order (row by row) and name the type after the
// shape (single, split, grid-2x2, grid-3x3, else custom).
class LayoutEditing
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::LayoutEditing)

public:
    explicit LayoutEditing(LayoutRules rules = {});

    // A new custom layout of one pane with a fresh id.
    static Layout blank(const QDateTime &now);
    // A copy under a fresh id, named "NAME (copy)", created now.
    static Layout duplicate(const Layout &layout, const QDateTime &now);
    // The named type the panes' shape fits, or "custom".
    static QString shapeType(const Layout &layout);
    // The pane beside `pane` in `direction` (beside its top or left cell); -1 when none.
    static int neighbour(const Layout &layout, int pane, PaneDirection direction);
    // What the pane is called in messages: its title, or "pane N".
    static QString paneName(const Layout &layout, int pane);
    // The title shown for the pane: a numbered title ("Pane 4") is the pane's own number, so
    // that a stored layout whose panes moved never shows "1 Pane 4"; edits renumber them.
    static QString paneTitle(const Layout &layout, int pane);

    // Horizontal: side by side, the new pane on the right; vertical: the new pane below.
    [[nodiscard]] Result<LayoutEdit> split(const Layout &layout, int pane,
                                           Qt::Orientation orientation) const;
    // Moves a border of the pane one grid step in `direction`: the border on that side when
    // there is a neighbour there, else the opposite border (the pane shrinks).
    [[nodiscard]] Result<LayoutEdit> resize(const Layout &layout, int pane,
                                            PaneDirection direction) const;
    // Joins the pane with its neighbour in `direction`; together they must form a rectangle.
    [[nodiscard]] Result<LayoutEdit> merge(const Layout &layout, int pane,
                                           PaneDirection direction) const;
    // Exchanges the contents (title and agent) with the neighbour in `direction`; numbered
    // titles ("Pane 2") stay with their place.
    [[nodiscard]] Result<LayoutEdit> swap(const Layout &layout, int pane,
                                          PaneDirection direction) const;
    // Removes the grid lines no pane edge uses, so panes get equal steps.
    [[nodiscard]] Result<LayoutEdit> equalise(const Layout &layout, int pane) const;
    [[nodiscard]] Result<LayoutEdit> rename(const Layout &layout, int pane,
                                            const QString &title) const;
    // An empty `agentId` clears the agent.
    [[nodiscard]] Result<LayoutEdit> setAgent(const Layout &layout, int pane,
                                              const QString &agentId) const;

private:
    Result<LayoutEdit> finish(Layout layout, int focus, const QString &refusal) const;
    // The resize towards the right of a layout turned so that `direction` points right;
    // refused when panes away from the moved border would change size.
    Result<Layout> resizeRight(Layout layout, int pane, bool columns) const;
    Result<Layout> moveBorderRight(Layout layout, int pane, bool columns) const;
    static Error refuse(const QString &refusal, const QString &reason);
    static QString nothingBeside(PaneDirection direction, const QString &pane);
    QString gridLimit(bool columns) const;

    LayoutRules m_rules;
};

} // namespace Hubstate::Core
