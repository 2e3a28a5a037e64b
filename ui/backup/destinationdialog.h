#pragma once

#include "core/backup/destinationlist.h"
#include "destinationaddress.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Hubstate::Core {
class PreferencesStore;
}

namespace Hubstate::Ui {

class BackupJob;
class RetentionFields;

// Adds a backup destination or edits one: its kind (a folder, a WebDAV server, S3-compatible
// storage) and the fields of that kind, a name, whether backups go there, and retention counts
// of its own. Each field says what rule it breaks, by the rules backup.destinations and the
// CLI keep (name, location, unique names and locations), and OK waits until none is broken.
// A typed password or secret access key goes to the keychain on the page's BackupJob (and into
// the secret index), never into the setting, and is wiped there; only then is the whole list
// written in one change of backup.destinations. Should the keychain refuse, nothing changes.
//
// When the administrator's policy locks the list, the fields are read-only and the dialog
// stores only the secret, which is the user's own.
class DestinationDialog : public QDialog
{
    Q_OBJECT

public:
    // `editedName` empty: a new destination.
    DestinationDialog(Core::PreferencesStore &store, BackupJob &job, const QString &editedName = {},
                      QWidget *parent = nullptr);

    // What OK did ("Added nas (WebDAV): https://…"), for the page to show.
    QString outcome() const { return m_outcome; }
    bool isRunning() const { return m_running; }
    // The destination as the fields give it.
    Core::BackupDestination destination() const;

    // Why the administrator's policy keeps backup.destinations as it is; empty when it does
    // not (also used by the list on the page).
    static QString lockExplanation(const Core::PreferencesStore &store);

    void reject() override; // not while the keychain is written

private:
    using Field = DestinationAddress::Field;
    QLineEdit *addLine(const QString &name, const QString &accessibleName,
                       const QString &description);
    // A form row: the label (with a mnemonic, buddy `editor`), `field` (the editor or a row
    // around it) and a line for its problem under it.
    void addRow(const QString &label, QWidget *editor, QWidget *field, Field problemOf);
    void fill(const Core::BackupDestination &destination);
    DestinationAddress address() const;
    Core::BackupDestination::Kind kind() const;
    QLineEdit *secretField() const;
    QString uniqueName(const QString &base) const;
    // The list backup.destinations would hold, from the store's list as it is now; `problem`
    // and `member` say what rule the destination breaks in it.
    QList<Core::BackupDestination> listWith(const Core::BackupDestination &destination,
                                            QString *problem, QString *member) const;
    void updateFields();
    void save();
    bool commit(const Core::BackupDestination &destination);

    Core::PreferencesStore &m_store;
    BackupJob &m_job;
    QString m_editedName;
    bool m_locked = false;
    bool m_running = false;
    bool m_nameTouched = false;
    bool m_fitHeight = false; // the kind changed: the dialog takes the height of its rows
    QString m_error; // of the last OK
    QString m_outcome;
    QSet<QWidget *> m_touched; // fields the user has typed in: an empty one is said to be
    QFormLayout *m_form = nullptr;
    QLabel *m_lock = nullptr;
    QButtonGroup *m_kinds = nullptr;
    QRadioButton *m_folderKind = nullptr;
    QRadioButton *m_webDavKind = nullptr;
    QRadioButton *m_s3Kind = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameProblem = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_webDavUrl = nullptr;
    QLineEdit *m_webDavUser = nullptr;
    QLineEdit *m_webDavPassword = nullptr;
    QLineEdit *m_s3Endpoint = nullptr;
    QLineEdit *m_s3Region = nullptr;
    QLineEdit *m_s3Bucket = nullptr;
    QLineEdit *m_s3Prefix = nullptr;
    QComboBox *m_s3Style = nullptr;
    QLineEdit *m_s3KeyId = nullptr;
    QLineEdit *m_s3Secret = nullptr;
    QHash<int, QLabel *> m_problems; // Field -> the line under its editor
    QHash<int, QWidget *> m_editors; // Field -> its editor
    QCheckBox *m_enabled = nullptr;
    RetentionFields *m_retention = nullptr;
    QLabel *m_retentionProblem = nullptr;
    QLabel *m_warning = nullptr; // plain http:// to another machine
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Hubstate::Ui
