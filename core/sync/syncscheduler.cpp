#include "syncscheduler.h"

#include "core/secrets/secretstore.h"
#include "core/settings/preferencesstore.h"
#include "core/state/statedatabase.h"

#include <QRandomGenerator>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <limits>

namespace Hubstate::Core {

namespace {

const QString enabledKey = QStringLiteral("sync.enabled");
const QString intervalKey = QStringLiteral("sync.interval");
const QString attemptsKey = QStringLiteral("sync.retryAttempts");
const QString delayKey = QStringLiteral("sync.retryDelay");

// A delay a QTimer can hold.
std::chrono::milliseconds timerDelay(qint64 ms)
{
    return std::chrono::milliseconds(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max()));
}

} // namespace

// What the worker hands back to the GUI thread.
struct SyncScheduler::Finished
{
    Status opened; // the stores the work needs
    bool configured = false;
    std::optional<Result<SyncEngine::Report>> sync; // absent: nothing to sync (not set up)
    std::optional<Outcome> task;
    std::optional<Result<SyncEngine::Status_>> status;
};

SyncScheduler::SyncScheduler(Profile profile, const PreferencesStore &settings, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_settings(settings)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_jitter([] { return QRandomGenerator::global()->generateDouble() * 2.0 - 1.0; })
    , m_next(new QTimer(this))
    , m_debounce(new QTimer(this))
{
    qRegisterMetaType<Outcome>();
    m_next->setSingleShot(true);
    m_debounce->setSingleShot(true);
    connect(m_next, &QTimer::timeout, this, [this] {
        m_nextRun = QDateTime();
        enqueue({JobKind::Sync, {}, {}, false});
    });
    connect(m_debounce, &QTimer::timeout, this, [this] {
        m_firstChange = QDateTime();
        enqueue({JobKind::Sync, {}, {}, false});
    });
    connect(&m_settings, &PreferencesStore::valueChanged, this, &SyncScheduler::settingChanged);
}

SyncScheduler::~SyncScheduler()
{
    m_queue.clear();
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

QString SyncScheduler::stateName(State state)
{
    switch (state) {
    case State::NotConfigured: return QStringLiteral("not-configured");
    case State::Paused: return QStringLiteral("paused");
    case State::Idle: return QStringLiteral("idle");
    case State::Syncing: return QStringLiteral("syncing");
    case State::Offline: return QStringLiteral("offline");
    case State::Error: return QStringLiteral("error");
    case State::Conflicts: return QStringLiteral("conflicts");
    }
    return {};
}

bool SyncScheduler::enabled() const
{
    return m_settings.value(enabledKey).toBool();
}

void SyncScheduler::start()
{
    if (m_started)
        return;
    m_started = true;
    // The first status read decides whether a sync follows (jobFinished).
    enqueue({JobKind::Refresh, {}, {}, false});
}

std::chrono::milliseconds SyncScheduler::retryDelay(int attempt) const
{
    const double base = double(m_settings.value(delayKey).toLongLong());
    const double jitter = std::clamp(m_jitter ? m_jitter() : 0.0, -1.0, 1.0);
    const double delay = base * std::ldexp(1.0, std::clamp(attempt, 0, 30)) * (1.0 + 0.2 * jitter);
    // No retry waits past the interval, at which a sync runs anyway.
    const double interval = double(m_settings.value(intervalKey).toLongLong());
    return timerDelay(qint64(std::min(delay, std::max(interval, base))));
}

void SyncScheduler::perform(const QString &kind, Task task, bool syncAfter)
{
    enqueue({JobKind::Task, kind, std::move(task), syncAfter});
}

void SyncScheduler::syncNow()
{
    m_debounce->stop();
    m_firstChange = QDateTime();
    m_retry = 0; // asked for: a fresh start, not the next step of a back-off
    cancelPlan();
    enqueue({JobKind::Sync, {}, {}, false});
}

void SyncScheduler::refresh()
{
    for (const Job &job : std::as_const(m_queue)) {
        if (job.kind == JobKind::Refresh)
            return;
    }
    enqueue({JobKind::Refresh, {}, {}, false});
}

void SyncScheduler::localChange()
{
    if (!m_started || !m_status.configured || !enabled())
        return;
    // Offline: the change waits in the outbox for the next interval rather than knocking on a
    // store that does not answer at every edit.
    if (m_offline)
        return;
    if (m_worker) {
        m_changeWhileSyncing = true; // decided when the work has ended
        return;
    }
    const QDateTime now = m_clock();
    if (m_lastApplied && m_settleUntil.isValid() && now < m_settleUntil)
        return; // the echo of what the last sync or task wrote
    if (hasQueuedSync())
        return;
    if (!m_debounce->isActive()) {
        m_firstChange = now;
    } else if (m_firstChange.msecsTo(now) + m_timing.debounce.count()
               > m_timing.maxDebounce.count()) {
        return; // a stream of edits: let the timer run out
    }
    m_debounce->start(m_timing.debounce);
}

bool SyncScheduler::hasQueuedSync() const
{
    return std::any_of(m_queue.cbegin(), m_queue.cend(),
                       [](const Job &job) { return job.kind == JobKind::Sync; });
}

void SyncScheduler::enqueue(Job job)
{
    if (job.kind == JobKind::Sync && hasQueuedSync())
        return;
    m_queue.append(std::move(job));
    runNext();
}

void SyncScheduler::runNext()
{
    if (m_worker || m_queue.isEmpty())
        return;
    const Job job = m_queue.takeFirst();
    m_changeWhileSyncing = false;
    if (job.kind == JobKind::Sync) {
        m_debounce->stop();
        m_firstChange = QDateTime();
        cancelPlan();
        if (m_status.configured || !m_statusRead) {
            setState(State::Syncing);
            Q_EMIT syncStarted();
        }
    } else if (job.kind == JobKind::Task) {
        Q_EMIT taskStarted(job.taskKind);
    }

    auto finished = std::make_shared<Finished>();
    const Profile profile = m_profile;
    const SyncEngine::Options options = m_options;
    const SyncRun syncRun = m_syncRun;
    m_worker = QThread::create([profile, options, syncRun, job, finished] {
        // Everything the engine touches is opened here, on this thread.
        PreferencesStore settings(profile, Profile::policyFiles());
        if (Status opened = settings.open(); !opened) {
            finished->opened = opened;
            return;
        }
        StateDatabase database;
        if (Status opened = database.open(
                profile.databaseFile(),
                settings.value(QStringLiteral("performance.cacheSize")).toLongLong());
            !opened) {
            finished->opened = opened;
            return;
        }
        const SecretStore secrets(profile.keychainScope());
        SyncEngine engine(profile, settings, database, &secrets, options);
        Context context{profile, settings, database, secrets, engine};
        finished->configured = engine.isConfigured();
        switch (job.kind) {
        case JobKind::Sync:
            if (finished->configured)
                finished->sync = syncRun ? syncRun(context) : engine.syncNow();
            break;
        case JobKind::Task: finished->task = job.task(context); break;
        case JobKind::Refresh: break;
        }
        finished->status = engine.status();
    });
    connect(m_worker, &QThread::finished, this, [this, job, finished] {
        m_worker->deleteLater();
        m_worker = nullptr;
        jobFinished(job, *finished);
        runNext();
    });
    m_worker->start(QThread::LowPriority);
}

void SyncScheduler::jobFinished(const Job &job, const Finished &finished)
{
    const bool firstRead = !m_statusRead;
    if (finished.status && finished.status->ok()) {
        m_status = finished.status->value();
        m_statusRead = true;
    } else if (finished.opened) {
        m_status.configured = finished.configured;
    }

    switch (job.kind) {
    case JobKind::Sync:
        if (!finished.opened)
            syncFinishedWith(finished.opened.error());
        else if (finished.sync)
            syncFinishedWith(*finished.sync);
        else
            setState(restingState()); // not set up (any more)
        break;
    case JobKind::Task: {
        const Outcome outcome =
            finished.task ? *finished.task : Outcome{finished.opened, QVariant()};
        // A task writes to the profile too (set up, take theirs): its echo is not a change.
        m_lastApplied = true;
        m_settleUntil = m_clock().addMSecs(m_timing.settle.count());
        if (!m_status.configured) {
            cancelPlan();
            m_failed = m_offline = false;
            m_retry = 0;
            m_lastError.clear();
        }
        setState(restingState());
        Q_EMIT taskFinished(job.taskKind, outcome);
        if (job.syncAfter && outcome.status.ok() && m_status.configured)
            enqueue({JobKind::Sync, {}, {}, false});
        else if (m_status.configured && enabled() && !m_worker && !m_next->isActive()
                 && !hasQueuedSync())
            planInterval();
        break;
    }
    case JobKind::Refresh:
        if (!finished.opened && m_lastError.isEmpty())
            m_lastError = finished.opened.error().message;
        if (m_state != State::Syncing)
            setState(restingState());
        if (firstRead && m_statusRead && m_status.configured && enabled())
            enqueue({JobKind::Sync, {}, {}, false}); // the sync at start
        else if (!m_status.configured)
            cancelPlan();
        break;
    }
    Q_EMIT changed();
}

void SyncScheduler::syncFinishedWith(const Result<SyncEngine::Report> &result)
{
    m_settleUntil = m_clock().addMSecs(m_timing.settle.count());
    if (result.ok()) {
        m_lastReport = result.value();
        // Refused files or records: everything else was done, so no retry; the state says
        // what was refused until a sync without refusals.
        const std::optional<Error> &refusal = result->refusal;
        m_lastError = refusal ? refusal->message : QString();
        m_failed = refusal.has_value();
        m_offline = false;
        m_retry = 0;
        m_lastApplied = result->applied > 0;
        setState(restingState());
        planInterval();
        Q_EMIT syncFinished(!refusal, m_lastError);
        // A change seen while the sync ran, which the sync did not write: the user's.
        if (std::exchange(m_changeWhileSyncing, false) && !m_lastApplied)
            localChange();
        return;
    }

    const Error &error = result.error();
    m_lastError = error.message;
    m_failed = true;
    // Whatever it managed to apply before it failed comes back as changes: not the user's.
    m_lastApplied = true;
    m_changeWhileSyncing = false;
    if (error.code == ErrorCode::OperationFailed) {
        m_offline = true;
        const int attempts = int(m_settings.value(attemptsKey).toLongLong());
        if (m_retry < attempts && enabled()) {
            const std::chrono::milliseconds delay = retryDelay(m_retry);
            ++m_retry;
            planNext(delay);
        } else {
            m_retry = 0;
            planInterval();
        }
        setState(State::Offline);
    } else {
        m_offline = false;
        m_retry = 0;
        planInterval();
        setState(State::Error);
    }
    Q_EMIT syncFinished(false, error.message);
}

void SyncScheduler::planNext(std::chrono::milliseconds delay)
{
    m_next->start(delay);
    m_nextRun = m_clock().addMSecs(delay.count());
}

void SyncScheduler::planInterval()
{
    if (m_status.configured && enabled())
        planNext(timerDelay(m_settings.value(intervalKey).toLongLong()));
    else
        cancelPlan();
}

void SyncScheduler::cancelPlan()
{
    m_next->stop();
    m_nextRun = QDateTime();
}

SyncScheduler::State SyncScheduler::restingState() const
{
    if (!m_status.configured)
        return State::NotConfigured;
    if (m_failed)
        return m_offline ? State::Offline : State::Error;
    if (m_status.openConflicts > 0)
        return State::Conflicts;
    return enabled() ? State::Idle : State::Paused;
}

void SyncScheduler::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SyncScheduler::settingChanged(const QString &key)
{
    if (!m_started || !key.startsWith(QLatin1String("sync.")))
        return;
    if (key == enabledKey) {
        if (enabled() && m_status.configured) {
            syncNow();
        } else if (!enabled()) {
            cancelPlan();
            m_debounce->stop();
            m_retry = 0;
            if (m_state != State::Syncing)
                setState(restingState());
        }
        Q_EMIT changed();
    } else if (key == intervalKey && m_next->isActive() && m_retry == 0) {
        planInterval();
        Q_EMIT changed();
    }
}

} // namespace Hubstate::Core
