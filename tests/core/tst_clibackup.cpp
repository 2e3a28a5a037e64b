// hubstate-cli backup and recover run as processes, as admins' scripts and cron run them:
// exit codes, dry runs, selective and old-version restores. kill -9 during backup, restore,
// prune and migration is tst_killsoak's.
#include "clirunner.h"
#include "statetestsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Hubstate::Tests;

namespace {

qint64 scalar(const QString &database, const QString &sql)
{
    const QString name =
        QStringLiteral("scalar-") + QString::number(QRandomGenerator::global()->generate());
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(database);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

bool execute(const QString &database, const QString &sql)
{
    const QString name =
        QStringLiteral("exec-") + QString::number(QRandomGenerator::global()->generate());
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(database);
        ok = db.open() && QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestCliBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void listOnANewProfileIsEmpty();
    void exitCodesTellDamageTamperingAndPasswords();
    void dryRunListsChangesAndChangesNothing();
    void selectiveRestoreTouchesOnlyTheChosenParts();
    void restoreRefusesABackupFromANewerVersion();
    void restoreMigratesABackupOfThePreviousVersion();
    void goldenEncryptedBackupStillRestores();
    void retentionAndIfDue();
    void recoverRestoresTheNewestBackup();

private:
    CliRun run(const QStringList &arguments, const QByteArray &input = {})
    {
        return runCli(m_profile, m_policy, arguments, {}, input);
    }
    QString data(const QString &name) const
    {
        return QStringLiteral(HUBSTATE_TEST_DATA "/") + name;
    }
    QString database() const { return m_profile + QStringLiteral("/data/hubstate.db"); }
    QString backups() const { return m_profile + QStringLiteral("/backups"); }
    QStringList backupFiles() const
    {
        return QDir(backups()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }
    // The newest backup's path, from `backup create --json`.
    QString createBackup(const QStringList &extra = {QStringLiteral("--no-encrypt")});
    QString fingerprint();
    bool deleteUserLayouts()
    {
        return execute(
                   database(),
                   QStringLiteral("DELETE FROM layout_tags WHERE layout_id NOT LIKE '00000000%'"))
            && execute(database(),
                       QStringLiteral("DELETE FROM layouts WHERE id NOT LIKE '00000000%'"));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_profile;
    QString m_policy;
};

void TestCliBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = m_dir->filePath(QStringLiteral("profile"));
    m_policy = m_dir->filePath(QStringLiteral("policy.ini"));
    QCOMPARE(run({QStringLiteral("dev"), QStringLiteral("generate-profile"),
                  QStringLiteral("--messages"), QStringLiteral("3000"), QStringLiteral("--layouts"),
                  QStringLiteral("5"), QStringLiteral("--agents"), QStringLiteral("3")})
                 .exitCode,
             0);
}

// Before its first backup a profile has no backup folder: that is no backups, not an error
// (a script listing backups on a new machine must not fail). A folder the catalog knows
// backups in that has gone is still one.
void TestCliBackup::listOnANewProfileIsEmpty()
{
    const QString folder = m_profile + QStringLiteral("/backups");
    QVERIFY(!QFileInfo::exists(folder));
    CliRun listed =
        run({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("list")});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QVERIFY(QJsonDocument::fromJson(listed.out.toUtf8())
                .object()
                .value(QStringLiteral("backups"))
                .toArray()
                .isEmpty());

    QVERIFY(!createBackup({QStringLiteral("--no-encrypt")}).isEmpty());
    QVERIFY(QDir(folder).removeRecursively());
    listed = run({QStringLiteral("backup"), QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 1);
    QVERIFY2(listed.err.contains(QStringLiteral("does not exist")), qPrintable(listed.err));
}

QString TestCliBackup::createBackup(const QStringList &extra)
{
    const CliRun created = run(
        QStringList{QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create")}
        + extra);
    if (created.exitCode != 0)
        qWarning("%s", qPrintable(created.err));
    return QJsonDocument::fromJson(created.out.toUtf8())
        .object()
        .value(QStringLiteral("location"))
        .toString();
}

QString TestCliBackup::fingerprint()
{
    const CliRun mode = run({QStringLiteral("config"), QStringLiteral("get"),
                             QStringLiteral("preferences.theme.mode")});
    return mode.out.trimmed() + u'/'
        + QString::number(scalar(database(), QStringLiteral("SELECT count(*) FROM layouts"))) + u'/'
        + QString::number(scalar(database(), QStringLiteral("SELECT count(*) FROM messages")));
}

void TestCliBackup::exitCodesTellDamageTamperingAndPasswords()
{
    const QString plain = createBackup();
    QVERIFY(plain.endsWith(QStringLiteral(".tar.zst")));
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("verify"), plain}).exitCode, 0);

    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("password")), "correct horse\n"));
    const QString encrypted = createBackup(
        {QStringLiteral("--password-file"), m_dir->filePath(QStringLiteral("password"))});
    QVERIFY(encrypted.endsWith(QStringLiteral(".hsbk")));
    const CliRun right = run({QStringLiteral("backup"), QStringLiteral("verify"), encrypted,
                              QStringLiteral("--password-stdin")},
                             "correct horse\n");
    QCOMPARE(right.exitCode, 0);
    QVERIFY(right.out.contains(QStringLiteral("intact")));
    const CliRun wrong = run({QStringLiteral("backup"), QStringLiteral("verify"), encrypted,
                              QStringLiteral("--password-stdin")},
                             "battery staple\n");
    QCOMPARE(wrong.exitCode, 5);
    QVERIFY(wrong.err.contains(QStringLiteral("wrong password")));

    // One flipped byte in each kind; a truncated copy.
    for (const QString &original : {plain, encrypted}) {
        QByteArray bytes = readFile(original);
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
        const QString tampered =
            m_dir->filePath(QStringLiteral("tampered-") + QFileInfo(original).fileName());
        QVERIFY(writeFile(tampered, bytes));
        const CliRun damaged = run({QStringLiteral("backup"), QStringLiteral("verify"), tampered,
                                    QStringLiteral("--password-stdin")},
                                   "correct horse\n");
        QCOMPARE(damaged.exitCode, 4);
        QVERIFY2(damaged.err.contains(tampered), qPrintable(damaged.err));
        const QString truncated =
            m_dir->filePath(QStringLiteral("truncated-") + QFileInfo(original).fileName());
        QVERIFY(writeFile(truncated, readFile(original).left(readFile(original).size() - 100)));
        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("verify"), truncated,
                      QStringLiteral("--password-stdin")},
                     "correct horse\n")
                     .exitCode,
                 4);
        // A damaged file is never restored: the state stays as it was.
        const QString before = fingerprint();
        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("restore"), tampered,
                      QStringLiteral("--password-stdin")},
                     "correct horse\n")
                     .exitCode,
                 4);
        QCOMPARE(fingerprint(), before);
    }
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("verify"),
                  m_dir->filePath(QStringLiteral("none.hsbk"))})
                 .exitCode,
             3);
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("restore")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("restore"), plain,
                  QStringLiteral("--only"), QStringLiteral("everything")})
                 .exitCode,
             2);
}

