#pragma once

#include "core/profile/profile.h"
#include "ui/pages/settingeditorpanel.h"

#include <QDateTime>
#include <QWidget>

class QFileSystemWatcher;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace Hubstate::Core {
class BackupScheduler;
class PreferencesStore;
struct BackupRecord;
} // namespace Hubstate::Core

namespace Hubstate::Ui {

class BackupCatalogModel;
class BackupDestinationsEditor;
class BackupEncryptionBox;
class BackupJob;
class BackupSizeChart;

// The hand-made part of the Backups page, above the schema's backup settings: a warning when
// the newest verified backup is stale, the schedule's state, "Back up now" with progress and
// Cancel, the catalog with Restore, Verify and Delete, a chart of backup sizes, the list of
// destinations (which takes the place of the backup.destinations row) and the encryption box.
// Every operation runs on a BackupJob, off the GUI thread.
class BackupsPanel : public QWidget, public SettingEditorPanel
{
    Q_OBJECT

public:
    BackupsPanel(Core::Profile profile, Core::PreferencesStore &store,
                 Core::BackupScheduler *scheduler = nullptr, QWidget *parent = nullptr);
    ~BackupsPanel() override;

    BackupJob *job() const { return m_job; }
    BackupCatalogModel *model() const { return m_model; }
    BackupDestinationsEditor *destinations() const { return m_destinations; }

    // SettingEditorPanel: the destination list edits backup.destinations.
    QStringList editedKeys() const override;
    QWidget *editorFor(const QString &key) const override;
    void showOnlyEditorsOf(const QStringList &keys) override;

public Q_SLOTS:
    void backUpNow();
    void cancel();
    void verifySelected();
    void deleteSelected();
    // Opens the restore wizard on the selected backup (restoreRequested).
    void restoreSelected();
    // Reconciles the catalog with the destination and asks the keychain about the backup key.
    void refresh();
    // Reads the catalog file again (another program, or a restore, wrote it).
    void reloadCatalog();

Q_SIGNALS:
    // "Restore…" on a row: the composition root opens the wizard with this backup chosen.
    void restoreRequested(const QString &destination, const QString &file);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateSchedule();
    void updateActions();
    void showResult(const QString &text);
    void showProgress(const QString &stage, qint64 done, qint64 total);
    void jobFinished(const QString &kind, bool succeeded, const QString &message,
                     const QVariant &value);
    const Core::BackupRecord *selectedRecord() const;

    Core::Profile m_profile;
    Core::PreferencesStore &m_store;
    Core::BackupScheduler *m_scheduler;
    BackupJob *m_job;
    BackupCatalogModel *m_model;
    bool m_refreshed = false;
    bool m_keychainAsked = false;
    bool m_refreshPending = false;
    bool m_scheduledRunning = false; // between the scheduler's started and finished
    QString m_lastScheduled; // the scheduler's last result
    QWidget *m_actions = nullptr; // the warning, Back up and the catalog
    QLabel *m_banner = nullptr;
    QLabel *m_schedule = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_backUpNow = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_stage = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_refresh = nullptr;
    BackupSizeChart *m_chart = nullptr;
    BackupDestinationsEditor *m_destinations = nullptr;
    BackupEncryptionBox *m_encryption = nullptr;
    QTimer *m_clock = nullptr;
    QFileSystemWatcher *m_catalogWatcher = nullptr;
    QDateTime m_catalogStamp; // the catalog file's time when it was last read
};

} // namespace Hubstate::Ui
