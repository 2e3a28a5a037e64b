#pragma once

#include <QWizardPage>

class QLabel;

namespace Hubstate::Ui {

class RestoreWizard;

// Names exactly what will be overwritten, what stays, and the safety backup taken first.
// The commit page: "Restore" starts it and there is no going back to the earlier pages.
class RestoreConfirmPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RestoreConfirmPage(RestoreWizard *wizard);

    void initializePage() override;

private:
    RestoreWizard *m_wizard;
    QLabel *m_text;
};

} // namespace Hubstate::Ui
