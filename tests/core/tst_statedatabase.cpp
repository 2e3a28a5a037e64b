// The database file: creation, the migration ladder from a version-1 fixture, newer files,
// damaged files and the integrity check.
#include "core/settings/preferencesstore.h"
#include "core/state/activitylog.h"
#include "core/state/historyrepository.h"
#include "core/state/integritycheck.h"
#include "core/state/layoutrepository.h"
#include "core/state/layouttemplates.h"
#include "core/state/secretindex.h"
#include "core/state/statedatabase.h"
#include "statetestsupport.h"

#include <QProcess>
#include <QSqlError>
#include <QStandardPaths>

using namespace Hubstate::Core;
using namespace Hubstate::Tests;

class TestStateDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void freshDatabaseIsCurrentWithWalAndForeignKeys();
    void freshProfileGetsTheFourTemplates();
    void migratesTheVersionOneFixture();
    void migratesTheVersionTwoFixture();
    void newerDatabaseIsReadOnlyAndUntouched();
    void notADatabaseIsDamaged();
    void anotherConnectionLeavesTheFirstOneSeeingCommits();
    void integrityCheckFindsDamagedPages();
    void integrityCheckFindsInvalidLayouts();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestStateDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("data/hubstate.db"));
}

void TestStateDatabase::freshDatabaseIsCurrentWithWalAndForeignKeys()
{
    StateDatabase database;
    QVERIFY(database.open(m_path));
    QCOMPARE(database.schemaVersion(), StateDatabase::currentVersion);
    QVERIFY(!database.isReadOnly());
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
    QCOMPARE(query.value(0).toInt(), StateDatabase::currentVersion);
    // A message cannot point at a conversation that does not exist.
    QVERIFY(!query.exec(
        QStringLiteral("INSERT INTO messages (conversation_id, role, content, timestamp) "
                       "VALUES ('none', 'user', 'x', 0)")));
    QVERIFY(database.checkIntegrity(true)->isEmpty());
}

void TestStateDatabase::freshProfileGetsTheFourTemplates()
{
    StateDatabase database;
    QVERIFY(database.open(m_path));
    LayoutRepository layouts(database);
    QVERIFY(layouts.ensureTemplates());
    QVERIFY(layouts.ensureTemplates()); // twice: still four
    Result<QList<LayoutSummary>> list = layouts.list();
    QVERIFY(list);
    QStringList types;
    for (const LayoutSummary &summary : *list)
        types.append(summary.type);
    types.sort();
    QCOMPARE(types, (QStringList{"grid-2x2", "grid-3x3", "single", "split"}));
}

void TestStateDatabase::migratesTheVersionOneFixture()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QVERIFY(buildFromSql(m_path, QStringLiteral(HUBSTATE_TEST_DATA "/state/hubstate-v1.sql")));
    StateDatabase database;
    QVERIFY(database.open(m_path));
    QCOMPARE(database.schemaVersion(), StateDatabase::currentVersion);
    QCOMPARE(database.notices().size(), 1);
    QVERIFY(database.notices().first().contains(QStringLiteral("from schema version 1 to 3")));

    // The old file is kept, still at version 1.
    const QString backup = m_path + QStringLiteral(".v1.bak");
    QVERIFY(QFile::exists(backup));
    {
        QVERIFY(QFile::copy(backup, m_dir->filePath(QStringLiteral("copy.db"))));
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(m_dir->filePath(QStringLiteral("copy.db")));
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));

    // Tags moved into rows; old messages are searchable; data is intact.
    LayoutRepository layouts(database);
    Result<QList<LayoutSummary>> tagged = layouts.list(QStringLiteral("research"));
    QVERIFY(tagged);
    QCOMPARE(tagged->size(), 1);
    QCOMPARE(tagged->first().tags, (QStringList{"research", "work"}));
    Result<QList<SearchHit>> hits =
        HistoryRepository(database).search(QStringLiteral("zeppelin fjord"), 10);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().message.role, QStringLiteral("assistant"));
    QVERIFY(database.checkIntegrity(true)->isEmpty());
}

void TestStateDatabase::migratesTheVersionTwoFixture()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QVERIFY(buildFromSql(m_path, QStringLiteral(HUBSTATE_TEST_DATA "/state/hubstate-v2.sql")));
    StateDatabase database;
    QVERIFY(database.open(m_path));
    QCOMPARE(database.schemaVersion(), 3);
    QVERIFY(QFile::exists(m_path + QStringLiteral(".v2.bak")));
    // Agents' secret names became index entries; nothing else changed.
    Result<QList<SecretEntry>> secrets = SecretIndex(database).list();
    QVERIFY(secrets);
    QCOMPARE(secrets->size(), 1);
    QCOMPARE(secrets->first().name, QStringLiteral("scout.apiKey"));
    QCOMPARE(secrets->first().purpose, QStringLiteral("API key of agent scout"));
    QCOMPARE(HistoryRepository(database).search(QStringLiteral("fjord"), 5)->size(), 1);
    QCOMPARE(*ActivityLog(database).connectionCount(), 1);
    QCOMPARE(LayoutRepository(database).list(QStringLiteral("work"))->size(), 1);
    QVERIFY(database.checkIntegrity(true)->isEmpty());
}

