#include "mainwindow.h"

#include "accessibility/focusindicator.h"
#include "accessibility/mnemonicbuddies.h"
#include "advanced/advancedpage.h"
#include "appearance/appearancepreview.h"
#include "core/common/privatefiles.h"
#include "core/settings/preferencesstore.h"
#include "core/settings/settingsschema.h"
#include "navigation/jumplist.h"
#include "pages/pageicons.h"
#include "pages/settingcommand.h"
#include "pages/settingrow.h"
#include "pages/settingspage.h"
#include "shortcuts/shortcuteditor.h"
#include "shortcuts/shortcutmodel.h"
#include "sync/syncstatusbutton.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Hubstate::Ui {

namespace {
constexpr int kPageIdRole = Qt::UserRole;
constexpr int kTitleRole = Qt::UserRole + 1;
const QString kShortcutPrefix = QStringLiteral("preferences.keyboard.shortcuts.");
} // namespace

MainWindow::MainWindow(Core::PreferencesStore &store, const QString &stateFile, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_stateFile(stateFile)
    , m_idleBuild(new QTimer(this))
    , m_undoStack(new QUndoStack(this))
{
    setWindowTitle(tr("Hubstate"));
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/hubstate.png")));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_search = new QLineEdit(central);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search all settings"));
    m_search->setAccessibleName(tr("Search all settings"));
    m_search->setAccessibleDescription(
        tr("Filters every setting of every page by label, description, key and value"));
    layout->addWidget(m_search);

    auto *splitter = new QSplitter(central);
    m_pageList = new QListWidget(splitter);
    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setAccessibleName(tr("Pages"));
    m_pageList->setAccessibleDescription(
        tr("Alt+1 to Alt+9, Ctrl+PgUp and Ctrl+PgDown or Ctrl+K go to a page; typing searches"));
    m_pageList->installEventFilter(this);
    m_pages = new QStackedWidget(splitter);
    m_pages->setObjectName(QStringLiteral("pages"));
    for (const QString &pageId : Core::SettingsSchema::instance().pages()) {
        insertPage(m_pageList->count(), pageId, SettingsPage::titleFor(pageId), nullptr);
        m_builders.insert(pageId, [this, pageId] { return buildSchemaPage(pageId); });
    }
    m_schemaPageCount = m_pageList->count();
    splitter->setStretchFactor(1, 1);
    // Neither side can be dragged away; the sidebar keeps room for its titles (insertPage).
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({200, 800});
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    // A page that holds unsaved work (the layout editor's draft) may keep the user on it: it
    // answers an invokable confirmLeave() before another page is shown.
    connect(m_pageList, &QListWidget::currentRowChanged, this, [this](int row) {
        QWidget *current = m_pages->currentWidget();
        bool mayLeave = true;
        if (current && row != m_pages->currentIndex()
            && current->metaObject()->indexOfMethod("confirmLeave()") >= 0) {
            QMetaObject::invokeMethod(current, "confirmLeave", Qt::DirectConnection,
                                      Q_RETURN_ARG(bool, mayLeave));
        }
        if (!mayLeave) {
            const QSignalBlocker blocker(m_pageList);
            m_pageList->setCurrentRow(m_pages->currentIndex());
            return;
        }
        ensureBuilt(row);
        m_pages->setCurrentIndex(row);
        if (!m_pageMessage.isEmpty() && statusBar()->currentMessage() == m_pageMessage)
            statusBar()->clearMessage(); // it was about the page left
        m_pageMessage.clear();
        // Panels added to a page after it was built are looked at too.
        MnemonicBuddies::assign(m_pages->currentWidget());
    });
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::applySearch);
    connect(&m_store, &Core::PreferencesStore::valueChanged, this, [this](const QString &key) {
        refresh(key);
        followShortcut(key);
    });
    buildActions();
    buildPageActions();
    addPage(QStringLiteral("advanced"), tr("Advanced"), [this] { return buildAdvancedPage(); });
    m_focusIndicator = new FocusIndicator(m_store, this);
    m_pageList->setCurrentRow(0);
    if (m_store.isReadOnly())
        statusBar()->showMessage(m_store.readOnlyReason());
    m_idleBuild->setInterval(20);
    connect(m_idleBuild, &QTimer::timeout, this, &MainWindow::buildNextIdlePage);
    resize(1000, 700);
    restoreState();
}

