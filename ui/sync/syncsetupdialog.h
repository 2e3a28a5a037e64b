#pragma once

#include "core/common/error.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace Hubstate::Core {
class SyncScheduler;
}

namespace Hubstate::Ui {

// Sets up sync on this device: where the sync store is (a folder, or a WebDAV URL whose
// password goes to the keychain under the name the backup destination uses too), the sync
// passphrase (twice for a new store), and whether to create a store or join one; joining asks
// whether this device's changes are merged in or the remote's taken. The work runs on the
// scheduler's worker with a busy bar; a failure is said in plain words and the dialog stays.
class SyncSetupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SyncSetupDialog(Core::SyncScheduler &scheduler, QWidget *parent = nullptr);

    bool isRunning() const { return m_running; }
    // What a failure of init (creating) or join says, with what to do about it.
    static QString plainError(const Core::Error &error, bool creating, const QString &where);

    void reject() override; // not while the work runs

Q_SIGNALS:
    // Sync is set up (created or joined); `message` says which.
    void setUp(bool created, const QString &message);

private:
    void updateFields();
    void start();
    QString destination() const;
    QString problem() const; // why Set up is not possible yet (empty: it is)

    Core::SyncScheduler &m_scheduler;
    bool m_running = false;
    QString m_doing; // while it runs
    QString m_error; // of the last attempt
    QRadioButton *m_folderChoice = nullptr;
    QRadioButton *m_webDavChoice = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_webDavPassword = nullptr;
    QRadioButton *m_createChoice = nullptr;
    QRadioButton *m_joinChoice = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QRadioButton *m_mergeLocal = nullptr;
    QRadioButton *m_takeRemote = nullptr;
    QLineEdit *m_deviceName = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_start = nullptr;
    QLabel *m_folderLabel = nullptr;
    QLabel *m_joinLabel = nullptr;
};

} // namespace Hubstate::Ui
