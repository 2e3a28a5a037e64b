#include "recoverydialog.h"

#include "backgroundtask.h"
#include "core/backup/recoverycascade.h"
#include "core/secrets/backupkeys.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Hubstate::Ui {

namespace {

QLabel *textLabel(const QString &name)
{
    auto *label = new QLabel;
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QPushButton *button(QDialogButtonBox *box, const QString &text, QDialogButtonBox::ButtonRole role,
                    const QString &name)
{
    QPushButton *created = box->addButton(text, role);
    created->setObjectName(name);
    created->setAccessibleName(QString(text).remove(u'&').remove(QStringLiteral("…")));
    return created;
}

} // namespace

RecoveryDialog::RecoveryDialog(const Core::Profile &profile, const Core::SecretStore *secrets,
                               const Core::Recovery::Finding &finding, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_secrets(secrets)
    , m_finding(finding)
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Hubstate: damaged files found"));
    setAccessibleName(windowTitle());
    setMinimumWidth(600);

    m_headline = textLabel(QStringLiteral("recoveryHeadline"));
    QFont bigger = m_headline->font();
    bigger.setBold(true);
    bigger.setPointSizeF(bigger.pointSizeF() * 1.2);
    m_headline->setFont(bigger);
    m_explanation = textLabel(QStringLiteral("recoveryFinding"));

    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("recoveryPassword"));
    m_password->setAccessibleName(tr("Backup password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *passwordLabel = new QLabel(tr("Backup &password:"));
    passwordLabel->setBuddy(m_password);
    m_passwordRow = new QWidget;
    auto *passwordLayout = new QHBoxLayout(m_passwordRow);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    passwordLayout->addWidget(passwordLabel);
    passwordLayout->addWidget(m_password, 1);

    m_problem = textLabel(QStringLiteral("recoveryResult"));

    // SQLite's and the backups' own words, for whoever wants them: hidden until asked for.
    m_detailsToggle = new QToolButton;
    m_detailsToggle->setObjectName(QStringLiteral("recoveryDetailsToggle"));
    m_detailsToggle->setText(tr("Technical &details"));
    m_detailsToggle->setAccessibleName(tr("Technical details"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_detailsToggle->setAutoRaise(true);
    m_details = textLabel(QStringLiteral("recoveryDetails"));
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->hide();
    connect(m_detailsToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_detailsToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_details->setVisible(shown);
        fitText();
    });

    auto *buttons = new QDialogButtonBox;
    m_recover = button(buttons, tr("&Recover from backups"), QDialogButtonBox::AcceptRole,
                       QStringLiteral("recoverButton"));
    m_skip = button(buttons, tr("&Skip this backup"), QDialogButtonBox::ActionRole,
                    QStringLiteral("skipButton"));
    m_startEmpty = button(buttons, tr("&Start empty"), QDialogButtonBox::ActionRole,
                          QStringLiteral("startEmptyButton"));
    m_wizard = button(buttons, tr("Choose a backup &yourself…"), QDialogButtonBox::ActionRole,
                      QStringLiteral("openWizardButton"));
    m_wizard->setAccessibleDescription(
        tr("Opens the restore wizard; the damaged files are moved aside first, and Hubstate "
           "starts empty if you close the wizard without restoring."));
    m_wizard->setToolTip(m_wizard->accessibleDescription());
    m_quit =
        button(buttons, tr("&Quit"), QDialogButtonBox::RejectRole, QStringLiteral("quitButton"));
    m_quit->setAccessibleDescription(tr("Closes Hubstate; nothing is changed."));
    m_continue = button(buttons, tr("&Continue"), QDialogButtonBox::AcceptRole,
                        QStringLiteral("continueButton"));
    connect(m_recover, &QPushButton::clicked, this, &RecoveryDialog::recover);
    connect(m_skip, &QPushButton::clicked, this, &RecoveryDialog::skip);
    connect(m_startEmpty, &QPushButton::clicked, this, &RecoveryDialog::startEmpty);
    connect(m_wizard, &QPushButton::clicked, this, &RecoveryDialog::openWizard);
    connect(m_quit, &QPushButton::clicked, this, [this] { finish(Choice::Quit); });
    connect(m_continue, &QPushButton::clicked, this, [this] { accept(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_explanation);
    layout->addWidget(m_passwordRow);
    layout->addWidget(m_problem);
    layout->addWidget(m_detailsToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_details);
    layout->addStretch(1);
    layout->addWidget(buttons);

    QStringList details;
    for (const QString &line : finding.databaseDamage + finding.settingsDamage)
        details.append(line);
    setText(m_details, details.join(u'\n'));
    resize(680, 380);
    showStep(Step::Offer);
}

RecoveryDialog::~RecoveryDialog() = default;

QString RecoveryDialog::describe(const Core::Recovery::Finding &finding)
{
    QStringList lines;
    lines.append(finding.uncleanShutdown
                     ? tr("Hubstate did not shut down cleanly last time, and a full check of its "
                          "files found damage:")
                     : tr("Hubstate's check of its files found damage:"));
    if (!finding.databaseDamage.isEmpty())
        lines.append(tr("• The database, which holds your layouts, agents and conversation "
                        "history, is damaged and cannot be used as it is."));
    if (!finding.settingsDamage.isEmpty())
        lines.append(tr("• The settings file is damaged: your settings cannot be read."));
    return lines.join(u'\n');
}

void RecoveryDialog::setText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setAccessibleName(text);
    label->setVisible(!text.isEmpty() && (label != m_details || m_detailsToggle->isChecked()));
}

// Wrapped text grows the dialog rather than being cut off.
void RecoveryDialog::fitText()
{
    if (!layout())
        return;
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

QString RecoveryDialog::rungName() const
{
    const Core::RecoveryCascade::Rung *rung = m_cascade ? m_cascade->current() : nullptr;
    if (!rung)
        return {};
    const QString file = rung->remote.isEmpty() ? QFileInfo(rung->file).fileName() : rung->label;
    if (!rung->createdAt.isValid())
        return tr("the backup %1").arg(file);
    return tr("the backup of %1 (%2)")
        .arg(QLocale().toString(rung->createdAt.toLocalTime(), QLocale::LongFormat), file);
}

void RecoveryDialog::showStep(Step step)
{
    m_step = step;
    const bool password = step == Step::Password;
    const bool done = step == Step::Done;
    m_passwordRow->setVisible(password);
    m_recover->setVisible(step == Step::Offer || password);
    m_recover->setText(password ? tr("&Unlock and recover") : tr("&Recover from backups"));
    m_recover->setAccessibleName(QString(m_recover->text()).remove(u'&'));
    m_skip->setVisible(password);
    m_startEmpty->setVisible(step == Step::Exhausted);
    m_wizard->setVisible(!done);
    m_quit->setVisible(!done);
    m_continue->setVisible(done);
    // Enter goes ahead only where going ahead changes nothing for the worse: recovering from
    // a backup, unlocking one, continuing. Starting empty is never what Enter does.
    for (QPushButton *each : {m_recover, m_skip, m_startEmpty, m_wizard, m_quit, m_continue}) {
        each->setAutoDefault(false);
        each->setDefault(false);
    }
    switch (step) {
    case Step::Offer:
        setText(m_headline, tr("Hubstate found damage in your data"));
        setText(m_explanation,
                describe(m_finding) + QStringLiteral("\n\n")
                    + tr("Recovering puts back the newest backup that reads cleanly, then "
                         "older ones. The damaged files are kept in a folder beside them: "
                         "nothing is deleted."));
        m_recover->setDefault(true);
        m_recover->setFocus();
        break;
    case Step::Password:
        setText(m_headline, tr("This backup needs its password"));
        setText(m_explanation,
                tr("%1 is encrypted, and this computer's keychain holds no key that opens "
                   "it. Type the password it was made with, or skip it to try an older "
                   "backup, if there is one.")
                    .arg(rungName().left(1).toUpper() + rungName().mid(1)));
        m_recover->setDefault(true);
        m_password->setEnabled(true);
        m_password->setFocus();
        m_password->selectAll();
        break;
    case Step::Exhausted: {
        setText(m_headline, tr("No backup could be used"));
        const Core::Recovery::Outcome &outcome = m_cascade->outcome();
        QString text = m_cascade->rungs().isEmpty() && outcome.attempts.isEmpty()
            ? tr("No backup of this profile was found.")
            : tr("None of the backups could be restored:") + u'\n' + QStringLiteral("• ")
                + outcome.attempts.join(u'\n' + QStringLiteral("• "));
        text += QStringLiteral("\n\n")
            + tr("You can start empty: default settings, and no layouts, agents or history. "
                 "The damaged files are kept in a folder beside them. Or choose a backup "
                 "yourself (another file, or a server), or quit and change nothing.");
        setText(m_explanation, text);
        m_startEmpty->setFocus();
        break;
    }
    case Step::Done: {
        const Core::Recovery::Outcome &outcome = *m_outcome;
        QStringList lines;
        if (!outcome.finding.isDamaged()) {
            setText(m_headline, tr("Nothing is damaged any more"));
            lines.append(tr("A full check found the files sound: nothing was changed."));
        } else if (!outcome.restoredFrom.isEmpty()) {
            setText(m_headline, tr("Recovered"));
            lines.append(tr("Your data was put back from %1.").arg(rungName()));
            lines.append(tr("Backup file: %1").arg(outcome.restoredFrom));
        } else {
            setText(m_headline, tr("Hubstate starts empty"));
            lines.append(tr("Hubstate starts with default settings, and no layouts, agents or "
                            "history."));
            if (!outcome.keptBeforeCut.isEmpty())
                lines.append(tr("The settings written before the damage were kept."));
        }
        if (!outcome.movedAside.isEmpty())
            lines.append(tr("The damaged files were moved to %1.").arg(outcome.movedAside));
        setText(m_explanation, lines.join(u'\n'));
        setText(m_problem, QString());
        m_continue->setDefault(true);
        m_continue->setFocus();
        break;
    }
    }
    if (step != Step::Password && step != Step::Done)
        setText(m_problem, QString());
    fitText();
}

bool RecoveryDialog::beginCascade()
{
    if (m_cascade)
        return true;
    auto cascade = std::make_unique<Core::RecoveryCascade>(m_profile, m_secrets);
    std::optional<Core::Result<Core::Recovery::Finding>> begun;
    runInBackground([&] { begun = cascade->begin(); }, false);
    if (!*begun) {
        setText(m_problem, tr("The files cannot be checked: %1").arg(begun->error().message));
        return false;
    }
    m_cascade = std::move(cascade);
    if (!(*begun)->isDamaged()) {
        m_outcome = m_cascade->outcome();
        m_choice = Choice::Recovered;
        showStep(Step::Done);
        return false;
    }
    return true;
}

void RecoveryDialog::recover()
{
    setCursor(Qt::BusyCursor);
    setText(m_problem,
            m_step == Step::Password ? tr("Opening the backup…")
                                     : tr("Looking for a backup that reads cleanly…"));
    const bool begun = beginCascade();
    if (!begun) {
        unsetCursor();
        return;
    }
    Core::BackupReader::Keys keys;
    keys.password = m_password->text();
    std::optional<Core::Result<Core::RecoveryCascade::Stop>> stopped;
    Core::RecoveryCascade *cascade = m_cascade.get();
    runInBackground(
        [&] {
            if (m_secrets) {
                if (Core::Result<Core::BackupKeys::Keys> stored =
                        Core::BackupKeys(*m_secrets).load())
                    keys.masterKey = stored->masterKey;
            }
            stopped = cascade->run(keys);
        },
        false);
    unsetCursor();
    QStringList details{m_details->text()};
    details.append(cascade->outcome().attempts);
    details.removeDuplicates();
    setText(m_details, details.join(u'\n'));
    if (!*stopped) {
        setText(m_problem, tr("Recovery stopped: %1").arg(stopped->error().message));
        return;
    }
    switch (**stopped) {
    case Core::RecoveryCascade::Stop::Recovered:
        m_outcome = cascade->outcome();
        m_choice = Choice::Recovered;
        showStep(Step::Done);
        break;
    case Core::RecoveryCascade::Stop::NeedsPassword:
        showStep(Step::Password);
        setText(m_problem,
                cascade->wrongPassword() ? tr("Wrong password: the backup does not open with it.")
                                         : QString());
        break;
    case Core::RecoveryCascade::Stop::Exhausted: showStep(Step::Exhausted); break;
    }
}

void RecoveryDialog::skip()
{
    if (!m_cascade)
        return;
    m_cascade->skip();
    m_password->clear();
    recover();
}

void RecoveryDialog::startEmpty()
{
    if (!beginCascade())
        return;
    if (Core::Status started = m_cascade->startEmpty(); !started) {
        setText(m_problem, tr("Hubstate cannot start empty: %1").arg(started.error().message));
        return;
    }
    m_outcome = m_cascade->outcome();
    m_choice = Choice::StartedEmpty;
    showStep(Step::Done);
}

// The wizard's restore takes a safety backup of the current state first, which a damaged
// database cannot give: the damaged files go aside, and the wizard restores over an empty
// state.
void RecoveryDialog::openWizard()
{
    if (!beginCascade()) {
        if (m_step == Step::Done) { // nothing was damaged any more
            m_choice = Choice::OpenWizard;
            accept();
        }
        return;
    }
    if (Core::Status started = m_cascade->startEmpty(); !started) {
        setText(m_problem,
                tr("The damaged files cannot be moved aside: %1").arg(started.error().message));
        return;
    }
    m_outcome = m_cascade->outcome();
    finish(Choice::OpenWizard);
}

void RecoveryDialog::finish(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::Quit)
        QDialog::reject();
    else
        accept();
}

void RecoveryDialog::reject()
{
    // Escape or closing the window: once something was done, that is kept and Hubstate goes
    // on; before, nothing changes and Hubstate quits.
    if (m_step == Step::Done)
        accept();
    else
        finish(Choice::Quit);
}

} // namespace Hubstate::Ui
