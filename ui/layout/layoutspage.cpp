#include "layoutspage.h"

#include "core/common/atomicfile.h"
#include "core/settings/preferencesstore.h"
#include "core/state/layoutcodec.h"
#include "core/state/layoutediting.h"
#include "core/state/layoutrepository.h"
#include "core/state/layouttemplates.h"
#include "layoutcanvas.h"
#include "layoutdeletecommand.h"
#include "layouteditor.h"
#include "layoutkeymap.h"
#include "layoutlistmodel.h"
#include "ui/common/columnfitter.h"
#include "ui/common/prompts.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QUuid>
#include <QVBoxLayout>

namespace Hubstate::Ui {

namespace {

QPushButton *button(const QString &text, const QString &objectName, const QString &accessible,
                    QWidget *parent)
{
    auto *created = new QPushButton(text, parent);
    created->setObjectName(objectName);
    created->setAccessibleName(accessible);
    return created;
}

} // namespace

LayoutsPage::LayoutsPage(Core::PreferencesStore &store, Core::LayoutRepository &layouts,
                         Core::AgentRepository *agents, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_layouts(layouts)
    , m_model(new LayoutListModel(layouts, this))
    , m_listUndo(new QUndoStack(this))
    , m_filter(new QLineEdit(this))
    , m_list(new QTableView(this))
    , m_newType(new QComboBox(this))
    , m_new(button(tr("&New"), QStringLiteral("newLayout"), tr("New layout"), this))
    , m_duplicate(
          button(tr("D&uplicate"), QStringLiteral("duplicateLayout"), tr("Duplicate layout"), this))
    , m_rename(button(tr("&Rename"), QStringLiteral("renameLayout"), tr("Rename layout"), this))
    , m_delete(button(tr("De&lete"), QStringLiteral("deleteLayout"), tr("Delete layout"), this))
    , m_default(button(tr("Set as de&fault"), QStringLiteral("setDefaultLayout"),
                       tr("Set as default layout"), this))
    , m_import(button(tr("&Import..."), QStringLiteral("importLayout"), tr("Import layout"), this))
    , m_export(button(tr("E&xport..."), QStringLiteral("exportLayout"), tr("Export layout"), this))
    , m_editor(new LayoutEditor(store, layouts, agents, this))
{
    setObjectName(QStringLiteral("layoutsPage"));
    m_filter->setObjectName(QStringLiteral("layoutFilter"));
    m_filter->setAccessibleName(tr("Filter layouts by name or tag"));
    m_filter->setPlaceholderText(tr("Filter by name or tag"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("layoutList"));
    m_list->setAccessibleName(tr("Layouts"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTabKeyNavigation(false);
    m_list->verticalHeader()->hide();
    // The name stretches and keeps room for a dozen characters at any text size; the default
    // marker, the pane count and the tags follow, in that order, while there is room beside it
    // (the name's tooltip has them all). The type and the last change are in the tooltip (and
    // the type in the editor's drawing) rather than columns of their own.
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setWordWrap(false);
    m_list->setColumnHidden(LayoutListModel::Type, true);
    m_list->setColumnHidden(LayoutListModel::Updated, true);
    auto *columns = new ColumnFitter(m_list, m_list->horizontalHeader(), LayoutListModel::Name, 12);
    columns->addColumn(LayoutListModel::Default);
    columns->addColumn(LayoutListModel::Panes);
    columns->addColumn(LayoutListModel::Tags, QStringLiteral("template, work"));
    m_list->installEventFilter(this);
    m_newType->setObjectName(QStringLiteral("newLayoutType"));
    m_newType->setAccessibleName(tr("Kind of new layout"));
    m_newType->addItem(tr("Blank (custom)"), QString());
    m_newType->addItem(tr("Single"), QStringLiteral("single"));
    m_newType->addItem(tr("Split"), QStringLiteral("split"));
    m_newType->addItem(tr("Grid 2 x 2"), QStringLiteral("grid-2x2"));
    m_newType->addItem(tr("Grid 3 x 3"), QStringLiteral("grid-3x3"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_list, 1);
    auto *newRow = new QHBoxLayout;
    newRow->addWidget(m_newType, 1);
    newRow->addWidget(m_new);
    leftLayout->addLayout(newRow);
    auto *actions = new QGridLayout;
    actions->addWidget(m_duplicate, 0, 0);
    actions->addWidget(m_delete, 0, 1);
    actions->addWidget(m_rename, 1, 0);
    actions->addWidget(m_default, 1, 1);
    actions->addWidget(m_import, 2, 0);
    actions->addWidget(m_export, 2, 1);
    leftLayout->addLayout(actions);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({420, 580});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    // Tab as the page reads: the list and its buttons, then the editor.
    const QList<QWidget *> order{m_filter, m_list,   m_newType, m_new,    m_duplicate,
                                 m_delete, m_rename, m_default, m_import, m_export};
    for (qsizetype i = 0; i + 1 < order.size(); ++i)
        setTabOrder(order.at(i), order.at(i + 1));
    m_editor->placeInTabOrderAfter(m_export);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setFilter(text);
        reload(m_openId);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LayoutsPage::selectionChanged);
    connect(m_new, &QPushButton::clicked, this, &LayoutsPage::createLayout);
    connect(m_duplicate, &QPushButton::clicked, this, &LayoutsPage::duplicateLayout);
    connect(m_rename, &QPushButton::clicked, m_editor, &LayoutEditor::startLayoutRename);
    connect(m_delete, &QPushButton::clicked, this, &LayoutsPage::deleteLayout);
    connect(m_default, &QPushButton::clicked, this, &LayoutsPage::setDefault);
    connect(m_import, &QPushButton::clicked, this, &LayoutsPage::importLayout);
    connect(m_export, &QPushButton::clicked, this, &LayoutsPage::exportLayout);
    connect(m_editor, &LayoutEditor::saved, this, [this](const QString &id) { reload(id); });
    connect(&m_store, &Core::PreferencesStore::valueChanged, this, [this](const QString &key) {
        if (key == QLatin1String("preferences.layout.defaultLayout"))
            m_model->setDefaultId(defaultLayoutId());
    });

    // The list is read when the page is first shown, not at start-up.
}

void LayoutsPage::ensureLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_model->setDefaultId(defaultLayoutId());
    reload(defaultLayoutId());
    if (m_openId.isEmpty() && m_model->rowCount() > 0)
        openLayout(m_model->idAt(0));
}

void LayoutsPage::refresh()
{
    if (!m_loaded)
        return; // read when first shown
    reload({});
    m_editor->refreshAgentNames();
}

bool LayoutsPage::save()
{
    ensureLoaded();
    return m_editor->saveDraft();
}

void LayoutsPage::showHelp()
{
    ensureLoaded();
    m_editor->toggleKeys();
}

LayoutsPage::~LayoutsPage() = default;

QString LayoutsPage::defaultLayoutId() const
{
    // The preference names a template by its type, or any layout by its id.
    const QString value = m_store.text(QStringLiteral("preferences.layout.defaultLayout"));
    const Core::Layout fromTemplate = Core::LayoutTemplates::make(value, QDateTime());
    return fromTemplate.id.isEmpty() ? value : fromTemplate.id;
}

QString LayoutsPage::selectedId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : m_openId;
}

void LayoutsPage::reload(const QString &selectId)
{
    const QString problem = m_model->reload();
    if (!problem.isEmpty())
        m_editor->announce(problem);
    const int row = m_model->rowOf(selectId.isEmpty() ? m_openId : selectId);
    m_selecting = true;
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, LayoutListModel::Name));
    m_selecting = false;
    if (!selectId.isEmpty() && selectId != m_openId && row >= 0)
        openLayout(selectId);
}

bool LayoutsPage::openLayout(const QString &id)
{
    ensureLoaded();
    if (id == m_openId && m_editor->hasLayout())
        return true;
    if (!m_editor->confirmLeave())
        return false;
    const Core::Result<std::optional<Core::Layout>> found = m_layouts.find(id);
    if (!found || !found->has_value()) {
        m_editor->announce(found ? tr("No layout with id %1").arg(id) : found.error().message);
        return false;
    }
    m_openId = id;
    m_editor->open(**found);
    const int row = m_model->rowOf(id);
    m_selecting = true;
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, LayoutListModel::Name));
    m_selecting = false;
    m_editor->announce(tr("Editing \"%1\"").arg((*found)->name));
    return true;
}

