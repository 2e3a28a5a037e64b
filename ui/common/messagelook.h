#pragma once

class QFrame;
class QLabel;
class QString;
class QWidget;

namespace Hubstate::Ui::MessageLook {

// Colours set through the palette, not a style sheet: a widget with a style sheet keeps the
// font it had when the text size changes (200% text left its messages at 100%).

// Text in the colour of problems; `on` false gives the widget its parent's colours back.
void markProblem(QWidget *widget, bool on = true);
// A banner that warns: dark amber text on light amber, framed, readable in light and dark
// themes alike.
void markWarning(QFrame *banner);
// A banner that reports a failure: dark red text on light red, framed.
void markFailure(QFrame *banner);

// A line that reports: it wraps, shows plain text, and can be selected by mouse and keyboard
// (to copy an error).
QLabel *messageLabel(const QString &objectName, QWidget *parent);
// Says `text` on `label`, to assistive technology too; with `hideWhenEmpty` the line takes
// room only while it says something.
void showMessage(QLabel *label, const QString &text, bool hideWhenEmpty = true);

} // namespace Hubstate::Ui::MessageLook
