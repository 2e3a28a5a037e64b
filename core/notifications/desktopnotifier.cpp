#include "desktopnotifier.h"

#include "core/settings/preferencesstore.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace Hubstate::Core {

namespace {

constexpr char kService[] = "org.freedesktop.Notifications";
constexpr char kPath[] = "/org/freedesktop/Notifications";
constexpr char kInterface[] = "org.freedesktop.Notifications";
const QString kDesktopEntry = QStringLiteral("org.hubstate.Hubstate");

QDBusMessage notifyCall(DesktopNotifier::Kind kind, uint replaces, bool sound,
                        const QString &summary, const QString &body)
{
    using Kind = DesktopNotifier::Kind;
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), kDesktopEntry);
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue<uchar>(1)); // normal
    switch (kind) {
    case Kind::BackupProblem:
        hints.insert(QStringLiteral("category"), QStringLiteral("transfer.error"));
        break;
    case Kind::RestoreFinished:
        hints.insert(QStringLiteral("category"), QStringLiteral("transfer.complete"));
        break;
    case Kind::SyncConflict: break;
    }
    // Names of the freedesktop sound theme; a service without sounds ignores both hints.
    if (sound) {
        hints.insert(QStringLiteral("sound-name"),
                     kind == Kind::RestoreFinished ? QStringLiteral("complete")
                                                   : QStringLiteral("dialog-warning"));
    } else {
        hints.insert(QStringLiteral("suppress-sound"), true);
    }
    QDBusMessage call =
        QDBusMessage::createMethodCall(QLatin1String(kService), QLatin1String(kPath),
                                       QLatin1String(kInterface), QStringLiteral("Notify"));
    // The body goes as plain text: services without body markup show tags as they are.
    call << QStringLiteral("Hubstate") << replaces << kDesktopEntry << summary << body
         << QStringList() << hints << -1;
    return call;
}

} // namespace

DesktopNotifier::DesktopNotifier(const PreferencesStore &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

QString DesktopNotifier::switchKey(Kind kind)
{
    switch (kind) {
    case Kind::BackupProblem: return QStringLiteral("preferences.notifications.backupEvents");
    case Kind::SyncConflict: return QStringLiteral("preferences.notifications.syncConflicts");
    case Kind::RestoreFinished: break; // asked for by the person: `enabled` alone governs it
    }
    return {};
}

bool DesktopNotifier::wanted(Kind kind) const
{
    if (!m_settings.value(QStringLiteral("preferences.notifications.enabled")).toBool())
        return false;
    const QString key = switchKey(kind);
    return key.isEmpty() || m_settings.value(key).toBool();
}

bool DesktopNotifier::toDesktop() const
{
    return m_settings.value(QStringLiteral("preferences.notifications.desktop")).toBool();
}

void DesktopNotifier::notify(Kind kind, const QString &summary, const QString &body)
{
    if (!wanted(kind))
        return;
    const QString text = body.isEmpty() ? summary : summary + QStringLiteral(": ") + body;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!toDesktop() || !bus.isConnected()) {
        Q_EMIT undelivered(kind, text);
        return;
    }
    // One at a time per kind: the next takes the place of the one before on the desktop, and
    // needs its id, which comes with the service's answer.
    if (m_inFlight.contains(kind)) {
        m_waiting.insert(kind, {summary, body});
        return;
    }
    m_inFlight.insert(kind);
    const bool sound = m_settings.value(QStringLiteral("preferences.notifications.sound")).toBool();
    auto *watcher = new QDBusPendingCallWatcher(
        bus.asyncCall(notifyCall(kind, m_shown.value(kind), sound, summary, body)), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, kind, text] {
        watcher->deleteLater();
        m_inFlight.remove(kind);
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) { // no service (ServiceUnknown), or it failed: the window says it
            Q_EMIT undelivered(kind, text);
        } else {
            m_shown.insert(kind, reply.value());
            Q_EMIT delivered(kind, reply.value());
        }
        if (m_waiting.contains(kind)) {
            const auto [nextSummary, nextBody] = m_waiting.take(kind);
            notify(kind, nextSummary, nextBody);
        }
    });
}

bool DesktopNotifier::notifyAndWait(Kind kind, const QString &summary, const QString &body,
                                    int timeoutMs)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!wanted(kind) || !toDesktop() || !bus.isConnected())
        return false;
    const bool sound = m_settings.value(QStringLiteral("preferences.notifications.sound")).toBool();
    const QDBusMessage reply =
        bus.call(notifyCall(kind, 0, sound, summary, body), QDBus::Block, timeoutMs);
    return reply.type() == QDBusMessage::ReplyMessage;
}

} // namespace Hubstate::Core
