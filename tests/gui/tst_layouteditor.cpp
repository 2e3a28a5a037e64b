// The layout editor as a keyboard user drives it: building layouts, the rules said as one
// types, merge, swap, equalise, zoom, agents, undo and redo, save, discard, import and export,
// and what assistive technology is told.
#include "core/settings/preferencesstore.h"
#include "core/state/agentrepository.h"
#include "core/state/layoutcodec.h"
#include "core/state/layoutediting.h"
#include "core/state/layoutrepository.h"
#include "core/state/layouttemplates.h"
#include "core/state/statedatabase.h"
#include "ui/common/prompts.h"
#include "ui/layout/layoutcanvas.h"
#include "ui/layout/layouteditor.h"
#include "ui/layout/layoutlistmodel.h"
#include "ui/layout/layoutspage.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Hubstate;

namespace {

using Cells = QList<QList<int>>;

Cells cellsOf(const Core::Layout &layout)
{
    Cells cells;
    for (const Core::Pane &pane : layout.panes)
        cells.append({pane.column, pane.row, pane.columnSpan, pane.rowSpan});
    return cells;
}

// The layout as the user made it, without the times the save sets.
Core::Layout withoutTimes(Core::Layout layout)
{
    layout.updatedAt = {};
    return layout;
}

enum NewKind { Blank, Single, Split, Grid2x2, Grid3x3 };

} // namespace

class TestLayoutEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void layoutBuildsEveryTemplateFromBlank_data();
    void layoutBuildsEveryTemplateFromBlank();
    void layoutSplitStopsAtNinePanes();
    void layoutResizeInGridStepsAndBelowMinimum();
    void layoutMergeJoinsNeighbours();
    void layoutSwapAndFocusKeys();
    void layoutEqualiseAndZoom();
    void layoutAssignAndClearAgents();
    void layoutRenamePaneWithEnter();
    void layoutUndoAndRedoEveryAction();
    void layoutSaveReopenAndCompare();
    void layoutDiscardRevertsAndLeavingAsks();
    void layoutImportBadFileShowsErrors();
    void layoutImportAndExport();
    void layoutListFilterDeleteUndoAndDefault();
    void layoutAutosaveAfterInterval();
    void layoutKeysAreRebindable();
    void layoutAccessibleNamesAndPanes();
    void layoutCanvasFollowsDisplaySettings();
    void layoutPageInMainWindow();
    void layoutPanesShowAgentNamesAndDisabledAgentsAreMarked();
    void layoutKeyListLeavesTheCanvasItsRoom();
    void layoutListSortsNumbersAsPeopleCount();
    void layoutListShowsEveryColumn();
    void layoutSaveKeyWorksInTheNameField();

private:
    void openNew(NewKind kind);
    void keys(const QString &sequence);
    QString status() const;
    QStringList panes() const; // what a screen reader says about each pane
    const Core::Layout &draft() const;
    Ui::LayoutEditor *editor() const { return m_page->editor(); }
    Ui::LayoutCanvas *canvas() const { return m_page->editor()->canvas(); }
    template<typename T> T *child(const char *name) const
    {
        T *found = m_page->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no %s", name);
        return found;
    }
    void makePage();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::PreferencesStore> m_store;
    std::unique_ptr<Core::StateDatabase> m_database;
    std::unique_ptr<Core::LayoutRepository> m_layouts;
    std::unique_ptr<Core::AgentRepository> m_agents;
    std::unique_ptr<Ui::LayoutsPage> m_page;
};

void TestLayoutEditor::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    const auto profile = Core::Profile::inDirectory(m_dir->path());
    m_store = std::make_unique<Core::PreferencesStore>(
        profile, m_dir->filePath(QStringLiteral("no-policy.ini")));
    QVERIFY(m_store->open());
    // No autosave unless a test asks for it.
    QVERIFY(m_store->setValue(QStringLiteral("preferences.layout.autoSaveInterval"), 0));
    m_database = std::make_unique<Core::StateDatabase>();
    QVERIFY(m_database->open(profile.databaseFile()));
    m_layouts = std::make_unique<Core::LayoutRepository>(*m_database);
    QVERIFY(m_layouts->ensureTemplates());
    m_agents = std::make_unique<Core::AgentRepository>(*m_database);
    for (const QString &id : {QStringLiteral("alpha"), QStringLiteral("beta")}) {
        Core::AgentConfig agent;
        agent.id = id;
        agent.name = id.at(0).toUpper() + id.mid(1);
        agent.kind = QStringLiteral("local");
        agent.endpoint = QStringLiteral("https://agents.example/") + id;
        agent.model = QStringLiteral("m1");
        QVERIFY(m_agents->save(agent));
    }
    // Never a real question in a test: each is answered by the test that causes it.
    Ui::Prompts::reset();
    Ui::Prompts::setScripted(true);
    makePage();
}

