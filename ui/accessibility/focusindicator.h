#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace Hubstate::Core {
class PreferencesStore;
}

namespace Hubstate::Ui {

class FocusFrame;

// A thick outline in the accent colour around whichever control has keyboard focus, while
// preferences.accessibility.focusIndicators is on. The frame is a sibling stacked above the
// focused control, so it scrolls and moves with it; when its parent goes away (a closed
// dialog) a new frame is made at the next focus change.
class FocusIndicator : public QObject
{
    Q_OBJECT

public:
    explicit FocusIndicator(Core::PreferencesStore &store, QObject *parent = nullptr);
    ~FocusIndicator() override;

    QWidget *frame() const; // null when none is shown
    QWidget *target() const { return m_target; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow(QWidget *widget);
    void place();
    void schedulePlace(); // after the layout pass that moved the target

    Core::PreferencesStore &m_store;
    QPointer<QWidget> m_target;
    QPointer<FocusFrame> m_frame;
    bool m_on = false;
    bool m_placePending = false;
};

} // namespace Hubstate::Ui
