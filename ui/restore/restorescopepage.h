#pragma once

#include "core/backup/restoreengine.h"

#include <QMap>
#include <QWizardPage>

class QCheckBox;
class QRadioButton;

namespace Hubstate::Ui {

class RestoreWizard;

// Everything, or only the parts chosen. Only what the backup holds can be chosen; the rest
// stays listed, unavailable, with the reason.
class RestoreScopePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RestoreScopePage(RestoreWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    QSet<Core::RestoreEngine::Part> chosen() const;

    RestoreWizard *m_wizard;
    QRadioButton *m_everything;
    QRadioButton *m_some;
    QMap<Core::RestoreEngine::Part, QCheckBox *> m_parts;
};

} // namespace Hubstate::Ui
