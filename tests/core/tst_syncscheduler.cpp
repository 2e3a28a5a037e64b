// When the GUI syncs (SyncScheduler): once a few moments after the last of a burst of local
// changes, never two syncs (or engine calls) at once, failures on the server retried after
// growing, jittered delays and then "offline" until the next interval, other failures not
// retried, nothing at all for a profile that does not sync. The engine is the real one against a
// folder store (a keychain holds its key: run under tests/keychain/with-keyring.sh unlocked);
// failures and slow syncs are injected where the engine's own would depend on luck.
#include "core/secrets/secretstore.h"
#include "core/settings/preferencesstore.h"
#include "core/state/statedatabase.h"
#include "core/sync/syncengine.h"
#include "core/sync/syncscheduler.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>
#include <atomic>

using namespace Hubstate::Core;
using namespace std::chrono_literals;
using State = SyncScheduler::State;

namespace {

const QString passphrase = QStringLiteral("correct horse battery staple");

// One device: its profile, the GUI's store, and a scheduler with short timings.
struct Device
{
    explicit Device(const QString &root)
        : profile(Profile::inDirectory(root))
        , store(profile, Profile::policyFiles())
    {
    }
    Profile profile;
    PreferencesStore store;
    std::unique_ptr<SyncScheduler> scheduler;
};

} // namespace

class TestSyncScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void notSetUpStaysQuiet();
    void syncsAtStartThenAtTheInterval();
    void burstOfChangesIsOneSyncAfterTheLast();
    void changesTheSyncWroteAreNotSentBack();
    void neverTwoAtOnce();
    void retriesBackOffWithJitterThenOffline();
    void offlineIsQuietUntilTheInterval();
    void otherFailuresAreNotRetried();
    void offSyncsOnlyOnDemand();

private:
    // A device set up on the folder store (the first one creates it).
    std::unique_ptr<Device> device(const QString &name, bool create);
    void makeScheduler(Device &device, SyncScheduler::Timing timing = fastTiming());
    static SyncScheduler::Timing fastTiming()
    {
        SyncScheduler::Timing timing;
        timing.debounce = 300ms;
        timing.maxDebounce = 3000ms;
        timing.settle = 400ms;
        return timing;
    }
    static void waitIdle(SyncScheduler &scheduler)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!scheduler.isBusy(), 30000);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
};

void TestSyncScheduler::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const SecretStore::HealthReport health = SecretStore(QStringLiteral("probe")).probe();
    if (health.health != SecretStore::Health::Healthy)
        QSKIP(qPrintable(QStringLiteral("needs an unlocked keychain (with-keyring.sh unlocked): ")
                         + health.message));
}

void TestSyncScheduler::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = m_dir->filePath(QStringLiteral("store"));
}

void TestSyncScheduler::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Device> TestSyncScheduler::device(const QString &name, bool create)
{
    auto made = std::make_unique<Device>(m_dir->filePath(name));
    if (!made->store.open())
        return {};
    if (!made->store.setValue(QStringLiteral("sync.enabled"), true))
        return {};
    // Set up on its own connections, as the CLI would.
    PreferencesStore settings(made->profile, Profile::policyFiles());
    StateDatabase database;
    if (!settings.open() || !database.open(made->profile.databaseFile()))
        return {};
    const SecretStore secrets(made->profile.keychainScope());
    SyncEngine engine(made->profile, settings, database, &secrets, SyncEngine::Options());
    const Status joined = create
        ? engine.init(m_store, passphrase, name)
        : engine.join(m_store, passphrase, SyncEngine::JoinMode::MergeLocal, name);
    if (!joined) {
        qWarning("%s", qPrintable(joined.error().message));
        return {};
    }
    return made;
}

void TestSyncScheduler::makeScheduler(Device &device, SyncScheduler::Timing timing)
{
    device.scheduler = std::make_unique<SyncScheduler>(device.profile, device.store);
    device.scheduler->setTiming(timing);
    device.scheduler->setJitter([] { return 0.0; });
}

void TestSyncScheduler::notSetUpStaysQuiet()
{
    Device alone(m_dir->filePath(QStringLiteral("alone")));
    QVERIFY(alone.store.open());
    QVERIFY(alone.store.setValue(QStringLiteral("sync.enabled"), true));
    makeScheduler(alone);
    QSignalSpy started(alone.scheduler.get(), &SyncScheduler::syncStarted);
    alone.scheduler->start();
    waitIdle(*alone.scheduler);
    alone.scheduler->localChange();
    QTest::qWait(600);
    QCOMPARE(started.count(), 0);
    QCOMPARE(alone.scheduler->state(), State::NotConfigured);
    QVERIFY(!alone.scheduler->nextRun().isValid());
}

