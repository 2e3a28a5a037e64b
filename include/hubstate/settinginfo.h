#pragma once

#include <QtCore/QString>
#include <QtCore/QVariant>

namespace Hubstate {

// One setting as it is now, and why (docs/settings.md lists the keys).
struct SettingInfo
{
    QString key;
    QVariant value; // bool, qint64 or QString, as the setting's type says
    QString text; // the value as `hubstate-cli config get` prints it
    QVariant defaultValue; // Hubstate's built-in default
    // The layer that supplies the value: default | template | adminDefault | user | adminLock.
    QString layer;
    bool locked = false; // the administrator's policy holds it; setting it is refused
};

} // namespace Hubstate
