#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Hubstate::Ui {

class BackupJob;

// How backups are locked: whether the backup key is in the keychain, and the backup password
// that opens encrypted backups for this session or seals a new backup key in the keychain when
// there is none. Its work runs on the page's BackupJob; the typed password is wiped there.
// (Where backups go, and the destinations' own passwords, are BackupDestinationsEditor's.)
class BackupEncryptionBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit BackupEncryptionBox(BackupJob &job, QWidget *parent = nullptr);

    // The backup password typed for this session (empty when none); never stored.
    QString password() const;
    bool hasKeys() const { return m_hasKeys; }
    void focusPassword();

    // While another job runs the button waits.
    void setBusy(bool busy);
    // What the page's refresh found out about the keychain.
    void setKeychainState(bool healthy, const QString &problem, bool hasKeys);
    // Encrypt backups is off: the keychain was not asked.
    void setEncryptionOff();

Q_SIGNALS:
    // The backup key was created (or the keychain's state is worth asking again).
    void keysChanged();

private:
    void updateActions();
    void createKeys();

    BackupJob &m_job;
    bool m_busy = false;
    bool m_keychainHealthy = false;
    bool m_hasKeys = false;
    QLabel *m_keyStatus = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QPushButton *m_createKeys = nullptr;
    QLabel *m_keyResult = nullptr;
};

} // namespace Hubstate::Ui
