// The layout editor's operations in the core: what each does to the panes, and what it refuses
// with which reason, so the rules hold without the widgets.
#include "core/state/layoutediting.h"
#include "core/state/layouttemplates.h"

#include <QTest>

using namespace Hubstate::Core;

namespace {

using Cells = QList<QList<int>>; // {column, row, columnSpan, rowSpan} in reading order

const QDateTime kNow(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);

Cells cellsOf(const Layout &layout)
{
    Cells cells;
    for (const Pane &pane : layout.panes)
        cells.append({pane.column, pane.row, pane.columnSpan, pane.rowSpan});
    return cells;
}

Layout withCells(int columns, int rows, const Cells &cells, int width = 1920, int height = 1080)
{
    Layout layout = LayoutEditing::blank(kNow);
    layout.columns = columns;
    layout.rows = rows;
    layout.referenceWidth = width;
    layout.referenceHeight = height;
    layout.panes.clear();
    for (const QList<int> &cell : cells) {
        Pane pane;
        pane.column = cell.value(0);
        pane.row = cell.value(1);
        pane.columnSpan = cell.value(2, 1);
        pane.rowSpan = cell.value(3, 1);
        pane.title = QStringLiteral("Pane %1").arg(layout.panes.size() + 1);
        layout.panes.append(pane);
    }
    layout.type = LayoutEditing::shapeType(layout);
    return layout;
}

Layout applied(const Result<LayoutEdit> &edit)
{
    if (!edit)
        qWarning("refused: %s", qPrintable(edit.error().message));
    return edit ? edit->layout : Layout();
}

} // namespace

class TestLayoutEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blankIsAValidCustomLayout();
    void splitsBuildEveryTemplate_data();
    void splitsBuildEveryTemplate();
    void splitRefusesPastTheLimits_data();
    void splitRefusesPastTheLimits();
    void resizeMovesABorderOneStep_data();
    void resizeMovesABorderOneStep();
    void resizeRefusals_data();
    void resizeRefusals();
    void mergeJoinsRectanglesOnly();
    void swapExchangesContents();
    void resizeKeepsPanesAwayFromTheBorder();
    void numberedTitlesFollowTheirPanes();
    void equaliseRemovesUnusedLines();
    void agentsAndTitles();
    void neighbours();
    void rulesComeFromTheSettings();
};

void TestLayoutEditing::blankIsAValidCustomLayout()
{
    const Layout blank = LayoutEditing::blank(kNow);
    QCOMPARE(blank.type, QStringLiteral("custom"));
    QCOMPARE(blank.panes.size(), 1);
    QVERIFY(!hasErrors(LayoutRules().check(blank)));
    const Layout copy = LayoutEditing::duplicate(blank, kNow);
    QVERIFY(copy.id != blank.id);
    QCOMPARE(copy.name, QStringLiteral("New layout (copy)"));
}

void TestLayoutEditing::splitsBuildEveryTemplate_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("steps"); // h/v split the focused pane; digits focus pane N
    QTest::newRow("single") << "single"
                            << "h1M"; // M: merge right
    QTest::newRow("split") << "split"
                           << "h";
    QTest::newRow("grid-2x2") << "grid-2x2"
                              << "h1v2v";
    QTest::newRow("grid-3x3") << "grid-3x3"
                              << "hh1vv2v2v3v3v";
}

void TestLayoutEditing::splitsBuildEveryTemplate()
{
    QFETCH(QString, type);
    QFETCH(QString, steps);
    const LayoutEditing editing;
    Layout layout = LayoutEditing::blank(kNow);
    int focus = 0;
    for (const QChar step : steps) {
        Result<LayoutEdit> edit = step == u'h' ? editing.split(layout, focus, Qt::Horizontal)
            : step == u'v'                     ? editing.split(layout, focus, Qt::Vertical)
            : step == u'M'                     ? editing.merge(layout, focus, PaneDirection::Right)
                           : Result<LayoutEdit>(LayoutEdit{layout, step.digitValue() - 1});
        QVERIFY2(edit, qPrintable(edit ? QString() : edit.error().message));
        layout = edit->layout;
        focus = edit->focus;
    }
    const Layout expected = LayoutTemplates::make(type, kNow);
    QCOMPARE(layout.type, type);
    QCOMPARE(layout.columns, expected.columns);
    QCOMPARE(layout.rows, expected.rows);
    QCOMPARE(cellsOf(layout), cellsOf(expected));
}

