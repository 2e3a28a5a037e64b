#pragma once

#include <QAccessibleWidget>
#include <QList>

namespace Hubstate::Ui {

class LayoutCanvas;

// The canvas as assistive technology sees it: a list whose children are the panes
// (PaneAccessible), each with its title, agent and size.
class LayoutCanvasAccessible : public QAccessibleWidget
{
public:
    explicit LayoutCanvasAccessible(LayoutCanvas *canvas);
    ~LayoutCanvasAccessible() override;

    // Registers the factory that gives every LayoutCanvas this interface (once).
    static void install();

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    LayoutCanvas *canvas() const;

private:
    mutable QList<QAccessible::Id> m_children; // one per pane index, created when asked
};

} // namespace Hubstate::Ui
