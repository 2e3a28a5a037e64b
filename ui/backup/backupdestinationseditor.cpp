#include "backupdestinationseditor.h"

#include "backupjob.h"
#include "core/backup/destination.h"
#include "core/backup/destinationlist.h"
#include "core/backup/retention.h"
#include "core/settings/preferencesstore.h"
#include "destinationdialog.h"
#include "destinationlistmodel.h"
#include "ui/common/messagelook.h"
#include "ui/common/prompts.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Hubstate::Ui {

using Core::BackupDestination;

namespace {

using MessageLook::messageLabel;
using MessageLook::showMessage;

const QString listKey = QStringLiteral("backup.destinations");
const QString testTask = QStringLiteral("testDestinations");

QPushButton *button(const QString &text, const QString &name, const QString &accessibleName,
                    QWidget *parent)
{
    auto *push = new QPushButton(text, parent);
    push->setObjectName(name);
    push->setAccessibleName(accessibleName);
    push->setAutoDefault(false);
    return push;
}

} // namespace

BackupDestinationsEditor::BackupDestinationsEditor(Core::PreferencesStore &store, BackupJob &job,
                                                   const QString &ownFolder, QWidget *parent)
    : QGroupBox(tr("Destinations"), parent)
    , m_store(store)
    , m_job(job)
    , m_ownFolder(ownFolder)
    , m_model(new DestinationListModel(this))
{
    setObjectName(QStringLiteral("backupDestinationsEditor"));
    auto *layout = new QVBoxLayout(this);

    // The administrator's explanation; it takes the keyboard focus (the disabled buttons do
    // not), so Tab and a screen reader reach it.
    m_lock = messageLabel(QStringLiteral("destinationsLock"), this);
    m_lock->hide();
    layout->addWidget(m_lock);
    m_empty = messageLabel(QStringLiteral("destinationsEmpty"), this);
    m_empty->hide();
    layout->addWidget(m_empty);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("backupDestinations"));
    m_view->setAccessibleName(tr("Backup destinations"));
    m_view->setAccessibleDescription(
        tr("Where backups go. Enter edits the chosen destination, Space turns it on or off, "
           "Delete removes it"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The location takes the room the others leave, but never less than it needs to be told
    // apart (fitLocationColumn): with large text the list scrolls sideways instead.
    header->setSectionResizeMode(DestinationListModel::Location, QHeaderView::Fixed);
    m_view->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this](int section) {
        if (section != DestinationListModel::Location)
            QTimer::singleShot(0, this, &BackupDestinationsEditor::fitLocationColumn);
    });
    layout->addWidget(m_view);

    auto *buttons = new QHBoxLayout;
    m_add =
        button(tr("&Add…"), QStringLiteral("addDestination"), tr("Add a backup destination"), this);
    m_edit = button(tr("Ed&it…"), QStringLiteral("editDestination"),
                    tr("Edit the selected destination"), this);
    m_remove = button(tr("Re&move…"), QStringLiteral("removeDestination"),
                      tr("Remove the selected destination"), this);
    m_remove->setAccessibleDescription(tr("The backups there are left as they are"));
    m_test = button(tr("&Test"), QStringLiteral("testDestination"),
                    tr("Test the connection to the selected destination"), this);
    m_test->setAccessibleDescription(
        tr("Checks that the destination can be reached, logged in to and written"));
    m_testAll = button(tr("Test a&ll"), QStringLiteral("testAllDestinations"),
                       tr("Test the connection to every destination"), this);
    m_testAll->setAccessibleDescription(m_test->accessibleDescription());
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_test);
    buttons->addWidget(m_testAll);
    layout->addLayout(buttons);
    m_result = messageLabel(QStringLiteral("destinationsResult"), this);
    m_result->hide();
    layout->addWidget(m_result);

    // The keys of the list do what the buttons do.
    auto *toggle = new QAction(m_view);
    toggle->setShortcut(Qt::Key_Space);
    toggle->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(toggle);
    connect(toggle, &QAction::triggered, this, [this] {
        const int row = m_model->rowOf(selectedName());
        if (const BackupDestination *entry = m_model->destination(row); entry && !isLocked())
            setEnabledOf(entry->name, !entry->enabled);
    });
    auto *removeKey = new QAction(m_view);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(removeKey);
    connect(removeKey, &QAction::triggered, this, &BackupDestinationsEditor::removeSelected);
    connect(m_view, &QTableView::activated, this, &BackupDestinationsEditor::editSelected);

    connect(m_add, &QPushButton::clicked, this, &BackupDestinationsEditor::add);
    connect(m_edit, &QPushButton::clicked, this, &BackupDestinationsEditor::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &BackupDestinationsEditor::removeSelected);
    connect(m_test, &QPushButton::clicked, this, &BackupDestinationsEditor::testSelected);
    connect(m_testAll, &QPushButton::clicked, this, &BackupDestinationsEditor::testAll);
    connect(m_model, &DestinationListModel::enabledChangeRequested, this,
            &BackupDestinationsEditor::setEnabledOf);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BackupDestinationsEditor::updateActions);
    // The sideways scroll bar comes and goes with the width: the height follows.
    connect(m_view->horizontalScrollBar(), &QScrollBar::rangeChanged, this,
            &BackupDestinationsEditor::fitHeight);
    connect(&m_store, &Core::PreferencesStore::valueChanged, this, [this](const QString &key) {
        // The list, or the retention it falls back on.
        if (key == listKey || key.startsWith(QLatin1String("backup.")))
            reload();
    });
    connect(&m_job, &BackupJob::finished, this,
            [this](const QString &kind, const BackupJob::Outcome &outcome) {
                if (kind != testTask)
                    return;
                QStringList lines{outcome.message};
                for (const QVariant &item : outcome.value.toList()) {
                    const QVariantMap result = item.toMap();
                    const QString name = result.value(QStringLiteral("name")).toString();
                    const QString message = result.value(QStringLiteral("message")).toString();
                    const bool works = result.value(QStringLiteral("works")).toBool();
                    m_model->setTest(name,
                                     works ? DestinationListModel::TestState::Works
                                           : DestinationListModel::TestState::Fails,
                                     message);
                    lines.append(tr("%1: %2").arg(name, message));
                }
                showResult(lines.join(u'\n'));
            });

    setTabOrder(m_view, m_add);
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_remove);
    setTabOrder(m_remove, m_test);
    setTabOrder(m_test, m_testAll);
    reload();
}

