// Committed changes that sit only in the database's write-ahead log vanish without a word when a
// frame of the log is damaged: SQLite stops reading at the first bad checksum. Hubstate now
// keeps such a log before SQLite drops it, says so when it opens the database, and `check`
// reports it until the user removes the kept copy.
#include "clirunner.h"
#include "core/profile/profile.h"
#include "core/state/statedatabase.h"
#include "core/state/writeaheadlog.h"
#include "testfiles.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <sqlite3.h>

using namespace Hubstate::Core;
using Hubstate::Tests::readFile;
using Hubstate::Tests::runCli;
using Hubstate::Tests::writeFile;

namespace {

constexpr int kTransactions = 4;

struct Frame
{
    qsizetype offset = 0;
    bool commit = false;
};

// The frames of a log, as SQLite's file format lays them out.
QList<Frame> framesOf(const QByteArray &wal)
{
    const quint32 pageSize = qFromBigEndian<quint32>(wal.constData() + 8);
    QList<Frame> frames;
    for (qsizetype at = 32; at + 24 + qsizetype(pageSize) <= wal.size(); at += 24 + pageSize)
        frames.append({at, qFromBigEndian<quint32>(wal.constData() + at + 4) != 0});
    return frames;
}

int rows(const QString &databasePath)
{
    sqlite3 *handle = nullptr;
    sqlite3_open_v2(QFile::encodeName(databasePath).constData(), &handle, SQLITE_OPEN_READONLY,
                    nullptr);
    sqlite3_stmt *statement = nullptr;
    int count = -1;
    if (sqlite3_prepare_v2(handle, "SELECT count(*) FROM probe", -1, &statement, nullptr)
            == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        count = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close_v2(handle);
    return count;
}

} // namespace

class TestWriteAheadLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void wholeLogLosesNothing();
    void damagedFrameIsKeptAndReported_data();
    void damagedFrameIsKeptAndReported();
    void tornLastFrameIsNotDamage();
    void checkReportsTheKeptLogUntilItIsRemoved();

private:
    // A profile holding the crashed state: a database and its log with kTransactions commits
    // of one row each, none of them checkpointed.
    Profile crashedProfile(const QByteArray &wal = {});

