#include "messagelook.h"

#include <QColor>
#include <QFrame>
#include <QLabel>
#include <QPalette>
#include <QVariant>

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

QLabel *messageLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

void showMessage(QLabel *label, const QString &text, bool hideWhenEmpty)
{
    label->setText(text);
    label->setAccessibleName(text);
    if (hideWhenEmpty)
        label->setVisible(!text.isEmpty());
}

} // namespace Hubstate::Ui::MessageLook
