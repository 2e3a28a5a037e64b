#pragma once

#include "core/state/layout.h"

#include <QUndoCommand>
#include <functional>

namespace Hubstate::Core {
class LayoutRepository;
}

namespace Hubstate::Ui {

// Deleting a stored layout, undone by saving it again as it was.
class LayoutDeleteCommand : public QUndoCommand
{
public:
    // `done` is told the outcome: an empty message, or why the database refused.
    LayoutDeleteCommand(Core::LayoutRepository &layouts, const Core::Layout &layout,
                        std::function<void(const QString &error)> done);

    void undo() override;
    void redo() override;

private:
    Core::LayoutRepository &m_layouts;
    Core::Layout m_layout;
    std::function<void(const QString &)> m_done;
};

} // namespace Hubstate::Ui
