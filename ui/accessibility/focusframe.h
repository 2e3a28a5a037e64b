#pragma once

#include <QWidget>

namespace Hubstate::Ui {

// The outline FocusIndicator draws: a widget stacked above the focused control, transparent
// to the mouse, never taking focus.
class FocusFrame : public QWidget
{
    Q_OBJECT

public:
    static constexpr int width = 3; // thick enough to see at a glance, also at 200% text

    explicit FocusFrame(QWidget *parent);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace Hubstate::Ui
