// Backups from elsewhere, run through hubstate-cli as an admin would: crafted plain archives
// that carry secrets, claim checks they never passed, unpack to gigabytes or list thousands of
// entries are refused as tampered and change nothing; a stranger's file that is only verified
// never becomes "the newest backup", and a time ahead of the clock is never believed.
#include "clirunner.h"
#include "core/backup/archivewriter.h"
#include "core/backup/backupfilename.h"
#include "core/backup/backupreader.h"
#include "core/profile/profile.h"
#include "core/settings/settingsschema.h"
#include "core/state/statedatabase.h"
#include "testfiles.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <unistd.h>

using namespace Hubstate::Core;
using namespace Hubstate::Tests;

namespace {

using Entries = QList<QPair<QString, QByteArray>>;

QByteArray sha256Of(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

} // namespace

class TestBackupTrust : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void plainBackupWithSecretsIsTampered_data();
    void plainBackupWithSecretsIsTampered();
    void plainBackupCannotSkipTheIntegrityCheck();
    void decompressionBombIsRefused_data();
    void decompressionBombIsRefused();
    void unknownEntriesAndHugeManifestsAreRefused();
    void verifyingAForeignFileChangesNoCatalog();
    void aTimeAheadOfTheClockIsNotBelieved();
    void recoveryTriesTheBelievableBackupFirst();
    void noRoomStopsTheRestoreBeforeItWrites();

private:
    CliRun run(const QStringList &arguments, const QByteArray &input = {})
    {
        return runCli(m_profile, m_dir->filePath(QStringLiteral("no-policy.ini")), arguments, {},
                      input);
    }
    QString database() const { return m_profile + QStringLiteral("/data/hubstate.db"); }
    QString catalog() const { return Profile::resolve(m_profile).backupCatalogFile(); }
    // Writes a plain .tar.zst as any tar and zstd could: the entries given, then a manifest
    // that lists them truthfully, changed last by `tweak`.
    bool craft(const QString &path, const Entries &entries,
               const std::function<void(BackupManifest &)> &tweak = {});
    // A plain archive whose database is `size` zero bytes (read from a sparse file), with no
    // manifest: what a decompression bomb or an oversized backup looks like on the way in.
    bool packZeros(const QString &path, qint64 size);
    // The real database and settings of this profile, from a plain backup the CLI made.
    Entries genuineEntries();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_profile;
};

void TestBackupTrust::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = m_dir->filePath(QStringLiteral("profile"));
    QCOMPARE(run({QStringLiteral("dev"), QStringLiteral("generate-profile"),
                  QStringLiteral("--messages"), QStringLiteral("2000"), QStringLiteral("--layouts"),
                  QStringLiteral("4"), QStringLiteral("--agents"), QStringLiteral("2")})
                 .exitCode,
             0);
}

bool TestBackupTrust::craft(const QString &path, const Entries &entries,
                            const std::function<void(BackupManifest &)> &tweak)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile output(path);
    if (!output.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    ArchiveWriter archive(
        [&output](const char *data, qint64 size) { return output.write(data, size) == size; },
        true);
    if (!archive.open())
        return false;
    BackupManifest manifest;
    manifest.appVersion = QStringLiteral("0.1.0");
    manifest.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    manifest.databaseVersion = StateDatabase::currentVersion;
    manifest.settingsVersion = SettingsSchema::currentFileVersion;
    for (const auto &[name, bytes] : entries) {
        Result<BackupManifest::Entry> added = archive.addData(name, bytes);
        if (!added)
            return false;
        manifest.entries.append(*added);
    }
    if (tweak)
        tweak(manifest);
    return archive.addData(BackupManifest::entryName(), manifest.toJson()).ok()
        && archive.close().ok();
}

bool TestBackupTrust::packZeros(const QString &path, qint64 size)
{
    const QString zeros = path + QStringLiteral(".zeros");
    {
        QFile file(zeros);
        if (!file.open(QIODevice::WriteOnly) || !file.resize(size))
            return false;
    }
    QFile output(path);
    if (!output.open(QIODevice::WriteOnly))
        return false;
    ArchiveWriter archive(
        [&output](const char *data, qint64 n) { return output.write(data, n) == n; }, true);
    const bool packed = archive.open().ok()
        && archive.addFile(BackupManifest::databaseEntry(), zeros).ok() && archive.close().ok();
    QFile::remove(zeros);
    return packed;
}