void TestLayoutEditor::makePage()
{
    m_page = std::make_unique<Ui::LayoutsPage>(*m_store, *m_layouts, m_agents.get());
    m_page->resize(1000, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    new QAbstractItemModelTester(
        m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_page.get());
}

void TestLayoutEditor::cleanup()
{
    Ui::Prompts::reset();
    m_page.reset();
    m_agents.reset();
    m_layouts.reset();
    m_database.reset();
    m_store.reset();
}

void TestLayoutEditor::openNew(NewKind kind)
{
    auto *type = child<QComboBox>("newLayoutType");
    type->setFocus();
    QTest::keyClick(type, Qt::Key_Home);
    for (int i = 0; i < int(kind); ++i)
        QTest::keyClick(type, Qt::Key_Down);
    auto *create = child<QPushButton>("newLayout");
    create->setFocus();
    QTest::keyClick(create, Qt::Key_Space);
    QVERIFY(canvas()->hasFocus());
}

void TestLayoutEditor::keys(const QString &sequence)
{
    for (const QString &token : sequence.split(u' ', Qt::SkipEmptyParts)) {
        const QKeySequence keys(token, QKeySequence::PortableText);
        QVERIFY2(!keys.isEmpty(), qPrintable(token));
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : canvas();
        QTest::keyClick(target, keys[0].key(), keys[0].keyboardModifiers());
    }
}

QString TestLayoutEditor::status() const
{
    return child<QLabel>("layoutStatus")->text();
}

QStringList TestLayoutEditor::panes() const
{
    QStringList described;
    QAccessibleInterface *canvasInterface = QAccessible::queryAccessibleInterface(canvas());
    for (int i = 0; i < canvasInterface->childCount(); ++i)
        described.append(canvasInterface->child(i)->text(QAccessible::Description));
    return described;
}

const Core::Layout &TestLayoutEditor::draft() const
{
    return editor()->draft();
}

void TestLayoutEditor::layoutBuildsEveryTemplateFromBlank_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("keys");
    QTest::newRow("single") << "single"
                            << "H 1 Ctrl+Right";
    QTest::newRow("split") << "split"
                           << "H";
    QTest::newRow("grid-2x2") << "grid-2x2"
                              << "H 1 V 2 V";
    QTest::newRow("grid-3x3") << "grid-3x3"
                              << "H H 1 V V 2 V 2 V 3 V 3 V";
}

void TestLayoutEditor::layoutBuildsEveryTemplateFromBlank()
{
    QFETCH(QString, type);
    QFETCH(QString, keys);
    openNew(Blank);
    QCOMPARE(draft().type, QStringLiteral("custom"));
    QCOMPARE(panes().size(), 1);
    this->keys(keys);
    const Core::Layout expected =
        Core::LayoutTemplates::make(type, QDateTime::currentDateTimeUtc());
    QCOMPARE(draft().type, type);
    QCOMPARE(draft().columns, expected.columns);
    QCOMPARE(draft().rows, expected.rows);
    QCOMPARE(cellsOf(draft()), cellsOf(expected));
    QCOMPARE(panes().size(), expected.panes.size());
    // Saved, the list shows the type the shape has.
    this->keys(QStringLiteral("Ctrl+S"));
    QVERIFY2(status().startsWith(QStringLiteral("Saved")), qPrintable(status()));
    auto *model = m_page->model();
    const int row = model->rowOf(draft().id);
    QVERIFY(row >= 0);
    QCOMPARE(model->data(model->index(row, Ui::LayoutListModel::Type)).toString(), type);
    QCOMPARE(model->data(model->index(row, Ui::LayoutListModel::Panes)).toInt(),
             expected.panes.size());
}

void TestLayoutEditor::layoutSplitStopsAtNinePanes()
{
    openNew(Blank);
    keys(QStringLiteral("H H 1 V V 2 V 2 V 3 V 3 V"));
    QCOMPARE(panes().size(), 9);
    const Core::Layout full = draft();
    const int undoable = editor()->undoStack()->count();
    keys(QStringLiteral("V"));
    QCOMPARE(status(), QStringLiteral("Cannot split: a layout holds at most 9 panes"));
    keys(QStringLiteral("H"));
    QCOMPARE(status(), QStringLiteral("Cannot split: a layout holds at most 9 panes"));
    QCOMPARE(draft(), full);
    QCOMPARE(editor()->undoStack()->count(), undoable);
    QCOMPARE(child<QLabel>("layoutStatus")->accessibleName(), status());
}

