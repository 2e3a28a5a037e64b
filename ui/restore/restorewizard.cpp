#include "restorewizard.h"

#include "backgroundtask.h"
#include "core/secrets/backupkeys.h"
#include "core/settings/preferencesstore.h"
#include "core/settings/settingsschema.h"
#include "restoreconfirmpage.h"
#include "restorepreviewpage.h"
#include "restoreprogresspage.h"
#include "restoreresultpage.h"
#include "restorescopepage.h"
#include "restoresourcepage.h"
#include "restoreunlockpage.h"

#include <QAbstractButton>
#include <QCloseEvent>

namespace Hubstate::Ui {

using Core::RestoreEngine;

RestoreWizard::RestoreWizard(const Core::Profile &profile, Core::PreferencesStore &store,
                             const Core::SecretStore *secrets, QWidget *parent)
    : QWizard(parent)
    , m_profile(profile)
    , m_store(store)
    , m_secrets(secrets)
    , m_engineStore(std::make_unique<Core::PreferencesStore>(profile, Core::Profile::policyFiles()))
    , m_engine(std::make_unique<RestoreEngine>(profile, m_engineStore.get(), secrets))
{
    setObjectName(QStringLiteral("restoreWizard"));
    setWindowTitle(tr("Restore from backup"));
    setAccessibleName(tr("Restore from backup"));
    // The same look everywhere (and in the documentation's pictures).
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(SourcePage, new RestoreSourcePage(this));
    setPage(UnlockPage, new RestoreUnlockPage(this));
    setPage(PreviewPage, new RestorePreviewPage(this));
    setPage(ScopePage, new RestoreScopePage(this));
    setPage(ConfirmPage, new RestoreConfirmPage(this));
    setPage(ProgressPage, new RestoreProgressPage(this));
    setPage(ResultPage, new RestoreResultPage(this));
    setStartId(SourcePage);
    const QList<std::pair<WizardButton, QString>> names{
        {BackButton, tr("Back")},     {NextButton, tr("Next")},     {CommitButton, tr("Restore")},
        {FinishButton, tr("Finish")}, {CancelButton, tr("Cancel")},
    };
    for (const auto &[which, name] : names) {
        button(which)->setAccessibleName(name);
        button(which)->setObjectName(QStringLiteral("wizardButton%1").arg(int(which)));
    }
    resize(820, 600);
}

RestoreWizard::~RestoreWizard() = default;

void RestoreWizard::reject()
{
    if (static_cast<RestoreProgressPage *>(page(ProgressPage))->isRunning())
        return;
    QWizard::reject();
}

void RestoreWizard::setSwapHooks(std::function<void()> beforeSwap, std::function<void()> afterSwap)
{
    m_beforeSwap = std::move(beforeSwap);
    m_afterSwap = std::move(afterSwap);
}

Core::Status RestoreWizard::reopenStore(Core::PreferencesStore &store)
{
    QMap<QString, QVariant> before;
    for (const Core::SettingDefinition &definition : Core::SettingsSchema::instance().settings())
        before.insert(definition.key, store.value(definition.key));
    if (Core::Status opened = store.open(); !opened)
        return opened;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const QVariant now = store.value(it.key());
        if (now != it.value())
            Q_EMIT store.valueChanged(it.key(), now);
    }
    return {};
}

void RestoreWizard::selectFile(const QString &file)
{
    static_cast<RestoreSourcePage *>(page(SourcePage))->selectFile(file);
}

void RestoreWizard::selectCatalogBackup(const QString &destination, const QString &name)
{
    static_cast<RestoreSourcePage *>(page(SourcePage))->selectCatalogBackup(destination, name);
}

void RestoreWizard::setSource(const QString &file, const QString &origin)
{
    m_file = file;
    m_origin = origin;
}

