// The Synchronisation page as a user drives it, with the real engine on a folder store and a
// real keychain (run under tests/keychain/with-keyring.sh unlocked): sync set up through the
// page's own widgets, a second device (a SyncEngine on a profile of its own) joining, a conflict
// under "prompt" listed and resolved by keyboard, both devices agreeing afterwards, a conflict
// settled by last write wins put back from "Show resolved", the status bar following the
// state, mistakes at set-up said in plain words, and every control named and reached by Tab.
#include "../sync/syncdevice.h"
#include "core/backup/webdavdestination.h"
#include "core/settings/preferencesstore.h"
#include "core/sync/syncscheduler.h"
#include "ui/common/prompts.h"
#include "ui/mainwindow.h"
#include "ui/pages/settingrow.h"
#include "ui/pages/settingspage.h"
#include "ui/sync/syncconflictsview.h"
#include "ui/sync/syncpanel.h"
#include "ui/sync/syncsetupdialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Hubstate;
using namespace std::chrono_literals;
using State = Core::SyncScheduler::State;

namespace {

const QString passphrase = QStringLiteral("correct horse battery staple");
const QString themeKey = QStringLiteral("preferences.theme.mode");
const QString scaleKey = QStringLiteral("preferences.accessibility.textScale");
const QString policyKey = QStringLiteral("sync.conflictResolution");

} // namespace

class TestSyncPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pageSaysWhatDoesNotSyncAndHidesTheRawAddress();
    void administratorsLockHoldsSetUpBack();
    void setUpJoinConflictResolveByKeyboardAndAgree();
    void lastWriteWinsLoserIsPutBackFromShowResolved();
    void setUpMistakesAreSaidInPlainWords();
    void statusBarFollowsTheStateAndOpensThePage();
    void everyControlIsNamedAndReachedByTab();
    void webDavPasswordGoesToTheKeychainOnly();

private:
    void openWindow(Core::PolicyFiles policy = {});
    template<typename T> T *find(const QString &name) const
    {
        auto *widget = m_window->findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }
    QString text(const QString &name) const { return find<QLabel>(name)->text(); }
    QString statusText() const { return find<QToolButton>(QStringLiteral("syncStatus"))->text(); }
    void type(QLineEdit *line, const QString &value)
    {
        line->setFocus();
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Backspace);
        QTest::keyClicks(line, value);
        m_lastTyped = line;
    }
    void pressAltIn(QWidget *window, Qt::Key key)
    {
        const QList<QPointer<QAbstractButton>> buttons = buttonsOf(window);
        QTest::keyClick(window, key, Qt::AltModifier);
        waitForClicks(buttons);
    }
    static QList<QPointer<QAbstractButton>> buttonsOf(QWidget *window)
    {
        QList<QPointer<QAbstractButton>> buttons;
        for (QAbstractButton *button : window->findChildren<QAbstractButton *>())
            buttons.append(button);
        return buttons;
    }
    // A mnemonic "animates" its button's click: the button is down until the click, which
    // comes a moment later (and may close the dialog the button was in).
    static void waitForClicks(const QList<QPointer<QAbstractButton>> &buttons)
    {
        QTRY_VERIFY(std::none_of(
            buttons.cbegin(), buttons.cend(),
            [](const QPointer<QAbstractButton> &button) { return button && button->isDown(); }));
    }
    // Enter in the field typed last (offscreen, the dialog need not be the active window).
    void pressEnter() { QTest::keyClick(m_lastTyped, Qt::Key_Return); }
    Ui::SyncSetupDialog *openSetup();
    // Sets sync up from the page, creating the store (or joining it).
    void setUpFromThePage(bool create);
    void syncFromThePage();
    // A mnemonic "animates" its button's click: it happens a moment later.
    void pressAlt(Qt::Key key)
    {
        // Offscreen, no window manager gives the activation back when a dialog closes.
        if (QApplication::activeWindow() != m_window.get()) {
            m_window->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        }
        const QList<QPointer<QAbstractButton>> buttons = buttonsOf(m_window.get());
        QTest::keyClick(m_window.get(), key, Qt::AltModifier);
        waitForClicks(buttons);
    }
    void waitIdle() const
    {
        // The scheduler tells the panel directly as a job ends, before it is idle; what
        // was posted meanwhile (a dialog's deferred resize) is delivered here.
        QTRY_VERIFY_WITH_TIMEOUT(!m_scheduler->isBusy(), 30000);
        QCoreApplication::sendPostedEvents();
    }
    QTreeWidget *conflictList() const { return find<QTreeWidget>(QStringLiteral("conflictList")); }
    QWidget *currentPage() const
    {
        return m_window->findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_storeFolder;
    Core::Profile m_profile;
    std::unique_ptr<Core::PreferencesStore> m_store;
    std::unique_ptr<Core::SyncScheduler> m_scheduler;
    std::unique_ptr<Ui::MainWindow> m_window;
    Ui::SyncPanel *m_panel = nullptr;
    QLineEdit *m_lastTyped = nullptr;
};

void TestSyncPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const Core::SecretStore::HealthReport health =
        Core::SecretStore(QStringLiteral("probe")).probe();
    QVERIFY2(health.health == Core::SecretStore::Health::Healthy,
             qPrintable(QStringLiteral("run under with-keyring.sh unlocked: ") + health.message));
}

void TestSyncPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_storeFolder = m_dir->filePath(QStringLiteral("sync-store"));
    QVERIFY(QDir().mkpath(m_storeFolder));
    m_profile = Core::Profile::inDirectory(m_dir->filePath(QStringLiteral("desktop")));
    // What the panel asks before removing anything is answered here, and recorded.
    Ui::Prompts::reset();
    Ui::Prompts::setScripted(true);
}

void TestSyncPage::cleanup()
{
    Ui::Prompts::reset();
    m_window.reset();
    m_scheduler.reset();
    m_store.reset();
    m_dir.reset();
}

void TestSyncPage::openWindow(Core::PolicyFiles policy)
{
    m_store = std::make_unique<Core::PreferencesStore>(m_profile, policy);
    QVERIFY(m_store->open());
    m_scheduler = std::make_unique<Core::SyncScheduler>(m_profile, *m_store);
    Core::SyncScheduler::Timing timing;
    timing.debounce = 300ms;
    timing.settle = 300ms;
    m_scheduler->setTiming(timing);
    m_window = std::make_unique<Ui::MainWindow>(*m_store);
    m_window->setSyncScheduler(m_scheduler.get());
    Ui::SettingsPage *page = m_window->page(QStringLiteral("sync"));
    QVERIFY(page);
    m_panel = Ui::SyncPanel::addTo(*page, *m_store, *m_scheduler);
    m_window->resize(1100, 800);
    m_window->showPage(QStringLiteral("sync"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_scheduler->start();
    waitIdle();
}

Ui::SyncSetupDialog *TestSyncPage::openSetup()
{
    auto *button = find<QPushButton>(QStringLiteral("setUpSync"));
    if (!button->isVisible() || !button->isEnabled())
        return nullptr;
    // By its mnemonic, as a keyboard user opens it.
    pressAlt(Qt::Key_U);
    (void)QTest::qWaitFor([this] { return m_panel->setupDialog() != nullptr; }, 2000);
    auto *dialog = m_panel->setupDialog();
    if (dialog)
        (void)QTest::qWaitForWindowExposed(dialog);
    return dialog;
}

void TestSyncPage::setUpFromThePage(bool create)
{
    Ui::SyncSetupDialog *dialog = openSetup();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("syncInFolder"))->isChecked());
    if (!create)
        pressAltIn(dialog, Qt::Key_J);
    type(dialog->findChild<QLineEdit *>(QStringLiteral("syncFolder")), m_storeFolder);
    type(dialog->findChild<QLineEdit *>(QStringLiteral("syncPassphrase")), passphrase);
    auto *start = dialog->findChild<QPushButton *>(QStringLiteral("startSyncSetup"));
    if (create) {
        auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("syncPassphraseConfirm"));
        type(confirm, passphrase + u'x');
        QVERIFY(!start->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("syncSetupMessage"))
                    ->text()
                    .contains(u"differ"));
        QTest::keyClick(confirm, Qt::Key_Backspace);
    }
    type(dialog->findChild<QLineEdit *>(QStringLiteral("syncDeviceName")),
         QStringLiteral("desktop"));
    QVERIFY(start->isEnabled());
    QCOMPARE(start->text(), create ? QStringLiteral("Create sync store") : QStringLiteral("Join"));
    pressEnter();
    QVERIFY(dialog->isRunning());
    QVERIFY(dialog->findChild<QProgressBar *>(QStringLiteral("syncSetupBusy"))->isVisible());
    // The typed passphrase is gone from the widgets at once.
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("syncPassphrase"))->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->setupDialog() || !m_panel->setupDialog()->isVisible(),
                             30000);
}