void TestLayoutEditor::layoutResizeInGridStepsAndBelowMinimum()
{
    openNew(Split);
    QVERIFY(canvas()->hasFocus());
    keys(QStringLiteral("1 Shift+Right"));
    QCOMPARE(panes().at(0), QStringLiteral("Pane 1 of 2, Pane 1, no agent, 1280 x 1080 px"));
    QCOMPARE(panes().at(1), QStringLiteral("Pane 2 of 2, Pane 2, no agent, 640 x 1080 px"));
    keys(QStringLiteral("Shift+Right"));
    QCOMPARE(status(),
             QStringLiteral("Cannot resize: Pane 2 would disappear; merge the panes "
                            "instead"));
    keys(QStringLiteral("Shift+Left"));
    QCOMPARE(panes().at(0), QStringLiteral("Pane 1 of 2, Pane 1, no agent, 640 x 1080 px"));

    // A narrow layout: one more grid step would make a pane narrower than 200 px.
    Core::Layout narrow =
        Core::LayoutTemplates::make(QStringLiteral("split"), QDateTime::currentDateTimeUtc());
    narrow.id = QStringLiteral("5a0c6e8e-1111-4aaa-8bbb-000000000500");
    narrow.name = QStringLiteral("Narrow");
    narrow.referenceWidth = 500;
    QVERIFY(m_layouts->save(narrow));
    Ui::Prompts::setNextAnswer(QMessageBox::Discard); // the resized draft is left unsaved
    QVERIFY(m_page->openLayout(narrow.id));
    QCOMPARE(Ui::Prompts::unusedAnswers(), 0);
    canvas()->setFocus();
    keys(QStringLiteral("Shift+Right"));
    QCOMPARE(status(),
             QStringLiteral("Cannot resize: Pane 2 would be 166 x 1080 px; panes are "
                            "at least 200 x 150 px"));
    QCOMPARE(cellsOf(draft()), cellsOf(narrow));
    QVERIFY(!editor()->isDirty());
}

void TestLayoutEditor::layoutMergeJoinsNeighbours()
{
    openNew(Grid2x2);
    keys(QStringLiteral("Ctrl+Down"));
    QCOMPARE(panes().size(), 3);
    QCOMPARE(panes().at(0), QStringLiteral("Pane 1 of 3, Pane 1, no agent, 960 x 1080 px"));
    QVERIFY(status().startsWith(QStringLiteral("Merge.")));
    keys(QStringLiteral("Ctrl+Right"));
    QCOMPARE(status(), QStringLiteral("Cannot merge: Pane 1 and Pane 2 do not form a rectangle"));
    keys(QStringLiteral("Ctrl+Left"));
    QCOMPARE(status(), QStringLiteral("Cannot merge: no pane is to the left of Pane 1"));
    keys(QStringLiteral("2 Ctrl+Down Ctrl+Left"));
    QCOMPARE(panes().size(), 1);
    QCOMPARE(draft().type, QStringLiteral("single"));
}

void TestLayoutEditor::layoutSwapAndFocusKeys()
{
    openNew(Grid2x2);
    keys(QStringLiteral("Right Down"));
    QCOMPARE(editor()->focusedPane(), 3);
    QCOMPARE(status(), QStringLiteral("Pane 4 of 4, Pane 4, no agent, 960 x 540 px"));
    keys(QStringLiteral("Down"));
    QCOMPARE(status(), QStringLiteral("No pane is below Pane 4"));
    keys(QStringLiteral("Alt+Up"));
    QCOMPARE(status(),
             QStringLiteral("Cannot swap: Pane 4 and Pane 2 have no agents and no titles of their "
                            "own"));
    keys(QStringLiteral("A Return Alt+Up"));
    QCOMPARE(editor()->focusedPane(), 1);
    QCOMPARE(draft().panes.at(1).agentId, QStringLiteral("alpha"));
    QVERIFY(draft().panes.at(3).agentId.isEmpty());
    // Numbered titles are the panes' places: they stay.
    QCOMPARE(draft().panes.at(1).title, QStringLiteral("Pane 2"));
    QCOMPARE(draft().panes.at(3).title, QStringLiteral("Pane 4"));
    QCOMPARE(cellsOf(draft()),
             cellsOf(Core::LayoutTemplates::make(QStringLiteral("grid-2x2"), {})));
    keys(QStringLiteral("Alt+Up"));
    QCOMPARE(status(), QStringLiteral("Cannot swap: no pane is above Pane 2"));
    keys(QStringLiteral("9"));
    QCOMPARE(status(), QStringLiteral("There is no pane 9; this layout has 4 panes"));
    keys(QStringLiteral("3"));
    QCOMPARE(editor()->focusedPane(), 2);
}

void TestLayoutEditor::layoutEqualiseAndZoom()
{
    openNew(Split);
    keys(QStringLiteral("1 Shift+Right"));
    QCOMPARE(draft().columns, 3);
    keys(QStringLiteral("E"));
    QCOMPARE(draft().columns, 2);
    QCOMPARE(panes().at(0), QStringLiteral("Pane 1 of 2, Pane 1, no agent, 960 x 1080 px"));
    keys(QStringLiteral("E"));
    QCOMPARE(status(),
             QStringLiteral("Cannot equalise: every grid line is in use; the panes are "
                            "as even as the grid allows"));

    keys(QStringLiteral("Z"));
    QVERIFY(canvas()->isZoomed());
    QCOMPARE(status(), QStringLiteral("Zoomed in on Pane 1; press Z again to see every pane"));
    QAccessibleInterface *canvasInterface = QAccessible::queryAccessibleInterface(canvas());
    QVERIFY(!canvasInterface->child(0)->state().invisible);
    QVERIFY(canvasInterface->child(1)->state().invisible);
    const QRect zoomed = canvas()->paneRect(0);
    QVERIFY(qAbs(zoomed.width() - zoomed.height() * 1920 / 1080) <= 2); // the whole drawing
    keys(QStringLiteral("Z"));
    QVERIFY(!canvas()->isZoomed());
    QCOMPARE(status(), QStringLiteral("Every pane is shown"));
    QVERIFY(!canvasInterface->child(1)->state().invisible);
}

