// Stored layouts: save, read back, list and filter, delete; nothing invalid is stored.
#include "core/state/layoutrepository.h"
#include "core/state/layouttemplates.h"
#include "core/state/statedatabase.h"
#include "statetestsupport.h"

#include <QUuid>

using namespace Hubstate::Core;
using namespace Hubstate::Tests;

class TestLayoutRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void saveFindAndList();
    void invalidLayoutIsRefusedAndNothingChanges();
    void filterByTag();
    void removeAndUnknownIds();

private:
    Layout sample(const QString &name, const QStringList &tags) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StateDatabase> m_database;
};

void TestLayoutRepository::init()
{
    m_database.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<StateDatabase>();
    QVERIFY(m_database->open(m_dir->filePath(QStringLiteral("hubstate.db"))));
}

Layout TestLayoutRepository::sample(const QString &name, const QStringList &tags) const
{
    Layout layout = LayoutTemplates::make(QStringLiteral("grid-2x2"),
                                          QDateTime(QDate(2026, 2, 1), QTime(8, 0), Qt::UTC));
    layout.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    layout.name = name;
    layout.tags = tags;
    layout.userId = QStringLiteral("ana");
    layout.panes[1].agentId = QStringLiteral("scout");
    return layout;
}

void TestLayoutRepository::saveFindAndList()
{
    LayoutRepository layouts(*m_database);
    Layout layout = sample(QStringLiteral("Morning"), {QStringLiteral("work")});
    QVERIFY(layouts.save(layout));
    Result<std::optional<Layout>> found = layouts.find(layout.id);
    QVERIFY(found && found->has_value());
    QCOMPARE(**found, layout);

    layout.name = QStringLiteral("Morning, renamed");
    layout.updatedAt = layout.updatedAt.addSecs(60);
    QVERIFY(layouts.save(layout));
    Result<QList<LayoutSummary>> list = layouts.list();
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().name, QStringLiteral("Morning, renamed"));
    QCOMPARE(list->first().paneCount, 4);
    QCOMPARE(list->first().userId, QStringLiteral("ana"));
    QCOMPARE(list->first().updatedAt, layout.updatedAt);
}

void TestLayoutRepository::invalidLayoutIsRefusedAndNothingChanges()
{
    LayoutRepository layouts(*m_database);
    Layout layout = sample(QStringLiteral("Good"), {});
    QVERIFY(layouts.save(layout));
    Layout broken = layout;
    broken.panes.removeLast(); // a gap, and grid-2x2 needs four panes
    const Status refused = layouts.save(broken);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QVERIFY2(
        refused.error().message.contains(QStringLiteral("panes: leave a gap at column 1, row 1")),
        qPrintable(refused.error().message));
    QCOMPARE(layouts.find(layout.id)->value().panes.size(), 4);
}

void TestLayoutRepository::filterByTag()
{
    LayoutRepository layouts(*m_database);
    QVERIFY(layouts.save(
        sample(QStringLiteral("A"), {QStringLiteral("work"), QStringLiteral("focus")})));
    QVERIFY(layouts.save(sample(QStringLiteral("B"), {QStringLiteral("home")})));
    QVERIFY(layouts.save(sample(QStringLiteral("C"), {QStringLiteral("work")})));
    Result<QList<LayoutSummary>> work = layouts.list(QStringLiteral("work"));
    QCOMPARE(work->size(), 2);
    QCOMPARE(work->first().name, QStringLiteral("A"));
    QCOMPARE(work->first().tags, (QStringList{"focus", "work"}));
    QCOMPARE(layouts.list(QStringLiteral("nothing"))->size(), 0);
    QCOMPARE(layouts.list()->size(), 3);
}

void TestLayoutRepository::removeAndUnknownIds()
{
    LayoutRepository layouts(*m_database);
    const Layout layout = sample(QStringLiteral("Gone"), {QStringLiteral("x")});
    QVERIFY(layouts.save(layout));
    QVERIFY(layouts.remove(layout.id));
    QVERIFY(!layouts.find(layout.id)->has_value());
    QCOMPARE(layouts.list(QStringLiteral("x"))->size(), 0); // tags went with it
    const Status missing = layouts.remove(layout.id);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::InvalidInput);
}

QTEST_GUILESS_MAIN(TestLayoutRepository)
#include "tst_layoutrepository.moc"
