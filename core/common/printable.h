#pragma once

#include <QString>
#include <QStringView>

namespace Hubstate::Core {

// Text from outside (a value, a key, a file name) made safe to show in a message: control
// characters (C0, DEL, C1) and the invisible ones that break lines or reorder what a terminal
// shows (U+2028, U+2029, bidirectional controls, U+FEFF) are written as escapes (\n, \t, \0,
// \x1b, \u202e), so a message stays one line and shows what the input really holds. Text
// longer than `maxCharacters` is cut, ending with an ellipsis; a negative maximum keeps it
// whole (file names). Applying it twice changes nothing more.
QString printable(QStringView text, qsizetype maxCharacters = 200);

} // namespace Hubstate::Core
