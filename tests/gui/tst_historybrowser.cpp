// The history browser on a generated profile of 20,000 messages: conversations by agent load
// a page at a time, messages too, search shows highlighted snippets and opens the message, and
// a conversation is exported and deleted (asked first) from the keyboard.
#include "core/state/agentrepository.h"
#include "core/state/historyrepository.h"
#include "core/state/profilegenerator.h"
#include "core/state/statedatabase.h"
#include "ui/common/prompts.h"
#include "ui/history/conversationmodel.h"
#include "ui/history/historybrowser.h"
#include "ui/history/messagemodel.h"
#include "ui/history/searchresultmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Hubstate;

class TestHistoryBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void conversationsLoadAPageAtATime();
    void messagesLoadAPageAtATime();
    void searchShowsHighlightedSnippets();
    void conversationIsExportedAsJson();
    void conversationIsDeletedAfterAskingFirst();
    void agentsAndConversationsByName();
    void searchSaysHowManyMatchBeyondWhatIsShown();

private:
    // A word of a message that a search can find again.
    QString rareWord(Core::Message *found);

    QTemporaryDir m_dir;
    std::unique_ptr<Core::StateDatabase> m_database;
    std::unique_ptr<Ui::HistoryBrowser> m_browser;
};

void TestHistoryBrowser::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Core::StateDatabase database;
    QVERIFY(database.open(m_dir.filePath(QStringLiteral("hubstate.db"))));
    Core::ProfileGenerator::Size size;
    size.messages = 20000;
    size.agents = 5;
    size.messagesPerConversation = 20;
    QVERIFY(Core::ProfileGenerator::fill(database, m_dir.path(), size));
}

void TestHistoryBrowser::init()
{
    m_database = std::make_unique<Core::StateDatabase>();
    QVERIFY(m_database->open(m_dir.filePath(QStringLiteral("hubstate.db"))));
    m_browser = std::make_unique<Ui::HistoryBrowser>(*m_database);
    QCOMPARE(m_browser->conversations()->rowCount(), 0); // nothing read before it is shown
    m_browser->resize(1000, 700);
    m_browser->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_browser.get()));
    QCOMPARE(m_browser->conversations()->rowCount(), 5);
}

void TestHistoryBrowser::cleanup()
{
    Ui::Prompts::reset();
    m_browser.reset();
    m_database.reset();
}

QString TestHistoryBrowser::rareWord(Core::Message *found)
{
    Core::HistoryRepository repository(*m_database);
    const auto conversations = repository.conversations(1);
    const auto messages = repository.messages(conversations->first().id, 20);
    QString best;
    for (const Core::Message &message : *messages) {
        for (const QString &word : message.content.split(QRegularExpression(QStringLiteral("\\W+")),
                                                         Qt::SkipEmptyParts)) {
            if (word.size() > best.size()) {
                best = word;
                *found = message;
            }
        }
    }
    return best.toLower();
}

void TestHistoryBrowser::conversationsLoadAPageAtATime()
{
    Ui::ConversationModel model(*m_database, 100);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0); // nothing read until asked
    model.reload();
    QCOMPARE(model.rowCount(), 5); // the agents
    const QModelIndex agent = model.index(0, 0);
    QVERIFY(model.hasChildren(agent));
    const QString agentId = agent.data(Ui::ConversationModel::AgentIdRole).toString();
    qint64 total = 0;
    const Core::Result<QList<Core::AgentHistory>> histories =
        Core::HistoryRepository(*m_database).agents();
    QVERIFY(histories);
    for (const Core::AgentHistory &history : *histories) {
        if (history.agentId == agentId)
            total = history.conversations;
    }
    QVERIFY(total > 100); // more than one page
    int loaded = model.rowCount(agent); // the tester may have read the first page already
    QVERIFY(loaded == 0 || loaded == 100);
    while (model.canFetchMore(agent)) {
        model.fetchMore(agent);
        const int now = model.rowCount(agent);
        // A full page each time, until the last one.
        QVERIFY2(now == loaded + 100 || (now < loaded + 100 && !model.canFetchMore(agent)),
                 qPrintable(QStringLiteral("%1 -> %2 of %3").arg(loaded).arg(now).arg(total)));
        loaded = now;
    }
    QCOMPARE(loaded, total);
    // Newest first, every one of this agent.
    for (int row = 1; row < loaded; ++row) {
        QVERIFY(model.conversation(model.index(row - 1, 0, agent)).createdAt
                >= model.conversation(model.index(row, 0, agent)).createdAt);
        QCOMPARE(model.index(row, 0, agent).data(Ui::ConversationModel::AgentIdRole).toString(),
                 agentId);
    }
    QVERIFY(model.index(0, Ui::ConversationModel::MessagesColumn, agent)
                .data()
                .toString()
                .startsWith(QStringLiteral("20 message")));
}

