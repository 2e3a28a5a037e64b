// hubstate-cli backing up to several destinations at once: a folder, a WebDAV server
// (with-webdav.sh) and an S3 bucket (with-s3.sh), their secrets in a real keychain
// (with-keyring.sh). One destination down does not fail the others and is reported; each
// keeps its own retention; recovery takes the newest copy wherever it is.
#include "../core/clirunner.h"
#include "core/backup/backupengine.h"
#include "core/backup/s3destination.h"
#include "core/backup/webdavdestination.h"
#include "core/secrets/secretstore.h"
#include "core/settings/preferencesstore.h"
#include "s3rverobjects.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Hubstate::Core;
using namespace Hubstate::Tests;

namespace {

QJsonObject jsonOf(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QStringList namesOf(const QJsonArray &array)
{
    QStringList names;
    for (const QJsonValue &value : array)
        names.append(value.toString());
    return names;
}

} // namespace

class TestCliBackupDestinations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void destinationsAreAddedListedAndTested();
    void oneDestinationDownDoesNotFailTheOthers();
    void unchangedWithOneDownWritesNothingNew();
    void eachDestinationKeepsItsOwnRetention();
    void recoveryTakesTheNewestCopyFromTheBucket();
    void oldPolicyLockHoldsTheList();

private:
    CliRun run(const QStringList &arguments, const QByteArray &input = {})
    {
        return runCli(m_profile, m_dir->filePath(QStringLiteral("none.ini")), arguments, {}, input);
    }
    void add(const QString &name, const QString &location, const QStringList &more = {})
    {
        const CliRun added =
            run(QStringList{QStringLiteral("backup"), QStringLiteral("destinations"),
                            QStringLiteral("add"), name, location}
                + more);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }
    void storeSecret(const QString &name, const QByteArray &secret)
    {
        QCOMPARE(run({QStringLiteral("secret"), QStringLiteral("set"), name}, secret).exitCode, 0);
    }
    QStringList folderFiles() const
    {
        return QDir(m_folder).entryList({QStringLiteral("*.tar.zst")}, QDir::Files, QDir::Name);
    }
    QStringList webDavFiles() const
    {
        return QDir(qEnvironmentVariable("HUBSTATE_WEBDAV_ROOT") + QStringLiteral("/backups"))
            .entryList({QStringLiteral("*.tar.zst")}, QDir::Files, QDir::Name);
    }
    QStringList bucketFiles() const { return s3rverObjects(QStringLiteral("multi")); }
    QJsonObject create(int expectedExit)
    {
        const CliRun created = run({QStringLiteral("--json"), QStringLiteral("backup"),
                                    QStringLiteral("create"), QStringLiteral("--no-encrypt")});
        m_lastErr = created.err;
        if (created.exitCode != expectedExit)
            qWarning("backup create: exit %d, stderr: %s", created.exitCode,
                     qPrintable(created.err));
        return created.exitCode == expectedExit ? jsonOf(created.out) : QJsonObject();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_profile;
    QString m_folder;
    QString m_webDav;
    QString m_bucket;
    QString m_lastErr;
};

void TestCliBackupDestinations::init()
{
    QVERIFY(!qEnvironmentVariable("HUBSTATE_S3_ENDPOINT").isEmpty());
    QVERIFY(!qEnvironmentVariable("HUBSTATE_WEBDAV_URL").isEmpty());
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = m_dir->filePath(QStringLiteral("profile"));
    m_folder = m_dir->filePath(QStringLiteral("usb"));
    QDir(qEnvironmentVariable("HUBSTATE_S3_ROOT") + QStringLiteral("/backups/multi"))
        .removeRecursively();
    for (const QString &file : webDavFiles())
        QFile::remove(qEnvironmentVariable("HUBSTATE_WEBDAV_ROOT") + QStringLiteral("/backups/")
                      + file);
    QUrl webDav(qEnvironmentVariable("HUBSTATE_WEBDAV_URL") + QStringLiteral("backups/"));
    webDav.setUserName(qEnvironmentVariable("HUBSTATE_WEBDAV_USER"));
    m_webDav = webDav.toString();
    m_bucket = QStringLiteral("s3+http://%1@%2/%3/multi/?region=us-east-1")
                   .arg(qEnvironmentVariable("HUBSTATE_S3_KEY_ID"),
                        qEnvironmentVariable("HUBSTATE_S3_ENDPOINT"),
                        qEnvironmentVariable("HUBSTATE_S3_BUCKET"));
    QCOMPARE(run({QStringLiteral("dev"), QStringLiteral("generate-profile"),
                  QStringLiteral("--messages"), QStringLiteral("200")})
                 .exitCode,
             0);
    storeSecret(WebDavDestination::passwordSecretName(webDav), qgetenv("HUBSTATE_WEBDAV_PASSWORD"));
    Result<S3Destination::Location> bucket = S3Destination::parse(QUrl(m_bucket));
    QVERIFY(bucket);
    storeSecret(S3Destination::secretName(*bucket), qgetenv("HUBSTATE_S3_SECRET"));
}

void TestCliBackupDestinations::destinationsAreAddedListedAndTested()
{
    // Nothing configured: the profile's own folder, said so.
    CliRun listed = run({QStringLiteral("--json"), QStringLiteral("backup"),
                         QStringLiteral("destinations"), QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(jsonOf(listed.out)[QStringLiteral("implicit")].toBool());

    add(QStringLiteral("usb"), m_folder);
    add(QStringLiteral("nas"), m_webDav);
    add(QStringLiteral("bucket"), m_bucket, {QStringLiteral("--keep-last"), QStringLiteral("3")});
    listed = run({QStringLiteral("--json"), QStringLiteral("backup"),
                  QStringLiteral("destinations"), QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray list = jsonOf(listed.out)[QStringLiteral("destinations")].toArray();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0)[QStringLiteral("kind")].toString(), QStringLiteral("folder"));
    QCOMPARE(list.at(1)[QStringLiteral("kind")].toString(), QStringLiteral("webdav"));
    QCOMPARE(list.at(2)[QStringLiteral("kind")].toString(), QStringLiteral("s3"));
    QCOMPARE(list.at(2)[QStringLiteral("retention")][QStringLiteral("keepLast")].toInt(), 3);
    QVERIFY(list.at(2)[QStringLiteral("ownRetention")].toBool());
    QCOMPARE(list.at(1)[QStringLiteral("retention")][QStringLiteral("keepLast")].toInt(), 10);

    // A name used twice and a location of the wrong form are refused, naming the rule.
    CliRun again = run({QStringLiteral("backup"), QStringLiteral("destinations"),
                        QStringLiteral("add"), QStringLiteral("NAS"), m_dir->filePath("x")});
    QCOMPARE(again.exitCode, 3);
    QVERIFY2(again.err.contains(QStringLiteral("already has a destination named NAS")),
             qPrintable(again.err));
    CliRun secretInUrl =
        run({QStringLiteral("backup"), QStringLiteral("destinations"), QStringLiteral("add"),
             QStringLiteral("leak"), QStringLiteral("https://u:hunter2@example.com/dav/")});
    QCOMPARE(secretInUrl.exitCode, 3);
    QVERIFY(secretInUrl.err.contains(QStringLiteral("holds a password")));
    QVERIFY(!secretInUrl.err.contains(QStringLiteral("hunter2")));

    const CliRun tested = run({QStringLiteral("--json"), QStringLiteral("backup"),
                               QStringLiteral("destinations"), QStringLiteral("test")});
    QVERIFY2(tested.exitCode == 0, qPrintable(tested.err));
    for (const QJsonValue &item : jsonOf(tested.out)[QStringLiteral("destinations")].toArray())
        QVERIFY2(item[QStringLiteral("works")].toBool(), qPrintable(tested.out));

    const CliRun removed = run({QStringLiteral("backup"), QStringLiteral("destinations"),
                                QStringLiteral("remove"), QStringLiteral("usb")});
    QCOMPARE(removed.exitCode, 0);
    const CliRun unknown = run({QStringLiteral("backup"), QStringLiteral("destinations"),
                                QStringLiteral("remove"), QStringLiteral("usb")});
    QCOMPARE(unknown.exitCode, 3);
    QVERIFY(unknown.err.contains(QStringLiteral("no destination named usb")));
}

void TestCliBackupDestinations::oneDestinationDownDoesNotFailTheOthers()
{
    add(QStringLiteral("usb"), m_folder);
    add(QStringLiteral("nas"), m_webDav);
    add(QStringLiteral("bucket"), m_bucket);

    // All three up: one archive, three verified copies, each in the catalog.
    const QJsonObject first = create(0);
    const QString name = first[QStringLiteral("file")].toString();
    QVERIFY(!name.isEmpty());
    QCOMPARE(first[QStringLiteral("copies")].toArray().size(), 3);
    QCOMPARE(folderFiles(), QStringList{name});
    QCOMPARE(webDavFiles(), QStringList{name});
    QCOMPARE(bucketFiles(), QStringList{name});
    CliRun listed =
        run({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("list")});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QJsonArray backups = jsonOf(listed.out)[QStringLiteral("backups")].toArray();
    QCOMPARE(backups.size(), 1);
    QCOMPARE(namesOf(backups.at(0)[QStringLiteral("destinations")].toArray()),
             (QStringList{QStringLiteral("usb"), QStringLiteral("nas"), QStringLiteral("bucket")}));

    // The WebDAV server goes down (its address now answers nothing): the backup lands on the
    // folder and the bucket, and the failure is named on stderr and in the report.
    QUrl gone(m_webDav);
    gone.setPort(9);
    storeSecret(WebDavDestination::passwordSecretName(gone), qgetenv("HUBSTATE_WEBDAV_PASSWORD"));
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("destinations"),
                  QStringLiteral("remove"), QStringLiteral("nas")})
                 .exitCode,
             0);
    add(QStringLiteral("nas"), gone.toString());
    const QJsonObject second = create(1);
    const QString newer = second[QStringLiteral("file")].toString();
    QVERIFY(!newer.isEmpty() && newer != name);
    QVERIFY2(m_lastErr.contains(QStringLiteral("destination nas")), qPrintable(m_lastErr));
    int verified = 0;
    for (const QJsonValue &copy : second[QStringLiteral("copies")].toArray()) {
        if (copy[QStringLiteral("name")].toString() == QStringLiteral("nas")) {
            QVERIFY(!copy[QStringLiteral("verified")].toBool());
            QVERIFY(!copy[QStringLiteral("error")].toString().isEmpty());
        } else {
            QVERIFY(copy[QStringLiteral("verified")].toBool());
            ++verified;
        }
    }
    QCOMPARE(verified, 2);
    QCOMPARE(folderFiles(), (QStringList{name, newer}));
    QCOMPARE(bucketFiles(), (QStringList{name, newer}));
    QCOMPARE(webDavFiles(), QStringList{name});

