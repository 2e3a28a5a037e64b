#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <compare>
#include <functional>
#include <optional>

namespace Hubstate::Core {

// A hybrid logical clock stamp: wall time in milliseconds, a counter for events within one
// millisecond (or while the wall clock lags behind what was seen), and the device, which
// breaks ties so that every device orders any two stamps the same way.
struct SyncStamp
{
    qint64 wallMs = 0;
    quint32 counter = 0;
    QString device;

    bool isNull() const { return wallMs == 0 && counter == 0 && device.isEmpty(); }
    std::strong_ordering operator<=>(const SyncStamp &other) const;
    bool operator==(const SyncStamp &other) const = default;

    // "WALL.COUNTER.DEVICE", which sorts as the stamps do once WALL is 13 digits.
    QString toString() const;
    static std::optional<SyncStamp> fromString(const QString &text);
};

// Stamps for this device's changes. A stamp is never below one this device has made or seen,
// so an edit made after another device's edit was applied here wins over it even when this
// device's wall clock is hours behind (Kulkarni et al., "Logical Physical Clocks", 2014).
class HybridClock
{
public:
    HybridClock(QString device, std::function<qint64()> wallClock);

    SyncStamp last() const { return m_last; }
    void restore(const SyncStamp &last) { m_last = last; }
    SyncStamp now();
    // Moves the clock past a stamp received from another device.
    void observe(const SyncStamp &remote);

private:
    QString m_device;
    std::function<qint64()> m_wallClock;
    SyncStamp m_last;
};

// Which edits of one item a version includes: per device, how many of its edits to the item.
// Two versions where neither includes the other were made concurrently: a conflict.
class VersionVector
{
public:
    enum class Order { Equal, Before, After, Concurrent };

    Order compare(const VersionVector &other) const;
    bool includes(const VersionVector &other) const; // Equal or After
    void merge(const VersionVector &other);
    void increment(const QString &device);
    bool isEmpty() const { return m_counters.isEmpty(); }
    const QMap<QString, quint64> &counters() const { return m_counters; }
    bool operator==(const VersionVector &other) const = default;

    QJsonObject toJson() const;
    // Device ids must be 16 hex digits and counters positive integers; nullopt otherwise.
    static std::optional<VersionVector> fromJson(const QJsonObject &object);

private:
    QMap<QString, quint64> m_counters;
};

// A device id: 16 lower-case hex digits.
bool isSyncDeviceId(const QString &id);

} // namespace Hubstate::Core