void TestLayoutEditing::splitRefusesPastTheLimits_data()
{
    QTest::addColumn<Layout>("layout");
    QTest::addColumn<int>("pane");
    QTest::addColumn<int>("orientation");
    QTest::addColumn<QString>("message");
    QTest::newRow("nine panes") << LayoutTemplates::make(QStringLiteral("grid-3x3"), kNow) << 0
                                << int(Qt::Horizontal)
                                << "Cannot split: a layout holds at most 9 panes";
    QTest::newRow("three columns")
        << withCells(3, 1, {{0, 0}, {1, 0}, {2, 0}}) << 1 << int(Qt::Horizontal)
        << "Cannot split: a grid holds at most 3 columns";
    QTest::newRow("three rows") << withCells(1, 3, {{0, 0}, {0, 1}, {0, 2}}) << 2
                                << int(Qt::Vertical) << "Cannot split: a grid holds at most 3 rows";
    QTest::newRow("too narrow") << withCells(1, 1, {{0, 0}}, 300, 1080) << 0 << int(Qt::Horizontal)
                                << "Cannot split: Pane 1 would be 150 x 1080 px; panes are at "
                                   "least 200 x 150 px";
}

void TestLayoutEditing::splitRefusesPastTheLimits()
{
    QFETCH(Layout, layout);
    QFETCH(int, pane);
    QFETCH(int, orientation);
    QFETCH(QString, message);
    const Result<LayoutEdit> edit =
        LayoutEditing().split(layout, pane, Qt::Orientation(orientation));
    QVERIFY(!edit);
    QCOMPARE(edit.error().message, message);
}

void TestLayoutEditing::resizeMovesABorderOneStep_data()
{
    QTest::addColumn<Layout>("layout");
    QTest::addColumn<int>("pane");
    QTest::addColumn<int>("direction");
    QTest::addColumn<Cells>("cells");
    const Layout halves = withCells(2, 1, {{0, 0}, {1, 0}});
    QTest::newRow("grow right, finer grid")
        << halves << 0 << int(PaneDirection::Right) << Cells{{0, 0, 2, 1}, {2, 0, 1, 1}};
    QTest::newRow("last pane right shrinks it")
        << halves << 1 << int(PaneDirection::Right) << Cells{{0, 0, 2, 1}, {2, 0, 1, 1}};
    QTest::newRow("grow left") << halves << 1 << int(PaneDirection::Left)
                               << Cells{{0, 0, 1, 1}, {1, 0, 2, 1}};
    const Layout thirds = withCells(3, 1, {{0, 0, 2, 1}, {2, 0}});
    QTest::newRow("back left") << thirds << 0 << int(PaneDirection::Left)
                               << Cells{{0, 0, 1, 1}, {1, 0, 2, 1}};
    const Layout stacked = withCells(1, 2, {{0, 0}, {0, 1}});
    QTest::newRow("grow down") << stacked << 0 << int(PaneDirection::Down)
                               << Cells{{0, 0, 1, 2}, {0, 2, 1, 1}};
    QTest::newRow("grow up") << stacked << 1 << int(PaneDirection::Up)
                             << Cells{{0, 0, 1, 1}, {0, 1, 1, 2}};
}

