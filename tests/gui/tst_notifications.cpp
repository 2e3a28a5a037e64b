// Desktop notifications as the desktop receives them: a notification service of the test's own
// (notification-service.py) on a private session bus records every Notify call. A scheduled
// backup that fails, a restore through the wizard, the switches of preferences.notifications.*
// and the sound hints; without a service or a bus, the status bar says it instead.
#include "core/backup/backupscheduler.h"
#include "core/notifications/desktopnotifier.h"
#include "core/sync/syncscheduler.h"
#include "../sync/syncdevice.h"
#include "restorefixture.h"
#include "ui/notifications/eventnotifier.h"
#include "ui/restore/restorewizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace Hubstate;
using Kind = Core::DesktopNotifier::Kind;
using Ui::RestoreWizard;

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void failedScheduledBackupIsToldOnTheDesktop();
    void finishedRestoreIsTold();
    void timerBackupThatFailsIsToldByTheCli();
    void newSyncConflictsAreToldOnce();
    void switchesKeepItQuietOrInside();
    void soundSwitchSetsTheSoundHints();
    void withoutAServiceTheStatusBarTellsIt();
    void withoutASessionBusTheStatusBarTellsIt();

private:
    // The Notify calls the service recorded so far.
    QList<QJsonObject> received();
    QJsonObject waitFor(const QString &summary);
    // An overdue schedule and a destination that cannot be made (a file stands in the way).
    void makeBackupsFail();
    bool setValue(const char *key, const QVariant &value)
    {
        return m_fixture.store->setValue(QString::fromLatin1(key), value).ok();
    }

    QProcess m_service;
    QByteArray m_output;
    bool m_ready = false; // the service owns its name
    QList<QJsonObject> m_received;
    Tests::RestoreFixture m_fixture;
    std::unique_ptr<QStatusBar> m_statusBar;
    std::unique_ptr<Core::DesktopNotifier> m_notifier;
    std::unique_ptr<Ui::EventNotifier> m_events;
};

