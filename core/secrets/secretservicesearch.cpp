#include "secretservicesearch.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QMap>

namespace Hubstate::Core {

namespace {

using Attributes = QMap<QString, QString>; // a{ss}

const QString kService = QStringLiteral("org.freedesktop.secrets");

} // namespace

Result<QStringList> SecretServiceSearch::keysOf(const QString &service,
                                                std::chrono::milliseconds timeout)
{
    static const QMetaType registered = qDBusRegisterMetaType<Attributes>(); // once, any thread
    Q_UNUSED(registered);
    const QString where = tr("the Secret Service (%1)").arg(kService);
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return Error::operationFailed(tr("%1 cannot be searched: no D-Bus session: %2")
                                          .arg(where, bus.lastError().message()));
    const int waitMs = int(timeout.count());

    QDBusMessage search = QDBusMessage::createMethodCall(
        kService, QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    search << QVariant::fromValue(Attributes{{QStringLiteral("server"), service}});
    const QDBusMessage found = bus.call(search, QDBus::Block, waitMs);
    if (found.type() != QDBusMessage::ReplyMessage || found.arguments().size() != 2)
        return Error::operationFailed(
            tr("%1 cannot be searched: %2").arg(where, found.errorMessage()), found.errorName());
    // Items in locked collections are found too: their attributes are not secret.
    QList<QDBusObjectPath> items = qdbus_cast<QList<QDBusObjectPath>>(found.arguments().at(0));
    items += qdbus_cast<QList<QDBusObjectPath>>(found.arguments().at(1));

    QStringList keys;
    for (const QDBusObjectPath &item : std::as_const(items)) {
        QDBusMessage get = QDBusMessage::createMethodCall(
            kService, item.path(), QStringLiteral("org.freedesktop.DBus.Properties"),
            QStringLiteral("Get"));
        get << QStringLiteral("org.freedesktop.Secret.Item") << QStringLiteral("Attributes");
        const QDBusMessage reply = bus.call(get, QDBus::Block, waitMs);
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
            return Error::operationFailed(tr("%1 does not give the attributes of %2: %3")
                                              .arg(where, item.path(), reply.errorMessage()),
                                          reply.errorName());
        }
        const QVariant value = qdbus_cast<QDBusVariant>(reply.arguments().at(0)).variant();
        const Attributes attributes = qdbus_cast<Attributes>(value);
        // The search matched the service already; asked again, in case a store matched loosely.
        if (attributes.value(QStringLiteral("server")) == service
            && attributes.contains(QStringLiteral("user")))
            keys.append(attributes.value(QStringLiteral("user")));
    }
    keys.removeDuplicates();
    keys.sort();
    return keys;
}

} // namespace Hubstate::Core
