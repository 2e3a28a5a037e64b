#pragma once

#include "core/backup/recovery.h"

#include <QFrame>

class QLabel;

namespace Hubstate::Ui {

// A band across the top of the main window after a start-up recovery: what happened (put
// back from a backup, or started empty) and where the damaged files went, with buttons to
// open that folder, to restore another backup, and to dismiss it. It stays until dismissed.
class RecoveryBanner : public QFrame
{
    Q_OBJECT

public:
    explicit RecoveryBanner(const Core::Recovery::Outcome &outcome, QWidget *parent = nullptr);

    QString text() const;

Q_SIGNALS:
    void restoreRequested();

private:
    QLabel *m_text;
};

} // namespace Hubstate::Ui
