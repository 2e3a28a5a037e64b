// Every layout rule, a row each: what passes, and what is refused with which path and rule.
#include "core/state/layoutcodec.h"
#include "core/state/layoutrules.h"
#include "core/state/layouttemplates.h"

#include <QFile>
#include <QTest>

using namespace Hubstate::Core;

namespace {

using Cells = QList<QList<int>>; // {column, row, columnSpan, rowSpan}

Layout makeLayout(const QString &type, int columns, int rows, const Cells &cells, int width = 1920,
                  int height = 1080)
{
    Layout layout;
    layout.id = QStringLiteral("8d6a1e2f-3b4c-4d5e-8f70-123456789abc");
    layout.name = QStringLiteral("Test");
    layout.type = type;
    layout.columns = columns;
    layout.rows = rows;
    layout.referenceWidth = width;
    layout.referenceHeight = height;
    for (const QList<int> &cell : cells) {
        Pane pane;
        pane.column = cell.value(0);
        pane.row = cell.value(1);
        pane.columnSpan = cell.value(2, 1);
        pane.rowSpan = cell.value(3, 1);
        layout.panes.append(pane);
    }
    layout.createdAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    layout.updatedAt = layout.createdAt;
    return layout;
}

QStringList errorsOf(const Violations &violations)
{
    QStringList result;
    for (const Violation &violation : violations) {
        if (violation.isError())
            result.append(violation.toString());
    }
    return result;
}

} // namespace

Q_DECLARE_METATYPE(Layout)

class TestLayoutRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void templatesAreValid();
    void codecRoundTrips();
    void codecReportsStructureWithPaths();
    void fixtures();
};

