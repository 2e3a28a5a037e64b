#include "changeannouncer.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QFileInfo>
#include <QThread>
#include <atomic>

namespace Hubstate::Core::ChangeAnnouncer {

namespace {

std::atomic<bool> g_pending{false};

bool busUsable()
{
    // QtDBus needs an application object, and a session bus to talk to.
    return QCoreApplication::instance() && !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

} // namespace

void announce(const QString &path)
{
    if (!busUsable())
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    QDBusMessage signal = QDBusMessage::createSignal(QLatin1String(kObjectPath),
                                                     QLatin1String(kInterface),
                                                     QLatin1String(kSignal));
    signal << QFileInfo(path).absoluteFilePath();
    if (bus.send(signal))
        g_pending = true;
}

void flush()
{
    if (!g_pending.exchange(false) || !busUsable())
        return;
    // Messages of one connection leave in order: once the bus answers this call, every signal
    // sent before it has left.
    QDBusConnection::sessionBus().call(QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus.Peer"), QStringLiteral("Ping")));
}

} // namespace Hubstate::Core::ChangeAnnouncer
