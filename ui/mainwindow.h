#pragma once

#include <QMainWindow>

class QLineEdit;
class QListWidget;
class QStackedWidget;
class QUndoStack;

namespace Hubstate::Core {
class PreferencesStore;
}

namespace Hubstate::Ui {

class SettingsPage;

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
    SettingsPage *page(const QString &pageId) const;
    // A page not built from the schema (such as the layouts), after the settings pages.
    void addPage(QWidget *page, const QString &title, const QString &pageId);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildActions();
    void applySearch(const QString &text);
    void edit(const QString &key, const std::optional<QVariant> &value);
    void refresh(const QString &key);
    void restoreState();
    void saveState() const;
    QKeySequence shortcut(const QString &action) const;

    Core::PreferencesStore &m_store;
    QString m_stateFile;
    QLineEdit *m_search = nullptr;
    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_pages = nullptr;
    QList<SettingsPage *> m_settingsPages;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace Hubstate::Ui
