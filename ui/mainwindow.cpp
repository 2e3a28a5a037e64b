#include "mainwindow.h"

#include "accessibility/focusindicator.h"
#include "advanced/advancedpage.h"
#include "appearance/appearancepreview.h"
#include "core/common/privatefiles.h"
#include "core/settings/preferencesstore.h"
#include "core/settings/settingsschema.h"
#include "pages/pageicons.h"
#include "pages/settingcommand.h"
#include "pages/settingrow.h"
#include "pages/settingspage.h"
#include "shortcuts/shortcuteditor.h"
#include "shortcuts/shortcutmodel.h"
#include "sync/syncstatusbutton.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Hubstate::Ui {

MainWindow::MainWindow(Core::PreferencesStore &store, const QString &stateFile, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_stateFile(stateFile)
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
        tr("Alt+1 to Alt+9 or Ctrl+PgUp and Ctrl+PgDown go to a page; typing searches"));
    m_pageList->installEventFilter(this);
    m_pages = new QStackedWidget(splitter);
    m_pages->setObjectName(QStringLiteral("pages"));
    for (const QString &pageId : Core::SettingsSchema::instance().pages()) {
        auto *page = new SettingsPage(pageId, m_store);
        if (pageId == QLatin1String("appearance")) {
            auto *box = new QGroupBox(tr("Preview"));
            (new QVBoxLayout(box))->addWidget(new AppearancePreview(m_store, box));
            page->addPanel(box);
        }
        connect(page, &SettingsPage::editRequested, this,
                [this](const QString &key, const QVariant &value) { edit(key, value); });
        connect(page, &SettingsPage::resetRequested, this,
                [this](const QString &key) { edit(key, std::nullopt); });
        connect(page, &SettingsPage::resetPageRequested, this,
                [this, page](const QStringList &keys) {
                    m_undoStack->beginMacro(tr("Reset %1").arg(page->title()));
                    for (const QString &key : keys)
                        edit(key, std::nullopt);
                    m_undoStack->endMacro();
                });
        if (pageId == QLatin1String("shortcuts")) {
            m_pages->addWidget(buildShortcutEditor(page));
        } else {
            auto *scroll = new QScrollArea(m_pages);
            scroll->setWidgetResizable(true);
            scroll->setWidget(page);
            m_pages->addWidget(scroll);
        }
        m_settingsPages.append(page);
        auto *item = new QListWidgetItem(PageIcons::icon(pageId), page->title(), m_pageList);
        item->setData(Qt::UserRole, pageId);
        item->setData(Qt::UserRole + 1, page->title());
    }
    splitter->setStretchFactor(1, 1);
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
        m_pages->setCurrentIndex(row);
    });
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::applySearch);
    connect(&m_store, &Core::PreferencesStore::valueChanged, this, [this](const QString &key) {
        refresh(key);
        followShortcut(key);
    });
    buildActions();
    buildPageActions();
    addPage(QStringLiteral("advanced"), tr("Advanced"), buildAdvancedPage());
    m_focusIndicator = new FocusIndicator(m_store, this);
    m_pageList->setCurrentRow(0);
    if (m_store.isReadOnly())
        statusBar()->showMessage(m_store.readOnlyReason());
    resize(1000, 700);
    restoreState();
}

MainWindow::~MainWindow() = default;

QKeySequence MainWindow::shortcut(const QString &action) const
{
    return QKeySequence(m_store.text(QStringLiteral("preferences.keyboard.shortcuts.") + action),
                        QKeySequence::PortableText);
}

void MainWindow::buildActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
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
    for (auto it = m_shortcutActions.cbegin(); it != m_shortcutActions.cend(); ++it)
        it.value()->setShortcut(shortcut(it.key()));
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
    static const QString prefix = QStringLiteral("preferences.keyboard.shortcuts.");
    if (!key.startsWith(prefix))
        return;
    if (QAction *action = m_shortcutActions.value(key.mid(prefix.size())))
        action->setShortcut(shortcut(key.mid(prefix.size())));
}

