#pragma once

#include <QByteArray>
#include <utility>

namespace Hubstate::Core {

// Line and column (1-based, columns in characters of UTF-8) of a byte offset, so that syntax
// errors point where an editor shows them.
inline std::pair<int, int> lineAndColumn(const QByteArray &text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text.at(i)) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

} // namespace Hubstate::Core