void TestLayoutEditor::layoutAssignAndClearAgents()
{
    openNew(Split);
    keys(QStringLiteral("1 A"));
    auto *picker = child<QListWidget>("agentPicker");
    QVERIFY(picker->isVisible());
    QVERIFY(picker->hasFocus());
    QCOMPARE(picker->count(), 2);
    keys(QStringLiteral("Down Return"));
    QVERIFY(!picker->isVisible());
    QVERIFY(canvas()->hasFocus());
    QCOMPARE(draft().panes.at(0).agentId, QStringLiteral("beta"));
    QCOMPARE(panes().at(0), QStringLiteral("Pane 1 of 2, Pane 1, agent Beta, 960 x 1080 px"));
    keys(QStringLiteral("2 A Escape"));
    QCOMPARE(status(), QStringLiteral("Cancelled"));
    QVERIFY(draft().panes.at(1).agentId.isEmpty());
    keys(QStringLiteral("1 Del"));
    QVERIFY(draft().panes.at(0).agentId.isEmpty());
    keys(QStringLiteral("Del"));
    QCOMPARE(status(), QStringLiteral("Cannot clear the agent: Pane 1 has no agent"));
}

void TestLayoutEditor::layoutRenamePaneWithEnter()
{
    openNew(Single);
    keys(QStringLiteral("Return"));
    auto *field = child<QLineEdit>("paneTitleField");
    QVERIFY(field->hasFocus());
    QCOMPARE(field->text(), QStringLiteral("Pane 1"));
    QTest::keyClicks(field, QStringLiteral("Chat"));
    keys(QStringLiteral("Return"));
    QVERIFY(!field->isVisible());
    QCOMPARE(draft().panes.at(0).title, QStringLiteral("Chat"));
    QCOMPARE(QAccessible::queryAccessibleInterface(canvas())->child(0)->text(QAccessible::Name),
             QStringLiteral("Chat"));
    keys(QStringLiteral("Return"));
    QTest::keyClicks(field, QStringLiteral("Other"));
    keys(QStringLiteral("Escape"));
    QCOMPARE(draft().panes.at(0).title, QStringLiteral("Chat"));
}

void TestLayoutEditor::layoutUndoAndRedoEveryAction()
{
    openNew(Blank);
    QList<Core::Layout> states{draft()};
    const QStringList actions{
        QStringLiteral("H"),        QStringLiteral("V"),        QStringLiteral("Shift+Up"),
        QStringLiteral("A Return"), QStringLiteral("Alt+Left"), QStringLiteral("E"),
        QStringLiteral("2 Ctrl+Down"), QStringLiteral("1 Del"), QStringLiteral("Return X Return")};
    for (const QString &action : actions) {
        keys(action);
        QVERIFY2(draft() != states.last(), qPrintable(action + QStringLiteral(": ") + status()));
        states.append(draft());
    }
    for (int i = int(states.size()) - 2; i >= 0; --i) {
        keys(QStringLiteral("Ctrl+Z"));
        QVERIFY2(status().startsWith(QStringLiteral("Undone: ")), qPrintable(status()));
        QCOMPARE(draft(), states.at(i));
    }
    keys(QStringLiteral("Ctrl+Z"));
    QCOMPARE(status(), QStringLiteral("Nothing to undo"));
    for (int i = 1; i < states.size(); ++i) {
        keys(QStringLiteral("Ctrl+Shift+Z"));
        QVERIFY2(status().startsWith(QStringLiteral("Redone: ")), qPrintable(status()));
        QCOMPARE(draft(), states.at(i));
    }
}