void TestSyncPage::syncFromThePage()
{
    waitIdle();
    QSignalSpy finished(m_scheduler.get(), &Core::SyncScheduler::syncFinished);
    pressAlt(Qt::Key_S);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    waitIdle();
}

void TestSyncPage::pageSaysWhatDoesNotSyncAndHidesTheRawAddress()
{
    openWindow();
    QVERIFY(text(QStringLiteral("syncNote")).contains(u"Conversation history does not sync"));
    // Set-up replaces the raw address; the switches stay.
    Ui::SettingsPage *page = m_window->page(QStringLiteral("sync"));
    if (Ui::SettingRow *row = page->row(QStringLiteral("sync.serverUrl")))
        QVERIFY(!row->isVisibleTo(m_window.get()));
    for (const QString &key : {QStringLiteral("sync.enabled"), policyKey,
                               QStringLiteral("sync.interval"),
                               QStringLiteral("sync.retryAttempts")}) {
        QVERIFY2(page->row(key) && page->row(key)->isVisibleTo(m_window.get()), qPrintable(key));
    }
    QCOMPARE(page->filter(QStringLiteral("server")), 0);
    QVERIFY(page->filter(QStringLiteral("sync")) > 0);
    page->filter({});
    // Not set up: the set-up box, no status or devices.
    QVERIFY(find<QPushButton>(QStringLiteral("setUpSync"))->isVisible());
    QVERIFY(!find<QPushButton>(QStringLiteral("syncNow"))->isVisible());
    QCOMPARE(m_scheduler->state(), State::NotConfigured);
    QCOMPARE(statusText(), QStringLiteral("Sync not set up"));
}

void TestSyncPage::administratorsLockHoldsSetUpBack()
{
    const QString policy = m_dir->filePath(QStringLiteral("policy.ini"));
    QFile file(policy);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[locked]\nsync.enabled=false\n");
    file.close();
    openWindow(Core::PolicyFiles(policy));
    QVERIFY(!find<QPushButton>(QStringLiteral("setUpSync"))->isEnabled());
    QVERIFY2(text(QStringLiteral("syncSetupText")).contains(u"administrator")
                 && text(QStringLiteral("syncSetupText")).contains(policy),
             qPrintable(text(QStringLiteral("syncSetupText"))));
    QCOMPARE(statusText(), QStringLiteral("Sync not set up"));
}

