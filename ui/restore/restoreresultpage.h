#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace Hubstate::Ui {

class RestoreWizard;

// What the restore did, where the safety backup is, and "Roll back" to it.
class RestoreResultPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RestoreResultPage(RestoreWizard *wizard);

    void initializePage() override;

private:
    void rollBack();

    RestoreWizard *m_wizard;
    QLabel *m_report;
    QPushButton *m_rollBack;
    QLabel *m_rollBackResult;
};

} // namespace Hubstate::Ui
