#include "restoreunlockpage.h"

#include "backgroundtask.h"
#include "core/backup/backupreader.h"
#include "core/crypto/containerformat.h"
#include "restorewizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Hubstate::Ui {

using Core::RestoreEngine;

RestoreUnlockPage::RestoreUnlockPage(RestoreWizard *wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("unlockPage"));
    setTitle(tr("Open the backup"));
    setSubTitle(tr("The whole file is read and every hash checked before anything is shown."));

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("unlockStatus"));
    m_status->setWordWrap(true);
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Backup password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel = new QLabel(tr("&Password:"));
    m_passwordLabel->setBuddy(m_password);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("unlockProblem"));
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();

    auto *layout = new QFormLayout(this);
    layout->addRow(m_status);
    layout->addRow(m_passwordLabel, m_password);
    layout->addRow(m_problem);
}

void RestoreUnlockPage::initializePage()
{
    m_problem->hide();
    m_password->clear();
    const bool encrypted = Core::BackupReader::isEncrypted(m_wizard->file());
    const bool keychain = m_wizard->keys({}).masterKey.has_value();
    QString text = tr("Backup: %1").arg(m_wizard->origin()) + u'\n';
    if (!encrypted)
        text += tr("This backup is not encrypted: no password is needed.");
    else if (keychain)
        text += tr("This backup is encrypted. The keychain's backup key is tried first; give the "
                   "password only if that key does not open it.");
    else
        text += tr("This backup is encrypted: give the password it was made with.");
    m_status->setText(text);
    m_status->setAccessibleName(text);
    m_password->setEnabled(encrypted);
    m_passwordLabel->setEnabled(encrypted);
    if (encrypted)
        m_password->setFocus();
}

QString RestoreUnlockPage::headline(const Core::Error &error)
{
    namespace Format = Core::ContainerFormat;
    switch (error.code) {
    case Core::ErrorCode::WrongPassword:
        return tr("Wrong password: the backup does not open with it.");
    case Core::ErrorCode::Damaged:
        return error.detail == Format::tampered
            ? tr("Tampered: the backup was changed after it was written, so it is not used.")
            : tr("Damaged: the backup cannot be read in full, so it is not used.");
    case Core::ErrorCode::InvalidInput:
        if (error.detail == Format::newerFormat)
            return tr("Newer format: a newer Hubstate made this backup; update Hubstate to "
                      "restore it.");
        return tr("This file cannot be restored.");
    default: return tr("The backup cannot be opened.");
    }
}

bool RestoreUnlockPage::validatePage()
{
    m_problem->hide();
    const Core::BackupReader::Keys keys = m_wizard->keys(m_password->text());
    std::optional<Core::Result<Core::BackupManifest>> staged;
    std::optional<Core::Result<RestoreEngine::Preview>> preview;
    const QString file = m_wizard->file();
    RestoreEngine &engine = m_wizard->engine();
    setCursor(Qt::BusyCursor);
    runInBackground(
        [&] {
            engine.discardStaging();
            staged = engine.stage(file, keys);
            if (*staged) {
                const QList<RestoreEngine::Part> all = RestoreEngine::allParts();
                preview = engine.preview(QSet<RestoreEngine::Part>(all.cbegin(), all.cend()));
            }
        },
        false);
    unsetCursor();
    const Core::Error *error = !*staged ? &staged->error()
        : !*preview                     ? &preview->error()
                                        : nullptr;
    if (error) {
        const QString text = headline(*error) + u'\n' + error->message;
        m_problem->setText(text);
        m_problem->setAccessibleDescription(text);
        m_problem->show();
        if (error->code == Core::ErrorCode::WrongPassword) {
            m_password->selectAll();
            m_password->setFocus();
        }
        return false;
    }
    m_wizard->setStaged(**staged, **preview);
    return true;
}

} // namespace Hubstate::Ui