void TestCliBackup::dryRunListsChangesAndChangesNothing()
{
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"),
                  QStringLiteral("preferences.theme.mode"), QStringLiteral("dark")})
                 .exitCode,
             0);
    const QString backup = createBackup();
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"),
                  QStringLiteral("preferences.theme.mode"), QStringLiteral("light")})
                 .exitCode,
             0);
    QVERIFY(deleteUserLayouts());
    QVERIFY(
        execute(database(), QStringLiteral("UPDATE agents SET model = 'other' WHERE rowid = 1")));
    QVERIFY(execute(database(), QStringLiteral("DELETE FROM messages WHERE id % 2 = 0")));
    const QByteArray databaseBefore = readFile(database());
    const QByteArray settingsBefore = readFile(m_profile + QStringLiteral("/config/hubstate.ini"));

    const CliRun dry = run({QStringLiteral("--json"), QStringLiteral("backup"),
                            QStringLiteral("restore"), backup, QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 0);
    const QJsonObject preview = QJsonDocument::fromJson(dry.out.toUtf8()).object();
    const QJsonArray settings = preview.value(QStringLiteral("settings")).toArray();
    QCOMPARE(settings.size(), 1);
    QCOMPARE(settings.at(0)[QStringLiteral("key")].toString(),
             QStringLiteral("preferences.theme.mode"));
    QCOMPARE(settings.at(0)[QStringLiteral("before")].toString(), QStringLiteral("light"));
    QCOMPARE(settings.at(0)[QStringLiteral("after")].toString(), QStringLiteral("dark"));
    const QJsonArray layouts = preview.value(QStringLiteral("layouts")).toArray();
    QCOMPARE(layouts.size(), 5);
    for (const QJsonValue &layout : layouts)
        QCOMPARE(layout[QStringLiteral("change")].toString(), QStringLiteral("added"));
    QCOMPARE(preview.value(QStringLiteral("agents")).toArray().size(), 1);
    QCOMPARE(preview.value(QStringLiteral("agents"))
                 .toArray()
                 .at(0)[QStringLiteral("change")]
                 .toString(),
             QStringLiteral("changed"));
    QCOMPARE(preview.value(QStringLiteral("historyAfter"))[QStringLiteral("messages")].toInt(),
             3000);
    QCOMPARE(preview.value(QStringLiteral("historyBefore"))[QStringLiteral("messages")].toInt(),
             1500);
    QVERIFY(preview.value(QStringLiteral("safetyBackup")).toString().isEmpty());

    QCOMPARE(readFile(database()), databaseBefore);
    QCOMPARE(readFile(m_profile + QStringLiteral("/config/hubstate.ini")), settingsBefore);
    QCOMPARE(backupFiles().size(), 1); // no safety backup for a dry run

    // The real thing: everything back, and a safety backup of the state before.
    const CliRun restored = run({QStringLiteral("backup"), QStringLiteral("restore"), backup});
    QCOMPARE(restored.exitCode, 0);
    QVERIFY(restored.out.contains(QStringLiteral("safety backup")));
    QCOMPARE(fingerprint(), QStringLiteral("dark/9/3000"));
    QCOMPARE(backupFiles().size(), 2);
    QVERIFY(!QFile::exists(database() + QStringLiteral("-wal"))
            || QFileInfo(database() + QStringLiteral("-wal")).size() == 0);
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--full")}).exitCode, 0);
}

