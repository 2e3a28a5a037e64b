#pragma once

#include <QDateTime>
#include <QString>

namespace Hubstate::Core {

struct Conversation
{
    QString id;
    QString agentId;
    QString title;
    QDateTime createdAt;
    qint64 messageCount = 0;
};

// The agents that have conversations, for browsing by agent.
struct AgentHistory
{
    QString agentId;
    qint64 conversations = 0;
    QDateTime newest; // the newest conversation's createdAt
};

struct Message
{
    qint64 id = 0;
    QString conversationId;
    QString role; // user | assistant | system | tool
    QString content;
    QDateTime timestamp;
};

struct SearchHit
{
    Message message;
    QString agentId;
    QString conversationTitle;
    QString snippet; // the matching words in [brackets], "…" where text was cut
    double score = 0; // bm25: lower is better
    bool byRecency = false; // the search matched so much that hits come newest first
};

struct HistoryStats
{
    qint64 conversations = 0;
    qint64 messages = 0;
    qint64 userMessages = 0;
    qint64 assistantMessages = 0;
    qint64 systemMessages = 0;
    qint64 toolMessages = 0;
    qint64 agents = 0; // distinct agents that have conversations
    QDateTime first;
    QDateTime last;
};

struct ImportReport
{
    qint64 lines = 0;
    qint64 imported = 0;
    qint64 alreadyPresent = 0;
    qint64 newConversations = 0;
};

} // namespace Hubstate::Core