void TestLayoutEditor::layoutSaveReopenAndCompare()
{
    openNew(Grid2x2);
    QVERIFY(!child<QPushButton>("saveLayout")->isEnabled());
    keys(QStringLiteral("Ctrl+Down A Return Return"));
    QTest::keyClicks(child<QLineEdit>("paneTitleField"), QStringLiteral("Main"));
    keys(QStringLiteral("Return"));
    QVERIFY(editor()->isDirty());
    QVERIFY(child<QPushButton>("saveLayout")->isEnabled());
    keys(QStringLiteral("Ctrl+S"));
    QVERIFY2(status().startsWith(QStringLiteral("Saved \"Grid 2 x 2\"")), qPrintable(status()));
    QVERIFY(!editor()->isDirty());
    const Core::Layout edited = draft();
    const QString id = edited.id;

    m_page.reset();
    makePage();
    QVERIFY(m_page->openLayout(id));
    QCOMPARE(withoutTimes(draft()), withoutTimes(edited));
    QCOMPARE(draft().panes.at(0).title, QStringLiteral("Main"));
    QCOMPARE(draft().panes.at(0).agentId, QStringLiteral("alpha"));
    QCOMPARE(draft().type, QStringLiteral("custom"));
    // The layout's own name, typed in its field, is part of the draft too.
    auto *list = child<QTableView>("layoutList");
    list->setFocus();
    QTest::keyClick(list, Qt::Key_F2);
    auto *name = child<QLineEdit>("layoutName");
    QVERIFY(name->hasFocus());
    QTest::keyClicks(name, QStringLiteral("Team"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(draft().name, QStringLiteral("Team"));
    QVERIFY(editor()->isDirty());
    canvas()->setFocus();
    keys(QStringLiteral("Ctrl+S"));
    QCOMPARE(
        m_page->model()->data(m_page->model()->index(m_page->model()->rowOf(id), 0)).toString(),
        QStringLiteral("Team"));
    const Core::Layout renamed = draft();
    const auto stored = m_layouts->find(id);
    QVERIFY(stored && stored->has_value());
    QCOMPARE(withoutTimes(**stored), withoutTimes(renamed));
}

void TestLayoutEditor::layoutDiscardRevertsAndLeavingAsks()
{
    openNew(Split);
    const Core::Layout stored = draft();
    keys(QStringLiteral("H"));
    QCOMPARE(panes().size(), 3);
    auto *discard = child<QPushButton>("discardLayout");
    discard->setFocus();
    QTest::keyClick(discard, Qt::Key_Space);
    QCOMPARE(status(), QStringLiteral("Changes to \"Split\" discarded"));
    QCOMPARE(draft(), stored);
    QCOMPARE(panes().size(), 2);
    QVERIFY(!editor()->isDirty());

    // Leaving a layout with unsaved changes asks; Cancel stays, Discard goes.
    canvas()->setFocus();
    keys(QStringLiteral("V"));
    Ui::Prompts::setNextAnswer(QMessageBox::Cancel);
    auto *list = child<QTableView>("layoutList");
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(Ui::Prompts::shown(),
             QStringList{QStringLiteral(
                 "Unsaved layout: The layout \"Split\" has unsaved changes. Save them?")});
    QCOMPARE(draft().id, stored.id);
    QVERIFY(editor()->isDirty());
    QCOMPARE(m_page->model()->idAt(list->currentIndex().row()), stored.id);
    Ui::Prompts::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(list, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(Ui::Prompts::shown().size(), 2);
    QVERIFY(draft().id != stored.id);
    const auto kept = m_layouts->find(stored.id);
    QCOMPARE(cellsOf(**kept), cellsOf(stored));
}

void TestLayoutEditor::layoutImportBadFileShowsErrors()
{
    Ui::Prompts::setNextFile(QStringLiteral(HUBSTATE_TEST_DATA)
                             + QStringLiteral("/layouts/overlap-gap.json"));
    const int before = m_page->model()->rowCount();
    auto *import = child<QPushButton>("importLayout");
    import->setFocus();
    QTest::keyClick(import, Qt::Key_Space);
    QCOMPARE(status(),
             QStringLiteral("Cannot import overlap-gap.json:\n"
                            "panes[1]: overlaps panes[0] at column 1, row 0\n"
                            "panes: leave a gap at column 0, row 1\n"
                            "panes: leave a gap at column 1, row 1"));
    QCOMPARE(m_page->model()->rowCount(), before);

    const QString chosen = m_dir->filePath(QStringLiteral("broken.json"));
    Ui::Prompts::setNextFile(chosen);
    QFile broken(chosen);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"id\": \"x\",\n  \"name\": ");
    broken.close();
    QTest::keyClick(import, Qt::Key_Space);
    QVERIFY2(status().startsWith(QStringLiteral("Cannot import broken.json:\nbroken.json:2:")),
             qPrintable(status()));
    QVERIFY(status().contains(QStringLiteral("malformed JSON")));
    QCOMPARE(m_page->model()->rowCount(), before);
}

void TestLayoutEditor::layoutImportAndExport()
{
    const QString valid =
        QStringLiteral(HUBSTATE_TEST_DATA) + QStringLiteral("/layouts/custom-valid.json");
    Ui::Prompts::setNextFile(valid);
    auto *import = child<QPushButton>("importLayout");
    import->setFocus();
    QTest::keyClick(import, Qt::Key_Space);
    QCOMPARE(status(),
             QStringLiteral("Imported \"Wide left, two stacked\" from custom-valid.json"));
    QCOMPARE(draft().id, QStringLiteral("3b0f8c52-6a1d-4f7e-9c21-5d8e7a6b4c30"));
    // The file's agent is not configured here: its id, said to be missing.
    QCOMPARE(panes().at(0),
             QStringLiteral("Pane 1 of 3, Main, agent scout (not configured), 1280 x 1080 px"));
    // The same file again is kept apart, not written over the first.
    Ui::Prompts::setNextFile(valid);
    QTest::keyClick(import, Qt::Key_Space);
    QVERIFY(
        status().endsWith(QStringLiteral("as a new layout, because a layout with its id exists")));
    QVERIFY(draft().id != QStringLiteral("3b0f8c52-6a1d-4f7e-9c21-5d8e7a6b4c30"));

    const QString target = m_dir->filePath(QStringLiteral("out.json"));
    Ui::Prompts::setNextFile(target);
    auto *exportButton = child<QPushButton>("exportLayout");
    exportButton->setFocus();
    QTest::keyClick(exportButton, Qt::Key_Space);
    QCOMPARE(Ui::Prompts::shown().constLast(),
             QStringLiteral("Export layout: Wide left, two stacked.json"));
    QCOMPARE(Ui::Prompts::unusedAnswers(), 0);
    QCOMPARE(status(), QStringLiteral("Exported \"Wide left, two stacked\" to %1").arg(target));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    Core::Violations problems;
    const Core::Layout exported = Core::LayoutCodec::parse(file.readAll(), target, &problems);
    QVERIFY(!Core::hasErrors(problems));
    QCOMPARE(exported, draft());
}

void TestLayoutEditor::layoutListFilterDeleteUndoAndDefault()
{
    auto *model = m_page->model();
    QCOMPARE(model->rowCount(), 4);
    auto *filter = child<QLineEdit>("layoutFilter");
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("grid"));
    QCOMPARE(model->rowCount(), 2);
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("templ")); // a tag
    QCOMPARE(model->rowCount(), 4);
    filter->clear();

    auto *list = child<QTableView>("layoutList");
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Home, Qt::ControlModifier);
    const QString first = model->data(model->index(0, Ui::LayoutListModel::Name)).toString();
    QCOMPARE(draft().name, first);
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(model->rowCount(), 3);
    QVERIFY2(status().startsWith(QStringLiteral("Deleted \"%1\"").arg(first)),
             qPrintable(status()));
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(status(), QStringLiteral("Undone: Delete \"%1\"").arg(first));
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(model->rowCount(), 3);

    QTest::keyClick(list, Qt::Key_End, Qt::ControlModifier);
    const QString last = model->idAt(model->rowCount() - 1);
    auto *setDefault = child<QPushButton>("setDefaultLayout");
    setDefault->setFocus();
    QTest::keyClick(setDefault, Qt::Key_Space);
    QCOMPARE(m_store->text(QStringLiteral("preferences.layout.defaultLayout")), last);
    QCOMPARE(
        model->data(model->index(model->rowCount() - 1, Ui::LayoutListModel::Default)).toString(),
        QStringLiteral("Default"));
    // Opened again, the page starts on the default layout.
    m_page.reset();
    makePage();
    QCOMPARE(draft().id, last);
}

