#include "layoutdeletecommand.h"

#include "core/state/layoutrepository.h"

#include <QCoreApplication>

namespace Hubstate::Ui {

LayoutDeleteCommand::LayoutDeleteCommand(Core::LayoutRepository &layouts,
                                         const Core::Layout &layout,
                                         std::function<void(const QString &)> done)
    : QUndoCommand(
        QCoreApplication::translate("Hubstate::Ui::LayoutsPage", "Delete \"%1\"").arg(layout.name))
    , m_layouts(layouts)
    , m_layout(layout)
    , m_done(std::move(done))
{
}

void LayoutDeleteCommand::redo()
{
    const Core::Status removed = m_layouts.remove(m_layout.id);
    m_done(removed ? QString() : removed.error().message);
}

void LayoutDeleteCommand::undo()
{
    const Core::Status restored = m_layouts.save(m_layout);
    m_done(restored ? QString() : restored.error().message);
}

} // namespace Hubstate::Ui
