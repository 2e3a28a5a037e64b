#include "printable.h"

#include <algorithm>

namespace Hubstate::Core {

namespace {

bool isInvisibleControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x200e || c == 0x200f
        || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0xfeff;
}

QString escaped(char16_t c)
{
    switch (c) {
    case 0: return QStringLiteral("\\0");
    case '\t': return QStringLiteral("\\t");
    case '\n': return QStringLiteral("\\n");
    case '\r': return QStringLiteral("\\r");
    default: break;
    }
    if (c < 0x80)
        return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    return QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
}

} // namespace

QString printable(QStringView text, qsizetype maxCharacters)
{
    static constexpr QChar ellipsis(0x2026);
    if (maxCharacters < 0 || text.size() <= maxCharacters) {
        if (std::none_of(text.begin(), text.end(), [](QChar c) {
                return isInvisibleControl(c.unicode()) || c.isSurrogate();
            }))
            return text.toString(); // the usual case: nothing to do
    }
    QString result;
    result.reserve(maxCharacters < 0 ? text.size() : std::min(text.size(), maxCharacters));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        QString piece;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size()
            && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            piece = text.mid(i, 2).toString(); // a pair stays whole, never cut in two
            ++i;
        } else if (isInvisibleControl(c) || QChar::isSurrogate(c)) {
            piece = escaped(c);
        } else {
            piece = QChar(c);
        }
        // Room is kept for the ellipsis unless this is the last character.
        const bool last = i + 1 >= text.size();
        if (maxCharacters >= 0 && result.size() + piece.size() + (last ? 0 : 1) > maxCharacters) {
            if (result.size() + 1 <= maxCharacters)
                result += ellipsis;
            return result;
        }
        result += piece;
    }
    return result;
}

} // namespace Hubstate::Core