void TestNotifications::initTestCase()
{
    if (!QDBusConnection::sessionBus().isConnected())
        return; // only withoutASessionBus... runs (ctest's tst_notifications_nobus)
    QVERIFY2(!QDBusConnection::sessionBus().interface()->isServiceRegistered(kService),
             "a notification service runs already: this test wants a private session bus");
    m_service.setProgram(QStringLiteral(HUBSTATE_NOTIFICATION_SERVICE));
    m_service.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_service.start();
    QVERIFY2(m_service.waitForStarted(), qPrintable(m_service.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT((received(), m_ready), 20000);
}

void TestNotifications::init()
{
    QVERIFY(m_fixture.setUp());
    QVERIFY(setValue("backup.encryption", false));
    m_statusBar = std::make_unique<QStatusBar>();
    m_notifier = std::make_unique<Core::DesktopNotifier>(*m_fixture.store);
    m_events = std::make_unique<Ui::EventNotifier>(*m_notifier, m_statusBar.get());
    received();
    m_received.clear();
}

void TestNotifications::cleanup()
{
    m_events.reset();
    m_notifier.reset();
    m_statusBar.reset();
    m_fixture = Tests::RestoreFixture();
}

void TestNotifications::cleanupTestCase()
{
    if (m_service.state() == QProcess::Running) {
        m_service.closeWriteChannel(); // the service leaves when its stdin closes
        QVERIFY(m_service.waitForFinished(10000));
    }
}

QList<QJsonObject> TestNotifications::received()
{
    m_output += m_service.readAllStandardOutput();
    qsizetype end = 0;
    while ((end = m_output.indexOf('\n')) >= 0) {
        const QByteArray line = m_output.left(end);
        m_output.remove(0, end + 1);
        if (line == "ready")
            m_ready = true;
        else
            m_received.append(QJsonDocument::fromJson(line).object());
    }
    return m_received;
}

QJsonObject TestNotifications::waitFor(const QString &summary)
{
    const auto find = [&]() -> QJsonObject {
        for (const QJsonObject &call : received()) {
            if (call.value(QStringLiteral("summary")).toString() == summary)
                return call;
        }
        return {};
    };
    if (!QTest::qWaitFor([&] { return !find().isEmpty(); }, 30000))
        qWarning("no notification \"%s\" arrived", qPrintable(summary));
    return find();
}

void TestNotifications::makeBackupsFail()
{
    QDir().mkpath(m_fixture.profile.stateDirectory());
    QSettings(m_fixture.profile.stateDirectory() + QStringLiteral("/backup-schedule.ini"),
              QSettings::IniFormat)
        .setValue(QStringLiteral("startedAt"), QDateTime::currentDateTimeUtc().addDays(-2));
    QFile blocker(m_fixture.dir->filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QVERIFY(setValue("backup.destinations",
                     QStringLiteral(R"([{"name":"blocked","kind":"folder","location":"%1"}])")
                         .arg(blocker.fileName() + QStringLiteral("/backups"))));
}

void TestNotifications::failedScheduledBackupIsToldOnTheDesktop()
{
    if (m_service.state() != QProcess::Running)
        QSKIP("no session bus");
    makeBackupsFail();
    Core::BackupScheduler scheduler(m_fixture.profile, *m_fixture.store);
    m_events->watch(scheduler);
    QSignalSpy finished(&scheduler, &Core::BackupScheduler::backupFinished);
    scheduler.start(std::chrono::milliseconds(100));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY(!finished.first().at(0).toBool());

    const QJsonObject call = waitFor(QStringLiteral("Scheduled backup failed"));
    QCOMPARE(call.value(QStringLiteral("app_name")).toString(), QStringLiteral("Hubstate"));
    QCOMPARE(call.value(QStringLiteral("app_icon")).toString(),
             QStringLiteral("org.hubstate.Hubstate"));
    QCOMPARE(call.value(QStringLiteral("body")).toString(), finished.first().at(1).toString());
    QVERIFY2(call.value(QStringLiteral("body")).toString().contains(u"blocker"),
             qPrintable(call.value(QStringLiteral("body")).toString()));
    const QJsonObject hints = call.value(QStringLiteral("hints")).toObject();
    QCOMPARE(hints.value(QStringLiteral("desktop-entry")).toString(),
             QStringLiteral("org.hubstate.Hubstate"));
    QCOMPARE(hints.value(QStringLiteral("category")).toString(),
             QStringLiteral("transfer.error"));
    QCOMPARE(hints.value(QStringLiteral("urgency")).toInt(), 1);
    // Sound is off by default.
    QCOMPARE(hints.value(QStringLiteral("suppress-sound")).toBool(), true);
    QVERIFY(!hints.contains(QStringLiteral("sound-name")));
    // The overdue schedule was told first; the failure took its place on the desktop.
    const QJsonObject stale = waitFor(QStringLiteral("Backups are out of date"));
    QCOMPARE(call.value(QStringLiteral("replaces_id")).toInt(),
             stale.value(QStringLiteral("id")).toInt());
    QVERIFY(m_statusBar->currentMessage().isEmpty()); // the desktop took both
}

void TestNotifications::finishedRestoreIsTold()
{
    if (m_service.state() != QProcess::Running)
        QSKIP("no session bus");
    const QString backup = m_fixture.backUp();
    QVERIFY(!backup.isEmpty());
    RestoreWizard wizard(m_fixture.profile, *m_fixture.store, nullptr);
    // As app/gui/main.cpp wires it.
    connect(&wizard, &RestoreWizard::restoreFinished, m_events.get(),
            &Ui::EventNotifier::restoreFinished);
    wizard.setSwapHooks([this] { m_fixture.database->close(); },
                        [this] {
                            QVERIFY(m_fixture.database->open(m_fixture.profile.databaseFile()));
                            QVERIFY(RestoreWizard::reopenStore(*m_fixture.store));
                        });
    wizard.selectFile(backup);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    for (int step = 0; step < 6 && wizard.currentId() != RestoreWizard::ConfirmPage; ++step) {
        const int page = wizard.currentId();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 30000);
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentId() != page, 30000);
    }
    QCOMPARE(wizard.currentId(), int(RestoreWizard::ConfirmPage));
    QVERIFY(received().isEmpty()); // nothing before the restore ends
    wizard.button(QWizard::CommitButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(RestoreWizard::ResultPage), 30000);
    QVERIFY2(wizard.report().has_value(), qPrintable(wizard.failure()));

    const QJsonObject call = waitFor(QStringLiteral("Restore finished"));
    QCOMPARE(call.value(QStringLiteral("body")).toString(),
             QStringLiteral("Restored from %1.").arg(QFileInfo(backup).fileName()));
    QCOMPARE(call.value(QStringLiteral("hints")).toObject().value(QStringLiteral("category")),
             QStringLiteral("transfer.complete"));
}

void TestNotifications::timerBackupThatFailsIsToldByTheCli()
{
    if (m_service.state() != QProcess::Running)
        QSKIP("no session bus");
    makeBackupsFail();
    // As hubstate-backup.service runs it, on the same session bus.
    QProcess cli;
    cli.setProcessChannelMode(QProcess::ForwardedOutputChannel);
    cli.start(QStringLiteral(HUBSTATE_CLI_BINARY),
              {QStringLiteral("--profile"), m_fixture.profile.root(), QStringLiteral("backup"),
               QStringLiteral("create"), QStringLiteral("--if-due")});
    QVERIFY(cli.waitForFinished(60000));
    const QString error = QString::fromUtf8(cli.readAllStandardError());
    QCOMPARE(cli.exitCode(), 1);
    const QJsonObject call = waitFor(QStringLiteral("Scheduled backup failed"));
    QVERIFY2(error.contains(call.value(QStringLiteral("body")).toString()),
             qPrintable(error + call.value(QStringLiteral("body")).toString()));
    QVERIFY(call.value(QStringLiteral("body")).toString().contains(u"blocker"));
    QCOMPARE(call.value(QStringLiteral("hints")).toObject().value(QStringLiteral("desktop-entry")),
             QStringLiteral("org.hubstate.Hubstate"));

    // Under the switch that silences backup problems, the CLI sends nothing.
    QVERIFY(setValue("preferences.notifications.backupEvents", false));
    cli.start();
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 1);
    m_notifier->notify(Kind::RestoreFinished, QStringLiteral("marker"), QStringLiteral("b"));
    waitFor(QStringLiteral("marker"));
    QCOMPARE(received().size(), 2);
}