MainWindow::~MainWindow() = default;

QKeySequence MainWindow::shortcut(const QString &action) const
{
    return QKeySequence(m_store.text(kShortcutPrefix + action), QKeySequence::PortableText);
}

void MainWindow::buildActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *save = fileMenu->addAction(tr("&Save"), this, &MainWindow::saveCurrentPage);
    save->setObjectName(QStringLiteral("saveAction"));
    m_shortcutActions.insert(QStringLiteral("app.save"), save);
    QAction *backUp = fileMenu->addAction(tr("&Back up now"), this, &MainWindow::backUpNow);
    backUp->setObjectName(QStringLiteral("backupNowAction"));
    m_shortcutActions.insert(QStringLiteral("app.backupNow"), backUp);
    QAction *restore =
        fileMenu->addAction(tr("&Restore from backup…"), this, &MainWindow::restoreRequested);
    restore->setObjectName(QStringLiteral("restoreAction"));
    m_shortcutActions.insert(QStringLiteral("app.restore"), restore);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    m_shortcutActions.insert(QStringLiteral("app.quit"), quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    m_shortcutActions.insert(QStringLiteral("app.undo"), undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    m_shortcutActions.insert(QStringLiteral("app.redo"), redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    QAction *find = editMenu->addAction(tr("&Find a setting"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setObjectName(QStringLiteral("findAction"));
    m_shortcutActions.insert(QStringLiteral("app.find"), find);

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *help = m_helpMenu->addAction(tr("&Keys of this page"), this, &MainWindow::showHelp);
    help->setObjectName(QStringLiteral("helpAction"));
    m_shortcutActions.insert(QStringLiteral("app.help"), help);
    for (auto it = m_shortcutActions.cbegin(); it != m_shortcutActions.cend(); ++it)
        it.value()->setShortcut(shortcut(it.key()));
}

QWidget *MainWindow::buildSchemaPage(const QString &pageId)
{
    auto *page = new SettingsPage(pageId, m_store);
    m_settingsPages.insert(pageId, page);
    if (pageId == QLatin1String("appearance")) {
        auto *box = new QGroupBox(tr("Preview"));
        (new QVBoxLayout(box))->addWidget(new AppearancePreview(m_store, box));
        page->addPanel(box);
    }
    connect(page, &SettingsPage::editRequested, this,
            [this](const QString &key, const QVariant &value) { edit(key, value); });
    connect(page, &SettingsPage::resetRequested, this,
            [this](const QString &key) { edit(key, std::nullopt); });
    // "Reset this page" is one step for Undo.
    connect(page, &SettingsPage::resetPageRequested, this, [this, page](const QStringList &keys) {
        m_undoStack->beginMacro(tr("Reset %1").arg(page->title()));
        for (const QString &key : keys)
            edit(key, std::nullopt);
        m_undoStack->endMacro();
    });
    // A row's "modified" marker is empty or "●": its column keeps the width of "●" so that
    // an edit and its undo do not move the row's label and editor sideways by that width.
    for (QLabel *marker : page->findChildren<QLabel *>(QStringLiteral("modifiedMarker"))) {
        keepMarkerWidth(marker);
        marker->installEventFilter(this); // and again when the text size changes
    }
    if (!m_search->text().isEmpty())
        page->filter(m_search->text());
    if (pageId == QLatin1String("shortcuts"))
        return buildShortcutEditor(page);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the first control; it scrolls into view
    scroll->setWidget(page);
    return scroll;
}

// The width the marker takes when it shows "●" (its glyph may come from a fallback font).
void MainWindow::keepMarkerWidth(QLabel *marker)
{
    const QString text = marker->text();
    marker->setText(QStringLiteral("●"));
    const int width = marker->sizeHint().width();
    marker->setText(text);
    marker->setMinimumWidth(width);
}

// The shortcuts page is the editor; the schema's page stays behind it, hidden, so that the
// search still counts and finds shortcuts, and the editor's name filter follows the search.
QWidget *MainWindow::buildShortcutEditor(SettingsPage *schemaPage)
{
    m_shortcutEditor = new ShortcutEditor(m_store);
    schemaPage->setParent(m_shortcutEditor);
    schemaPage->hide();
    connect(m_shortcutEditor, &ShortcutEditor::editRequested, this,
            [this](const QString &key, const QVariant &value) { edit(key, value); });
    connect(m_shortcutEditor, &ShortcutEditor::resetRequested, this,
            [this](const QString &key) { edit(key, std::nullopt); });
    connect(m_shortcutEditor, &ShortcutEditor::resetAllRequested, this,
            [this](const QStringList &keys) {
                m_undoStack->beginMacro(tr("Reset all shortcuts"));
                for (const QString &key : keys)
                    edit(key, std::nullopt);
                m_undoStack->endMacro();
            });
    m_shortcutEditor->setNameFilter(m_search->text());
    updateReservedKeys();
    return m_shortcutEditor;
}

// Apply on the advanced page is one undoable step over every changed key.
QWidget *MainWindow::buildAdvancedPage()
{
    auto *advanced = new AdvancedPage(m_store);
    connect(advanced, &AdvancedPage::applyRequested, this,
            [this](const QMap<QString, QVariant> &changes) {
                m_undoStack->beginMacro(tr("Apply the configuration document"));
                for (auto it = changes.cbegin(); it != changes.cend(); ++it)
                    edit(it.key(), it.value());
                m_undoStack->endMacro();
            });
    return advanced;
}

// Hubstate's own actions follow the shortcuts editor (and any other change to the settings).
void MainWindow::followShortcut(const QString &key)
{
    if (!key.startsWith(kShortcutPrefix))
        return;
    if (QAction *action = m_shortcutActions.value(key.mid(kShortcutPrefix.size())))
        action->setShortcut(shortcut(key.mid(kShortcutPrefix.size())));
}

void MainWindow::buildPageActions()
{
    m_goMenu = new QMenu(tr("&Go"), menuBar());
    menuBar()->insertMenu(m_helpMenu->menuAction(), m_goMenu); // Help stays last
    QMenu *goMenu = m_goMenu;
    QAction *jump = goMenu->addAction(tr("&Go to a page or setting…"), this,
                                      &MainWindow::openJumpList);
    jump->setObjectName(QStringLiteral("jumpAction"));
    jump->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction *next = goMenu->addAction(tr("&Next page"), this, [this] {
        const int count = m_pageList->count();
        for (int step = 1; step < count; ++step) {
            const int row = (m_pageList->currentRow() + step) % count;
            if (!m_pageList->item(row)->isHidden())
                return m_pageList->setCurrentRow(row);
        }
    });
    next->setObjectName(QStringLiteral("nextPageAction"));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QAction *previous = goMenu->addAction(tr("&Previous page"), this, [this] {
        const int count = m_pageList->count();
        for (int step = 1; step < count; ++step) {
            const int row = (m_pageList->currentRow() - step + count) % count;
            if (!m_pageList->item(row)->isHidden())
                return m_pageList->setCurrentRow(row);
        }
    });
    previous->setObjectName(QStringLiteral("previousPageAction"));
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    goMenu->addSeparator();
    updatePageShortcuts();
}

// Alt+1..9 for the first nine pages, named in the Go menu and the sidebar's tooltips; every
// page is in the Go menu and in Go to (Ctrl+K).
void MainWindow::updatePageShortcuts()
{
    qDeleteAll(m_pageActions);
    m_pageActions.clear();
    for (int i = 0; i < m_pageList->count(); ++i) {
        QListWidgetItem *item = m_pageList->item(i);
        const QString title = item->data(kTitleRole).toString();
        const QString pageId = item->data(kPageIdRole).toString();
        auto *action = new QAction(title, this);
        action->setObjectName(QStringLiteral("pageAction:") + pageId);
        connect(action, &QAction::triggered, this, [this, pageId] {
            showPage(pageId);
            if (QWidget *page = m_pages->currentWidget())
                page->setFocus(Qt::ShortcutFocusReason);
            m_pageList->setFocus(Qt::ShortcutFocusReason);
        });
        if (i < 9) {
            action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
            item->setToolTip(
                tr("%1 (%2)").arg(title, action->shortcut().toString(QKeySequence::NativeText)));
        } else {
            item->setToolTip(tr("%1 (Ctrl+K, then its name)").arg(title));
        }
        m_goMenu->addAction(action);
        m_pageActions.append(action);
    }
    updateReservedKeys();
}

// The shortcuts editor names these when a recorded shortcut would clash with them.
void MainWindow::updateReservedKeys()
{
    if (!m_shortcutEditor)
        return;
    QList<std::pair<QKeySequence, QString>> reserved;
    const QList<QAction *> own = m_shortcutActions.values();
    for (QAction *action : menuBar()->findChildren<QAction *>()) {
        if (!action->shortcut().isEmpty() && !own.contains(action))
            reserved.append({action->shortcut(), action->text().remove(u'&')});
    }
    for (QAction *action : std::as_const(m_pageActions)) {
        if (!action->shortcut().isEmpty())
            reserved.append({action->shortcut(), tr("Go to %1").arg(action->text())});
    }
    m_shortcutEditor->model()->setReservedKeys(reserved);
}

void MainWindow::insertPage(int position, const QString &pageId, const QString &title,
                            QWidget *widget)
{
    if (!widget) {
        widget = new QWidget;
        widget->setObjectName(QStringLiteral("unbuiltPage:") + pageId);
    }
    m_pages->insertWidget(position, widget);
    auto *item = new QListWidgetItem(PageIcons::icon(pageId), title);
    m_pageList->insertItem(position, item);
    item->setData(kPageIdRole, pageId);
    item->setData(kTitleRole, title);
    fitSidebar();
}

void MainWindow::fitSidebar()
{
    const QFontMetrics metrics = m_pageList->fontMetrics();
    int widest = 0;
    for (int row = 0; row < m_pageList->count(); ++row) {
        widest = std::max(
            widest, metrics.horizontalAdvance(m_pageList->item(row)->data(kTitleRole).toString()));
    }
    m_pageList->setMinimumWidth(m_pageList->iconSize().width() + widest
                                + m_pageList->style()->pixelMetric(QStyle::PM_ScrollBarExtent)
                                + 4 * metrics.averageCharWidth());
}

void MainWindow::addPage(const QString &pageId, const QString &title, QWidget *page)
{
    // The advanced page stays last.
    int position = m_pageList->count();
    if (position > 0
        && m_pageList->item(position - 1)->data(kPageIdRole).toString() == u"advanced")
        --position;
    if (!page) {
        page = new QWidget;
        page->setObjectName(QStringLiteral("unbuiltPage:") + pageId);
    }
    insertPage(position, pageId, title, page);
    m_pageList->item(position)->setHidden(!m_search->text().isEmpty()); // no schema setting
    if (m_goMenu)
        updatePageShortcuts();
    if (pageId == m_rememberedPage)
        showPage(pageId);
}

void MainWindow::addPage(const QString &pageId, const QString &title,
                         std::function<QWidget *()> build)
{
    m_builders.insert(pageId, std::move(build));
    addPage(pageId, title, static_cast<QWidget *>(nullptr));
}

int MainWindow::rowOf(const QString &pageId) const
{
    for (int i = 0; i < m_pageList->count(); ++i) {
        if (m_pageList->item(i)->data(kPageIdRole).toString() == pageId)
            return i;
    }
    return -1;
}

bool MainWindow::isPageBuilt(const QString &pageId) const
{
    return rowOf(pageId) >= 0 && !m_builders.contains(pageId);
}

// The placeholder in the stack gives way to the page; the stack's current page stays current.
void MainWindow::ensureBuilt(int row)
{
    if (row < 0 || row >= m_pageList->count())
        return;
    const QString pageId = m_pageList->item(row)->data(kPageIdRole).toString();
    const std::function<QWidget *()> build = m_builders.take(pageId);
    if (!build)
        return;
    QWidget *placeholder = m_pages->widget(row);
    QWidget *built = build();
    m_pages->insertWidget(row, built);
    if (m_pages->currentWidget() == placeholder)
        m_pages->setCurrentWidget(built);
    m_pages->removeWidget(placeholder);
    delete placeholder;
    if (SettingsPage *page = m_settingsPages.value(pageId)) {
        // In the order they were asked for (a multi-hash returns the last first).
        QList<std::function<void(SettingsPage *)>> extensions = m_extensions.values(pageId);
        m_extensions.remove(pageId);
        std::reverse(extensions.begin(), extensions.end());
        for (const auto &extend : std::as_const(extensions))
            extend(page);
    }
}

void MainWindow::extendPage(const QString &pageId, std::function<void(SettingsPage *)> extend)
{
    if (SettingsPage *built = m_settingsPages.value(pageId))
        extend(built);
    else if (rowOf(pageId) >= 0 && rowOf(pageId) < m_schemaPageCount)
        m_extensions.insert(pageId, std::move(extend));
}

void MainWindow::buildAllPages()
{
    for (int row = 0; row < m_pageList->count(); ++row)
        ensureBuilt(row);
}

// Once the window is up and idle, the pages not yet seen are built one per tick, so that the
// first visit of each is instant too.
void MainWindow::buildNextIdlePage()
{
    for (int row = 0; row < m_pageList->count(); ++row) {
        if (m_builders.contains(m_pageList->item(row)->data(kPageIdRole).toString())) {
            ensureBuilt(row);
            return;
        }
    }
    m_idleBuild->stop();
    ensureJumpList();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    MnemonicBuddies::assign(m_pages->currentWidget()); // its panels are in place by now
    // Not at once: the first frame comes first.
    if (!m_builders.isEmpty() && !m_idleBuild->isActive())
        QTimer::singleShot(400, m_idleBuild, qOverload<>(&QTimer::start));
}

void MainWindow::showPage(const QString &pageId)
{
    const int row = rowOf(pageId);
    if (row >= 0)
        m_pageList->setCurrentRow(row);
}

QString MainWindow::currentPageId() const
{
    const QListWidgetItem *item = m_pageList->currentItem();
    return item ? item->data(kPageIdRole).toString() : QString();
}

void MainWindow::setSyncScheduler(Core::SyncScheduler *scheduler)
{
    delete m_syncStatus;
    m_syncStatus = nullptr;
    if (!scheduler)
        return;
    m_syncStatus = new SyncStatusButton(*scheduler, statusBar());
    statusBar()->addPermanentWidget(m_syncStatus);
    connect(m_syncStatus, &SyncStatusButton::clicked, this, [this] {
        showPage(QStringLiteral("sync"));
        if (QWidget *page = m_pages->currentWidget())
            page->setFocus(Qt::ShortcutFocusReason);
        m_pageList->setFocus(Qt::ShortcutFocusReason);
    });
}

void MainWindow::addBanner(QWidget *banner)
{
    if (auto *layout = qobject_cast<QVBoxLayout *>(centralWidget()->layout()))
        layout->insertWidget(0, banner);
}

SettingsPage *MainWindow::page(const QString &pageId)
{
    const int row = rowOf(pageId);
    if (row < 0 || row >= m_schemaPageCount)
        return nullptr;
    ensureBuilt(row);
    return m_settingsPages.value(pageId);
}

void MainWindow::goToSetting(const QString &key)
{
    const Core::SettingDefinition *definition = Core::SettingsSchema::instance().find(key);
    if (!definition)
        return;
    if (!m_search->text().isEmpty())
        m_search->clear(); // a filtered page might hide the setting
    showPage(definition->page);
    if (currentPageId() != definition->page)
        return; // the page shown kept the user (unsaved work)
    if (definition->page == QLatin1String("shortcuts") && m_shortcutEditor) {
        m_shortcutEditor->selectKey(key);
        if (QWidget *table = m_shortcutEditor->findChild<QWidget *>(QStringLiteral("shortcutTable")))
            table->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    SettingsPage *settings = page(definition->page);
    // A panel that edits the setting in place of its row (the backup destination list).
    if (QWidget *editor = settings ? settings->editorFor(key) : nullptr) {
        editor->setFocus(Qt::ShortcutFocusReason);
        QPointer<QScrollArea> scroll = qobject_cast<QScrollArea *>(m_pages->currentWidget());
        QPointer<QWidget> target = editor;
        QMetaObject::invokeMethod(
            this,
            [scroll, target] {
                if (scroll && target)
                    scroll->ensureWidgetVisible(target);
            },
            Qt::QueuedConnection);
        showPageMessage(definition->translatedLabel(), 5000);
        return;
    }
    SettingRow *row = settings ? settings->row(key) : nullptr;
    if (!row || !row->isVisibleTo(settings)) {
        m_pageList->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    QWidget *editor = row->findChild<QWidget *>(QStringLiteral("editor"));
    (editor ? editor : row)->setFocus(Qt::ShortcutFocusReason);
    // After the layout pass of a page that may have just been built.
    QPointer<QScrollArea> scroll = qobject_cast<QScrollArea *>(m_pages->currentWidget());
    QPointer<SettingRow> target = row;
    QMetaObject::invokeMethod(
        this,
        [scroll, target] {
            if (scroll && target)
                scroll->ensureWidgetVisible(target);
        },
        Qt::QueuedConnection);
    showPageMessage(definition->translatedLabel(), 5000); // the focused editor says the rest
}

// Made once the window is idle (or on first use, if sooner), so that the keys typed right after
// the first Ctrl+K reach it; filled each time it opens: every page in the sidebar, every setting
// of the schema. Not its native window in advance: that took the focus from a dialog open then.
void MainWindow::ensureJumpList()
{
    if (!m_jumpList) {
        m_jumpList = new JumpList(this);
        // Back to the window (without a window manager, closing the dialog activates none).
        connect(m_jumpList, &JumpList::pageChosen, this, [this](const QString &pageId) {
            activateWindow();
            showPage(pageId);
            m_pageList->setFocus(Qt::ShortcutFocusReason);
        });
        connect(m_jumpList, &JumpList::settingChosen, this, [this](const QString &key) {
            activateWindow();
            goToSetting(key);
        });
    }
}

void MainWindow::openJumpList()
{
    ensureJumpList();
    m_jumpList->clearEntries();
    for (int i = 0; i < m_pageList->count(); ++i) {
        m_jumpList->addPage(m_pageList->item(i)->data(kPageIdRole).toString(),
                            m_pageList->item(i)->data(kTitleRole).toString());
    }
    for (const Core::SettingDefinition &definition : Core::SettingsSchema::instance().settings()) {
        m_jumpList->addSetting(definition.key, definition.translatedLabel(),
                               SettingsPage::titleFor(definition.page));
    }
    m_jumpList->start();
    m_jumpList->open();
}

void MainWindow::applySearch(const QString &text)
{
    if (!text.isEmpty()) {
        for (int i = 0; i < m_schemaPageCount; ++i)
            ensureBuilt(i);
    }
    int firstWithMatches = -1;
    for (int i = 0; i < m_schemaPageCount; ++i) {
        QListWidgetItem *item = m_pageList->item(i);
        SettingsPage *page = m_settingsPages.value(item->data(kPageIdRole).toString());
        if (!page)
            continue; // never built, never filtered: nothing to undo
        const int matches = page->filter(text);
        item->setText(text.isEmpty() ? page->title() : tr("%1 (%2)").arg(page->title()).arg(matches));
        item->setHidden(matches == 0);
        if (matches > 0 && firstWithMatches < 0)
            firstWithMatches = i;
    }
    if (m_shortcutEditor)
        m_shortcutEditor->setNameFilter(text);
    for (int i = m_schemaPageCount; i < m_pageList->count(); ++i)
        m_pageList->item(i)->setHidden(!text.isEmpty());
    const QListWidgetItem *current = m_pageList->currentItem();
    if (firstWithMatches >= 0 && (!current || current->isHidden()))
        m_pageList->setCurrentRow(firstWithMatches);
    statusBar()->showMessage(firstWithMatches < 0 && !text.isEmpty()
                                 ? tr("No setting matches \"%1\"").arg(text)
                                 : QString());
}

void MainWindow::edit(const QString &key, const std::optional<QVariant> &value)
{
    QString error;
    m_undoStack->push(new SettingCommand(m_store, key, value, &error)); // refused: dropped
    if (!error.isEmpty()) {
        showPageMessage(tr("Not changed: %1").arg(error));
        refresh(key);
    }
}

void MainWindow::refresh(const QString &key)
{
    for (SettingsPage *page : std::as_const(m_settingsPages)) {
        if (SettingRow *row = page->row(key))
            row->refresh();
    }
}

// Save (Ctrl+S) saves what the page holds unsaved (a layout's draft, an agent's form); the
// settings need no saving, and the status bar says so rather than nothing happening.
void MainWindow::saveCurrentPage()
{
    QWidget *current = m_pages->currentWidget();
    if (current && current->metaObject()->indexOfMethod("save()") >= 0) {
        bool saved = false;
        QMetaObject::invokeMethod(current, "save", Qt::DirectConnection,
                                  Q_RETURN_ARG(bool, saved));
        return; // the page says what happened
    }
    showPageMessage(tr("Nothing to save on this page: settings are kept as soon as they change"),
                    5000);
}

void MainWindow::showPageMessage(const QString &text, int timeout)
{
    m_pageMessage = text;
    statusBar()->showMessage(text, timeout);
}

// Help (F1): a page with keys of its own lists them (the layout editor); otherwise the
// window's keys are listed.
void MainWindow::showHelp()
{
    QWidget *current = m_pages->currentWidget();
    if (current && current->metaObject()->indexOfMethod("showHelp()") >= 0) {
        QMetaObject::invokeMethod(current, "showHelp", Qt::DirectConnection);
        return;
    }
    QStringList lines;
    const auto add = [&lines](QAction *action) {
        if (!action->shortcut().isEmpty())
            lines.append(tr("%1: %2").arg(action->shortcut().toString(QKeySequence::NativeText),
                                          action->text().remove(u'&')));
    };
    for (QMenu *menu : menuBar()->findChildren<QMenu *>()) {
        for (QAction *action : menu->actions())
            add(action);
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("keysHelp"));
    dialog.setWindowTitle(tr("Keys"));
    auto *text = new QPlainTextEdit(lines.join(u'\n'), &dialog);
    text->setReadOnly(true);
    text->setAccessibleName(tr("The window's keys"));
    text->setAccessibleDescription(tr("Each line names a key and what it does"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog.resize(480, 420);
    dialog.exec();
}

// Back up now (Ctrl+Shift+B) from any page: the Backups page shows the backup as it runs.
void MainWindow::backUpNow()
{
    SettingsPage *backups = page(QStringLiteral("backup"));
    QObject *panel = backups ? backups->findChild<QObject *>(QStringLiteral("backupsPanel")) : nullptr;
    if (!panel || panel->metaObject()->indexOfMethod("backUpNow()") < 0) {
        statusBar()->showMessage(tr("Backups cannot be made from this window"));
        return;
    }
    showPage(QStringLiteral("backup"));
    QMetaObject::invokeMethod(panel, "backUpNow", Qt::DirectConnection);
}

// The controls Tab stops at under `area`, in Tab order.
QList<QWidget *> MainWindow::tabStops(const QWidget *area) const
{
    QList<QWidget *> stops;
    if (!area)
        return stops;
    QWidget *step = nextInFocusChain();
    for (int guard = 0; step && step != this && guard < 100000; ++guard) {
        if (area->isAncestorOf(step) && step->isVisibleTo(this) && step->isEnabled()
            && (step->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !step->focusProxy())
            stops.append(step);
        step = step->nextInFocusChain();
    }
    return stops;
}

// Tab goes round the window as it reads: the search field, the sidebar, the page shown, the
// status bar. Pages are made when first shown, after the status bar's controls, so Qt's own
// order (the order widgets were made in) would put the status bar before them; within the
// page and within the status bar Qt's order holds.
bool MainWindow::focusNextPrevChild(bool next)
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus || focus->window() != this)
        return QMainWindow::focusNextPrevChild(next);
    const QList<QWidget *> page = tabStops(m_pages->currentWidget());
    const QList<QWidget *> status = tabStops(statusBar());
    const auto in = [focus](const QList<QWidget *> &stops, bool first) {
        return !stops.isEmpty() && (first ? stops.first() : stops.last()) == focus;
    };
    QWidget *target = nullptr;
    if (next) {
        if (focus == m_pageList || m_pageList->isAncestorOf(focus))
            target = page.value(0, status.value(0, m_search));
        else if (in(page, false))
            target = status.value(0, m_search);
        else if (in(status, false))
            target = m_search;
    } else {
        if (in(page, true))
            target = m_pageList;
        else if (in(status, true))
            target = page.isEmpty() ? m_pageList : page.last();
        else if (focus == m_search)
            target = status.isEmpty() ? (page.isEmpty() ? m_pageList : page.last()) : status.last();
    }
    if (!target)
        return QMainWindow::focusNextPrevChild(next);
    target->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FontChange
        && watched->objectName() == QLatin1String("modifiedMarker"))
        keepMarkerWidth(static_cast<QLabel *>(watched));
    if (watched == m_pageList && event->type() == QEvent::FontChange)
        fitSidebar();
    // Typing in the sidebar searches: the first letter goes to the search field.
    if (watched == m_pageList && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QString text = key->text();
        if (!text.isEmpty() && text.at(0).isPrint() && !text.at(0).isSpace()
            && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
            m_search->setFocus(Qt::OtherFocusReason);
            m_search->setText(m_search->text() + text);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::restoreState()
{
    if (m_stateFile.isEmpty())
        return;
    QSettings state(m_stateFile, QSettings::IniFormat);
    restoreGeometry(state.value(QStringLiteral("window/geometry")).toByteArray());
    m_rememberedPage = state.value(QStringLiteral("window/page")).toString();
    showPage(m_rememberedPage);
}

void MainWindow::saveState() const
{
    if (m_stateFile.isEmpty())
        return;
    // Private before QSettings writes (its QSaveFile keeps the mode of the file it finds).
    Core::PrivateFiles::makePath(QFileInfo(m_stateFile).absolutePath());
    // Two windows on one profile may close at once: QSettings re-reads the file and merges its
    // own changes under its lock file (NAME.lock), so neither loses the other's. A window state
    // that cannot be kept only costs the next start its geometry: logged, not shown.
    if (Core::Status created = Core::PrivateFiles::createFile(m_stateFile); !created) {
        qWarning("%s", qPrintable(created.error().message));
        return;
    }
    QSettings state(m_stateFile, QSettings::IniFormat);
    state.setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (const QListWidgetItem *item = m_pageList->currentItem())
        state.setValue(QStringLiteral("window/page"), item->data(kPageIdRole));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    event->accept();
}

} // namespace Hubstate::Ui