void TestLayoutEditing::resizeMovesABorderOneStep()
{
    QFETCH(Layout, layout);
    QFETCH(int, pane);
    QFETCH(int, direction);
    QFETCH(Cells, cells);
    const Layout resized = applied(LayoutEditing().resize(layout, pane, PaneDirection(direction)));
    QCOMPARE(cellsOf(resized), cells);
    QCOMPARE(resized.type, QStringLiteral("custom"));
}

void TestLayoutEditing::resizeRefusals_data()
{
    QTest::addColumn<Layout>("layout");
    QTest::addColumn<int>("pane");
    QTest::addColumn<int>("direction");
    QTest::addColumn<QString>("message");
    QTest::newRow("below the minimum")
        << withCells(2, 1, {{0, 0}, {1, 0}}, 500, 1080) << 0 << int(PaneDirection::Right)
        << "Cannot resize: Pane 2 would be 166 x 1080 px; panes are at least 200 x 150 px";
    QTest::newRow("whole width") << withCells(1, 2, {{0, 0}, {0, 1}}) << 0
                                 << int(PaneDirection::Right)
                                 << "Cannot resize: Pane 1 fills the whole width";
    QTest::newRow("would disappear")
        << withCells(3, 1, {{0, 0, 2, 1}, {2, 0}}) << 0 << int(PaneDirection::Right)
        << "Cannot resize: Pane 2 would disappear; merge the panes instead";
    QTest::newRow("uneven border")
        << withCells(2, 2, {{0, 0}, {1, 0, 1, 2}, {0, 1}}) << 0 << int(PaneDirection::Right)
        << "Cannot resize: Pane 2 reaches past the border of Pane 1";
}

void TestLayoutEditing::resizeRefusals()
{
    QFETCH(Layout, layout);
    QFETCH(int, pane);
    QFETCH(int, direction);
    QFETCH(QString, message);
    const Result<LayoutEdit> edit = LayoutEditing().resize(layout, pane, PaneDirection(direction));
    QVERIFY(!edit);
    QCOMPARE(edit.error().message, message);
}

void TestLayoutEditing::mergeJoinsRectanglesOnly()
{
    const LayoutEditing editing;
    const Layout grid = LayoutTemplates::make(QStringLiteral("grid-2x2"), kNow);
    const Result<LayoutEdit> merged = editing.merge(grid, 0, PaneDirection::Down);
    QVERIFY(merged);
    QCOMPARE(cellsOf(merged->layout), (Cells{{0, 0, 1, 2}, {1, 0, 1, 1}, {1, 1, 1, 1}}));
    QCOMPARE(merged->layout.panes.first().title, QStringLiteral("Pane 1"));
    QCOMPARE(merged->focus, 0);
    // Pane 1 (now tall) beside Pane 2 (short): no rectangle.
    const Result<LayoutEdit> refused = editing.merge(merged->layout, 0, PaneDirection::Right);
    QVERIFY(!refused);
    QCOMPARE(refused.error().message,
             QStringLiteral("Cannot merge: Pane 1 and Pane 2 do not form a rectangle"));
    const Result<LayoutEdit> edge = editing.merge(grid, 0, PaneDirection::Up);
    QCOMPARE(edge.error().message, QStringLiteral("Cannot merge: no pane is above Pane 1"));
    // Merging the last two panes of a split leaves a single pane in a 1 x 1 grid.
    const Result<LayoutEdit> single =
        editing.merge(LayoutTemplates::make(QStringLiteral("split"), kNow), 1, PaneDirection::Left);
    QVERIFY(single);
    QCOMPARE(single->layout.type, QStringLiteral("single"));
    QCOMPARE(cellsOf(single->layout), (Cells{{0, 0, 1, 1}}));
}

