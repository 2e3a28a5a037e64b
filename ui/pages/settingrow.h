#pragma once

#include <QVariant>
#include <QWidget>

class QLabel;
class QToolButton;

namespace Hubstate::Core {
class PreferencesStore;
struct SettingDefinition;
} // namespace Hubstate::Core

namespace Hubstate::Ui {

// One setting on a page: its label, an editor that validates as the user types (an invalid
// value shows the rule it breaks and is never stored), a "modified" marker, a reset button,
// a lock with the policy's explanation, and "why this value" (the layer that supplies it).
class SettingRow : public QWidget
{
    Q_OBJECT

public:
    SettingRow(const Core::SettingDefinition &definition, Core::PreferencesStore &store,
               QWidget *parent = nullptr);

    QString key() const;
    // Shows the store's current value, layer, lock and marker.
    void refresh();
    // True when the label, description, key or value contains `text` (case-insensitive);
    // matching rows show the label in bold.
    bool matches(const QString &text) const;
    void setHighlighted(bool highlighted);
    QString problem() const { return m_problem; }

Q_SIGNALS:
    // The user asks for a new value (already valid) or a reset.
    void editRequested(const QString &key, const QVariant &value);
    void resetRequested(const QString &key);

private:
    void buildEditor();
    void showProblem(const QString &problem);
    void commitText(const QString &text);
    void buildColorChooser();
    void showSwatch(const QString &text);

    const Core::SettingDefinition &m_definition;
    Core::PreferencesStore &m_store;
    QLabel *m_label = nullptr;
    QWidget *m_editor = nullptr;
    QLabel *m_marker = nullptr;
    QLabel *m_lock = nullptr;
    QLabel *m_why = nullptr;
    QLabel *m_error = nullptr;
    QToolButton *m_reset = nullptr;
    QToolButton *m_colorButton = nullptr; // colour settings: a swatch that opens a colour dialog
    QString m_problem;
    bool m_refreshing = false;
};

} // namespace Hubstate::Ui
