// Sync between several profiles ("devices") as admins drive it: hubstate-cli run as a process
// per command, each device with its own --profile, against a plain folder and the real WebDAV
// servers of with-webdav.sh (Apache mod_dav, nginx with dav-ext, rclone serve webdav), their
// passwords in a real keychain (with-keyring.sh); server faults through the fault proxy.
#include "../backup/faultyproxy.h"
#include "clidevices.h"
#include "core/profile/profile.h"
#include "core/state/layoutrepository.h"
#include "core/state/statedatabase.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Hubstate::Core;
using namespace Hubstate::Tests;

namespace {

const QByteArray kPassphrase = "correct horse battery staple\n";
const QString kLayoutId = QStringLiteral("3b0f8c52-6a1d-4f7e-9c21-5d8e7a6b4c30");

} // namespace

class TestCliSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void convergesOnEveryStore_data();
    void convergesOnEveryStore();
    void promptWaitsForTheUserAndTheChoiceReachesEveryDevice();
    void mergeTakesLayoutFieldsFromBothSides();
    void deletedOnOneSideEditedOnTheOtherIsAConflict();
    void setUpRefusalsDevicesAndLeaving();
    void joiningTakesTheStoreOrMergesThisDevice();
    void tamperedBlobIsRefusedAndTheRestApplies();
    void lockedKeyKeepsTheAdminValue();
    void serverFaultsFailTheSyncWhichConvergesLater();

private:
    using Device = CliDevice;
    using Outcome = CliOutcome;

    Device device(const QString &name) const { return m_sync->device(name); }
    Outcome run(const Device &device, const QStringList &arguments, const QByteArray &input = {})
    {
        return m_sync->run(device, arguments, input);
    }
    Outcome run(const Device &device, const QString &line, const QByteArray &input = {})
    {
        return m_sync->run(device, line, input);
    }
    QString value(const Device &device, const QString &key) { return m_sync->value(device, key); }
    QJsonArray conflicts(const Device &device, bool all) { return m_sync->conflicts(device, all); }
    QString destination(const QString &kind, const QList<Device> &devices, quint16 port = 0)
    {
        return m_sync->destination(kind, devices, port);
    }
    QString storeFolder() const { return m_sync->storeFolder(); }
    QMap<QString, QByteArray> storeFiles() const { return m_sync->storeFiles(); }
    // Sets the conflict policy on every device (taken over by sync where the key syncs).
    void usePolicy(const QList<Device> &devices, const QString &policy);
    // custom-valid.json with another name and tags, as a file to import.
    QString layoutFile(const QString &name, const QStringList &tags);
    // The layout kLayoutId as `layout show` prints it; empty when there is none.
    QJsonObject layout(const Device &device);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliDevices> m_sync;
};

void TestCliSync::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("HUBSTATE_WEBDAV_RCLONE_URL").isEmpty(),
             "run under tests/keychain/with-keyring.sh unlocked tests/backup/with-webdav.sh");
}

void TestCliSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sync = std::make_unique<CliDevices>(m_dir->path());
}

void TestCliSync::cleanup()
{
    m_sync.reset();
    m_dir.reset();
}

void TestCliSync::usePolicy(const QList<Device> &devices, const QString &policy)
{
    // One device first and a sync round, so that where the key syncs the others receive it
    // rather than set it at the same time; then every device sets it (a no-op if received).
    RUN_OK(devices.first(),
           {QStringLiteral("config"), QStringLiteral("set"),
            QStringLiteral("sync.conflictResolution"), policy});
    for (const Device &each : devices)
        RUN_OK(each, QStringLiteral("sync now"));
    for (const Device &each : devices) {
        RUN_OK(each,
               {QStringLiteral("config"), QStringLiteral("set"),
                QStringLiteral("sync.conflictResolution"), policy});
        QCOMPARE(value(each, QStringLiteral("sync.conflictResolution")), policy);
    }
}

QString TestCliSync::layoutFile(const QString &name, const QStringList &tags)
{
    QJsonObject document =
        QJsonDocument::fromJson(
            readFile(QStringLiteral(HUBSTATE_TEST_DATA "/layouts/custom-valid.json")))
            .object();
    document[QStringLiteral("name")] = name;
    QJsonObject metadata = document[QStringLiteral("metadata")].toObject();
    metadata[QStringLiteral("tags")] = QJsonArray::fromStringList(tags);
    document[QStringLiteral("metadata")] = metadata;
    static int serial = 0;
    const QString path = m_dir->filePath(QStringLiteral("layout-%1.json").arg(++serial));
    if (!writeFile(path, QJsonDocument(document).toJson()))
        return {};
    return path;
}

QJsonObject TestCliSync::layout(const Device &device)
{
    const Outcome shown = run(device, QStringLiteral("layout show ") + kLayoutId);
    return shown.exitCode == 0 ? shown.json().object() : QJsonObject();
}

