#pragma once

#include <QStringList>

class QWidget;

namespace Hubstate::Ui {

// A hand-made panel that edits some of its page's settings in its own way, in place of their
// rows (the Backups page's destination list edits backup.destinations). SettingsPage::addPanel
// recognises it: the rows are not shown, but a search that finds one of the settings shows the
// panel with its editor, and going to the setting (the jump list) focuses that editor.
class SettingEditorPanel
{
public:
    virtual ~SettingEditorPanel() = default;

    // The settings whose rows the panel replaces.
    virtual QStringList editedKeys() const = 0;
    // The widget that edits `key`, focused when the user goes to the setting.
    virtual QWidget *editorFor(const QString &key) const = 0;
    // While a search is on, the panel shows only the editors of `keys` (the settings the
    // search found); an empty list shows the whole panel again.
    virtual void showOnlyEditorsOf(const QStringList &keys) = 0;
};

} // namespace Hubstate::Ui
