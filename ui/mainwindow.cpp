#include "mainwindow.h"

#include "core/settings/preferencesstore.h"
#include "core/settings/settingsschema.h"
#include "pages/settingcommand.h"
#include "pages/settingrow.h"
#include "pages/settingspage.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QScrollArea>
#include <QSettings>
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
    layout->addWidget(m_search);

    auto *splitter = new QSplitter(central);
    m_pageList = new QListWidget(splitter);
    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setAccessibleName(tr("Pages"));
    m_pageList->installEventFilter(this);
    m_pages = new QStackedWidget(splitter);
    m_pages->setObjectName(QStringLiteral("pages"));
    for (const QString &pageId : Core::SettingsSchema::instance().pages()) {
        auto *page = new SettingsPage(pageId, m_store);
        connect(page, &SettingsPage::editRequested, this,
                [this](const QString &key, const QVariant &value) { edit(key, value); });
        connect(page, &SettingsPage::resetRequested, this,
                [this](const QString &key) { edit(key, std::nullopt); });
        auto *scroll = new QScrollArea(m_pages);
        scroll->setWidgetResizable(true);
        scroll->setWidget(page);
        m_pages->addWidget(scroll);
        m_settingsPages.append(page);
        auto *item = new QListWidgetItem(page->title(), m_pageList);
        item->setData(Qt::UserRole, pageId);
    }
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 800});
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::applySearch);
    connect(&m_store, &Core::PreferencesStore::valueChanged, this,
            [this](const QString &key) { refresh(key); });
    buildActions();
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
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(shortcut(QStringLiteral("app.quit")));

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(shortcut(QStringLiteral("app.undo")));
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(shortcut(QStringLiteral("app.redo")));
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    QAction *find = editMenu->addAction(tr("&Find a setting"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(shortcut(QStringLiteral("app.find")));
}

SettingsPage *MainWindow::page(const QString &pageId) const
{
    for (SettingsPage *page : m_settingsPages) {
        if (page->pageId() == pageId)
            return page;
    }
    return nullptr;
}

void MainWindow::addPage(QWidget *page, const QString &title, const QString &pageId)
{
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(title, m_pageList);
    item->setData(Qt::UserRole, pageId);
    if (!m_stateFile.isEmpty()
        && QSettings(m_stateFile, QSettings::IniFormat).value(QStringLiteral("window/page"))
            == pageId)
        m_pageList->setCurrentItem(item); // the page the window was left on
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
    const QString pageId = state.value(QStringLiteral("window/page")).toString();
    for (int i = 0; i < m_pageList->count(); ++i) {
        if (m_pageList->item(i)->data(Qt::UserRole).toString() == pageId)
            m_pageList->setCurrentRow(i);
    }
}

void MainWindow::saveState() const
{
    if (m_stateFile.isEmpty())
        return;
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
