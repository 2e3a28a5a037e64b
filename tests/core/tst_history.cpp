// Conversation history: JSON Lines import (good, bad, again), one message appended, ranked
// search, paging, stats.
#include "core/state/historyimporter.h"
#include "core/state/historyrepository.h"
#include "core/state/profilegenerator.h"
#include "core/state/statedatabase.h"
#include "statetestsupport.h"

using namespace Hubstate::Core;
using namespace Hubstate::Tests;

namespace {

QByteArray line(const char *conversation, const char *agent, const char *role, const char *content,
                const char *timestamp)
{
    return QStringLiteral(
               R"({"conversationId":"%1","agentId":"%2","role":"%3","content":"%4","timestamp":"%5"})")
               .arg(QString::fromUtf8(conversation), QString::fromUtf8(agent),
                    QString::fromUtf8(role), QString::fromUtf8(content),
                    QString::fromUtf8(timestamp))
               .toUtf8()
        + '\n';
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importsGoodFile();
    void importAgainChangesNothing();
    void badLinesAreNamedAndNothingIsImported_data();
    void badLinesAreNamedAndNothingIsImported();
    void searchRanksAndSnippets();
    void searchTreatsInputAsWords();
    void veryCommonWordsComeNewestFirst();
    void pagingReadsOnlyWhatIsAsked();
    void statsAreEqualForEqualData();
    void appendAddsOneSearchableMessage();
    void appendRefusesWhatImportRefuses_data();
    void appendRefusesWhatImportRefuses();

private:
    Result<ImportReport> importText(const QByteArray &text);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StateDatabase> m_database;
};

void TestHistory::init()
{
    m_database.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<StateDatabase>();
    QVERIFY(m_database->open(m_dir->filePath(QStringLiteral("hubstate.db"))));
}

Result<ImportReport> TestHistory::importText(const QByteArray &text)
{
    const QString path = m_dir->filePath(QStringLiteral("history.jsonl"));
    if (!writeFile(path, text))
        return Error::operationFailed(QStringLiteral("cannot write ") + path);
    return HistoryImporter(*m_database).importFile(path);
}

void TestHistory::importsGoodFile()
{
    Result<ImportReport> report =
        importText(line("c1", "scout", "user", "Where is the zeppelin?", "2026-01-01T10:00:00Z")
                   + line("c1", "scout", "assistant", "Over the fjord.", "2026-01-01T10:00:05.250Z")
                   + "\n" // blank lines are fine
                   + line("c2", "writer", "system", "You write poems.", "2026-01-02T09:00:00+02:00")
                   + line("c1", "scout", "user", "Earlier question", "2026-01-01T09:59:00Z"));
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->imported, 4);
    QCOMPARE(report->newConversations, 2);
    QCOMPARE(report->lines, 5);
    HistoryRepository history(*m_database);
    Result<QList<Conversation>> conversations = history.conversations(10);
    QVERIFY(conversations);
    QCOMPARE(conversations->size(), 2);
    const Conversation c1 = conversations->at(1);
    QCOMPARE(c1.id, QStringLiteral("c1"));
    QCOMPARE(c1.agentId, QStringLiteral("scout"));
    QCOMPARE(c1.messageCount, 3);
    // The conversation starts with its earliest message, not the first line.
    QCOMPARE(c1.createdAt, QDateTime(QDate(2026, 1, 1), QTime(9, 59), Qt::UTC));
    Result<QList<Message>> messages = history.messages(QStringLiteral("c1"), 10);
    QCOMPARE(messages->first().content, QStringLiteral("Earlier question"));
    QCOMPARE(messages->at(2).timestamp,
             QDateTime(QDate(2026, 1, 1), QTime(10, 0, 5, 250), Qt::UTC));
    QCOMPARE(history.messages(QStringLiteral("c2"), 10)->first().timestamp,
             QDateTime(QDate(2026, 1, 2), QTime(7, 0), Qt::UTC));
}

void TestHistory::importAgainChangesNothing()
{
    const QByteArray text = line("c1", "a", "user", "hello", "2026-01-01T10:00:00Z")
        + line("c1", "a", "assistant", "hi", "2026-01-01T10:00:01Z");
    QVERIFY(importText(text));
    Result<ImportReport> again = importText(text);
    QVERIFY(again);
    QCOMPARE(again->imported, 0);
    QCOMPARE(again->alreadyPresent, 2);
    QCOMPARE(again->newConversations, 0);
    QCOMPARE(HistoryRepository(*m_database).stats()->messages, 2);
}