    // backup list names the two that hold it, and the one it could not read.
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("destinations"),
                  QStringLiteral("remove"), QStringLiteral("nas")})
                 .exitCode,
             0);
    listed = run({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("list")});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    backups = jsonOf(listed.out)[QStringLiteral("backups")].toArray();
    QCOMPARE(backups.size(), 2);
    QCOMPARE(backups.at(0)[QStringLiteral("file")].toString(), newer);
    QCOMPARE(namesOf(backups.at(0)[QStringLiteral("destinations")].toArray()),
             (QStringList{QStringLiteral("usb"), QStringLiteral("bucket")}));
}

void TestCliBackupDestinations::unchangedWithOneDownWritesNothingNew()
{
    // A scheduled backup while the server is down: the folder and the bucket already hold the
    // profile as it is, so nothing new is written to them (a retry every few minutes would
    // fill them), and the server's failure is still reported.
    QUrl gone(m_webDav);
    gone.setPort(9);
    storeSecret(WebDavDestination::passwordSecretName(gone), qgetenv("HUBSTATE_WEBDAV_PASSWORD"));
    add(QStringLiteral("usb"), m_folder);
    add(QStringLiteral("nas"), gone.toString());
    add(QStringLiteral("bucket"), m_bucket);
    const QString name = create(1)[QStringLiteral("file")].toString();
    QVERIFY(!name.isEmpty());

    const Profile profile = Profile::inDirectory(m_profile);
    PreferencesStore settings(profile, m_dir->filePath(QStringLiteral("none.ini")));
    QVERIFY(settings.open());
    const SecretStore secrets(profile.keychainScope());
    BackupEngine engine(profile, settings, &secrets);
    BackupEngine::Options options;
    options.encrypt = false;
    options.skipUnchanged = true;
    const Result<BackupEngine::Outcome> again = engine.create(options);
    QVERIFY2(again, again ? "" : qPrintable(again.error().message));
    QVERIFY(again->unchanged);
    QCOMPARE(again->record.file, name);
    QVERIFY(again->partial());
    QStringList failed;
    for (const BackupEngine::Outcome::Copy &copy : again->copies) {
        if (!copy.error.isEmpty())
            failed.append(copy.name);
    }
    QCOMPARE(failed, QStringList{QStringLiteral("nas")});
    QCOMPARE(folderFiles(), QStringList{name});
    QCOMPARE(bucketFiles(), QStringList{name});
}

