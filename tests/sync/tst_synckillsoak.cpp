// kill -9 at random moments of `hubstate-cli sync now` on two devices that keep changing
// settings and layouts: afterwards nothing is lost or applied twice, and the devices converge.
// CI runs HUBSTATE_KILL_ITERATIONS rounds (default 12, more until ten syncs were killed);
// bench/soak-sync.sh runs hundreds.
// HUBSTATE_KILL_SEED repeats a run's random delays.
#include "syncdevice.h"

#include "core/state/layouttemplates.h"

#include "../core/killsoak.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUuid>

using namespace Hubstate::Core;
using namespace Hubstate::Tests;

namespace {

int rounds()
{
    const int fromEnvironment = qEnvironmentVariableIntValue("HUBSTATE_KILL_ITERATIONS");
    return fromEnvironment > 0 ? fromEnvironment : 12;
}

int outboxSize(const Profile &profile)
{
    const QString name = QStringLiteral("soak-outbox-") + profile.root();
    int size = -1;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(profile.stateDirectory() + QStringLiteral("/sync.db"));
        QSqlQuery query(database);
        if (database.open() && query.exec(QStringLiteral("SELECT count(*) FROM outbox"))
            && query.next())
            size = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(name);
    return size;
}

} // namespace

class TestSyncKillSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedSyncsLoseNothingAndConverge()
    {
        const quint32 seed = qEnvironmentVariableIsSet("HUBSTATE_KILL_SEED")
            ? quint32(qEnvironmentVariable("HUBSTATE_KILL_SEED").toUInt())
            : QRandomGenerator::system()->generate();
        qInfo("seed %u, %d rounds", seed, rounds());
        QRandomGenerator random(seed);
        QTemporaryDir storeDir;
        const QString store = storeDir.filePath(QStringLiteral("store"));
        const QString passphrase = QStringLiteral("soak passphrase 123");

        SyncDevice a, b;
        QVERIFY(a.engine->init(store, passphrase, QStringLiteral("a")));
        QVERIFY(b.engine->join(store, passphrase, SyncEngine::JoinMode::MergeLocal,
                               QStringLiteral("b")));
        // Enough layouts that a sync takes a while, so that the kills land inside it.
        QList<Layout> layouts;
        for (int index = 0; index < 30; ++index) {
            Layout layout =
                LayoutTemplates::make(QStringLiteral("split"), QDateTime::currentDateTimeUtc());
            layout.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            layouts.append(layout);
        }

        // A run's kills are random: a short run goes on until at least ten syncs were killed.
        constexpr int minimumKills = 10;
        constexpr int mostRounds = 80;
        int killed = 0;
        int round = 0;
        while (round < rounds() || (killed < minimumKills && round < mostRounds)) {
            ++round;
            // Each device changes a key of its own, so that every value has one right answer.
            QVERIFY(a.store.setValue(QStringLiteral("preferences.layout.autoSaveInterval"),
                                     1000 + round));
            for (Layout &layout : layouts) {
                layout.name = QStringLiteral("round %1").arg(round);
                QVERIFY(LayoutRepository(a.database).save(layout));
            }
            QVERIFY(b.store.setValue(QStringLiteral("agents.timeout"), 1000 + round));
            for (SyncDevice *device : {&a, &b}) {
                const KilledRun run = runAndKill(device->dir.path(),
                                                 {QStringLiteral("sync"), QStringLiteral("now")},
                                                 int(random.bounded(5, 150)));
                killed += run.killed ? 1 : 0;
                QVERIFY2(run.killed || run.exitCode == 0, qPrintable(run.err));
            }
            const bool last = round >= rounds() && (killed >= minimumKills || round >= mostRounds);
            if (round % 4 != 0 && !last)
                continue;
            // Let the devices finish what the kills cut short, then compare.
            for (int pass = 0; pass < 2; ++pass) {
                for (SyncDevice *device : {&a, &b}) {
                    Result<SyncEngine::Report> report = device->engine->syncNow();
                    QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
                }
            }
            for (SyncDevice *device : {&a, &b}) {
                QVERIFY(device->store.reload());
                QCOMPARE(device->store.value(QStringLiteral("preferences.layout.autoSaveInterval"))
                             .toLongLong(),
                         1000 + round);
                QCOMPARE(device->store.value(QStringLiteral("agents.timeout")).toLongLong(),
                         1000 + round);
                for (const Layout &layout : std::as_const(layouts))
                    QCOMPARE(LayoutRepository(device->database).find(layout.id).value()->name,
                             layout.name);
                QCOMPARE(outboxSize(device->profile), 0);
                // A change applied twice, or sent twice as a new edit, would show as a conflict.
                QVERIFY(device->engine->conflicts(true)->isEmpty());
            }
            // Nothing left to do: a further sync applies nothing.
            QCOMPARE(b.engine->syncNow()->applied, 0);
            QCOMPARE(a.engine->syncNow()->applied, 0);
        }
        qInfo("SYNCSOAK rounds %d killed %d", round, killed);
        QVERIFY2(killed >= minimumKills, "too few syncs were killed to say anything");
    }
};

QTEST_GUILESS_MAIN(TestSyncKillSoak)
#include "tst_synckillsoak.moc"
