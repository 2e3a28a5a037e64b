#pragma once

#include "../profile/policyfiles.h"
#include "policylayer.h"
#include "violation.h"

#include <QList>
#include <QVariant>
#include <optional>

namespace Hubstate::Core {

// The admin policy as it applies: the system file first, then the extra file on top of it.
// A file higher in the stack may add locks, and defaults for keys no lower file sets; it never
// lifts a lower file's lock nor moves the value that lock holds.
//
// A lock without a value of its own (a group lock, an invalid value, an unreadable file) holds
// the value its admin saw: that file's and the lower files' defaults, else the template of the
// environment the policy chose (else the built-in default environment), else the built-in
// default. Never the environment the user picks, and never anything a higher file says.
class PolicyStack
{
public:
    static PolicyStack load(const PolicyFiles &files);

    const QList<PolicyLayer> &layers() const { return m_layers; }
    QString systemFile() const;
    Violations problems() const;

    bool isLocked(const QString &key) const { return lockingLayer(key) >= 0; }
    // The file whose lock holds the key (the lowest that locks it), or null.
    const PolicyLayer *lockedBy(const QString &key) const;
    // The value the lock holds the key at; invalid when the key is not locked.
    QVariant lockedValue(const QString &key) const;
    // For a lock without a value of its own: the environment whose template it follows.
    // Empty when the key is not locked or the lock names its value.
    QString lockedEnvironment(const QString &key) const;

    // The admin default, taken from the lowest file that sets one.
    std::optional<QVariant> adminDefault(const QString &key) const;
    const PolicyLayer *defaultFrom(const QString &key) const;

private:
    qsizetype lockingLayer(const QString &key, qsizetype top = -1) const;
    QVariant valueAtLayer(qsizetype layer, const QString &key) const;
    QString environmentAtLayer(qsizetype layer) const;

    QList<PolicyLayer> m_layers; // system first
};

} // namespace Hubstate::Core
