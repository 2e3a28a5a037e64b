// backup.destinations: the strict reading of the list, the messages that name the entry and the
// rule, and each destination's retention over the defaults.
#include "core/backup/destinationlist.h"
#include "core/profile/profile.h"
#include "core/settings/preferencesstore.h"
#include "core/settings/settingsschema.h"
#include "core/settings/settingvalidator.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Hubstate::Core;

class TestBackupDestinations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAFullList();
    void refusesWithEntryAndRule_data();
    void refusesWithEntryAndRule();
    void roundTripsThroughJson();
    void schemaRefusesABadList();
    void retentionFallsBackToTheDefaults();
    void emptyListIsTheProfileFolder();
};

void TestBackupDestinations::readsAFullList()
{
    Result<QList<BackupDestination>> list = BackupDestinations::parse(QStringLiteral(
        R"([{"name":"here","kind":"folder","location":"/srv/hub"},
            {"name":"NAS","kind":"webdav","location":"https://alice@nas.lan/dav/","enabled":false},
            {"name":"B2","kind":"s3","location":"s3://KEY@s3.eu.backblazeb2.com/hub?region=eu-central-003",
             "retention":{"keepLast":3,"keepMonthly":12}}])"));
    QVERIFY2(list, list ? "" : qPrintable(list.error().message));
    QCOMPARE(list->size(), 3);
    QCOMPARE(list->at(0).kind, BackupDestination::Kind::Folder);
    QVERIFY(list->at(0).enabled);
    QVERIFY(!list->at(0).retention);
    QCOMPARE(list->at(1).kind, BackupDestination::Kind::WebDav);
    QVERIFY(!list->at(1).enabled);
    QCOMPARE(list->at(2).kind, BackupDestination::Kind::S3);
    QCOMPARE(list->at(2).retention->keepLast, std::optional<int>(3));
    QCOMPARE(list->at(2).retention->keepDaily, std::optional<int>());
    QCOMPARE(list->at(2).retention->keepMonthly, std::optional<int>(12));
    QVERIFY(BackupDestinations::parse(QString())->isEmpty());
}

void TestBackupDestinations::refusesWithEntryAndRule_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("message");
    const QString dst = QStringLiteral("backup.destinations");
    QTest::newRow("not json") << "[{" << dst + ":1:3";
    QTest::newRow("not an array") << R"({"name":"a"})"
                                  << "must be a JSON array";
    QTest::newRow("not an object") << "[1]"
                                   << "backup.destinations[0]: must be an object";
    QTest::newRow("no name") << R"([{"kind":"folder","location":"/a"}])"
                             << "backup.destinations[0].name: is required";
    QTest::newRow("empty name") << R"([{"name":" ","kind":"folder","location":"/a"}])"
                                << "must not be empty";
    QTest::newRow("control in name") << R"([{"name":"a\u0007","kind":"folder","location":"/a"}])"
                                     << "control characters";
    QTest::newRow("same name") << R"([{"name":"Here","kind":"folder","location":"/a"},
                                      {"name":"here","kind":"folder","location":"/b"}])"
                               << "backup.destinations[1] (\"here\").name: another destination";
    QTest::newRow("unknown member")
        << R"([{"name":"a","kind":"folder","location":"/a","path":"/b"}])"
        << "(\"a\"): \"path\" is not a member";
    QTest::newRow("bad kind") << R"([{"name":"a","kind":"ftp","location":"/a"}])"
                              << "(\"a\").kind: is required and must be one of folder, webdav, s3";
    QTest::newRow("no location") << R"([{"name":"a","kind":"folder"}])"
                                 << "(\"a\").location: is required";
    QTest::newRow("kind and location differ")
        << R"([{"name":"a","kind":"s3","location":"https://x.example/dav"}])"
        << "(\"a\").location: an S3 location starts with s3://";
    QTest::newRow("folder is a URL") << R"([{"name":"a","kind":"folder","location":"s3://k@h/b"}])"
                                     << "a folder is a path, not a URL";
    QTest::newRow("relative folder") << R"([{"name":"a","kind":"folder","location":"rel/dir"}])"
                                     << "a folder must be an absolute path";
    QTest::newRow("password in URL")
        << R"([{"name":"a","kind":"webdav","location":"https://u:secret@h/dav"}])"
        << "holds a password";
    QTest::newRow("same location") << R"([{"name":"a","kind":"folder","location":"/srv/x"},
                                          {"name":"b","kind":"folder","location":"/srv/x/"}])"
                                   << "(\"b\").location: another destination has the same location";
    QTest::newRow("enabled not bool")
        << R"([{"name":"a","kind":"folder","location":"/a","enabled":1}])"
        << "(\"a\").enabled: must be true or false";
    QTest::newRow("retention not object")
        << R"([{"name":"a","kind":"folder","location":"/a","retention":3}])"
        << "(\"a\").retention: must be an object";
    QTest::newRow("retention unknown")
        << R"([{"name":"a","kind":"folder","location":"/a","retention":{"keepYearly":1}}])"
        << "\"keepYearly\" is not one of keepLast";
    QTest::newRow("keepLast zero")
        << R"([{"name":"a","kind":"folder","location":"/a","retention":{"keepLast":0}}])"
        << "(\"a\").retention.keepLast: must be a whole number from 1 to 1000, as "
           "backup.maxBackups";
    QTest::newRow("keepDaily fraction")
        << R"([{"name":"a","kind":"folder","location":"/a","retention":{"keepDaily":1.5}}])"
        << "retention.keepDaily: must be a whole number from 0 to 366";
    QString many = QStringLiteral("[");
    for (int i = 0; i < 17; ++i)
        many += QStringLiteral(R"(%1{"name":"d%2","kind":"folder","location":"/d%2"})")
                    .arg(i ? QStringLiteral(",") : QString())
                    .arg(i);
    QTest::newRow("too many") << many + u']' << "lists 17 destinations, at most 16";
}

