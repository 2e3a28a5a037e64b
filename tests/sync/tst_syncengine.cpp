// The sync engine between two and three profiles ("devices") in one process, against a plain
// folder and real WebDAV servers (Apache mod_dav, nginx, rclone), with a real keychain.
#include "syncdevice.h"

#include "core/backup/webdavdestination.h"
#include "core/state/agentrepository.h"
#include "core/state/layoutcodec.h"
#include "core/state/layouttemplates.h"
#include "core/sync/syncfile.h"
#include "core/sync/syncremote.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Hubstate::Core;
using Hubstate::Tests::SyncDevice;

namespace {

const QString passphrase = QStringLiteral("correct horse battery staple");
constexpr qint64 day = 24LL * 3600 * 1000;

struct Store
{
    QString spec; // what init and join are given
    QString folder; // where the files are on this machine
};

// A clock a test moves by hand: one per device.
struct ManualClock
{
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::function<qint64()> function()
    {
        return [this] { return now; };
    }
};

Layout makeLayout(const QString &name)
{
    Layout layout = LayoutTemplates::make(QStringLiteral("split"), QDateTime::currentDateTimeUtc());
    layout.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    layout.name = name;
    return layout;
}

QByteArray allFilesOf(const QString &folder)
{
    QByteArray all;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.fileName().toUtf8() + '\n' + file.readAll();
    }
    return all;
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    int m_stores = 0;

    // A fresh, empty store of the kind named by the current data row.
    Store newStore()
    {
        QFETCH_GLOBAL(QString, kind);
        const QString name = QStringLiteral("sync-%1").arg(++m_stores);
        if (kind == QLatin1String("folder")) {
            const QString folder = m_scratch.filePath(name);
            return {folder, folder};
        }
        const QByteArray prefix = kind == QLatin1String("apache") ? "HUBSTATE_WEBDAV"
            : kind == QLatin1String("nginx")                      ? "HUBSTATE_WEBDAV_NGINX"
                                                                  : "HUBSTATE_WEBDAV_RCLONE";
        QString root = qEnvironmentVariable(QByteArray(prefix + "_ROOT").constData());
        if (kind == QLatin1String("apache"))
            root = qEnvironmentVariable("HUBSTATE_WEBDAV_ROOT");
        QUrl url(qEnvironmentVariable(QByteArray(prefix + "_URL").constData()) + name + u'/');
        url.setUserName(qEnvironmentVariable("HUBSTATE_WEBDAV_USER"));
        return {url.toString(), root + u'/' + name};
    }

    void allowWebDav(SyncDevice &device, const Store &store)
    {
        if (!store.spec.startsWith(QLatin1String("http")))
            return;
        QVERIFY(device.secrets.write(WebDavDestination::passwordSecretName(QUrl(store.spec)),
                                     qgetenv("HUBSTATE_WEBDAV_PASSWORD")));
    }

    void join(SyncDevice &device, const Store &store,
              SyncEngine::JoinMode mode = SyncEngine::JoinMode::MergeLocal)
    {
        allowWebDav(device, store);
        const Status joined = device.engine->join(store.spec, passphrase, mode);
        QVERIFY2(joined, qPrintable(joined.error().message));
    }

    void init(SyncDevice &device, const Store &store)
    {
        allowWebDav(device, store);
        const Status created = device.engine->init(store.spec, passphrase);
        QVERIFY2(created, qPrintable(created.error().message));
    }

    static SyncEngine::Report sync(SyncDevice &device)
    {
        Result<SyncEngine::Report> report = device.engine->syncNow();
        if (!report)
            qWarning("%s", qPrintable(report.error().message));
        return report ? *report : SyncEngine::Report{};
    }

    static void set(SyncDevice &device, const char *key, const QVariant &value)
    {
        const Status set = device.store.setValue(QLatin1String(key), value);
        if (!set)
            qFatal("%s", qPrintable(set.error().message));
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("folder") << QStringLiteral("folder");
        QTest::newRow("apache") << QStringLiteral("apache");
        QTest::newRow("nginx") << QStringLiteral("nginx");
        if (qEnvironmentVariableIsSet("HUBSTATE_WEBDAV_RCLONE_URL"))
            QTest::newRow("rclone") << QStringLiteral("rclone");
    }

