#include "restoreprogresspage.h"

#include "restorewizard.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Hubstate::Ui {

namespace {
constexpr int kStages = 3; // safety backup, prepare, restore (RestoreEngine::Options::progress)
}

RestoreProgressPage::RestoreProgressPage(RestoreWizard *wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("progressPage"));
    setTitle(tr("Restoring"));
    m_stage = new QLabel;
    m_stage->setObjectName(QStringLiteral("progressStage"));
    m_stage->setWordWrap(true);
    m_bar = new QProgressBar;
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_bar->setAccessibleName(tr("Restore progress"));
    m_bar->setRange(0, kStages + 1);
    m_cancel = new QPushButton(tr("&Cancel the restore"));
    m_cancel->setObjectName(QStringLiteral("cancelRestoreButton"));
    m_cancel->setAccessibleName(tr("Cancel the restore"));
    m_cancel->setToolTip(tr("Honoured until the files are swapped; nothing changes then."));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancelRequested = true;
        m_cancel->setEnabled(false);
        m_stage->setText(tr("Cancelling: the restore stops before it changes anything…"));
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stage);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addStretch(1);
}

void RestoreProgressPage::initializePage()
{
    m_done = false;
    m_stages = 0;
    m_cancelRequested = false;
    m_bar->setValue(0);
    m_cancel->setEnabled(true);
    m_stage->setText(tr("Starting…"));
    m_cancel->setFocus();
    // Shown first, then started: a Cancel pressed at once is honoured before anything runs.
    QTimer::singleShot(0, this, &RestoreProgressPage::run);
}

void RestoreProgressPage::showStage(const QString &stage)
{
    m_bar->setValue(++m_stages);
    m_stage->setText(tr("Step %1 of %2: %3").arg(m_stages).arg(kStages).arg(stage));
    m_stage->setAccessibleName(m_stage->text());
}

void RestoreProgressPage::run()
{
    m_running = true;
    m_wizard->button(QWizard::CancelButton)->setEnabled(false);
    const auto result = m_wizard->applyChosen([this](const QString &stage) {
        QMetaObject::invokeMethod(
            this, [this, stage] { showStage(stage); }, Qt::QueuedConnection);
        return !m_cancelRequested.load();
    });
    m_running = false;
    m_wizard->setOutcome(result);
    m_bar->setValue(kStages + 1);
    m_cancel->setEnabled(false);
    m_wizard->button(QWizard::CancelButton)->setEnabled(true);
    m_done = true;
    Q_EMIT completeChanged();
    m_wizard->next();
}

} // namespace Hubstate::Ui