void TestLayoutEditor::layoutAutosaveAfterInterval()
{
    openNew(Single);
    const QString id = draft().id;
    QVERIFY(m_store->setValue(QStringLiteral("preferences.layout.autoSaveInterval"), 100));
    keys(QStringLiteral("H"));
    QVERIFY(editor()->isDirty());
    QTRY_VERIFY(!editor()->isDirty());
    QCOMPARE(status(), QStringLiteral("Saved \"Single\" automatically"));
    const auto stored = m_layouts->find(id);
    QCOMPARE((*stored)->panes.size(), 2);
}

void TestLayoutEditor::layoutKeysAreRebindable()
{
    QVERIFY(
        m_store->setText(QStringLiteral("preferences.keyboard.shortcuts.layout.splitHorizontally"),
                         QStringLiteral("Ctrl+Alt+S")));
    openNew(Single);
    keys(QStringLiteral("H"));
    QCOMPARE(panes().size(), 1);
    keys(QStringLiteral("Ctrl+Alt+S"));
    QCOMPARE(panes().size(), 2);
    auto *help = child<QLabel>("layoutKeys");
    QVERIFY(!help->isVisibleTo(m_page.get()));
    keys(QStringLiteral("F1"));
    QVERIFY(help->isVisibleTo(m_page.get()));
    QVERIFY(help->text().contains(
        QStringLiteral("Ctrl+Alt+S: Layout editor: split the pane side by side")));
    // Refused by the schema like every shortcut setting.
    QVERIFY(!m_store->setText(QStringLiteral("preferences.keyboard.shortcuts.layout.zoom"),
                              QStringLiteral("Ctrl+Ctrl+Z")));
}

void TestLayoutEditor::layoutAccessibleNamesAndPanes()
{
    openNew(Split);
    const QList<QWidget *> controls = m_page->findChildren<QWidget *>();
    for (QWidget *control : controls) {
        if (control->focusPolicy() == Qt::NoFocus || control->objectName().isEmpty()
            || control->objectName().startsWith(QLatin1String("qt_")))
            continue;
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
    }
    QAccessibleInterface *canvasInterface = QAccessible::queryAccessibleInterface(canvas());
    QCOMPARE(canvasInterface->text(QAccessible::Name), QStringLiteral("Layout canvas"));
    QCOMPARE(canvasInterface->childCount(), 2);
    QAccessibleInterface *second = canvasInterface->child(1);
    QCOMPARE(second->text(QAccessible::Name), QStringLiteral("Pane 2"));
    QCOMPARE(second->parent(), canvasInterface);
    QCOMPARE(canvasInterface->indexOfChild(second), 1);
    QVERIFY(second->rect().width() > 0);
    keys(QStringLiteral("2"));
    QVERIFY(second->state().focused);
    QCOMPARE(canvasInterface->focusChild(), second);

    // Refusals reach screen readers: the status line's accessible name is the message (the
    // offscreen platform has no accessibility bridge to receive the name-changed event).
    keys(QStringLiteral("Right"));
    QCOMPARE(status(), QStringLiteral("No pane is to the right of Pane 2"));
    QCOMPARE(child<QLabel>("layoutStatus")->accessibleName(), status());
}