void TestLayoutEditing::swapExchangesContents()
{
    Layout split = LayoutTemplates::make(QStringLiteral("split"), kNow);
    split.panes[0].agentId = QStringLiteral("scout");
    split.panes[0].title = QStringLiteral("Research");
    const Result<LayoutEdit> swapped = LayoutEditing().swap(split, 0, PaneDirection::Right);
    QVERIFY(swapped);
    QCOMPARE(swapped->layout.panes.at(1).title, QStringLiteral("Research"));
    QCOMPARE(swapped->layout.panes.at(1).agentId, QStringLiteral("scout"));
    // A numbered title is the pane's place, not its contents: it stays.
    QCOMPARE(swapped->layout.panes.at(0).title, QStringLiteral("Pane 1"));
    QCOMPARE(swapped->focus, 1);
    QCOMPARE(cellsOf(swapped->layout), cellsOf(split));
    QCOMPARE(LayoutEditing().swap(split, 1, PaneDirection::Right).error().message,
             QStringLiteral("Cannot swap: no pane is to the right of Pane 2"));
    const Layout empty = LayoutTemplates::make(QStringLiteral("split"), kNow);
    QCOMPARE(LayoutEditing().swap(empty, 0, PaneDirection::Right).error().message,
             QStringLiteral("Cannot swap: Pane 1 and Pane 2 have no agents and no titles of "
                            "their own"));
}

// Issue 16, item 8: resizing a bottom pane of a 2 x 2 grid made the top row 1/3 and 2/3.
void TestLayoutEditing::resizeKeepsPanesAwayFromTheBorder()
{
    const Layout grid = LayoutTemplates::make(QStringLiteral("grid-2x2"), kNow);
    const Result<LayoutEdit> refused = LayoutEditing().resize(grid, 2, PaneDirection::Right);
    QVERIFY(!refused);
    QCOMPARE(refused.error().message,
             QStringLiteral("Cannot resize: Pane 1, Pane 2 would change width too (a grid has at "
                            "most 3 equal columns); merge or resize those panes first"));
    const Result<LayoutEdit> down = LayoutEditing().resize(grid, 1, PaneDirection::Down);
    QVERIFY(!down);
    QVERIFY2(down.error().message.contains(QStringLiteral("would change height too")),
             qPrintable(down.error().message));
    // A pane across the whole width keeps its size when the row above gets a finer grid.
    const Layout wideBelow = withCells(2, 2, {{0, 0}, {1, 0}, {0, 1, 2, 1}});
    QCOMPARE(cellsOf(applied(LayoutEditing().resize(wideBelow, 0, PaneDirection::Right))),
             (Cells{{0, 0, 2, 1}, {2, 0, 1, 1}, {0, 1, 3, 1}}));
}

// Issue 16, item 8: pane numbers and titles diverged ("1 Pane 4") once panes moved.
void TestLayoutEditing::numberedTitlesFollowTheirPanes()
{
    const Layout grid = LayoutTemplates::make(QStringLiteral("grid-2x2"), kNow);
    const Layout merged = applied(LayoutEditing().merge(grid, 0, PaneDirection::Right));
    QStringList titles;
    for (const Pane &pane : merged.panes)
        titles.append(pane.title);
    QCOMPARE(titles, (QStringList{QStringLiteral("Pane 1"), QStringLiteral("Pane 2"),
                                  QStringLiteral("Pane 3")}));
    Layout split = applied(LayoutEditing().split(grid, 0, Qt::Vertical));
    titles.clear();
    for (const Pane &pane : split.panes)
        titles.append(pane.title);
    QCOMPARE(titles.size(), 5);
    for (int i = 0; i < titles.size(); ++i)
        QCOMPARE(titles.at(i), QStringLiteral("Pane %1").arg(i + 1));
    // A stored layout whose numbered titles disagree is shown by number; own titles stay.
    Layout stored = grid;
    stored.panes[0].title = QStringLiteral("Pane 4");
    stored.panes[1].title = QStringLiteral("Chat");
    QCOMPARE(LayoutEditing::paneTitle(stored, 0), QStringLiteral("Pane 1"));
    QCOMPARE(LayoutEditing::paneTitle(stored, 1), QStringLiteral("Chat"));
    QCOMPARE(LayoutEditing::paneName(stored, 0), QStringLiteral("Pane 1"));
}