void TestSyncPage::setUpJoinConflictResolveByKeyboardAndAgree()
{
    openWindow();
    QVERIFY(m_store->setValue(scaleKey, 110));
    setUpFromThePage(true);
    waitIdle();
    // Setting up turns Synchronise on, and a sync has run.
    QVERIFY(m_store->value(QStringLiteral("sync.enabled")).toBool());
    QVERIFY(m_scheduler->isConfigured());
    QTRY_COMPARE_WITH_TIMEOUT(m_scheduler->state(), State::Idle, 30000);
    QVERIFY(find<QPushButton>(QStringLiteral("syncNow"))->isVisible());
    QVERIFY(!find<QPushButton>(QStringLiteral("setUpSync"))->isVisible());
    QCOMPARE(text(QStringLiteral("syncDestination")), m_storeFolder);
    QVERIFY(text(QStringLiteral("syncThisDevice")).startsWith(u"desktop ("));
    QCOMPARE(text(QStringLiteral("syncPending")), QStringLiteral("nothing"));
    QCOMPARE(statusText(), QStringLiteral("Synced just now"));

    // The laptop joins, taking what the store has.
    Tests::SyncDevice laptop;
    QVERIFY(laptop.engine->join(m_storeFolder, passphrase, Core::SyncEngine::JoinMode::TakeRemote,
                                QStringLiteral("laptop")));
    QCOMPARE(laptop.store.value(scaleKey).toInt(), 110);
    syncFromThePage();
    auto *devices = find<QTreeWidget>(QStringLiteral("syncDeviceList"));
    QTRY_COMPARE(devices->topLevelItemCount(), 2);
    QStringList names;
    for (int i = 0; i < devices->topLevelItemCount(); ++i)
        names.append(devices->topLevelItem(i)->text(0));
    QVERIFY2(names.contains(u"desktop") && names.contains(u"laptop"),
             qPrintable(names.join(u',')));

    // Both change the text scale before seeing the other's change ("prompt" is the default).
    QCOMPARE(m_store->text(policyKey), QStringLiteral("prompt"));
    QVERIFY(laptop.store.setValue(scaleKey, 150));
    QVERIFY(laptop.engine->syncNow());
    QVERIFY(m_store->setValue(scaleKey, 125));
    syncFromThePage();
    QTRY_COMPARE_WITH_TIMEOUT(m_scheduler->state(), State::Conflicts, 10000);
    QCOMPARE(statusText(), QStringLiteral("1 conflict to resolve"));
    // This device's value stays in force until the user chooses.
    QVERIFY(m_store->reload());
    QCOMPARE(m_store->value(scaleKey).toInt(), 125);

    QTRY_COMPARE(conflictList()->topLevelItemCount(), 1);
    QVERIFY2(conflictList()->topLevelItem(0)->text(0).contains(u"Text scale"),
             qPrintable(conflictList()->topLevelItem(0)->text(0)));
    QVERIFY(conflictList()->topLevelItem(0)->text(1).startsWith(u"laptop"));
    QCOMPARE(find<QLabel>(QStringLiteral("conflictTheirsLabel"))->text(),
             QStringLiteral("Other de&vice, laptop (theirs):"));
    QCOMPARE(find<QPlainTextEdit>(QStringLiteral("conflictMine"))->toPlainText(),
             QStringLiteral("125%"));
    QCOMPARE(find<QPlainTextEdit>(QStringLiteral("conflictTheirs"))->toPlainText(),
             QStringLiteral("150%"));
    QCOMPARE(find<QPlainTextEdit>(QStringLiteral("conflictBase"))->toPlainText(),
             QStringLiteral("110%"));

    // By keyboard: into the list, the arrow keys, Enter goes on to the choice, Tab to "Take
    // theirs", Enter takes it.
    conflictList()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(conflictList(), Qt::Key_Home);
    QTest::keyClick(conflictList(), Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), find<QPushButton>(QStringLiteral("keepMine")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), find<QPushButton>(QStringLiteral("takeTheirs")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    waitIdle();
    QTRY_COMPARE_WITH_TIMEOUT(conflictList()->topLevelItemCount(), 0, 10000);
    // The focus stays on the page (on the list), not thrown out by the buttons going grey.
    QCOMPARE(QApplication::focusWidget(), conflictList());
    QVERIFY(!find<QWidget>(QStringLiteral("conflictMine"))->isVisibleTo(m_window.get()));
    QVERIFY2(text(QStringLiteral("conflictMessage")).contains(u"took the value of laptop"),
             qPrintable(text(QStringLiteral("conflictMessage"))));
    QVERIFY(m_store->reload());
    QCOMPARE(m_store->value(scaleKey).toInt(), 150);
    QTRY_COMPARE_WITH_TIMEOUT(m_scheduler->state(), State::Idle, 10000);
    QCOMPARE(statusText(), QStringLiteral("Synced just now"));

    // The laptop receives the choice: both agree, and nothing waits on either side.
    Core::Result<Core::SyncEngine::Report> pulled = laptop.engine->syncNow();
    QVERIFY(pulled);
    QCOMPARE(laptop.store.value(scaleKey).toInt(), 150);
    Core::Result<QList<Core::SyncEngine::Conflict>> open = laptop.engine->conflicts(false);
    QVERIFY(open);
    QVERIFY2(open->isEmpty(), qPrintable(open->isEmpty() ? QString() : open->first().item));
    syncFromThePage();
    QCOMPARE(m_scheduler->status().openConflicts, 0);
    QCOMPARE(m_scheduler->status().pending, 0);

    // The resolved one is still there under "Show resolved".
    pressAlt(Qt::Key_R);
    QTRY_VERIFY(conflictList()->topLevelItemCount() >= 1);
    QCOMPARE(conflictList()->topLevelItem(0)->text(2), QStringLiteral("took the other's"));

    // Forget the laptop (asked first), and leave. The list of devices is filled again
    // once the refresh that "Show resolved" started is done: chosen after it.
    pressAlt(Qt::Key_R);
    waitIdle();
    devices->setFocus();
    for (int i = 0; i < devices->topLevelItemCount(); ++i) {
        if (devices->topLevelItem(i)->text(0) == u"laptop")
            devices->setCurrentItem(devices->topLevelItem(i));
    }
    Ui::Prompts::setNextAnswer(true);
    pressAlt(Qt::Key_O);
    waitIdle();
    QCOMPARE(Ui::Prompts::shown().size(), 1);
    QVERIFY2(Ui::Prompts::shown().constFirst().startsWith(QStringLiteral("Forget a device: ")),
             qPrintable(Ui::Prompts::shown().join(u'\n')));
    QVERIFY(Ui::Prompts::shown().constFirst().contains(u"laptop"));
    QTRY_COMPARE(devices->topLevelItemCount(), 1);
    Ui::Prompts::setNextAnswer(true);
    pressAlt(Qt::Key_L);
    waitIdle();
    QCOMPARE(Ui::Prompts::shown().size(), 2);
    QCOMPARE(Ui::Prompts::unusedAnswers(), 0);
    QTRY_COMPARE(m_scheduler->state(), State::NotConfigured);
    QVERIFY(find<QPushButton>(QStringLiteral("setUpSync"))->isVisible());
    QCOMPARE(text(QStringLiteral("syncResult")), QStringLiteral("This device no longer syncs."));
    QCOMPARE(m_store->value(scaleKey).toInt(), 150); // settings stay
}

void TestSyncPage::lastWriteWinsLoserIsPutBackFromShowResolved()
{
    openWindow();
    setUpFromThePage(true);
    waitIdle();
    Tests::SyncDevice laptop;
    QVERIFY(laptop.engine->join(m_storeFolder, passphrase, Core::SyncEngine::JoinMode::MergeLocal,
                                QStringLiteral("laptop")));
    QVERIFY(m_store->setValue(policyKey, QStringLiteral("last-write-wins")));
    QVERIFY(laptop.store.setValue(policyKey, QStringLiteral("last-write-wins")));
    syncFromThePage();
    QVERIFY(laptop.engine->syncNow());

    QVERIFY(m_store->setValue(themeKey, QStringLiteral("dark")));
    QVERIFY(laptop.store.setValue(themeKey, QStringLiteral("light")));
    QVERIFY(laptop.engine->syncNow());
    syncFromThePage();
    QVERIFY(laptop.engine->syncNow());
    // Settled: nothing waits, the same value on both.
    QCOMPARE(m_scheduler->status().openConflicts, 0);
    QTRY_COMPARE(m_scheduler->state(), State::Idle);
    QVERIFY(m_store->reload());
    const QString winner = m_store->text(themeKey);
    QCOMPARE(laptop.store.text(themeKey), winner);
    QCOMPARE(conflictList()->topLevelItemCount(), 0);

    // Logged: "Show resolved" lists it, and the losing value can be put back.
    QTest::mouseClick(find<QAbstractButton>(QStringLiteral("showResolvedConflicts")),
                      Qt::LeftButton);
    QTRY_COMPARE(conflictList()->topLevelItemCount(), 1);
    QCOMPARE(conflictList()->topLevelItem(0)->text(2), QStringLiteral("settled automatically"));
    conflictList()->setCurrentItem(conflictList()->topLevelItem(0));
    QVERIFY(text(QStringLiteral("conflictExplanation")).contains(u"last write wins"));
    const QString mine = find<QPlainTextEdit>(QStringLiteral("conflictMine"))->toPlainText();
    const QString theirs = find<QPlainTextEdit>(QStringLiteral("conflictTheirs"))->toPlainText();
    QCOMPARE(QSet<QString>({mine, theirs}), QSet<QString>({QStringLiteral("dark"),
                                                           QStringLiteral("light")}));
    const bool mineWon = winner == mine;
    const QString loser = mineWon ? theirs : mine;
    conflictList()->setFocus();
    pressAlt(mineWon ? Qt::Key_T : Qt::Key_M);
    waitIdle();
    QVERIFY(m_store->reload());
    QCOMPARE(m_store->text(themeKey), loser);
    QVERIFY(laptop.engine->syncNow());
    QCOMPARE(laptop.store.text(themeKey), loser);
}

void TestSyncPage::setUpMistakesAreSaidInPlainWords()
{
    // A store the laptop made, with a passphrase of its own.
    Tests::SyncDevice laptop;
    QVERIFY(laptop.engine->init(m_storeFolder, QStringLiteral("another passphrase"),
                                QStringLiteral("laptop")));
    openWindow();

    // Creating where a store is: refused, with what to do instead.
    Ui::SyncSetupDialog *dialog = openSetup();
    QVERIFY(dialog);
    type(dialog->findChild<QLineEdit *>(QStringLiteral("syncFolder")), m_storeFolder);
    type(dialog->findChild<QLineEdit *>(QStringLiteral("syncPassphrase")), passphrase);
    type(dialog->findChild<QLineEdit *>(QStringLiteral("syncPassphraseConfirm")), passphrase);
    pressEnter();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 30000);
    QVERIFY(dialog->isVisible());
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("syncSetupMessage"));
    QVERIFY2(message->text().startsWith(u"Not set up:")
                 && message->text().contains(u"Join an existing sync store"),
             qPrintable(message->text()));
    QVERIFY(!m_scheduler->isConfigured());

    // Joining with the wrong passphrase.
    pressAltIn(dialog, Qt::Key_J);
    QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("joinSyncStore"))->isChecked());
    type(dialog->findChild<QLineEdit *>(QStringLiteral("syncPassphrase")), passphrase);
    pressEnter();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 30000);
    QVERIFY2(message->text().startsWith(u"Wrong passphrase"), qPrintable(message->text()));
    QCOMPARE(QApplication::focusWidget(),
             dialog->findChild<QLineEdit *>(QStringLiteral("syncPassphrase")));
    QVERIFY(!message->text().contains(passphrase));

    // A folder that is not there (a share not mounted).
    type(dialog->findChild<QLineEdit *>(QStringLiteral("syncFolder")),
         m_dir->filePath(QStringLiteral("not-mounted/share")));
    type(dialog->findChild<QLineEdit *>(QStringLiteral("syncPassphrase")),
         QStringLiteral("another passphrase"));
    pressEnter();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 30000);
    QVERIFY2(dialog->isVisible() && !message->text().isEmpty(), qPrintable(message->text()));
    QVERIFY(!m_scheduler->isConfigured());

    // A WebDAV address with its password in it is not taken.
    pressAltIn(dialog, Qt::Key_W);
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("syncFolder"))->isVisible());
    type(dialog->findChild<QLineEdit *>(QStringLiteral("syncWebDavUrl")),
         QStringLiteral("https://alice:secret@dav.example.org/sync/"));
    type(dialog->findChild<QLineEdit *>(QStringLiteral("syncPassphrase")), passphrase);
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("startSyncSetup"))->isEnabled());
    QVERIFY2(message->text().contains(u"Leave the password out of the address"),
             qPrintable(message->text()));

    // Back to the folder and the right passphrase: joined.
    pressAltIn(dialog, Qt::Key_O);
    type(dialog->findChild<QLineEdit *>(QStringLiteral("syncFolder")), m_storeFolder);
    type(dialog->findChild<QLineEdit *>(QStringLiteral("syncPassphrase")),
         QStringLiteral("another passphrase"));
    pressEnter();
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->setupDialog(), 30000);
    waitIdle();
    QVERIFY(m_scheduler->isConfigured());
    QVERIFY(text(QStringLiteral("syncResult")).startsWith(u"This device joined the sync store"));
}

