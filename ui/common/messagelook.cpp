#include "messagelook.h"

#include <QColor>
#include <QFrame>
#include <QVariant>
#include <QPalette>

namespace Hubstate::Ui::MessageLook {

namespace {

const QColor kProblem(0xda, 0x44, 0x53);

void markBanner(QFrame *banner, const QColor &text, const QColor &background)
{
    QPalette palette = banner->palette();
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, text);
    banner->setPalette(palette);
    banner->setAutoFillBackground(true);
    banner->setFrameStyle(QFrame::Box | QFrame::Plain);
    banner->setLineWidth(1);
}

} // namespace

void markProblem(QWidget *widget, bool on)
{
    widget->setProperty("problem", on); // what tests and styles can tell it by
    if (!on) {
        widget->setPalette(QPalette());
        return;
    }
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, kProblem);
    palette.setColor(QPalette::Text, kProblem);
    widget->setPalette(palette);
}

void markWarning(QFrame *banner)
{
    markBanner(banner, QColor(0x5c, 0x44, 0x00), QColor(0xff, 0xf3, 0xcd));
}

void markFailure(QFrame *banner)
{
    markBanner(banner, QColor(0x7a, 0x1f, 0x2b), QColor(0xfc, 0xeb, 0xed));
}

} // namespace Hubstate::Ui::MessageLook