void TestLayoutRules::rules_data()
{
    QTest::addColumn<Layout>("layout");
    QTest::addColumn<QString>("expected"); // empty: valid; else one error's text must contain it

    const Cells grid3 = {{0, 0}, {1, 0}, {2, 0}, {0, 1}, {1, 1}, {2, 1}, {0, 2}, {1, 2}, {2, 2}};
    QTest::newRow("single") << makeLayout("single", 1, 1, {{0, 0}}) << "";
    QTest::newRow("split side by side") << makeLayout("split", 2, 1, {{0, 0}, {1, 0}}) << "";
    QTest::newRow("split stacked") << makeLayout("split", 1, 2, {{0, 0}, {0, 1}}) << "";
    QTest::newRow("grid-2x2") << makeLayout("grid-2x2", 2, 2, {{0, 0}, {1, 0}, {0, 1}, {1, 1}})
                              << "";
    QTest::newRow("grid-3x3 nine panes") << makeLayout("grid-3x3", 3, 3, grid3) << "";
    QTest::newRow("custom spans") << makeLayout("custom", 3, 2, {{0, 0, 2, 2}, {2, 0}, {2, 1}})
                                  << "";

    QTest::newRow("no panes") << makeLayout("custom", 1, 1, {})
                              << "panes: a layout holds at least 1 pane (value: 0)";
    Layout ten = makeLayout("custom", 3, 3, grid3);
    ten.panes.append(ten.panes.first());
    QTest::newRow("ten panes") << ten << "panes: a layout holds at most 9 panes (value: 10)";
    QTest::newRow("four columns") << makeLayout("custom", 4, 1, {{0, 0}, {1, 0}, {2, 0}, {3, 0}})
                                  << "grid.columns: exceeds maximum value of 3 (value: 4)";
    QTest::newRow("four rows") << makeLayout("custom", 1, 4, {{0, 0}, {0, 1}, {0, 2}, {0, 3}})
                               << "grid.rows: exceeds maximum value of 3 (value: 4)";
    QTest::newRow("zero columns") << makeLayout("custom", 0, 1, {{0, 0}})
                                  << "grid.columns: is below minimum value of 1 (value: 0)";
    QTest::newRow("overlap") << makeLayout("custom", 2, 1, {{0, 0, 2, 1}, {1, 0}})
                             << "panes[1]: overlaps panes[0] at column 1, row 0";
    QTest::newRow("gap") << makeLayout("custom", 2, 2, {{0, 0, 2, 1}, {0, 1}})
                         << "panes: leave a gap at column 1, row 1";
    QTest::newRow("beyond columns")
        << makeLayout("custom", 2, 1, {{0, 0}, {1, 0, 2, 1}})
        << "panes[1].cell.columnSpan: reaches beyond the grid's 2 columns (value: 2)";
    QTest::newRow("beyond rows")
        << makeLayout("custom", 1, 2, {{0, 0}, {0, 1, 1, 2}})
        << "panes[1].cell.rowSpan: reaches beyond the grid's 2 rows (value: 2)";
    QTest::newRow("negative column") << makeLayout("custom", 2, 1, {{-1, 0}, {1, 0}})
                                     << "panes[0].cell.column: must be from 0 to 1 (value: -1)";
    QTest::newRow("too narrow") << makeLayout(
        "custom", 3, 1, {{0, 0}, {1, 0}, {2, 0}}, 590,
        600) << "panes[0]: is 196 x 600 px at the reference size; panes are at least 200 x 150 px";
    QTest::newRow("just wide enough")
        << makeLayout("custom", 3, 1, {{0, 0}, {1, 0}, {2, 0}}, 600, 600) << "";
    QTest::newRow("too low") << makeLayout("custom", 1, 3, {{0, 0}, {0, 1}, {0, 2}}, 800, 449)
                             << "panes[0]: is 800 x 149 px";
    QTest::newRow("just high enough")
        << makeLayout("custom", 1, 3, {{0, 0}, {0, 1}, {0, 2}}, 800, 450) << "";
    QTest::newRow("reference too small")
        << makeLayout("single", 1, 1, {{0, 0}}, 100, 1080)
        << "referenceSize.width: must be from 200 to 7680 (value: 100)";
    QTest::newRow("single with two panes") << makeLayout("single", 2, 1, {{0, 0}, {1, 0}})
                                           << "type: \"single\" needs 1 pane in a 1 x 1 grid";
    QTest::newRow("split with three")
        << makeLayout("split", 3, 1, {{0, 0}, {1, 0}, {2, 0}}) << "type: \"split\" needs 2 panes";
    QTest::newRow("grid-2x2 with spans")
        << makeLayout("grid-2x2", 2, 2, {{0, 0, 2, 1}, {0, 1}, {1, 1}})
        << "type: \"grid-2x2\" needs 4 panes in a 2 x 2 grid";
    QTest::newRow("grid-3x3 in 2x2")
        << makeLayout("grid-3x3", 2, 2, {{0, 0}, {1, 0}, {0, 1}, {1, 1}})
        << "type: \"grid-3x3\" needs 9 panes in a 3 x 3 grid";
    QTest::newRow("unknown type")
        << makeLayout("mosaic", 1, 1, {{0, 0}})
        << "type: must be one of single, split, grid-2x2, grid-3x3, custom (value: mosaic)";
    Layout badId = makeLayout("single", 1, 1, {{0, 0}});
    badId.id = QStringLiteral("layout-1");
    QTest::newRow("id not a UUID")
        << badId << "id: must be a UUID in lower case without braces (value: layout-1)";
    Layout unnamed = makeLayout("single", 1, 1, {{0, 0}});
    unnamed.name = QStringLiteral("  ");
    QTest::newRow("no name") << unnamed << "name: must not be empty";
    Layout backwards = makeLayout("single", 1, 1, {{0, 0}});
    backwards.updatedAt = backwards.createdAt.addSecs(-1);
    QTest::newRow("updated before created")
        << backwards << "metadata.updatedAt: is earlier than metadata.createdAt";
    Layout emptyTag = makeLayout("single", 1, 1, {{0, 0}});
    emptyTag.tags = {QStringLiteral("ok"), QString()};
    QTest::newRow("empty tag") << emptyTag << "metadata.tags[1]: must be 1 to 50 characters";
}

void TestLayoutRules::rules()
{
    QFETCH(Layout, layout);
    QFETCH(QString, expected);
    const QStringList errors = errorsOf(LayoutRules().check(layout));
    if (expected.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        return;
    }
    const bool found = std::any_of(errors.cbegin(), errors.cend(),
                                   [&](const QString &e) { return e.contains(expected); });
    QVERIFY2(found, qPrintable(expected + QStringLiteral("\nnot in:\n") + errors.join(u'\n')));
}

