#pragma once

#include <QPointer>
#include <QWidget>

namespace Hubstate::Core {
class PreferencesStore;
}

namespace Hubstate::Ui {

// A thick outline in the accent colour around whichever control has keyboard focus, while
// preferences.accessibility.focusIndicators is on. It is a sibling drawn above the focused
// control, so it scrolls and moves with it; it never takes focus or mouse clicks.
class FocusIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit FocusIndicator(Core::PreferencesStore &store, QObject *owner);
    ~FocusIndicator() override;

    bool isEnabledBySettings() const { return m_on; }
    QWidget *target() const { return m_target; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void follow(QWidget *widget);
    void place();

    Core::PreferencesStore &m_store;
    QPointer<QWidget> m_target;
    bool m_on = false;
};

} // namespace Hubstate::Ui