void TestCliSync::convergesOnEveryStore_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : {"folder", "apache", "nginx", "rclone"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestCliSync::convergesOnEveryStore()
{
    QFETCH(QString, kind);
    const Device a = device(QStringLiteral("laptop"));
    const Device b = device(QStringLiteral("desktop"));
    const QString store = destination(kind, {a, b});
    QVERIFY(!store.isEmpty());
    if (kind != QLatin1String("folder")) {
        // Without the server's password in the keychain: the entry and the command that
        // stores it are named, as for backups.
        const Outcome refused =
            run(device(QStringLiteral("stranger")),
                QStringLiteral("sync init %1 --passphrase-stdin").arg(store), kPassphrase);
        EXPECT_EXIT(refused, 3);
        QVERIFY2(refused.err.contains(WebDavDestination::passwordSecretName(QUrl(store)))
                     && refused.err.contains(QStringLiteral("secret set")),
                 qPrintable(refused.describe()));
    }

    // Set up: a store and its first device, then a second device that reads it first.
    const Outcome created =
        run(a,
            {QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("init"), store,
             QStringLiteral("--passphrase-stdin"), QStringLiteral("--name"), a.name},
            kPassphrase);
    EXPECT_EXIT(created, 0);
    QCOMPARE(created.json()[QStringLiteral("configured")].toBool(), true);
    QCOMPARE(created.json()[QStringLiteral("deviceName")].toString(), a.name);
    QVERIFY2(!created.out.contains(QString::fromUtf8(kPassphrase.trimmed())),
             "the passphrase is never printed");
    // Nothing of the passphrase or the settings' names lies in the store in clear.
    RUN_OK(a, QStringLiteral("config set preferences.theme.mode dark"));
    const Outcome joined =
        run(b,
            {QStringLiteral("sync"), QStringLiteral("join"), store,
             QStringLiteral("--passphrase-stdin"), QStringLiteral("--name"), b.name},
            kPassphrase);
    EXPECT_EXIT(joined, 0);
    QVERIFY2(joined.out.contains(QStringLiteral("merged")), qPrintable(joined.out));

    // An edit on one device reaches the other in one sync on each side.
    const Outcome sent = run(a, QStringLiteral("--json sync now"));
    EXPECT_EXIT(sent, 0);
    QVERIFY2(sent.json()[QStringLiteral("sent")].toInt() >= 1, qPrintable(sent.out));
    const Outcome received = run(b, QStringLiteral("--json sync now"));
    EXPECT_EXIT(received, 0);
    QVERIFY2(received.json()[QStringLiteral("applied")].toInt() >= 1, qPrintable(received.out));
    QCOMPARE(value(b, QStringLiteral("preferences.theme.mode")), QStringLiteral("dark"));
    const QMap<QString, QByteArray> stored = storeFiles();
    QVERIFY(!stored.isEmpty());
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        const QByteArray content = readFile(storeFolder() + u'/' + it.key());
        QVERIFY2(!content.contains("preferences") && !content.contains("dark")
                     && !content.contains(kPassphrase.trimmed()),
                 qPrintable(it.key()));
        QVERIFY2(!it.key().contains(QStringLiteral("theme")), qPrintable(it.key()));
    }

    // Edits of different keys on both devices merge.
    RUN_OK(a, QStringLiteral("config set preferences.theme.fontSize large"));
    RUN_OK(b, QStringLiteral("config set preferences.theme.highContrast true"));
    for (const Device &each : {a, b, a})
        RUN_OK(each, QStringLiteral("sync now"));
    for (const Device &each : {a, b}) {
        QCOMPARE(value(each, QStringLiteral("preferences.theme.fontSize")),
                 QStringLiteral("large"));
        QCOMPARE(value(each, QStringLiteral("preferences.theme.highContrast")),
                 QStringLiteral("true"));
        QCOMPARE(conflicts(each, true), QJsonArray());
    }

    // The same key on both under last-write-wins: one winner, the same on both devices, and
    // the losing value kept in the conflict log.
    usePolicy({a, b}, QStringLiteral("last-write-wins"));
    if (QTest::currentTestFailed())
        return;
    RUN_OK(a, QStringLiteral("config set preferences.theme.accentColor #aa0000"));
    RUN_OK(b, QStringLiteral("config set preferences.theme.accentColor #00bb00"));
    for (const Device &each : {a, b, a})
        RUN_OK(each, QStringLiteral("sync now"));
    const QString winner = value(a, QStringLiteral("preferences.theme.accentColor"));
    QCOMPARE(value(b, QStringLiteral("preferences.theme.accentColor")), winner);
    QVERIFY2(winner == QLatin1String("#aa0000") || winner == QLatin1String("#00bb00"),
             qPrintable(winner));
    const QString loser =
        winner == QLatin1String("#aa0000") ? QStringLiteral("#00bb00") : QStringLiteral("#aa0000");
    const Device &losingDevice = winner == QLatin1String("#aa0000") ? b : a;
    QCOMPARE(conflicts(a, false), QJsonArray()); // nothing waits for the user
    QCOMPARE(conflicts(b, false), QJsonArray());
    const QJsonArray logged = conflictsAbout(
        conflicts(losingDevice, true), QStringLiteral("setting:preferences.theme.accentColor"));
    QVERIFY2(!logged.isEmpty(), "the losing device logs the value it lost");
    QCOMPARE(logged.at(0)[QStringLiteral("mine")].toString(), loser);
    QCOMPARE(logged.at(0)[QStringLiteral("theirs")].toString(), winner);
    QCOMPARE(logged.at(0)[QStringLiteral("policy")].toString(), QStringLiteral("last-write-wins"));
    QVERIFY(logged.at(0)[QStringLiteral("state")].toString() != QLatin1String("open"));

    // Both devices know each other, by the names they were given.
    const Outcome listed = run(a, QStringLiteral("--json sync devices"));
    EXPECT_EXIT(listed, 0);
    QStringList names;
    for (const QJsonValue &each : listed.json().array())
        names.append(
            each[QStringLiteral("name")].toString()
            + (each[QStringLiteral("self")].toBool() ? QStringLiteral(" (self)") : QString()));
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("desktop"), QStringLiteral("laptop (self)")}));
    const Outcome status = run(b, QStringLiteral("--json sync status"));
    EXPECT_EXIT(status, 0);
    QCOMPARE(status.json()[QStringLiteral("pending")].toInt(), 0);
    QCOMPARE(status.json()[QStringLiteral("openConflicts")].toInt(), 0);
    QCOMPARE(status.json()[QStringLiteral("lastError")].toString(), QString());
    QVERIFY(!status.json()[QStringLiteral("lastSync")].toString().isEmpty());
    QVERIFY2(!status.json()[QStringLiteral("destination")].toString().contains(
                 qEnvironmentVariable("HUBSTATE_WEBDAV_PASSWORD")),
             "no password in what is shown");
}

