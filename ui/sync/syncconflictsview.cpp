#include "syncconflictsview.h"

#include "core/sync/syncscheduler.h"
#include "syncconflicttext.h"
#include "syncstatusbutton.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Hubstate::Ui {

namespace {

const QString conflictsTask = QStringLiteral("conflicts");
const QString resolveTask = QStringLiteral("resolve");

enum Column { WhatColumn, DeviceColumn, StateColumn, FoundColumn };

QPlainTextEdit *sideView(const QString &name, const QString &accessibleName,
                         const QString &description, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setTabChangesFocus(true); // no trap: Tab leaves a text view
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    view->setMinimumHeight(120);
    view->setAccessibleName(accessibleName);
    view->setAccessibleDescription(description);
    return view;
}

// The marked lines get the accent colour behind them (the '*' says it without colour).
void showSide(QPlainTextEdit *view, const SyncConflictText::Text &text)
{
    view->setPlainText(text.text);
    QList<QTextEdit::ExtraSelection> selections;
    QColor background = view->palette().color(QPalette::Highlight);
    background.setAlpha(70);
    for (int line : text.markedLines) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(view->document()->findBlockByNumber(line));
        selection.format.setBackground(background);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections.append(selection);
    }
    view->setExtraSelections(selections);
}

} // namespace