Entries TestBackupTrust::genuineEntries()
{
    const CliRun created = run({QStringLiteral("--json"), QStringLiteral("backup"),
                                QStringLiteral("create"), QStringLiteral("--no-encrypt")});
    if (created.exitCode != 0)
        return {};
    const QString file =
        QJsonDocument::fromJson(created.out.toUtf8())[QStringLiteral("location")].toString();
    Entries entries;
    QByteArray current;
    QBuffer capture(&current);
    QString name;
    const Result<BackupManifest> manifest =
        BackupReader::read(file, {}, [&](const QString &entry, qint64) -> Result<QIODevice *> {
            if (capture.isOpen()) {
                capture.close();
                entries.append({name, current});
            }
            name = entry;
            current.clear();
            capture.open(QIODevice::WriteOnly);
            return &capture;
        });
    if (!manifest)
        return {};
    capture.close();
    entries.append({name, current});
    QFile::remove(file);
    return entries;
}

void TestBackupTrust::plainBackupWithSecretsIsTampered_data()
{
    QTest::addColumn<bool>("claimsSecrets");
    QTest::newRow("says it holds secrets") << true;
    QTest::newRow("holds them without saying") << false;
}

void TestBackupTrust::plainBackupWithSecretsIsTampered()
{
    QFETCH(bool, claimsSecrets);
    Entries entries = genuineEntries();
    QVERIFY(!entries.isEmpty());
    // The attacker's key as the profile's backup key, and an API key of theirs.
    const QByteArray secrets =
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("secrets"),
                 QJsonArray{
                     QJsonObject{{QStringLiteral("name"), QStringLiteral("backup.masterKey")},
                                 {QStringLiteral("value"), QStringLiteral("QUJD")}},
                     QJsonObject{{QStringLiteral("name"), QStringLiteral("agent.scout.apiKey")},
                                 {QStringLiteral("value"), QStringLiteral("QUJD")}}}}})
            .toJson();
    entries.append({BackupManifest::secretsEntry(), secrets});
    const QString file = m_dir->filePath(QStringLiteral("mail/hubstate-20261201T100000Z.tar.zst"));
    QVERIFY(craft(file, entries,
                  [claimsSecrets](BackupManifest &m) { m.includesSecrets = claimsSecrets; }));
    const QByteArray before = sha256Of(database());

    for (const QStringList &extra :
         {QStringList{QStringLiteral("--dry-run")}, QStringList{},
          QStringList{QStringLiteral("--only"), QStringLiteral("secrets")}}) {
        const CliRun restored =
            run(QStringList{QStringLiteral("backup"), QStringLiteral("restore"), file} + extra);
        QCOMPARE(restored.exitCode, 4);
        QVERIFY2(restored.err.contains(QStringLiteral("tampered")), qPrintable(restored.err));
        QVERIFY2(restored.err.contains(file), qPrintable(restored.err));
    }
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("verify"), file}).exitCode, 4);
    QCOMPARE(sha256Of(database()), before);
    QVERIFY(!QDir(m_profile + QStringLiteral("/data/.restore-staging")).exists());
}

void TestBackupTrust::plainBackupCannotSkipTheIntegrityCheck()
{
    Entries entries = genuineEntries();
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.first().first, BackupManifest::databaseEntry());
    // Damage a page in the middle of the database, keeping the header intact, and let the
    // manifest claim the checks were passed (as a real backup's manifest says).
    QByteArray &pages = entries.first().second;
    const int pageSize = (uchar(pages.at(16)) << 8) | uchar(pages.at(17));
    QVERIFY(pageSize >= 512);
    const qsizetype count = pages.size() / pageSize;
    QVERIFY(count > 8);
    for (qsizetype page = count / 2; page < count / 2 + 3; ++page)
        std::fill(pages.begin() + page * pageSize, pages.begin() + (page + 1) * pageSize, '\xee');
    const QString file = m_dir->filePath(QStringLiteral("hubstate-20261201T100000Z.tar.zst"));
    QVERIFY(craft(file, entries, [](BackupManifest &m) {
        m.databaseChecks = {QStringLiteral("integrity_check"), QStringLiteral("foreign_key_check")};
    }));
    const QByteArray before = sha256Of(database());

    const CliRun restored = run({QStringLiteral("backup"), QStringLiteral("restore"), file});
    QCOMPARE(restored.exitCode, 4);
    QVERIFY2(restored.err.contains(QStringLiteral("integrity")), qPrintable(restored.err));
    QCOMPARE(sha256Of(database()), before);
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--full")}).exitCode, 0);
}

void TestBackupTrust::decompressionBombIsRefused_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("restore") << QStringList();
    QTest::newRow("dry run") << QStringList{QStringLiteral("--dry-run")};
}

