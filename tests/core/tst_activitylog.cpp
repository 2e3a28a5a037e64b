// Connection log and metrics, and the storage limit that makes room by dropping the oldest of
// them, never the user's conversations.
#include "core/state/activitylog.h"
#include "core/state/historyimporter.h"
#include "core/state/historyrepository.h"
#include "core/state/statedatabase.h"
#include "statetestsupport.h"

#include <cmath>

using namespace Hubstate::Core;
using namespace Hubstate::Tests;

class TestActivityLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsAndReadsBack();
    void refusesBadRecords();
    void storageLimitDropsOldestActivityOnly();
    void storageLimitAppliesWhileRecording();
};

void TestActivityLog::recordsAndReadsBack()
{
    QTemporaryDir dir;
    StateDatabase database;
    QVERIFY(database.open(dir.filePath(QStringLiteral("hubstate.db"))));
    ActivityLog log(database);
    const QDateTime start(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    QVERIFY(log.recordConnection({QStringLiteral("scout"),
                                  QStringLiteral("https://a.example"),
                                  start,
                                  start.addSecs(3),
                                  QStringLiteral("success"),
                                  {}}));
    QVERIFY(log.recordConnection({QStringLiteral("scout"),
                                  QStringLiteral("https://a.example"),
                                  start.addSecs(10),
                                  {},
                                  QStringLiteral("timeout"),
                                  QStringLiteral("no answer in 30 s")}));
    Result<QList<ConnectionRecord>> recent = log.recentConnections(10);
    QCOMPARE(recent->size(), 2);
    QCOMPARE(recent->first().outcome, QStringLiteral("timeout"));
    QVERIFY(!recent->first().endedAt.isValid());
    QCOMPARE(recent->first().error, QStringLiteral("no answer in 30 s"));
    QVERIFY(log.recordMetric({QStringLiteral("startup"), 412.5, QStringLiteral("ms"), start}));
    QCOMPARE(log.metrics(QStringLiteral("startup"), 5)->first().value, 412.5);
}

void TestActivityLog::refusesBadRecords()
{
    QTemporaryDir dir;
    StateDatabase database;
    QVERIFY(database.open(dir.filePath(QStringLiteral("hubstate.db"))));
    ActivityLog log(database);
    const Status outcome = log.recordConnection({QStringLiteral("a"),
                                                 QStringLiteral("e"),
                                                 QDateTime::currentDateTimeUtc(),
                                                 {},
                                                 QStringLiteral("maybe"),
                                                 {}});
    QVERIFY(!outcome);
    QVERIFY(outcome.error().message.contains(QStringLiteral("outcome: must be one of")));
    QVERIFY(!log.recordMetric({QStringLiteral("x"), std::nan(""), QStringLiteral("ms"),
                               QDateTime::currentDateTimeUtc()}));
    QCOMPARE(*log.metricCount(), 0);
}

void TestActivityLog::storageLimitDropsOldestActivityOnly()
{
    QTemporaryDir dir;
    StateDatabase database;
    QVERIFY(database.open(dir.filePath(QStringLiteral("hubstate.db"))));
    QVERIFY(writeFile(
        dir.filePath(QStringLiteral("h.jsonl")),
        R"({"conversationId":"c","agentId":"a","role":"user","content":"keep me","timestamp":"2026-01-01T00:00:00Z"})"
        "\n"));
    QVERIFY(HistoryImporter(database).importFile(dir.filePath(QStringLiteral("h.jsonl"))));
    ActivityLog log(database);
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    {
        Transaction transaction(database.connection());
        for (int i = 0; i < 20000; ++i) {
            QVERIFY(log.recordMetric(
                {QStringLiteral("latency"), double(i), QStringLiteral("ms"), start.addSecs(i)}));
            QVERIFY(log.recordConnection({QStringLiteral("a"),
                                          QStringLiteral("https://a.example/") + QString(40, u'x'),
                                          start.addSecs(i),
                                          start.addSecs(i + 1),
                                          QStringLiteral("success"),
                                          {}}));
        }
        QVERIFY(transaction.commit());
    }
    const qint64 before = database.usedBytes();
    const qint64 limit = before / 2;
    Result<qint64> removed = log.enforceStorageLimit(limit);
    QVERIFY(removed);
    QVERIFY(*removed > 0);
    QVERIFY(database.usedBytes() <= limit);
    // The newest samples stay; the oldest went.
    QCOMPARE(log.metrics(QStringLiteral("latency"), 1)->first().value, 19999.0);
    QVERIFY(*log.metricCount() < 20000);
    // A limit below what the conversations need removes all activity and keeps the messages.
    QVERIFY(log.enforceStorageLimit(1));
    QCOMPARE(*log.metricCount(), 0);
    QCOMPARE(*log.connectionCount(), 0);
    QCOMPARE(HistoryRepository(database).stats()->messages, 1);
}

void TestActivityLog::storageLimitAppliesWhileRecording()
{
    QTemporaryDir dir;
    StateDatabase database;
    QVERIFY(database.open(dir.filePath(QStringLiteral("hubstate.db"))));
    const qint64 limit = database.usedBytes() + 256 * 1024;
    ActivityLog log(database, limit);
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    Transaction transaction(database.connection());
    for (int i = 0; i < 30000; ++i)
        QVERIFY(log.recordMetric(
            {QStringLiteral("latency"), double(i), QStringLiteral("ms"), start.addSecs(i)}));
    QVERIFY(transaction.commit());
    // At most one check interval beyond the limit, and the newest kept.
    QVERIFY2(database.usedBytes() <= limit + 64 * 1024,
             qPrintable(QString::number(database.usedBytes() - limit)));
    QVERIFY(*log.metricCount() < 30000);
    QCOMPARE(log.metrics(QStringLiteral("latency"), 1)->first().value, 29999.0);
}

QTEST_GUILESS_MAIN(TestActivityLog)
#include "tst_activitylog.moc"