SyncConflictsView::SyncConflictsView(Core::SyncScheduler &scheduler, QWidget *parent)
    : QGroupBox(tr("Conflicts"), parent)
    , m_scheduler(scheduler)
{
    setObjectName(QStringLiteral("syncConflicts"));
    auto *layout = new QVBoxLayout(this);

    auto *listLabel = new QLabel(tr("Changes that &clash:"), this);
    m_showResolved = new QCheckBox(tr("Show &resolved"), this);
    m_showResolved->setObjectName(QStringLiteral("showResolvedConflicts"));
    m_showResolved->setAccessibleName(tr("Show resolved conflicts"));
    m_showResolved->setAccessibleDescription(
        tr("Also lists conflicts already resolved or settled automatically by last write wins, "
           "whose other value can be put back"));
    auto *top = new QHBoxLayout;
    top->addWidget(listLabel);
    top->addStretch(1);
    top->addWidget(m_showResolved);
    layout->addLayout(top);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setAccessibleName(tr("Conflicts"));
    m_list->setAccessibleDescription(
        tr("Things both devices changed; the arrow keys choose one, Enter goes to Keep mine and "
           "Take theirs"));
    m_list->setHeaderLabels({tr("What"), tr("Other device"), tr("State"), tr("Found")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    for (int column : {DeviceColumn, StateColumn, FoundColumn})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->setMinimumHeight(90);
    m_list->setMaximumHeight(160);
    m_list->installEventFilter(this);
    listLabel->setBuddy(m_list);
    layout->addWidget(m_list);

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("conflictExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    layout->addWidget(m_explanation);

    m_sides = new QWidget(this);
    auto *sides = new QGridLayout(m_sides);
    sides->setContentsMargins(0, 0, 0, 0);
    m_mineLabel = new QLabel(tr("Th&is device (mine):"), m_sides);
    m_baseLabel = new QLabel(tr("&Base (before both changes):"), m_sides);
    m_theirsLabel = new QLabel(tr("Other de&vice (theirs):"), m_sides);
    m_theirsLabel->setObjectName(QStringLiteral("conflictTheirsLabel"));
    m_mine = sideView(QStringLiteral("conflictMine"), tr("This device's value"),
                      tr("The value in force on this device"), m_sides);
    m_base = sideView(QStringLiteral("conflictBase"), tr("Base value"),
                      tr("The value both devices had before they changed it"), m_sides);
    m_theirs = sideView(QStringLiteral("conflictTheirs"), tr("The other device's value"),
                        tr("The value the other device chose"), m_sides);
    const QList<std::pair<QLabel *, QPlainTextEdit *>> columns{
        {m_mineLabel, m_mine}, {m_baseLabel, m_base}, {m_theirsLabel, m_theirs}};
    for (int column = 0; column < columns.size(); ++column) {
        auto [label, view] = columns.at(column);
        label->setBuddy(view);
        label->setWordWrap(true);
        sides->addWidget(label, 0, column);
        sides->addWidget(view, 1, column);
        sides->setColumnStretch(column, 1);
    }
    layout->addWidget(m_sides);

    auto *buttons = new QHBoxLayout;
    m_keepMine = new QPushButton(tr("Keep &mine"), this);
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_keepMine->setAccessibleName(tr("Keep mine"));
    m_keepMine->setAccessibleDescription(
        tr("Keeps this device's value and sends it to every device (Alt+M)"));
    m_takeTheirs = new QPushButton(tr("Take &theirs"), this);
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    m_takeTheirs->setAccessibleName(tr("Take theirs"));
    m_takeTheirs->setAccessibleDescription(
        tr("Puts the other device's value in force here and on every device (Alt+T)"));
    // Enter on a focused button presses it, as in a dialog.
    m_keepMine->setAutoDefault(true);
    m_takeTheirs->setAutoDefault(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("conflictMessage"));
    m_message->setWordWrap(true);
    buttons->addWidget(m_keepMine);
    buttons->addWidget(m_takeTheirs);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    setTabOrder(m_showResolved, m_list);
    setTabOrder(m_list, m_mine);
    setTabOrder(m_mine, m_base);
    setTabOrder(m_base, m_theirs);
    setTabOrder(m_theirs, m_keepMine);
    setTabOrder(m_keepMine, m_takeTheirs);

    connect(m_showResolved, &QCheckBox::toggled, this, &SyncConflictsView::reload);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SyncConflictsView::showSelected);
    connect(m_keepMine, &QPushButton::clicked, this, &SyncConflictsView::keepMine);
    connect(m_takeTheirs, &QPushButton::clicked, this, &SyncConflictsView::takeTheirs);
    connect(&m_scheduler, &Core::SyncScheduler::syncFinished, this, &SyncConflictsView::reload);
    connect(&m_scheduler, &Core::SyncScheduler::taskFinished, this,
            [this](const QString &kind, const Core::SyncScheduler::Outcome &outcome) {
                if (kind == conflictsTask) {
                    m_reloading = false;
                    if (outcome.status)
                        showConflicts(outcome.value.value<QList<Conflict>>());
                    else
                        setMessage(outcome.status.error().message);
                    if (std::exchange(m_reloadAgain, false))
                        reload();
                } else if (kind == resolveTask) {
                    m_resolving = false;
                    setMessage(outcome.status ? outcome.value.toString()
                                              : outcome.status.error().message);
                    reload();
                } else if (kind != QLatin1String("status")) {
                    reload(); // set up, leave, forget: the list may have changed
                }
            });
    showConflicts({});
}

const SyncConflictsView::Conflict *SyncConflictsView::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return nullptr;
    const qint64 id = item->data(WhatColumn, Qt::UserRole).toLongLong();
    for (const Conflict &conflict : m_conflicts) {
        if (conflict.id == id)
            return &conflict;
    }
    return nullptr;
}

void SyncConflictsView::reload()
{
    if (m_reloading) {
        m_reloadAgain = true;
        return;
    }
    if (!m_scheduler.isConfigured() && m_conflicts.isEmpty())
        return;
    m_reloading = true;
    const bool all = m_showResolved->isChecked();
    m_scheduler.perform(conflictsTask, [all](Core::SyncScheduler::Context &context) {
        Core::Result<QList<Conflict>> conflicts = context.engine.conflicts(all);
        if (!conflicts)
            return Core::SyncScheduler::Outcome{conflicts.error(), {}};
        return Core::SyncScheduler::Outcome{{}, QVariant::fromValue(conflicts.value())};
    });
}

void SyncConflictsView::showConflicts(const QList<Conflict> &conflicts)
{
    const Conflict *current = selected();
    const qint64 selectedId = current ? current->id : -1;
    const bool listHadFocus = m_list->hasFocus();
    m_conflicts = conflicts;
    m_list->clear();
    QTreeWidgetItem *reselect = nullptr;
    for (const Conflict &conflict : std::as_const(m_conflicts)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(WhatColumn, SyncConflictText::title(conflict));
        item->setText(DeviceColumn, SyncConflictText::theirDevice(conflict));
        item->setText(StateColumn, SyncConflictText::stateText(conflict));
        item->setText(FoundColumn,
                      SyncStatusButton::moment(conflict.detected));
        item->setData(WhatColumn, Qt::UserRole, conflict.id);
        if (conflict.state != u"open") {
            QFont font = item->font(WhatColumn);
            font.setItalic(true);
            for (int column = WhatColumn; column <= FoundColumn; ++column)
                item->setFont(column, font);
        }
        if (conflict.id == selectedId)
            reselect = item;
    }
    if (!reselect && m_list->topLevelItemCount() > 0)
        reselect = m_list->topLevelItem(0);
    m_list->setCurrentItem(reselect);
    if (listHadFocus)
        m_list->setFocus();
    int open = 0;
    for (const Conflict &conflict : std::as_const(m_conflicts))
        open += conflict.state == u"open" ? 1 : 0;
    setTitle(open > 0 ? tr("Conflicts (%1 open)").arg(open) : tr("Conflicts"));
    showSelected();
}

void SyncConflictsView::showSelected()
{
    const Conflict *conflict = selected();
    if (!conflict) {
        const QString none = m_showResolved->isChecked()
            ? tr("No conflicts, open or resolved.")
            : tr("No conflicts wait for you. “Show resolved” lists earlier ones.");
        m_explanation->setText(none);
        m_explanation->setAccessibleName(none);
        m_theirsLabel->setText(tr("Other de&vice (theirs):"));
        for (QPlainTextEdit *view : {m_mine, m_base, m_theirs}) {
            view->clear();
            view->setExtraSelections({});
        }
        updateActions();
        return;
    }
    const QString explanation = SyncConflictText::explanation(*conflict);
    m_explanation->setText(explanation);
    m_explanation->setAccessibleName(explanation);
    // '&' in a device name must not become a mnemonic.
    QString device = SyncConflictText::theirDeviceName(*conflict);
    device.replace(u'&', QStringLiteral("&&"));
    m_theirsLabel->setText(tr("Other de&vice, %1 (theirs):").arg(device));
    m_theirs->setAccessibleName(tr("Value on %1").arg(SyncConflictText::theirDevice(*conflict)));
    showSide(m_mine, SyncConflictText::sideText(*conflict, SyncConflictText::Side::Mine));
    showSide(m_base, SyncConflictText::sideText(*conflict, SyncConflictText::Side::Base));
    showSide(m_theirs, SyncConflictText::sideText(*conflict, SyncConflictText::Side::Theirs));
    updateActions();
}

void SyncConflictsView::updateActions()
{
    const bool can = selected() && !m_resolving;
    // A disabled button would push the focus out of the page: it goes back to the list.
    if (!can && (m_keepMine->hasFocus() || m_takeTheirs->hasFocus()))
        m_list->setFocus(Qt::OtherFocusReason);
    m_sides->setVisible(selected() != nullptr);
    m_keepMine->setEnabled(can);
    m_takeTheirs->setEnabled(can);
}

void SyncConflictsView::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setAccessibleName(text);
}