void TestBackupTrust::decompressionBombIsRefused()
{
    QFETCH(QStringList, extra);
    // 320 MiB of zeros that pack into a few kilobytes, as the database.
    const QString bomb = m_dir->filePath(QStringLiteral("hubstate-20261201T100000Z.tar.zst"));
    QVERIFY(packZeros(bomb, 320LL * 1024 * 1024));
    QVERIFY(QFileInfo(bomb).size() < 1024 * 1024);
    const QByteArray before = sha256Of(database());

    const CliRun restored =
        run(QStringList{QStringLiteral("backup"), QStringLiteral("restore"), bomb} + extra);
    QCOMPARE(restored.exitCode, 4);
    QVERIFY2(restored.err.contains(QStringLiteral("1000 times")), qPrintable(restored.err));
    QCOMPARE(sha256Of(database()), before);
    QVERIFY(!QDir(m_profile + QStringLiteral("/data/.restore-staging")).exists());
}

void TestBackupTrust::unknownEntriesAndHugeManifestsAreRefused()
{
    const Entries genuine = genuineEntries();
    QVERIFY(!genuine.isEmpty());
    const QByteArray before = sha256Of(database());

    // An entry no Hubstate backup has, listed truthfully.
    Entries extra = genuine;
    extra.append({QStringLiteral("payload.bin"), QByteArray(4096, 'x')});
    const QString stranger = m_dir->filePath(QStringLiteral("hubstate-20261201T100000Z.tar.zst"));
    QVERIFY(craft(stranger, extra));
    CliRun restored = run({QStringLiteral("backup"), QStringLiteral("restore"), stranger});
    QCOMPARE(restored.exitCode, 4);
    QVERIFY2(restored.err.contains(QStringLiteral("payload.bin")), qPrintable(restored.err));

    // A manifest of 20,000 entries: refused at once, not searched entry by entry.
    const QString huge = m_dir->filePath(QStringLiteral("hubstate-20261201T110000Z.tar.zst"));
    QVERIFY(craft(huge, genuine, [](BackupManifest &m) {
        for (int i = 0; i < 20000; ++i) {
            m.entries.append(
                {QStringLiteral("entry-%1").arg(i), 1, QByteArray(32, char(i & 0x7f))});
        }
    }));
    restored = run({QStringLiteral("backup"), QStringLiteral("restore"), huge});
    QCOMPARE(restored.exitCode, 4);
    QVERIFY2(restored.err.contains(QStringLiteral("more than 64 entries")),
             qPrintable(restored.err));
    QCOMPARE(sha256Of(database()), before);
}

void TestBackupTrust::verifyingAForeignFileChangesNoCatalog()
{
    const Entries genuine = genuineEntries();
    QVERIFY(!genuine.isEmpty());
    // The genuine backup's file is gone: the catalog, reconciled, holds no verified backup.
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("list")}).exitCode, 0);
    const QByteArray catalogBefore = readFile(catalog());
    QVERIFY(!catalogBefore.isEmpty());

    // Handed over from elsewhere, dated far ahead.
    const QDateTime future(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC);
    const QString foreign =
        m_dir->filePath(QStringLiteral("downloads/") + BackupFileName::make(future, false, true));
    QVERIFY(craft(foreign, genuine, [&future](BackupManifest &m) { m.createdAt = future; }));
    const CliRun verified = run({QStringLiteral("backup"), QStringLiteral("verify"), foreign});
    QCOMPARE(verified.exitCode, 0);
    QCOMPARE(readFile(catalog()), catalogBefore);
    const CliRun listed =
        run({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(!listed.out.contains(QStringLiteral("2099")), qPrintable(listed.out));

    // The schedule is not pushed out: with no backup of this profile's own, one is due now.
    const CliRun due =
        run({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create"),
             QStringLiteral("--if-due"), QStringLiteral("--no-encrypt")});
    QCOMPARE(due.exitCode, 0);
    QVERIFY2(due.out.contains(QStringLiteral("location")), qPrintable(due.out + due.err));
}

void TestBackupTrust::aTimeAheadOfTheClockIsNotBelieved()
{
    const Entries genuine = genuineEntries();
    QVERIFY(!genuine.isEmpty());
    const QString backups = m_profile + QStringLiteral("/backups");
    // A file dated 2099 dropped into the profile's own folder, with other layouts: once
    // verified it is listed, but it is neither the newest backup nor the first one recovery
    // tries.
    const QDateTime future(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC);
    const QString ahead = backups + u'/' + BackupFileName::make(future, false, true);
    QVERIFY(craft(ahead, genuine, [&future](BackupManifest &m) { m.createdAt = future; }));
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("list")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("verify"), ahead}).exitCode, 0);
    QVERIFY(readFile(catalog()).contains("2099"));

    // Due now: the only believable backup's file is gone (genuineEntries() removed it).
    const CliRun due =
        run({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create"),
             QStringLiteral("--if-due"), QStringLiteral("--no-encrypt")});
    QCOMPARE(due.exitCode, 0);
    QVERIFY2(due.out.contains(QStringLiteral("location")), qPrintable(due.out + due.err));

    // The stale warning is not hidden by the 2099 backup, and says why it is not counted.
    for (const QString &name : QDir(backups).entryList(QDir::Files)) {
        if (!name.contains(QStringLiteral("2099")))
            QVERIFY(QFile::remove(backups + u'/' + name));
    }
    const CliRun stale = run({QStringLiteral("backup"), QStringLiteral("list")});
    QCOMPARE(stale.exitCode, 0);
    QVERIFY2(stale.err.contains(QStringLiteral("ahead of this computer's clock")),
             qPrintable(stale.err));
}