void TestBackupDestinations::refusesWithEntryAndRule()
{
    QFETCH(QString, json);
    QFETCH(QString, message);
    Result<QList<BackupDestination>> list = BackupDestinations::parse(json);
    QVERIFY(!list);
    QCOMPARE(list.error().code, ErrorCode::InvalidInput);
    QVERIFY2(list.error().message.contains(message), qPrintable(list.error().message));
    QVERIFY(!list.error().message.contains(QStringLiteral("secret@")));
}

void TestBackupDestinations::roundTripsThroughJson()
{
    BackupDestination folder;
    folder.name = QStringLiteral("here");
    folder.location = QStringLiteral("/srv/hub");
    BackupDestination s3;
    s3.name = QStringLiteral("offsite");
    s3.kind = BackupDestination::Kind::S3;
    s3.location = QStringLiteral("s3://KEY@s3.example.com/bucket");
    s3.enabled = false;
    s3.retention = BackupDestination::Retention{5, std::nullopt, 4, std::nullopt};
    const QList<BackupDestination> list{folder, s3};
    Result<QList<BackupDestination>> back =
        BackupDestinations::parse(BackupDestinations::toJson(list));
    QVERIFY(back);
    QCOMPARE(*back, list);
}

void TestBackupDestinations::schemaRefusesABadList()
{
    const SettingDefinition *definition =
        SettingsSchema::instance().find(QStringLiteral("backup.destinations"));
    QVERIFY(definition);
    std::optional<Violation> bad = SettingValidator::check(
        *definition, QStringLiteral(R"([{"name":"a","kind":"ftp","location":"/a"}])"));
    QVERIFY(bad);
    QVERIFY2(bad->message.contains(QStringLiteral("must be one of folder, webdav, s3")),
             qPrintable(bad->message));
    QVERIFY(!SettingValidator::check(*definition, QString()));
    QVERIFY(!SettingValidator::check(
        *definition, QStringLiteral(R"([{"name":"a","kind":"folder","location":"/a"}])")));
    QVERIFY(!SettingsSchema::instance().find(QStringLiteral("backup.destination")));
}

void TestBackupDestinations::retentionFallsBackToTheDefaults()
{
    QTemporaryDir dir;
    const Profile profile = Profile::inDirectory(dir.path());
    PreferencesStore store(profile, dir.filePath(QStringLiteral("no-policy.ini")));
    QVERIFY(store.open().ok());
    QVERIFY(store.setValue(QStringLiteral("backup.maxBackups"), 7).ok());
    QVERIFY(store.setValue(QStringLiteral("backup.keepWeekly"), 2).ok());
    BackupDestination own;
    own.retention = BackupDestination::Retention{2, 5, std::nullopt, std::nullopt};
    const RetentionPolicy policy = own.retentionPolicy(store);
    QCOMPARE(policy.keepLast, 2);
    QCOMPARE(policy.keepDaily, 5);
    QCOMPARE(policy.keepWeekly, 2);
    QCOMPARE(policy.keepMonthly, 0);
    const RetentionPolicy defaults = BackupDestination().retentionPolicy(store);
    QCOMPARE(defaults.keepLast, 7);
}

void TestBackupDestinations::emptyListIsTheProfileFolder()
{
    QTemporaryDir dir;
    const Profile profile = Profile::inDirectory(dir.path());
    PreferencesStore store(profile, dir.filePath(QStringLiteral("no-policy.ini")));
    QVERIFY(store.open().ok());
    QList<BackupDestination> list =
        BackupDestinations::configured(store, profile.backupDirectory());
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().name, QStringLiteral("local"));
    QCOMPARE(list.first().location, profile.backupDirectory());
    QVERIFY(store
                .setValue(QStringLiteral("backup.destinations"),
                          QStringLiteral(R"([{"name":"off","kind":"folder","location":"/x",
                                             "enabled":false}])"))
                .ok());
    QVERIFY(BackupDestinations::enabled(store, profile.backupDirectory()).isEmpty());
    QCOMPARE(BackupDestinations::locations(store), QStringList{QStringLiteral("/x")});
}

QTEST_GUILESS_MAIN(TestBackupDestinations)
#include "tst_backupdestinations.moc"