void SyncConflictsView::keepMine()
{
    resolve(Core::SyncEngine::Resolution::Mine);
}

void SyncConflictsView::takeTheirs()
{
    resolve(Core::SyncEngine::Resolution::Theirs);
}

void SyncConflictsView::resolve(Core::SyncEngine::Resolution resolution)
{
    const Conflict *conflict = selected();
    if (!conflict || m_resolving)
        return;
    m_resolving = true;
    updateActions();
    const qint64 id = conflict->id;
    const QString title = SyncConflictText::title(*conflict);
    const QString device = SyncConflictText::theirDeviceName(*conflict);
    setMessage(tr("Resolving…"));
    // The choice is a change every device takes: a sync sends it.
    m_scheduler.perform(
        resolveTask,
        [id, resolution, title, device](Core::SyncScheduler::Context &context) {
            if (Core::Status resolved = context.engine.resolve(id, resolution); !resolved)
                return Core::SyncScheduler::Outcome{resolved, {}};
            return Core::SyncScheduler::Outcome{
                {},
                resolution == Core::SyncEngine::Resolution::Mine
                    ? tr("%1: kept this device's value.").arg(title)
                    : tr("%1: took the value of %2.").arg(title, device)};
        },
        true);
}

bool SyncConflictsView::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the list goes on to the choice.
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_keepMine->isEnabled()) {
            m_keepMine->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

} // namespace Hubstate::Ui
