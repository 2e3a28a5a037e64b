#pragma once

#include <QWizardPage>
#include <atomic>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Hubstate::Ui {

class RestoreWizard;

// The restore running on a worker thread: its stages, and a Cancel that is honoured up to
// the moment the files are swapped (after that the restore completes, or rolls forward at
// the next start from its journal).
class RestoreProgressPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RestoreProgressPage(RestoreWizard *wizard);

    void initializePage() override;
    bool isComplete() const override { return m_done; }
    bool isRunning() const { return m_running; }

private:
    void run();
    void showStage(const QString &stage);

    RestoreWizard *m_wizard;
    QLabel *m_stage;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    std::atomic<bool> m_cancelRequested = false;
    int m_stages = 0;
    bool m_running = false;
    bool m_done = false;
};

} // namespace Hubstate::Ui