void BackupDestinationsEditor::showEvent(QShowEvent *event)
{
    QGroupBox::showEvent(event);
    reload(); // the policy may have changed meanwhile
}

DestinationDialog *BackupDestinationsEditor::dialog() const
{
    return m_dialog;
}

bool BackupDestinationsEditor::isLocked() const
{
    return !DestinationDialog::lockExplanation(m_store).isEmpty();
}

void BackupDestinationsEditor::reload()
{
    const QString selected = selectedName();
    const Core::Result<QList<BackupDestination>> parsed =
        Core::BackupDestinations::parse(m_store.text(listKey));
    // The store keeps only lists that pass the rule; should one not, it is said, not hidden.
    const QList<BackupDestination> list = parsed ? *parsed : QList<BackupDestination>();
    if (!parsed)
        showResult(parsed.error().message);
    m_model->setDestinations(list, Core::RetentionPolicy::fromSettings(m_store));
    if (!selected.isEmpty() && m_model->rowOf(selected) >= 0)
        select(selected);
    else if (!m_view->selectionModel()->hasSelection() && m_model->rowCount() > 0)
        select(m_model->destination(0)->name);

    const bool locked = isLocked();
    m_model->setEditable(!locked);
    const QString lock = DestinationDialog::lockExplanation(m_store);
    if (m_lock->text() != lock) {
        m_lock->setText(lock);
        m_lock->setAccessibleName(locked ? tr("Backup destinations are locked") : QString());
        m_lock->setAccessibleDescription(lock);
        m_lock->setToolTip(lock);
    }
    m_lock->setVisible(locked);
    m_lock->setFocusPolicy(locked ? Qt::StrongFocus : Qt::NoFocus);

    const QString empty = list.isEmpty()
        ? tr("Backups go to this profile's own folder, %1. Add a destination to send them to "
             "another folder, a WebDAV server or S3-compatible storage, or to several at once.")
              .arg(m_ownFolder)
        : QString();
    showMessage(m_empty, empty);
    m_view->setVisible(!list.isEmpty());
    fitLocationColumn();
    fitHeight();
    updateActions();
}

