#include "layouteditor.h"

#include "core/settings/preferencesstore.h"
#include "core/state/agentrepository.h"
#include "core/state/layoutrepository.h"
#include "layoutcanvas.h"
#include "layouteditcommand.h"
#include "ui/common/flowlayout.h"
#include "ui/common/prompts.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Hubstate::Ui {

LayoutEditor::LayoutEditor(Core::PreferencesStore &store, Core::LayoutRepository &layouts,
                           Core::AgentRepository *agents, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_layouts(layouts)
    , m_agents(agents)
    , m_keys(store)
    , m_undo(new QUndoStack(this))
    , m_name(new QLineEdit(this))
    , m_canvas(new LayoutCanvas(m_keys, this))
    , m_status(new QLabel(this))
    , m_paneTitle(new QLineEdit(this))
    , m_agentPicker(new QListWidget(this))
    , m_save(new QPushButton(tr("&Save layout"), this))
    , m_discard(new QPushButton(tr("&Discard changes"), this))
    , m_showKeys(new QPushButton(tr("&Keys"), this))
    , m_help(new QLabel)
    , m_helpArea(new QScrollArea(this))
    , m_autosave(new QTimer(this))
{
    setObjectName(QStringLiteral("layoutEditor"));
    m_name->setObjectName(QStringLiteral("layoutName"));
    m_name->setAccessibleName(tr("Layout name"));
    m_name->setMaxLength(200);
    m_status->setObjectName(QStringLiteral("layoutStatus"));
    m_status->setAccessibleName(tr("Layout status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_paneTitle->setObjectName(QStringLiteral("paneTitleField"));
    m_paneTitle->setAccessibleName(tr("Pane title"));
    m_paneTitle->setPlaceholderText(tr("Pane title; Enter to keep, Escape to cancel"));
    m_paneTitle->hide();
    m_paneTitle->installEventFilter(this);
    m_agentPicker->setObjectName(QStringLiteral("agentPicker"));
    m_agentPicker->setAccessibleName(tr("Agents"));
    m_agentPicker->hide();
    m_agentPicker->installEventFilter(this);
    m_save->setObjectName(QStringLiteral("saveLayout"));
    m_save->setAccessibleName(tr("Save layout"));
    m_discard->setObjectName(QStringLiteral("discardLayout"));
    m_discard->setAccessibleName(tr("Discard changes"));
    m_showKeys->setObjectName(QStringLiteral("showKeys"));
    m_showKeys->setAccessibleName(tr("Show the layout editor's keys"));
    m_showKeys->setCheckable(true);
    m_help->setObjectName(QStringLiteral("layoutKeys"));
    m_help->setAccessibleName(tr("Layout editor keys"));
    m_help->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_help->setWordWrap(true); // no sideways scrolling in a narrow editor
    // The list of keys scrolls beside a canvas that keeps most of the height: shown in full it
    // is taller than the editor and would crush the canvas to its minimum.
    m_helpArea->setObjectName(QStringLiteral("layoutKeysArea"));
    m_helpArea->setAccessibleName(tr("Layout editor keys"));
    m_helpArea->setAccessibleDescription(tr("Every key of the layout editor; F1 hides it"));
    m_helpArea->setWidget(m_help);
    m_helpArea->setWidgetResizable(true);
    m_helpArea->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_helpArea->setMinimumHeight(fontMetrics().height() * 5);
    m_helpArea->hide();

    auto *nameRow = new QHBoxLayout;
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    nameRow->addWidget(nameLabel);
    nameRow->addWidget(m_name, 1);
    // Save and discard go one above the other when the editor is narrow (large text): their
    // row set the editor's least width and, beside the list, squeezed the list's names.
    auto *draftButtons = new FlowLayout;
    draftButtons->addWidget(m_save);
    draftButtons->addWidget(m_discard);
    auto *buttons = new QHBoxLayout;
    buttons->addLayout(draftButtons, 1);
    buttons->addWidget(m_showKeys, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(nameRow);
    layout->addWidget(m_canvas, 3);
    layout->addWidget(m_paneTitle);
    layout->addWidget(m_agentPicker);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addWidget(m_helpArea, 1);

    connect(m_canvas, &LayoutCanvas::actionTriggered, this, &LayoutEditor::perform);
    connect(m_name, &QLineEdit::editingFinished, this, &LayoutEditor::renameLayout);
    // save() announces its own failure; the result only tells callers that must wait on it.
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(m_discard, &QPushButton::clicked, this, &LayoutEditor::discard);
    connect(m_showKeys, &QPushButton::toggled, this, [this](bool shown) {
        if (shown)
            m_help->setText(m_keys.helpText()); // written when first wanted
        m_helpArea->setVisible(shown);
    });
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) {
        updateButtons();
        Q_EMIT dirtyChanged(!clean);
    });
    connect(m_autosave, &QTimer::timeout, this, [this] {
        if (isDirty())
            (void)save(true);
    });
    connect(&m_store, &Core::PreferencesStore::valueChanged, this, [this](const QString &key) {
        if (key.startsWith(QLatin1String("preferences.layout.")))
            updateDisplay();
        if (key == QLatin1String("preferences.layout.autoSaveInterval"))
            updateAutosave();
        if (key.startsWith(QLatin1String("preferences.keyboard.shortcuts."))
            && m_helpArea->isVisibleTo(this))
            m_help->setText(m_keys.helpText());
    });
    updateAutosave();
    updateButtons();
    setEnabled(false);
}

LayoutEditor::~LayoutEditor() = default;

Core::LayoutEditing LayoutEditor::editing() const
{
    return Core::LayoutEditing(Core::LayoutRules::fromSettings(m_store));
}

void LayoutEditor::placeInTabOrderAfter(QWidget *previous)
{
    const QList<QWidget *> order{previous,      m_name, m_canvas,  m_paneTitle, m_agentPicker,
                                 m_save,        m_discard, m_showKeys, m_helpArea};
    for (qsizetype i = 0; i + 1 < order.size(); ++i)
        setTabOrder(order.at(i), order.at(i + 1));
}

void LayoutEditor::toggleKeys()
{
    m_showKeys->toggle();
    announce(m_showKeys->isChecked() ? tr("The keys are listed under the canvas")
                                     : tr("The list of keys is hidden"));
}

bool LayoutEditor::saveDraft()
{
    if (!m_open) {
        announce(tr("No layout is open: nothing to save"));
        return false;
    }
    renameLayout(); // a name still being typed is part of what is saved
    return save();
}

// Panes show their agents by name; a disabled agent says so, an agent that is no longer
// configured shows its id.
void LayoutEditor::refreshAgentNames()
{
    QHash<QString, QString> names;
    if (m_agents) {
        const Core::Result<QList<Core::AgentConfig>> agents = m_agents->list();
        if (agents) {
            for (const Core::AgentConfig &agent : *agents) {
                names.insert(agent.id,
                             agent.enabled ? agent.name : tr("%1 (disabled)").arg(agent.name));
            }
        }
    }
    m_canvas->setAgentNames(names);
}

void LayoutEditor::open(const Core::Layout &layout)
{
    m_open = true;
    refreshAgentNames();
    setEnabled(true);
    m_saved = layout;
    m_undo->clear();
    m_canvas->setZoomed(false);
    display(layout, 0);
    updateButtons();
}

void LayoutEditor::close()
{
    m_open = false;
    m_undo->clear();
    m_layout = {};
    m_saved = {};
    m_canvas->showLayout({}, -1);
    m_name->clear();
    setEnabled(false);
}

bool LayoutEditor::isDirty() const
{
    return m_open && !m_undo->isClean();
}

void LayoutEditor::display(const Core::Layout &layout, int focus)
{
    m_layout = layout;
    m_focus = std::clamp(focus, 0, std::max(0, int(layout.panes.size()) - 1));
    if (m_name->text() != layout.name)
        m_name->setText(layout.name);
    m_canvas->showLayout(m_layout, m_focus);
    updateDisplay();
}

void LayoutEditor::updateDisplay()
{
    const auto pick = [this](const QString &name) {
        const QJsonValue own = m_layout.settings.value(name);
        return own.isBool() ? own.toBool()
                            : m_store.value(QStringLiteral("preferences.layout.") + name).toBool();
    };
    m_canvas->setDisplay({pick(QStringLiteral("showHeaders")), pick(QStringLiteral("showTabs")),
                          pick(QStringLiteral("snapToGrid"))});
}

void LayoutEditor::updateAutosave()
{
    const qint64 interval =
        m_store.value(QStringLiteral("preferences.layout.autoSaveInterval")).toLongLong();
    if (interval > 0)
        m_autosave->start(int(interval));
    else
        m_autosave->stop();
}

void LayoutEditor::updateButtons()
{
    m_save->setEnabled(isDirty());
    m_discard->setEnabled(isDirty());
}

void LayoutEditor::announce(const QString &message)
{
    m_status->setText(message);
    if (m_store.value(QStringLiteral("preferences.accessibility.screenReaderAnnouncements"))
            .toBool()) {
        // Qt 6.4 has no announcement event: the status line's accessible name becomes the
        // message, and setAccessibleName sends the name-changed event that is spoken.
        m_status->setAccessibleName(message);
    }
}

void LayoutEditor::perform(LayoutAction action)
{
    if (!m_open)
        return;
    using A = LayoutAction;
    using D = Core::PaneDirection;
    switch (action) {
    case A::FocusLeft: moveFocus(D::Left); break;
    case A::FocusRight: moveFocus(D::Right); break;
    case A::FocusUp: moveFocus(D::Up); break;
    case A::FocusDown: moveFocus(D::Down); break;
    case A::SplitHorizontally:
        apply(editing().split(m_layout, m_focus, Qt::Horizontal), tr("Split side by side"));
        break;
    case A::SplitVertically:
        apply(editing().split(m_layout, m_focus, Qt::Vertical), tr("Split one above the other"));
        break;
    case A::ResizeLeft: apply(editing().resize(m_layout, m_focus, D::Left), tr("Resize")); break;
    case A::ResizeRight: apply(editing().resize(m_layout, m_focus, D::Right), tr("Resize")); break;
    case A::ResizeUp: apply(editing().resize(m_layout, m_focus, D::Up), tr("Resize")); break;
    case A::ResizeDown: apply(editing().resize(m_layout, m_focus, D::Down), tr("Resize")); break;
    case A::MergeLeft: apply(editing().merge(m_layout, m_focus, D::Left), tr("Merge")); break;
    case A::MergeRight: apply(editing().merge(m_layout, m_focus, D::Right), tr("Merge")); break;
    case A::MergeUp: apply(editing().merge(m_layout, m_focus, D::Up), tr("Merge")); break;
    case A::MergeDown: apply(editing().merge(m_layout, m_focus, D::Down), tr("Merge")); break;
    case A::SwapLeft: apply(editing().swap(m_layout, m_focus, D::Left), tr("Swap")); break;
    case A::SwapRight: apply(editing().swap(m_layout, m_focus, D::Right), tr("Swap")); break;
    case A::SwapUp: apply(editing().swap(m_layout, m_focus, D::Up), tr("Swap")); break;
    case A::SwapDown: apply(editing().swap(m_layout, m_focus, D::Down), tr("Swap")); break;
    case A::Equalise: apply(editing().equalise(m_layout, m_focus), tr("Equalise")); break;
    case A::Zoom:
        m_canvas->setZoomed(!m_canvas->isZoomed());
        announce(m_canvas->isZoomed()
                     ? tr("Zoomed in on %1; press %2 again to see every pane")
                           .arg(Core::LayoutEditing::paneName(m_layout, m_focus),
                                m_keys.keys(A::Zoom).toString(QKeySequence::NativeText))
                     : tr("Every pane is shown"));
        break;
    case A::Rename: startRename(); break;
    case A::AssignAgent: startAgentChoice(); break;
    case A::ClearAgent:
        apply(editing().setAgent(m_layout, m_focus, QString()), tr("Clear the agent"));
        break;
    case A::JumpToPane1:
    case A::JumpToPane2:
    case A::JumpToPane3:
    case A::JumpToPane4:
    case A::JumpToPane5:
    case A::JumpToPane6:
    case A::JumpToPane7:
    case A::JumpToPane8:
    case A::JumpToPane9: jumpTo(int(action) - int(A::JumpToPane1)); break;
    case A::Undo: undoOrRedo(true); break;
    case A::Redo: undoOrRedo(false); break;
    case A::Save: (void)save(); break;
    case A::Help: toggleKeys(); break;
    }
}

void LayoutEditor::apply(const Core::Result<Core::LayoutEdit> &edit, const QString &what)
{
    if (!edit) {
        announce(edit.error().message); // refused: nothing changed
        return;
    }
    if (edit->layout == m_layout && edit->focus == m_focus) {
        announce(tr("%1: nothing changed").arg(what));
        return;
    }
    m_undo->push(new LayoutEditCommand(
        what, m_layout, m_focus, edit->layout, edit->focus,
        [this](const Core::Layout &layout, int focus) { display(layout, focus); }));
    announce(tr("%1. %2").arg(what, m_canvas->paneDescription(m_focus)));
}

void LayoutEditor::moveFocus(Core::PaneDirection direction)
{
    const int target = Core::LayoutEditing::neighbour(m_layout, m_focus, direction);
    if (target < 0) {
        const QString pane = Core::LayoutEditing::paneName(m_layout, m_focus);
        switch (direction) {
        case Core::PaneDirection::Left:
            announce(tr("No pane is to the left of %1").arg(pane));
            break;
        case Core::PaneDirection::Right:
            announce(tr("No pane is to the right of %1").arg(pane));
            break;
        case Core::PaneDirection::Up: announce(tr("No pane is above %1").arg(pane)); break;
        case Core::PaneDirection::Down: announce(tr("No pane is below %1").arg(pane)); break;
        }
        return;
    }
    jumpTo(target);
}

void LayoutEditor::jumpTo(int pane)
{
    if (pane >= m_layout.panes.size()) {
        announce(tr("There is no pane %1; this layout has %2 panes")
                     .arg(pane + 1)
                     .arg(m_layout.panes.size()));
        return;
    }
    m_focus = pane;
    m_canvas->showLayout(m_layout, m_focus);
    announce(m_canvas->paneDescription(m_focus));
}

void LayoutEditor::undoOrRedo(bool undo)
{
    if (undo ? !m_undo->canUndo() : !m_undo->canRedo()) {
        announce(undo ? tr("Nothing to undo") : tr("Nothing to redo"));
        return;
    }
    const QString what = undo ? m_undo->undoText() : m_undo->redoText();
    if (undo)
        m_undo->undo();
    else
        m_undo->redo();
    announce(undo ? tr("Undone: %1").arg(what) : tr("Redone: %1").arg(what));
}

void LayoutEditor::startRename()
{
    m_paneTitle->setText(m_layout.panes.value(m_focus).title);
    m_paneTitle->selectAll();
    m_paneTitle->show();
    m_paneTitle->setFocus(Qt::OtherFocusReason);
    announce(tr("Type a title for %1; Enter keeps it, Escape cancels")
                 .arg(Core::LayoutEditing::paneName(m_layout, m_focus)));
}

void LayoutEditor::startAgentChoice()
{
    m_agentPicker->clear();
    if (m_agents) {
        const Core::Result<QList<Core::AgentConfig>> agents = m_agents->list();
        if (!agents) {
            announce(tr("Cannot assign an agent: %1").arg(agents.error().message));
            return;
        }
        QHash<QString, int> sameName;
        for (const Core::AgentConfig &agent : *agents)
            ++sameName[agent.name];
        for (const Core::AgentConfig &agent : *agents) {
            // The name people know; the id only to tell agents of one name apart.
            QString text = sameName.value(agent.name) > 1
                ? tr("%1 (%2)").arg(agent.name, agent.id)
                : agent.name;
            if (!agent.enabled)
                text = tr("%1 — disabled, does not run in the hub").arg(text);
            auto *item = new QListWidgetItem(text, m_agentPicker);
            item->setData(Qt::UserRole, agent.id);
            item->setToolTip(agent.id);
            if (!agent.enabled)
                item->setForeground(m_agentPicker->palette().color(QPalette::Disabled,
                                                                   QPalette::Text));
            if (agent.id == m_layout.panes.value(m_focus).agentId)
                m_agentPicker->setCurrentItem(item);
        }
        refreshAgentNames();
    }
    if (m_agentPicker->count() == 0) {
        announce(tr("Cannot assign an agent: no agents are configured"));
        return;
    }
    if (!m_agentPicker->currentItem())
        m_agentPicker->setCurrentRow(0);
    m_agentPicker->show();
    m_agentPicker->setFocus(Qt::OtherFocusReason);
    announce(tr("Choose an agent for %1; Enter assigns it, Escape cancels")
                 .arg(Core::LayoutEditing::paneName(m_layout, m_focus)));
}

void LayoutEditor::startLayoutRename()
{
    if (!m_open)
        return;
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
    announce(tr("Type a new name for the layout; Enter keeps it in the draft"));
}

void LayoutEditor::renameLayout()
{
    if (!m_open || m_name->text() == m_layout.name)
        return;
    if (m_name->text().trimmed().isEmpty()) {
        announce(tr("Cannot rename the layout: a name must not be empty"));
        m_name->setText(m_layout.name);
        return;
    }
    Core::Layout renamed = m_layout;
    renamed.name = m_name->text();
    apply(Core::LayoutEdit{renamed, m_focus}, tr("Rename the layout"));
}

bool LayoutEditor::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_paneTitle || watched == m_agentPicker) && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Escape) {
            auto *field = static_cast<QWidget *>(watched);
            const bool accepted = key != Qt::Key_Escape;
            if (accepted && watched == m_paneTitle) {
                apply(editing().rename(m_layout, m_focus, m_paneTitle->text()),
                      tr("Rename the pane"));
            } else if (accepted && m_agentPicker->currentItem()) {
                apply(
                    editing().setAgent(m_layout, m_focus,
                                       m_agentPicker->currentItem()->data(Qt::UserRole).toString()),
                    tr("Assign the agent"));
            } else {
                announce(tr("Cancelled"));
            }
            field->hide();
            m_canvas->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool LayoutEditor::save(bool automatic)
{
    if (!m_open)
        return false;
    if (!isDirty()) {
        announce(tr("\"%1\" has no unsaved changes").arg(m_layout.name));
        return true;
    }
    Core::Layout stored = m_layout;
    stored.updatedAt = std::max(QDateTime::currentDateTimeUtc(), stored.createdAt);
    if (Core::Status written = m_layouts.save(stored); !written) {
        announce(tr("Not saved: %1").arg(written.error().message));
        return false;
    }
    m_layout.updatedAt = stored.updatedAt;
    m_saved = m_layout;
    m_undo->setClean();
    announce(automatic ? tr("Saved \"%1\" automatically").arg(m_layout.name)
                       : tr("Saved \"%1\"").arg(m_layout.name));
    Q_EMIT saved(m_layout.id);
    return true;
}

void LayoutEditor::discard()
{
    if (!m_open)
        return;
    const Core::Layout saved = m_saved;
    open(saved);
    announce(tr("Changes to \"%1\" discarded").arg(saved.name));
}

bool LayoutEditor::confirmLeave()
{
    if (!isDirty())
        return true;
    const QMessageBox::StandardButton answer =
        Prompts::choose(this, tr("Unsaved layout"),
                        tr("The layout \"%1\" has unsaved changes. Save them?").arg(m_layout.name),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                        QMessageBox::Save, QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        discard();
        return true;
    }
    return false;
}

} // namespace Hubstate::Ui