void MainWindow::buildPageActions()
{
    m_goMenu = menuBar()->addMenu(tr("&Go"));
    QMenu *goMenu = m_goMenu;
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

// Alt+1..9 for the first nine pages, named in the Go menu and the sidebar's tooltips.
void MainWindow::updatePageShortcuts()
{
    qDeleteAll(m_pageActions);
    m_pageActions.clear();
    for (int i = 0; i < m_pageList->count(); ++i) {
        QListWidgetItem *item = m_pageList->item(i);
        const QString title = item->data(Qt::UserRole + 1).toString();
        auto *action = new QAction(title, this);
        action->setObjectName(QStringLiteral("pageAction:") + item->data(Qt::UserRole).toString());
        connect(action, &QAction::triggered, this, [this, i] {
            m_pageList->setCurrentRow(i);
            if (QWidget *page = m_pages->currentWidget())
                page->setFocus(Qt::ShortcutFocusReason);
            m_pageList->setFocus(Qt::ShortcutFocusReason);
        });
        if (i < 9) {
            action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
            item->setToolTip(
                tr("%1 (%2)").arg(title, action->shortcut().toString(QKeySequence::NativeText)));
        }
        m_goMenu->addAction(action);
        m_pageActions.append(action);
    }
    // The shortcuts editor names these when a recorded shortcut would clash with them.
    if (m_shortcutEditor) {
        QList<std::pair<QKeySequence, QString>> reserved;
        for (QAction *action : menuBar()->findChildren<QAction *>()) {
            if (!action->shortcut().isEmpty() && !m_shortcutActions.values().contains(action))
                reserved.append({action->shortcut(), action->text().remove(u'&')});
        }
        for (QAction *action : std::as_const(m_pageActions)) {
            if (!action->shortcut().isEmpty())
                reserved.append({action->shortcut(), tr("Go to %1").arg(action->text())});
        }
        m_shortcutEditor->model()->setReservedKeys(reserved);
    }
}

void MainWindow::addPage(const QString &pageId, const QString &title, QWidget *page)
{
    // The advanced page stays last.
    int position = m_pageList->count();
    if (position > 0
        && m_pageList->item(position - 1)->data(Qt::UserRole).toString() == u"advanced")
        --position;
    m_pages->insertWidget(position, page);
    auto *item = new QListWidgetItem(PageIcons::icon(pageId), title);
    m_pageList->insertItem(position, item);
    item->setData(Qt::UserRole, pageId);
    item->setData(Qt::UserRole + 1, title);
    item->setHidden(!m_search->text().isEmpty()); // holds no schema setting to match
    updatePageShortcuts();
    if (pageId == m_rememberedPage)
        showPage(pageId);
}

void MainWindow::showPage(const QString &pageId)
{
    for (int i = 0; i < m_pageList->count(); ++i) {
        if (m_pageList->item(i)->data(Qt::UserRole).toString() == pageId)
            m_pageList->setCurrentRow(i);
    }
}

QString MainWindow::currentPageId() const
{
    const QListWidgetItem *item = m_pageList->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
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

SettingsPage *MainWindow::page(const QString &pageId) const
{
    for (SettingsPage *page : m_settingsPages) {
        if (page->pageId() == pageId)
            return page;
    }
    return nullptr;
}

void MainWindow::applySearch(const QString &text)
{
    int firstWithMatches = -1;
    for (int i = 0; i < m_settingsPages.size(); ++i) {
        const int matches = m_settingsPages.at(i)->filter(text);
        QListWidgetItem *item = m_pageList->item(i);
        item->setText(text.isEmpty()
                          ? m_settingsPages.at(i)->title()
                          : tr("%1 (%2)").arg(m_settingsPages.at(i)->title()).arg(matches));
        item->setHidden(matches == 0);
        if (matches > 0 && firstWithMatches < 0)
            firstWithMatches = i;
    }
    if (m_shortcutEditor)
        m_shortcutEditor->setNameFilter(text);
    for (int i = m_settingsPages.size(); i < m_pageList->count(); ++i)
        m_pageList->item(i)->setHidden(!text.isEmpty());
    const QListWidgetItem *current = m_pageList->currentItem();
    if (firstWithMatches >= 0 && (!current || current->isHidden()))
        m_pageList->setCurrentRow(firstWithMatches);
    statusBar()->showMessage(firstWithMatches < 0 ? tr("No setting matches \"%1\"").arg(text)
                                                  : QString());
}

void MainWindow::edit(const QString &key, const std::optional<QVariant> &value)
{
    QString error;
    m_undoStack->push(new SettingCommand(m_store, key, value, &error)); // refused: dropped
    if (!error.isEmpty()) {
        statusBar()->showMessage(tr("Not changed: %1").arg(error));
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

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
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
        state.setValue(QStringLiteral("window/page"), item->data(Qt::UserRole));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    event->accept();
}

} // namespace Hubstate::Ui
