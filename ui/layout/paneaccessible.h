#pragma once

#include <QAccessibleInterface>
#include <QCoreApplication>
#include <QPointer>

namespace Hubstate::Ui {

class LayoutCanvas;

// One pane of the canvas for assistive technology: its name is the pane's title, its
// description the agent and the size at the layout's reference size.
class PaneAccessible : public QAccessibleInterface
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Ui::PaneAccessible)

public:
    PaneAccessible(LayoutCanvas *canvas, int index);

    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QString text(QAccessible::Text type) const override;
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override;

    int index() const { return m_index; }

private:
    QPointer<LayoutCanvas> m_canvas;
    int m_index;
};

} // namespace Hubstate::Ui
