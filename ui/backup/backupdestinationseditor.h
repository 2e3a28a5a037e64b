#pragma once

#include <QGroupBox>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableView;

namespace Hubstate::Core {
class PreferencesStore;
}

namespace Hubstate::Ui {

class BackupJob;
class DestinationDialog;
class DestinationListModel;

// Where backups go: every destination of backup.destinations in a list (name, kind, location,
// enabled, retention, what its last test found), with Add…, Edit…, Remove… and a connection
// test of the chosen destination or of all. The list is read from the store and written to it
// whole, in one change of the setting, so that the CLI and other windows see it at once.
// Adding and editing go through DestinationDialog; tests run on the page's BackupJob.
// When the administrator's policy locks the setting, the list is read-only and says why; a
// destination's password can still be stored, as it is the user's own.
class BackupDestinationsEditor : public QGroupBox
{
    Q_OBJECT

public:
    // `ownFolder`: where backups go while the list is empty.
    BackupDestinationsEditor(Core::PreferencesStore &store, BackupJob &job,
                             const QString &ownFolder, QWidget *parent = nullptr);

    DestinationListModel *model() const { return m_model; }
    // The dialog open now, if any.
    DestinationDialog *dialog() const;

    // While another job runs, what needs the job waits.
    void setBusy(bool busy);

public Q_SLOTS:
    void add();
    void editSelected();
    void removeSelected();
    void testSelected();
    void testAll();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void fitHeight();
    void fitLocationColumn();
    void updateActions();
    void openDialog(const QString &editedName);
    // `name` by value: writing the list replaces the model's rows, which a reference may point
    // into.
    void setEnabledOf(QString name, bool enabled);
    void test(const QStringList &names);
    void showResult(const QString &text);
    QString selectedName() const;
    void select(const QString &name);
    bool isLocked() const;

    Core::PreferencesStore &m_store;
    BackupJob &m_job;
    QString m_ownFolder;
    bool m_busy = false;
    DestinationListModel *m_model = nullptr;
    QLabel *m_lock = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_testAll = nullptr;
    QLabel *m_result = nullptr;
    QPointer<DestinationDialog> m_dialog;
};

} // namespace Hubstate::Ui
