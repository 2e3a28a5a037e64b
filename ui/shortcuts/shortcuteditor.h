#pragma once

#include <QVariant>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Hubstate::Core {
class PreferencesStore;
}

namespace Hubstate::Ui {

class ShortcutCapture;
class ShortcutFilterModel;
class ShortcutModel;

// The keyboard shortcuts page: every action with its keys and where they come from, a filter
// by name and one by pressing keys, a "conflicts only" switch, a recorder that names clashing
// actions while the user types (clashing keys are applied only by Assign), reset one and reset
// all. Edits are requests the window turns into undoable commands on the store.
class ShortcutEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ShortcutEditor(Core::PreferencesStore &store, QWidget *parent = nullptr);

    ShortcutModel *model() const { return m_model; }
    ShortcutFilterModel *filterModel() const { return m_filter; }
    void setNameFilter(const QString &text);
    QString currentKey() const;
    void selectKey(const QString &key);

Q_SIGNALS:
    void editRequested(const QString &key, const QVariant &value);
    void resetRequested(const QString &key);
    void resetAllRequested(const QStringList &keys);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCurrent();
    void showConflicts(const QKeySequence &sequence);
    void finishRecording();
    void assign();
    static int recorderWidth(const QWidget *recorder);
    QWidget *buildFilterBar();
    QWidget *buildRecorder();

    Core::PreferencesStore &m_store;
    ShortcutModel *m_model = nullptr;
    ShortcutFilterModel *m_filter = nullptr;
    QLineEdit *m_nameFilter = nullptr;
    ShortcutCapture *m_keyFilter = nullptr;
    QCheckBox *m_conflictsOnly = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_recorderLabel = nullptr;
    ShortcutCapture *m_capture = nullptr;
    QLabel *m_conflicts = nullptr;
    QPushButton *m_assign = nullptr;
    QPushButton *m_clear = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_resetAll = nullptr;
};

} // namespace Hubstate::Ui