void TestSyncScheduler::syncsAtStartThenAtTheInterval()
{
    auto first = device(QStringLiteral("first"), true);
    QVERIFY(first);
    QVERIFY(first->store.setValue(QStringLiteral("sync.interval"), 5000));
    makeScheduler(*first);
    QSignalSpy started(first->scheduler.get(), &SyncScheduler::syncStarted);
    QSignalSpy finished(first->scheduler.get(), &SyncScheduler::syncFinished);
    first->scheduler->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(first->scheduler->state(), State::Idle);
    QVERIFY(first->scheduler->lastReport().has_value());
    QVERIFY(first->scheduler->status().configured);
    QVERIFY(first->scheduler->status().lastSync.isValid());
    // The next one is planned an interval on, and comes then.
    const qint64 planned = QDateTime::currentDateTimeUtc().msecsTo(first->scheduler->nextRun());
    QVERIFY2(planned > 4000 && planned <= 5000, qPrintable(QString::number(planned)));
    QElapsedTimer clock;
    clock.start();
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 2, 10000);
    QVERIFY2(clock.elapsed() > 3500, qPrintable(QString::number(clock.elapsed())));
}

void TestSyncScheduler::burstOfChangesIsOneSyncAfterTheLast()
{
    auto first = device(QStringLiteral("first"), true);
    QVERIFY(first);
    makeScheduler(*first);
    first->scheduler->start();
    QSignalSpy finished(first->scheduler.get(), &SyncScheduler::syncFinished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QTest::qWait(500); // past the settle time of the sync at start

    QSignalSpy started(first->scheduler.get(), &SyncScheduler::syncStarted);
    QElapsedTimer sinceLast;
    for (int i = 0; i < 5; ++i) {
        QVERIFY(first->store.setValue(QStringLiteral("preferences.accessibility.textScale"), 110 + i));
        first->scheduler->localChange();
        sinceLast.start();
        QTest::qWait(120);
        QCOMPARE(started.count(), 0); // still typing
    }
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 5000);
    QVERIFY2(sinceLast.elapsed() >= 280, qPrintable(QString::number(sinceLast.elapsed())));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    QVERIFY(finished.last().at(0).toBool());
    QVERIFY2(first->scheduler->lastReport()->sent >= 1,
             qPrintable(QString::number(first->scheduler->lastReport()->sent)));
    QCOMPARE(first->scheduler->status().pending, 0);
    QTest::qWait(700);
    QCOMPARE(started.count(), 1);
}

void TestSyncScheduler::changesTheSyncWroteAreNotSentBack()
{
    auto first = device(QStringLiteral("first"), true);
    QVERIFY(first);
    auto second = device(QStringLiteral("second"), false);
    QVERIFY(second);
    makeScheduler(*second);
    QSignalSpy finished(second->scheduler.get(), &SyncScheduler::syncFinished);
    second->scheduler->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QTest::qWait(500);

    // The first device changes something and sends it; the second's sync applies it.
    makeScheduler(*first);
    QVERIFY(first->store.setValue(QStringLiteral("preferences.theme.mode"),
                                  QStringLiteral("dark")));
    first->scheduler->start();
    QSignalSpy firstFinished(first->scheduler.get(), &SyncScheduler::syncFinished);
    QTRY_COMPARE_WITH_TIMEOUT(firstFinished.count(), 1, 30000);
    QVERIFY(firstFinished.first().at(0).toBool());

    QSignalSpy started(second->scheduler.get(), &SyncScheduler::syncStarted);
    second->scheduler->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    QVERIFY(finished.last().at(0).toBool());
    QVERIFY(second->scheduler->lastReport()->applied >= 1);
    QVERIFY(second->store.reload());
    QCOMPARE(second->store.text(QStringLiteral("preferences.theme.mode")),
             QStringLiteral("dark"));
    // The monitor's echo of what the sync wrote comes now: no sync for it.
    second->scheduler->localChange();
    QTest::qWait(700);
    QCOMPARE(started.count(), 1);
    // A change of the user's own, after the settle time, is sent.
    second->scheduler->localChange();
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 2, 5000);
}

