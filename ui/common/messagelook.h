#pragma once

class QFrame;
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

} // namespace Hubstate::Ui::MessageLook