void TestBackupTrust::recoveryTriesTheBelievableBackupFirst()
{
    const Entries genuine = genuineEntries();
    QVERIFY(!genuine.isEmpty());
    // A genuine backup of today's state, and one dated 2099 of an older state (no settings),
    // both verified in the profile's own folder.
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"),
                  QStringLiteral("preferences.theme.mode"), QStringLiteral("dark")})
                 .exitCode,
             0);
    const CliRun created = run({QStringLiteral("--json"), QStringLiteral("backup"),
                                QStringLiteral("create"), QStringLiteral("--no-encrypt")});
    QCOMPARE(created.exitCode, 0);
    const QString real =
        QJsonDocument::fromJson(created.out.toUtf8())[QStringLiteral("location")].toString();
    const QDateTime future(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC);
    const QString ahead =
        m_profile + QStringLiteral("/backups/") + BackupFileName::make(future, false, true);
    QVERIFY(craft(ahead, genuine, [&future](BackupManifest &m) { m.createdAt = future; }));
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("verify"), ahead}).exitCode, 0);

    QByteArray bytes = readFile(database());
    for (int i = 3 * 4096; i < 8 * 4096 && i < bytes.size(); ++i)
        bytes[i] = char(0x5A);
    QVERIFY(writeFile(database(), bytes));
    QFile::remove(database() + QStringLiteral("-wal"));
    const CliRun recovered = run({QStringLiteral("--json"), QStringLiteral("recover")});
    QCOMPARE(recovered.exitCode, 0);
    QCOMPARE(
        QFileInfo(QJsonDocument::fromJson(recovered.out.toUtf8())[QStringLiteral("restoredFrom")]
                      .toString())
            .fileName(),
        QFileInfo(real).fileName());
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("get"),
                  QStringLiteral("preferences.theme.mode")})
                 .out.trimmed(),
             QStringLiteral("dark"));
}

void TestBackupTrust::noRoomStopsTheRestoreBeforeItWrites()
{
    if (geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty())
        QSKIP("needs root and unshare(1) to mount a small disk in a private namespace");
    // A backup whose database (96 MiB of zeros: far below the expansion limit's floor) does
    // not fit on the 40 MiB disk the profile lives on.
    const QString large = m_dir->filePath(QStringLiteral("hubstate-20261201T100000Z.tar.zst"));
    QVERIFY(packZeros(large, 96LL * 1024 * 1024));

    const QString disk = m_dir->filePath(QStringLiteral("small-disk"));
    QVERIFY(QDir().mkpath(disk));
    const QString cli = QStringLiteral(HUBSTATE_CLI_BINARY);
    const QString script = QStringLiteral(
        "set -e; mount -t tmpfs -o size=40m tmpfs \"$1\"; p=\"$1/profile\";"
        "\"$2\" --profile \"$p\" dev generate-profile --messages 200 >/dev/null;"
        "before=$(sha256sum \"$p/data/hubstate.db\");"
        "set +e; \"$2\" --profile \"$p\" backup restore \"$3\" 2>\"$1/err\"; code=$?;"
        "cat \"$1/err\" >&2; test \"$before\" = \"$(sha256sum \"$p/data/hubstate.db\")\" "
        "|| exit 90; test -e \"$p/data/.restore-staging\" && exit 91; exit $code");
    QProcess process;
    process.start(QStringLiteral("unshare"),
                  {QStringLiteral("-m"), QStringLiteral("--propagation"), QStringLiteral("private"),
                   QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"), disk,
                   cli, large});
    QVERIFY(process.waitForFinished(120000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitCode() == 32 || err.contains(QStringLiteral("mount:")))
        QSKIP("mounting a tmpfs is not allowed here");
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.contains(QStringLiteral("Not enough room")), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestBackupTrust)
#include "tst_backuptrust.moc"
