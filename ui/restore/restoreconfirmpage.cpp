#include "restoreconfirmpage.h"

#include "core/settings/settingsschema.h"
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

// "adds “Workspace 2”; removes “Scratch”": the items by name, a long list cut short.
QString named(const QList<RestoreEngine::ItemChange> &changes)
{
    constexpr int kNamed = 8;
    const auto names = [&](Kind kind) {
        QStringList found;
        for (const RestoreEngine::ItemChange &change : changes) {
            if (change.kind == kind)
                found.append(RestoreConfirmPage::tr("“%1”").arg(
                    (change.name.isEmpty() ? change.id : change.name).toHtmlEscaped()));
        }
        if (found.size() > kNamed) {
            const qsizetype more = found.size() - kNamed;
            found = found.mid(0, kNamed);
            found.append(RestoreConfirmPage::tr("and %1 more").arg(more));
        }
        return found.join(QStringLiteral(", "));
    };
    QStringList parts;
    if (const QString added = names(Kind::Added); !added.isEmpty())
        parts.append(RestoreConfirmPage::tr("adds %1").arg(added));
    if (const QString removed = names(Kind::Removed); !removed.isEmpty())
        parts.append(RestoreConfirmPage::tr("removes %1").arg(removed));
    if (const QString changed = names(Kind::Changed); !changed.isEmpty())
        parts.append(RestoreConfirmPage::tr("puts back the backup's version of %1").arg(changed));
    return parts.isEmpty() ? RestoreConfirmPage::tr("nothing changes")
                           : parts.join(QStringLiteral("; "));
}

QString changedSettings(const QList<RestoreEngine::SettingChange> &changes)
{
    constexpr int kNamed = 8;
    if (changes.isEmpty())
        return RestoreConfirmPage::tr("no setting changes");
    QStringList labels;
    for (const RestoreEngine::SettingChange &change : changes) {
        const Core::SettingDefinition *definition =
            Core::SettingsSchema::instance().find(change.key);
        labels.append((definition ? definition->translatedLabel() : change.key).toHtmlEscaped());
    }
    if (labels.size() > kNamed) {
        const qsizetype more = labels.size() - kNamed;
        labels = labels.mid(0, kNamed);
        labels.append(RestoreConfirmPage::tr("and %1 more").arg(more));
    }
    return (changes.size() == 1
                ? RestoreConfirmPage::tr("1 setting changes: %1")
                : RestoreConfirmPage::tr("%1 settings change: %2").arg(changes.size()))
        .arg(labels.join(QStringLiteral(", ")));
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
            line =
                tr("<b>Settings</b>: the settings file %1 is replaced (%2).")
                    .arg(profile.settingsFile().toHtmlEscaped(), changedSettings(preview.settings));
            break;
        case RestoreEngine::Part::Layouts:
            line = tr("<b>Layouts</b>: %1.").arg(named(preview.layouts));
            break;
        case RestoreEngine::Part::Agents:
            line = tr("<b>Agents</b>: %1.").arg(named(preview.agents));
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
