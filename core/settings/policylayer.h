#pragma once

#include "violation.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QVariant>

namespace Hubstate::Core {

// One admin policy file (the system's /etc/xdg/hubstate/policy.ini, or the extra file named by
// HUBSTATE_POLICY_FILE; PolicyStack puts them together): an INI file with dotted keys.
//   [defaults]  preferences.theme.mode=dark   admin default, the user may change it
//   [locked]    privacy.telemetry=false       the user cannot change it
//   [locked]    privacy.*=                    locks a whole group at the values below the user
//   [meta]      explanation=Managed by IT     shown next to every lock
// A bad entry is reported (file, key, rule) and ignored; the rest of the policy applies. The old
// name of a renamed setting (RenamedSettings) applies to its new name, with a warning.
// A file that is there (by lstat: a dangling symbolic link is there) but cannot be read, or
// whose presence cannot be told (a folder on the way that cannot be searched), fails closed:
// it locks every setting.
class PolicyLayer
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::PolicyLayer)

public:
    // The system file may be absent without a word; an extra file someone named but that is
    // not there is worth a warning (it adds nothing, so nothing else changes).
    enum class Role { System, Extra };

    static PolicyLayer load(const QString &path, Role role = Role::System);

    QString file() const { return m_file; }
    Role role() const { return m_role; }
    bool exists() const { return m_exists; }
    // The file is there but unreadable: every setting is locked at the value below it.
    bool locksEverything() const { return m_lockAll; }
    QString explanation() const { return m_explanation; }

    const QMap<QString, QVariant> &defaults() const { return m_defaults; }
    bool isLocked(const QString &key) const { return m_lockAll || m_locked.contains(key); }
    // The value a lock pins, or an invalid QVariant for a group lock (pinned at the value below).
    QVariant lockedValue(const QString &key) const { return m_lockedValues.value(key); }
    const Violations &problems() const { return m_problems; }

private:
    void failClosed(const QString &reason);

    QString m_file;
    Role m_role = Role::System;
    bool m_exists = false;
    bool m_lockAll = false; // the file exists but cannot be read: fail closed
    QString m_explanation;
    QMap<QString, QVariant> m_defaults;
    QSet<QString> m_locked;
    QMap<QString, QVariant> m_lockedValues;
    Violations m_problems;
};

} // namespace Hubstate::Core
