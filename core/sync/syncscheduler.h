#pragma once

#include "core/common/result.h"
#include "core/profile/profile.h"
#include "core/sync/syncengine.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QVariant>
#include <chrono>
#include <functional>
#include <optional>

class QThread;
class QTimer;

namespace Hubstate::Core {

class PreferencesStore;
class SecretStore;
class StateDatabase;

// Decides when this profile syncs while the window is open, and runs each sync on a thread of
// its own with its own preferences store, database connection, keychain connection and
// SyncEngine (the engine is synchronous and may wait for a server): at start when sync is set
// up and sync.enabled, a few seconds after the last of a burst of local changes, every
// sync.interval, and on demand. Never two at once: the panel's other engine calls (set up,
// resolve, rename, leave) queue behind a running sync on the same worker.
//
// A sync that fails on the server or the network (OperationFailed) is tried again up to
// sync.retryAttempts times after sync.retryDelay * 2^n, each delay moved by up to 20% at
// random so that devices do not retry in step; after that the state is Offline until the next
// interval. Other failures (a wrong key, a store that is not this device's) and syncs that
// refused files or records (tampered, invalid) are Error and are not retried early.
//
// The changes a sync writes come back through the profile monitor like anyone's. They are told
// apart by time: a change seen while a sync runs, or for `settle` after, counts only when that
// sync applied nothing here.
class SyncScheduler : public QObject
{
    Q_OBJECT

public:
    enum class State {
        NotConfigured, // no sync store joined
        Paused, // joined, sync.enabled off: only on demand
        Idle, // the last sync completed
        Syncing,
        Offline, // the store cannot be reached: retried with back-off, then at the interval
        Error, // the last sync failed otherwise (see lastError)
        Conflicts, // the last sync completed and conflicts wait for the user
    };
    Q_ENUM(State)

    struct Timing
    {
        std::chrono::milliseconds debounce{3000}; // after the last local change
        std::chrono::milliseconds maxDebounce{30000}; // a stream of changes syncs at least this often
        std::chrono::milliseconds settle{2000}; // after a sync, changes are taken as its own
    };

    // What work on the worker thread sees, all of it opened there.
    struct Context
    {
        const Profile &profile;
        PreferencesStore &settings;
        StateDatabase &database;
        const SecretStore &secrets;
        SyncEngine &engine;
    };
    struct Outcome
    {
        Status status;
        QVariant value; // what the work hands back, if anything
    };
    using Task = std::function<Outcome(Context &)>;
    using SyncRun = std::function<Result<SyncEngine::Report>(Context &)>;
    using Clock = std::function<QDateTime()>;
    using Jitter = std::function<double()>; // in [-1, 1]

    SyncScheduler(Profile profile, const PreferencesStore &settings, QObject *parent = nullptr);
    ~SyncScheduler() override; // waits for the running work to end

    // Seams for tests.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setJitter(Jitter jitter) { m_jitter = std::move(jitter); }
    void setTiming(Timing timing) { m_timing = timing; }
    void setEngineOptions(SyncEngine::Options options) { m_options = std::move(options); }
    // Replaces engine.syncNow() (still on the worker, with everything opened).
    void setSyncRun(SyncRun run) { m_syncRun = std::move(run); }

    // Reads the engine's status, then syncs when set up and enabled; arms the triggers.
    void start();

    State state() const { return m_state; }
    static QString stateName(State state); // stable: not-configured | paused | idle | ...
    bool isConfigured() const { return m_status.configured; }
    bool isSyncing() const { return m_state == State::Syncing; }
    // True while the worker runs anything (a sync or a task).
    bool isBusy() const { return m_worker != nullptr; }
    const SyncEngine::Status_ &status() const { return m_status; }
    const std::optional<SyncEngine::Report> &lastReport() const { return m_lastReport; }
    // Why the last sync failed (empty after one that completed).
    QString lastError() const { return m_lastError; }
    // When the next automatic sync (or retry) runs; invalid when none is planned.
    QDateTime nextRun() const { return m_nextRun; }
    // The retry that comes next (1-based); 0 when not retrying.
    int retryAttempt() const { return m_retry; }
    // How long retry `attempt` (0-based) waits, jitter included.
    std::chrono::milliseconds retryDelay(int attempt) const;

    // Runs `task` on the worker once nothing else runs there; taskFinished tells the outcome.
    // With `syncAfter`, a sync follows when the task succeeded (to send what it changed).
    void perform(const QString &kind, Task task, bool syncAfter = false);

public Q_SLOTS:
    // A sync now (a running one is followed by another); a retry wait is cut short.
    void syncNow();
    // Something syncable changed here: a sync follows `debounce` after the last such call.
    void localChange();
    // Reads the engine's status and conflicts count again (after the CLI changed them).
    void refresh();

Q_SIGNALS:
    void stateChanged(Hubstate::Core::SyncScheduler::State state);
    // Anything shown changed: status, report, error, next run.
    void changed();
    void syncStarted();
    void syncFinished(bool succeeded, const QString &message);
    void taskStarted(const QString &kind);
    void taskFinished(const QString &kind, const Hubstate::Core::SyncScheduler::Outcome &outcome);

private:
    enum class JobKind { Sync, Refresh, Task };
    struct Job
    {
        JobKind kind = JobKind::Refresh;
        QString taskKind;
        Task task;
        bool syncAfter = false;
        bool onlyWhenConfigured = false; // the sync at start
    };
    struct Finished; // what the worker hands back

    bool enabled() const;
    void enqueue(Job job);
    void runNext();
    void jobFinished(const Job &job, const Finished &finished);
    void syncFinishedWith(const Result<SyncEngine::Report> &result);
    void planNext(std::chrono::milliseconds delay);
    void planInterval();
    void cancelPlan();
    void setState(State state);
    State restingState() const;
    void settingChanged(const QString &key);
    bool hasQueuedSync() const;

    Profile m_profile;
    const PreferencesStore &m_settings;
    Clock m_clock;
    Jitter m_jitter;
    Timing m_timing;
    SyncEngine::Options m_options;
    SyncRun m_syncRun;
    QTimer *m_next; // the next automatic sync or retry
    QTimer *m_debounce;
    QThread *m_worker = nullptr;
    QList<Job> m_queue;
    State m_state = State::NotConfigured;
    SyncEngine::Status_ m_status;
    std::optional<SyncEngine::Report> m_lastReport;
    QString m_lastError;
    QDateTime m_nextRun;
    bool m_started = false;
    bool m_statusRead = false;
    bool m_failed = false; // the last sync failed (state Offline or Error)
    bool m_offline = false;
    int m_retry = 0;
    bool m_changeWhileSyncing = false;
    bool m_lastApplied = false; // the last sync changed something here
    QDateTime m_settleUntil;
    QDateTime m_firstChange; // of the burst the debounce waits out
};

} // namespace Hubstate::Core

Q_DECLARE_METATYPE(Hubstate::Core::SyncScheduler::Outcome)