void TestLayoutEditing::equaliseRemovesUnusedLines()
{
    const Layout uneven = withCells(3, 1, {{0, 0, 2, 1}, {2, 0}});
    const Result<LayoutEdit> even = LayoutEditing().equalise(uneven, 0);
    QVERIFY(even);
    QCOMPARE(cellsOf(even->layout), (Cells{{0, 0, 1, 1}, {1, 0, 1, 1}}));
    QCOMPARE(even->layout.type, QStringLiteral("split"));
    QCOMPARE(LayoutEditing().equalise(even->layout, 0).error().message,
             QStringLiteral("Cannot equalise: every grid line is in use; the panes are as even as "
                            "the grid allows"));
}

void TestLayoutEditing::agentsAndTitles()
{
    const LayoutEditing editing;
    const Layout single = LayoutTemplates::make(QStringLiteral("single"), kNow);
    const Layout assigned = applied(editing.setAgent(single, 0, QStringLiteral("scout")));
    QCOMPARE(assigned.panes.first().agentId, QStringLiteral("scout"));
    const Layout cleared = applied(editing.setAgent(assigned, 0, QString()));
    QVERIFY(cleared.panes.first().agentId.isEmpty());
    QCOMPARE(editing.setAgent(cleared, 0, QString()).error().message,
             QStringLiteral("Cannot clear the agent: Pane 1 has no agent"));
    QCOMPARE(applied(editing.rename(single, 0, QStringLiteral("Chat"))).panes.first().title,
             QStringLiteral("Chat"));
    const Result<LayoutEdit> tooLong = editing.rename(single, 0, QString(201, u'x'));
    QVERIFY(!tooLong);
    QVERIFY(tooLong.error().message.startsWith(
        QStringLiteral("Cannot rename: panes[0].title: is longer than 200 characters")));
}

void TestLayoutEditing::neighbours()
{
    const Layout grid = LayoutTemplates::make(QStringLiteral("grid-3x3"), kNow);
    QCOMPARE(LayoutEditing::neighbour(grid, 4, PaneDirection::Left), 3);
    QCOMPARE(LayoutEditing::neighbour(grid, 4, PaneDirection::Right), 5);
    QCOMPARE(LayoutEditing::neighbour(grid, 4, PaneDirection::Up), 1);
    QCOMPARE(LayoutEditing::neighbour(grid, 4, PaneDirection::Down), 7);
    QCOMPARE(LayoutEditing::neighbour(grid, 0, PaneDirection::Up), -1);
    QCOMPARE(LayoutEditing::neighbour(grid, 8, PaneDirection::Right), -1);
}

void TestLayoutEditing::rulesComeFromTheSettings()
{
    // An admin's stricter layout.* settings bind the editor as they bind every save.
    LayoutRules rules;
    rules.maxPanes = 4;
    rules.gridSize = 2;
    rules.minPaneHeight = 600;
    const LayoutEditing editing(rules);
    const Layout grid = LayoutTemplates::make(QStringLiteral("grid-2x2"), kNow);
    QCOMPARE(editing.split(grid, 0, Qt::Horizontal).error().message,
             QStringLiteral("Cannot split: a layout holds at most 4 panes"));
    const Layout split = LayoutTemplates::make(QStringLiteral("split"), kNow);
    QCOMPARE(editing.split(split, 0, Qt::Horizontal).error().message,
             QStringLiteral("Cannot split: a grid holds at most 2 columns"));
    QCOMPARE(editing.split(split, 0, Qt::Vertical).error().message,
             QStringLiteral("Cannot split: Pane 1 would be 960 x 540 px; panes are at least 200 x "
                            "600 px"));
}

QTEST_GUILESS_MAIN(TestLayoutEditing)
#include "tst_layoutediting.moc"
