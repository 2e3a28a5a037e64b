// The keyboard shortcuts page as a user drives it: recording keys (chords, Escape), conflicts
// named while recording, the filters, reset one and all, undo, and Hubstate's own actions
// following the new keys.
#include "core/settings/preferencesstore.h"
#include "core/settings/settingsschema.h"
#include "core/state/agentrepository.h"
#include "core/state/layoutrepository.h"
#include "core/state/statedatabase.h"
#include "ui/layout/layoutcanvas.h"
#include "ui/layout/layouteditor.h"
#include "ui/layout/layoutkeymap.h"
#include "ui/common/prompts.h"
#include "ui/layout/layoutspage.h"
#include "ui/mainwindow.h"
#include "ui/pages/settingspage.h"
#include "ui/shortcuts/shortcutcapture.h"
#include "ui/shortcuts/shortcuteditor.h"
#include "ui/shortcuts/shortcutfiltermodel.h"
#include "ui/shortcuts/shortcutmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QScopeGuard>
#include <QLineEdit>
#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QMessageBox>
#include <QUndoStack>

using namespace Hubstate;
using Ui::ShortcutModel;

namespace {
const QString kFind = QStringLiteral("preferences.keyboard.shortcuts.app.find");
const QString kUndo = QStringLiteral("preferences.keyboard.shortcuts.app.undo");
const QString kRedo = QStringLiteral("preferences.keyboard.shortcuts.app.redo");
const QString kQuit = QStringLiteral("preferences.keyboard.shortcuts.app.quit");
} // namespace

class TestShortcutEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyShortcutSettingIsARow();
    void modelsPassTheModelTester();
    void recordingAssignsThroughTheUndoStackAndTheActionFollows();
    void multiKeyChords();
    void escapeCancelsRecording();
    void conflictsAreNamedWhileRecording();
    void filterByNameAndByPressingKeys();
    void windowKeysCountAsConflicts();
    void resetOneAndResetAll();
    void modifiedOnlyShowsTheChangedShortcuts();
    void lockedShortcutCannotBeRecorded();
    void recorderKeepsRoomForItsKeys();
    void everyListedActionWorksWhereItIsPressed();

private:
    template<typename T> T *find(const QString &name) const
    {
        auto *widget = m_window->findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }
    int visibleRows() const
    {
        return find<QTableView>(QStringLiteral("shortcutTable"))->model()->rowCount();
    }
    void select(const QString &key);
    void record(const QList<QKeyCombination> &keys);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::PreferencesStore> m_store;
    std::unique_ptr<Ui::MainWindow> m_window;
    Ui::ShortcutEditor *m_editor = nullptr;
};

void TestShortcutEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString policy = m_dir->filePath(QStringLiteral("policy.ini"));
    QFile file(policy);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[locked]\npreferences.keyboard.shortcuts.app.help=F1\n");
    file.close();
    m_store =
        std::make_unique<Core::PreferencesStore>(Core::Profile::inDirectory(m_dir->path()), policy);
    QVERIFY(m_store->open());
    m_window = std::make_unique<Ui::MainWindow>(*m_store);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showPage(QStringLiteral("shortcuts"));
    m_editor = find<Ui::ShortcutEditor>(QStringLiteral("shortcutEditor"));
    QVERIFY(m_editor->isVisible());
}

void TestShortcutEditor::cleanup()
{
    m_window.reset();
    m_store.reset();
}

void TestShortcutEditor::select(const QString &key)
{
    m_editor->selectKey(key);
    QCOMPARE(m_editor->currentKey(), key);
}

