#pragma once

#include <QComboBox>

namespace Hubstate::Core {
class PreferencesStore;
struct SettingDefinition;
} // namespace Hubstate::Core

namespace Hubstate::Ui {

// Chooses what a setting names (a layout, an agent) by the name people know it by, from what
// the profile holds (PreferencesStore::references()). The list is read again each time it
// opens, so a layout saved a moment ago is there. A value that names nothing stored any more
// stays shown, marked as missing, until something else is chosen. Without a database only the
// layout templates are offered.
class ReferencePicker : public QComboBox
{
    Q_OBJECT

public:
    ReferencePicker(const Core::SettingDefinition &definition, Core::PreferencesStore &store,
                    QWidget *parent = nullptr);

    // Reads the choices again and shows `value` (the stored text) as the current one.
    void showValue(const QString &value);
    QString currentValue() const;
    // Why the list may be short (the database could not be read), or empty.
    QString problem() const { return m_problem; }

    void showPopup() override;

Q_SIGNALS:
    // The user chose another entry; `value` is what the setting stores.
    void chosen(const QString &value);

private:
    void reload(const QString &current);

    const Core::SettingDefinition &m_definition;
    Core::PreferencesStore &m_store;
    QString m_problem;
    bool m_loading = false;
};

} // namespace Hubstate::Ui
