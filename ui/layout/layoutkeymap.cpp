#include "layoutkeymap.h"

#include "core/settings/preferencesstore.h"
#include "core/settings/settingsschema.h"

#include <QKeyEvent>

namespace Hubstate::Ui {

namespace {

struct Binding
{
    LayoutAction action;
    const char *key;
};

constexpr Binding kBindings[] = {
    {LayoutAction::FocusLeft, "layout.focusLeft"},
    {LayoutAction::FocusRight, "layout.focusRight"},
    {LayoutAction::FocusUp, "layout.focusUp"},
    {LayoutAction::FocusDown, "layout.focusDown"},
    {LayoutAction::SplitHorizontally, "layout.splitHorizontally"},
    {LayoutAction::SplitVertically, "layout.splitVertically"},
    {LayoutAction::ResizeLeft, "layout.resizeLeft"},
    {LayoutAction::ResizeRight, "layout.resizeRight"},
    {LayoutAction::ResizeUp, "layout.resizeUp"},
    {LayoutAction::ResizeDown, "layout.resizeDown"},
    {LayoutAction::MergeLeft, "layout.mergeLeft"},
    {LayoutAction::MergeRight, "layout.mergeRight"},
    {LayoutAction::MergeUp, "layout.mergeUp"},
    {LayoutAction::MergeDown, "layout.mergeDown"},
    {LayoutAction::SwapLeft, "layout.swapLeft"},
    {LayoutAction::SwapRight, "layout.swapRight"},
    {LayoutAction::SwapUp, "layout.swapUp"},
    {LayoutAction::SwapDown, "layout.swapDown"},
    {LayoutAction::Equalise, "layout.equalise"},
    {LayoutAction::Zoom, "layout.zoom"},
    {LayoutAction::Rename, "layout.rename"},
    {LayoutAction::AssignAgent, "layout.assignAgent"},
    {LayoutAction::ClearAgent, "layout.clearAgent"},
    {LayoutAction::JumpToPane1, "layout.jumpToPane1"},
    {LayoutAction::JumpToPane2, "layout.jumpToPane2"},
    {LayoutAction::JumpToPane3, "layout.jumpToPane3"},
    {LayoutAction::JumpToPane4, "layout.jumpToPane4"},
    {LayoutAction::JumpToPane5, "layout.jumpToPane5"},
    {LayoutAction::JumpToPane6, "layout.jumpToPane6"},
    {LayoutAction::JumpToPane7, "layout.jumpToPane7"},
    {LayoutAction::JumpToPane8, "layout.jumpToPane8"},
    {LayoutAction::JumpToPane9, "layout.jumpToPane9"},
    {LayoutAction::Undo, "app.undo"},
    {LayoutAction::Redo, "app.redo"},
    {LayoutAction::Save, "app.save"},
    {LayoutAction::Help, "app.help"},
};

} // namespace

LayoutKeyMap::LayoutKeyMap(const Core::PreferencesStore &store)
    : m_store(store)
{
}

QString LayoutKeyMap::settingKey(LayoutAction action)
{
    for (const Binding &binding : kBindings) {
        if (binding.action == action)
            return QStringLiteral("preferences.keyboard.shortcuts.") + QLatin1String(binding.key);
    }
    return {};
}

QList<LayoutAction> LayoutKeyMap::actions()
{
    QList<LayoutAction> all;
    for (const Binding &binding : kBindings)
        all.append(binding.action);
    return all;
}

QKeySequence LayoutKeyMap::keys(LayoutAction action) const
{
    return QKeySequence(m_store.text(settingKey(action)), QKeySequence::PortableText);
}

std::optional<LayoutAction> LayoutKeyMap::match(const QKeyEvent &event) const
{
    if (event.key() == 0 || event.key() == Qt::Key_unknown)
        return std::nullopt;
    // The keypad's Enter and digits count as the main keyboard's.
    const Qt::KeyboardModifiers modifiers = event.modifiers() & ~Qt::KeypadModifier;
    const int key = event.key() == Qt::Key_Enter ? Qt::Key_Return : event.key();
    const QKeyCombination pressed(modifiers, Qt::Key(key));
    for (const Binding &binding : kBindings) {
        const QKeySequence bound = keys(binding.action);
        if (!bound.isEmpty() && bound[0] == pressed)
            return binding.action;
    }
    return std::nullopt;
}

QString LayoutKeyMap::helpText() const
{
    QStringList lines;
    for (const Binding &binding : kBindings) {
        const QString key = settingKey(binding.action);
        const Core::SettingDefinition *definition = Core::SettingsSchema::instance().find(key);
        const QString label = definition
            ? QCoreApplication::translate("Hubstate::Core::SettingsSchema", definition->label)
            : key;
        const QString bound = keys(binding.action).toString(QKeySequence::NativeText);
        lines.append(tr("%1: %2").arg(bound.isEmpty() ? tr("(no key)") : bound, label));
    }
    return lines.join(u'\n');
}

} // namespace Hubstate::Ui
