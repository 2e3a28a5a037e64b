#pragma once

#include "core/state/layout.h"

#include <QUndoCommand>
#include <functional>

namespace Hubstate::Ui {

// One undoable change of the draft layout: the layout and focused pane before and after.
class LayoutEditCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const Core::Layout &layout, int focus)>;

    LayoutEditCommand(const QString &text, const Core::Layout &before, int beforeFocus,
                      const Core::Layout &after, int afterFocus, Apply apply);

    void undo() override;
    void redo() override;

private:
    Core::Layout m_before;
    Core::Layout m_after;
    int m_beforeFocus;
    int m_afterFocus;
    Apply m_apply;
};

} // namespace Hubstate::Ui