void TestLayoutRules::templatesAreValid()
{
    const QList<Layout> templates = LayoutTemplates::all(QDateTime::currentDateTimeUtc());
    QCOMPARE(templates.size(), 4);
    QStringList types;
    for (const Layout &layout : templates) {
        QVERIFY2(errorsOf(LayoutRules().check(layout)).isEmpty(), qPrintable(layout.type));
        types.append(layout.type);
    }
    QCOMPARE(types, (QStringList{"single", "split", "grid-2x2", "grid-3x3"}));
    // Stricter admin rules apply: a 3 x 3 grid is refused where gridSize is 2.
    LayoutRules strict;
    strict.gridSize = 2;
    strict.maxPanes = 4;
    QVERIFY(!errorsOf(strict.check(templates.at(3))).isEmpty());
}

void TestLayoutRules::codecRoundTrips()
{
    Layout layout = makeLayout("custom", 3, 2, {{0, 0, 2, 2}, {2, 0}, {2, 1}});
    layout.panes[0].title = QStringLiteral("Main");
    layout.panes[0].agentId = QStringLiteral("scout");
    layout.tags = {QStringLiteral("work")};
    layout.userId = QStringLiteral("ana");
    layout.settings.insert(QStringLiteral("snapToGrid"), false);
    Violations problems;
    const Layout back = LayoutCodec::fromJson(LayoutCodec::toJson(layout), &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(back, layout);
}

void TestLayoutRules::codecReportsStructureWithPaths()
{
    Violations problems;
    LayoutCodec::parse(R"({"id": 5, "type": "single", "grid": {"columns": "one", "rows": 1},
                          "panes": [{"cell": {"column": 0, "row": 0.5}}, 7],
                          "settings": {"wobble": true, "snapToGrid": "yes"},
                          "metadata": {"createdAt": "yesterday", "updatedAt": "2026-01-01T00:00:00Z", "tags": [1], "owner": "x"}})",
                       QStringLiteral("l.json"), &problems);
    QStringList all;
    for (const Violation &problem : problems)
        all.append(problem.toString());
    const QStringList expected = {
        QStringLiteral("id: must be text"),
        QStringLiteral("name: is missing"),
        QStringLiteral("grid.columns: must be a whole number"),
        QStringLiteral("panes[0].cell.row: must be a whole number"),
        QStringLiteral("panes[1]: must be an object"),
        QStringLiteral("settings.wobble: unknown layout setting; kept"),
        QStringLiteral("settings.snapToGrid: must be true or false"),
        QStringLiteral("metadata.createdAt: must be an ISO 8601 date and time (value: yesterday)"),
        QStringLiteral("metadata.tags[0]: must be text"),
        QStringLiteral("metadata.owner: unknown member; not kept")};
    for (const QString &message : expected)
        QVERIFY2(all.contains(message),
                 qPrintable(message + QStringLiteral("\nnot in:\n") + all.join(u'\n')));

    problems.clear();
    LayoutCodec::parse("{\n  \"id\": \"x\",\n  oops\n}", QStringLiteral("l.json"), &problems);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().toString().startsWith(QStringLiteral("l.json:3:")),
             qPrintable(problems.first().toString()));
}

void TestLayoutRules::fixtures()
{
    const auto load = [](const QString &name, Violations *problems) {
        QFile file(QStringLiteral(HUBSTATE_TEST_DATA "/layouts/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return Layout();
        const Layout layout = LayoutCodec::parse(file.readAll(), name, problems);
        *problems += LayoutRules().check(layout);
        return layout;
    };
    Violations problems;
    const Layout valid = load(QStringLiteral("custom-valid.json"), &problems);
    QVERIFY2(errorsOf(problems).isEmpty(), qPrintable(errorsOf(problems).join(u'\n')));
    QCOMPARE(valid.panes.size(), 3);
    QCOMPARE(valid.panes.at(0).columnSpan, 2);
    problems.clear();
    load(QStringLiteral("overlap-gap.json"), &problems);
    const QStringList errors = errorsOf(problems);
    QVERIFY(errors.contains(QStringLiteral("panes[1]: overlaps panes[0] at column 1, row 0")));
}

QTEST_GUILESS_MAIN(TestLayoutRules)
#include "tst_layoutrules.moc"
