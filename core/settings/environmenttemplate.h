#pragma once

#include <QMap>
#include <QStringList>
#include <QVariant>

namespace Hubstate::Core {

// The plan's configuration templates (development, production): the values of the layer
// between the built-in defaults and the admin policy, chosen by the `environment` setting.
class EnvironmentTemplate
{
public:
    static QStringList names();
    // Key -> typed value, or null when no template has that name (staging has none). Built
    // once: every value lookup of the store asks.
    static const QMap<QString, QVariant> *values(const QString &name);
};

} // namespace Hubstate::Core
