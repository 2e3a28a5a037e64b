#pragma once

#include "core/profile/profile.h"

#include <QObject>
#include <QVariant>
#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace Hubstate::Core {
class BackupEngine;
class PreferencesStore;
class SecretStore;
} // namespace Hubstate::Core

namespace Hubstate::Ui {

// Runs one backup operation at a time (back up, list, verify, delete, test a connection, store
// a password) on a thread of its own, so the window never waits for a disk, a server or the
// keychain. As BackupScheduler does, the thread opens its own preferences store, keychain
// connection and engine; progress and the outcome come back to the GUI thread as signals.
class BackupJob : public QObject
{
    Q_OBJECT

public:
    // What the work sees, all of it living on the worker thread.
    struct Context
    {
        const Core::Profile &profile;
        Core::PreferencesStore &settings;
        const Core::SecretStore &secrets;
        Core::BackupEngine &engine;
        // Forwards progress to the GUI; false once Cancel was pressed.
        std::function<bool(const QString &stage, qint64 done, qint64 total)> progress;
    };
    struct Outcome
    {
        bool succeeded = false;
        QString message; // translated, shown to the user
        QVariant value; // what the work hands back, if anything
    };
    using Work = std::function<Outcome(Context &)>;

    explicit BackupJob(Core::Profile profile, QObject *parent = nullptr);
    ~BackupJob() override; // waits for the work to end

    bool isRunning() const { return m_thread != nullptr; }
    QString kind() const { return m_kind; }
    // Starts `work` (named `kind` for the finished signal); false while another job runs.
    bool start(const QString &kind, Work work);
    // Asks the work to stop at its next progress report.
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

Q_SIGNALS:
    void started(const QString &kind);
    void progressed(const QString &stage, qint64 done, qint64 total);
    void finished(const QString &kind, const Hubstate::Ui::BackupJob::Outcome &outcome);

private:
    Core::Profile m_profile;
    QThread *m_thread = nullptr;
    QString m_kind;
    std::atomic<bool> m_cancelled{false};
};

} // namespace Hubstate::Ui
