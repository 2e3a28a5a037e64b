#pragma once

#include <QHash>
#include <QMainWindow>

class QAction;
class QLineEdit;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace Hubstate::Core {
class PreferencesStore;
class SyncScheduler;
} // namespace Hubstate::Core

namespace Hubstate::Ui {

class FocusIndicator;
class SyncStatusButton;
class SettingsPage;
class ShortcutEditor;

// The main window: a search field that filters every setting of every page as one types, the
// pages in a sidebar, each page built from the schema, and undo/redo over every edit.
// Window geometry and the last page are kept in `stateFile`, apart from the preferences.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Core::PreferencesStore &store, const QString &stateFile = {},
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    QUndoStack *undoStack() const { return m_undoStack; }
    FocusIndicator *focusIndicator() const { return m_focusIndicator; }
    SettingsPage *page(const QString &pageId) const;
    // A hand-made page (agents, layouts, ...) after the schema's pages; the window owns it.
    // Every page is reachable by Alt+1..9 and Ctrl+PgUp/PgDown.
    void addPage(const QString &pageId, const QString &title, QWidget *page);
    void showPage(const QString &pageId);
    QString currentPageId() const;
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

private:
    void buildActions();
    void buildPageActions();
    QWidget *buildShortcutEditor(SettingsPage *schemaPage);
    QWidget *buildAdvancedPage();
    void updatePageShortcuts();
    void followShortcut(const QString &key);
    void applySearch(const QString &text);
    void edit(const QString &key, const std::optional<QVariant> &value);
    void refresh(const QString &key);
    void restoreState();
    void saveState() const;
    QKeySequence shortcut(const QString &action) const;

    Core::PreferencesStore &m_store;
    QString m_stateFile;
    QString m_rememberedPage;
    QLineEdit *m_search = nullptr;
    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_pages = nullptr;
    QList<SettingsPage *> m_settingsPages;
    QUndoStack *m_undoStack = nullptr;
    QHash<QString, QAction *> m_shortcutActions; // by shortcut setting key
    QMenu *m_goMenu = nullptr;
    QList<QAction *> m_pageActions; // Alt+1..9
    FocusIndicator *m_focusIndicator = nullptr;
    ShortcutEditor *m_shortcutEditor = nullptr;
    SyncStatusButton *m_syncStatus = nullptr;
};

} // namespace Hubstate::Ui