void TestCliSync::promptWaitsForTheUserAndTheChoiceReachesEveryDevice()
{
    const Device a = device(QStringLiteral("a"));
    const Device b = device(QStringLiteral("b"));
    const QString store = destination(QStringLiteral("folder"), {a, b});
    EXPECT_EXIT(run(a, QStringLiteral("sync init %1 --passphrase-stdin").arg(store), kPassphrase),
                0);
    EXPECT_EXIT(run(b, QStringLiteral("sync join %1 --passphrase-stdin").arg(store), kPassphrase),
                0);
    usePolicy({a, b}, QStringLiteral("prompt"));
    if (QTest::currentTestFailed())
        return;

    RUN_OK(a, QStringLiteral("config set preferences.theme.mode light"));
    RUN_OK(b, QStringLiteral("config set preferences.theme.mode dark"));
    for (const Device &each : {a, b, a})
        RUN_OK(each, QStringLiteral("sync now"));
    // Each keeps its own value in force while the conflict waits.
    QCOMPARE(value(a, QStringLiteral("preferences.theme.mode")), QStringLiteral("light"));
    QCOMPARE(value(b, QStringLiteral("preferences.theme.mode")), QStringLiteral("dark"));
    const QJsonArray open =
        conflictsAbout(conflicts(b, false), QStringLiteral("setting:preferences.theme.mode"));
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0)[QStringLiteral("state")].toString(), QStringLiteral("open"));
    QCOMPARE(open.at(0)[QStringLiteral("mine")].toString(), QStringLiteral("dark"));
    QCOMPARE(open.at(0)[QStringLiteral("theirs")].toString(), QStringLiteral("light"));
    QCOMPARE(open.at(0)[QStringLiteral("theirDeviceName")].toString().isEmpty(), false);
    const Outcome text = run(b, QStringLiteral("sync conflicts"));
    EXPECT_EXIT(text, 0);
    QVERIFY2(text.out.contains(QStringLiteral("preferences.theme.mode"))
                 && text.out.contains(QStringLiteral("mine: dark"))
                 && text.out.contains(QStringLiteral("theirs: light")),
             qPrintable(text.out));
    const Outcome status = run(b, QStringLiteral("--json sync status"));
    QCOMPARE(status.json()[QStringLiteral("openConflicts")].toInt(), 1);

    // Resolving on one device is a new change that every device takes.
    EXPECT_EXIT(
        run(b,
            QStringLiteral("sync resolve %1").arg(open.at(0)[QStringLiteral("id")].toInteger())
                + QStringLiteral(" --mine --theirs")),
        2);
    RUN_OK(b,
           QStringLiteral("sync resolve %1 --theirs")
               .arg(open.at(0)[QStringLiteral("id")].toInteger()));
    QCOMPARE(value(b, QStringLiteral("preferences.theme.mode")), QStringLiteral("light"));
    for (const Device &each : {b, a, b})
        RUN_OK(each, QStringLiteral("sync now"));
    for (const Device &each : {a, b}) {
        QCOMPARE(value(each, QStringLiteral("preferences.theme.mode")), QStringLiteral("light"));
        QCOMPARE(conflicts(each, false), QJsonArray());
    }
    const QJsonArray resolved =
        conflictsAbout(conflicts(b, true), QStringLiteral("setting:preferences.theme.mode"));
    QVERIFY(!resolved.isEmpty());
    QCOMPARE(resolved.at(0)[QStringLiteral("state")].toString(), QStringLiteral("took-theirs"));
    // An id that is no conflict.
    EXPECT_EXIT(run(b, QStringLiteral("sync resolve 999999 --mine")), 3);
}

