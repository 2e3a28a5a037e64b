#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace Hubstate::Core {
struct Error;
}

namespace Hubstate::Ui {

class RestoreWizard;

// Opens the backup: the keychain's master key is tried first, the password field serves
// when it is not this file's. "Next" reads the whole file into staging and checks every
// hash; what went wrong is told apart: damaged, tampered, wrong password, newer format.
class RestoreUnlockPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RestoreUnlockPage(RestoreWizard *wizard);

    void initializePage() override;
    bool validatePage() override;

    // The headline for a staging error (translated); also used by the recovery dialog.
    static QString headline(const Core::Error &error);

private:
    RestoreWizard *m_wizard;
    QLabel *m_status;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_problem;
};

} // namespace Hubstate::Ui