void LayoutsPage::selectionChanged()
{
    if (m_selecting)
        return;
    const QString id = selectedId();
    if (id.isEmpty() || id == m_openId)
        return;
    if (!openLayout(id)) {
        // Staying: the list shows the layout still being edited.
        m_selecting = true;
        const int row = m_model->rowOf(m_openId);
        if (row >= 0)
            m_list->setCurrentIndex(m_model->index(row, LayoutListModel::Name));
        m_selecting = false;
    }
}

void LayoutsPage::createLayout()
{
    if (!m_editor->confirmLeave())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString type = m_newType->currentData().toString();
    Core::Layout layout;
    if (type.isEmpty()) {
        layout = Core::LayoutEditing::blank(now);
    } else {
        layout = Core::LayoutTemplates::make(type, now);
        layout.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        layout.tags.clear();
    }
    if (const Core::Status saved = m_layouts.save(layout); !saved) {
        m_editor->announce(tr("Cannot create the layout: %1").arg(saved.error().message));
        return;
    }
    m_filter->clear();
    reload(layout.id);
    m_editor->announce(tr("Created \"%1\"").arg(layout.name));
    m_editor->canvas()->setFocus(Qt::OtherFocusReason);
}

void LayoutsPage::duplicateLayout()
{
    const QString id = selectedId();
    if (id.isEmpty() || !m_editor->confirmLeave())
        return;
    const Core::Result<std::optional<Core::Layout>> found = m_layouts.find(id);
    if (!found || !found->has_value()) {
        m_editor->announce(found ? tr("No layout with id %1").arg(id) : found.error().message);
        return;
    }
    const Core::Layout copy =
        Core::LayoutEditing::duplicate(**found, QDateTime::currentDateTimeUtc());
    if (const Core::Status saved = m_layouts.save(copy); !saved) {
        m_editor->announce(tr("Cannot duplicate the layout: %1").arg(saved.error().message));
        return;
    }
    reload(copy.id);
    m_editor->announce(tr("Created \"%1\"").arg(copy.name));
}