void TestSyncPage::statusBarFollowsTheStateAndOpensThePage()
{
    openWindow();
    auto *status = find<QToolButton>(QStringLiteral("syncStatus"));
    QCOMPARE(status->text(), QStringLiteral("Sync not set up"));
    QVERIFY(status->accessibleName().startsWith(u"Sync status: "));
    setUpFromThePage(true);
    waitIdle();
    QTRY_COMPARE(status->text(), QStringLiteral("Synced just now"));

    // Syncing shows while it runs.
    QStringList seen;
    connect(m_scheduler.get(), &Core::SyncScheduler::stateChanged, status,
            [&seen, status] { seen.append(status->text()); }, Qt::QueuedConnection);
    syncFromThePage();
    QTRY_VERIFY(seen.contains(u"Syncing…"));

    // The store's folder gone (a share not mounted): offline, with the retry time.
    QVERIFY(m_store->setValue(QStringLiteral("sync.retryAttempts"), 1));
    QVERIFY(m_store->setValue(QStringLiteral("sync.retryDelay"), 60000));
    QVERIFY(QDir(m_storeFolder).rename(m_storeFolder, m_storeFolder + u".away"));
    syncFromThePage();
    const QString offline = status->text();
    QCOMPARE(m_scheduler->state(), State::Offline);
    QVERIFY2(offline.startsWith(u"Offline, retry at "), qPrintable(offline));
    QVERIFY(text(QStringLiteral("syncState")).contains(u"Retry 1 of 1"));
    QVERIFY(text(QStringLiteral("syncLastError")).contains(u"does not exist"));
    QVERIFY(status->toolTip().contains(m_scheduler->lastError()));
    QVERIFY(QDir(m_storeFolder).rename(m_storeFolder + u".away", m_storeFolder));
    syncFromThePage();
    QTRY_COMPARE(status->text(), QStringLiteral("Synced just now"));
    QCOMPARE(text(QStringLiteral("syncLastError")), QStringLiteral("none"));

    // Pressed (Space, as from the keyboard) it opens the Synchronisation page.
    m_window->showPage(QStringLiteral("appearance"));
    QVERIFY(status->focusPolicy() & Qt::TabFocus);
    status->setFocus(Qt::TabFocusReason);
    QTest::keyClick(status, Qt::Key_Space);
    QCOMPARE(m_window->currentPageId(), QStringLiteral("sync"));
}