void TestCliSync::mergeTakesLayoutFieldsFromBothSides()
{
    const Device a = device(QStringLiteral("a"));
    const Device b = device(QStringLiteral("b"));
    const QString store = destination(QStringLiteral("folder"), {a, b});
    EXPECT_EXIT(run(a, QStringLiteral("sync init %1 --passphrase-stdin").arg(store), kPassphrase),
                0);
    EXPECT_EXIT(run(b, QStringLiteral("sync join %1 --passphrase-stdin").arg(store), kPassphrase),
                0);
    usePolicy({a, b}, QStringLiteral("merge"));
    if (QTest::currentTestFailed())
        return;

    RUN_OK(a,
           QStringLiteral("layout import ")
               + layoutFile(QStringLiteral("Review"), {QStringLiteral("work")}));
    for (const Device &each : {a, b})
        RUN_OK(each, QStringLiteral("sync now"));
    QCOMPARE(layout(b)[QStringLiteral("name")].toString(), QStringLiteral("Review"));

    // Different fields on each side: both kept.
    RUN_OK(a,
           QStringLiteral("layout import ")
               + layoutFile(QStringLiteral("Code review"), {QStringLiteral("work")}));
    RUN_OK(b,
           QStringLiteral("layout import ")
               + layoutFile(QStringLiteral("Review"),
                            {QStringLiteral("work"), QStringLiteral("daily")}));
    for (const Device &each : {a, b, a})
        RUN_OK(each, QStringLiteral("sync now"));
    for (const Device &each : {a, b}) {
        const QJsonObject merged = layout(each);
        QCOMPARE(merged[QStringLiteral("name")].toString(), QStringLiteral("Code review"));
        QCOMPARE(merged[QStringLiteral("metadata")][QStringLiteral("tags")].toArray(),
                 (QJsonArray{QStringLiteral("work"), QStringLiteral("daily")}));
        QCOMPARE(conflicts(each, false), QJsonArray());
    }

    // The same field on both sides: a conflict that waits for the user, naming the field.
    RUN_OK(a,
           QStringLiteral("layout import ")
               + layoutFile(QStringLiteral("Alpha"),
                            {QStringLiteral("work"), QStringLiteral("daily")}));
    RUN_OK(b,
           QStringLiteral("layout import ")
               + layoutFile(QStringLiteral("Beta"),
                            {QStringLiteral("work"), QStringLiteral("daily")}));
    for (const Device &each : {a, b, a})
        RUN_OK(each, QStringLiteral("sync now"));
    QCOMPARE(layout(a)[QStringLiteral("name")].toString(), QStringLiteral("Alpha"));
    QCOMPARE(layout(b)[QStringLiteral("name")].toString(), QStringLiteral("Beta"));
    const QJsonArray open =
        conflictsAbout(conflicts(b, false), QStringLiteral("layout:") + kLayoutId);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0)[QStringLiteral("policy")].toString(), QStringLiteral("merge"));
    QCOMPARE(open.at(0)[QStringLiteral("fields")].toArray(), QJsonArray{QStringLiteral("name")});
    const Outcome text = run(b, QStringLiteral("sync conflicts"));
    QVERIFY2(text.out.contains(QStringLiteral("name=Beta"))
                 && text.out.contains(QStringLiteral("name=Alpha"))
                 && text.out.contains(QStringLiteral("name=Code review")),
             qPrintable(text.out));
}

void TestCliSync::deletedOnOneSideEditedOnTheOtherIsAConflict()
{
    const Device a = device(QStringLiteral("a"));
    const Device b = device(QStringLiteral("b"));
    const QString store = destination(QStringLiteral("folder"), {a, b});
    EXPECT_EXIT(run(a, QStringLiteral("sync init %1 --passphrase-stdin").arg(store), kPassphrase),
                0);
    RUN_OK(a, QStringLiteral("layout import ") + layoutFile(QStringLiteral("Shared"), {}));
    RUN_OK(a, QStringLiteral("sync now"));
    EXPECT_EXIT(run(b, QStringLiteral("sync join %1 --passphrase-stdin").arg(store), kPassphrase),
                0);
    RUN_OK(b, QStringLiteral("sync now"));
    QCOMPARE(layout(b)[QStringLiteral("name")].toString(), QStringLiteral("Shared"));

    // A deletes the layout (as the GUI's layout list does), B edits it.
    {
        StateDatabase database;
        QVERIFY(database.open(Profile::inDirectory(a.profile).databaseFile()).ok());
        QVERIFY(LayoutRepository(database).remove(kLayoutId).ok());
    }
    QVERIFY(layout(a).isEmpty());
    RUN_OK(b, QStringLiteral("layout import ") + layoutFile(QStringLiteral("Shared, edited"), {}));
    for (const Device &each : {a, b, a})
        RUN_OK(each, QStringLiteral("sync now"));

    // Never a silent loss: the edited record is still there and the conflict says so.
    QCOMPARE(layout(b)[QStringLiteral("name")].toString(), QStringLiteral("Shared, edited"));
    const QJsonArray onA =
        conflictsAbout(conflicts(a, true), QStringLiteral("layout:") + kLayoutId);
    const QJsonArray onB =
        conflictsAbout(conflicts(b, true), QStringLiteral("layout:") + kLayoutId);
    QVERIFY2(!onA.isEmpty() || !onB.isEmpty(), "delete versus edit is a conflict");
    if (!onA.isEmpty()) {
        QVERIFY(onA.at(0)[QStringLiteral("mine")].isNull()); // deleted here
        QCOMPARE(onA.at(0)[QStringLiteral("theirs")][QStringLiteral("name")].toString(),
                 QStringLiteral("Shared, edited"));
    }
    if (!onB.isEmpty())
        QVERIFY(onB.at(0)[QStringLiteral("theirs")].isNull());
    const Outcome text = run(onA.isEmpty() ? b : a, QStringLiteral("sync conflicts --all"));
    QVERIFY2(text.out.contains(QStringLiteral("(deleted)")), qPrintable(text.out));

    // Taking the edit where it was deleted brings the record back, and both agree.
    const QJsonArray openOnA =
        conflictsAbout(conflicts(a, false), QStringLiteral("layout:") + kLayoutId);
    if (!openOnA.isEmpty())
        RUN_OK(a,
               QStringLiteral("sync resolve %1 --theirs")
                   .arg(openOnA.at(0)[QStringLiteral("id")].toInteger()));
    const QJsonArray openOnB =
        conflictsAbout(conflicts(b, false), QStringLiteral("layout:") + kLayoutId);
    if (!openOnB.isEmpty())
        RUN_OK(b,
               QStringLiteral("sync resolve %1 --mine")
                   .arg(openOnB.at(0)[QStringLiteral("id")].toInteger()));
    for (const Device &each : {a, b, a})
        RUN_OK(each, QStringLiteral("sync now"));
    for (const Device &each : {a, b}) {
        QCOMPARE(layout(each)[QStringLiteral("name")].toString(), QStringLiteral("Shared, edited"));
        QCOMPARE(conflicts(each, false), QJsonArray());
    }
}