    QTemporaryDir m_source;
    QByteArray m_database;
    QByteArray m_wal;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestWriteAheadLog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const Profile profile = Profile::inDirectory(m_source.path());
    {
        StateDatabase database; // Hubstate's schema, so that the CLI can open the copy
        QVERIFY(database.open(profile.databaseFile()));
    }
    sqlite3 *handle = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(profile.databaseFile()).constData(), &handle),
             SQLITE_OK);
    QCOMPARE(sqlite3_exec(handle,
                          "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; "
                          "CREATE TABLE probe(text TEXT)",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    for (int i = 0; i < kTransactions; ++i) {
        QCOMPARE(sqlite3_exec(handle, "INSERT INTO probe VALUES (hex(randomblob(64)))", nullptr,
                              nullptr, nullptr),
                 SQLITE_OK);
    }
    // As a kill -9 would leave them: the connection is still open, nothing checkpointed.
    m_database = readFile(profile.databaseFile());
    m_wal = readFile(profile.databaseFile() + QStringLiteral("-wal"));
    sqlite3_close_v2(handle);
    QVERIFY(framesOf(m_wal).size() >= kTransactions + 1);
}

void TestWriteAheadLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

Profile TestWriteAheadLog::crashedProfile(const QByteArray &wal)
{
    const Profile profile = Profile::inDirectory(m_dir->filePath(QStringLiteral("profile")));
    if (!writeFile(profile.databaseFile(), m_database)
        || !writeFile(profile.databaseFile() + QStringLiteral("-wal"), wal.isNull() ? m_wal : wal))
        qFatal("cannot write the crashed profile");
    return profile;
}

void TestWriteAheadLog::wholeLogLosesNothing()
{
    const Profile profile = crashedProfile();
    QVERIFY(WriteAheadLog::lostCommits(profile.databaseFile()).isEmpty());
    StateDatabase database;
    QVERIFY(database.open(profile.databaseFile()));
    QVERIFY2(database.notices().isEmpty(), qPrintable(database.notices().join(u'\n')));
    database.close();
    QCOMPARE(rows(profile.databaseFile()), kTransactions);
    QVERIFY(WriteAheadLog::keptDamaged(profile.databaseFile()).isEmpty());
}

void TestWriteAheadLog::damagedFrameIsKeptAndReported_data()
{
    QTest::addColumn<int>("damagedCommit"); // which commit frame gets a flipped byte
    for (int commit = 0; commit < kTransactions; ++commit)
        QTest::addRow("commit %d", commit + 1) << commit;
}

void TestWriteAheadLog::damagedFrameIsKeptAndReported()
{
    QFETCH(int, damagedCommit);
    QByteArray wal = m_wal;
    QList<Frame> commits;
    for (const Frame &frame : framesOf(wal)) {
        if (frame.commit)
            commits.append(frame);
    }
    // The last kTransactions commits are the inserts; a byte of the page data flips.
    const Frame target = commits.at(commits.size() - kTransactions + damagedCommit);
    wal[target.offset + 24 + 100] = char(wal.at(target.offset + 24 + 100) ^ 0x5a);
    const Profile profile = crashedProfile(wal);

    const QString lost = WriteAheadLog::lostCommits(profile.databaseFile());
    QVERIFY2(lost.contains(profile.databaseFile() + QStringLiteral("-wal")), qPrintable(lost));
    StateDatabase database;
    QVERIFY(database.open(profile.databaseFile()));
    const QString notices = database.notices().join(u'\n');
    QVERIFY2(notices.contains(QStringLiteral("kept as")), qPrintable(notices));
    database.close();
    // The loss is real (SQLite read up to the damaged frame) and the log as it was is kept.
    QCOMPARE(rows(profile.databaseFile()), damagedCommit);
    const QStringList kept = WriteAheadLog::keptDamaged(profile.databaseFile());
    QCOMPARE(kept.size(), 1);
    QCOMPARE(readFile(kept.first()), wal);
}

void TestWriteAheadLog::tornLastFrameIsNotDamage()
{
    // A crash in the middle of writing a frame: nothing committed is in it.
    const Profile profile = crashedProfile(m_wal.left(m_wal.size() - 1000));
    QVERIFY(WriteAheadLog::lostCommits(profile.databaseFile()).isEmpty());
    StateDatabase database;
    QVERIFY(database.open(profile.databaseFile()));
    QVERIFY(database.notices().isEmpty());
}

void TestWriteAheadLog::checkReportsTheKeptLogUntilItIsRemoved()
{
    QByteArray wal = m_wal;
    const QList<Frame> frames = framesOf(wal);
    wal[frames.last().offset + 200] = char(wal.at(frames.last().offset + 200) ^ 0x01);
    const Profile profile = crashedProfile(wal);

    const auto check = [&] {
        return runCli(profile.root(), {}, {QStringLiteral("check"), QStringLiteral("--full")});
    };
    const Hubstate::Tests::CliRun first = check();
    QCOMPARE(first.exitCode, 4);
    QVERIFY2(first.err.contains(QStringLiteral("kept as")), qPrintable(first.err));
    // Told again by every check, not only by the one that happened to open the database first.
    const Hubstate::Tests::CliRun again = check();
    QCOMPARE(again.exitCode, 4);
    const QStringList kept = WriteAheadLog::keptDamaged(profile.databaseFile());
    QCOMPARE(kept.size(), 1);
    QVERIFY2(again.err.contains(kept.first()), qPrintable(again.err));
    QVERIFY(QFile::remove(kept.first()));
    QCOMPARE(check().exitCode, 0);
}

QTEST_GUILESS_MAIN(TestWriteAheadLog)
#include "tst_writeaheadlog.moc"
