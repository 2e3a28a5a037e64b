#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Hubstate::Core {
class PreferencesStore;
}

namespace Hubstate::Ui {

class BackupJob;

// Where backups go and how they are locked: the destination in effect with "Test connection",
// the WebDAV password (written to the keychain only, under the name the destination reads it
// by, and recorded in the secret index like every secret, so that privacy delete finds it after
// the destination changed), and the backup password that seals a new backup key in the keychain
// when there is none. Its work runs on the page's BackupJob; typed passwords are wiped there.
class BackupDestinationBox : public QGroupBox
{
    Q_OBJECT

public:
    BackupDestinationBox(Core::PreferencesStore &store, BackupJob &job, QWidget *parent = nullptr);

    // The backup password typed for this session (empty when none); never stored.
    QString password() const;
    bool hasKeys() const { return m_hasKeys; }
    void focusPassword();

    // While another job runs the buttons wait.
    void setBusy(bool busy);
    // What the page's refresh found out about the keychain.
    void setKeychainState(bool healthy, const QString &problem, bool hasKeys);
    // Encrypt backups is off: the keychain was not asked.
    void setEncryptionOff();

Q_SIGNALS:
    // The backup key was created (or the keychain's state is worth asking again).
    void keysChanged();

private:
    void showDestination();
    void updateActions();
    void testConnection();
    void storeWebDavPassword();
    void createKeys();
    bool isWebDav() const;
    bool isS3() const;
    // The keychain entry the password (WebDAV) or secret access key (S3) of the destination
    // goes to, and the destination as shown; empty for a folder or a spec that does not parse.
    QString secretNameOfDestination() const;

    Core::PreferencesStore &m_store;
    BackupJob &m_job;
    bool m_busy = false;
    bool m_keychainHealthy = false;
    bool m_hasKeys = false;
    QLabel *m_destination = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_secretLabel = nullptr; // "WebDAV password" or "S3 secret key"
    QLineEdit *m_webDavPassword = nullptr;
    QPushButton *m_storePassword = nullptr;
    QLabel *m_connectionResult = nullptr;
    QLabel *m_keyStatus = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QPushButton *m_createKeys = nullptr;
    QLabel *m_keyResult = nullptr;
};

} // namespace Hubstate::Ui