void TestCliSync::setUpRefusalsDevicesAndLeaving()
{
    const Device a = device(QStringLiteral("a"));
    const Device b = device(QStringLiteral("b"));
    const Device c = device(QStringLiteral("c"));
    const QString store = destination(QStringLiteral("folder"), {a, b, c});

    // Nothing set up yet.
    const Outcome none = run(a, QStringLiteral("--json sync status"));
    EXPECT_EXIT(none, 0);
    QCOMPARE(none.json()[QStringLiteral("configured")].toBool(), false);
    for (const char *command : {"sync now", "sync leave", "sync resolve 1 --mine"}) {
        const Outcome refused = run(a, QLatin1String(command));
        EXPECT_EXIT(refused, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("not set up")),
                 qPrintable(refused.describe()));
    }
    EXPECT_EXIT(run(a, QStringLiteral("sync")), 2);
    EXPECT_EXIT(run(a, QStringLiteral("sync frobnicate")), 2);
    EXPECT_EXIT(run(a, QStringLiteral("sync init")), 2);
    // No terminal to ask on and no --passphrase-stdin: a usage error, nothing created.
    EXPECT_EXIT(run(a, QStringLiteral("sync init ") + store), 2);
    EXPECT_EXIT(run(a, QStringLiteral("sync init %1 --passphrase-stdin").arg(store), "\n"), 3);
    QCOMPARE(storeFiles(), (QMap<QString, QByteArray>()));

    EXPECT_EXIT(run(a, QStringLiteral("sync init %1 --passphrase-stdin --name alpha").arg(store),
                    kPassphrase),
                0);
    // Setting up ran a whole first sync.
    const Outcome setUp = run(a, QStringLiteral("--json sync status"));
    QCOMPARE(setUp.json()[QStringLiteral("configured")].toBool(), true);
    QCOMPARE(setUp.json()[QStringLiteral("pending")].toInt(), 0);
    QVERIFY2(!setUp.json()[QStringLiteral("lastSync")].isNull(), qPrintable(setUp.out));
    // A place that holds a store is never initialised again, from another profile either.
    const QMap<QString, QByteArray> before = storeFiles();
    const Outcome again =
        run(b, QStringLiteral("sync init %1 --passphrase-stdin").arg(store), kPassphrase);
    EXPECT_EXIT(again, 3);
    QVERIFY2(again.err.startsWith(QStringLiteral("hubstate-cli: error: ")), qPrintable(again.err));
    QCOMPARE(storeFiles(), before);

    // A wrong passphrase opens nothing and sets nothing up.
    const Outcome wrong = run(b, QStringLiteral("sync join %1 --passphrase-stdin").arg(store),
                              "not the passphrase\n");
    EXPECT_EXIT(wrong, 5);
    QCOMPARE(
        run(b, QStringLiteral("--json sync status")).json()[QStringLiteral("configured")].toBool(),
        false);
    EXPECT_EXIT(run(b, QStringLiteral("sync join %1 --passphrase-stdin --name beta").arg(store),
                    kPassphrase),
                0);
    EXPECT_EXIT(run(c, QStringLiteral("sync join %1 --passphrase-stdin --name gamma").arg(store),
                    kPassphrase),
                0);
    for (const Device &each : {a, b, c})
        RUN_OK(each, QStringLiteral("sync now"));

    const auto deviceNames = [this](const Device &on) {
        QMap<QString, QString> names; // name -> id
        const Outcome listed = run(on, QStringLiteral("--json sync devices"));
        for (const QJsonValue &each : listed.json().array())
            names.insert(each[QStringLiteral("name")].toString(),
                         each[QStringLiteral("id")].toString());
        return names;
    };
    QMap<QString, QString> names = deviceNames(a);
    QCOMPARE(
        names.keys(),
        (QStringList{QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")}));
    const QString betaId = names.value(QStringLiteral("beta"));
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{16}$")).match(betaId).hasMatch(),
             qPrintable(betaId));
    const Outcome text = run(a, QStringLiteral("sync devices"));
    QVERIFY2(text.out.contains(QStringLiteral("(this device)")), qPrintable(text.out));

    // Renaming, by id or by name.
    RUN_OK(a, QStringLiteral("sync rename %1 workstation").arg(betaId));
    QVERIFY(deviceNames(a).contains(QStringLiteral("workstation")));
    RUN_OK(a, QStringLiteral("sync rename gamma tablet"));
    QVERIFY(deviceNames(a).contains(QStringLiteral("tablet")));
    EXPECT_EXIT(run(a, QStringLiteral("sync rename nobody x")), 3);
    EXPECT_EXIT(run(a, QStringLiteral("sync rename alpha")), 2);
    RUN_OK(a, QStringLiteral("sync now"));
    RUN_OK(b, QStringLiteral("config set preferences.theme.mode dark"));
    const QMap<QString, QByteArray> beforeB = storeFiles();
    RUN_OK(b, QStringLiteral("sync now"));
    QStringList writtenByB;
    for (const QString &file : storeFiles().keys()) {
        if (!beforeB.contains(file))
            writtenByB.append(file);
    }
    QVERIFY(!writtenByB.isEmpty());
    RUN_OK(c, QStringLiteral("sync now"));

    // This device is left with `leave`, never forgotten.
    EXPECT_EXIT(run(a, QStringLiteral("sync forget alpha")), 3);
    // C leaves: it says so, and the others no longer list it once they synced.
    const Outcome left = run(c, QStringLiteral("sync leave"));
    EXPECT_EXIT(left, 0);
    const Outcome after = run(c, QStringLiteral("sync status"));
    EXPECT_EXIT(after, 0);
    QVERIFY2(after.out.startsWith(QStringLiteral("configured: no")), qPrintable(after.out));
    QCOMPARE(
        run(c, QStringLiteral("--json sync status")).json()[QStringLiteral("configured")].toBool(),
        false);
    RUN_OK(a, QStringLiteral("sync now"));
    QVERIFY2(!deviceNames(a).contains(QStringLiteral("tablet")),
             qPrintable(QStringList(deviceNames(a).keys()).join(u',')));
    // A forgets B: B's files go from the store.
    const Outcome forgotten = run(a, QStringLiteral("--json sync forget ") + betaId);
    EXPECT_EXIT(forgotten, 0);
    QCOMPARE(deviceNames(a).keys(), QStringList{QStringLiteral("alpha")});
    const QMap<QString, QByteArray> remaining = storeFiles();
    for (const QString &file : std::as_const(writtenByB))
        QVERIFY2(!remaining.contains(file), qPrintable(file));
}

void TestCliSync::joiningTakesTheStoreOrMergesThisDevice()
{
    const Device a = device(QStringLiteral("a"));
    const Device taking = device(QStringLiteral("taking"));
    const Device merging = device(QStringLiteral("merging"));
    const QString store = destination(QStringLiteral("folder"), {a, taking, merging});
    RUN_OK(a, QStringLiteral("config set preferences.theme.fontSize large"));
    EXPECT_EXIT(run(a, QStringLiteral("sync init %1 --passphrase-stdin").arg(store), kPassphrase),
                0);
    for (const Device &each : {taking, merging})
        RUN_OK(each, QStringLiteral("config set preferences.theme.highContrast true"));

    // --take-remote: the store's values replace this device's own.
    const Outcome took =
        run(taking, QStringLiteral("sync join %1 --passphrase-stdin --take-remote").arg(store),
            kPassphrase);
    EXPECT_EXIT(took, 0);
    QVERIFY2(took.out.contains(QStringLiteral("took the store's values")), qPrintable(took.out));
    QCOMPARE(value(taking, QStringLiteral("preferences.theme.fontSize")), QStringLiteral("large"));
    QCOMPARE(value(taking, QStringLiteral("preferences.theme.highContrast")),
             QStringLiteral("false"));

    // Without it, this device's own changes join the store; its defaults never replace the
    // store's values.
    EXPECT_EXIT(
        run(merging, QStringLiteral("sync join %1 --passphrase-stdin").arg(store), kPassphrase), 0);
    QCOMPARE(value(merging, QStringLiteral("preferences.theme.fontSize")), QStringLiteral("large"));
    QCOMPARE(value(merging, QStringLiteral("preferences.theme.highContrast")),
             QStringLiteral("true"));
    for (const Device &each : {merging, a, taking})
        RUN_OK(each, QStringLiteral("sync now"));
    for (const Device &each : {a, taking}) {
        QCOMPARE(value(each, QStringLiteral("preferences.theme.highContrast")),
                 QStringLiteral("true"));
        QCOMPARE(value(each, QStringLiteral("preferences.theme.fontSize")),
                 QStringLiteral("large"));
    }
}

void TestCliSync::tamperedBlobIsRefusedAndTheRestApplies()
{
    const Device a = device(QStringLiteral("a"));
    const Device b = device(QStringLiteral("b"));
    const Device c = device(QStringLiteral("c"));
    const QString store = destination(QStringLiteral("folder"), {a, b, c});
    for (const Device &each : {a, b, c}) {
        const QString verb = each.name == a.name ? QStringLiteral("init") : QStringLiteral("join");
        EXPECT_EXIT(run(each,
                        QStringLiteral("sync %1 %2 --passphrase-stdin --name %3")
                            .arg(verb, store, each.name),
                        kPassphrase),
                    0);
    }
    for (const Device &each : {a, b, c})
        RUN_OK(each, QStringLiteral("sync now"));

    // What B's sync writes is B's; one byte of it is flipped on the server.
    RUN_OK(b, QStringLiteral("config set preferences.theme.mode dark"));
    const QMap<QString, QByteArray> before = storeFiles();
    RUN_OK(b, QStringLiteral("sync now"));
    QStringList written;
    const QMap<QString, QByteArray> after = storeFiles();
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (before.value(it.key()) != it.value())
            written.append(it.key());
    }
    QVERIFY(!written.isEmpty());
    RUN_OK(c, QStringLiteral("config set preferences.theme.fontSize large"));
    RUN_OK(c, QStringLiteral("sync now"));
    for (const QString &name : std::as_const(written)) {
        QFile file(storeFolder() + u'/' + name);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray content = file.readAll();
        QVERIFY(!content.isEmpty());
        content[content.size() / 2] = char(content.at(content.size() / 2) ^ 0x20);
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(content), content.size());
    }

    const Outcome tampered = run(a, QStringLiteral("sync now"));
    EXPECT_EXIT(tampered, 4);
    // One error line names the store, then one per refused file, naming it and its device.
    const QStringList lines = tampered.err.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 2 && lines.at(0).startsWith(QStringLiteral("hubstate-cli: error: "))
                 && lines.at(0).contains(store),
             qPrintable(tampered.err));
    for (const QString &name : std::as_const(written)) {
        if (name.contains(QStringLiteral("-seg-")))
            QVERIFY2(tampered.err.contains(name + QStringLiteral(" of device b (")),
                     qPrintable(tampered.err));
    }
    QVERIFY2(tampered.out.contains(QStringLiteral("received")), "the report is printed too");
    QCOMPARE(value(a, QStringLiteral("preferences.theme.mode")), QStringLiteral("auto"));
    QCOMPARE(value(a, QStringLiteral("preferences.theme.fontSize")), QStringLiteral("large"));
    const Outcome status = run(a, QStringLiteral("--json sync status"));
    QVERIFY2(!status.json()[QStringLiteral("lastError")].toString().isEmpty(),
             qPrintable(status.out));
    // Still refused the next time: never applied.
    EXPECT_EXIT(run(a, QStringLiteral("sync now")), 4);
    QCOMPARE(value(a, QStringLiteral("preferences.theme.mode")), QStringLiteral("auto"));
}

