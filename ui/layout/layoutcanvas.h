#pragma once

#include "core/state/layout.h"
#include "layoutkeymap.h"

#include <QHash>
#include <QWidget>

namespace Hubstate::Ui {

// How the canvas draws panes, from the layout's settings or else the preferences.
struct CanvasDisplay
{
    bool showHeaders = true;
    bool showTabs = true;
    bool snapToGrid = true;
};

// A proportional drawing of a layout at its reference size: each pane labelled with its title
// and agent, the focused pane outlined, the grid drawn when panes snap to it. Keys bound in the
// LayoutKeyMap are taken before any window shortcut and reported as actions; the editor acts.
// Assistive technology sees each pane as a child (LayoutCanvasAccessible).
class LayoutCanvas : public QWidget
{
    Q_OBJECT

public:
    LayoutCanvas(const LayoutKeyMap &keys, QWidget *parent = nullptr);

    void showLayout(const Core::Layout &layout, int focusedPane);
    void setDisplay(const CanvasDisplay &display);
    void setZoomed(bool zoomed);
    // The names panes show for their agents, by agent id ("Scout", "Scout (disabled)");
    // an id not in the table is shown as not configured.
    void setAgentNames(const QHash<QString, QString> &names);
    QString agentLabel(const QString &agentId) const;

    const Core::Layout &shownLayout() const { return m_layout; }
    int focusedPane() const { return m_focus; }
    bool isZoomed() const { return m_zoomed; }
    const CanvasDisplay &display() const { return m_display; }
    // Where pane `index` is drawn, in the canvas's coordinates; empty when hidden by zoom.
    QRect paneRect(int index) const;
    // "Pane 1 of 2, Pane 1, agent Scout, 960 x 1080 px": what a screen reader says about a pane.
    QString paneDescription(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void actionTriggered(Hubstate::Ui::LayoutAction action);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    QRect drawingArea() const;
    void announceFocus();

    const LayoutKeyMap &m_keys;
    Core::Layout m_layout;
    int m_focus = 0;
    bool m_zoomed = false;
    CanvasDisplay m_display;
    QHash<QString, QString> m_agentNames;
};

} // namespace Hubstate::Ui