    void initTestCase() { QVERIFY(m_scratch.isValid()); }

    void editsOfDifferentKeysMerge()
    {
        const Store store = newStore();
        SyncDevice a, b;
        set(a, "preferences.theme.mode", QStringLiteral("dark"));
        init(a, store);
        join(b, store);
        QCOMPARE(b.store.value(QStringLiteral("preferences.theme.mode")).toString(),
                 QStringLiteral("dark"));

        set(a, "preferences.theme.fontSize", QStringLiteral("large"));
        set(b, "preferences.theme.accentColor", QStringLiteral("#112233"));
        QCOMPARE(sync(a).sent, 1);
        SyncEngine::Report onB = sync(b);
        QCOMPARE(onB.applied, 1);
        QCOMPARE(onB.sent, 1);
        QCOMPARE(sync(a).applied, 1);
        for (SyncDevice *device : {&a, &b}) {
            QCOMPARE(device->store.value(QStringLiteral("preferences.theme.fontSize")).toString(),
                     QStringLiteral("large"));
            QCOMPARE(device->store.value(QStringLiteral("preferences.theme.accentColor")).toString(),
                     QStringLiteral("#112233"));
            QVERIFY(device->engine->conflicts(true)->isEmpty());
        }
        // Once each has read what the other wrote about its reading, nothing is new: one
        // listing and nothing else.
        sync(b);
        sync(a);
        QCOMPARE(sync(b).requests, 1);
        QCOMPARE(sync(a).requests, 1);
    }

