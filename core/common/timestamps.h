#pragma once

#include <QDateTime>

namespace Hubstate::Core {

// An ISO 8601 date and time as files carry them, in UTC. A time without an offset is taken as
// UTC rather than the machine's local time, so the same file means the same instant anywhere.
// Invalid (and empty) text gives an invalid QDateTime.
inline QDateTime parseTimestamp(const QString &text)
{
    if (text.size() < 16 || text.at(10) != u'T')
        return {};
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeSpec(Qt::UTC);
    parsed = parsed.toUTC();
    // Only instants that can be written back as read: ISO 8601 text has years 1 to 9999, and an
    // offset can move a time past either end in UTC (Qt then writes it as empty text).
    if (parsed.date().year() < 1 || parsed.date().year() > 9999)
        return {};
    return parsed;
}

} // namespace Hubstate::Core
