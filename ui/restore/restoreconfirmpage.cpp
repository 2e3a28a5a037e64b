#include "restoreconfirmpage.h"

#include "restorewizard.h"

#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Hubstate::Ui {

using Core::RestoreEngine;
using Kind = RestoreEngine::ItemChange::Kind;

RestoreConfirmPage::RestoreConfirmPage(RestoreWizard *wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("confirmPage"));
    setTitle(tr("Confirm the restore"));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Restore"));
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("confirmText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addStretch(1);
}

namespace {

QString counted(const QList<RestoreEngine::ItemChange> &changes)
{
    int added = 0, removed = 0, replaced = 0;
    for (const RestoreEngine::ItemChange &change : changes)
        (change.kind == Kind::Added ? added : change.kind == Kind::Removed ? removed : replaced)++;
    return RestoreConfirmPage::tr("%1 added, %2 removed, %3 replaced")
        .arg(added)
        .arg(removed)
        .arg(replaced);
}

} // namespace

void RestoreConfirmPage::initializePage()
{
    const QSet<RestoreEngine::Part> chosen = m_wizard->chosenParts();
    Core::Result<RestoreEngine::Preview> changes = m_wizard->engine().preview(chosen);
    const RestoreEngine::Preview preview = changes ? *changes : m_wizard->fullPreview();
    const Core::Profile &profile = m_wizard->profile();
    QStringList overwritten;
    QStringList kept;
    for (const RestoreEngine::Part part : RestoreEngine::allParts()) {
        const QString title = RestoreWizard::partTitle(part);
        if (!chosen.contains(part)) {
            if (m_wizard->availableParts().contains(part))
                kept.append(title);
            continue;
        }
        QString line;
        switch (part) {
        case RestoreEngine::Part::Settings:
            line = tr("<b>Settings</b>: the settings file %1 is replaced (settings that "
                      "change: %2).")
                       .arg(profile.settingsFile().toHtmlEscaped())
                       .arg(preview.settings.size());
            break;
        case RestoreEngine::Part::Layouts:
            line = tr("<b>Layouts</b> in the database: %1.").arg(counted(preview.layouts));
            break;
        case RestoreEngine::Part::Agents:
            line = tr("<b>Agents</b> in the database: %1.").arg(counted(preview.agents));
            break;
        case RestoreEngine::Part::History:
            line = tr("<b>History</b>: all conversations and messages are replaced (%1 "
                      "conversations and %2 messages now, %3 and %4 after).")
                       .arg(preview.countsBefore.value(QStringLiteral("conversations")))
                       .arg(preview.countsBefore.value(QStringLiteral("messages")))
                       .arg(preview.countsAfter.value(QStringLiteral("conversations")))
                       .arg(preview.countsAfter.value(QStringLiteral("messages")));
            break;
        case RestoreEngine::Part::Secrets:
            line = tr("<b>Secrets</b> written to the keychain: %1.")
                       .arg(preview.secrets.join(QStringLiteral(", ")).toHtmlEscaped());
            // The wizard never swaps the key later backups are sealed with.
            if (preview.holdsBackupKey)
                line +=
                    u' ' + tr("The backup also holds a backup key; this profile keeps its own.");
            break;
        }
        overwritten.append(QStringLiteral("<li>%1</li>").arg(line));
    }
    QString html =
        tr("<p>Restoring from %1 overwrites:</p>").arg(m_wizard->origin().toHtmlEscaped())
        + QStringLiteral("<ul>") + overwritten.join(QString()) + QStringLiteral("</ul>");
    if (!kept.isEmpty())
        html += tr("<p>Kept as they are now: %1.</p>").arg(kept.join(QStringLiteral(", ")));
    html += tr("<p>First, a <b>safety backup</b> of the whole current state is written to %1. "
               "If the restore fails, nothing changes; once it is done, the last page offers to "
               "roll back to that safety backup.</p>")
                .arg(profile.backupDirectory().toHtmlEscaped());
    m_text->setText(html);
    m_text->setAccessibleName(tr("What the restore overwrites"));
    m_text->setAccessibleDescription(
        QString(html).remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
}

} // namespace Hubstate::Ui