void LayoutsPage::deleteLayout()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const Core::Result<std::optional<Core::Layout>> found = m_layouts.find(id);
    if (!found || !found->has_value()) {
        m_editor->announce(found ? tr("No layout with id %1").arg(id) : found.error().message);
        return;
    }
    const Core::Layout layout = **found;
    const int row = std::max(0, m_list->currentIndex().row());
    if (id == m_openId) {
        m_editor->close(); // the draft goes with the layout; undo brings back the stored one
        m_openId.clear();
    }
    bool failed = false;
    m_listUndo->push(
        new LayoutDeleteCommand(m_layouts, layout, [this, &failed](const QString &error) {
            failed = !error.isEmpty();
            if (failed)
                m_editor->announce(error);
        }));
    reload({});
    if (m_openId.isEmpty() && m_model->rowCount() > 0)
        openLayout(m_model->idAt(std::min(row, m_model->rowCount() - 1)));
    if (!failed) {
        const QString undoKey =
            LayoutKeyMap(m_store).keys(LayoutAction::Undo).toString(QKeySequence::NativeText);
        m_editor->announce(
            tr("Deleted \"%1\"; %2 in the list brings it back").arg(layout.name, undoKey));
    }
}

void LayoutsPage::setDefault()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const Core::Status set =
        m_store.setValue(QStringLiteral("preferences.layout.defaultLayout"), id);
    if (!set) {
        m_editor->announce(tr("Cannot set the default layout: %1").arg(set.error().message));
        return;
    }
    m_editor->announce(
        tr("\"%1\" opens at start")
            .arg(m_model->data(m_model->index(m_model->rowOf(id), LayoutListModel::Name))
                     .toString()));
}

