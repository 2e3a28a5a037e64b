#pragma once

#include "core/common/result.h"

#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>

namespace Hubstate::Core {

class PreferencesStore;

// Tells the person of what happened while they looked elsewhere, through the desktop's
// notification service (org.freedesktop.Notifications on the session bus), as
// preferences.notifications.* say: `enabled` for all of them, the kind's own switch,
// `desktop` for the desktop rather than Hubstate's window alone, `sound` for a sound (asked of
// the service by the specification's hints). What the desktop does not take (switched off,
// no session bus, no service, an error) comes back through `undelivered` for the window's
// status bar; nothing is reported as an error.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Kind {
        BackupProblem, // a scheduled backup failed, or the last verified one is stale
        RestoreFinished,
        SyncConflict,
    };
    Q_ENUM(Kind)

    explicit DesktopNotifier(const PreferencesStore &settings, QObject *parent = nullptr);

    const PreferencesStore &settings() const { return m_settings; }
    // Whether the settings let `kind` be told at all, and whether on the desktop.
    bool wanted(Kind kind) const;
    bool toDesktop() const;

    // Sends without waiting; `delivered` or `undelivered` follows from the event loop. A
    // notification of the same kind replaces the previous one still shown.
    void notify(Kind kind, const QString &summary, const QString &body);
    // The same for a program that exits after (the CLI under a timer): waits up to
    // `timeoutMs` for the service. False when it was not shown on the desktop.
    bool notifyAndWait(Kind kind, const QString &summary, const QString &body,
                       int timeoutMs = 3000);

    // The key of the switch of `kind` (empty when only `enabled` governs it).
    static QString switchKey(Kind kind);

Q_SIGNALS:
    void delivered(Hubstate::Core::DesktopNotifier::Kind kind, uint id);
    // "Summary: body", for the status bar.
    void undelivered(Hubstate::Core::DesktopNotifier::Kind kind, const QString &text);

private:
    const PreferencesStore &m_settings;
    QMap<Kind, uint> m_shown; // the id the service gave each kind's last notification
    QSet<Kind> m_inFlight; // kinds whose notification awaits the service's answer
    QMap<Kind, std::pair<QString, QString>> m_waiting; // the next of each: summary, body
};

} // namespace Hubstate::Core
