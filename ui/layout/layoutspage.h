#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;
class QUndoStack;

namespace Hubstate::Core {
class AgentRepository;
class LayoutRepository;
class PreferencesStore;
} // namespace Hubstate::Core

namespace Hubstate::Ui {

class LayoutEditor;
class LayoutListModel;

// The "Layouts" page: the stored layouts (filter, new from a template or blank, duplicate,
// delete with undo, set as default, import and export as JSON) beside the editor of the one
// selected. Leaving a layout, or closing the window, with unsaved changes asks first.
class LayoutsPage : public QWidget
{
    Q_OBJECT

public:
    LayoutsPage(Core::PreferencesStore &store, Core::LayoutRepository &layouts,
                Core::AgentRepository *agents, QWidget *parent = nullptr);
    ~LayoutsPage() override;

    // Layouts changed by another program (or a restore): the list is read again, the layout
    // open in the editor stays open.
    void refresh();

    LayoutEditor *editor() const { return m_editor; }
    LayoutListModel *model() const { return m_model; }
    QUndoStack *listUndoStack() const { return m_listUndo; }
    // Opens a stored layout in the editor, asking first when the draft has unsaved changes.
    bool openLayout(const QString &id);
    // Asked by the main window before it shows another page: unsaved changes ask first.
    Q_INVOKABLE bool confirmLeave();
    // Save (Ctrl+S) anywhere on the page: the draft, with a name still being typed.
    Q_INVOKABLE bool save();
    // Help (F1) anywhere on the page: shows or hides the editor's keys.
    Q_INVOKABLE void showHelp();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createLayout();
    void duplicateLayout();
    void deleteLayout();
    void setDefault();
    void importLayout();
    void exportLayout();
    void ensureLoaded(); // reads the list and opens the default layout, once
    void reload(const QString &selectId);
    void selectionChanged();
    QString selectedId() const;
    QString defaultLayoutId() const;

    Core::PreferencesStore &m_store;
    Core::LayoutRepository &m_layouts;
    LayoutListModel *m_model;
    QUndoStack *m_listUndo;
    QLineEdit *m_filter;
    QTableView *m_list;
    QComboBox *m_newType;
    QPushButton *m_new;
    QPushButton *m_duplicate;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QPushButton *m_default;
    QPushButton *m_import;
    QPushButton *m_export;
    LayoutEditor *m_editor;
    QString m_openId;
    bool m_selecting = false;
    bool m_watchingWindow = false;
    bool m_loaded = false;
};

} // namespace Hubstate::Ui