// As tall as its rows (three to eight) at the text size in use, and its scroll bar when the
// columns are wider than the box: a short list leaves no empty box, and no row is cut off.
void BackupDestinationsEditor::fitHeight()
{
    const int count = m_model->rowCount();
    const int rows = std::clamp(count, 3, 8);
    const int rowHeight =
        count > 0 ? m_view->rowHeight(0) : m_view->verticalHeader()->defaultSectionSize();
    int height = m_view->horizontalHeader()->sizeHint().height() + 2 * m_view->frameWidth();
    for (int row = 0; row < rows; ++row)
        height += row < count ? m_view->rowHeight(row) : rowHeight;
    if (m_view->horizontalScrollBar()->maximum() > 0)
        height += m_view->horizontalScrollBar()->sizeHint().height();
    if (m_view->height() != height)
        m_view->setFixedHeight(height);
}

void BackupDestinationsEditor::fitLocationColumn()
{
    QHeaderView *header = m_view->horizontalHeader();
    int others = 0;
    for (int section = 0; section < header->count(); ++section) {
        if (section != DestinationListModel::Location)
            others += header->sectionSize(section);
    }
    const int least = qMax(header->sectionSizeHint(DestinationListModel::Location),
                           m_view->fontMetrics().averageCharWidth() * 24);
    const int width = qMax(least, m_view->viewport()->width() - others);
    if (header->sectionSize(DestinationListModel::Location) != width)
        header->resizeSection(DestinationListModel::Location, width);
}

bool BackupDestinationsEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &BackupDestinationsEditor::fitLocationColumn);
    return QGroupBox::eventFilter(watched, event);
}

void BackupDestinationsEditor::changeEvent(QEvent *event)
{
    QGroupBox::changeEvent(event);
    // Larger text (200%): taller rows, wider columns.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        QTimer::singleShot(0, this, &BackupDestinationsEditor::fitLocationColumn);
        QTimer::singleShot(0, this, &BackupDestinationsEditor::fitHeight);
    }
}

void BackupDestinationsEditor::updateActions()
{
    const bool locked = isLocked();
    const BackupDestination *chosen = m_model->destination(m_model->rowOf(selectedName()));
    m_add->setEnabled(!m_busy && !locked);
    // Locked, a remote destination's dialog still stores its password.
    m_edit->setEnabled(!m_busy && chosen
                       && (!locked || chosen->kind != BackupDestination::Kind::Folder));
    m_remove->setEnabled(!locked && chosen);
    m_test->setEnabled(!m_busy && chosen);
    m_testAll->setEnabled(!m_busy);
    // Going to the setting lands on the list, or on Add when there is none yet.
    QWidget *proxy = m_view->isVisibleTo(this) ? static_cast<QWidget *>(m_view)
        : m_add->isEnabled()                   ? static_cast<QWidget *>(m_add)
                                               : static_cast<QWidget *>(m_lock);
    if (focusProxy() != proxy)
        setFocusProxy(proxy);
}

void BackupDestinationsEditor::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
}

QString BackupDestinationsEditor::selectedName() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const BackupDestination *entry =
        rows.isEmpty() ? nullptr : m_model->destination(rows.first().row());
    return entry ? entry->name : QString();
}

void BackupDestinationsEditor::select(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return;
    m_view->selectRow(row);
    m_view->setCurrentIndex(m_model->index(row, DestinationListModel::Name));
}

void BackupDestinationsEditor::showResult(const QString &text)
{
    showMessage(m_result, text);
}

void BackupDestinationsEditor::add()
{
    if (m_add->isEnabled())
        openDialog({});
}

void BackupDestinationsEditor::editSelected()
{
    if (m_edit->isEnabled())
        openDialog(selectedName());
}

void BackupDestinationsEditor::openDialog(const QString &editedName)
{
    if (m_dialog)
        return;
    m_dialog = new DestinationDialog(m_store, m_job, editedName, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog] {
        showResult(dialog->outcome());
        select(dialog->destination().name);
        m_view->setFocus(Qt::OtherFocusReason);
    });
    // Closed, it is gone for good (deleted a moment later): another may open.
    connect(m_dialog, &QDialog::finished, this, [this] { m_dialog = nullptr; });
    connect(m_dialog, &QDialog::rejected, this, [this, editedName] {
        (editedName.isEmpty() ? static_cast<QWidget *>(m_add) : m_view)
            ->setFocus(Qt::OtherFocusReason);
    });
    // Not modal-blocking: the dialog reports back, so tests and screen readers see it.
    m_dialog->open();
}