void TestSyncScheduler::neverTwoAtOnce()
{
    auto first = device(QStringLiteral("first"), true);
    QVERIFY(first);
    makeScheduler(*first);
    auto running = std::make_shared<std::atomic<int>>(0);
    auto most = std::make_shared<std::atomic<int>>(0);
    auto runs = std::make_shared<std::atomic<int>>(0);
    const auto enter = [running, most] {
        const int now = ++*running;
        int seen = most->load();
        while (now > seen && !most->compare_exchange_weak(seen, now)) {
        }
    };
    // The real sync, made slow enough for everything else to arrive while it runs.
    first->scheduler->setSyncRun([=](SyncScheduler::Context &context) {
        enter();
        ++*runs;
        QThread::msleep(300);
        Result<SyncEngine::Report> report = context.engine.syncNow();
        --*running;
        return report;
    });
    first->scheduler->start();
    QTRY_VERIFY_WITH_TIMEOUT(first->scheduler->isSyncing(), 10000);
    QSignalSpy tasks(first->scheduler.get(), &SyncScheduler::taskFinished);
    for (int i = 0; i < 5; ++i) {
        first->scheduler->syncNow();
        first->scheduler->localChange();
        first->scheduler->perform(QStringLiteral("status"),
                                  [=](SyncScheduler::Context &context) {
                                      enter();
                                      QThread::msleep(50);
                                      const bool configured = context.engine.isConfigured();
                                      --*running;
                                      return SyncScheduler::Outcome{{}, configured};
                                  });
        QTest::qWait(20);
    }
    waitIdle(*first->scheduler);
    QTRY_COMPARE_WITH_TIMEOUT(tasks.count(), 5, 10000);
    QTest::qWait(800); // and whatever the debounce starts
    waitIdle(*first->scheduler);
    QCOMPARE(most->load(), 1);
    // The one at start, then one for all the requests made while it ran (not five).
    QVERIFY2(runs->load() >= 2 && runs->load() <= 3, qPrintable(QString::number(runs->load())));
    for (const QList<QVariant> &task : std::as_const(tasks))
        QVERIFY(task.at(1).value<SyncScheduler::Outcome>().value.toBool());
    QCOMPARE(first->scheduler->state(), State::Idle);
}

void TestSyncScheduler::retriesBackOffWithJitterThenOffline()
{
    auto first = device(QStringLiteral("first"), true);
    QVERIFY(first);
    QVERIFY(first->store.setValue(QStringLiteral("sync.retryAttempts"), 3));
    QVERIFY(first->store.setValue(QStringLiteral("sync.retryDelay"), 200));
    QVERIFY(first->store.setValue(QStringLiteral("sync.interval"), 60000));
    makeScheduler(*first);

    // The delays: doubling, moved by at most a fifth, never past the interval.
    double jitter = 1.0;
    first->scheduler->setJitter([&jitter] { return jitter; });
    QCOMPARE(first->scheduler->retryDelay(0), 240ms);
    QCOMPARE(first->scheduler->retryDelay(2), 960ms);
    jitter = -1.0;
    QCOMPARE(first->scheduler->retryDelay(0), 160ms);
    QCOMPARE(first->scheduler->retryDelay(1), 320ms);
    jitter = 0.0;
    QCOMPARE(first->scheduler->retryDelay(3), 1600ms);
    QCOMPARE(first->scheduler->retryDelay(12), 60000ms);
    first->scheduler->setJitter([] { return 0.0; });

    auto attempts = std::make_shared<QList<qint64>>();
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    first->scheduler->setSyncRun([attempts, clock](SyncScheduler::Context &) {
        attempts->append(clock->elapsed());
        return Result<SyncEngine::Report>(
            Error::operationFailed(QStringLiteral("The server did not answer.")));
    });
    QSignalSpy states(first->scheduler.get(), &SyncScheduler::stateChanged);
    first->scheduler->start();
    QTRY_COMPARE_WITH_TIMEOUT(attempts->size(), 1, 10000);
    QTRY_COMPARE(first->scheduler->state(), State::Offline);
    QCOMPARE(first->scheduler->retryAttempt(), 1);
    QCOMPARE(first->scheduler->lastError(), QStringLiteral("The server did not answer."));
    QTRY_COMPARE_WITH_TIMEOUT(attempts->size(), 4, 10000);
    waitIdle(*first->scheduler);
    // 200, 400, 800 ms apart (a coarse timer may fire up to 5% early; a loaded machine late).
    const QList<qint64> expected{200, 400, 800};
    for (int i = 0; i < 3; ++i) {
        const qint64 gap = attempts->at(i + 1) - attempts->at(i);
        QVERIFY2(gap >= expected.at(i) * 95 / 100 - 5 && gap < expected.at(i) + 400,
                 qPrintable(QStringLiteral("retry %1 after %2 ms").arg(i + 1).arg(gap)));
    }
    // Then offline until the interval: no more attempts, no error storm.
    QCOMPARE(first->scheduler->state(), State::Offline);
    QCOMPARE(first->scheduler->retryAttempt(), 0);
    const qint64 next = QDateTime::currentDateTimeUtc().msecsTo(first->scheduler->nextRun());
    QVERIFY2(next > 55000 && next <= 60000, qPrintable(QString::number(next)));
    QTest::qWait(1000);
    QCOMPARE(attempts->size(), 4);
    // Syncing was never shown as anything but syncing and offline.
    for (const QList<QVariant> &state : std::as_const(states)) {
        const auto shown = state.at(0).value<State>();
        QVERIFY(shown == State::Syncing || shown == State::Offline || shown == State::Idle);
    }
}