void TestLayoutEditor::layoutCanvasFollowsDisplaySettings()
{
    openNew(Grid2x2);
    QVERIFY(canvas()->display().showHeaders);
    QVERIFY(canvas()->display().showTabs);
    QVERIFY(canvas()->display().snapToGrid);
    const QImage withHeaders = canvas()->grab().toImage();
    QVERIFY(m_store->setValue(QStringLiteral("preferences.layout.showHeaders"), false));
    QVERIFY(m_store->setValue(QStringLiteral("preferences.layout.snapToGrid"), false));
    QVERIFY(!canvas()->display().showHeaders);
    QVERIFY(!canvas()->display().snapToGrid);
    QVERIFY(canvas()->grab().toImage() != withHeaders);
    // A layout's own settings win over the preferences.
    Core::Layout own = Core::LayoutTemplates::make(QStringLiteral("split"), {});
    own.id = QStringLiteral("5a0c6e8e-1111-4aaa-8bbb-000000000501");
    own.createdAt = own.updatedAt = QDateTime::currentDateTimeUtc();
    own.settings.insert(QStringLiteral("showHeaders"), true);
    own.settings.insert(QStringLiteral("showTabs"), false);
    QVERIFY(m_layouts->save(own));
    QVERIFY(m_page->openLayout(own.id));
    QVERIFY(canvas()->display().showHeaders);
    QVERIFY(!canvas()->display().showTabs);
    QVERIFY(!canvas()->display().snapToGrid);
}

