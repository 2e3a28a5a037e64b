#include "backupdestinationbox.h"

#include "backupjob.h"
#include "core/backup/backupengine.h"
#include "core/backup/destinationlist.h"
#include "core/backup/s3destination.h"
#include "core/backup/webdavdestination.h"
#include "core/crypto/primitives.h"
#include "core/secrets/backupkeys.h"
#include "core/secrets/secretstore.h"
#include "core/settings/preferencesstore.h"
#include "core/state/secretindex.h"
#include "core/state/statedatabase.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>

namespace Hubstate::Ui {

namespace {

const QString destinationKey = QStringLiteral("backup.destinations");

// The destination this box tests and holds the secret of: the first enabled one of
// backup.destinations; empty for the profile's own folder.
QString firstDestination(const Core::PreferencesStore &store)
{
    const QList<Core::BackupDestination> enabled = Core::BackupDestinations::enabled(store, {});
    return enabled.isEmpty() ? QString() : enabled.first().location;
}

QLabel *messageLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

void showMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setAccessibleName(text);
}

// Records a secret in the profile's index as `secret set` does, on the job's own connection:
// what is in the keychain is indexed, so privacy delete and `secret list` know of it even
// after the destination it was for has changed.
Core::Status recordInIndex(const Core::Profile &profile, const QString &name,
                           const QString &purpose)
{
    Core::StateDatabase database;
    if (Core::Status opened = database.open(profile.databaseFile()); !opened)
        return opened;
    return Core::SecretIndex(database).record(name, purpose);
}

} // namespace

BackupDestinationBox::BackupDestinationBox(Core::PreferencesStore &store, BackupJob &job,
                                           QWidget *parent)
    : QGroupBox(tr("Destination and encryption"), parent)
    , m_store(store)
    , m_job(job)
{
    setObjectName(QStringLiteral("backupDestinationBox"));
    auto *form = new QFormLayout(this);

    m_destination = messageLabel(QStringLiteral("backupDestinationInUse"), this);
    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_test->setAccessibleName(tr("Test connection"));
    m_test->setAccessibleDescription(
        tr("Checks that the destination can be reached, logged in to and written"));
    // In a widget of its own: the form then gives the wrapped label the height of every line
    // it wraps to, which it does not do for a nested layout.
    auto *destinationField = new QWidget(this);
    auto *destinationRow = new QHBoxLayout(destinationField);
    destinationRow->setContentsMargins(0, 0, 0, 0);
    m_destination->setParent(destinationField);
    m_test->setParent(destinationField);
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(m_test);
    form->addRow(tr("Backups go to:"), destinationField);

    m_webDavPassword = new QLineEdit(this);
    m_webDavPassword->setObjectName(QStringLiteral("webDavPassword"));
    m_webDavPassword->setEchoMode(QLineEdit::Password);
    m_webDavPassword->setAccessibleName(tr("WebDAV password"));
    m_webDavPassword->setAccessibleDescription(
        tr("The password of the user named in the WebDAV address; kept in the keychain only"));
    m_storePassword = new QPushButton(tr("&Store in keychain"), this);
    m_storePassword->setObjectName(QStringLiteral("storeWebDavPassword"));
    m_storePassword->setAccessibleName(tr("Store the WebDAV password in the keychain"));
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_webDavPassword, 1);
    passwordRow->addWidget(m_storePassword);
    // A label of its own with the field as buddy: a row's text label has none, and would show
    // the "&" instead of underlining the letter. Its text follows the destination's kind.
    m_secretLabel = new QLabel(tr("WebDAV &password:"), this);
    m_secretLabel->setBuddy(m_webDavPassword);
    form->addRow(m_secretLabel, passwordRow);
    m_connectionResult = messageLabel(QStringLiteral("connectionResult"), this);
    form->addRow(m_connectionResult);

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
    auto *confirmLabel = new QLabel(tr("&Repeat password:"), this);
    confirmLabel->setBuddy(m_confirm);
    form->addRow(confirmLabel, confirmRow);
    m_keyResult = messageLabel(QStringLiteral("backupKeyResult"), this);
    form->addRow(m_keyResult);

    connect(m_test, &QPushButton::clicked, this, &BackupDestinationBox::testConnection);
    connect(m_storePassword, &QPushButton::clicked, this,
            &BackupDestinationBox::storeWebDavPassword);
    connect(m_createKeys, &QPushButton::clicked, this, &BackupDestinationBox::createKeys);
    for (QLineEdit *field : {m_webDavPassword, m_password, m_confirm})
        connect(field, &QLineEdit::textChanged, this, &BackupDestinationBox::updateActions);
    connect(m_webDavPassword, &QLineEdit::returnPressed, m_storePassword, &QPushButton::click);
    connect(m_confirm, &QLineEdit::returnPressed, m_createKeys, &QPushButton::click);
    connect(&m_store, &Core::PreferencesStore::valueChanged, this, [this](const QString &key) {
        if (key == destinationKey)
            showDestination();
    });
    connect(&m_job, &BackupJob::finished, this,
            [this](const QString &kind, const BackupJob::Outcome &outcome) {
                if (kind == u"testConnection" || kind == u"storeWebDavPassword")
                    showMessage(m_connectionResult, outcome.message);
                if (kind == u"createBackupKey") {
                    showMessage(m_keyResult, outcome.message);
                    if (outcome.succeeded) {
                        m_hasKeys = true;
                        m_password->clear();
                        m_confirm->clear();
                        Q_EMIT keysChanged();
                    }
                }
            });
    showDestination();
}

