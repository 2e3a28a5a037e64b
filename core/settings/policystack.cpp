#include "policystack.h"

#include "environmenttemplate.h"
#include "settingsschema.h"

namespace Hubstate::Core {

namespace {
const QString kEnvironment = QStringLiteral("environment");
}

PolicyStack PolicyStack::load(const PolicyFiles &files)
{
    PolicyStack stack;
    stack.m_layers.append(PolicyLayer::load(files.system, PolicyLayer::Role::System));
    if (!files.extra.isEmpty())
        stack.m_layers.append(PolicyLayer::load(files.extra, PolicyLayer::Role::Extra));
    return stack;
}

QString PolicyStack::systemFile() const
{
    return m_layers.isEmpty() ? QString() : m_layers.first().file();
}

Violations PolicyStack::problems() const
{
    Violations problems;
    for (const PolicyLayer &layer : m_layers)
        problems.append(layer.problems());
    return problems;
}

qsizetype PolicyStack::lockingLayer(const QString &key, qsizetype top) const
{
    const qsizetype last = top < 0 ? m_layers.size() - 1 : top;
    for (qsizetype i = 0; i <= last; ++i) {
        if (m_layers.at(i).isLocked(key))
            return i;
    }
    return -1;
}

const PolicyLayer *PolicyStack::lockedBy(const QString &key) const
{
    const qsizetype layer = lockingLayer(key);
    return layer < 0 ? nullptr : &m_layers.at(layer);
}

QVariant PolicyStack::lockedValue(const QString &key) const
{
    const qsizetype layer = lockingLayer(key);
    if (layer < 0)
        return {};
    const QVariant pinned = m_layers.at(layer).lockedValue(key);
    return pinned.isValid() ? pinned : valueAtLayer(layer, key);
}

QString PolicyStack::lockedEnvironment(const QString &key) const
{
    const qsizetype layer = lockingLayer(key);
    if (layer < 0 || key == kEnvironment || m_layers.at(layer).lockedValue(key).isValid())
        return {};
    return environmentAtLayer(layer);
}

// What the admin of `layer` saw for `key` with no user setting: the defaults of that file and
// the files below it, else the template of the environment they chose, else the built-in
// default. Files above `layer` have no say.
QVariant PolicyStack::valueAtLayer(qsizetype layer, const QString &key) const
{
    for (qsizetype i = 0; i <= layer && i < m_layers.size(); ++i) {
        const auto it = m_layers.at(i).defaults().constFind(key);
        if (it != m_layers.at(i).defaults().constEnd())
            return *it;
    }
    if (key != kEnvironment) {
        if (const auto values = EnvironmentTemplate::values(environmentAtLayer(layer))) {
            const auto it = values->constFind(key);
            if (it != values->constEnd())
                return *it;
        }
    }
    const SettingDefinition *definition = SettingsSchema::instance().find(key);
    return definition ? definition->defaultValue : QVariant();
}

QString PolicyStack::environmentAtLayer(qsizetype layer) const
{
    const qsizetype locking = lockingLayer(kEnvironment, layer);
    if (locking >= 0) {
        const QVariant pinned = m_layers.at(locking).lockedValue(kEnvironment);
        return (pinned.isValid() ? pinned : valueAtLayer(locking, kEnvironment)).toString();
    }
    return valueAtLayer(layer, kEnvironment).toString();
}

std::optional<QVariant> PolicyStack::adminDefault(const QString &key) const
{
    if (const PolicyLayer *layer = defaultFrom(key))
        return layer->defaults().value(key);
    return std::nullopt;
}

const PolicyLayer *PolicyStack::defaultFrom(const QString &key) const
{
    for (const PolicyLayer &layer : m_layers) {
        if (layer.defaults().contains(key))
            return &layer;
    }
    return nullptr;
}

} // namespace Hubstate::Core
