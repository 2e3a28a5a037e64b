#include "historyrepository.h"

#include "core/common/inputlimits.h"
#include "core/common/printable.h"
#include "statedatabase.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Hubstate::Core {

namespace {

QDateTime fromMs(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace

namespace {
constexpr int kRankedMatches = HistoryRepository::rankedMatches;
constexpr qsizetype kMaxIdCharacters = 200; // as HistoryImporter takes them
const QStringList kRoles{QStringLiteral("user"), QStringLiteral("assistant"),
                         QStringLiteral("system"), QStringLiteral("tool")};
} // namespace

HistoryRepository::HistoryRepository(StateDatabase &database)
    : m_database(database)
{
}

Result<QList<Conversation>> HistoryRepository::conversations(int limit, const QString &agentId,
                                                             const QDateTime &before,
                                                             const QString &beforeId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT c.id, c.agent_id, c.title, c.created_at, "
                       "(SELECT count(*) FROM messages m WHERE m.conversation_id = c.id) "
                       "FROM conversations c WHERE (:agent = '' OR c.agent_id = :agent) "
                       "AND (:before IS NULL OR (c.created_at, c.id) < (:before, :beforeId)) "
                       "ORDER BY c.created_at DESC, c.id DESC LIMIT :limit"));
    query.bindValue(QStringLiteral(":agent"), agentId.isNull() ? QStringLiteral("") : agentId);
    query.bindValue(QStringLiteral(":before"),
                    before.isValid() ? QVariant(before.toMSecsSinceEpoch()) : QVariant());
    query.bindValue(QStringLiteral(":beforeId"), beforeId.isNull() ? QStringLiteral("") : beforeId);
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec())
        return sqlError(tr("Cannot list conversations"), query.lastError());
    QList<Conversation> result;
    while (query.next()) {
        result.append({query.value(0).toString(), query.value(1).toString(),
                       query.value(2).toString(), fromMs(query.value(3)),
                       query.value(4).toLongLong()});
    }
    return result;
}

Result<QList<Message>> HistoryRepository::messages(const QString &conversationId, int limit,
                                                   qint64 afterId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT id, conversation_id, role, content, timestamp FROM messages "
                       "WHERE conversation_id = ? AND id > ? ORDER BY timestamp, id LIMIT ?"));
    query.addBindValue(conversationId);
    query.addBindValue(afterId);
    query.addBindValue(limit);
    if (!query.exec())
        return sqlError(tr("Cannot read conversation %1").arg(conversationId), query.lastError());
    QList<Message> result;
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toString(),
                       fromMs(query.value(4))});
    }
    return result;
}

QString HistoryRepository::ftsQuery(const QString &text)
{
    // Each word becomes a quoted FTS5 string, so no user text is read as query syntax.
    static const QRegularExpression separators(QStringLiteral("[\\s\"]+"));
    QStringList terms;
    for (QString word : text.split(separators, Qt::SkipEmptyParts)) {
        const bool prefix = word.endsWith(u'*');
        while (word.endsWith(u'*'))
            word.chop(1);
        if (word.isEmpty())
            continue;
        terms.append(u'"' + word + u'"' + (prefix ? QStringLiteral("*") : QString()));
    }
    return terms.join(u' ');
}

Result<QList<SearchHit>> HistoryRepository::search(const QString &text, int limit) const
{
    return search(text, limit, QStringLiteral("["), QStringLiteral("]"));
}

Result<QList<AgentHistory>> HistoryRepository::agents() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT agent_id, count(*), max(created_at) FROM conversations "
                                   "GROUP BY agent_id ORDER BY max(created_at) DESC, agent_id")))
        return sqlError(tr("Cannot list the agents of the history"), query.lastError());
    QList<AgentHistory> result;
    while (query.next())
        result.append(
            {query.value(0).toString(), query.value(1).toLongLong(), fromMs(query.value(2))});
    return result;
}

