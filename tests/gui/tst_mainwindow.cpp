// The main window as a user drives it: pages built from the schema, search, editing with
// validation as one types, modified markers, reset, locks, undo and redo.
#include "core/settings/preferencesstore.h"
#include "core/settings/settingsschema.h"
#include "core/live/profilemonitor.h"
#include "ui/liveupdates.h"
#include "ui/mainwindow.h"
#include "ui/pages/settingrow.h"
#include "ui/pages/settingspage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Hubstate;
using Hubstate::Ui::SettingRow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everySettingHasARowOnItsPage();
    void searchFiltersEveryPageAsOneTypes();
    void typingInTheSidebarSearches();
    void invalidValueShowsTheRuleAndIsNotStored();
    void validEditIsStoredAndMarkedModified();
    void resetReturnsToTheLayerBelow();
    void undoAndRedoEveryEdit();
    void lockedSettingIsDisabledWithItsExplanation();
    void remembersTheLastPage();
    void editsBesideACliLoopLoseNothing();
    void cliChangeShowsInTheWindowAtOnce();
    void pagesAreBuiltWhenFirstShown();
    void goToReachesEveryPageAndSetting();
    void rowsKeepTheirPlaceThroughEditAndUndo();

private:
    SettingRow *row(const QString &key) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::PreferencesStore> m_store;
    std::unique_ptr<Ui::MainWindow> m_window;
    QString m_policy;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_policy = m_dir->filePath(QStringLiteral("policy.ini"));
    QFile policy(m_policy);
    QVERIFY(policy.open(QIODevice::WriteOnly));
    policy.write("[meta]\nexplanation=Managed by IT\n[locked]\nprivacy.telemetry=false\n");
    policy.close();
    m_store = std::make_unique<Core::PreferencesStore>(Core::Profile::inDirectory(m_dir->path()),
                                                       m_policy);
    QVERIFY(m_store->open());
    m_window =
        std::make_unique<Ui::MainWindow>(*m_store, m_dir->filePath(QStringLiteral("window.ini")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->buildAllPages(); // the tests below look at rows of every page
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_store.reset();
}

SettingRow *TestMainWindow::row(const QString &key) const
{
    return m_window->findChild<SettingRow *>(QStringLiteral("row:") + key);
}

void TestMainWindow::everySettingHasARowOnItsPage()
{
    QVERIFY(!m_window->windowIcon().isNull()); // the embedded icon loads
    const auto &settings = Core::SettingsSchema::instance().settings();
    QCOMPARE(m_window->findChildren<SettingRow *>().size(), settings.size());
    for (const Core::SettingDefinition &definition : settings) {
        Ui::SettingsPage *page = m_window->page(definition.page);
        QVERIFY2(page && page->row(definition.key), qPrintable(definition.key));
        QVERIFY(!page->row(definition.key)
                     ->findChild<QWidget *>(QStringLiteral("editor"))
                     ->accessibleName()
                     .isEmpty());
    }
    auto *pages = m_window->findChild<QListWidget *>(QStringLiteral("pageList"));
    // The schema's pages, then the hand-made advanced page.
    QCOMPARE(pages->count(), Core::SettingsSchema::instance().pages().size() + 1);
    QCOMPARE(pages->item(pages->count() - 1)->data(Qt::UserRole).toString(),
             QStringLiteral("advanced"));
}

void TestMainWindow::searchFiltersEveryPageAsOneTypes()
{
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *pages = m_window->findChild<QListWidget *>(QStringLiteral("pageList"));
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("accent"));
    // By label: "Accent colour" on Appearance; nothing else shows.
    QVERIFY(row(QStringLiteral("preferences.theme.accentColor"))->isVisibleTo(m_window.get()));
    QVERIFY(!row(QStringLiteral("preferences.theme.mode"))->isVisibleTo(m_window.get()));
    int visiblePages = 0;
    for (int i = 0; i < pages->count(); ++i)
        visiblePages += pages->item(i)->isHidden() ? 0 : 1;
    QCOMPARE(visiblePages, 1);
    QVERIFY(pages->currentItem()->text().contains(QStringLiteral("(1)")));
    // By key and by value.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("retryAttempts"));
    QCOMPARE(m_window->page(QStringLiteral("environment"))->filter(QStringLiteral("retryAttempts")),
             1);
    QCOMPARE(m_window->page(QStringLiteral("sync"))->filter(QStringLiteral("retryAttempts")), 1);
    QCOMPARE(m_window->page(QStringLiteral("appearance"))->filter(QStringLiteral("#3daee9")), 1);
    search->clear();
    for (int i = 0; i < pages->count(); ++i)
        QVERIFY(!pages->item(i)->isHidden());
}

