#include "paneaccessible.h"

#include "core/state/layoutediting.h"
#include "layoutcanvas.h"

#include <QWidget>
#include <QWindow>

namespace Hubstate::Ui {

PaneAccessible::PaneAccessible(LayoutCanvas *canvas, int index)
    : m_canvas(canvas)
    , m_index(index)
{
}

bool PaneAccessible::isValid() const
{
    return m_canvas && m_index < m_canvas->shownLayout().panes.size();
}

QWindow *PaneAccessible::window() const
{
    return m_canvas ? m_canvas->window()->windowHandle() : nullptr;
}

QAccessibleInterface *PaneAccessible::parent() const
{
    return m_canvas ? QAccessible::queryAccessibleInterface(m_canvas.data()) : nullptr;
}

QString PaneAccessible::text(QAccessible::Text type) const
{
    if (!isValid())
        return {};
    const Core::Pane &pane = m_canvas->shownLayout().panes.at(m_index);
    switch (type) {
    case QAccessible::Name: {
        const QString title = Core::LayoutEditing::paneTitle(m_canvas->shownLayout(), m_index);
        return title.isEmpty() ? tr("Pane %1").arg(m_index + 1) : title;
    }
    case QAccessible::Description: return m_canvas->paneDescription(m_index);
    case QAccessible::Value: return m_canvas->agentLabel(pane.agentId);
    default: return {};
    }
}

QRect PaneAccessible::rect() const
{
    if (!isValid())
        return {};
    const QRect local = m_canvas->paneRect(m_index);
    return local.isEmpty() ? QRect() : QRect(m_canvas->mapToGlobal(local.topLeft()), local.size());
}

QAccessible::State PaneAccessible::state() const
{
    QAccessible::State state;
    if (!isValid()) {
        state.invalid = true;
        return state;
    }
    state.focusable = true;
    state.selectable = true;
    const bool current = m_canvas->focusedPane() == m_index;
    state.selected = current;
    state.focused = current && m_canvas->hasFocus();
    state.invisible = m_canvas->paneRect(m_index).isEmpty();
    return state;
}

} // namespace Hubstate::Ui
