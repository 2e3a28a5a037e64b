#pragma once

#include <QVariant>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QToolButton;

namespace Hubstate::Core {
class PreferencesStore;
struct SettingDefinition;
} // namespace Hubstate::Core

namespace Hubstate::Ui {

// One setting on a page: its label, with its description under it; an editor fit for its type
// (a number with a unit chooser, a slider for a scale, a picker for what it names, a folder
// chooser) that validates as the user types (an invalid value shows the rule it breaks and is
// never stored); a "modified" marker, a reset button, the administrator's lock explained on
// the row (and reachable by Tab), and "why this value" (the layer that supplies it).
class SettingRow : public QWidget
{
    Q_OBJECT

public:
    SettingRow(const Core::SettingDefinition &definition, Core::PreferencesStore &store,
               QWidget *parent = nullptr);

    QString key() const;
    const Core::SettingDefinition &definition() const { return m_definition; }
    // Shows the store's current value, layer, lock and marker.
    void refresh();
    // True when the label, description, key, value (as stored or as shown, "512 MiB"), the
    // name of what it picks, or its unit ("ms", "MiB") contains `text` (case-insensitive).
    bool matches(const QString &text) const;
    // Marks `text` where it occurs in the label and description; when only the key, the value
    // or the unit matched, a line under the description says which, marked too. Empty: none.
    void highlight(const QString &text);
    QString problem() const { return m_problem; }
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The user asks for a new value (already valid) or a reset.
    void editRequested(const QString &key, const QVariant &value);
    void resetRequested(const QString &key);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildEditor();
    void arrange(bool stacked);
    // The width the row needs with its editor beside the label.
    int sideBySideWidth() const;
    void showProblem(const QString &problem);
    void commitText(const QString &text);
    void commitNumber(qint64 value);
    QLineEdit *buildLineEdit();
    void buildColorChooser();
    void buildFolderChooser();
    void showSwatch(const QString &text);
    // The value as the editor shows it ("30 s", a layout's name), when that is not the text.
    QString shownValue() const;
    QString marked(const QString &text, const QString &term) const;

    const Core::SettingDefinition &m_definition;
    Core::PreferencesStore &m_store;
    QLabel *m_label = nullptr;
    QLabel *m_description = nullptr;
    QWidget *m_editor = nullptr;
    QLabel *m_marker = nullptr;
    QLabel *m_lockBadge = nullptr; // "Locked", beside the editor
    QLabel *m_lock = nullptr; // the administrator's explanation, on a line of its own
    QLabel *m_match = nullptr; // "Key: ...", when a search matched only the key, value or unit
    QLabel *m_why = nullptr;
    QLabel *m_error = nullptr;
    QToolButton *m_reset = nullptr;
    QToolButton *m_chooser = nullptr; // colour swatch or folder button beside a text editor
    QHBoxLayout *m_editorBox = nullptr; // the editor and its chooser, when it has one
    bool m_stacked = false; // the editor below its label (arrange())
    QString m_problem;
    QString m_highlighted;
    bool m_refreshing = false;
};

} // namespace Hubstate::Ui
