#include "restorescopepage.h"

#include "restorewizard.h"

#include <QCheckBox>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Hubstate::Ui {

using Core::RestoreEngine;

RestoreScopePage::RestoreScopePage(RestoreWizard *wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("scopePage"));
    setTitle(tr("What to restore"));
    setSubTitle(tr("Parts left out stay exactly as they are now."));

    m_everything = new QRadioButton(tr("&Everything this backup holds"));
    m_everything->setObjectName(QStringLiteral("everythingChoice"));
    m_everything->setAccessibleName(tr("Everything this backup holds"));
    m_some = new QRadioButton(tr("&Only these parts:"));
    m_some->setObjectName(QStringLiteral("someChoice"));
    m_some->setAccessibleName(tr("Only these parts"));
    m_everything->setChecked(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_everything);
    layout->addWidget(m_some);
    auto *partsLayout = new QVBoxLayout;
    partsLayout->setContentsMargins(24, 0, 0, 0); // under "Only these parts"
    layout->addLayout(partsLayout);
    const QList<std::pair<RestoreEngine::Part, QString>> parts{
        {RestoreEngine::Part::Settings, tr("&Settings")},
        {RestoreEngine::Part::Layouts, tr("&Layouts")},
        {RestoreEngine::Part::Agents, tr("&Agents")},
        {RestoreEngine::Part::History, tr("&History (conversations and messages)")},
        {RestoreEngine::Part::Secrets, tr("Se&crets (written to the keychain)")},
    };
    for (const auto &[part, text] : parts) {
        auto *box = new QCheckBox(text);
        box->setObjectName(RestoreEngine::partName(part) + QStringLiteral("Part"));
        box->setAccessibleName(RestoreWizard::partTitle(part));
        box->setEnabled(false);
        box->setProperty("label", text);
        partsLayout->addWidget(box);
        m_parts.insert(part, box);
        connect(box, &QCheckBox::toggled, this, [this](bool on) {
            if (on)
                m_some->setChecked(true);
            Q_EMIT completeChanged();
        });
    }
    layout->addStretch(1);
    connect(m_everything, &QRadioButton::toggled, this, [this] { Q_EMIT completeChanged(); });
}

void RestoreScopePage::initializePage()
{
    const QList<RestoreEngine::Part> available = m_wizard->availableParts();
    const QSet<RestoreEngine::Part> chosen = m_wizard->chosenParts();
    for (auto it = m_parts.cbegin(); it != m_parts.cend(); ++it) {
        const bool held = available.contains(it.key());
        it.value()->setEnabled(held);
        const QSignalBlocker quiet(it.value());
        it.value()->setChecked(held && chosen.contains(it.key()));
        const QString label = it.value()->property("label").toString();
        if (held) {
            it.value()->setText(label);
            it.value()->setAccessibleDescription(QString());
        } else {
            const QString why =
                it.key() == RestoreEngine::Part::Secrets && m_wizard->manifest().includesSecrets
                ? tr("not available: no keychain to write the secrets to")
                : tr("not available: this backup does not hold them");
            it.value()->setText(tr("%1 (%2)").arg(label, why));
            it.value()->setAccessibleDescription(why);
        }
    }
    (chosen.size() == available.size() ? m_everything : m_some)->setChecked(true);
}

QSet<RestoreEngine::Part> RestoreScopePage::chosen() const
{
    QSet<RestoreEngine::Part> parts;
    const QList<RestoreEngine::Part> available = m_wizard->availableParts();
    for (auto it = m_parts.cbegin(); it != m_parts.cend(); ++it) {
        if (available.contains(it.key()) && (m_everything->isChecked() || it.value()->isChecked()))
            parts.insert(it.key());
    }
    return parts;
}

bool RestoreScopePage::isComplete() const
{
    return !chosen().isEmpty();
}

bool RestoreScopePage::validatePage()
{
    m_wizard->setChosenParts(chosen());
    return true;
}

} // namespace Hubstate::Ui