// As a user does it: Enter on the selected row starts recording, then the keys.
void TestShortcutEditor::record(const QList<QKeyCombination> &keys)
{
    auto *table = find<QTableView>(QStringLiteral("shortcutTable"));
    auto *capture = find<Ui::ShortcutCapture>(QStringLiteral("shortcutCapture"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(capture->hasFocus());
    for (const QKeyCombination key : keys)
        QTest::keyClick(capture, key.key(), key.keyboardModifiers());
}

void TestShortcutEditor::everyShortcutSettingIsARow()
{
    // Generated from the schema: every key under the prefix, whoever adds it.
    const QStringList keys = Core::SettingsSchema::instance().keysUnder(
        QStringLiteral("preferences.keyboard.shortcuts"));
    QVERIFY(keys.size() >= 8);
    QCOMPARE(m_editor->model()->rowCount(), keys.size());
    for (const QString &key : keys)
        QVERIFY2(m_editor->model()->rowOf(key) >= 0, qPrintable(key));
    const int find = m_editor->model()->rowOf(kFind);
    QCOMPARE(m_editor->model()->index(find, ShortcutModel::ActionColumn).data().toString(),
             QStringLiteral("Find a setting"));
    QCOMPARE(m_editor->model()->index(find, ShortcutModel::SourceColumn).data().toString(),
             QStringLiteral("default"));
}

void TestShortcutEditor::modelsPassTheModelTester()
{
    QAbstractItemModelTester sourceTester(m_editor->model(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(m_editor->filterModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_store->setText(kFind, QStringLiteral("Ctrl+Z")));
    m_editor->filterModel()->setConflictsOnly(true);
    QCOMPARE(m_editor->filterModel()->rowCount(), 2);
    m_editor->filterModel()->setNameFilter(QStringLiteral("undo"));
    QCOMPARE(m_editor->filterModel()->rowCount(), 1);
    m_editor->filterModel()->setNameFilter({});
    m_editor->filterModel()->setConflictsOnly(false);
    QVERIFY(m_store->reset(kFind));
}

void TestShortcutEditor::recordingAssignsThroughTheUndoStackAndTheActionFollows()
{
    auto *findAction = m_window->findChild<QAction *>(QStringLiteral("findAction"));
    QCOMPARE(findAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+F")));
    select(kFind);
    record({Qt::CTRL | Qt::SHIFT | Qt::Key_F});
    // Recording ends a moment after the last key.
    QTRY_COMPARE_WITH_TIMEOUT(m_store->text(kFind), QStringLiteral("Ctrl+Shift+F"), 3000);
    QCOMPARE(findAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+F")));
    const int row = m_editor->model()->rowOf(kFind);
    QCOMPARE(m_editor->model()->index(row, ShortcutModel::SourceColumn).data().toString(),
             QStringLiteral("user"));
    // The new keys work in the window; the old ones no longer do.
    auto *search = find<QLineEdit>(QStringLiteral("searchField"));
    find<QTableView>(QStringLiteral("shortcutTable"))->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(search->hasFocus());
    // Undone like any other edit.
    QCOMPARE(m_window->undoStack()->count(), 1);
    m_window->undoStack()->undo();
    QCOMPARE(m_store->text(kFind), QStringLiteral("Ctrl+F"));
    QCOMPARE(findAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+F")));
    QVERIFY(!m_store->isModified(kFind));
}

void TestShortcutEditor::multiKeyChords()
{
    select(kQuit);
    record({Qt::CTRL | Qt::Key_M, Qt::CTRL | Qt::Key_Q});
    QTRY_COMPARE_WITH_TIMEOUT(m_store->text(kQuit), QStringLiteral("Ctrl+M, Ctrl+Q"), 3000);
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("quitAction"))->shortcut().count(), 2);
}

void TestShortcutEditor::escapeCancelsRecording()
{
    auto *capture = find<Ui::ShortcutCapture>(QStringLiteral("shortcutCapture"));
    auto *table = find<QTableView>(QStringLiteral("shortcutTable"));
    select(kRedo);
    QSignalSpy finished(capture, &Ui::ShortcutCapture::editingFinished);
    record({Qt::CTRL | Qt::Key_J});
    QCOMPARE(capture->keySequence(), QKeySequence(QStringLiteral("Ctrl+J")));
    QTest::keyClick(capture, Qt::Key_Escape);
    QCOMPARE(capture->keySequence(), QKeySequence(QStringLiteral("Ctrl+Shift+Z")));
    QVERIFY(table->hasFocus()); // back where the user started
    // Whatever the recorder does once it stops waiting for more keys, nothing is stored.
    (void)QTest::qWaitFor([&finished] { return !finished.isEmpty(); }, 1500);
    QCOMPARE(m_store->text(kRedo), QStringLiteral("Ctrl+Shift+Z"));
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void TestShortcutEditor::conflictsAreNamedWhileRecording()
{
    auto *conflict = find<QLabel>(QStringLiteral("conflictLabel"));
    QVERIFY(!conflict->isVisible());
    select(kFind);
    record({Qt::CTRL | Qt::Key_Z});
    // Before recording ends: the clash is named at once.
    QVERIFY(conflict->isVisible());
    QVERIFY2(conflict->text().contains(QStringLiteral("Undo")), qPrintable(conflict->text()));
    QVERIFY(m_store->text(kFind) == QStringLiteral("Ctrl+F"));
    // Issue 16, item 7: not applied when recording ends, only when the user presses Assign.
    auto *capture = find<Ui::ShortcutCapture>(QStringLiteral("shortcutCapture"));
    QSignalSpy finished(capture, &Ui::ShortcutCapture::editingFinished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 3000);
    QCOMPARE(m_store->text(kFind), QStringLiteral("Ctrl+F"));
    QCOMPARE(m_window->undoStack()->count(), 0);
    QVERIFY2(conflict->text().contains(QStringLiteral("Press Assign to use these keys anyway")),
             qPrintable(conflict->text()));
    QCOMPARE(capture->keySequence(), QKeySequence(QStringLiteral("Ctrl+Z")));
    // Kept if the user insists; both rows then say so, and "conflicts only" shows just them.
    QTest::mouseClick(find<QPushButton>(QStringLiteral("assignShortcut")), Qt::LeftButton);
    QCOMPARE(m_store->text(kFind), QStringLiteral("Ctrl+Z"));
    const int undoRow = m_editor->model()->rowOf(kUndo);
    QCOMPARE(m_editor->model()->index(undoRow, ShortcutModel::ConflictColumn).data().toString(),
             QStringLiteral("Conflicts with Find a setting"));
    auto *conflictsOnly = find<QCheckBox>(QStringLiteral("conflictsOnly"));
    conflictsOnly->setFocus();
    QTest::keyClick(conflictsOnly, Qt::Key_Space);
    QVERIFY(conflictsOnly->isChecked());
    QCOMPARE(visibleRows(), 2);
    // A chord prefix clashes too: Ctrl+Z, X could never be typed while Ctrl+Z is bound.
    QVERIFY(ShortcutModel::clash(QKeySequence(QStringLiteral("Ctrl+Z, X")),
                                 QKeySequence(QStringLiteral("Ctrl+Z"))));
    QVERIFY(!ShortcutModel::clash(QKeySequence(QStringLiteral("Ctrl+Z")), QKeySequence()));
    // Settled: the filter empties.
    QVERIFY(m_store->reset(kFind));
    QCOMPARE(visibleRows(), 0);
}

void TestShortcutEditor::filterByNameAndByPressingKeys()
{
    const int all = visibleRows();
    auto *name = find<QLineEdit>(QStringLiteral("shortcutNameFilter"));
    QTest::keyClicks(name, QStringLiteral("quit"));
    QCOMPARE(visibleRows(), 1);
    name->clear();
    QCOMPARE(visibleRows(), all);
    // Pressing the keys one looks for.
    auto *keys = find<Ui::ShortcutCapture>(QStringLiteral("shortcutKeyFilter"));
    keys->setFocus();
    QTest::keyClick(keys, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(visibleRows(), 1);
    auto *table = find<QTableView>(QStringLiteral("shortcutTable"));
    QCOMPARE(table->model()->index(0, ShortcutModel::ActionColumn).data().toString(),
             QStringLiteral("Redo"));
    QTest::keyClick(keys, Qt::Key_Escape);
    QCOMPARE(visibleRows(), all);
    // The window's search narrows the table too.
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("searchField")), QStringLiteral("Back up"));
    QCOMPARE(visibleRows(), 1);
}

void TestShortcutEditor::windowKeysCountAsConflicts()
{
    auto *conflict = find<QLabel>(QStringLiteral("conflictLabel"));
    select(kRedo);
    record({Qt::ALT | Qt::Key_1});
    QVERIFY2(conflict->text().contains(QStringLiteral("Go to Appearance")),
             qPrintable(conflict->text()));
    QTest::keyClick(find<Ui::ShortcutCapture>(QStringLiteral("shortcutCapture")), Qt::Key_Escape);
    // The window's search finds an action by its keys.
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("searchField")), QStringLiteral("Ctrl+Q"));
    QCOMPARE(visibleRows(), 1);
}

void TestShortcutEditor::resetOneAndResetAll()
{
    QVERIFY(m_store->setText(kFind, QStringLiteral("Ctrl+K")));
    QVERIFY(m_store->setText(kQuit, QStringLiteral("Ctrl+W")));
    auto *reset = find<QPushButton>(QStringLiteral("resetShortcut"));
    select(kRedo);
    QVERIFY(!reset->isEnabled()); // nothing to reset
    select(kFind);
    QVERIFY(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(m_store->text(kFind), QStringLiteral("Ctrl+F"));
    QVERIFY(m_store->isModified(kQuit));
    QVERIFY(m_store->setText(kFind, QStringLiteral("Ctrl+K")));
    m_window->undoStack()->clear();
    QTest::mouseClick(find<QPushButton>(QStringLiteral("resetAllShortcuts")), Qt::LeftButton);
    QCOMPARE(m_store->text(kFind), QStringLiteral("Ctrl+F"));
    QCOMPARE(m_store->text(kQuit), QStringLiteral("Ctrl+Q"));
    // One step to undo.
    QCOMPARE(m_window->undoStack()->count(), 1);
    m_window->undoStack()->undo();
    QCOMPARE(m_store->text(kFind), QStringLiteral("Ctrl+K"));
    QCOMPARE(m_store->text(kQuit), QStringLiteral("Ctrl+W"));
}

void TestShortcutEditor::modifiedOnlyShowsTheChangedShortcuts()
{
    const int all = visibleRows();
    QVERIFY(m_store->setText(kQuit, QStringLiteral("Ctrl+W")));
    auto *modifiedOnly = find<QCheckBox>(QStringLiteral("modifiedShortcutsOnly"));
    QVERIFY(modifiedOnly->isVisible());
    modifiedOnly->setFocus();
    QTest::keyClick(modifiedOnly, Qt::Key_Space);
    QVERIFY(modifiedOnly->isChecked());
    auto *table = find<QTableView>(QStringLiteral("shortcutTable"));
    QCOMPARE(visibleRows(), 1);
    QCOMPARE(table->model()->index(0, ShortcutModel::ActionColumn).data().toString(),
             QStringLiteral("Quit"));
    // A change made elsewhere (another row, the CLI) joins or leaves the list as it happens.
    QVERIFY(m_store->setText(kFind, QStringLiteral("Ctrl+K")));
    QCOMPARE(visibleRows(), 2);
    QVERIFY(m_store->reset(kQuit));
    QVERIFY(m_store->reset(kFind));
    QCOMPARE(visibleRows(), 0);
    QTest::keyClick(modifiedOnly, Qt::Key_Space);
    QCOMPARE(visibleRows(), all);
}

void TestShortcutEditor::lockedShortcutCannotBeRecorded()
{
    const QString help = QStringLiteral("preferences.keyboard.shortcuts.app.help");
    select(help);
    QVERIFY(!find<Ui::ShortcutCapture>(QStringLiteral("shortcutCapture"))->isEnabled());
    QVERIFY(!find<QPushButton>(QStringLiteral("assignShortcut"))->isEnabled());
    const int row = m_editor->model()->rowOf(help);
    QCOMPARE(m_editor->model()->index(row, ShortcutModel::SourceColumn).data().toString(),
             QStringLiteral("admin (locked)"));
}

// Issue 16, item 9: the recorder shrank to 35 px beside a long label and its buttons.
void TestShortcutEditor::recorderKeepsRoomForItsKeys()
{
    auto *capture = find<Ui::ShortcutCapture>(QStringLiteral("shortcutCapture"));
    const int needed = capture->fontMetrics().horizontalAdvance(QStringLiteral("Ctrl+Shift+Z, X"));
    // The action with the longest name, in a small window.
    QString longest;
    for (int row = 0; row < m_editor->model()->rowCount(); ++row) {
        if (m_editor->model()->label(row).size() > longest.size()) {
            longest = m_editor->model()->label(row);
            select(m_editor->model()->key(row));
        }
    }
    m_window->resize(800, 600);
    QTRY_VERIFY2(capture->width() >= needed,
                 qPrintable(QStringLiteral("%1 px, %2 needed").arg(capture->width()).arg(needed)));
    QVERIFY(find<Ui::ShortcutCapture>(QStringLiteral("shortcutKeyFilter"))->width() >= needed);
    // At twice the text size too (the window grows, or the page scrolls, rather than this).
    const QFont normal = QApplication::font();
    QFont twice = normal;
    twice.setPointSizeF(normal.pointSizeF() * 2);
    QApplication::setFont(twice);
    const int neededTwice =
        QFontMetrics(twice).horizontalAdvance(QStringLiteral("Ctrl+Shift+Z, X"));
    QTRY_VERIFY2(capture->width() >= neededTwice,
                 qPrintable(QStringLiteral("%1 px, %2 needed").arg(capture->width()).arg(neededTwice)));
    QApplication::setFont(normal);
}

namespace {
// Stands in for the Backups page's panel: Back up now reaches it by name.
class BackupsPanelStandIn : public QWidget
{
    Q_OBJECT
public:
    int backups = 0;
public Q_SLOTS:
    void backUpNow() { ++backups; }
};
} // namespace

// Issue 16, item 7: "Back up now" was listed but bound to nothing; Ctrl+S did nothing in the
// layout's name field. Every action the editor lists must do its work where it is pressed:
// the window's own actions on any page (here the Appearance page and the layout's name
// field), the layout editor's on its canvas. A new action without a handler fails here.
void TestShortcutEditor::everyListedActionWorksWhereItIsPressed()
{
    Core::StateDatabase database;
    QVERIFY(database.open(m_dir->filePath(QStringLiteral("state.db"))));
    Core::LayoutRepository layouts(database);
    QVERIFY(layouts.ensureTemplates());
    Core::AgentRepository agents(database);
    auto *layoutsPage = new Ui::LayoutsPage(*m_store, layouts, &agents);
    // Leaving the layout editor's edited draft discards it, however often the walk leaves it.
    Ui::Prompts::reset();
    for (int i = 0; i < 50; ++i)
        Ui::Prompts::setNextAnswer(QMessageBox::Discard);
    const auto unscript = qScopeGuard([] { Ui::Prompts::reset(); });
    m_window->addPage(QStringLiteral("layouts"), QStringLiteral("Layouts"), layoutsPage);
    auto *panel = new BackupsPanelStandIn;
    panel->setObjectName(QStringLiteral("backupsPanel"));
    m_window->page(QStringLiteral("backup"))->addPanel(panel);
    QSignalSpy restores(m_window.get(), &Ui::MainWindow::restoreRequested);
    auto *search = find<QLineEdit>(QStringLiteral("searchField"));
    auto *sidebar = find<QWidget>(QStringLiteral("pageList"));
    QWidget *canvas = layoutsPage->editor()->canvas();
    auto *name = layoutsPage->findChild<QLineEdit *>(QStringLiteral("layoutName"));
    const auto press = [](QWidget *where, const QKeySequence &keys) {
        for (int chord = 0; chord < keys.count(); ++chord)
            QTest::keyClick(where, keys[chord].key(), keys[chord].keyboardModifiers());
    };
    // A modal dialog (the window's list of keys) is closed as soon as it shows.
    QStringList dialogs;
    const auto closeDialogs = [&dialogs] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            dialogs.append(modal->objectName());
            modal->close();
        }
    };

    const QString prefix = ShortcutModel::prefix();
    int checked = 0;
    for (int row = 0; row < m_editor->model()->rowCount(); ++row) {
        const QString key = m_editor->model()->key(row);
        const QString action = key.mid(prefix.size());
        const QKeySequence keys = m_editor->model()->sequence(row);
        QVERIFY2(!keys.isEmpty(), qPrintable(key));
        if (action.startsWith(QLatin1String("layout."))) {
            // On the canvas, where the layout editor's keys are pressed.
            m_window->showPage(QStringLiteral("layouts"));
            QVERIFY(layoutsPage->editor()->hasLayout());
            canvas->setFocus();
            QSignalSpy actions(canvas, SIGNAL(actionTriggered(Hubstate::Ui::LayoutAction)));
            press(canvas, keys);
            QCOMPARE(actions.count(), 1);
            QCOMPARE(Ui::LayoutKeyMap::settingKey(actions.first().first().value<Ui::LayoutAction>()),
                     key);
            if (QApplication::focusWidget() != canvas)
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
            ++checked;
            continue;
        }
        // The window's own actions, from the sidebar of a settings page.
        m_window->showPage(QStringLiteral("appearance"));
        sidebar->setFocus();
        if (action == u"app.find") {
            press(sidebar, keys);
            QVERIFY(search->hasFocus());
        } else if (action == u"app.undo" || action == u"app.redo") {
            m_window->undoStack()->clear();
            m_window->undoStack()->push(new QUndoCommand(QStringLiteral("an edit")));
            if (action == u"app.redo")
                m_window->undoStack()->undo();
            const int before = m_window->undoStack()->index();
            press(sidebar, keys);
            QCOMPARE(m_window->undoStack()->index(), action == u"app.undo" ? before - 1 : before + 1);
        } else if (action == u"app.save") {
            press(sidebar, keys);
            QVERIFY2(m_window->statusBar()->currentMessage().startsWith(
                         QStringLiteral("Nothing to save on this page")),
                     qPrintable(m_window->statusBar()->currentMessage()));
            // In the layout's name field: the draft, with the name being typed.
            m_window->showPage(QStringLiteral("layouts"));
            name->setFocus();
            name->selectAll();
            QTest::keyClicks(name, QStringLiteral("Saved by key"));
            press(name, keys);
            QCOMPARE((*layouts.find(layoutsPage->editor()->draft().id))->name,
                     QStringLiteral("Saved by key"));
        } else if (action == u"app.help") {
            QTimer::singleShot(0, closeDialogs);
            press(sidebar, keys);
            QTRY_COMPARE(dialogs, QStringList{QStringLiteral("keysHelp")});
            m_window->activateWindow(); // back from the dialog
            QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
            // On the layouts page, from the name field: the editor's own keys.
            m_window->showPage(QStringLiteral("layouts"));
            name->setFocus();
            auto *list = layoutsPage->findChild<QWidget *>(QStringLiteral("layoutKeys"));
            const bool shown = list->isVisibleTo(layoutsPage);
            press(name, keys);
            QCOMPARE(list->isVisibleTo(layoutsPage), !shown);
        } else if (action == u"app.backupNow") {
            press(sidebar, keys);
            QCOMPARE(panel->backups, 1);
            QCOMPARE(m_window->currentPageId(), QStringLiteral("backup"));
        } else if (action == u"app.restore") {
            press(sidebar, keys);
            QCOMPARE(restores.count(), 1);
        } else if (action == u"app.quit") {
            press(sidebar, keys);
            QVERIFY(!m_window->isVisible());
            m_window->show();
            QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        } else {
            QFAIL(qPrintable(QStringLiteral("no check for %1: what should its keys do?").arg(key)));
        }
        ++checked;
    }
    QCOMPARE(checked, m_editor->model()->rowCount());
}

QTEST_MAIN(TestShortcutEditor)
#include "tst_shortcuteditor.moc"
