#include "syncclock.h"

#include "core/common/jsonnumbers.h"

#include <QRegularExpression>

namespace Hubstate::Core {

std::strong_ordering SyncStamp::operator<=>(const SyncStamp &other) const
{
    if (auto order = wallMs <=> other.wallMs; order != 0)
        return order;
    if (auto order = counter <=> other.counter; order != 0)
        return order;
    const int text = device.compare(other.device);
    return text < 0 ? std::strong_ordering::less
                    : text > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
}

QString SyncStamp::toString() const
{
    return QStringLiteral("%1.%2.%3")
        .arg(wallMs, 13, 10, QLatin1Char('0'))
        .arg(counter)
        .arg(device);
}

std::optional<SyncStamp> SyncStamp::fromString(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9]{13,15})\\.([0-9]{1,9})\\.([0-9a-f]{16})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    SyncStamp stamp;
    stamp.wallMs = match.captured(1).toLongLong();
    stamp.counter = match.captured(2).toUInt();
    stamp.device = match.captured(3);
    return stamp;
}

HybridClock::HybridClock(QString device, std::function<qint64()> wallClock)
    : m_device(std::move(device))
    , m_wallClock(std::move(wallClock))
{
}

SyncStamp HybridClock::now()
{
    const qint64 wall = m_wallClock();
    if (wall > m_last.wallMs) {
        m_last.wallMs = wall;
        m_last.counter = 0;
    } else {
        ++m_last.counter;
    }
    m_last.device = m_device;
    return m_last;
}

void HybridClock::observe(const SyncStamp &remote)
{
    if (remote.wallMs > m_last.wallMs
        || (remote.wallMs == m_last.wallMs && remote.counter > m_last.counter)) {
        m_last.wallMs = remote.wallMs;
        m_last.counter = remote.counter;
        m_last.device = m_device;
    }
}

VersionVector::Order VersionVector::compare(const VersionVector &other) const
{
    bool less = false;
    bool greater = false;
    auto visit = [&](const QString &device) {
        const quint64 mine = m_counters.value(device);
        const quint64 theirs = other.m_counters.value(device);
        less = less || mine < theirs;
        greater = greater || mine > theirs;
    };
    for (auto it = m_counters.cbegin(); it != m_counters.cend(); ++it)
        visit(it.key());
    for (auto it = other.m_counters.cbegin(); it != other.m_counters.cend(); ++it)
        visit(it.key());
    if (less && greater)
        return Order::Concurrent;
    if (less)
        return Order::Before;
    if (greater)
        return Order::After;
    return Order::Equal;
}

bool VersionVector::includes(const VersionVector &other) const
{
    const Order order = compare(other);
    return order == Order::Equal || order == Order::After;
}

void VersionVector::merge(const VersionVector &other)
{
    for (auto it = other.m_counters.cbegin(); it != other.m_counters.cend(); ++it)
        m_counters[it.key()] = std::max(m_counters.value(it.key()), it.value());
}

void VersionVector::increment(const QString &device)
{
    ++m_counters[device];
}

QJsonObject VersionVector::toJson() const
{
    QJsonObject object;
    for (auto it = m_counters.cbegin(); it != m_counters.cend(); ++it)
        object.insert(it.key(), double(it.value()));
    return object;
}

std::optional<VersionVector> VersionVector::fromJson(const QJsonObject &object)
{
    // A vector names each device that edited the item; a thousand is far beyond any use.
    if (object.size() > 1000)
        return std::nullopt;
    VersionVector vector;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const std::optional<qint64> counter = wholeNumber(it.value());
        if (!isSyncDeviceId(it.key()) || !counter || *counter < 1)
            return std::nullopt;
        vector.m_counters.insert(it.key(), quint64(*counter));
    }
    return vector;
}

bool isSyncDeviceId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{16}$"));
    return pattern.match(id).hasMatch();
}

} // namespace Hubstate::Core