void TestStateDatabase::newerDatabaseIsReadOnlyAndUntouched()
{
    {
        StateDatabase database;
        QVERIFY(database.open(m_path));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 9")));
    }
    const QByteArray before = readFile(m_path);
    StateDatabase database;
    QVERIFY(database.open(m_path));
    QVERIFY(database.isReadOnly());
    QVERIFY(database.readOnlyReason().contains(QStringLiteral("newer")));
    LayoutRepository layouts(database);
    QVERIFY(layouts.list()); // reading works
    const Status refused = layouts.save(
        LayoutTemplates::make(QStringLiteral("single"), QDateTime::currentDateTimeUtc()));
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("newer")));
    database.close();
    QCOMPARE(readFile(m_path), before);
}

void TestStateDatabase::notADatabaseIsDamaged()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QVERIFY(writeFile(m_path, QByteArray(8192, 'x')));
    StateDatabase database;
    const Status opened = database.open(m_path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::Damaged);
    QVERIFY(opened.error().message.contains(m_path));
    QCOMPARE(readFile(m_path), QByteArray(8192, 'x'));
}

// A program opens the database again while it runs (the sync scheduler's worker does at every
// sync). Closing any descriptor of the file drops every POSIX lock of the process on it; the
// first connection then looked unused to other programs, the last of which deleted the
// write-ahead log under it, and it never saw a later commit (the window stopped following
// layout changes).
void TestStateDatabase::anotherConnectionLeavesTheFirstOneSeeingCommits()
{
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty())
        QSKIP("needs the sqlite3 program (Debian package sqlite3)");
    StateDatabase window;
    QVERIFY(window.open(m_path));
    QVERIFY(LayoutRepository(window).ensureTemplates());
    {
        StateDatabase worker;
        QVERIFY(worker.open(m_path));
    }
    const QString id = QStringLiteral("00000000-0000-4000-8000-000000000002"); // "Split"
    for (const QString &name : {QStringLiteral("First"), QStringLiteral("Second")}) {
        QProcess other;
        other.start(sqlite, {m_path, QStringLiteral("UPDATE layouts SET name = '%1' WHERE id = '%2'")
                                         .arg(name, id)});
        QVERIFY(other.waitForFinished(10000));
        QCOMPARE(other.exitCode(), 0);
        QVERIFY2(QFile::exists(m_path + QStringLiteral("-wal")),
                 "the other program deleted the write-ahead log the window still reads");
        QSqlQuery query(window.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM layouts WHERE id = '%1'").arg(id)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), name);
    }
}

void TestStateDatabase::integrityCheckFindsDamagedPages()
{
    {
        StateDatabase database;
        QVERIFY(database.open(m_path));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE filler (x TEXT)")));
        for (int i = 0; i < 200; ++i)
            QVERIFY(query.exec(QStringLiteral("INSERT INTO filler VALUES (hex(randomblob(400)))")));
    }
    // Overwrite a page in the middle of the file: the header stays, the b-tree breaks.
    QByteArray bytes = readFile(m_path);
    QVERIFY(bytes.size() > 16 * 4096);
    for (int i = 0; i < 4096; ++i)
        bytes[8 * 4096 + i] = char(0xA5);
    QVERIFY(writeFile(m_path, bytes));

    StateDatabase database;
    Status opened = database.open(m_path);
    if (!opened) {
        QCOMPARE(opened.error().code, ErrorCode::Damaged);
        return;
    }
    Result<QStringList> problems = database.checkIntegrity(true);
    QVERIFY(problems);
    QVERIFY2(!problems->isEmpty(), "a page of garbage went unnoticed");
    QVERIFY(problems->first().startsWith(m_path));
}

void TestStateDatabase::integrityCheckFindsInvalidLayouts()
{
    QTemporaryDir profileDir;
    PreferencesStore settings(Profile::inDirectory(profileDir.path()),
                              profileDir.filePath(QStringLiteral("p.ini")));
    QVERIFY(settings.open());
    StateDatabase database;
    QVERIFY(database.open(m_path));
    QVERIFY(LayoutRepository(database).ensureTemplates());
    QVERIFY(IntegrityCheck::run(database, settings, false).isClean());

    // A stricter rule set by the user makes the 3 x 3 template invalid: `check` says so.
    QVERIFY(settings.setText(QStringLiteral("layout.gridSize"), QStringLiteral("2")));
    const IntegrityCheck::Report report = IntegrityCheck::run(database, settings, false);
    QVERIFY(!report.isClean());
    QVERIFY(report.damage.isEmpty());
    QVERIFY2(report.layoutProblems.first().toString().contains(
                 QStringLiteral("grid.columns: exceeds maximum value of 2")),
             qPrintable(report.layoutProblems.first().toString()));
}

QTEST_GUILESS_MAIN(TestStateDatabase)
#include "tst_statedatabase.moc"