void TestSyncPage::everyControlIsNamedAndReachedByTab()
{
    openWindow();
    setUpFromThePage(true);
    waitIdle();
    Tests::SyncDevice laptop;
    QVERIFY(laptop.engine->join(m_storeFolder, passphrase, Core::SyncEngine::JoinMode::MergeLocal,
                                QStringLiteral("laptop")));
    QVERIFY(m_store->setValue(themeKey, QStringLiteral("dark")));
    QVERIFY(laptop.store.setValue(themeKey, QStringLiteral("light")));
    QVERIFY(laptop.engine->syncNow());
    syncFromThePage();
    QTRY_COMPARE(conflictList()->topLevelItemCount(), 1);

    QList<QWidget *> expected;
    for (QWidget *widget : m_panel->findChildren<QWidget *>()) {
        if (widget->isVisibleTo(m_window.get()) && widget->isEnabled() && !widget->focusProxy()
            && (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus
            && !widget->objectName().startsWith(QLatin1String("qt_")))
            expected.append(widget);
    }
    QVERIFY(expected.size() >= 10);
    for (QWidget *widget : std::as_const(expected)) {
        const QString what =
            widget->objectName() + u'/' + QLatin1String(widget->metaObject()->className());
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(what));
        QVERIFY2(!widget->accessibleDescription().isEmpty(), qPrintable(what));
    }
    // The three sides and the list have labels with mnemonics (Alt+I, Alt+B, Alt+V, Alt+C).
    pressAlt(Qt::Key_V);
    QCOMPARE(QApplication::focusWidget(), find<QPlainTextEdit>(QStringLiteral("conflictTheirs")));
    pressAlt(Qt::Key_C);
    QCOMPARE(QApplication::focusWidget(), conflictList());

    // Tab from the page list reaches each of them and comes round again: no trap.
    auto *pageList = m_window->findChild<QListWidget *>(QStringLiteral("pageList"));
    pageList->setFocus();
    QSet<QWidget *> reached;
    bool round = false;
    for (int step = 0; step < 200; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focused = QApplication::focusWidget();
        if (focused == pageList) {
            round = true;
            break;
        }
        reached.insert(focused);
    }
    QVERIFY(round);
    for (QWidget *widget : std::as_const(expected))
        QVERIFY2(reached.contains(widget), qPrintable(widget->objectName()));
    QVERIFY(reached.contains(find<QToolButton>(QStringLiteral("syncStatus"))));
}

