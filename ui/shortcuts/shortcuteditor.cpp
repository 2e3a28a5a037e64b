#include "shortcuteditor.h"

#include "core/settings/preferencesstore.h"
#include "core/settings/settingsschema.h"
#include "core/settings/settingvalidator.h"
#include "shortcutcapture.h"
#include "shortcutfiltermodel.h"
#include "shortcutmodel.h"
#include "ui/common/columnfitter.h"
#include "ui/common/flowlayout.h"
#include "ui/common/messagelook.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Hubstate::Ui {

ShortcutEditor::ShortcutEditor(Core::PreferencesStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new ShortcutModel(store, this))
    , m_filter(new ShortcutFilterModel(this))
{
    setObjectName(QStringLiteral("shortcutEditor"));
    m_filter->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildFilterBar());

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setAccessibleName(tr("Actions and their shortcuts"));
    m_table->setAccessibleDescription(
        tr("Select an action, then press Enter to record new keys for it"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table
    m_table->verticalHeader()->hide();
    // The action's name stays readable and its keys in sight at any text size; where the
    // cause of a conflict and the value's source no longer fit, they go (and come back).
    auto *columns =
        new ColumnFitter(m_table, m_table->horizontalHeader(), ShortcutModel::ActionColumn, 16);
    columns->addColumn(ShortcutModel::ShortcutColumn);
    columns->addColumn(ShortcutModel::ConflictColumn);
    columns->addColumn(ShortcutModel::SourceColumn);
    layout->addWidget(m_table, 1);
    layout->addWidget(buildRecorder());

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showCurrent(); });
    connect(m_table, &QTableView::activated, this,
            [this] { m_capture->setFocus(Qt::OtherFocusReason); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ShortcutEditor::showCurrent);
    if (m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, 0));
    showCurrent();
}

QWidget *ShortcutEditor::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout;
    m_nameFilter = new QLineEdit(bar);
    m_nameFilter->setObjectName(QStringLiteral("shortcutNameFilter"));
    m_nameFilter->setPlaceholderText(tr("Filter by name"));
    m_nameFilter->setClearButtonEnabled(true);
    m_nameFilter->setAccessibleName(tr("Filter actions by name"));
    m_nameFilter->setAccessibleDescription(tr("Shows the actions whose name contains the text"));
    connect(m_nameFilter, &QLineEdit::textChanged, m_filter, &ShortcutFilterModel::setNameFilter);

    auto *keysLabel = new QLabel(tr("&Keys:"), bar);
    m_keyFilter = new ShortcutCapture(bar);
    m_keyFilter->setObjectName(QStringLiteral("shortcutKeyFilter"));
    m_keyFilter->setMinimumWidth(recorderWidth(m_keyFilter));
    m_keyFilter->setAccessibleName(tr("Filter actions by keys"));
    m_keyFilter->setAccessibleDescription(
        tr("Press keys to show the actions they trigger; Escape clears"));
    keysLabel->setBuddy(m_keyFilter);
    connect(m_keyFilter, &ShortcutCapture::recording, m_filter, &ShortcutFilterModel::setKeyFilter);
    connect(m_keyFilter, &ShortcutCapture::cancelled, m_filter,
            [this] { m_filter->setKeyFilter({}); });
    auto *clearKeys = new QToolButton(bar);
    clearKeys->setObjectName(QStringLiteral("clearKeyFilter"));
    clearKeys->setText(tr("Clear"));
    clearKeys->setAccessibleName(tr("Clear the keys filter"));
    clearKeys->setAccessibleDescription(tr("Shows actions with any keys again"));
    connect(clearKeys, &QToolButton::clicked, this, [this] {
        m_keyFilter->setOriginal({});
        m_filter->setKeyFilter({});
    });

    m_conflictsOnly = new QCheckBox(tr("Show c&onflicts only"), bar);
    m_conflictsOnly->setObjectName(QStringLiteral("conflictsOnly"));
    m_conflictsOnly->setAccessibleName(tr("Show conflicts only"));
    m_conflictsOnly->setAccessibleDescription(
        tr("Shows only actions whose keys clash with another action's"));
    connect(m_conflictsOnly, &QCheckBox::toggled, m_filter, &ShortcutFilterModel::setConflictsOnly);
    // As on the other settings pages.
    auto *modifiedOnly = new QCheckBox(tr("Modified only"), bar);
    modifiedOnly->setObjectName(QStringLiteral("modifiedShortcutsOnly"));
    modifiedOnly->setAccessibleName(tr("Show only modified shortcuts"));
    modifiedOnly->setAccessibleDescription(tr("Hides the actions that have their default keys"));
    modifiedOnly->setToolTip(modifiedOnly->accessibleDescription());
    connect(modifiedOnly, &QCheckBox::toggled, m_filter, &ShortcutFilterModel::setModifiedOnly);

    row->addWidget(m_nameFilter, 2);
    row->addWidget(keysLabel);
    row->addWidget(m_keyFilter, 1);
    row->addWidget(clearKeys);
    // The switches on a line of their own: beside the fields they left those a few letters
    // wide at 200% text.
    auto *switches = new QHBoxLayout;
    switches->addWidget(m_conflictsOnly);
    switches->addWidget(modifiedOnly);
    switches->addStretch(1);
    auto *lines = new QVBoxLayout;
    lines->setContentsMargins(0, 0, 0, 0);
    lines->addLayout(row);
    lines->addLayout(switches);
    bar->setLayout(lines);
    return bar;
}

