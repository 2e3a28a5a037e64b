#include "restoreresultpage.h"

#include "restorewizard.h"
#include "ui/common/prompts.h"

#include <QAbstractButton>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Hubstate::Ui {

using Core::RestoreEngine;

RestoreResultPage::RestoreResultPage(RestoreWizard *wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("resultPage"));
    setFinalPage(true);
    m_report = new QLabel;
    m_report->setObjectName(QStringLiteral("resultReport"));
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_rollBack = new QPushButton(tr("R&oll back"));
    m_rollBack->setObjectName(QStringLiteral("rollBackButton"));
    m_rollBack->setAccessibleName(tr("Roll back to the safety backup"));
    // Enter finishes (the wizard's Finish is the default); undoing the restore is never
    // what a stray Enter does.
    m_rollBack->setAutoDefault(false);
    m_rollBack->setDefault(false);
    m_rollBackResult = new QLabel;
    m_rollBackResult->setObjectName(QStringLiteral("rollBackResult"));
    m_rollBackResult->setWordWrap(true);
    m_rollBackResult->hide();
    connect(m_rollBack, &QPushButton::clicked, this, &RestoreResultPage::rollBack);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_report);
    layout->addWidget(m_rollBack, 0, Qt::AlignLeft);
    layout->addWidget(m_rollBackResult);
    layout->addStretch(1);
}

void RestoreResultPage::initializePage()
{
    m_rollBackResult->hide();
    const std::optional<RestoreEngine::Report> report = m_wizard->report();
    QString text;
    if (!report) {
        setTitle(tr("Nothing was restored"));
        text = m_wizard->failure();
    } else {
        setTitle(tr("Restored"));
        QStringList parts;
        for (const RestoreEngine::Part part : RestoreEngine::allParts()) {
            if (m_wizard->chosenParts().contains(part))
                parts.append(RestoreWizard::partTitle(part));
        }
        text =
            tr("Restored (%1) from %2.").arg(parts.join(QStringLiteral(", ")), m_wizard->origin());
        if (report->changes.isEmpty())
            text += u'\n' + tr("The backup matched the current state: nothing had to change.");
        if (!report->safetyBackup.isEmpty())
            text += u'\n'
                + tr("The state from before is kept in the safety backup %1; \"Roll back\" "
                     "restores it.")
                      .arg(report->safetyBackup);
        for (const QString &notice : report->notices)
            text += u'\n' + notice;
    }
    m_report->setText(text);
    m_report->setAccessibleName(text);
    const bool canRollBack = report && !report->safetyBackup.isEmpty();
    m_rollBack->setVisible(canRollBack);
    m_rollBack->setEnabled(canRollBack);
    // Finish has the focus, so Enter and Space both finish.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (QAbstractButton *finish = m_wizard->button(QWizard::FinishButton);
                finish && finish->isVisible())
                finish->setFocus(Qt::OtherFocusReason);
        },
        Qt::QueuedConnection);
}

void RestoreResultPage::rollBack()
{
    Prompts::Question question;
    question.title = tr("Roll back the restore");
    question.text = tr("Put back the state from before the restore?");
    question.detail = tr("Everything the restore changed goes back to how it was, from the "
                         "safety backup %1. Changes made since the restore are lost.")
                          .arg(m_wizard->report()->safetyBackup);
    question.acceptText = tr("&Roll back");
    question.rejectText = tr("&Keep the restore");
    if (!Prompts::ask(this, question))
        return;
    m_rollBack->setEnabled(false);
    setCursor(Qt::BusyCursor);
    const Core::Status done = m_wizard->rollBack();
    unsetCursor();
    const QString text = done
        ? tr("Rolled back: the state from before the restore is back (from %1).")
              .arg(m_wizard->report()->safetyBackup)
        : tr("The roll back failed: %1").arg(done.error().message);
    m_rollBackResult->setText(text);
    m_rollBackResult->setAccessibleName(text);
    m_rollBackResult->show();
    if (done)
        setTitle(tr("Rolled back"));
    else
        m_rollBack->setEnabled(true);
}

} // namespace Hubstate::Ui