void TestMainWindow::typingInTheSidebarSearches()
{
    auto *pages = m_window->findChild<QListWidget *>(QStringLiteral("pageList"));
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    pages->setFocus();
    QTest::keyClicks(pages, QStringLiteral("telem"));
    QCOMPARE(search->text(), QStringLiteral("telem"));
    QVERIFY(search->hasFocus());
}

void TestMainWindow::invalidValueShowsTheRuleAndIsNotStored()
{
    SettingRow *maxPanes = row(QStringLiteral("layout.maxPanes"));
    auto *editor = maxPanes->findChild<QLineEdit *>(QStringLiteral("editor"));
    auto *problem = maxPanes->findChild<QLabel *>(QStringLiteral("problem"));
    m_window->page(QStringLiteral("environment"))->show();
    editor->setFocus();
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("10"));
    QCOMPARE(maxPanes->problem(), QStringLiteral("exceeds maximum value of 9"));
    QVERIFY(problem->text().contains(QStringLiteral("exceeds maximum value of 9")));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(m_store->value(QStringLiteral("layout.maxPanes")).toLongLong(), 9);
    QVERIFY(!QFile::exists(m_store->settingsFile()));
    QTest::keyClick(editor, Qt::Key_Backspace);
    QCOMPARE(maxPanes->problem(), QString());
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(m_store->value(QStringLiteral("layout.maxPanes")).toLongLong(), 1);
}

void TestMainWindow::validEditIsStoredAndMarkedModified()
{
    SettingRow *mode = row(QStringLiteral("preferences.theme.mode"));
    auto *combo = mode->findChild<QComboBox *>(QStringLiteral("editor"));
    auto *marker = mode->findChild<QLabel *>(QStringLiteral("modifiedMarker"));
    QVERIFY(marker->text().isEmpty());
    combo->setCurrentText(QStringLiteral("dark"));
    QCOMPARE(m_store->text(QStringLiteral("preferences.theme.mode")), QStringLiteral("dark"));
    QVERIFY(!marker->text().isEmpty());
    QCOMPARE(mode->findChild<QLabel *>(QStringLiteral("why"))->text(),
             QStringLiteral("Value from: user"));
    // A change made elsewhere shows up too.
    QVERIFY(m_store->setText(QStringLiteral("preferences.theme.mode"), QStringLiteral("light")));
    QCOMPARE(combo->currentText(), QStringLiteral("light"));
}

void TestMainWindow::resetReturnsToTheLayerBelow()
{
    QVERIFY(m_store->setText(QStringLiteral("features.collaboration"), QStringLiteral("true")));
    SettingRow *collaboration = row(QStringLiteral("features.collaboration"));
    auto *reset = collaboration->findChild<QToolButton *>(QStringLiteral("reset"));
    QVERIFY(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(m_store->value(QStringLiteral("features.collaboration")).toBool(), false);
    QVERIFY(!m_store->isModified(QStringLiteral("features.collaboration")));
    QVERIFY(!reset->isEnabled());
    QVERIFY(!collaboration->findChild<QCheckBox *>(QStringLiteral("editor"))->isChecked());
}

void TestMainWindow::undoAndRedoEveryEdit()
{
    auto *box = row(QStringLiteral("preferences.theme.highContrast"))
                    ->findChild<QCheckBox *>(QStringLiteral("editor"));
    box->click();
    QCOMPARE(m_store->value(QStringLiteral("preferences.theme.highContrast")).toBool(), true);
    QVERIFY(m_store->setText(QStringLiteral("agents.timeout"),
                             QStringLiteral("45000"))); // not through the window
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_store->value(QStringLiteral("preferences.theme.highContrast")).toBool(), false);
    QVERIFY(!m_store->isModified(QStringLiteral("preferences.theme.highContrast")));
    QVERIFY(!box->isChecked());
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_store->value(QStringLiteral("preferences.theme.highContrast")).toBool(), true);
    QCOMPARE(m_window->undoStack()->count(), 1);
    QCOMPARE(m_store->value(QStringLiteral("agents.timeout")).toLongLong(), 45000); // untouched
}

