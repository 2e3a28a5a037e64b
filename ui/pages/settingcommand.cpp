#include "settingcommand.h"

#include "core/settings/preferencesstore.h"
#include "core/settings/settingsschema.h"

#include <QCoreApplication>

namespace Hubstate::Ui {

SettingCommand::SettingCommand(Core::PreferencesStore &store, const QString &key,
                               std::optional<QVariant> value, QString *firstError)
    : m_store(store)
    , m_key(key)
    , m_before(store.explain(key).userValue)
    , m_after(std::move(value))
    , m_firstError(firstError)
{
    const Core::SettingDefinition *definition = Core::SettingsSchema::instance().find(key);
    setText(m_after ? QCoreApplication::translate("Hubstate::Ui::SettingCommand", "Change %1")
                          .arg(definition ? definition->translatedLabel() : key)
                    : QCoreApplication::translate("Hubstate::Ui::SettingCommand", "Reset %1")
                          .arg(definition ? definition->translatedLabel() : key));
}

void SettingCommand::apply(const std::optional<QVariant> &value)
{
    const Core::Status status = value ? m_store.setValue(m_key, *value) : m_store.reset(m_key);
    m_error = status ? QString() : status.error().message;
    // A refused edit changes nothing: QUndoStack drops an obsolete command instead of keeping it.
    setObsolete(!status);
}

void SettingCommand::redo()
{
    apply(m_after);
    if (m_firstError) {
        *m_firstError = m_error;
        m_firstError = nullptr;
    }
}

void SettingCommand::undo()
{
    apply(m_before);
}

} // namespace Hubstate::Ui
