#include "focusframe.h"

#include <QPainter>

namespace Hubstate::Ui {

FocusFrame::FocusFrame(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("focusIndicator"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    setAccessibleName(tr("Keyboard focus indicator"));
    setAccessibleDescription(tr("Outline around the control that has keyboard focus"));
}

void FocusFrame::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QPen pen(palette().color(QPalette::Highlight), width);
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    const double half = width / 2.0;
    painter.drawRect(QRectF(rect()).adjusted(half, half, -half, -half));
}

} // namespace Hubstate::Ui