void TestMainWindow::lockedSettingIsDisabledWithItsExplanation()
{
    SettingRow *telemetry = row(QStringLiteral("privacy.telemetry"));
    QVERIFY(!telemetry->findChild<QCheckBox *>(QStringLiteral("editor"))->isEnabled());
    auto *lock = telemetry->findChild<QLabel *>(QStringLiteral("lock"));
    QVERIFY(lock->toolTip().contains(QStringLiteral("Managed by IT")));
    QVERIFY(lock->toolTip().contains(m_policy));
    QCOMPARE(telemetry->findChild<QLabel *>(QStringLiteral("why"))->text(),
             QStringLiteral("Value from: admin lock"));
    // Even forced, the edit is refused and leaves nothing to undo.
    Q_EMIT telemetry->editRequested(QStringLiteral("privacy.telemetry"), true);
    QCOMPARE(m_store->value(QStringLiteral("privacy.telemetry")).toBool(), false);
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void TestMainWindow::remembersTheLastPage()
{
    auto *pages = m_window->findChild<QListWidget *>(QStringLiteral("pageList"));
    pages->setCurrentRow(3);
    const QString chosen = pages->currentItem()->data(Qt::UserRole).toString();
    m_window->close();
    m_window =
        std::make_unique<Ui::MainWindow>(*m_store, m_dir->filePath(QStringLiteral("window.ini")));
    auto *reopened = m_window->findChild<QListWidget *>(QStringLiteral("pageList"));
    QCOMPARE(reopened->currentItem()->data(Qt::UserRole).toString(), chosen);
    // Ephemeral state stays out of the preferences, in a file of its own.
    QFile preferences(m_store->settingsFile());
    QVERIFY(!preferences.open(QIODevice::ReadOnly) || !preferences.readAll().contains("geometry"));
    QFile state(m_dir->filePath(QStringLiteral("window.ini")));
    QVERIFY(state.open(QIODevice::ReadOnly));
    QVERIFY(state.readAll().contains("geometry"));
}


void TestMainWindow::editsBesideACliLoopLoseNothing()
{
    // The window edits settings while a script sets another one through the CLI: every write
    // lands, the window's and the script's, because each one re-reads the file under the lock.
    constexpr int sets = 25;
    QProcess loop;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HUBSTATE_POLICY_FILE"), m_policy);
    loop.setProcessEnvironment(environment);
    loop.start(QStringLiteral("sh"),
               {QStringLiteral("-c"),
                QStringLiteral("i=1; while [ $i -le %1 ]; do \"$0\" --profile \"$1\" config set "
                               "agents.timeout $((2000 + i)) || exit 1; i=$((i + 1)); done")
                    .arg(sets),
                QStringLiteral(HUBSTATE_CLI_BINARY), m_dir->path()});
    QVERIFY(loop.waitForStarted());

    SettingRow *maxPanes = row(QStringLiteral("layout.maxPanes"));
    auto *editor = maxPanes->findChild<QLineEdit *>(QStringLiteral("editor"));
    auto *theme = row(QStringLiteral("preferences.theme.mode"))->findChild<QComboBox *>(
        QStringLiteral("editor"));
    m_window->page(QStringLiteral("environment"))->show();
    int edits = 0;
    QString lastPanes;
    QString lastTheme;
    while (loop.state() != QProcess::NotRunning || edits < 10) {
        lastPanes = QString::number(2 + edits % 7);
        editor->setFocus();
        editor->selectAll();
        QTest::keyClicks(editor, lastPanes);
        QTest::keyClick(editor, Qt::Key_Return);
        lastTheme = edits % 2 ? QStringLiteral("dark") : QStringLiteral("light");
        theme->setCurrentText(lastTheme);
        ++edits;
        (void)loop.waitForFinished(5); // the script's pace, with the window's events handled
    }
    QCOMPARE(loop.exitStatus(), QProcess::NormalExit);
    QVERIFY2(loop.exitCode() == 0, loop.readAllStandardError().constData());

    // What a new process reads: the script's last value and the window's.
    Core::PreferencesStore reread(Core::Profile::inDirectory(m_dir->path()), m_policy);
    QVERIFY(reread.open());
    QCOMPARE(reread.text(QStringLiteral("agents.timeout")), QString::number(2000 + sets));
    QCOMPARE(reread.text(QStringLiteral("layout.maxPanes")), lastPanes);
    QCOMPARE(reread.text(QStringLiteral("preferences.theme.mode")), lastTheme);
}


void TestMainWindow::cliChangeShowsInTheWindowAtOnce()
{
    // The window as main() wires it: a profile monitor feeding the pages.
    Core::ProfileMonitor monitor(Core::Profile::inDirectory(m_dir->path()), m_policy);
    Ui::LiveUpdates live(monitor, *m_store);
    QVERIFY(monitor.start());
    auto *theme = row(QStringLiteral("preferences.theme.mode"))->findChild<QComboBox *>(
        QStringLiteral("editor"));
    QVERIFY(theme->currentText() != QLatin1String("dark"));
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HUBSTATE_POLICY_FILE"), m_policy);
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(HUBSTATE_CLI_BINARY),
              {QStringLiteral("--profile"), m_dir->path(), QStringLiteral("config"),
               QStringLiteral("set"), QStringLiteral("preferences.theme.mode"),
               QStringLiteral("dark")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    // Within half a second of the CLI's exit, without any action in the window.
    QTRY_COMPARE_WITH_TIMEOUT(theme->currentText(), QStringLiteral("dark"), 500);
    QCOMPARE(row(QStringLiteral("preferences.theme.mode"))
                 ->findChild<QLabel *>(QStringLiteral("why"))
                 ->text(),
             QStringLiteral("Value from: user"));
}

// Start-up: only the page shown is built before the first frame; the others when first shown,
// when asked for, or one by one once the window is idle.
void TestMainWindow::pagesAreBuiltWhenFirstShown()
{
    Ui::MainWindow window(*m_store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.currentPageId(), QStringLiteral("appearance"));
    QVERIFY(window.isPageBuilt(QStringLiteral("appearance")));
    QVERIFY(!window.isPageBuilt(QStringLiteral("environment")));
    QVERIFY(!window.isPageBuilt(QStringLiteral("advanced")));
    QVERIFY(!window.findChild<SettingRow *>(QStringLiteral("row:agents.timeout")));
    // A panel for a page (the backups catalog, the privacy centre) waits for its page too,
    // and is added once; one for a page already built is added at once.
    QList<QString> extended;
    window.extendPage(QStringLiteral("backup"), [&](Ui::SettingsPage *page) {
        QVERIFY(page);
        extended.append(QStringLiteral("backup"));
    });
    window.extendPage(QStringLiteral("appearance"),
                      [&](Ui::SettingsPage *) { extended.append(QStringLiteral("appearance")); });
    QCOMPARE(extended, QList<QString>{QStringLiteral("appearance")});
    QVERIFY(!window.isPageBuilt(QStringLiteral("backup")));
    window.showPage(QStringLiteral("backup"));
    window.showPage(QStringLiteral("appearance"));
    window.showPage(QStringLiteral("backup"));
    QCOMPARE(extended, (QList<QString>{QStringLiteral("appearance"), QStringLiteral("backup")}));
    window.showPage(QStringLiteral("environment"));
    QVERIFY(window.isPageBuilt(QStringLiteral("environment")));
    QVERIFY(window.findChild<SettingRow *>(QStringLiteral("row:agents.timeout")));
    QVERIFY(window.page(QStringLiteral("privacy"))); // built when asked for
    QVERIFY(window.isPageBuilt(QStringLiteral("privacy")));
    // A search counts every page's matches.
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    search->setText(QStringLiteral("retryAttempts"));
    QVERIFY(window.page(QStringLiteral("environment"))->row(QStringLiteral("agents.retryAttempts"))
                ->isVisibleTo(&window));
    search->clear();
    QTRY_VERIFY_WITH_TIMEOUT(window.isPageBuilt(QStringLiteral("advanced")), 10000);
    // Go to is ready once the window is idle: the first Ctrl+K need not make it.
    QTRY_VERIFY(window.jumpList());
    QCOMPARE(window.findChildren<SettingRow *>().size(),
             Core::SettingsSchema::instance().settings().size());
}

// Issue 16, item 14: Alt+1..9 reached 9 of the pages. Go to (Ctrl+K) reaches every page and
// every setting by name.
void TestMainWindow::goToReachesEveryPageAndSetting()
{
    auto *pages = m_window->findChild<QListWidget *>(QStringLiteral("pageList"));
    const auto goTo = [this](const QString &words) {
        m_window->activateWindow(); // the offscreen platform does not, once a dialog closed
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->findChild<QListWidget *>(QStringLiteral("pageList"))->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        auto *field = m_window->findChild<QLineEdit *>(QStringLiteral("jumpField"));
        QVERIFY(field);
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, words);
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY(!field->isVisible());
    };
    for (int row = pages->count() - 1; row >= 0; --row) {
        const QString title = pages->item(row)->text();
        goTo(title + QStringLiteral(" page"));
        QCOMPARE(pages->currentRow(), row);
    }
    // A setting: its page, its editor focused.
    goTo(QStringLiteral("accent colour"));
    QCOMPARE(m_window->currentPageId(), QStringLiteral("appearance"));
    QVERIFY(row(QStringLiteral("preferences.theme.accentColor"))
                ->isAncestorOf(m_window->focusWidget()));
    goTo(QStringLiteral("retry attempts"));
    QCOMPARE(m_window->currentPageId(), QStringLiteral("environment"));
    QVERIFY(row(QStringLiteral("agents.retryAttempts"))->isAncestorOf(m_window->focusWidget()));
    // The status bar names the setting gone to, and not for ever: the note goes when another
    // page is shown, or after a few seconds on the same page.
    QStatusBar *status = m_window->statusBar();
    goTo(QStringLiteral("backup destinations"));
    QCOMPARE(m_window->currentPageId(), QStringLiteral("backup"));
    QCOMPARE(status->currentMessage(), QStringLiteral("Backup destinations"));
    pages->setCurrentRow(0);
    QVERIFY2(status->currentMessage().isEmpty(), qPrintable(status->currentMessage()));
    goTo(QStringLiteral("backup destinations"));
    QCOMPARE(status->currentMessage(), QStringLiteral("Backup destinations"));
    QTRY_VERIFY_WITH_TIMEOUT(status->currentMessage().isEmpty(), 8000);
    QCOMPARE(m_window->currentPageId(), QStringLiteral("backup"));
    // A shortcut is a setting too: the shortcuts editor with its action selected.
    goTo(QStringLiteral("back up now"));
    QCOMPARE(m_window->currentPageId(), QStringLiteral("shortcuts"));
    QCOMPARE(m_window->focusWidget()->objectName(), QStringLiteral("shortcutTable"));
}

// Issue 16, item 9: after an undo the row's label and editor sat 6 px left of where they were
// (the "modified" marker's column took its width from the marker's text).
void TestMainWindow::rowsKeepTheirPlaceThroughEditAndUndo()
{
    m_window->showPage(QStringLiteral("appearance"));
    SettingRow *edited = row(QStringLiteral("preferences.theme.highContrast"));
    SettingRow *other = row(QStringLiteral("preferences.theme.mode"));
    const auto label = [](SettingRow *row) {
        return row->findChild<QWidget *>(QStringLiteral("editor"));
    };
    // The layouts' passes are posted: done here, so that positions are read after them.
    const auto settle = [] {
        for (int pass = 0; pass < 4; ++pass)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    };
    settle();
    const int editorX = label(edited)->x();
    QCOMPARE(label(other)->x(), editorX); // one column down the page
    auto *box = qobject_cast<QCheckBox *>(label(edited));
    QVERIFY(box);
    box->click();
    QVERIFY(m_store->isModified(QStringLiteral("preferences.theme.highContrast")));
    settle();
    QCOMPARE(label(edited)->x(), editorX);
    m_window->undoStack()->undo();
    QVERIFY(!m_store->isModified(QStringLiteral("preferences.theme.highContrast")));
    settle();
    QCOMPARE(label(edited)->x(), editorX);
    QCOMPARE(label(other)->x(), editorX);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