void TestCliBackupDestinations::eachDestinationKeepsItsOwnRetention()
{
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"),
                  QStringLiteral("backup.maxBackups"), QStringLiteral("1")})
                 .exitCode,
             0);
    add(QStringLiteral("usb"), m_folder); // the default: 1
    add(QStringLiteral("nas"), m_webDav, {QStringLiteral("--keep-last"), QStringLiteral("2")});
    add(QStringLiteral("bucket"), m_bucket, {QStringLiteral("--keep-last"), QStringLiteral("3")});
    QStringList made;
    for (int i = 0; i < 4; ++i) {
        const QJsonObject created = create(0);
        made.append(created[QStringLiteral("file")].toString());
        QVERIFY(!made.last().isEmpty());
    }
    QCOMPARE(folderFiles(), made.mid(3));
    QCOMPARE(webDavFiles(), made.mid(2));
    QCOMPARE(bucketFiles(), made.mid(1));
}

void TestCliBackupDestinations::recoveryTakesTheNewestCopyFromTheBucket()
{
    add(QStringLiteral("usb"), m_folder);
    add(QStringLiteral("bucket"), m_bucket);
    const QString older = create(0)[QStringLiteral("file")].toString();
    QVERIFY(!older.isEmpty());
    // A newer backup that went to the bucket alone.
    const CliRun newer =
        run({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create"),
             QStringLiteral("--no-encrypt"), QStringLiteral("--to"), m_bucket});
    QVERIFY2(newer.exitCode == 0, qPrintable(newer.err));
    const QString newest = jsonOf(newer.out)[QStringLiteral("file")].toString();
    QCOMPARE(folderFiles(), QStringList{older});
    QCOMPARE(bucketFiles(), (QStringList{older, newest}));

    const QString database = m_profile + QStringLiteral("/data/hubstate.db");
    QVERIFY(QFile::remove(database));
    QFile damaged(database);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray(64 * 1024, '\x13'));
    damaged.close();
    const CliRun recovered = run({QStringLiteral("--json"), QStringLiteral("recover")});
    QVERIFY2(recovered.exitCode == 0, qPrintable(recovered.err));
    const QString from = jsonOf(recovered.out)[QStringLiteral("restoredFrom")].toString();
    QVERIFY2(from.startsWith(QStringLiteral("s3+http://")) && from.contains(newest),
             qPrintable(recovered.out));
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--full")}).exitCode, 0);
}