QWidget *ShortcutEditor::buildRecorder()
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    // The buttons wrap below the field where the row does not fit (200% text).
    auto *row = new FlowLayout;
    m_recorderLabel = new QLabel(box);
    m_recorderLabel->setObjectName(QStringLiteral("recorderLabel"));
    m_capture = new ShortcutCapture(box);
    m_capture->setObjectName(QStringLiteral("shortcutCapture"));
    m_capture->setAccessibleName(tr("New shortcut"));
    m_capture->setAccessibleDescription(
        tr("Press the keys for the selected action (up to four chords); Escape cancels"));
    m_recorderLabel->setBuddy(m_capture);
    m_recorderLabel->setWordWrap(true);
    // Room for two chords whatever the label and the buttons take.
    m_capture->setMinimumWidth(recorderWidth(m_capture));
    connect(m_capture, &ShortcutCapture::recording, this, &ShortcutEditor::showConflicts);
    connect(m_capture, &ShortcutCapture::editingFinished, this, &ShortcutEditor::finishRecording);
    connect(m_capture, &ShortcutCapture::cancelled, this, [this] {
        showCurrent();
        m_table->setFocus(Qt::OtherFocusReason);
    });

    m_assign = new QPushButton(tr("&Assign"), box);
    m_assign->setObjectName(QStringLiteral("assignShortcut"));
    m_assign->setAccessibleName(tr("Assign the recorded keys"));
    m_assign->setAccessibleDescription(tr("Gives the selected action the recorded keys"));
    connect(m_assign, &QPushButton::clicked, this, &ShortcutEditor::assign);
    m_clear = new QPushButton(tr("&Unbind"), box);
    m_clear->setObjectName(QStringLiteral("unbindShortcut"));
    m_clear->setAccessibleName(tr("Unbind"));
    m_clear->setAccessibleDescription(tr("Removes the keys of the selected action"));
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_capture->setKeySequence({});
        assign();
    });
    m_reset = new QPushButton(tr("&Reset"), box);
    m_reset->setObjectName(QStringLiteral("resetShortcut"));
    m_reset->setAccessibleName(tr("Reset the selected shortcut"));
    m_reset->setAccessibleDescription(tr("Gives the selected action its default keys again"));
    connect(m_reset, &QPushButton::clicked, this, [this] {
        if (!currentKey().isEmpty())
            Q_EMIT resetRequested(currentKey());
    });
    m_resetAll = new QPushButton(tr("Reset a&ll"), box);
    m_resetAll->setObjectName(QStringLiteral("resetAllShortcuts"));
    m_resetAll->setAccessibleName(tr("Reset all shortcuts"));
    m_resetAll->setAccessibleDescription(tr("Gives every action its default keys again"));
    connect(m_resetAll, &QPushButton::clicked, this, [this] {
        QStringList modified;
        for (int i = 0; i < m_model->rowCount(); ++i) {
            if (m_store.isModified(m_model->key(i)) && !m_store.isLocked(m_model->key(i)))
                modified.append(m_model->key(i));
        }
        if (!modified.isEmpty())
            Q_EMIT resetAllRequested(modified);
    });
    column->addWidget(m_recorderLabel);
    row->addWidget(m_capture);
    row->addWidget(m_assign);
    row->addWidget(m_clear);
    row->addWidget(m_reset);
    row->addWidget(m_resetAll);
    column->addLayout(row);

    m_conflicts = new QLabel(box);
    m_conflicts->setObjectName(QStringLiteral("conflictLabel"));
    m_conflicts->setWordWrap(true);
    MessageLook::markProblem(m_conflicts);
    m_conflicts->hide();
    column->addWidget(m_conflicts);
    return box;
}