void LayoutsPage::importLayout()
{
    const QString path = Prompts::openFile(this, tr("Import layout"), QString(),
                                           tr("Layout documents (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_editor->announce(tr("Cannot import %1: %2").arg(name, file.errorString()));
        return;
    }
    Core::Violations problems;
    Core::Layout layout = Core::LayoutCodec::parse(
        file.read(Core::LayoutCodec::maxDocumentBytes + 1), name, &problems);
    if (!Core::hasErrors(problems))
        problems += Core::LayoutRules::fromSettings(m_store).check(layout);
    if (Core::hasErrors(problems)) {
        QStringList lines;
        for (const Core::Violation &problem : std::as_const(problems)) {
            if (problem.isError())
                lines.append(problem.toString());
        }
        m_editor->announce(tr("Cannot import %1:\n%2").arg(name, lines.join(u'\n')));
        return;
    }
    if (!m_editor->confirmLeave())
        return;
    QString note;
    const Core::Result<std::optional<Core::Layout>> existing = m_layouts.find(layout.id);
    if (existing && existing->has_value()) {
        // Never overwrite a stored layout by accident: the import becomes a layout of its own.
        layout.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        note = tr(" as a new layout, because a layout with its id exists");
    }
    if (const Core::Status saved = m_layouts.save(layout); !saved) {
        m_editor->announce(tr("Cannot import %1: %2").arg(name, saved.error().message));
        return;
    }
    m_filter->clear();
    reload(layout.id);
    m_editor->announce(tr("Imported \"%1\" from %2%3").arg(layout.name, name, note));
}

void LayoutsPage::exportLayout()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const Core::Result<std::optional<Core::Layout>> found = m_layouts.find(id);
    if (!found || !found->has_value()) {
        m_editor->announce(found ? tr("No layout with id %1").arg(id) : found.error().message);
        return;
    }
    const QString suggested = (*found)->name + QStringLiteral(".json");
    const QString path =
        Prompts::saveFile(this, tr("Export layout"), suggested, tr("Layout documents (*.json)"));
    if (path.isEmpty())
        return;
    const QByteArray document =
        QJsonDocument(Core::LayoutCodec::toJson(**found)).toJson(QJsonDocument::Indented);
    if (const Core::Status written = Core::AtomicFile::write(path, document); !written) {
        m_editor->announce(tr("Cannot export: %1").arg(written.error().message));
        return;
    }
    m_editor->announce(tr("Exported \"%1\" to %2").arg((*found)->name, path));
}

void LayoutsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureLoaded();
    m_editor->refreshAgentNames(); // agents may have been edited on their page
    if (!m_watchingWindow && window() != this) {
        window()->installEventFilter(this); // closing the window with unsaved changes asks
        m_watchingWindow = true;
    }
}

bool LayoutsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == window() && watched != this && event->type() == QEvent::Close) {
        if (!m_editor->confirmLeave()) {
            event->ignore();
            return true;
        }
        return false;
    }
    if (watched == m_list
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        const std::optional<LayoutAction> action = LayoutKeyMap(m_store).match(*key);
        const bool undoKey = action == LayoutAction::Undo || action == LayoutAction::Redo;
        const bool listKey = undoKey || key->key() == Qt::Key_Delete || key->key() == Qt::Key_Return
            || key->key() == Qt::Key_Enter;
        if (event->type() == QEvent::ShortcutOverride) {
            if (listKey) {
                event->accept();
                return true;
            }
            return false;
        }
        if (undoKey) {
            const bool undo = action == LayoutAction::Undo;
            if (undo ? m_listUndo->canUndo() : m_listUndo->canRedo()) {
                const QString what = undo ? m_listUndo->undoText() : m_listUndo->redoText();
                if (undo)
                    m_listUndo->undo();
                else
                    m_listUndo->redo();
                reload({});
                if (m_openId.isEmpty() && m_model->rowCount() > 0)
                    openLayout(m_model->idAt(std::max(0, m_list->currentIndex().row())));
                m_editor->announce(undo ? tr("Undone: %1").arg(what) : tr("Redone: %1").arg(what));
            } else {
                m_editor->announce(undo ? tr("Nothing to undo") : tr("Nothing to redo"));
            }
            return true;
        }
        if (key->key() == Qt::Key_Delete) {
            deleteLayout();
            return true;
        }
        if (key->key() == Qt::Key_F2) {
            m_editor->startLayoutRename();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            m_editor->canvas()->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool LayoutsPage::confirmLeave()
{
    return m_editor->confirmLeave();
}

} // namespace Hubstate::Ui