void TestSyncScheduler::offlineIsQuietUntilTheInterval()
{
    auto first = device(QStringLiteral("first"), true);
    QVERIFY(first);
    QVERIFY(first->store.setValue(QStringLiteral("sync.retryAttempts"), 0));
    QVERIFY(first->store.setValue(QStringLiteral("sync.interval"), 5000));
    makeScheduler(*first);
    auto fail = std::make_shared<std::atomic<bool>>(true);
    auto attempts = std::make_shared<std::atomic<int>>(0);
    first->scheduler->setSyncRun([fail, attempts](SyncScheduler::Context &context) {
        ++*attempts;
        if (*fail)
            return Result<SyncEngine::Report>(
                Error::operationFailed(QStringLiteral("Connection refused")));
        return context.engine.syncNow();
    });
    first->scheduler->start();
    QTRY_COMPARE_WITH_TIMEOUT(first->scheduler->state(), State::Offline, 10000);
    QCOMPARE(attempts->load(), 1);
    // Edits while offline wait in the outbox: no attempt for each.
    for (int i = 0; i < 3; ++i) {
        QVERIFY(first->store.setValue(QStringLiteral("preferences.accessibility.textScale"), 120 + i));
        first->scheduler->localChange();
        QTest::qWait(200);
    }
    QTest::qWait(500);
    QCOMPARE(attempts->load(), 1);
    // The server is back: the next interval sends them.
    *fail = false;
    QTRY_COMPARE_WITH_TIMEOUT(attempts->load(), 2, 8000);
    QTRY_COMPARE_WITH_TIMEOUT(first->scheduler->state(), State::Idle, 30000);
    QVERIFY(first->scheduler->lastError().isEmpty());
    QVERIFY(first->scheduler->lastReport()->sent >= 1);
}

void TestSyncScheduler::otherFailuresAreNotRetried()
{
    auto first = device(QStringLiteral("first"), true);
    QVERIFY(first);
    QVERIFY(first->store.setValue(QStringLiteral("sync.retryDelay"), 100));
    makeScheduler(*first);
    auto attempts = std::make_shared<std::atomic<int>>(0);
    first->scheduler->setSyncRun([attempts](SyncScheduler::Context &) {
        ++*attempts;
        return Result<SyncEngine::Report>(
            Error::damaged(QStringLiteral("A file of device 0123456789abcdef was tampered with.")));
    });
    first->scheduler->start();
    QTRY_COMPARE_WITH_TIMEOUT(first->scheduler->state(), State::Error, 10000);
    QTest::qWait(800);
    QCOMPARE(attempts->load(), 1);
    QCOMPARE(first->scheduler->retryAttempt(), 0);
    QVERIFY(first->scheduler->lastError().contains(u"tampered"));
    QVERIFY(first->scheduler->nextRun().isValid()); // the interval tries again
}

void TestSyncScheduler::offSyncsOnlyOnDemand()
{
    auto first = device(QStringLiteral("first"), true);
    QVERIFY(first);
    QVERIFY(first->store.setValue(QStringLiteral("sync.enabled"), false));
    makeScheduler(*first);
    QSignalSpy started(first->scheduler.get(), &SyncScheduler::syncStarted);
    first->scheduler->start();
    waitIdle(*first->scheduler);
    QTRY_COMPARE(first->scheduler->state(), State::Paused);
    first->scheduler->localChange();
    QTest::qWait(600);
    QCOMPARE(started.count(), 0);
    QVERIFY(!first->scheduler->nextRun().isValid());
    first->scheduler->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 5000);
    waitIdle(*first->scheduler);
    QCOMPARE(first->scheduler->state(), State::Paused);
    // Turned on: a sync at once, and the interval from then.
    QVERIFY(first->store.setValue(QStringLiteral("sync.enabled"), true));
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 2, 5000);
    waitIdle(*first->scheduler);
    QCOMPARE(first->scheduler->state(), State::Idle);
    QVERIFY(first->scheduler->nextRun().isValid());
}

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "tst_syncscheduler.moc"