void ShortcutEditor::setNameFilter(const QString &text)
{
    m_nameFilter->setText(text);
}

QString ShortcutEditor::currentKey() const
{
    return m_table->currentIndex().data(ShortcutModel::KeyRole).toString();
}

void ShortcutEditor::selectKey(const QString &key)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(ShortcutModel::KeyRole).toString() == key)
            m_table->setCurrentIndex(index);
    }
}

void ShortcutEditor::showCurrent()
{
    const QString key = currentKey();
    const int row = m_model->rowOf(key);
    const bool locked = row >= 0 && m_store.isLocked(key);
    const bool editable = row >= 0 && !locked && !m_store.isReadOnly();
    m_recorderLabel->setText(row >= 0 ? tr("Keys for \"%1\":").arg(m_model->label(row))
                                      : tr("No action selected"));
    m_capture->setOriginal(row >= 0 ? m_model->sequence(row) : QKeySequence());
    m_capture->setEnabled(editable);
    m_assign->setEnabled(editable);
    m_clear->setEnabled(editable);
    m_reset->setEnabled(editable && m_store.isModified(key));
    m_capture->setToolTip(locked ? tr("Locked by the administrator") : QString());
    showConflicts(row >= 0 ? m_model->sequence(row) : QKeySequence());
}

void ShortcutEditor::showConflicts(const QKeySequence &sequence)
{
    const QStringList others = m_model->conflictsFor(sequence, currentKey());
    m_conflicts->setText(others.isEmpty() ? QString()
                                          : tr("%1 is also used by: %2")
                                                .arg(sequence.toString(QKeySequence::NativeText),
                                                     others.join(QStringLiteral(", "))));
    m_conflicts->setAccessibleName(m_conflicts->text());
    m_conflicts->setVisible(!others.isEmpty());
}

void ShortcutEditor::changeEvent(QEvent *event)
{
    // The recorders keep room for two chords at the new text size, once their own fonts
    // have changed too.
    if (event->type() == QEvent::FontChange && m_capture) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_keyFilter->setMinimumWidth(recorderWidth(m_keyFilter));
                m_capture->setMinimumWidth(recorderWidth(m_capture));
            },
            Qt::QueuedConnection);
    }
    QWidget::changeEvent(event);
}

int ShortcutEditor::recorderWidth(const QWidget *recorder)
{
    return recorder->fontMetrics().horizontalAdvance(QStringLiteral("Ctrl+Shift+PgDown, Ctrl+K"))
        + 2 * recorder->fontMetrics().averageCharWidth() + 16;
}

// Recording ends a moment after the last key. Keys that clash with another action are kept
// in the recorder and applied only when the user presses Assign.
void ShortcutEditor::finishRecording()
{
    const QKeySequence recorded = m_capture->keySequence();
    const QStringList others = m_model->conflictsFor(recorded, currentKey());
    if (others.isEmpty()) {
        assign();
        return;
    }
    m_conflicts->setText(
        tr("%1 is also used by: %2. Press Assign to use these keys anyway, "
           "or record other keys.")
            .arg(recorded.toString(QKeySequence::NativeText), others.join(QStringLiteral(", "))));
    m_conflicts->setAccessibleName(m_conflicts->text());
    m_conflicts->show();
}

void ShortcutEditor::assign()
{
    const QString key = currentKey();
    const Core::SettingDefinition *definition = Core::SettingsSchema::instance().find(key);
    if (!definition || !m_capture->isEnabled())
        return;
    const QString text = m_capture->keySequence().toString(QKeySequence::PortableText);
    if (text == m_store.text(key))
        return;
    QVariant parsed;
    if (const auto broken = Core::SettingValidator::parseText(*definition, text, &parsed)) {
        m_conflicts->setText(broken->message);
        m_conflicts->show();
        return;
    }
    Q_EMIT editRequested(key, parsed);
}

} // namespace Hubstate::Ui