void TestHistory::badLinesAreNamedAndNothingIsImported_data()
{
    QTest::addColumn<QByteArray>("badLine");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("{oops\n") << ":2:2: malformed JSON";
    QTest::newRow("array") << QByteArray("[1, 2]\n") << ":2: each line must be a JSON object";
    QTest::newRow("missing content") << QByteArray(
        R"({"conversationId":"c","agentId":"a","role":"user","timestamp":"2026-01-01T00:00:00Z"})"
        "\n") << ":2: content: is missing";
    QTest::newRow("number as id") << QByteArray(
        R"({"conversationId":5,"agentId":"a","role":"user","content":"x","timestamp":"2026-01-01T00:00:00Z"})"
        "\n") << ":2: conversationId: must be text";
    QTest::newRow("unknown role")
        << line("c", "a", "robot", "x", "2026-01-01T00:00:00Z")
        << ":2: role: must be one of user, assistant, system, tool (value: robot)";
    QTest::newRow("bad time") << line("c", "a", "user", "x", "yesterday")
                              << ":2: timestamp: must be an ISO 8601 date and time";
    QTest::newRow("agent mismatch") << line("c0", "other", "user", "x", "2026-01-01T00:00:00Z")
                                    << ":2: agentId: conversation c0 belongs to agent a, not other";
}

void TestHistory::badLinesAreNamedAndNothingIsImported()
{
    QFETCH(QByteArray, badLine);
    QFETCH(QString, expected);
    const QByteArray text = line("c0", "a", "user", "first", "2026-01-01T00:00:00Z") + badLine
        + line("c9", "a", "user", "last", "2026-01-01T00:00:00Z");
    Result<ImportReport> report = importText(text);
    QVERIFY(!report);
    QCOMPARE(report.error().code, ErrorCode::InvalidInput);
    QVERIFY2(report.error().message.contains(m_dir->filePath(QStringLiteral("history.jsonl"))
                                             + expected),
             qPrintable(report.error().message));
    QVERIFY(report.error().message.contains(QStringLiteral("nothing was imported")));
    const HistoryStats stats = *HistoryRepository(*m_database).stats();
    QCOMPARE(stats.messages, 0);
    QCOMPARE(stats.conversations, 0);
    // The index trigger is back: a later good import is searchable.
    QVERIFY(importText(line("c5", "a", "user", "quokka", "2026-01-01T00:00:00Z")));
    QCOMPARE(HistoryRepository(*m_database).search(QStringLiteral("quokka"), 5)->size(), 1);
}

void TestHistory::searchRanksAndSnippets()
{
    QVERIFY(importText(
        line("c1", "a", "user", "the cache is cold", "2026-01-01T00:00:00Z")
        + line("c1", "a", "assistant", "cache cache cache: warm the cache", "2026-01-01T00:00:01Z")
        + line("c2", "b", "user", "nothing to see here", "2026-01-01T00:00:02Z")
        + line("c2", "b", "user", "Caché with an accent", "2026-01-01T00:00:03Z")));
    Result<QList<SearchHit>> hits =
        HistoryRepository(*m_database).search(QStringLiteral("cache"), 10);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 3); // diacritics folded: "Caché" matches too
    QCOMPARE(hits->first().message.content, QStringLiteral("cache cache cache: warm the cache"));
    QVERIFY(hits->first().score <= hits->at(1).score);
    QCOMPARE(hits->first().agentId, QStringLiteral("a"));
    QVERIFY2(hits->first().snippet.contains(QStringLiteral("[cache]")),
             qPrintable(hits->first().snippet));
    QCOMPARE(HistoryRepository(*m_database).search(QStringLiteral("cache"), 1)->size(), 1);
    QCOMPARE(HistoryRepository(*m_database).search(QStringLiteral("cold cache"), 10)->size(), 1);
    QCOMPARE(HistoryRepository(*m_database).search(QStringLiteral("wa*"), 10)->size(), 1);
    // How many match beyond the hits asked for, counted up to a bound.
    QCOMPARE(*HistoryRepository(*m_database).countMatches(QStringLiteral("cache"), 100), 3);
    QCOMPARE(*HistoryRepository(*m_database).countMatches(QStringLiteral("cache"), 2), 2);
    QVERIFY(!HistoryRepository(*m_database).countMatches(QStringLiteral(" \" "), 2));
}