void TestLayoutEditor::layoutPageInMainWindow()
{
    const QString state = m_dir->filePath(QStringLiteral("window.ini"));
    Ui::MainWindow window(*m_store, state);
    window.addPage(QStringLiteral("layouts"), QStringLiteral("Layouts"),
                   new Ui::LayoutsPage(*m_store, *m_layouts, m_agents.get()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *pages = window.findChild<QListWidget *>(QStringLiteral("pageList"));
    // Hand-made pages come after the schema's, before Advanced, which stays last.
    QCOMPARE(pages->item(pages->count() - 2)->text(), QStringLiteral("Layouts"));
    QCOMPARE(pages->item(pages->count() - 1)->text(), QStringLiteral("Advanced"));
    pages->setCurrentRow(pages->count() - 2);
    auto *page = window.findChild<Ui::LayoutsPage *>();
    page->editor()->canvas()->setFocus();
    QTest::keyClick(page->editor()->canvas(), Qt::Key_H);
    const int panesAfterSplit = int(page->editor()->draft().panes.size());
    // Ctrl+Z on the canvas undoes the layout edit, not a settings edit.
    QTest::keyClick(page->editor()->canvas(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(page->editor()->draft().panes.size(), panesAfterSplit - 1);
    // Closing with unsaved changes asks; Cancel keeps the window open.
    QTest::keyClick(page->editor()->canvas(), Qt::Key_H);
    const qsizetype askedBefore = Ui::Prompts::shown().size();
    Ui::Prompts::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!window.close());
    QCOMPARE(Ui::Prompts::shown().size(), askedBefore + 1);
    QVERIFY(window.isVisible());
    // Another page from the sidebar asks too; Cancel stays on the layout with its draft.
    const int layoutsRow = pages->currentRow();
    Ui::Prompts::setNextAnswer(QMessageBox::Cancel);
    pages->setCurrentRow(0);
    QCOMPARE(Ui::Prompts::shown().size(), askedBefore + 2);
    QCOMPARE(pages->currentRow(), layoutsRow);
    QCOMPARE(window.currentPageId(), QStringLiteral("layouts"));
    QVERIFY(page->isVisible());
    QCOMPARE(int(page->editor()->draft().panes.size()), panesAfterSplit);
    Ui::Prompts::setNextAnswer(QMessageBox::Discard);
    pages->setCurrentRow(0);
    QCOMPARE(pages->currentRow(), 0);
    QVERIFY(!page->isVisible());
    QVERIFY(window.close());
}

// Issue 16, item 8: panes showed agent ids, and the picker offered disabled agents unmarked.
void TestLayoutEditor::layoutPanesShowAgentNamesAndDisabledAgentsAreMarked()
{
    Core::AgentConfig beta = *(*m_agents->find(QStringLiteral("beta")));
    beta.enabled = false;
    QVERIFY(m_agents->save(beta));
    openNew(Split);
    keys(QStringLiteral("1 A"));
    auto *picker = child<QListWidget>("agentPicker");
    QCOMPARE(picker->count(), 2);
    QCOMPARE(picker->item(0)->text(), QStringLiteral("Alpha"));
    QVERIFY2(picker->item(1)->text().startsWith(QStringLiteral("Beta — disabled")),
             qPrintable(picker->item(1)->text()));
    keys(QStringLiteral("Return"));
    QCOMPARE(draft().panes.at(0).agentId, QStringLiteral("alpha"));
    QCOMPARE(panes().at(0), QStringLiteral("Pane 1 of 2, Pane 1, agent Alpha, 960 x 1080 px"));
    keys(QStringLiteral("2 A Down Return"));
    QCOMPARE(draft().panes.at(1).agentId, QStringLiteral("beta"));
    QCOMPARE(panes().at(1),
             QStringLiteral("Pane 2 of 2, Pane 2, agent Beta (disabled), 960 x 1080 px"));
    // An agent that is gone shows its id, said to be missing.
    QVERIFY(m_agents->remove(QStringLiteral("alpha")));
    m_page->refresh();
    QCOMPARE(canvas()->agentLabel(QStringLiteral("alpha")),
             QStringLiteral("alpha (not configured)"));
}

// Issue 16, item 8: F1's list of keys took the editor's height and crushed the canvas.
void TestLayoutEditor::layoutKeyListLeavesTheCanvasItsRoom()
{
    openNew(Grid2x2);
    QTRY_VERIFY(canvas()->height() > 0);
    const int before = canvas()->height();
    keys(QStringLiteral("F1"));
    QTRY_VERIFY(child<QLabel>("layoutKeys")->isVisible());
    QVERIFY2(canvas()->height() >= before * 6 / 10,
             qPrintable(QStringLiteral("%1 of %2").arg(canvas()->height()).arg(before)));
    QVERIFY(canvas()->height() > canvas()->minimumSizeHint().height());
    keys(QStringLiteral("F1"));
    QTRY_COMPARE(canvas()->height(), before);
}

// Issue 16, item 9: "Workspace 1, 10, 11, 2".
void TestLayoutEditor::layoutListSortsNumbersAsPeopleCount()
{
    for (const QString &name : {QStringLiteral("Workspace 10"), QStringLiteral("Workspace 2"),
                                QStringLiteral("workspace 11"), QStringLiteral("Workspace 1")}) {
        Core::Layout layout = Core::LayoutEditing::blank(QDateTime::currentDateTimeUtc());
        layout.name = name;
        QVERIFY(m_layouts->save(layout));
    }
    m_page->refresh();
    QStringList names;
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        const QString name =
            m_page->model()->index(row, Ui::LayoutListModel::Name).data().toString();
        if (name.startsWith(QLatin1String("Workspace"), Qt::CaseInsensitive))
            names.append(name);
    }
    QCOMPARE(names, (QStringList{QStringLiteral("Workspace 1"), QStringLiteral("Workspace 2"),
                                 QStringLiteral("Workspace 10"), QStringLiteral("workspace 11")}));
}

// Issue 16, item 9: the list's columns ran past its right edge.
void TestLayoutEditor::layoutListShowsEveryColumn()
{
    auto *list = child<QTableView>("layoutList");
    QTRY_VERIFY(list->viewport()->width() > 0);
    int total = 0;
    int shown = 0;
    for (int column = 0; column < Ui::LayoutListModel::ColumnCount; ++column) {
        if (list->isColumnHidden(column))
            continue;
        ++shown;
        QVERIFY(list->columnWidth(column) > 0);
        total += list->columnWidth(column);
    }
    QVERIFY(shown >= 3);
    // The name keeps room for a name of some length.
    QVERIFY2(list->columnWidth(Ui::LayoutListModel::Name)
                 >= list->fontMetrics().horizontalAdvance(QStringLiteral("Workspace 10")),
             qPrintable(QString::number(list->columnWidth(Ui::LayoutListModel::Name))));
    QVERIFY2(total <= list->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2").arg(total).arg(list->viewport()->width())));
}

// Issue 16, item 7: Ctrl+S in the layout's name field did nothing and said nothing.
void TestLayoutEditor::layoutSaveKeyWorksInTheNameField()
{
    Ui::MainWindow window(*m_store);
    auto *page = new Ui::LayoutsPage(*m_store, *m_layouts, m_agents.get());
    window.addPage(QStringLiteral("layouts"), QStringLiteral("Layouts"), page);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(QStringLiteral("layouts"));
    QVERIFY(page->editor()->hasLayout());
    const QString id = page->editor()->draft().id;
    auto *name = page->findChild<QLineEdit *>(QStringLiteral("layoutName"));
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Evening"));
    QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE((*m_layouts->find(id))->name, QStringLiteral("Evening"));
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("layoutStatus"))->text(),
             QStringLiteral("Saved \"Evening\""));
    QVERIFY(name->hasFocus());
    // Nothing left to save: it says so.
    QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("layoutStatus"))->text(),
             QStringLiteral("\"Evening\" has no unsaved changes"));
}

QTEST_MAIN(TestLayoutEditor)
#include "tst_layouteditor.moc"