void TestNotifications::newSyncConflictsAreToldOnce()
{
    if (m_service.state() != QProcess::Running || qEnvironmentVariableIsEmpty("HUBSTATE_TEST_KEYRING"))
        QSKIP("the sync keys need a keyring: runs as tst_notifications_sync");
    using State = Core::SyncScheduler::State;
    const QString passphrase = QStringLiteral("correct horse battery staple");
    const QString scaleKey = QStringLiteral("preferences.accessibility.textScale");
    const QString store = m_fixture.dir->filePath(QStringLiteral("sync-store"));
    QVERIFY(QDir().mkpath(store));
    Tests::SyncDevice desktop;
    Tests::SyncDevice laptop;
    QVERIFY(desktop.engine->init(store, passphrase, QStringLiteral("desktop")));
    QVERIFY(laptop.engine->join(store, passphrase, Core::SyncEngine::JoinMode::TakeRemote,
                                QStringLiteral("laptop")));
    // Both change the text scale before seeing the other's change ("prompt" by default).
    QVERIFY(laptop.store.setValue(scaleKey, 150));
    QVERIFY(laptop.engine->syncNow());
    QVERIFY(desktop.store.setValue(scaleKey, 125));

    Core::DesktopNotifier notifier(desktop.store);
    Ui::EventNotifier events(notifier, m_statusBar.get());
    Core::SyncScheduler scheduler(desktop.profile, desktop.store);
    events.watch(scheduler);
    scheduler.start();
    scheduler.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(scheduler.state(), State::Conflicts, 30000);
    const QJsonObject call = waitFor(QStringLiteral("Sync needs a decision"));
    QVERIFY2(call.value(QStringLiteral("body")).toString().startsWith(u"1 setting"),
             qPrintable(call.value(QStringLiteral("body")).toString()));
    QCOMPARE(call.value(QStringLiteral("hints")).toObject().value(QStringLiteral("suppress-sound")),
             true);

    // Another sync with the same conflict still open tells nothing new.
    QSignalSpy finished(&scheduler, &Core::SyncScheduler::syncFinished);
    scheduler.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(scheduler.status().openConflicts, 1);
    m_notifier->notify(Kind::RestoreFinished, QStringLiteral("marker"), QStringLiteral("b"));
    waitFor(QStringLiteral("marker"));
    QCOMPARE(received().size(), 2);
}