void TestCliBackup::selectiveRestoreTouchesOnlyTheChosenParts()
{
    const QString backup = createBackup();
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"),
                  QStringLiteral("preferences.theme.mode"), QStringLiteral("dark")})
                 .exitCode,
             0);
    QVERIFY(deleteUserLayouts());
    QVERIFY(execute(database(), QStringLiteral("DELETE FROM messages WHERE id > 1000")));
    QCOMPARE(fingerprint(), QStringLiteral("dark/4/1000"));

    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("restore"), backup,
                  QStringLiteral("--only"), QStringLiteral("layouts")})
                 .exitCode,
             0);
    QCOMPARE(fingerprint(), QStringLiteral("dark/9/1000"));
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("restore"), backup,
                  QStringLiteral("--only"), QStringLiteral("history")})
                 .exitCode,
             0);
    QCOMPARE(fingerprint(), QStringLiteral("dark/9/3000"));
    // Full-text search works on the restored history (the index was rebuilt).
    const CliRun search =
        run({QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("search"),
             QStringLiteral("the"), QStringLiteral("--limit"), QStringLiteral("5")});
    QCOMPARE(search.exitCode, 0);
    QVERIFY(!QJsonDocument::fromJson(search.out.toUtf8()).isNull());
    QCOMPARE(
        scalar(database(),
               QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'the'")),
        scalar(database(),
               QStringLiteral(
                   "SELECT count(*) FROM messages WHERE content LIKE '%the%' COLLATE NOCASE"))
                > 0
            ? scalar(
                database(),
                QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'the'"))
            : -2);
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("restore"), backup,
                  QStringLiteral("--only"), QStringLiteral("settings")})
                 .exitCode,
             0);
    QCOMPARE(fingerprint(), QStringLiteral("auto/9/3000"));
    // The backup was taken before any setting was written (its settings file is empty): the
    // restored file reads as "all defaults", and nothing is taken for a damaged file.
    const QDir config(m_profile + QStringLiteral("/config"));
    QVERIFY2(config.entryList({QStringLiteral("*.corrupt-*")}, QDir::Files).isEmpty(),
             qPrintable(config.entryList(QDir::Files).join(u' ')));
    QVERIFY(QFileInfo(config.filePath(QStringLiteral("hubstate.ini"))).size() > 0);
    const CliRun listed = run({QStringLiteral("config"), QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(!listed.err.contains(QStringLiteral("moved")), qPrintable(listed.err));
    const CliRun secrets = run({QStringLiteral("backup"), QStringLiteral("restore"), backup,
                                QStringLiteral("--only"), QStringLiteral("secrets")});
    QCOMPARE(secrets.exitCode, 3);
    QVERIFY(secrets.err.contains(QStringLiteral("no secrets")));
}

void TestCliBackup::restoreRefusesABackupFromANewerVersion()
{
    QVERIFY(execute(database(), QStringLiteral("PRAGMA user_version = 99")));
    const QString backup = createBackup();
    QVERIFY(!backup.isEmpty());
    QVERIFY(execute(database(), QStringLiteral("PRAGMA user_version = 3")));
    const QString before = fingerprint();
    const CliRun refused = run({QStringLiteral("backup"), QStringLiteral("restore"), backup});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(QStringLiteral("newer Hubstate")), qPrintable(refused.err));
    QCOMPARE(fingerprint(), before);
}

