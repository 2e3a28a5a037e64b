#pragma once

#include <QJsonValue>
#include <cmath>
#include <optional>

namespace Hubstate::Core {

// A JSON number that is a whole number a double holds exactly (within +-2^53), as an integer;
// nothing for anything else. Casting a larger double (1e300) to an integer is undefined
// behaviour, and a fraction would be cut silently.
inline std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    constexpr double exactLimit = 9007199254740992.0; // 2^53
    if (!(number >= -exactLimit && number <= exactLimit) || number != std::trunc(number))
        return std::nullopt;
    return qint64(number);
}

} // namespace Hubstate::Core