    void sameKeyLastWriteWinsEverywhere()
    {
        const Store store = newStore();
        ManualClock clockA, clockB;
        SyncDevice a(clockA.function()), b(clockB.function());
        set(a, "sync.conflictResolution", QStringLiteral("last-write-wins"));
        set(b, "sync.conflictResolution", QStringLiteral("last-write-wins"));
        init(a, store);
        join(b, store);
        clockA.now += 1000;
        clockB.now += 2000; // B's edit is the later one
        set(a, "preferences.theme.accentColor", QStringLiteral("#aa0000"));
        set(b, "preferences.theme.accentColor", QStringLiteral("#00bb00"));
        sync(a);
        QCOMPARE(sync(b).conflicts, 1);
        QCOMPARE(sync(a).conflicts, 1);
        for (SyncDevice *device : {&a, &b}) {
            QCOMPARE(device->store.value(QStringLiteral("preferences.theme.accentColor")).toString(),
                     QStringLiteral("#00bb00"));
            QVERIFY(device->engine->conflicts(false)->isEmpty()); // nothing waits
        }
        // The loser is in the log, and can be restored from it.
        const QList<SyncEngine::Conflict> logged = *a.engine->conflicts(true);
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged.first().state, QStringLiteral("automatic"));
        QCOMPARE(logged.first().mine.toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("#aa0000"));
        QVERIFY(a.engine->resolve(logged.first().id, SyncEngine::Resolution::Mine));
        QCOMPARE(a.store.value(QStringLiteral("preferences.theme.accentColor")).toString(),
                 QStringLiteral("#aa0000"));
        sync(a);
        sync(b);
        QCOMPARE(b.store.value(QStringLiteral("preferences.theme.accentColor")).toString(),
                 QStringLiteral("#aa0000"));
    }

    void sameKeyPromptWaitsForTheUser()
    {
        const Store store = newStore();
        SyncDevice a, b;
        init(a, store);
        join(b, store);
        set(a, "preferences.theme.mode", QStringLiteral("dark"));
        set(b, "preferences.theme.mode", QStringLiteral("light"));
        sync(a);
        QCOMPARE(sync(b).conflicts, 1);
        sync(a);
        // Each keeps its own value until someone decides.
        QCOMPARE(a.store.value(QStringLiteral("preferences.theme.mode")).toString(),
                 QStringLiteral("dark"));
        QCOMPARE(b.store.value(QStringLiteral("preferences.theme.mode")).toString(),
                 QStringLiteral("light"));
        const QList<SyncEngine::Conflict> open = *b.engine->conflicts(false);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().item, QStringLiteral("setting:preferences.theme.mode"));
        QCOMPARE(open.first().theirs.toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("dark"));
        QCOMPARE(a.engine->conflicts(false)->size(), 1);

        QVERIFY(b.engine->resolve(open.first().id, SyncEngine::Resolution::Theirs));
        QCOMPARE(b.store.value(QStringLiteral("preferences.theme.mode")).toString(),
                 QStringLiteral("dark"));
        sync(b);
        sync(a);
        QCOMPARE(a.store.value(QStringLiteral("preferences.theme.mode")).toString(),
                 QStringLiteral("dark"));
        QVERIFY(a.engine->conflicts(false)->isEmpty()); // settled by B's choice
        QVERIFY(b.engine->conflicts(false)->isEmpty());
    }

    void aResetMeetsAnEditUnderThePolicy()
    {
        const Store store = newStore();
        SyncDevice a, b;
        set(a, "preferences.theme.mode", QStringLiteral("light"));
        init(a, store);
        join(b, store);
        QVERIFY(a.store.reset(QStringLiteral("preferences.theme.mode"))); // back to "auto"
        set(b, "preferences.theme.mode", QStringLiteral("dark"));
        sync(a);
        QCOMPARE(sync(b).conflicts, 1);
        sync(a);
        // Under prompt each keeps its own, the reset included, until someone decides.
        QCOMPARE(a.store.value(QStringLiteral("preferences.theme.mode")).toString(),
                 QStringLiteral("auto"));
        QCOMPARE(b.store.value(QStringLiteral("preferences.theme.mode")).toString(),
                 QStringLiteral("dark"));
        const SyncEngine::Conflict onB = b.engine->conflicts(false)->first();
        QVERIFY(onB.theirs.isUndefined()); // A's side: the default
        QVERIFY(b.engine->resolve(onB.id, SyncEngine::Resolution::Theirs));
        sync(b);
        sync(a);
        for (SyncDevice *device : {&a, &b}) {
            QVERIFY(!device->store.isModified(QStringLiteral("preferences.theme.mode")));
            QVERIFY(device->engine->conflicts(false)->isEmpty());
        }
    }

    void conflictsOnOneItemDoNotPileUp()
    {
        const Store store = newStore();
        SyncDevice a, b;
        init(a, store);
        join(b, store);
        for (int round = 0; round < 3; ++round) {
            set(a, "preferences.theme.accentColor", QStringLiteral("#a0000%1").arg(round));
            set(b, "preferences.theme.accentColor", QStringLiteral("#00b00%1").arg(round));
            sync(a);
            sync(b);
            sync(a);
        }
        QCOMPARE(a.engine->conflicts(false)->size(), 1);
        QCOMPARE(b.engine->conflicts(false)->size(), 1);
        QCOMPARE(b.engine->conflicts(false)->first().theirs.toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("#a00002"));
    }

    void layoutsMergeFieldByField()
    {
        const Store store = newStore();
        SyncDevice a, b;
        set(a, "sync.conflictResolution", QStringLiteral("merge"));
        set(b, "sync.conflictResolution", QStringLiteral("merge"));
        Layout layout = makeLayout(QStringLiteral("Research"));
        QVERIFY(LayoutRepository(a.database).save(layout));
        init(a, store);
        join(b, store);
        QVERIFY(LayoutRepository(b.database).find(layout.id).value().has_value());

        Layout onA = *LayoutRepository(a.database).find(layout.id).value();
        onA.name = QStringLiteral("Research desk");
        QVERIFY(LayoutRepository(a.database).save(onA));
        Layout onB = *LayoutRepository(b.database).find(layout.id).value();
        onB.tags = {QStringLiteral("work")};
        QVERIFY(LayoutRepository(b.database).save(onB));
        sync(a);
        sync(b);
        sync(a);
        for (SyncDevice *device : {&a, &b}) {
            const Layout merged = *LayoutRepository(device->database).find(layout.id).value();
            QCOMPARE(merged.name, QStringLiteral("Research desk"));
            QCOMPARE(merged.tags, QStringList{QStringLiteral("work")});
            QVERIFY(device->engine->conflicts(false)->isEmpty());
        }

        // The same field on both sides: the user decides.
        onA = *LayoutRepository(a.database).find(layout.id).value();
        onA.name = QStringLiteral("Left");
        QVERIFY(LayoutRepository(a.database).save(onA));
        onB = *LayoutRepository(b.database).find(layout.id).value();
        onB.name = QStringLiteral("Right");
        QVERIFY(LayoutRepository(b.database).save(onB));
        sync(a);
        sync(b);
        const QList<SyncEngine::Conflict> open = *b.engine->conflicts(false);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().fields, QStringList{QStringLiteral("name")});
        QCOMPARE(open.first().base.toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Research desk"));
        QCOMPARE(LayoutRepository(b.database).find(layout.id).value()->name, QStringLiteral("Right"));
    }

    void deleteVersusEditKeepsTheRecord()
    {
        const Store store = newStore();
        SyncDevice a, b;
        const Layout layout = makeLayout(QStringLiteral("Keep me"));
        QVERIFY(LayoutRepository(a.database).save(layout));
        init(a, store);
        join(b, store);
        QVERIFY(LayoutRepository(a.database).remove(layout.id));
        Layout edited = *LayoutRepository(b.database).find(layout.id).value();
        edited.name = QStringLiteral("Kept and edited");
        QVERIFY(LayoutRepository(b.database).save(edited));
        sync(a);
        sync(b);
        sync(a);
        for (SyncDevice *device : {&a, &b}) {
            const std::optional<Layout> kept = *LayoutRepository(device->database).find(layout.id);
            QVERIFY(kept.has_value());
            QCOMPARE(kept->name, QStringLiteral("Kept and edited"));
            QCOMPARE(device->engine->conflicts(false)->size(), 1);
        }
        // Confirming the deletion on one device deletes it on both.
        const SyncEngine::Conflict onA = a.engine->conflicts(false)->first();
        QVERIFY(onA.mine.isUndefined()); // A had deleted it
        QVERIFY(a.engine->resolve(onA.id, SyncEngine::Resolution::Mine));
        sync(a);
        sync(b);
        QVERIFY(!LayoutRepository(b.database).find(layout.id).value().has_value());
        QVERIFY(b.engine->conflicts(false)->isEmpty());
    }

    void renamesAndAgentsTravel()
    {
        const Store store = newStore();
        SyncDevice a, b;
        init(a, store);
        join(b, store);
        AgentConfig agent;
        agent.id = QStringLiteral("scout");
        agent.name = QStringLiteral("Scout");
        agent.kind = QStringLiteral("openai");
        agent.endpoint = QStringLiteral("https://api.example.org/v1");
        agent.model = QStringLiteral("gpt");
        QVERIFY(AgentRepository(a.database).save(agent));
        Layout layout = makeLayout(QStringLiteral("Before"));
        QVERIFY(LayoutRepository(a.database).save(layout));
        sync(a);
        sync(b);
        QCOMPARE(AgentRepository(b.database).find(agent.id).value()->name, QStringLiteral("Scout"));
        layout.name = QStringLiteral("After");
        QVERIFY(LayoutRepository(a.database).save(layout));
        QVERIFY(AgentRepository(a.database).remove(agent.id));
        sync(a);
        sync(b);
        QCOMPARE(LayoutRepository(b.database).find(layout.id).value()->name, QStringLiteral("After"));
        QVERIFY(!AgentRepository(b.database).find(agent.id).value().has_value());
    }

    void wrongPassphraseIsRefused()
    {
        const Store store = newStore();
        SyncDevice a, b;
        init(a, store);
        allowWebDav(b, store);
        const Status joined = b.engine->join(store.spec, QStringLiteral("not the passphrase"),
                                             SyncEngine::JoinMode::MergeLocal);
        QVERIFY(!joined);
        QCOMPARE(joined.error().code, ErrorCode::WrongPassword);
        QVERIFY(!b.engine->isConfigured());
        // A store is never created twice.
        SyncDevice c;
        allowWebDav(c, store);
        const Status again = c.engine->init(store.spec, passphrase);
        QCOMPARE(again.error().code, ErrorCode::InvalidInput);
    }

    void tamperedFileIsNeverApplied()
    {
        const Store store = newStore();
        SyncDevice a, b, c;
        init(a, store);
        join(b, store);
        join(c, store);
        set(a, "preferences.theme.mode", QStringLiteral("dark"));
        set(c, "preferences.theme.fontSize", QStringLiteral("small"));
        sync(a);
        sync(c);
        // Flip one byte of A's newest segment on the server's disk.
        QDir folder(store.folder);
        QStringList segments = folder.entryList({QStringLiteral("*-seg-*.hsync")}, QDir::Files,
                                                QDir::Name);
        const QString aId = a.engine->status()->deviceId;
        segments = segments.filter(aId);
        QVERIFY(!segments.isEmpty());
        QFile file(folder.filePath(segments.last()));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray data = file.readAll();
        data[data.size() / 2] = char(data[data.size() / 2] ^ 0x01);
        QVERIFY(file.seek(0) && file.write(data) == data.size());
        file.close();

        Result<SyncEngine::Report> onB = b.engine->syncNow();
        QVERIFY(onB && onB->refusal);
        QCOMPARE(onB->refusal->code, ErrorCode::Damaged);
        QVERIFY2(onB->refusal->message.contains(segments.last()), qPrintable(onB->refusal->message));
        QVERIFY(onB->received >= 1); // the rest was done
        QCOMPARE(b.engine->status()->lastError, onB->refusal->message);
        QCOMPARE(b.store.value(QStringLiteral("preferences.theme.mode")).toString(),
                 QStringLiteral("auto"));
        // C's good change arrived all the same.
        QCOMPARE(b.store.value(QStringLiteral("preferences.theme.fontSize")).toString(),
                 QStringLiteral("small"));
    }

    void invalidAndNewerRecordsAreRefusedByName()
    {
        QFETCH_GLOBAL(QString, kind);
        if (kind != QLatin1String("folder"))
            QSKIP("the hostile device writes its files into the folder directly");
        const Store store = newStore();
        SyncDevice a, b;
        init(a, store);
        join(b, store);
        // A device that knows the passphrase but breaks the rules: it seals files as any device
        // does, with the store's key.
        const QString storeId = QJsonDocument::fromJson([&] {
                                    QFile header(store.folder + QStringLiteral("/store.hsync"));
                                    return header.open(QIODevice::ReadOnly) ? header.readAll()
                                                                            : QByteArray();
                                }())
                                    .object()
                                    .value(QStringLiteral("store"))
                                    .toString();
        SyncVault vault(a.secrets.read(SyncEngine::keySecretName()).value(), storeId);
        const QString hostile = QStringLiteral("00000000000000aa");
        auto write = [&](const QString &name, const QByteArray &plain) {
            QFile file(store.folder + u'/' + name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(vault.seal(name, plain).value());
        };
        Layout tooMany = makeLayout(QStringLiteral("Too many panes"));
        tooMany.panes.append(tooMany.panes); // overlapping panes break the layout rules
        SyncVersion badLayout;
        badLayout.item = QStringLiteral("layout:") + tooMany.id;
        badLayout.value = QJsonDocument(LayoutCodec::toJson(tooMany)).toJson(QJsonDocument::Compact);
        badLayout.version.increment(hostile);
        badLayout.stamp = {QDateTime::currentMSecsSinceEpoch(), 0, hostile};
        SyncVersion goodSetting;
        goodSetting.item = QStringLiteral("setting:preferences.theme.mode");
        goodSetting.value = QByteArray(R"({"value":"dark"})");
        goodSetting.version.increment(hostile);
        goodSetting.stamp = {QDateTime::currentMSecsSinceEpoch(), 1, hostile};
        const QString segment =
            SyncRemote::fileName(hostile, SyncRemote::FileType::Segment, 1);
        write(segment, SyncFile::encodeChanges(SyncFile::Kind::Segment, hostile, 1,
                                               {badLayout, goodSetting}));
        const QString newer = QStringLiteral("00000000000000bb");
        const QString newerSegment = SyncRemote::fileName(newer, SyncRemote::FileType::Segment, 1);
        write(newerSegment,
              QByteArray(R"({"format":2,"kind":"segment","device":"00000000000000bb","number":1,"changes":[]})"));

        Result<SyncEngine::Report> report = b.engine->syncNow();
        QVERIFY(report && report->refusal);
        QCOMPARE(report->refusal->code, ErrorCode::InvalidInput);
        const QString message = report->refusal->message;
        QVERIFY2(message.contains(hostile) && message.contains(badLayout.item), qPrintable(message));
        QVERIFY2(message.contains(newerSegment) && message.contains(QLatin1String("format 2")),
                 qPrintable(message));
        QVERIFY(!LayoutRepository(b.database).find(tooMany.id).value().has_value());
        QCOMPARE(b.store.value(QStringLiteral("preferences.theme.mode")).toString(),
                 QStringLiteral("dark")); // the rest went on
    }

    void aClockADayBehindDoesNotWinWithOldEdits()
    {
        const Store store = newStore();
        ManualClock clockA, clockB, clockC;
        clockA.now -= day; // A's wall clock is a day behind
        SyncDevice a(clockA.function()), b(clockB.function()), c(clockC.function());
        for (SyncDevice *device : {&a, &b, &c})
            set(*device, "sync.conflictResolution", QStringLiteral("last-write-wins"));
        init(b, store);
        join(a, store);
        join(c, store);
        clockC.now += 1000;
        set(c, "preferences.theme.accentColor", QStringLiteral("#cccccc")); // not synced yet
        clockB.now += 60'000;
        set(b, "preferences.theme.accentColor", QStringLiteral("#bbbbbb"));
        sync(b);
        sync(a); // A sees B's edit
        clockA.now += 1000;
        set(a, "preferences.theme.accentColor", QStringLiteral("#aaaaaa")); // made after it
        sync(a);
        sync(c);
        sync(b);
        sync(a);
        sync(c);
        // A's edit was made after the newest it had seen: it wins over C's older one although
        // A's wall clock says a day earlier.
        for (SyncDevice *device : {&a, &b, &c})
            QCOMPARE(device->store.value(QStringLiteral("preferences.theme.accentColor")).toString(),
                     QStringLiteral("#aaaaaa"));
    }

    void offlineDeviceCatchesUpAfterAThousandChanges()
    {
        const Store store = newStore();
        SyncDevice a, b;
        init(a, store);
        join(b, store);
        LayoutRepository layouts(a.database);
        Layout layout = makeLayout(QStringLiteral("Counter"));
        for (int change = 1; change <= 1000; ++change) {
            layout.name = QStringLiteral("Counter %1").arg(change);
            QVERIFY(layouts.save(layout));
            set(a, "preferences.layout.autoSaveInterval", 1000 + change);
            if (change % 100 == 0)
                sync(a); // ten segments: more than a snapshot waits for
        }
        QVERIFY(a.engine->status()->pending == 0);
        const SyncEngine::Report caughtUp = sync(b);
        QVERIFY(caughtUp.applied >= 2);
        QCOMPARE(LayoutRepository(b.database).find(layout.id).value()->name,
                 QStringLiteral("Counter 1000"));
        QCOMPARE(b.store.value(QStringLiteral("preferences.layout.autoSaveInterval")).toLongLong(),
                 2000);
        // Once B has read them, A's compacted segments go.
        sync(b);
        sync(a);
        const QStringList left = QDir(store.folder).entryList(
            {QStringLiteral("d-%1-seg-*.hsync").arg(a.engine->status()->deviceId)}, QDir::Files);
        QVERIFY2(left.size() < 4, qPrintable(left.join(u' ')));
    }

    void lockedKeyIsStoredWithoutEffect()
    {
        QTemporaryDir policyDir;
        const QString policyFile = policyDir.filePath(QStringLiteral("policy.ini"));
        QFile policy(policyFile);
        QVERIFY(policy.open(QIODevice::WriteOnly));
        policy.write("[locked]\npreferences.theme.mode=light\n");
        policy.close();
        const Store store = newStore();
        SyncDevice a;
        SyncDevice b({}, PolicyFiles(policyFile));
        init(a, store);
        join(b, store);
        set(a, "preferences.theme.mode", QStringLiteral("dark"));
        sync(a);
        const SyncEngine::Report onB = sync(b);
        QVERIFY(b.store.isLocked(QStringLiteral("preferences.theme.mode")));
        QCOMPARE(b.store.value(QStringLiteral("preferences.theme.mode")).toString(),
                 QStringLiteral("light"));
        QCOMPARE(b.store.explain(QStringLiteral("preferences.theme.mode")).userValue->toString(),
                 QStringLiteral("dark"));
        QVERIFY2(onB.notices.join(u'\n').contains(QLatin1String("preferences.theme.mode")),
                 qPrintable(onB.notices.join(u'\n')));
        // B never sends the admin's value as if it were the user's.
        QCOMPARE(sync(b).sent, 0);
    }

    void anAdministratorCanTurnSyncOff()
    {
        QTemporaryDir policyDir;
        const QString policyFile = policyDir.filePath(QStringLiteral("policy.ini"));
        QFile policy(policyFile);
        QVERIFY(policy.open(QIODevice::WriteOnly));
        policy.write("[locked]\nsync.enabled=false\n");
        policy.close();
        const Store store = newStore();
        SyncDevice a;
        SyncDevice b({}, PolicyFiles(policyFile));
        init(a, store);
        QVERIFY(a.store.value(QStringLiteral("sync.enabled")).toBool()); // set up: on
        allowWebDav(b, store);
        const Status refused = b.engine->join(store.spec, passphrase, SyncEngine::JoinMode::MergeLocal);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY2(refused.error().message.contains(policyFile), qPrintable(refused.error().message));
        QVERIFY(!b.engine->isConfigured());
    }

    void serverUrlNamesTheStore()
    {
        QFETCH_GLOBAL(QString, kind);
        if (kind != QLatin1String("folder"))
            QSKIP("moving the store is a folder operation; the rule is the same for every kind");
        const Store store = newStore();
        SyncDevice a;
        init(a, store);
        QCOMPARE(a.store.text(QStringLiteral("sync.serverUrl")), store.spec);
        // Another place that holds no store (or another one): refused, nothing written there.
        const QString elsewhere = m_scratch.filePath(QStringLiteral("elsewhere"));
        QVERIFY(QDir().mkpath(elsewhere));
        set(a, "sync.serverUrl", elsewhere);
        Result<SyncEngine::Report> refused = a.engine->syncNow();
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY(QDir(elsewhere).isEmpty());
        // The same store moved to another place: followed.
        const QString moved = store.folder + QStringLiteral("-moved");
        QVERIFY(QDir().rename(store.folder, moved));
        set(a, "sync.serverUrl", moved);
        SyncDevice b;
        join(b, {moved, moved});
        set(a, "preferences.theme.mode", QStringLiteral("dark"));
        QVERIFY(a.engine->syncNow());
        QVERIFY(b.engine->syncNow());
        QCOMPARE(b.store.value(QStringLiteral("preferences.theme.mode")).toString(),
                 QStringLiteral("dark"));
        QCOMPARE(a.engine->status()->destination, moved);
    }

    void remoteHoldsNothingInClear()
    {
        const Store store = newStore();
        SyncDevice a, b;
        const QString canary = QStringLiteral("CANARY-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        set(a, "sync.includeSecrets", true);
        set(b, "sync.includeSecrets", true);
        QVERIFY(LayoutRepository(a.database).save(makeLayout(QStringLiteral("CanaryLayoutName"))));
        QVERIFY(a.secrets.write(QStringLiteral("agent.scout.apiKey"), canary.toUtf8()));
        set(a, "preferences.theme.accentColor", QStringLiteral("#123456"));
        init(a, store);
        join(b, store);
        QCOMPARE(b.secrets.read(QStringLiteral("agent.scout.apiKey")).value(), canary.toUtf8());
        const QByteArray remote = allFilesOf(store.folder);
        QVERIFY(!remote.isEmpty());
        for (const QByteArray &needle :
             {canary.toUtf8(), QByteArray("CanaryLayoutName"), QByteArray("accentColor"),
              QByteArray("123456"), QByteArray("agent.scout"), QByteArray("theme"),
              canary.toUtf8().toBase64()})
            QVERIFY2(!remote.contains(needle), needle.constData());
        // Nor the sync state on disk: the secret is sealed there.
        for (SyncDevice *device : {&a, &b}) {
            const QByteArray state = allFilesOf(device->profile.stateDirectory());
            QVERIFY(!state.contains(canary.toUtf8()));
            QVERIFY(!state.contains(canary.toUtf8().toBase64()));
        }
    }

    void outboxSurvivesAnUnreachableStore()
    {
        QFETCH_GLOBAL(QString, kind);
        if (kind != QLatin1String("folder"))
            QSKIP("the folder row moves the store away; the servers' rows use the fault proxy "
                  "in tst_clisync");
        const Store store = newStore();
        SyncDevice a, b;
        init(a, store);
        join(b, store);
        set(a, "preferences.theme.mode", QStringLiteral("dark"));
        QVERIFY(QDir().rename(store.folder, store.folder + QStringLiteral(".away")));
        Result<SyncEngine::Report> failed = a.engine->syncNow();
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::OperationFailed);
        QCOMPARE(a.engine->status()->pending, 1);
        QVERIFY(!a.engine->status()->lastError.isEmpty());
        QVERIFY(QDir().rename(store.folder + QStringLiteral(".away"), store.folder));
        QCOMPARE(sync(a).sent, 1);
        QCOMPARE(a.engine->status()->pending, 0);
        QCOMPARE(sync(b).applied, 1);
        QCOMPARE(sync(b).applied, 0); // once
    }

    void devicesAreListedRenamedAndForgotten()
    {
        const Store store = newStore();
        SyncDevice a, b;
        allowWebDav(a, store);
        QVERIFY(a.engine->init(store.spec, passphrase, QStringLiteral("laptop")));
        allowWebDav(b, store);
        QVERIFY(b.engine->join(store.spec, passphrase, SyncEngine::JoinMode::MergeLocal,
                               QStringLiteral("desktop")));
        sync(a);
        QList<SyncEngine::Device> seen = *a.engine->devices();
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen.at(1).name, QStringLiteral("desktop"));
        const QString bId = seen.at(1).id;
        QVERIFY(b.engine->renameDevice(b.engine->status()->deviceId, QStringLiteral("tower")));
        sync(b);
        sync(a);
        QCOMPARE(a.engine->devices()->at(1).name, QStringLiteral("tower"));
        QVERIFY(a.engine->forgetDevice(bId));
        QVERIFY(QDir(store.folder).entryList({QStringLiteral("d-%1-*").arg(bId)}, QDir::Files).isEmpty());
        QCOMPARE(a.engine->devices()->size(), 1);
        // The forgotten device is told so, and leaves.
        Result<SyncEngine::Report> refused = b.engine->syncNow();
        QVERIFY(!refused);
        QVERIFY(b.engine->leave());
        QVERIFY(!b.engine->isConfigured());
        QVERIFY(!b.secrets.read(SyncEngine::keySecretName()));
    }

    void joiningTakesTheRemoteOrKeepsLocalChanges()
    {
        const Store store = newStore();
        SyncDevice a, keep, take;
        set(a, "preferences.theme.mode", QStringLiteral("dark"));
        init(a, store);
        set(keep, "preferences.theme.fontSize", QStringLiteral("large"));
        set(take, "preferences.theme.fontSize", QStringLiteral("small"));
        join(keep, store);
        join(take, store, SyncEngine::JoinMode::TakeRemote);
        // A new device never pushes its defaults over the store's values.
        QCOMPARE(keep.store.value(QStringLiteral("preferences.theme.mode")).toString(),
                 QStringLiteral("dark"));
        QCOMPARE(take.store.value(QStringLiteral("preferences.theme.mode")).toString(),
                 QStringLiteral("dark"));
        QCOMPARE(take.store.value(QStringLiteral("preferences.theme.fontSize")).toString(),
                 QStringLiteral("large")); // taken from the store (keep's, sent first)
        sync(a);
        QCOMPARE(a.store.value(QStringLiteral("preferences.theme.fontSize")).toString(),
                 QStringLiteral("large"));
        // The built-in templates are not offered as the new devices' edits.
        QVERIFY(keep.engine->conflicts(true)->isEmpty());
        QVERIFY(take.engine->conflicts(true)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