Result<qint64> HistoryRepository::append(const QString &agentId, const Message &message)
{
    if (Status writable = m_database.checkWritable(); !writable)
        return writable.error();
    QStringList problems;
    const auto checkId = [&](const QString &member, const QString &value) {
        if (value.isEmpty() || value.size() > kMaxIdCharacters)
            problems.append(tr("%1: must be 1 to %2 characters").arg(member).arg(kMaxIdCharacters));
    };
    checkId(QStringLiteral("conversationId"), message.conversationId);
    checkId(QStringLiteral("agentId"), agentId);
    if (!kRoles.contains(message.role))
        problems.append(tr("role: must be one of %1 (value: %2)")
                            .arg(kRoles.join(QStringLiteral(", ")), printable(message.role)));
    const QDateTime timestamp = message.timestamp.toUTC();
    if (!timestamp.isValid() || timestamp.date().year() < 1 || timestamp.date().year() > 9999)
        problems.append(tr("timestamp: must be a valid date and time in the years 1 to 9999"));
    if (message.content.size() * 3 > InputLimits::historyLineBytes
        && message.content.toUtf8().size() > InputLimits::historyLineBytes)
        problems.append(tr("content: exceeds %1 bytes").arg(InputLimits::historyLineBytes));
    if (!problems.isEmpty())
        return Error::invalidInput(problems.join(u'\n'));

    const qint64 millis = timestamp.toMSecsSinceEpoch();
    QSqlDatabase database = m_database.connection();
    Transaction transaction(database);
    QSqlQuery query(database);
    const auto failed = [&] {
        return sqlError(
            tr("Cannot add a message to conversation %1").arg(printable(message.conversationId)),
            query.lastError());
    };
    query.prepare(QStringLiteral("SELECT agent_id, created_at FROM conversations WHERE id = ?"));
    query.addBindValue(message.conversationId);
    if (!query.exec())
        return failed();
    if (!query.next()) {
        query.prepare(QStringLiteral(
            "INSERT INTO conversations (id, agent_id, title, created_at) VALUES (?, ?, ?, ?)"));
        query.addBindValue(message.conversationId);
        query.addBindValue(agentId);
        query.addBindValue(message.content.simplified().left(80));
        query.addBindValue(millis);
        if (!query.exec())
            return failed();
    } else {
        const QString owner = query.value(0).toString();
        const qint64 createdAt = query.value(1).toLongLong();
        query.finish();
        if (owner != agentId) {
            return Error::invalidInput(
                tr("agentId: conversation %1 belongs to agent %2, not %3")
                    .arg(printable(message.conversationId), printable(owner), printable(agentId)));
        }
        // A conversation starts with its earliest message, whenever that was added.
        if (millis < createdAt) {
            query.prepare(QStringLiteral("UPDATE conversations SET created_at = ? WHERE id = ?"));
            query.addBindValue(millis);
            query.addBindValue(message.conversationId);
            if (!query.exec())
                return failed();
        }
    }
    query.prepare(QStringLiteral("SELECT id FROM messages WHERE conversation_id = ? AND "
                                 "timestamp = ? AND role = ? AND content = ? LIMIT 1"));
    query.addBindValue(message.conversationId);
    query.addBindValue(millis);
    query.addBindValue(message.role);
    query.addBindValue(message.content);
    if (!query.exec())
        return failed();
    if (query.next())
        return query.value(0).toLongLong(); // stored before: nothing changes
    query.prepare(QStringLiteral(
        "INSERT INTO messages (conversation_id, role, content, timestamp) VALUES (?, ?, ?, ?)"));
    query.addBindValue(message.conversationId);
    query.addBindValue(message.role);
    query.addBindValue(message.content);
    query.addBindValue(millis);
    if (!query.exec())
        return failed();
    const qint64 id = query.lastInsertId().toLongLong();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status HistoryRepository::removeConversation(const QString &conversationId)
{
    if (Status writable = m_database.checkWritable(); !writable)
        return writable;
    Transaction transaction(m_database.connection());
    QSqlQuery query(m_database.connection());
    // Messages first, so the search index's delete trigger sees every one of them.
    query.prepare(QStringLiteral("DELETE FROM messages WHERE conversation_id = ?"));
    query.addBindValue(conversationId);
    if (!query.exec())
        return sqlError(tr("Cannot delete conversation %1").arg(conversationId), query.lastError());
    query.prepare(QStringLiteral("DELETE FROM conversations WHERE id = ?"));
    query.addBindValue(conversationId);
    if (!query.exec())
        return sqlError(tr("Cannot delete conversation %1").arg(conversationId), query.lastError());
    if (query.numRowsAffected() != 1)
        return Error::invalidInput(tr("There is no conversation %1").arg(conversationId));
    return transaction.commit();
}

Result<QList<SearchHit>> HistoryRepository::search(const QString &text, int limit,
                                                   const QString &openMark,
                                                   const QString &closeMark) const
{
    const QString match = ftsQuery(text);
    if (match.isEmpty())
        return Error::invalidInput(tr("The search text has no words to look for"));
    QSqlQuery query(m_database.connection());
    // bm25 is computed for every match, so ranking a very common word would cost in
    // proportion to the history. Whether there are more than kRankedMatches matches is cheap
    // to learn (FTS5 walks rowids in order); such searches list the newest matches first.
    query.prepare(QStringLiteral("SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? "
                                 "ORDER BY rowid DESC LIMIT 1 OFFSET ?"));
    query.addBindValue(match);
    query.addBindValue(kRankedMatches);
    if (!query.exec())
        return sqlError(tr("Cannot search the history"), query.lastError());
    const bool byRecency = query.next();
    query.finish();

    query.prepare(QStringLiteral(
                      "SELECT m.id, m.conversation_id, m.role, m.content, m.timestamp, c.agent_id, "
                      "snippet(messages_fts, 0, :open, :close, '…', 16), %1, c.title "
                      "FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid "
                      "JOIN conversations c ON c.id = m.conversation_id "
                      "WHERE messages_fts MATCH :match ORDER BY %2 LIMIT :limit")
                      // bm25 counts every match of every word for its weights: not even one
                      // score is asked for when the hits come newest first.
                      .arg(byRecency ? QStringLiteral("0") : QStringLiteral("messages_fts.rank"),
                           byRecency ? QStringLiteral("messages_fts.rowid DESC")
                                     : QStringLiteral("messages_fts.rank")));
    query.bindValue(QStringLiteral(":open"), openMark);
    query.bindValue(QStringLiteral(":close"), closeMark);
    query.bindValue(QStringLiteral(":match"), match);
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec())
        return sqlError(tr("Cannot search the history"), query.lastError());
    QList<SearchHit> hits;
    while (query.next()) {
        SearchHit hit;
        hit.message = {query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toString(),
                       fromMs(query.value(4))};
        hit.agentId = query.value(5).toString();
        hit.snippet = query.value(6).toString();
        hit.score = query.value(7).toDouble();
        hit.byRecency = byRecency;
        hit.conversationTitle = query.value(8).toString();
        hits.append(hit);
    }
    return hits;
}