QString BackupDestinationBox::password() const
{
    return m_password->text();
}

void BackupDestinationBox::focusPassword()
{
    m_password->setFocus(Qt::OtherFocusReason);
}

bool BackupDestinationBox::isWebDav() const
{
    const QString spec = firstDestination(m_store);
    return spec.startsWith(QLatin1String("http://")) || spec.startsWith(QLatin1String("https://"));
}

bool BackupDestinationBox::isS3() const
{
    const QString spec = firstDestination(m_store);
    return spec.startsWith(QLatin1String("s3://")) || spec.startsWith(QLatin1String("s3+http://"));
}

QString BackupDestinationBox::secretNameOfDestination() const
{
    const QUrl url(firstDestination(m_store));
    if (isWebDav())
        return Core::WebDavDestination::passwordSecretName(url);
    if (isS3()) {
        const Core::Result<Core::S3Destination::Location> location =
            Core::S3Destination::parse(url);
        return location ? Core::S3Destination::secretName(*location) : QString();
    }
    return {};
}

void BackupDestinationBox::showDestination()
{
    const QString spec = firstDestination(m_store);
    const QString shown = spec.isEmpty() ? tr("the profile's backup folder")
        : isWebDav() || isS3()           ? Core::displaySpec(spec)
                                         : spec;
    showMessage(m_destination, shown);
    // One field for the destination's secret: a WebDAV password or an S3 secret access key.
    m_secretLabel->setText(isS3() ? tr("S3 &secret key:") : tr("WebDAV &password:"));
    m_webDavPassword->setAccessibleName(isS3() ? tr("S3 secret access key")
                                               : tr("WebDAV password"));
    m_webDavPassword->setAccessibleDescription(
        isS3() ? tr("The secret access key of the key id named in the s3:// address; kept in the "
                    "keychain only")
               : tr("The password of the user named in the WebDAV address; kept in the keychain "
                    "only"));
    m_connectionResult->clear();
    updateActions();
}

void BackupDestinationBox::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
}

void BackupDestinationBox::setKeychainState(bool healthy, const QString &problem, bool hasKeys)
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

void BackupDestinationBox::setEncryptionOff()
{
    m_keychainHealthy = false;
    showMessage(m_keyStatus,
                tr("Backups are not encrypted (Encrypt backups is off), so they "
                   "need no backup key or password."));
    updateActions();
}

void BackupDestinationBox::updateActions()
{
    m_test->setEnabled(!m_busy);
    const bool hasSecret = !secretNameOfDestination().isEmpty();
    m_storePassword->setEnabled(!m_busy && hasSecret && !m_webDavPassword->text().isEmpty());
    m_webDavPassword->setEnabled(hasSecret);
    const bool canCreate = m_keychainHealthy && !m_hasKeys;
    m_confirm->setEnabled(canCreate);
    m_createKeys->setEnabled(!m_busy && canCreate && !m_password->text().isEmpty()
                             && m_password->text() == m_confirm->text());
    if (canCreate && !m_confirm->text().isEmpty() && m_password->text() != m_confirm->text())
        showMessage(m_keyResult, tr("The two passwords differ."));
    else if (m_keyResult->text() == tr("The two passwords differ."))
        m_keyResult->clear();
}

void BackupDestinationBox::testConnection()
{
    showMessage(m_connectionResult, tr("Testing the connection..."));
    m_job.start(QStringLiteral("testConnection"), [](BackupJob::Context &context) {
        const QString spec = context.engine.resolveDestination({});
        Core::Result<std::unique_ptr<Core::Destination>> opened =
            Core::openDestination(spec, &context.secrets, &context.settings);
        if (!opened)
            return BackupJob::Outcome{false, opened.error().message, {}};
        if (Core::Status tested = (*opened)->testConnection(); !tested)
            return BackupJob::Outcome{false, tested.error().message, {}};
        return BackupJob::Outcome{
            true,
            tr("Connection to %1 works: it can be read and written.").arg((*opened)->displayName()),
            {}};
    });
}

void BackupDestinationBox::storeWebDavPassword()
{
    const QString spec = firstDestination(m_store);
    const QString name = secretNameOfDestination();
    const bool s3 = isS3();
    if (name.isEmpty())
        return;
    // The job holds the only copy of the bytes, and wipes them once they are stored.
    QByteArray password = m_webDavPassword->text().toUtf8();
    m_webDavPassword->clear();
    m_job.start(
        QStringLiteral("storeWebDavPassword"),
        [spec, name, s3, password = std::move(password)](BackupJob::Context &context) mutable {
            const Core::Status written = context.secrets.write(name, password);
            Core::Crypto::wipe(password);
            if (!written)
                return BackupJob::Outcome{false, written.error().message, {}};
            const QString shown = Core::displaySpec(spec);
            const QString what = s3 ? tr("S3 secret access key for %1").arg(shown)
                                    : tr("WebDAV password for %1").arg(shown);
            if (Core::Status indexed = recordInIndex(context.profile, name, what); !indexed) {
                return BackupJob::Outcome{
                    false,
                    tr("The secret for %1 is in the keychain (as %2), but it could not "
                       "be recorded in the list of secrets: %3")
                        .arg(shown, name, indexed.error().message),
                    {}};
            }
            return BackupJob::Outcome{
                true,
                s3 ? tr("The secret access key for %1 is in the keychain (as %2).").arg(shown, name)
                   : tr("The password for %1 is in the keychain (as %2).").arg(shown, name),
                {}};
        });
}

void BackupDestinationBox::createKeys()
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
