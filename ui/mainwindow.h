#pragma once

#include <QHash>
#include <QMainWindow>
#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;
class QUndoStack;

namespace Hubstate::Core {
class PreferencesStore;
class SyncScheduler;
} // namespace Hubstate::Core

namespace Hubstate::Ui {

class FocusIndicator;
class JumpList;
class SyncStatusButton;
class SettingsPage;
class ShortcutEditor;

// The main window: a search field that filters every setting of every page as one types, the
// pages in a sidebar, each page built from the schema, and undo/redo over every edit.
// Window geometry and the last page are kept in `stateFile`, apart from the preferences.
//
// Pages are built when first shown (or asked for by page()), so that nothing but the sidebar
// and the first page stands between start and the first frame; the rest are built one at a
// time once the window is idle. A search builds every page it needs to count.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Core::PreferencesStore &store, const QString &stateFile = {},
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    QUndoStack *undoStack() const { return m_undoStack; }
    FocusIndicator *focusIndicator() const { return m_focusIndicator; }
    // The schema's page `pageId`, built now if it was not yet.
    SettingsPage *page(const QString &pageId);
    // Runs `extend` on the schema's page `pageId` once it is built (at once if it is), so that
    // a panel added to a page costs nothing before the page is first wanted.
    void extendPage(const QString &pageId, std::function<void(SettingsPage *)> extend);
    // A hand-made page (agents, layouts, ...) after the schema's pages; the window owns it.
    // Every page is reachable by Alt+1..9, Ctrl+PgUp/PgDown, the Go menu and Go to (Ctrl+K).
    void addPage(const QString &pageId, const QString &title, QWidget *page);
    // The same, built by `build` when the page is first shown.
    void addPage(const QString &pageId, const QString &title, std::function<QWidget *()> build);
    void showPage(const QString &pageId);
    QString currentPageId() const;
    bool isPageBuilt(const QString &pageId) const;
    void buildAllPages();
    // Shows the setting's page and puts the focus in its editor.
    void goToSetting(const QString &key);
    JumpList *jumpList() const { return m_jumpList; } // null until first opened
    // Shows the sync state in the status bar; pressing it opens the Synchronisation page.
    void setSyncScheduler(Core::SyncScheduler *scheduler);
    // A band above the search field (the start-up recovery's); the window owns it.
    void addBanner(QWidget *banner);

Q_SIGNALS:
    // File > Restore from backup… (the composition root opens the wizard).
    void restoreRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void buildActions();
    void buildPageActions();
    QWidget *buildSchemaPage(const QString &pageId);
    QWidget *buildShortcutEditor(SettingsPage *schemaPage);
    // The sidebar keeps room for its longest title at the text size of the moment.
    void fitSidebar();
    static void keepMarkerWidth(QLabel *marker);
    QWidget *buildAdvancedPage();
    void insertPage(int position, const QString &pageId, const QString &title, QWidget *widget);
    int rowOf(const QString &pageId) const;
    void ensureBuilt(int row);
    QList<QWidget *> tabStops(const QWidget *area) const;
    void buildNextIdlePage();
    void updatePageShortcuts();
    void updateReservedKeys();
    void followShortcut(const QString &key);
    void applySearch(const QString &text);
    void edit(const QString &key, const std::optional<QVariant> &value);
    void refresh(const QString &key);
    void saveCurrentPage();
    // A note on what was just done on the page shown: it goes when another page is shown, and
    // after `timeout` ms when one is given.
    void showPageMessage(const QString &text, int timeout = 0);
    void showHelp();
    void backUpNow();
    void ensureJumpList();
    void openJumpList();
    void restoreState();
    void saveState() const;
    QKeySequence shortcut(const QString &action) const;

    Core::PreferencesStore &m_store;
    QString m_stateFile;
    QString m_rememberedPage;
    QLineEdit *m_search = nullptr;
    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_pages = nullptr;
    int m_schemaPageCount = 0; // the schema's pages are the sidebar's first rows
    QHash<QString, SettingsPage *> m_settingsPages; // built ones, by page id
    QHash<QString, std::function<QWidget *()>> m_builders; // pages not built yet, by page id
    QMultiHash<QString, std::function<void(SettingsPage *)>> m_extensions; // run when built
    QTimer *m_idleBuild = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QHash<QString, QAction *> m_shortcutActions; // by shortcut setting key
    QMenu *m_goMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QList<QAction *> m_pageActions; // Alt+1..9
    FocusIndicator *m_focusIndicator = nullptr;
    ShortcutEditor *m_shortcutEditor = nullptr;
    SyncStatusButton *m_syncStatus = nullptr;
    JumpList *m_jumpList = nullptr;
    QString m_pageMessage; // shown by showPageMessage
};

} // namespace Hubstate::Ui