void TestHistory::searchTreatsInputAsWords()
{
    QVERIFY(importText(line("c1", "a", "user", "AND OR NOT near", "2026-01-01T00:00:00Z")));
    HistoryRepository history(*m_database);
    // FTS5 syntax in the user's text is taken literally, never as an error.
    for (const char *text : {"AND", "\"unbalanced", "NEAR(", "col:umn", "-minus", "a OR"}) {
        Result<QList<SearchHit>> hits = history.search(QString::fromLatin1(text), 10);
        QVERIFY2(hits, text);
    }
    QCOMPARE(history.search(QStringLiteral("and"), 10)->size(), 1);
    const Result<QList<SearchHit>> empty = history.search(QStringLiteral("  \" "), 10);
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, ErrorCode::InvalidInput);
}

void TestHistory::veryCommonWordsComeNewestFirst()
{
    QByteArray text;
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < 5001; ++i) {
        text += line("c1", "a", "user", i == 0 ? "common common common" : "common word",
                     qPrintable(start.addSecs(i).toString(Qt::ISODate)));
    }
    text += line("c1", "a", "user", "rare common",
                 qPrintable(start.addSecs(9999).toString(Qt::ISODate)));
    QVERIFY(importText(text));
    HistoryRepository history(*m_database);
    Result<QList<SearchHit>> hits = history.search(QStringLiteral("common"), 3);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 3);
    QVERIFY(hits->first().byRecency);
    QCOMPARE(hits->first().message.content, QStringLiteral("rare common"));
    QVERIFY(hits->at(0).message.timestamp > hits->at(1).message.timestamp);
    // Fewer matches: ranked by relevance again.
    Result<QList<SearchHit>> rare = history.search(QStringLiteral("rare"), 3);
    QVERIFY(!rare->first().byRecency);
}

void TestHistory::pagingReadsOnlyWhatIsAsked()
{
    QByteArray text;
    for (int i = 0; i < 25; ++i)
        text += line("c1", "a", "user", qPrintable(QStringLiteral("message %1").arg(i)),
                     qPrintable(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)
                                    .addSecs(i)
                                    .toString(Qt::ISODate)));
    QVERIFY(importText(text));
    HistoryRepository history(*m_database);
    Result<QList<Message>> first = history.messages(QStringLiteral("c1"), 10);
    QCOMPARE(first->size(), 10);
    Result<QList<Message>> second = history.messages(QStringLiteral("c1"), 10, first->last().id);
    QCOMPARE(second->size(), 10);
    QCOMPARE(second->first().content, QStringLiteral("message 10"));
    Result<QList<Message>> third = history.messages(QStringLiteral("c1"), 10, second->last().id);
    QCOMPARE(third->size(), 5);

    // Conversations page newest first, by agent or all.
    QVERIFY(importText(line("c2", "b", "user", "x", "2026-02-01T00:00:00Z")
                       + line("c3", "a", "user", "y", "2026-03-01T00:00:00Z")));
    Result<QList<Conversation>> page = history.conversations(2);
    QCOMPARE(page->size(), 2);
    QCOMPARE(page->at(0).id, QStringLiteral("c3"));
    QCOMPARE(page->at(1).id, QStringLiteral("c2"));
    Result<QList<Conversation>> next =
        history.conversations(2, {}, page->last().createdAt, page->last().id);
    QCOMPARE(next->size(), 1);
    QCOMPARE(next->first().id, QStringLiteral("c1"));
    QCOMPARE(next->first().messageCount, 25);
    Result<QList<Conversation>> ofA = history.conversations(10, QStringLiteral("a"));
    QCOMPARE(ofA->size(), 2);
}