void BackupDestinationsEditor::setEnabledOf(QString name, bool enabled)
{
    const Core::Result<QList<BackupDestination>> parsed =
        Core::BackupDestinations::parse(m_store.text(listKey));
    if (!parsed) {
        showResult(parsed.error().message);
        return;
    }
    QList<BackupDestination> list = *parsed;
    for (BackupDestination &entry : list) {
        if (entry.name == name)
            entry.enabled = enabled;
    }
    if (Core::Status written = m_store.setText(listKey, Core::BackupDestinations::toJson(list));
        !written) {
        showResult(tr("Not changed: %1").arg(written.error().message));
        return;
    }
    showResult(enabled ? tr("Backups go to %1 again.").arg(name)
                       : tr("Backups do not go to %1 for now; it stays in the list.").arg(name));
}

void BackupDestinationsEditor::removeSelected()
{
    const BackupDestination *chosen = m_model->destination(m_model->rowOf(selectedName()));
    if (!chosen || !m_remove->isEnabled())
        return;
    const BackupDestination removed = *chosen;
    Prompts::Question ask;
    ask.title = tr("Remove a backup destination");
    ask.text = tr("Remove %1 (%2) from the backup destinations?")
                   .arg(removed.name, Core::displaySpec(removed.location));
    ask.detail = tr("New backups no longer go there. The backups already there are left as "
                    "they are, and so is its password in the keychain.");
    ask.icon = QMessageBox::Question;
    ask.acceptText = tr("&Remove");
    ask.rejectText = tr("&Keep it");
    if (!Prompts::ask(this, ask))
        return;
    const Core::Result<QList<BackupDestination>> parsed =
        Core::BackupDestinations::parse(m_store.text(listKey));
    if (!parsed) {
        showResult(parsed.error().message);
        return;
    }
    QList<BackupDestination> list = *parsed;
    list.removeIf(
        [&removed](const BackupDestination &entry) { return entry.name == removed.name; });
    if (Core::Status written = m_store.setText(listKey, Core::BackupDestinations::toJson(list));
        !written) {
        showResult(tr("Not removed: %1").arg(written.error().message));
        return;
    }
    showResult(tr("Removed %1 (%2); the backups there are left as they are.")
                   .arg(removed.name, Core::displaySpec(removed.location)));
    m_view->setFocus(Qt::OtherFocusReason);
}

void BackupDestinationsEditor::testSelected()
{
    const QString name = selectedName();
    if (!name.isEmpty())
        test({name});
}

void BackupDestinationsEditor::testAll()
{
    test({});
}

void BackupDestinationsEditor::test(const QStringList &names)
{
    if (m_job.isRunning())
        return;
    // All: every destination backups may go to, enabled or not (the profile's own folder
    // when the list is empty), as `backup destinations test` does.
    QList<BackupDestination> tested = Core::BackupDestinations::configured(m_store, m_ownFolder);
    if (!names.isEmpty())
        tested.removeIf(
            [&names](const BackupDestination &entry) { return !names.contains(entry.name); });
    if (tested.isEmpty())
        return;
    for (const BackupDestination &entry : std::as_const(tested))
        m_model->setTest(entry.name, DestinationListModel::TestState::Testing);
    showResult(tested.size() == 1 ? tr("Testing %1…").arg(tested.first().name)
                                  : tr("Testing %n destination(s)…", nullptr, int(tested.size())));
    m_job.start(testTask, [tested](BackupJob::Context &context) {
        QVariantList results;
        int working = 0;
        for (const BackupDestination &entry : tested) {
            Core::Result<std::unique_ptr<Core::Destination>> opened =
                Core::openDestination(entry.location, &context.secrets, &context.settings);
            const Core::Status works =
                opened ? (*opened)->testConnection() : Core::Status(opened.error());
            working += works ? 1 : 0;
            results.append(QVariantMap{{QStringLiteral("name"), entry.name},
                                       {QStringLiteral("works"), bool(works)},
                                       {QStringLiteral("message"),
                                        works ? tr("works, it can be read and written (%1).")
                                                    .arg(Core::displaySpec(entry.location))
                                              : works.error().message}});
        }
        const QString summary = tested.size() == 1
            ? (working == 1 ? tr("The connection works.") : tr("The connection fails."))
            : tr("%1 of %n destination(s) work.", nullptr, int(tested.size())).arg(working);
        return BackupJob::Outcome{working == tested.size(), summary, results};
    });
}

} // namespace Hubstate::Ui
