#pragma once

#include "core/backup/restoreengine.h"
#include "core/profile/profile.h"

#include <QWizard>
#include <functional>
#include <memory>
#include <optional>

namespace Hubstate::Core {
class PreferencesStore;
class SecretStore;
} // namespace Hubstate::Core

namespace Hubstate::Ui {

// The restore wizard (docs/admin-backup.md): source -> unlock -> preview -> scope ->
// confirmation -> progress -> result with "Roll back". Every step is RestoreEngine's; the
// wizard only shows what it will do before it does it. The program's own connections to the
// database and the settings are closed and reopened around the file swap through swapHooks.
class RestoreWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        SourcePage,
        UnlockPage,
        PreviewPage,
        ScopePage,
        ConfirmPage,
        ProgressPage,
        ResultPage
    };
    using Part = Core::RestoreEngine::Part;

    // `store` is the program's own (reopened after a restore); `secrets` may be null (no
    // keychain: only passwords open encrypted backups, secrets are not restored).
    RestoreWizard(const Core::Profile &profile, Core::PreferencesStore &store,
                  const Core::SecretStore *secrets, QWidget *parent = nullptr);
    ~RestoreWizard() override;

    // Called on the GUI thread right before the files are swapped and right after.
    void setSwapHooks(std::function<void()> beforeSwap, std::function<void()> afterSwap);
    // Reopens the program's store after a restore and announces every value that changed, so
    // that pages and the theme follow.
    static Core::Status reopenStore(Core::PreferencesStore &store);
    // Preselects a backup file on the source page (hubstate --restore FILE).
    void selectFile(const QString &file);
    // Preselects a backup of the catalog (Restore on a row of the Backups page).
    void selectCatalogBackup(const QString &destination, const QString &name);

    // The shared state of the pages.
    const Core::Profile &profile() const { return m_profile; }
    Core::PreferencesStore &store() const { return m_store; }
    const Core::SecretStore *secrets() const { return m_secrets; }
    Core::RestoreEngine &engine() { return *m_engine; }
    QString file() const { return m_file; }
    QString origin() const { return m_origin; }
    void setSource(const QString &file, const QString &origin);
    const Core::BackupManifest &manifest() const { return m_manifest; }
    void setStaged(const Core::BackupManifest &manifest, const Core::RestoreEngine::Preview &all);
    const Core::RestoreEngine::Preview &fullPreview() const { return m_preview; }
    QList<Part> availableParts() const; // what the backup holds, in order
    QSet<Part> chosenParts() const { return m_chosen; }
    void setChosenParts(const QSet<Part> &parts) { m_chosen = parts; }
    static QString partTitle(Part part); // translated

    // Applies the staged backup on a worker thread; `progress` gets each stage name and
    // returns false to cancel. Returns on the GUI thread once it is done.
    Core::Result<Core::RestoreEngine::Report>
    applyChosen(const std::function<bool(const QString &)> &progress);
    // Restores the safety backup of the last restore (no safety backup of its own).
    Core::Status rollBack();
    std::optional<Core::RestoreEngine::Report> report() const { return m_report; }
    QString failure() const { return m_failure; }
    void setOutcome(const Core::Result<Core::RestoreEngine::Report> &outcome);

    // The keys for an encrypted backup: the keychain's master key when there is one.
    Core::BackupReader::Keys keys(const QString &password) const;

Q_SIGNALS:
    // The restore ended (setOutcome): `message` says why when it failed.
    void restoreFinished(bool succeeded, const QString &file, const QString &message);

public Q_SLOTS:
    void reject() override; // ignored while the restore runs: it cannot be left half done

private:
    Core::RestoreEngine::Options swapOptions();

    Core::Profile m_profile;
    Core::PreferencesStore &m_store;
    const Core::SecretStore *m_secrets;
    std::unique_ptr<Core::PreferencesStore> m_engineStore; // the worker's own
    std::unique_ptr<Core::RestoreEngine> m_engine;
    std::function<void()> m_beforeSwap;
    std::function<void()> m_afterSwap;
    QString m_file;
    QString m_origin;
    Core::BackupManifest m_manifest;
    Core::RestoreEngine::Preview m_preview;
    QSet<Part> m_chosen;
    std::optional<Core::RestoreEngine::Report> m_report;
    QString m_failure;
};

} // namespace Hubstate::Ui
