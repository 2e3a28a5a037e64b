#include "layouteditcommand.h"

namespace Hubstate::Ui {

LayoutEditCommand::LayoutEditCommand(const QString &text, const Core::Layout &before,
                                     int beforeFocus, const Core::Layout &after, int afterFocus,
                                     Apply apply)
    : QUndoCommand(text)
    , m_before(before)
    , m_after(after)
    , m_beforeFocus(beforeFocus)
    , m_afterFocus(afterFocus)
    , m_apply(std::move(apply))
{
}

void LayoutEditCommand::undo()
{
    m_apply(m_before, m_beforeFocus);
}

void LayoutEditCommand::redo()
{
    m_apply(m_after, m_afterFocus);
}

} // namespace Hubstate::Ui