// Under tests/backup/with-webdav.sh: a WebDAV sync store, its password typed in the set-up
// dialog going to the keychain under the backup destination's name, and the server's refusal
// of a wrong one said as such.
void TestSyncPage::webDavPasswordGoesToTheKeychainOnly()
{
    const QUrl server(qEnvironmentVariable("HUBSTATE_WEBDAV_URL"));
    const QString password = qEnvironmentVariable("HUBSTATE_WEBDAV_PASSWORD");
    if (!server.isValid() || password.isEmpty())
        QSKIP("needs a WebDAV server (tests/backup/with-webdav.sh)");
    QUrl url = server.resolved(QUrl(QStringLiteral("backups/")));
    url.setUserName(qEnvironmentVariable("HUBSTATE_WEBDAV_USER"));
    openWindow();
    Core::SecretStore secrets(m_profile.keychainScope());
    const QString secretName = Core::WebDavDestination::passwordSecretName(url);

    Ui::SyncSetupDialog *dialog = openSetup();
    QVERIFY(dialog);
    pressAltIn(dialog, Qt::Key_W);
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("syncWebDavPassword"))->isVisible());
    type(dialog->findChild<QLineEdit *>(QStringLiteral("syncWebDavUrl")), url.toString());
    type(dialog->findChild<QLineEdit *>(QStringLiteral("syncWebDavPassword")),
         QStringLiteral("Not-The-Password-42"));
    type(dialog->findChild<QLineEdit *>(QStringLiteral("syncPassphrase")), passphrase);
    type(dialog->findChild<QLineEdit *>(QStringLiteral("syncPassphraseConfirm")), passphrase);
    pressEnter();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 60000);
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("syncSetupMessage"));
    QVERIFY2(message->text().startsWith(u"The sync store at ") && message->text().contains(u"401"),
             qPrintable(message->text()));
    QVERIFY(!message->text().contains(u"Not-The-Password-42"));
    QVERIFY(!m_scheduler->isConfigured());

    type(dialog->findChild<QLineEdit *>(QStringLiteral("syncWebDavPassword")), password);
    type(dialog->findChild<QLineEdit *>(QStringLiteral("syncPassphrase")), passphrase);
    type(dialog->findChild<QLineEdit *>(QStringLiteral("syncPassphraseConfirm")), passphrase);
    pressEnter();
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->setupDialog(), 60000);
    waitIdle();
    QVERIFY(m_scheduler->isConfigured());
    QTRY_COMPARE_WITH_TIMEOUT(m_scheduler->state(), State::Idle, 30000);
    QCOMPARE(text(QStringLiteral("syncDestination")), Core::WebDavDestination::displayUrl(url));
    const Core::Result<QByteArray> stored = secrets.read(secretName);
    QVERIFY(stored);
    QCOMPARE(*stored, password.toUtf8());
    // Nowhere in the profile in clear.
    QDirIterator files(m_profile.root(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(password.toUtf8()), qPrintable(file.fileName()));
    }
    (void)secrets.remove(secretName);
    (void)secrets.remove(Core::SyncEngine::keySecretName());
}

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
