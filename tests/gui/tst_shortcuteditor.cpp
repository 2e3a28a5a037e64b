// The keyboard shortcuts page as a user drives it: recording keys (chords, Escape), conflicts
// named while recording, the filters, reset one and all, undo, and Hubstate's own actions
// following the new keys.
#include "core/settings/preferencesstore.h"
#include "core/settings/settingsschema.h"
#include "ui/mainwindow.h"
#include "ui/shortcuts/shortcutcapture.h"
#include "ui/shortcuts/shortcuteditor.h"
#include "ui/shortcuts/shortcutfiltermodel.h"
#include "ui/shortcuts/shortcutmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
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
    record({Qt::CTRL | Qt::Key_K});
    // Recording ends a moment after the last key.
    QTRY_COMPARE_WITH_TIMEOUT(m_store->text(kFind), QStringLiteral("Ctrl+K"), 3000);
    QCOMPARE(findAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+K")));
    const int row = m_editor->model()->rowOf(kFind);
    QCOMPARE(m_editor->model()->index(row, ShortcutModel::SourceColumn).data().toString(),
             QStringLiteral("user"));
    // The new keys work in the window; the old ones no longer do.
    auto *search = find<QLineEdit>(QStringLiteral("searchField"));
    find<QTableView>(QStringLiteral("shortcutTable"))->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
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
    record({Qt::CTRL | Qt::Key_K, Qt::CTRL | Qt::Key_Q});
    QTRY_COMPARE_WITH_TIMEOUT(m_store->text(kQuit), QStringLiteral("Ctrl+K, Ctrl+Q"), 3000);
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("quitAction"))->shortcut().count(), 2);
}

void TestShortcutEditor::escapeCancelsRecording()
{
    auto *capture = find<Ui::ShortcutCapture>(QStringLiteral("shortcutCapture"));
    auto *table = find<QTableView>(QStringLiteral("shortcutTable"));
    select(kRedo);
    record({Qt::CTRL | Qt::Key_J});
    QCOMPARE(capture->keySequence(), QKeySequence(QStringLiteral("Ctrl+J")));
    QTest::keyClick(capture, Qt::Key_Escape);
    QCOMPARE(capture->keySequence(), QKeySequence(QStringLiteral("Ctrl+Shift+Z")));
    QVERIFY(table->hasFocus()); // back where the user started
    QTest::qWait(1300); // longer than the recorder waits for more keys
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
    // Kept if the user insists; both rows then say so, and "conflicts only" shows just them.
    QTRY_COMPARE_WITH_TIMEOUT(m_store->text(kFind), QStringLiteral("Ctrl+Z"), 3000);
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

QTEST_MAIN(TestShortcutEditor)
#include "tst_shortcuteditor.moc"