void TestNotifications::switchesKeepItQuietOrInside()
{
    if (m_service.state() != QProcess::Running)
        QSKIP("no session bus");
    QStringList shownInside;
    connect(m_statusBar.get(), &QStatusBar::messageChanged, this,
            [&](const QString &text) { shownInside.append(text); });
    // The kind's own switch, then the switch of all of them: nothing anywhere.
    QVERIFY(setValue("preferences.notifications.backupEvents", false));
    m_notifier->notify(Kind::BackupProblem, QStringLiteral("quiet kind"), QStringLiteral("b"));
    QVERIFY(setValue("preferences.notifications.backupEvents", true));
    QVERIFY(setValue("preferences.notifications.syncConflicts", false));
    m_notifier->notify(Kind::SyncConflict, QStringLiteral("quiet conflict"), QStringLiteral("b"));
    QVERIFY(setValue("preferences.notifications.enabled", false));
    m_notifier->notify(Kind::RestoreFinished, QStringLiteral("quiet all"), QStringLiteral("b"));
    QVERIFY(setValue("preferences.notifications.enabled", true));
    QVERIFY(shownInside.isEmpty());
    // Desktop off: inside Hubstate only.
    QVERIFY(setValue("preferences.notifications.desktop", false));
    m_notifier->notify(Kind::RestoreFinished, QStringLiteral("inside"), QStringLiteral("body"));
    QCOMPARE(shownInside, QStringList{QStringLiteral("inside: body")});
    QVERIFY(setValue("preferences.notifications.desktop", true));
    // What reaches the service after that comes after anything sent before.
    m_notifier->notify(Kind::BackupProblem, QStringLiteral("marker"), QStringLiteral("b"));
    waitFor(QStringLiteral("marker"));
    QCOMPARE(received().size(), 1);
    QCOMPARE(shownInside.size(), 1);
}

void TestNotifications::soundSwitchSetsTheSoundHints()
{
    if (m_service.state() != QProcess::Running)
        QSKIP("no session bus");
    QVERIFY(setValue("preferences.notifications.sound", true));
    m_notifier->notify(Kind::BackupProblem, QStringLiteral("warning sound"), QStringLiteral("b"));
    m_notifier->notify(Kind::RestoreFinished, QStringLiteral("done sound"), QStringLiteral("b"));
    QJsonObject hints = waitFor(QStringLiteral("warning sound"))
                            .value(QStringLiteral("hints"))
                            .toObject();
    QCOMPARE(hints.value(QStringLiteral("sound-name")).toString(),
             QStringLiteral("dialog-warning"));
    QVERIFY(!hints.contains(QStringLiteral("suppress-sound")));
    hints = waitFor(QStringLiteral("done sound")).value(QStringLiteral("hints")).toObject();
    QCOMPARE(hints.value(QStringLiteral("sound-name")).toString(), QStringLiteral("complete"));
    QVERIFY(setValue("preferences.notifications.sound", false));
    m_notifier->notify(Kind::SyncConflict, QStringLiteral("no sound"), QStringLiteral("b"));
    hints = waitFor(QStringLiteral("no sound")).value(QStringLiteral("hints")).toObject();
    QCOMPARE(hints.value(QStringLiteral("suppress-sound")).toBool(), true);
    QVERIFY(!hints.contains(QStringLiteral("sound-name")));
}

void TestNotifications::withoutAServiceTheStatusBarTellsIt()
{
    if (m_service.state() != QProcess::Running)
        QSKIP("no session bus");
    m_service.closeWriteChannel();
    QVERIFY(m_service.waitForFinished(10000));
    QTRY_VERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(kService));
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QSignalSpy undelivered(m_notifier.get(), &Core::DesktopNotifier::undelivered);
    m_notifier->notify(Kind::BackupProblem, QStringLiteral("Scheduled backup failed"),
                       QStringLiteral("the disk is full"));
    QTRY_COMPARE_WITH_TIMEOUT(m_statusBar->currentMessage(),
                              QStringLiteral("Scheduled backup failed: the disk is full"), 30000);
    QCOMPARE(undelivered.size(), 1);
}

void TestNotifications::withoutASessionBusTheStatusBarTellsIt()
{
    if (QDBusConnection::sessionBus().isConnected())
        QSKIP("runs as tst_notifications_nobus, without a session bus");
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_notifier->notify(Kind::SyncConflict, QStringLiteral("Sync needs a decision"),
                       QStringLiteral("one conflict"));
    QCOMPARE(m_statusBar->currentMessage(), QStringLiteral("Sync needs a decision: one conflict"));
}

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
