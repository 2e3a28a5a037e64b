#include "recoverybanner.h"

#include "ui/common/messagelook.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>

namespace Hubstate::Ui {

RecoveryBanner::RecoveryBanner(const Core::Recovery::Outcome &outcome, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("recoveryBanner"));
    // The colours of the Backups page's warning, readable in light and dark themes alike.
    MessageLook::markWarning(this);

    QString text = outcome.restoredFrom.isEmpty()
        ? tr("Hubstate started empty after finding damage: default settings, and no layouts, "
             "agents or history.")
        : tr("Hubstate found damage at start-up and put your data back from %1.")
              .arg(outcome.restoredFrom);
    if (!outcome.movedAside.isEmpty())
        text += u' ' + tr("The damaged files were moved to %1.").arg(outcome.movedAside);
    m_text = new QLabel(text, this);
    m_text->setObjectName(QStringLiteral("recoveryBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAccessibleName(tr("Recovery"));
    setAccessibleDescription(text);

    auto *openFolder = new QPushButton(tr("Open the &folder"), this);
    openFolder->setObjectName(QStringLiteral("openDamagedFolder"));
    openFolder->setAccessibleName(tr("Open the folder of the damaged files"));
    openFolder->setVisible(!outcome.movedAside.isEmpty());
    const QString folder = outcome.movedAside;
    connect(openFolder, &QPushButton::clicked, this,
            [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    auto *restore = new QPushButton(tr("Restore a &backup…"), this);
    restore->setObjectName(QStringLiteral("bannerRestore"));
    restore->setAccessibleName(tr("Restore a backup"));
    connect(restore, &QPushButton::clicked, this, &RecoveryBanner::restoreRequested);
    auto *dismiss = new QPushButton(tr("Dis&miss"), this);
    dismiss->setObjectName(QStringLiteral("dismissRecoveryBanner"));
    dismiss->setAccessibleName(tr("Dismiss the recovery message"));
    connect(dismiss, &QPushButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(openFolder);
    layout->addWidget(restore);
    layout->addWidget(dismiss);
}

QString RecoveryBanner::text() const
{
    return m_text->text();
}

} // namespace Hubstate::Ui
