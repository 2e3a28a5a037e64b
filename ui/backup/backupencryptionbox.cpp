#include "backupencryptionbox.h"

#include "backupjob.h"
#include "core/backup/backupengine.h"
#include "core/crypto/primitives.h"
#include "core/secrets/backupkeys.h"
#include "ui/common/messagelook.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Hubstate::Ui {

namespace {

using MessageLook::messageLabel;

// Its lines keep their place in the form while empty.
void showMessage(QLabel *label, const QString &text)
{
    MessageLook::showMessage(label, text, false);
}

} // namespace

BackupEncryptionBox::BackupEncryptionBox(BackupJob &job, QWidget *parent)
    : QGroupBox(tr("Encryption"), parent)
    , m_job(job)
{
    setObjectName(QStringLiteral("backupEncryptionBox"));
    auto *form = new QFormLayout(this);

    m_keyStatus = messageLabel(QStringLiteral("backupKeyStatus"), this);
    showMessage(m_keyStatus, tr("Asking the keychain for the backup key..."));
    form->addRow(m_keyStatus);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("backupPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Backup password"));
    m_password->setAccessibleDescription(
        tr("Opens encrypted backups anywhere; used for this session only unless the backup key "
           "is set up with it"));
    form->addRow(tr("Backup pass&word:"), m_password);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("backupPasswordConfirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirm->setAccessibleName(tr("Repeat the backup password"));
    m_createKeys = new QPushButton(tr("Set up backup &key"), this);
    m_createKeys->setObjectName(QStringLiteral("createBackupKey"));
    m_createKeys->setAccessibleName(tr("Set up the backup key"));
    m_createKeys->setAccessibleDescription(
        tr("Creates the backup key in the keychain, sealed with the backup password, so that "
           "scheduled backups need no password"));
    auto *confirmRow = new QHBoxLayout;
    confirmRow->addWidget(m_confirm, 1);
    confirmRow->addWidget(m_createKeys);
    // A label of its own with the field as buddy: a row's text label has none when the field
    // is a layout, and would show the "&" instead of underlining the letter.
    auto *confirmLabel = new QLabel(tr("&Repeat password:"), this);
    confirmLabel->setBuddy(m_confirm);
    form->addRow(confirmLabel, confirmRow);
    m_keyResult = messageLabel(QStringLiteral("backupKeyResult"), this);
    form->addRow(m_keyResult);

    connect(m_createKeys, &QPushButton::clicked, this, &BackupEncryptionBox::createKeys);
    for (QLineEdit *field : {m_password, m_confirm})
        connect(field, &QLineEdit::textChanged, this, &BackupEncryptionBox::updateActions);
    connect(m_confirm, &QLineEdit::returnPressed, m_createKeys, &QPushButton::click);
    connect(&m_job, &BackupJob::finished, this,
            [this](const QString &kind, const BackupJob::Outcome &outcome) {
                if (kind != u"createBackupKey")
                    return;
                showMessage(m_keyResult, outcome.message);
                if (outcome.succeeded) {
                    m_hasKeys = true;
                    m_password->clear();
                    m_confirm->clear();
                    Q_EMIT keysChanged();
                }
            });
    updateActions();
}

QString BackupEncryptionBox::password() const
{
    return m_password->text();
}

void BackupEncryptionBox::focusPassword()
{
    m_password->setFocus(Qt::OtherFocusReason);
}

void BackupEncryptionBox::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
}

void BackupEncryptionBox::setKeychainState(bool healthy, const QString &problem, bool hasKeys)
{
    m_keychainHealthy = healthy;
    m_hasKeys = hasKeys;
    if (!healthy) {
        showMessage(m_keyStatus,
                    tr("%1 Encrypted backups use the backup password typed here, for this "
                       "session only.")
                        .arg(problem));
    } else if (hasKeys) {
        showMessage(m_keyStatus,
                    tr("The backup key is in the keychain: backups are encrypted "
                       "without asking for a password."));
    } else {
        showMessage(m_keyStatus,
                    tr("There is no backup key yet: choose a backup password and "
                       "set up the key, so that scheduled backups can be "
                       "encrypted."));
    }
    updateActions();
}

void BackupEncryptionBox::setEncryptionOff()
{
    m_keychainHealthy = false;
    showMessage(m_keyStatus,
                tr("Backups are not encrypted (Encrypt backups is off), so they "
                   "need no backup key or password."));
    updateActions();
}

void BackupEncryptionBox::updateActions()
{
    const bool canCreate = m_keychainHealthy && !m_hasKeys;
    m_confirm->setEnabled(canCreate);
    m_createKeys->setEnabled(!m_busy && canCreate && !m_password->text().isEmpty()
                             && m_password->text() == m_confirm->text());
    if (canCreate && !m_confirm->text().isEmpty() && m_password->text() != m_confirm->text())
        showMessage(m_keyResult, tr("The two passwords differ."));
    else if (m_keyResult->text() == tr("The two passwords differ."))
        m_keyResult->clear();
}

void BackupEncryptionBox::createKeys()
{
    // A buffer of its own (the line edit's is shared with text()), wiped once the key is sealed.
    const QString typed = m_password->text();
    QString password(typed.constData(), typed.size());
    showMessage(m_keyResult, tr("Setting up the backup key..."));
    m_job.start(QStringLiteral("createBackupKey"),
                [password = std::move(password)](BackupJob::Context &context) mutable {
                    Core::Result<Core::BackupKeys::Keys> created =
                        Core::BackupKeys(context.secrets)
                            .create(password, context.engine.newKeyParameters());
                    Core::Crypto::wipe(password);
                    if (!created)
                        return BackupJob::Outcome{false, created.error().message, {}};
                    return BackupJob::Outcome{
                        true,
                        tr("The backup key is in the keychain. Keep the password: it opens these "
                           "backups on any machine."),
                        {}};
                });
}

} // namespace Hubstate::Ui
