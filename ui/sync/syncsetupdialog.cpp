#include "syncsetupdialog.h"

#include "core/backup/webdavdestination.h"
#include "core/crypto/primitives.h"
#include "core/secrets/secretstore.h"
#include "core/state/secretindex.h"
#include "core/sync/syncscheduler.h"
#include "ui/common/prompts.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSysInfo>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace Hubstate::Ui {

namespace {

const QString setupTask = QStringLiteral("setup");

QLineEdit *field(const QString &name, const QString &accessibleName, const QString &description,
                 QWidget *parent)
{
    auto *line = new QLineEdit(parent);
    line->setObjectName(name);
    line->setAccessibleName(accessibleName);
    line->setAccessibleDescription(description);
    return line;
}

QRadioButton *choice(const QString &name, const QString &text, const QString &accessibleName,
                     const QString &description, QWidget *parent)
{
    auto *radio = new QRadioButton(text, parent);
    radio->setObjectName(name);
    radio->setAccessibleName(accessibleName);
    radio->setAccessibleDescription(description);
    return radio;
}

} // namespace

SyncSetupDialog::SyncSetupDialog(Core::SyncScheduler &scheduler, QWidget *parent)
    : QDialog(parent)
    , m_scheduler(scheduler)
{
    setObjectName(QStringLiteral("syncSetupDialog"));
    setWindowTitle(tr("Set up sync"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Settings, layouts and agents (and API keys, with “Sync secrets” on) are kept in step "
           "with your other devices through a sync store: a folder that Syncthing, Nextcloud's "
           "client or a network share keeps in step, or a WebDAV folder. Everything in it is "
           "encrypted with a key made from the sync passphrase; the server sees no names."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_folderChoice = choice(QStringLiteral("syncInFolder"), tr("A f&older"),
                            tr("Sync store in a folder"),
                            tr("A folder on this machine or a network share"), this);
    m_webDavChoice = choice(QStringLiteral("syncOnWebDav"), tr("A &WebDAV server"),
                            tr("Sync store on a WebDAV server"),
                            tr("Nextcloud, Apache, rclone or nginx"), this);
    auto *where = new QButtonGroup(this);
    where->addButton(m_folderChoice);
    where->addButton(m_webDavChoice);
    m_folderChoice->setChecked(true);
    auto *whereRow = new QHBoxLayout;
    whereRow->addWidget(m_folderChoice);
    whereRow->addWidget(m_webDavChoice);
    whereRow->addStretch(1);
    form->addRow(tr("Sync store in:"), whereRow);

    m_folder = field(QStringLiteral("syncFolder"), tr("Sync folder"),
                     tr("The folder that holds the sync store; every device names the same one"),
                     this);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseSyncFolder"));
    m_browse->setAccessibleName(tr("Choose the sync folder"));
    m_browse->setAccessibleDescription(tr("Opens a folder chooser"));
    m_browse->setAutoDefault(false);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    m_folderLabel = folderLabel;

    m_url = field(QStringLiteral("syncWebDavUrl"), tr("WebDAV address"),
                  tr("The WebDAV folder with the user name, e.g. "
                     "https://alice@cloud.example.org/remote.php/dav/files/alice/hubstate/"),
                  this);
    m_url->setPlaceholderText(QStringLiteral("https://alice@cloud.example.org/hubstate-sync/"));
    form->addRow(tr("WebDAV &address:"), m_url);
    m_webDavPassword = field(QStringLiteral("syncWebDavPassword"), tr("WebDAV password"),
                             tr("The password of the user named in the WebDAV address; kept in "
                                "the keychain only. Leave empty when it is there already."),
                             this);
    m_webDavPassword->setEchoMode(QLineEdit::Password);
    form->addRow(tr("WebDAV pa&ssword:"), m_webDavPassword);

    m_createChoice = choice(QStringLiteral("createSyncStore"), tr("&Create a new sync store"),
                            tr("Create a new sync store"),
                            tr("For the first device: refused where a store exists"), this);
    m_joinChoice = choice(QStringLiteral("joinSyncStore"), tr("&Join an existing sync store"),
                          tr("Join an existing sync store"),
                          tr("For every further device: reads the store before it sends "
                             "anything"),
                          this);
    auto *mode = new QButtonGroup(this);
    mode->addButton(m_createChoice);
    mode->addButton(m_joinChoice);
    m_createChoice->setChecked(true);
    auto *modeRow = new QVBoxLayout;
    modeRow->addWidget(m_createChoice);
    modeRow->addWidget(m_joinChoice);
    form->addRow(tr("This device:"), modeRow);

    m_passphrase = field(QStringLiteral("syncPassphrase"), tr("Sync passphrase"),
                         tr("Encrypts everything in the sync store; every device needs it to "
                            "join. It cannot be recovered: keep it safe."),
                         this);
    m_passphrase->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Sync pass&phrase:"), m_passphrase);
    m_confirm = field(QStringLiteral("syncPassphraseConfirm"), tr("Repeat the sync passphrase"),
                      tr("The same passphrase again, to rule out a typing mistake"), this);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirmLabel = new QLabel(tr("R&epeat passphrase:"), this);
    m_confirmLabel->setBuddy(m_confirm);
    form->addRow(m_confirmLabel, m_confirm);

    m_mergeLocal = choice(QStringLiteral("joinMergeLocal"),
                          tr("&Keep this device's changes (merge)"),
                          tr("Keep this device's changes (merge)"),
                          tr("Reads the store first, then sends what you changed here as edits "
                             "made before joining"),
                          this);
    m_takeRemote = choice(QStringLiteral("joinTakeRemote"), tr("Take the &remote's"),
                          tr("Take the remote's"),
                          tr("Replaces this device's settings, layouts and agents with the "
                             "store's"),
                          this);
    auto *join = new QButtonGroup(this);
    join->addButton(m_mergeLocal);
    join->addButton(m_takeRemote);
    m_mergeLocal->setChecked(true);
    auto *joinRow = new QVBoxLayout;
    joinRow->addWidget(m_mergeLocal);
    joinRow->addWidget(m_takeRemote);
    m_joinLabel = new QLabel(tr("Changes made here:"), this);
    form->addRow(m_joinLabel, joinRow);

    m_deviceName = field(QStringLiteral("syncDeviceName"), tr("Device name"),
                         tr("How your other devices list this one"), this);
    m_deviceName->setText(QSysInfo::machineHostName());
    form->addRow(tr("Device &name:"), m_deviceName);
    layout->addLayout(form);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("syncSetupBusy"));
    m_busy->setAccessibleName(tr("Setting up sync"));
    m_busy->setAccessibleDescription(tr("Shown while the sync store is created or joined"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();
    layout->addWidget(m_busy);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("syncSetupMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_start = m_buttons->addButton(tr("Create sync store"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("startSyncSetup"));
    m_start->setDefault(true);
    layout->addWidget(m_buttons);

    for (QRadioButton *radio : {m_folderChoice, m_webDavChoice, m_createChoice, m_joinChoice})
        connect(radio, &QRadioButton::toggled, this, &SyncSetupDialog::updateFields);
    for (QLineEdit *line : {m_folder, m_url, m_passphrase, m_confirm, m_deviceName})
        connect(line, &QLineEdit::textChanged, this, &SyncSetupDialog::updateFields);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString folder = Prompts::chooseFolder(
            this, tr("Sync folder"),
            m_folder->text().isEmpty() ? QDir::homePath() : m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(folder));
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SyncSetupDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SyncSetupDialog::reject);
    connect(&m_scheduler, &Core::SyncScheduler::taskFinished, this,
            [this](const QString &kind, const Core::SyncScheduler::Outcome &outcome) {
                if (kind != setupTask || !m_running)
                    return;
                m_running = false;
                m_busy->hide();
                if (outcome.status) {
                    Q_EMIT setUp(m_createChoice->isChecked(), outcome.value.toString());
                    accept();
                    return;
                }
                m_error = plainError(outcome.status.error(), m_createChoice->isChecked(),
                                     destination());
                updateFields();
                (outcome.status.error().code == Core::ErrorCode::WrongPassword
                     ? m_passphrase
                     : m_folderChoice->isChecked() ? m_folder : m_url)
                    ->setFocus(Qt::OtherFocusReason);
            });
    updateFields();
    m_folder->setFocus();
}

QString SyncSetupDialog::destination() const
{
    return m_folderChoice->isChecked() ? QDir::cleanPath(m_folder->text().trimmed())
                                       : m_url->text().trimmed();
}

QString SyncSetupDialog::problem() const
{
    if (m_folderChoice->isChecked()) {
        if (m_folder->text().trimmed().isEmpty())
            return tr("Choose the folder for the sync store.");
        if (QDir::isRelativePath(m_folder->text().trimmed()))
            return tr("The folder must be given as a full path.");
    } else {
        const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
        if (m_url->text().trimmed().isEmpty())
            return tr("Type the WebDAV address.");
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http")
            || url.host().isEmpty())
            return tr("The WebDAV address must start with https:// (or http://) and name a "
                      "server.");
        if (!url.password().isEmpty())
            return tr("Leave the password out of the address: type it in WebDAV password.");
    }
    if (m_passphrase->text().isEmpty())
        return tr("Type the sync passphrase.");
    if (m_createChoice->isChecked() && m_confirm->text() != m_passphrase->text())
        return m_confirm->text().isEmpty() ? tr("Type the passphrase again below.")
                                           : tr("The two passphrases differ.");
    return {};
}

void SyncSetupDialog::updateFields()
{
    const bool folder = m_folderChoice->isChecked();
    const bool create = m_createChoice->isChecked();
    auto *form = findChild<QFormLayout *>();
    form->setRowVisible(m_folderLabel, folder);
    form->setRowVisible(m_url, !folder);
    form->setRowVisible(m_webDavPassword, !folder);
    form->setRowVisible(m_confirm, create);
    form->setRowVisible(m_joinLabel, !create);
    m_start->setText(create ? tr("Create sync store") : tr("Join"));
    for (QWidget *widget : findChildren<QWidget *>()) {
        if (widget != m_busy && widget != m_message && widget->parent() == this
            && widget != m_buttons)
            widget->setEnabled(!m_running);
    }
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!m_running);
    const QString why = problem();
    m_start->setEnabled(!m_running && why.isEmpty());
    // The last attempt's failure stays until the next; below it, what stands in the way once
    // the user has typed a passphrase.
    QString text = m_running ? m_doing : m_error;
    const bool typed = !m_passphrase->text().isEmpty() || !m_confirm->text().isEmpty();
    if (!m_running && typed && !why.isEmpty())
        text = text.isEmpty() ? why : text + u'\n' + why;
    if (text != m_message->text()) {
        m_message->setText(text);
        m_message->setAccessibleName(text);
    }
    // A longer message or more rows: the dialog grows rather than squeeze its rows.
    QTimer::singleShot(0, this, [this] {
        const int needed = layout()->hasHeightForWidth()
            ? layout()->totalHeightForWidth(width())
            : layout()->totalSizeHint().height();
        if (needed > height())
            resize(width(), needed);
    });
}

void SyncSetupDialog::start()
{
    if (m_running || !problem().isEmpty())
        return;
    const QString where = destination();
    const bool create = m_createChoice->isChecked();
    const bool webDav = m_webDavChoice->isChecked();
    const Core::SyncEngine::JoinMode joinMode = m_takeRemote->isChecked()
        ? Core::SyncEngine::JoinMode::TakeRemote
        : Core::SyncEngine::JoinMode::MergeLocal;
    const QString deviceName = m_deviceName->text().trimmed();
    // The work holds the only copies, in buffers of their own, and wipes them.
    const QString typed = m_passphrase->text();
    QString passphrase(typed.constData(), typed.size());
    QByteArray password = webDav ? m_webDavPassword->text().toUtf8() : QByteArray();
    m_passphrase->clear();
    m_confirm->clear();
    m_webDavPassword->clear();

    m_running = true;
    m_error.clear();
    const QString shown = webDav ? Core::WebDavDestination::displayUrl(QUrl(where)) : where;
    m_doing = (create ? tr("Creating the sync store at %1…") : tr("Joining the sync store at %1…"))
                  .arg(shown);
    m_busy->show();
    updateFields();
    m_scheduler.perform(
        setupTask,
        [where, shown, create, webDav, joinMode, deviceName, passphrase = std::move(passphrase),
         password = std::move(password)](Core::SyncScheduler::Context &context) mutable {
            // The WebDAV password first, where the engine (and the backup destination) reads
            // it, and indexed like every secret so that privacy delete finds it.
            if (webDav && !password.isEmpty()) {
                const QUrl url(where);
                const QString name = Core::WebDavDestination::passwordSecretName(url);
                const Core::Status written = context.secrets.write(name, password);
                Core::Crypto::wipe(password);
                if (!written) {
                    Core::Crypto::wipe(passphrase);
                    return Core::SyncScheduler::Outcome{written, {}};
                }
                if (Core::Status indexed = Core::SecretIndex(context.database)
                                               .record(name, tr("WebDAV password for %1")
                                                                 .arg(shown));
                    !indexed) {
                    Core::Crypto::wipe(passphrase);
                    return Core::SyncScheduler::Outcome{indexed, {}};
                }
            }
            const Core::Status done = create
                ? context.engine.init(where, passphrase, deviceName)
                : context.engine.join(where, passphrase, joinMode, deviceName);
            Core::Crypto::wipe(passphrase);
            if (!done)
                return Core::SyncScheduler::Outcome{done, {}};
            return Core::SyncScheduler::Outcome{
                {},
                create ? tr("Sync is set up: this device created the sync store at %1.")
                             .arg(shown)
                       : tr("This device joined the sync store at %1.").arg(shown)};
        });
}

void SyncSetupDialog::reject()
{
    if (!m_running)
        QDialog::reject();
}

QString SyncSetupDialog::plainError(const Core::Error &error, bool creating, const QString &where)
{
    const QString shown = where.startsWith(QLatin1String("http"))
        ? Core::WebDavDestination::displayUrl(QUrl(where))
        : where;
    switch (error.code) {
    case Core::ErrorCode::WrongPassword:
        return tr("Wrong passphrase: it does not open the sync store at %1. Type the passphrase "
                  "chosen when the store was created.")
            .arg(shown);
    case Core::ErrorCode::InvalidInput:
        return creating ? tr("Not set up: %1\nIf this is your sync store, choose “Join an "
                             "existing sync store” instead.")
                              .arg(error.message)
                        : tr("Not joined: %1").arg(error.message);
    case Core::ErrorCode::Damaged:
        return tr("The sync store at %1 holds damaged or tampered data, so nothing of it was "
                  "used: %2")
            .arg(shown, error.message);
    case Core::ErrorCode::OperationFailed:
    case Core::ErrorCode::Usage:
        break;
    }
    return tr("The sync store at %1 could not be reached: %2").arg(shown, error.message);
}

} // namespace Hubstate::Ui
