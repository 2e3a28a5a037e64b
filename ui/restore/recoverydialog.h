#pragma once

#include "core/backup/recovery.h"
#include "core/profile/profile.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Hubstate::Ui {

// Shown at start-up when Recovery::inspect found damaged state: says what was found and
// offers the recovery cascade (newest verified backup, older ones, the remote destination,
// the defaults), the restore wizard, or quitting, instead of starting silently empty.
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Quit, Recovered, OpenWizard };

    // `secrets` may be null (no keychain: encrypted backups need the password field).
    RecoveryDialog(const Core::Profile &profile, const Core::SecretStore *secrets,
                   const Core::Recovery::Finding &finding, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // After "Recover from backups": what was done.
    std::optional<Core::Recovery::Outcome> outcome() const { return m_outcome; }

private:
    void recover();

    Core::Profile m_profile;
    const Core::SecretStore *m_secrets;
    QLabel *m_finding;
    QLineEdit *m_password;
    QLabel *m_result;
    QPushButton *m_recover;
    QPushButton *m_wizard;
    QPushButton *m_quit;
    Choice m_choice = Choice::Quit;
    std::optional<Core::Recovery::Outcome> m_outcome;
};

} // namespace Hubstate::Ui