Result<qint64> HistoryRepository::countMatches(const QString &text, qint64 atMost) const
{
    const QString match = ftsQuery(text);
    if (match.isEmpty())
        return Error::invalidInput(tr("The search text has no words to look for"));
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM messages_fts "
                                 "WHERE messages_fts MATCH ? LIMIT ?)"));
    query.addBindValue(match);
    query.addBindValue(atMost);
    if (!query.exec() || !query.next())
        return sqlError(tr("Cannot search the history"), query.lastError());
    return query.value(0).toLongLong();
}

Result<HistoryStats> HistoryRepository::stats() const
{
    QSqlQuery query(m_database.connection());
    HistoryStats stats;
    if (!query.exec(QStringLiteral("SELECT count(*), count(DISTINCT agent_id) FROM conversations"))
        || !query.next())
        return sqlError(tr("Cannot count conversations"), query.lastError());
    stats.conversations = query.value(0).toLongLong();
    stats.agents = query.value(1).toLongLong();
    if (!query.exec(QStringLiteral("SELECT role, count(*), min(timestamp), max(timestamp) "
                                   "FROM messages GROUP BY role")))
        return sqlError(tr("Cannot count messages"), query.lastError());
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    while (query.next()) {
        const QString role = query.value(0).toString();
        const qint64 count = query.value(1).toLongLong();
        stats.messages += count;
        first = std::min(first, query.value(2).toLongLong());
        last = std::max(last, query.value(3).toLongLong());
        if (role == QLatin1String("user"))
            stats.userMessages = count;
        else if (role == QLatin1String("assistant"))
            stats.assistantMessages = count;
        else if (role == QLatin1String("system"))
            stats.systemMessages = count;
        else if (role == QLatin1String("tool"))
            stats.toolMessages = count;
    }
    if (stats.messages > 0) {
        stats.first = QDateTime::fromMSecsSinceEpoch(first, Qt::UTC);
        stats.last = QDateTime::fromMSecsSinceEpoch(last, Qt::UTC);
    }
    return stats;
}

} // namespace Hubstate::Core