void TestCliSync::lockedKeyKeepsTheAdminValue()
{
    const Device a = device(QStringLiteral("a"));
    const Device b = device(QStringLiteral("b"));
    const QString store = destination(QStringLiteral("folder"), {a, b});
    QVERIFY(writeFile(b.policy, "[locked]\npreferences.theme.mode=light\n"));
    EXPECT_EXIT(run(a, QStringLiteral("sync init %1 --passphrase-stdin").arg(store), kPassphrase),
                0);
    EXPECT_EXIT(run(b, QStringLiteral("sync join %1 --passphrase-stdin").arg(store), kPassphrase),
                0);
    RUN_OK(a, QStringLiteral("config set preferences.theme.mode dark"));
    RUN_OK(a, QStringLiteral("sync now"));
    const Outcome received = run(b, QStringLiteral("sync now"));
    EXPECT_EXIT(received, 0);
    QVERIFY2(
        received.err.contains(QStringLiteral("hubstate-cli: warning: preferences.theme.mode: "))
            && received.err.contains(QStringLiteral("locks")),
        qPrintable(received.describe()));

    // Stored, without effect: the lock holds and is explained as usual.
    QCOMPARE(value(b, QStringLiteral("preferences.theme.mode")), QStringLiteral("light"));
    const Outcome explained =
        run(b, QStringLiteral("--json config explain preferences.theme.mode"));
    EXPECT_EXIT(explained, 0);
    QCOMPARE(explained.json()[QStringLiteral("locked")].toBool(), true);
    QCOMPARE(explained.json()[QStringLiteral("value")].toString(), QStringLiteral("light"));
    QCOMPARE(explained.json()[QStringLiteral("user")].toString(), QStringLiteral("dark"));
    const Outcome text = run(b, QStringLiteral("config explain preferences.theme.mode"));
    QVERIFY2(text.out.contains(QStringLiteral("locked by the administrator")),
             qPrintable(text.out));

    // B never sends the admin's value as its own.
    for (const Device &each : {b, a})
        RUN_OK(each, QStringLiteral("sync now"));
    QCOMPARE(value(a, QStringLiteral("preferences.theme.mode")), QStringLiteral("dark"));
    // Once the lock goes, the synced value takes effect.
    QVERIFY(QFile::remove(b.policy));
    QCOMPARE(value(b, QStringLiteral("preferences.theme.mode")), QStringLiteral("dark"));
}