void TestHistoryBrowser::messagesLoadAPageAtATime()
{
    const auto conversations = Core::HistoryRepository(*m_database).conversations(1);
    Ui::MessageModel model(*m_database, 8);
    model.setConversation(conversations->first().id);
    QCOMPARE(model.rowCount(), 0); // nothing read before a view asks
    QList<int> counts;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        counts.append(model.rowCount());
    }
    QCOMPARE(counts, (QList<int>{8, 16, 20}));
    // The same model under the tester, which reads pages as a view would.
    Ui::MessageModel checked(*m_database, 8);
    QAbstractItemModelTester tester(&checked,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    checked.setConversation(conversations->first().id);
    while (checked.canFetchMore({}))
        checked.fetchMore({});
    QCOMPARE(checked.rowCount(), 20);
    QVERIFY(!model.index(0, Ui::MessageModel::ContentColumn).data().toString().isEmpty());
}

void TestHistoryBrowser::searchShowsHighlightedSnippets()
{
    Core::Message expected;
    const QString word = rareWord(&expected);
    QVERIFY(word.size() >= 4);
    auto *search = m_browser->findChild<QLineEdit *>(QStringLiteral("historySearch"));
    auto *hits = m_browser->findChild<QListView *>(QStringLiteral("searchResults"));
    auto *tree = m_browser->findChild<QTreeView *>(QStringLiteral("conversationTree"));
    auto *status = m_browser->findChild<QLabel *>(QStringLiteral("historyStatus"));
    QVERIFY(search && hits && tree && status);
    QVERIFY(!hits->isVisible());
    search->setFocus();
    QTest::keyClicks(search, word);
    QTRY_VERIFY(hits->isVisible());
    QVERIFY(!tree->isVisible());
    QAbstractItemModelTester tester(hits->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int count = hits->model()->rowCount();
    QVERIFY(count > 0);
    // How many are shown, and how many match when that is more.
    QVERIFY2(status->text().contains(QString::number(count)), qPrintable(status->text()));
    bool sawExpected = false;
    const QRegularExpression bold(QStringLiteral("<b>(\\w+)</b>"));
    for (int row = 0; row < count; ++row) {
        const QModelIndex index = hits->model()->index(row, 0);
        const QString html = index.data(Ui::SearchResultModel::HighlightedSnippetRole).toString();
        const QRegularExpressionMatch match = bold.match(html);
        QVERIFY2(match.hasMatch(), qPrintable(html));
        QCOMPARE(match.captured(1).toLower(), word);
        QVERIFY(index.data().toString().contains(word, Qt::CaseInsensitive));
        QVERIFY(!index.data().toString().contains(QStringLiteral("<b>")));
        sawExpected = sawExpected
            || index.data(Ui::SearchResultModel::MessageIdRole).toLongLong() == expected.id;
    }
    QVERIFY(sawExpected);
    // The highlighted rows are taller than a bare line: the delegate lays out the rich text.
    QVERIFY(hits->visualRect(hits->model()->index(0, 0)).height() > 0);

    // Down and the first hit's conversation opens at the message.
    hits->setFocus();
    QTest::keyClick(hits, Qt::Key_Down);
    const QModelIndex first = hits->currentIndex();
    QVERIFY(first.isValid());
    QCOMPARE(m_browser->currentConversationId(),
             first.data(Ui::SearchResultModel::ConversationIdRole).toString());
    auto *messages = m_browser->findChild<QTableView *>(QStringLiteral("messageView"));
    QCOMPARE(messages->currentIndex().data(Ui::MessageModel::MessageIdRole).toLongLong(),
             first.data(Ui::SearchResultModel::MessageIdRole).toLongLong());

    // Emptying the search brings the conversations back.
    search->setFocus();
    search->selectAll();
    QTest::keyClick(search, Qt::Key_Backspace);
    QTRY_VERIFY(tree->isVisible());
    QVERIFY(!hits->isVisible());

    QTest::keyClicks(search, QStringLiteral("zzqqxxnotaword"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(hits->model()->rowCount(), 0);
    QVERIFY(status->text().contains(QStringLiteral("No message contains")));
}

namespace {
// Keyboard: the first agent, opened, and its first (newest) conversation.
void chooseFirstConversation(QTreeView *tree)
{
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Down);
    QTest::keyClick(tree, Qt::Key_Right);
    QTest::keyClick(tree, Qt::Key_Down);
}
} // namespace

void TestHistoryBrowser::conversationIsExportedAsJson()
{
    auto *tree = m_browser->findChild<QTreeView *>(QStringLiteral("conversationTree"));
    chooseFirstConversation(tree);
    const QString id = m_browser->currentConversationId();
    QVERIFY(!id.isEmpty());
    const QString file = m_dir.filePath(QStringLiteral("conversation.json"));
    Ui::Prompts::setNextFile(file);
    auto *exportButton = m_browser->findChild<QPushButton *>(QStringLiteral("exportConversation"));
    QVERIFY(exportButton->isEnabled());
    exportButton->setFocus();
    QTest::keyClick(exportButton, Qt::Key_Space);
    QCOMPARE(Ui::Prompts::unusedAnswers(), 0);
    const QString suggested = Ui::Prompts::shown().value(0);
    QVERIFY2(suggested.endsWith(id + QStringLiteral(".json")), qPrintable(suggested));
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QJsonObject document = QJsonDocument::fromJson(exported.readAll()).object();
    QCOMPARE(document[QStringLiteral("conversation")][QStringLiteral("id")].toString(), id);
    QCOMPARE(document[QStringLiteral("messages")].toArray().size(), 20);
    QVERIFY(m_browser->findChild<QLabel *>(QStringLiteral("historyStatus"))
                ->text()
                .startsWith(QStringLiteral("Exported 20 message")));
}

void TestHistoryBrowser::conversationIsDeletedAfterAskingFirst()
{
    auto *tree = m_browser->findChild<QTreeView *>(QStringLiteral("conversationTree"));
    Core::HistoryRepository repository(*m_database);
    chooseFirstConversation(tree);
    const QString id = m_browser->currentConversationId();
    QVERIFY(!id.isEmpty());
    const QModelIndex agent = tree->currentIndex().parent();
    QVERIFY(agent.isValid());
    QCOMPARE(m_browser->conversations()->conversation(tree->currentIndex()).id, id);
    // A word of this conversation finds it before the delete and not after.
    const QString word = repository.messages(id, 1)->first().content.split(u' ').first();
    auto inSearch = [&] {
        const Core::Result<QList<Core::SearchHit>> hits = repository.search(word, 10000);
        if (!hits)
            return false;
        for (const Core::SearchHit &hit : *hits) {
            if (hit.message.conversationId == id)
                return true;
        }
        return false;
    };
    QVERIFY(inSearch());
    const int before = m_browser->conversations()->rowCount(agent);
    auto *deleteButton = m_browser->findChild<QPushButton *>(QStringLiteral("deleteConversation"));
    auto *status = m_browser->findChild<QLabel *>(QStringLiteral("historyStatus"));

    // The first press only asks.
    deleteButton->setFocus();
    QTest::keyClick(deleteButton, Qt::Key_Space);
    QVERIFY2(status->text().contains(QStringLiteral("Press Delete again")),
             qPrintable(status->text()));
    QCOMPARE(repository.messages(id, 100)->size(), 20);
    QCOMPARE(m_browser->conversations()->rowCount(agent), before);

    // The second (here the Delete key in the list) deletes: gone from the list, the database
    // and the search.
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Delete);
    QVERIFY2(status->text().startsWith(QStringLiteral("Deleted")), qPrintable(status->text()));
    QCOMPARE(m_browser->conversations()->rowCount(agent), before - 1);
    for (int row = 0; row < m_browser->conversations()->rowCount(agent); ++row)
        QVERIFY(m_browser->conversations()
                    ->conversation(m_browser->conversations()->index(row, 0, agent))
                    .id
                != id);
    QVERIFY(repository.messages(id, 100)->isEmpty());
    QVERIFY(!inSearch());
}

// Issue 16, item 9: the history showed agent and conversation ids instead of names.
void TestHistoryBrowser::agentsAndConversationsByName()
{
    auto *tree = m_browser->findChild<QTreeView *>(QStringLiteral("conversationTree"));
    for (int row = 0; row < tree->model()->rowCount(); ++row) {
        const QModelIndex agent = tree->model()->index(row, 0);
        const QString id = agent.data(Ui::ConversationModel::AgentIdRole).toString();
        const Core::AgentConfig config = *(*Core::AgentRepository(*m_database).find(id));
        QCOMPARE(agent.data().toString(),
                 config.enabled ? config.name : config.name + QStringLiteral(" (disabled)"));
        QVERIFY(!agent.data().toString().contains(id));
    }
    // A conversation opened from a search hit is called by its title.
    Core::Message expected;
    const QString word = rareWord(&expected);
    auto *search = m_browser->findChild<QLineEdit *>(QStringLiteral("historySearch"));
    auto *hits = m_browser->findChild<QListView *>(QStringLiteral("searchResults"));
    search->setFocus();
    QTest::keyClicks(search, word);
    QTRY_VERIFY(hits->isVisible());
    const QModelIndex hit = hits->model()->index(0, 0);
    const QString html = hit.data(Ui::SearchResultModel::HighlightedSnippetRole).toString();
    QVERIFY2(html.contains(QStringLiteral("Agent ")) && !html.contains(QStringLiteral("agent-0")),
             qPrintable(html));
    hits->setCurrentIndex(hit);
    const QString id = hit.data(Ui::SearchResultModel::ConversationIdRole).toString();
    QString title;
    const auto conversations = Core::HistoryRepository(*m_database).conversations(100000);
    for (const Core::Conversation &conversation : *conversations) {
        if (conversation.id == id)
            title = conversation.title;
    }
    QVERIFY(!title.isEmpty());
    const QString shown = m_browser->findChild<QLabel *>(QStringLiteral("conversationTitle"))->text();
    QCOMPARE(shown, QStringLiteral("Conversation: %1").arg(title));
    QVERIFY(!shown.contains(id));
    QVERIFY(html.contains(title.left(30).toHtmlEscaped())); // long titles are shortened there
    QCOMPARE(hit.data(Ui::SearchResultModel::ConversationTitleRole).toString(), title);
}

// Issue 16, item 9: "200 messages found" when 240 matched, with no sign of the cap.
void TestHistoryBrowser::searchSaysHowManyMatchBeyondWhatIsShown()
{
    const Core::HistoryRepository repository(*m_database);
    QString word;
    qint64 total = 0;
    for (const char *candidate :
         {"zeppelin", "xylophone", "marmalade", "fjord", "quokka", "nebula", "tundra", "quantum",
          "journal", "snapshot", "rollback", "commit", "branch", "merge", "review"}) {
        const Core::Result<qint64> counted = repository.countMatches(QLatin1String(candidate), 6000);
        QVERIFY(counted);
        if (*counted > 200 && *counted <= Core::HistoryRepository::rankedMatches) {
            word = QLatin1String(candidate);
            total = *counted;
            break;
        }
    }
    QVERIFY2(!word.isEmpty(), "no word matches between 200 and 5000 messages");
    auto *search = m_browser->findChild<QLineEdit *>(QStringLiteral("historySearch"));
    auto *status = m_browser->findChild<QLabel *>(QStringLiteral("historyStatus"));
    auto *hits = m_browser->findChild<QListView *>(QStringLiteral("searchResults"));
    search->setFocus();
    QTest::keyClicks(search, word);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(hits->model()->rowCount(), 200);
    QCOMPARE(status->text(),
             QStringLiteral("%1 messages match; the best 200 are shown. Add words to narrow the "
                            "search.")
                 .arg(QLocale().toString(total)));
    // A word in most messages: more than can be ranked, said as such.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("the"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(status->text().startsWith(QStringLiteral("More than %1 messages match; the newest 200")
                                              .arg(QLocale().toString(5000))));
}

QTEST_MAIN(TestHistoryBrowser)
#include "tst_historybrowser.moc"
