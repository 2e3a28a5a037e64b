#include "layoutcanvasaccessible.h"

#include "layoutcanvas.h"
#include "paneaccessible.h"

namespace Hubstate::Ui {

namespace {

QAccessibleInterface *canvasFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("Hubstate::Ui::LayoutCanvas") && object
        && object->isWidgetType())
        return new LayoutCanvasAccessible(static_cast<LayoutCanvas *>(object));
    return nullptr;
}

} // namespace

LayoutCanvasAccessible::LayoutCanvasAccessible(LayoutCanvas *canvas)
    : QAccessibleWidget(canvas, QAccessible::List)
{
}

LayoutCanvasAccessible::~LayoutCanvasAccessible()
{
    for (QAccessible::Id id : std::as_const(m_children))
        QAccessible::deleteAccessibleInterface(id);
}

void LayoutCanvasAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(canvasFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

LayoutCanvas *LayoutCanvasAccessible::canvas() const
{
    return static_cast<LayoutCanvas *>(widget());
}

int LayoutCanvasAccessible::childCount() const
{
    return int(canvas()->shownLayout().panes.size());
}

QAccessibleInterface *LayoutCanvasAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    while (m_children.size() <= index) {
        m_children.append(QAccessible::registerAccessibleInterface(
            new PaneAccessible(canvas(), int(m_children.size()))));
    }
    return QAccessible::accessibleInterface(m_children.at(index));
}

int LayoutCanvasAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *pane = dynamic_cast<const PaneAccessible *>(child);
    return pane && pane->index() < childCount() ? pane->index() : -1;
}

QAccessibleInterface *LayoutCanvasAccessible::childAt(int x, int y) const
{
    const QPoint local = canvas()->mapFromGlobal(QPoint(x, y));
    for (int i = 0; i < childCount(); ++i) {
        if (canvas()->paneRect(i).contains(local))
            return child(i);
    }
    return nullptr;
}

QAccessibleInterface *LayoutCanvasAccessible::focusChild() const
{
    return canvas()->hasFocus() ? child(canvas()->focusedPane()) : nullptr;
}

} // namespace Hubstate::Ui