void TestCliBackupDestinations::oldPolicyLockHoldsTheList()
{
    // An admin who locked backup.destination before it became a list keeps the lock: backups
    // go to that folder alone, and the user can neither add a destination nor remove it.
    const QString policy = m_dir->filePath(QStringLiteral("policy.ini"));
    QFile file(policy);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[locked]\nbackup.destination=" + m_folder.toUtf8() + "\n");
    file.close();
    const auto locked = [&](const QStringList &arguments) {
        return runCli(m_profile, policy, arguments);
    };

    const CliRun listed = locked({QStringLiteral("--json"), QStringLiteral("backup"),
                                  QStringLiteral("destinations"), QStringLiteral("list")});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const QJsonArray list = jsonOf(listed.out)[QStringLiteral("destinations")].toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0)[QStringLiteral("location")].toString(), m_folder);
    QVERIFY(listed.err.contains(QStringLiteral("backup.destination: this setting is called "
                                               "backup.destinations now")));

    const CliRun added = locked({QStringLiteral("backup"), QStringLiteral("destinations"),
                                 QStringLiteral("add"), QStringLiteral("bucket"), m_bucket});
    QCOMPARE(added.exitCode, 3);
    QVERIFY2(added.err.contains(QStringLiteral("backup.destinations")), qPrintable(added.err));
    const CliRun removed = locked({QStringLiteral("backup"), QStringLiteral("destinations"),
                                   QStringLiteral("remove"), QStringLiteral("local")});
    QCOMPARE(removed.exitCode, 3);

    const CliRun created = locked(
        {QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--no-encrypt")});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QCOMPARE(folderFiles().size(), 1);
    QVERIFY(bucketFiles().isEmpty());
    QVERIFY(webDavFiles().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliBackupDestinations)
#include "tst_clibackupdestinations.moc"