void TestCliSync::serverFaultsFailTheSyncWhichConvergesLater()
{
    FaultyProxy proxy(quint16(QUrl(qEnvironmentVariable("HUBSTATE_WEBDAV_URL")).port()));
    const Device a = device(QStringLiteral("a"));
    const Device b = device(QStringLiteral("b"));
    const QString store = destination(QStringLiteral("apache"), {a, b}, proxy.port());
    QVERIFY(!store.isEmpty());
    EXPECT_EXIT(run(a, QStringLiteral("sync init %1 --passphrase-stdin").arg(store), kPassphrase),
                0);
    EXPECT_EXIT(run(b, QStringLiteral("sync join %1 --passphrase-stdin").arg(store), kPassphrase),
                0);
    for (const Device &each : {a, b})
        RUN_OK(each, QStringLiteral("sync now"));

    struct Fault
    {
        const char *name;
        std::function<void()> arm;
        const char *key;
        const char *value;
        const char *said; // in the error message
    };
    const QList<Fault> faults{
        {"500 on every request", [&] { proxy.answer(500, 1000); }, "preferences.theme.accentColor",
         "#123456", "HTTP 500"},
        {"uploads cut halfway", [&] { proxy.dropUploads(1000); }, "preferences.theme.fontSize",
         "small", "connection"},
        {"507 insufficient storage", [&] { proxy.answer(507, 1000, "PUT"); },
         "preferences.theme.highContrast", "true", "507"},
        {"401 credentials refused", [&] { proxy.answer(401, 1000); },
         "preferences.theme.reducedMotion", "true", "401"},
    };
    for (const Fault &fault : faults) {
        RUN_OK(a,
               {QStringLiteral("config"), QStringLiteral("set"), QLatin1String(fault.key),
                QLatin1String(fault.value)});
        fault.arm();
        const Outcome failed = run(a, QStringLiteral("sync now"));
        proxy.answer(0, 0);
        proxy.dropUploads(0);
        QVERIFY2(failed.exitCode == 1,
                 qPrintable(QLatin1String(fault.name) + u'\n' + failed.describe()));
        QVERIFY2(failed.err.startsWith(QStringLiteral("hubstate-cli: error: ")),
                 qPrintable(failed.describe()));
        QVERIFY2(failed.err.contains(QStringLiteral("127.0.0.1"))
                     && failed.err.contains(QLatin1String(fault.said)),
                 qPrintable(failed.describe()));
        const Outcome status = run(a, QStringLiteral("--json sync status"));
        QVERIFY2(status.json()[QStringLiteral("pending")].toInt() >= 1, qPrintable(status.out));
        QVERIFY(!status.json()[QStringLiteral("lastError")].toString().isEmpty());
        const Outcome retried = run(a, QStringLiteral("--json sync now"));
        EXPECT_EXIT(retried, 0);
        QVERIFY2(retried.json()[QStringLiteral("sent")].toInt() >= 1, qPrintable(retried.out));
    }
    // A server that stops answering: the request is given up on after the stall timeout (30
    // seconds) and tried again within the same sync.
    RUN_OK(a, QStringLiteral("config set preferences.notifications.syncConflicts false"));
    proxy.hang(1);
    const Outcome hung = run(a, QStringLiteral("--json sync now"));
    proxy.hang(0);
    EXPECT_EXIT(hung, 0);
    QVERIFY2(hung.json()[QStringLiteral("sent")].toInt() >= 1, qPrintable(hung.out));
    // An upload the server stored but whose answer was lost is sent again: received twice,
    // applied once.
    RUN_OK(a, QStringLiteral("config set preferences.theme.mode dark"));
    proxy.loseAnswers("PUT", 1);
    const Outcome lost = run(a, QStringLiteral("sync now"));
    proxy.loseAnswers("PUT", 0);
    if (lost.exitCode != 0)
        RUN_OK(a, QStringLiteral("sync now"));
    QCOMPARE(run(a, QStringLiteral("--json sync status")).json()[QStringLiteral("pending")].toInt(),
             0);

    const Outcome caughtUp = run(b, QStringLiteral("--json sync now"));
    EXPECT_EXIT(caughtUp, 0);
    QCOMPARE(caughtUp.json()[QStringLiteral("conflicts")].toInt(), 0);
    QCOMPARE(caughtUp.json()[QStringLiteral("applied")].toInt(), faults.size() + 2);
    for (const Fault &fault : faults)
        QCOMPARE(value(b, QLatin1String(fault.key)), QLatin1String(fault.value));
    QCOMPARE(value(b, QStringLiteral("preferences.theme.mode")), QStringLiteral("dark"));
    QCOMPARE(value(b, QStringLiteral("preferences.notifications.syncConflicts")),
             QStringLiteral("false"));
    for (const Device &each : {a, b}) {
        RUN_OK(each, QStringLiteral("sync now"));
        QCOMPARE(conflicts(each, true), QJsonArray());
    }
}

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_clisync.moc"
