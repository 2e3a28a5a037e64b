#pragma once

#include "core/common/result.h"
#include "history.h"

#include <QCoreApplication>

namespace Hubstate::Core {

class StateDatabase;

// Conversations and messages: paged reads (nothing costs in proportion to the history size),
// ranked full-text search and statistics. HistoryImporter adds messages in bulk.
class HistoryRepository
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::HistoryRepository)

public:
    explicit HistoryRepository(StateDatabase &database);

    // Newest first; pass the last page's oldest createdAt/id to get the next page.
    [[nodiscard]] Result<QList<Conversation>> conversations(int limit, const QString &agentId = {},
                                                            const QDateTime &before = {},
                                                            const QString &beforeId = {}) const;
    // Oldest first, `limit` messages after message `afterId` (0: from the start).
    [[nodiscard]] Result<QList<Message>> messages(const QString &conversationId, int limit,
                                                  qint64 afterId = 0) const;
    // Best matches first (bm25). A search that matches more than 5000 messages lists the
    // newest matches first instead (SearchHit::byRecency), which keeps every search fast.
    [[nodiscard]] Result<QList<SearchHit>> search(const QString &text, int limit) const;
    // The same with the matching words between `openMark` and `closeMark` in the snippet
    // (a display that highlights them picks marks that cannot occur in the text).
    [[nodiscard]] Result<QList<SearchHit>>
    search(const QString &text, int limit, const QString &openMark, const QString &closeMark) const;
    // How many messages match, counted up to `atMost` (a search that matches more says so
    // without counting them all: that costs in proportion to the history).
    [[nodiscard]] Result<qint64> countMatches(const QString &text, qint64 atMost) const;
    // The number of matches beyond which search() lists the newest first.
    static constexpr int rankedMatches = 5000;
    // Agents with conversations, most recently active first.
    [[nodiscard]] Result<QList<AgentHistory>> agents() const;
    // Adds one message, checked as an import checks a line (HistoryImporter): ids of 1 to 200
    // characters, a known role, a time that ISO 8601 can write, text of at most one history
    // line. A new conversation belongs to `agentId` and is titled by its first message; a
    // message already stored (same conversation, time, role and text) is not added again and
    // its id is returned, so that an append can be retried. Returns the message's id.
    [[nodiscard]] Result<qint64> append(const QString &agentId, const Message &message);
    // Deletes a conversation and its messages (and their search entries) in one transaction.
    [[nodiscard]] Status removeConversation(const QString &conversationId);
    [[nodiscard]] Result<HistoryStats> stats() const;

    // The FTS5 query for what a user typed: every word must occur; "word*" matches prefixes.
    static QString ftsQuery(const QString &text);

private:
    StateDatabase &m_database;
};

} // namespace Hubstate::Core
