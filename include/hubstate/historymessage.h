#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QString>

namespace Hubstate {

// One message of a conversation with an agent (docs/history-format.md).
struct HistoryMessage
{
    QString conversationId; // 1 to 200 characters; a conversation belongs to one agent
    QString agentId; // 1 to 200 characters
    QString role; // user | assistant | system | tool
    QString content;
    QDateTime timestamp;
    qint64 id = 0; // given by the history when stored; Client::appendMessage() ignores it
};

} // namespace Hubstate
