#pragma once

#include "core/state/layoutediting.h"
#include "layoutkeymap.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QScrollArea;
class QTimer;
class QUndoStack;

namespace Hubstate::Core {
class AgentRepository;
class LayoutRepository;
class PreferencesStore;
} // namespace Hubstate::Core

namespace Hubstate::Ui {

class LayoutCanvas;

// Edits one layout as a draft: the canvas and its keys, the layout's name, the status line
// that says what happened or why an action was refused (also to screen readers), undo and
// redo, save (validated again by the repository), discard, and autosave every
// preferences.layout.autoSaveInterval.
class LayoutEditor : public QWidget
{
    Q_OBJECT

public:
    LayoutEditor(Core::PreferencesStore &store, Core::LayoutRepository &layouts,
                 Core::AgentRepository *agents, QWidget *parent = nullptr);
    ~LayoutEditor() override;

    // Starts a draft of a stored layout; the undo history starts empty.
    void open(const Core::Layout &layout);
    void close();
    bool hasLayout() const { return m_open; }
    const Core::Layout &draft() const { return m_layout; }
    int focusedPane() const { return m_focus; }
    bool isDirty() const;
    QUndoStack *undoStack() const { return m_undo; }
    LayoutCanvas *canvas() const { return m_canvas; }

    [[nodiscard]] bool save(bool automatic = false);
    // Save from anywhere on the page: a layout name still being typed goes into the draft
    // first; says what happened, also when there was nothing to save.
    bool saveDraft();
    // Shows or hides the list of the editor's keys (F1).
    void toggleKeys();
    // Reads the agents' names again (agents edited on their page).
    void refreshAgentNames();
    // Its controls in Tab order right after `previous`: name, canvas, fields, buttons, keys.
    void placeInTabOrderAfter(QWidget *previous);
    void discard();
    // With unsaved changes, asks whether to save, discard or stay; false: stay.
    bool confirmLeave();
    // Puts the keyboard in the layout's name field; Enter keeps the new name in the draft.
    void startLayoutRename();
    // Shows `message` in the status line and tells screen readers.
    void announce(const QString &message);

Q_SIGNALS:
    void saved(const QString &layoutId);
    void dirtyChanged(bool dirty);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void perform(LayoutAction action);
    void apply(const Core::Result<Core::LayoutEdit> &edit, const QString &what);
    void display(const Core::Layout &layout, int focus);
    void moveFocus(Core::PaneDirection direction);
    void jumpTo(int pane);
    void startRename();
    void startAgentChoice();
    void renameLayout();
    void undoOrRedo(bool undo);
    void updateDisplay();
    void updateAutosave();
    void updateButtons();
    Core::LayoutEditing editing() const;

    Core::PreferencesStore &m_store;
    Core::LayoutRepository &m_layouts;
    Core::AgentRepository *m_agents;
    LayoutKeyMap m_keys;
    Core::Layout m_layout;
    Core::Layout m_saved;
    int m_focus = 0;
    bool m_open = false;
    QUndoStack *m_undo;
    QLineEdit *m_name;
    LayoutCanvas *m_canvas;
    QLabel *m_status;
    QLineEdit *m_paneTitle;
    QListWidget *m_agentPicker;
    QPushButton *m_save;
    QPushButton *m_discard;
    QPushButton *m_showKeys;
    QLabel *m_help;
    QScrollArea *m_helpArea;
    QTimer *m_autosave;
};

} // namespace Hubstate::Ui