void TestCliBackup::restoreMigratesABackupOfThePreviousVersion()
{
    const QString fixture = data(QStringLiteral("backup/hubstate-db2-settings1.tar.zst"));
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("verify"), fixture}).exitCode, 0);
    const CliRun restored = run({QStringLiteral("backup"), QStringLiteral("restore"), fixture});
    QCOMPARE(restored.exitCode, 0);
    QCOMPARE(scalar(database(), QStringLiteral("PRAGMA user_version")), 3);
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("get"),
                  QStringLiteral("preferences.theme.accentColor")})
                 .out.trimmed(),
             QStringLiteral("#ff8800"));
    QVERIFY(run({QStringLiteral("layout"), QStringLiteral("list")})
                .out.contains(QStringLiteral("Research")));
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--full")}).exitCode, 0);
}

void TestCliBackup::goldenEncryptedBackupStillRestores()
{
    const QString golden = data(QStringLiteral("backup/golden-v1-encrypted.hsbk"));
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("restore"), golden,
                  QStringLiteral("--password-stdin")},
                 "not it\n")
                 .exitCode,
             5);
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("restore"), golden,
                  QStringLiteral("--password-stdin")},
                 "hubstate-fixture\n")
                 .exitCode,
             0);
    QCOMPARE(fingerprint(), QStringLiteral("dark/7/200"));
}

void TestCliBackup::retentionAndIfDue()
{
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"),
                  QStringLiteral("backup.maxBackups"), QStringLiteral("2")})
                 .exitCode,
             0);
    QStringList made;
    for (int i = 0; i < 3; ++i)
        made.append(QFileInfo(createBackup()).fileName());
    QCOMPARE(backupFiles(), (QStringList{made.at(1), made.at(2)}));
    const CliRun listed =
        run({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray entries =
        QJsonDocument::fromJson(listed.out.toUtf8())[QStringLiteral("backups")].toArray();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0)[QStringLiteral("file")].toString(), made.at(2)); // newest first
    QCOMPARE(entries.at(0)[QStringLiteral("state")].toString(), QStringLiteral("verified"));

    // Not due within the interval; --if-due does nothing then.
    const CliRun notDue = run({QStringLiteral("backup"), QStringLiteral("create"),
                               QStringLiteral("--no-encrypt"), QStringLiteral("--if-due")});
    QCOMPARE(notDue.exitCode, 0);
    QVERIFY(notDue.out.contains(QStringLiteral("No backup due")));
    QCOMPARE(backupFiles().size(), 2);

    // A policy that keeps nothing is refused by the validator before it reaches retention.
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"),
                  QStringLiteral("backup.maxBackups"), QStringLiteral("0")})
                 .exitCode,
             3);
}

void TestCliBackup::recoverRestoresTheNewestBackup()
{
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"),
                  QStringLiteral("preferences.theme.mode"), QStringLiteral("dark")})
                 .exitCode,
             0);
    createBackup();
    QCOMPARE(run({QStringLiteral("recover")}).out.contains(QStringLiteral("intact")), true);

    QByteArray bytes = readFile(database());
    for (int i = 3 * 4096; i < 8 * 4096 && i < bytes.size(); ++i)
        bytes[i] = char(0x5A);
    QVERIFY(writeFile(database(), bytes));
    QVERIFY(QFile::remove(database() + QStringLiteral("-wal")) || true);
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--full")}).exitCode, 4);
    const CliRun recovered = run({QStringLiteral("--json"), QStringLiteral("recover")});
    QCOMPARE(recovered.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(recovered.out.toUtf8()).object();
    QVERIFY(report.value(QStringLiteral("damaged")).toBool());
    QVERIFY(report.value(QStringLiteral("restoredFrom"))
                .toString()
                .endsWith(QStringLiteral(".tar.zst")));
    QVERIFY(QFile::exists(report.value(QStringLiteral("movedAside")).toString()
                          + QStringLiteral("/hubstate.db")));
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--full")}).exitCode, 0);
    QCOMPARE(fingerprint(), QStringLiteral("dark/9/3000"));
}

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_clibackup.moc"
