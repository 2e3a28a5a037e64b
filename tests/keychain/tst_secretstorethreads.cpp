// The keychain used from worker threads, as the GUI's restore wizard and backups do: QtKeychain's
// job queue is not thread-safe, so SecretStore runs every job on one keychain thread of its
// own. Without that, this test crashed (a job's queue entry touched from two threads).
#include "core/secrets/secretstore.h"

#include <QEventLoop>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

using namespace Hubstate::Core;

class TestSecretStoreThreads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workersWriteReadAndRemove();
};

void TestSecretStoreThreads::workersWriteReadAndRemove()
{
    const SecretStore store(QStringLiteral("tst_secretstorethreads-%1")
                                .arg(QRandomGenerator::global()->generate(), 0, 16));
    QCOMPARE(store.probe().health, SecretStore::Health::Healthy); // from the main thread first
    for (int round = 0; round < 3; ++round) {
        const QString name = QStringLiteral("worker.secret%1").arg(round);
        const QByteArray value = QByteArray("value of round ") + QByteArray::number(round);
        bool written = false;
        QByteArray read;
        bool removed = false;
        bool gone = false;
        QEventLoop loop; // the application's thread keeps answering meanwhile
        QThread *worker = QThread::create([&] {
            written = store.write(name, value).ok();
            const Result<QByteArray> back = store.read(name);
            read = back ? *back : QByteArray();
            removed = store.remove(name).ok();
            const Result<QByteArray> after = store.read(name);
            gone = !after && after.error().code == ErrorCode::InvalidInput;
        });
        connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
        worker->start();
        loop.exec();
        worker->wait();
        delete worker;
        QVERIFY(written);
        QCOMPARE(read, value);
        QVERIFY(removed);
        QVERIFY(gone);
        // Events the jobs left behind are delivered safely.
        QCoreApplication::processEvents();
    }
    QVERIFY(!store.read(QStringLiteral("worker.secret0")).ok());
}

QTEST_GUILESS_MAIN(TestSecretStoreThreads)
#include "tst_secretstorethreads.moc"
