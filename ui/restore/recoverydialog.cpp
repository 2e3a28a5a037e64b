#include "recoverydialog.h"

#include "backgroundtask.h"
#include "core/secrets/backupkeys.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Hubstate::Ui {

RecoveryDialog::RecoveryDialog(const Core::Profile &profile, const Core::SecretStore *secrets,
                               const Core::Recovery::Finding &finding, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Hubstate: damaged state found"));
    setAccessibleName(windowTitle());

    QString text = finding.uncleanShutdown
        ? tr("Hubstate did not shut down cleanly last time, and a full check found damage:")
        : tr("The start-up check found damage:");
    QStringList lines;
    for (const QString &line : finding.databaseDamage)
        lines.append(tr("Database %1: %2").arg(profile.databaseFile(), line));
    for (const QString &line : finding.settingsDamage)
        lines.append(tr("Settings: %1").arg(line));
    text += u'\n' + QStringLiteral("• ") + lines.join(u'\n' + QStringLiteral("• ")) + u'\n'
        + tr("Recovering moves the damaged files aside (nothing is deleted) and takes the newest "
             "backup that reads cleanly, then older ones, then the defaults.");
    m_finding = new QLabel(text);
    m_finding->setObjectName(QStringLiteral("recoveryFinding"));
    m_finding->setAccessibleName(text);
    m_finding->setWordWrap(true);
    m_finding->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("recoveryPassword"));
    m_password->setAccessibleName(tr("Backup password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("only for encrypted backups the keychain cannot open"));
    auto *passwordLabel = new QLabel(tr("Backup &password:"));
    passwordLabel->setBuddy(m_password);

    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("recoveryResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->hide();

    auto *buttons = new QDialogButtonBox;
    m_recover = buttons->addButton(tr("&Recover from backups"), QDialogButtonBox::AcceptRole);
    m_recover->setObjectName(QStringLiteral("recoverButton"));
    m_recover->setAccessibleName(tr("Recover from backups"));
    m_wizard = buttons->addButton(tr("Open the restore &wizard"), QDialogButtonBox::ActionRole);
    m_wizard->setObjectName(QStringLiteral("openWizardButton"));
    m_wizard->setAccessibleName(tr("Open the restore wizard"));
    m_quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    m_quit->setObjectName(QStringLiteral("quitButton"));
    m_quit->setAccessibleName(tr("Quit"));
    m_recover->setDefault(true);
    connect(m_recover, &QPushButton::clicked, this, [this] {
        if (m_outcome) {
            m_choice = Choice::Recovered;
            accept();
        } else {
            recover();
        }
    });
    connect(m_wizard, &QPushButton::clicked, this, [this] {
        m_choice = Choice::OpenWizard;
        accept();
    });
    connect(m_quit, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Quit;
        reject();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_finding);
    auto *form = new QFormLayout;
    form->addRow(passwordLabel, m_password);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(buttons);
    m_recover->setFocus();
    resize(640, 360);
}

void RecoveryDialog::recover()
{
    Core::BackupReader::Keys keys;
    keys.password = m_password->text();
    std::optional<Core::Result<Core::Recovery::Outcome>> outcome;
    setCursor(Qt::BusyCursor);
    runInBackground(
        [&] {
            if (m_secrets) {
                if (Core::Result<Core::BackupKeys::Keys> stored =
                        Core::BackupKeys(*m_secrets).load())
                    keys.masterKey = stored->masterKey;
            }
            outcome = Core::Recovery::recover(m_profile, m_secrets, keys);
        },
        false);
    unsetCursor();
    QStringList lines;
    if (!*outcome) {
        lines.append(tr("Recovery failed: %1").arg(outcome->error().message));
    } else {
        m_outcome = **outcome;
        if (!m_outcome->finding.isDamaged()) {
            lines.append(tr("Nothing is damaged any more; nothing was changed."));
        } else {
            lines.append(tr("The damaged files were moved to %1.").arg(m_outcome->movedAside));
            for (const QString &attempt : m_outcome->attempts)
                lines.append(tr("Not used: %1").arg(attempt));
            lines.append(m_outcome->restoredFrom.isEmpty()
                             ? tr("No usable backup was found: Hubstate starts from the "
                                  "defaults.")
                             : tr("Recovered from %1.").arg(m_outcome->restoredFrom));
        }
        m_password->setEnabled(false);
        m_recover->setText(tr("&Continue"));
        m_recover->setAccessibleName(tr("Continue"));
        m_wizard->setEnabled(false);
    }
    const QString text = lines.join(u'\n');
    m_result->setText(text);
    m_result->setAccessibleName(text);
    m_result->show();
    m_recover->setFocus();
}

} // namespace Hubstate::Ui