void RestoreWizard::setStaged(const Core::BackupManifest &manifest,
                              const RestoreEngine::Preview &all)
{
    m_manifest = manifest;
    m_preview = all;
    const QList<Part> parts = availableParts();
    m_chosen = QSet<Part>(parts.cbegin(), parts.cend());
}

QList<RestoreWizard::Part> RestoreWizard::availableParts() const
{
    QList<Part> parts;
    if (m_manifest.entry(Core::BackupManifest::settingsEntry()))
        parts.append(Part::Settings);
    parts.append({Part::Layouts, Part::Agents, Part::History});
    if (m_manifest.includesSecrets && m_secrets)
        parts.append(Part::Secrets);
    return parts;
}

QString RestoreWizard::partTitle(Part part)
{
    switch (part) {
    case Part::Settings: return tr("Settings");
    case Part::Layouts: return tr("Layouts");
    case Part::Agents: return tr("Agents");
    case Part::History: return tr("History");
    case Part::Secrets: return tr("Secrets");
    }
    return {};
}

Core::BackupReader::Keys RestoreWizard::keys(const QString &password) const
{
    Core::BackupReader::Keys keys;
    keys.password = password;
    if (m_secrets) {
        if (Core::Result<Core::BackupKeys::Keys> stored = Core::BackupKeys(*m_secrets).load())
            keys.masterKey = stored->masterKey;
    }
    return keys;
}

RestoreEngine::Options RestoreWizard::swapOptions()
{
    RestoreEngine::Options options;
    // The hooks touch the program's connections, which belong to the GUI thread.
    options.beforeSwap = [this] {
        if (m_beforeSwap)
            QMetaObject::invokeMethod(this, m_beforeSwap, Qt::BlockingQueuedConnection);
    };
    options.afterSwap = [this] {
        if (m_afterSwap)
            QMetaObject::invokeMethod(this, m_afterSwap, Qt::BlockingQueuedConnection);
    };
    return options;
}

Core::Result<RestoreEngine::Report>
RestoreWizard::applyChosen(const std::function<bool(const QString &)> &progress)
{
    if (Core::Status opened = m_engineStore->open(); !opened)
        return opened.error();
    RestoreEngine::Options options = swapOptions();
    options.parts = m_chosen;
    options.progress = progress;
    std::optional<Core::Result<RestoreEngine::Report>> outcome;
    runInBackground([&] { outcome = m_engine->apply(m_chosen, options); }, true);
    return *outcome;
}

void RestoreWizard::setOutcome(const Core::Result<RestoreEngine::Report> &outcome)
{
    m_report.reset();
    m_failure.clear();
    if (outcome)
        m_report = *outcome;
    else
        m_failure = outcome.error().message;
    Q_EMIT restoreFinished(outcome.ok(), m_file, m_failure);
}

Core::Status RestoreWizard::rollBack()
{
    if (!m_report || m_report->safetyBackup.isEmpty())
        return Core::Error::invalidInput(tr("There is no safety backup to roll back to."));
    const QString safety = m_report->safetyBackup;
    RestoreEngine engine(m_profile, m_engineStore.get(), m_secrets);
    RestoreEngine::Options options = swapOptions();
    options.safetyBackup = false;
    const Core::BackupReader::Keys readingKeys = keys({});
    std::optional<Core::Status> outcome;
    runInBackground(
        [&] {
            Core::Result<Core::BackupManifest> staged = engine.stage(safety, readingKeys);
            if (!staged) {
                outcome = Core::Status(staged.error());
                return;
            }
            QSet<Part> parts = m_chosen;
            if (!staged->includesSecrets)
                parts.remove(Part::Secrets);
            if (!staged->entry(Core::BackupManifest::settingsEntry()))
                parts.remove(Part::Settings);
            options.parts = parts;
            Core::Result<RestoreEngine::Report> applied = engine.apply(parts, options);
            outcome = applied ? Core::Status() : Core::Status(applied.error());
        },
        false);
    return *outcome;
}

} // namespace Hubstate::Ui