void TestHistory::statsAreEqualForEqualData()
{
    ProfileGenerator::Size size;
    size.messages = 2000;
    size.layouts = 3;
    size.agents = 4;
    QVERIFY(ProfileGenerator::fill(*m_database, m_dir->path(), size));
    const HistoryStats stats = *HistoryRepository(*m_database).stats();
    QCOMPARE(stats.messages, 2000);
    QCOMPARE(stats.conversations, 100);
    QCOMPARE(stats.agents, 4);

    QTemporaryDir other;
    StateDatabase second;
    QVERIFY(second.open(other.filePath(QStringLiteral("hubstate.db"))));
    QVERIFY(ProfileGenerator::fill(second, other.path(), size));
    const HistoryStats again = *HistoryRepository(second).stats();
    QCOMPARE(again.userMessages, stats.userMessages);
    QCOMPARE(again.assistantMessages, stats.assistantMessages);
    QCOMPARE(again.first, stats.first);
    QCOMPARE(again.last, stats.last);
    // The same seed gives the same text: a search finds the same messages.
    QCOMPARE(HistoryRepository(second).search(QStringLiteral("quokka"), 50)->size(),
             HistoryRepository(*m_database).search(QStringLiteral("quokka"), 50)->size());
}

void TestHistory::appendAddsOneSearchableMessage()
{
    HistoryRepository history(*m_database);
    const QDateTime later = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    Result<qint64> first = history.append(QStringLiteral("scout"),
                                          {0, QStringLiteral("c1"), QStringLiteral("user"),
                                           QStringLiteral("Where is the zeppelin?"), later});
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    // An earlier message moves the conversation's start; the same message again adds nothing.
    Result<qint64> earlier =
        history.append(QStringLiteral("scout"),
                       {0, QStringLiteral("c1"), QStringLiteral("assistant"),
                        QStringLiteral("Over the fjord."), later.addSecs(-60)});
    QVERIFY(earlier);
    QVERIFY(*earlier > *first);
    Result<qint64> again = history.append(QStringLiteral("scout"),
                                          {0, QStringLiteral("c1"), QStringLiteral("user"),
                                           QStringLiteral("Where is the zeppelin?"), later});
    QVERIFY(again);
    QCOMPARE(*again, *first);

    Result<QList<Conversation>> conversations = history.conversations(10);
    QVERIFY(conversations);
    QCOMPARE(conversations->size(), 1);
    QCOMPARE(conversations->first().agentId, QStringLiteral("scout"));
    QCOMPARE(conversations->first().title, QStringLiteral("Where is the zeppelin?"));
    QCOMPARE(conversations->first().createdAt, later.addSecs(-60));
    QCOMPARE(conversations->first().messageCount, 2);
    Result<QList<SearchHit>> hits = history.search(QStringLiteral("fjord"), 10);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().message.id, *earlier);
    QCOMPARE(hits->first().agentId, QStringLiteral("scout"));
}

void TestHistory::appendRefusesWhatImportRefuses_data()
{
    QTest::addColumn<QString>("agent");
    QTest::addColumn<QString>("conversation");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QDateTime>("timestamp");
    QTest::addColumn<QString>("expected");
    const QDateTime now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    QTest::newRow("unknown role") << "scout"
                                  << "c1"
                                  << "narrator" << now
                                  << "role: must be one of user, assistant, system, tool";
    QTest::newRow("no conversation")
        << "scout"
        << ""
        << "user" << now << "conversationId: must be 1 to 200 characters";
    QTest::newRow("long agent") << QString(201, u'a') << "c1"
                                << "user" << now << "agentId: must be 1 to 200 characters";
    QTest::newRow("no time") << "scout"
                             << "c1"
                             << "user" << QDateTime() << "timestamp: must be a valid date and time";
    QTest::newRow("another agent's conversation")
        << "writer"
        << "c0"
        << "user" << now << "conversation c0 belongs to agent scout, not writer";
}

void TestHistory::appendRefusesWhatImportRefuses()
{
    QFETCH(QString, agent);
    QFETCH(QString, conversation);
    QFETCH(QString, role);
    QFETCH(QDateTime, timestamp);
    QFETCH(QString, expected);
    HistoryRepository history(*m_database);
    QVERIFY(history.append(QStringLiteral("scout"),
                           {0, QStringLiteral("c0"), QStringLiteral("user"), QStringLiteral("hi"),
                            QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC)}));
    Result<qint64> refused =
        history.append(agent, {0, conversation, role, QStringLiteral("text"), timestamp});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QVERIFY2(refused.error().message.contains(expected), qPrintable(refused.error().message));
    Result<HistoryStats> stats = history.stats();
    QVERIFY(stats);
    QCOMPARE(stats->messages, 1);
    QCOMPARE(stats->conversations, 1);
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
