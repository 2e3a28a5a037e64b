#pragma once

#include "violation.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QVariant>

namespace Hubstate::Core {

// The admin policy: an INI file (default /etc/xdg/hubstate/policy.ini, or HUBSTATE_POLICY_FILE)
// with dotted keys.
//   [defaults]  preferences.theme.mode=dark   admin default, the user may change it
//   [locked]    privacy.telemetry=false       the user cannot change it
//   [locked]    privacy.*=                    locks a whole group at the values below the user
//   [meta]      explanation=Managed by IT     shown next to every lock
// A bad entry is reported (file, key, rule) and ignored; the rest of the policy applies.
class PolicyLayer
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::PolicyLayer)

public:
    static PolicyLayer load(const QString &path);

    QString file() const { return m_file; }
    bool exists() const { return m_exists; }
    QString explanation() const { return m_explanation; }

    const QMap<QString, QVariant> &defaults() const { return m_defaults; }
    bool isLocked(const QString &key) const { return m_lockAll || m_locked.contains(key); }
    // The value a lock pins, or an invalid QVariant for a group lock (pinned at the value below).
    QVariant lockedValue(const QString &key) const { return m_lockedValues.value(key); }
    const Violations &problems() const { return m_problems; }

private:
    QString m_file;
    bool m_exists = false;
    bool m_lockAll = false; // the file exists but cannot be read: fail closed
    QString m_explanation;
    QMap<QString, QVariant> m_defaults;
    QSet<QString> m_locked;
    QMap<QString, QVariant> m_lockedValues;
    Violations m_problems;
};

} // namespace Hubstate::Core
