#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace Hubstate::Core {
class PreferencesStore;
}

namespace Hubstate::Ui {

class FocusFrame;

// A thick outline in the accent colour around whichever control has keyboard focus, while
// preferences.accessibility.focusIndicators is on.
//
// The frame floats above the control and never takes part in a layout: it is a child of the
// nearest ancestor that places children by hand (the window, or the viewport of a scroll area,
// so that it scrolls and is clipped with the page), never of the control's own parent, which
// may adopt every child widget as a pane (QSplitter does). It follows the control by watching
// the control and every widget between it and that ancestor.
class FocusIndicator : public QObject
{
    Q_OBJECT

public:
    explicit FocusIndicator(Core::PreferencesStore &store, QObject *parent = nullptr);
    ~FocusIndicator() override;

    QWidget *frame() const; // null when none is shown
    QWidget *target() const { return m_target; }

    // Where the frame of `widget` lives: the window or the nearest scroll area's viewport.
    static QWidget *hostFor(const QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow(QWidget *widget);
    void unwatch();
    void place();
    void schedulePlace(); // after the layout pass that moved the target

    Core::PreferencesStore &m_store;
    QPointer<QWidget> m_target;
    QList<QPointer<QWidget>> m_watched; // the target and its ancestors below the host
    QPointer<FocusFrame> m_frame;
    bool m_on = false;
    bool m_placePending = false;
};

} // namespace Hubstate::Ui
