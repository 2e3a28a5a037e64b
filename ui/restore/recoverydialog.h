#pragma once

#include "core/backup/recovery.h"
#include "core/profile/profile.h"

#include <QDialog>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace Hubstate::Core {
class RecoveryCascade;
}

namespace Hubstate::Ui {

// Shown at start-up when damaged state was found: says in plain words what is damaged and
// walks the recovery cascade one rung at a time (RecoveryCascade): the newest backup that
// reads cleanly, older ones, the remote destination's. A backup that needs a password asks
// for it, or is skipped, before it is given up; when no backup can be used, starting empty is
// a choice of its own ("Start empty"), never a fall-through. The restore wizard and quitting
// are offered all along. SQLite's own words stay under "Technical details".
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice {
        Quit, // nothing was changed
        Recovered, // a backup was restored (or nothing was damaged any more)
        StartedEmpty, // the defaults, chosen
        OpenWizard, // the damaged files were moved aside; the wizard opens next
    };
    enum class Step { Offer, Password, Exhausted, Done };

    // `secrets` may be null (no keychain: encrypted backups need their password).
    RecoveryDialog(const Core::Profile &profile, const Core::SecretStore *secrets,
                   const Core::Recovery::Finding &finding, QWidget *parent = nullptr);
    ~RecoveryDialog() override;

    Choice choice() const { return m_choice; }
    Step step() const { return m_step; }
    // What was done, once something was: recovered, started empty, moved aside for the wizard.
    std::optional<Core::Recovery::Outcome> outcome() const { return m_outcome; }

    // What was found, in plain words (translated), one line per damaged part.
    static QString describe(const Core::Recovery::Finding &finding);

public Q_SLOTS:
    void reject() override; // Escape: quit, nothing changed

private:
    bool beginCascade();
    void recover();
    void skip();
    void startEmpty();
    void openWizard();
    void finish(Choice choice);
    void showStep(Step step);
    void setText(QLabel *label, const QString &text);
    QString rungName() const;
    void fitText();

    Core::Profile m_profile;
    const Core::SecretStore *m_secrets;
    Core::Recovery::Finding m_finding;
    std::unique_ptr<Core::RecoveryCascade> m_cascade;
    Step m_step = Step::Offer;
    Choice m_choice = Choice::Quit;
    std::optional<Core::Recovery::Outcome> m_outcome;

    QLabel *m_headline;
    QLabel *m_explanation;
    QWidget *m_passwordRow;
    QLineEdit *m_password;
    QLabel *m_problem;
    QToolButton *m_detailsToggle;
    QLabel *m_details;
    QPushButton *m_recover;
    QPushButton *m_skip;
    QPushButton *m_startEmpty;
    QPushButton *m_wizard;
    QPushButton *m_quit;
    QPushButton *m_continue;
};

} // namespace Hubstate::Ui
