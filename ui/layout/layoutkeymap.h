#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <optional>

class QKeyEvent;

namespace Hubstate::Core {
class PreferencesStore;
}

namespace Hubstate::Ui {

// What a key does on the layout canvas.
enum class LayoutAction {
    FocusLeft,
    FocusRight,
    FocusUp,
    FocusDown,
    SplitHorizontally,
    SplitVertically,
    ResizeLeft,
    ResizeRight,
    ResizeUp,
    ResizeDown,
    MergeLeft,
    MergeRight,
    MergeUp,
    MergeDown,
    SwapLeft,
    SwapRight,
    SwapUp,
    SwapDown,
    Equalise,
    Zoom,
    Rename,
    AssignAgent,
    ClearAgent,
    JumpToPane1,
    JumpToPane2,
    JumpToPane3,
    JumpToPane4,
    JumpToPane5,
    JumpToPane6,
    JumpToPane7,
    JumpToPane8,
    JumpToPane9,
    Undo,
    Redo,
    Save,
    Help,
};

// The layout editor's keys, read from the preferences (preferences.keyboard.shortcuts.layout.*,
// and app.undo, app.redo, app.save, app.help), so every key is rebindable in one place.
class LayoutKeyMap
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Ui::LayoutKeyMap)

public:
    explicit LayoutKeyMap(const Core::PreferencesStore &store);

    // The preference that binds `action`.
    static QString settingKey(LayoutAction action);
    static QList<LayoutAction> actions();

    QKeySequence keys(LayoutAction action) const;
    // The action of a key press; only the first chord of a binding is matched.
    std::optional<LayoutAction> match(const QKeyEvent &event) const;
    // One line per action, "Key: what it does", for the editor's help.
    QString helpText() const;

private:
    const Core::PreferencesStore &m_store;
};

} // namespace Hubstate::Ui
