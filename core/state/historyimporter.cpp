#include "historyimporter.h"

#include "core/common/printable.h"
#include "core/common/timestamps.h"
#include "databasemigrations.h"
#include "historylinereader.h"
#include "statedatabase.h"

#include <QFile>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace Hubstate::Core {

namespace {

// The import's hot statements go through SQLite's own API: QtSql would convert every bound
// text to UTF-16 and back, which costs more than the rest of the import together.
class Statement
{
public:
    Statement(sqlite3 *handle, const char *sql)
        : m_handle(handle)
    {
        if (handle)
            sqlite3_prepare_v2(handle, sql, -1, &m_statement, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isReady() const { return m_statement != nullptr; }
    void bind(int index, const QByteArray &text)
    {
        sqlite3_bind_text(m_statement, index, text.constData(), int(text.size()), SQLITE_STATIC);
    }
    void bind(int index, qint64 number) { sqlite3_bind_int64(m_statement, index, number); }
    // SQLITE_ROW or SQLITE_DONE on success.
    int step() { return sqlite3_step(m_statement); }
    void reset() { sqlite3_reset(m_statement); }
    QByteArray text(int column) const
    {
        return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column)),
                          sqlite3_column_bytes(m_statement, column));
    }
    int changes() const { return sqlite3_changes(m_handle); }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_handle)); }

private:
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

sqlite3 *nativeHandle(const QSqlDatabase &database)
{
    const QVariant handle = database.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.data());
    return nullptr;
}

struct ConversationState
{
    QByteArray agentId;
    qint64 earliest = 0;
};

const QStringList kRoles{QStringLiteral("user"), QStringLiteral("assistant"),
                         QStringLiteral("system"), QStringLiteral("tool")};

} // namespace

HistoryImporter::HistoryImporter(StateDatabase &database)
    : m_database(database)
{
}

Result<ImportReport> HistoryImporter::importFile(const QString &path)
{
    if (Status writable = m_database.checkWritable(); !writable)
        return writable.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::operationFailed(tr("Cannot read %1: %2").arg(path, file.errorString()));

    QSqlDatabase database = m_database.connection();
    sqlite3 *handle = nativeHandle(database);
    if (!handle)
        return Error::operationFailed(
            tr("Cannot import %1: the database driver is not SQLite").arg(path));

    // All or nothing: one transaction, rolled back unless every line is good.
    Transaction transaction(database);
    QSqlQuery query(database);
    const auto failed = [&](const QString &detail) {
        return Error::operationFailed(tr("Cannot import %1: %2").arg(path, detail), detail);
    };

    // FTS5 flushes its pending index data at every statement's savepoint, so indexing row by
    // row through the trigger writes many tiny segments. The trigger is lifted inside this
    // transaction (nobody else ever sees it missing) and the new rows indexed at once.
    if (!query.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM messages")) || !query.next())
        return failed(query.lastError().text());
    const qint64 lastIdBefore = query.value(0).toLongLong();
    query.finish();
    if (!query.exec(QStringLiteral("DROP TRIGGER messages_fts_insert")))
        return failed(query.lastError().text());

    Statement findConversation(handle, "SELECT agent_id FROM conversations WHERE id = ?");
    Statement addConversation(handle,
                              "INSERT INTO conversations (id, agent_id, title, created_at) "
                              "VALUES (?, ?, ?, ?)");
    // A line is skipped when the same message was stored before this import began; into an
    // empty history there is nothing to look up.
    Statement addMessage(handle,
                         lastIdBefore == 0
                             ? "INSERT INTO messages (conversation_id, role, content, timestamp) "
                               "VALUES (?1, ?2, ?3, ?4)"
                             : "INSERT INTO messages (conversation_id, role, content, timestamp) "
                               "SELECT ?1, ?2, ?3, ?4 WHERE NOT EXISTS (SELECT 1 FROM messages "
                               "WHERE conversation_id = ?1 AND timestamp = ?4 AND role = ?2 "
                               "AND content = ?3 AND id <= ?5)");
    if (!findConversation.isReady() || !addConversation.isReady() || !addMessage.isReady())
        return failed(QString::fromUtf8(sqlite3_errmsg(handle)));
    if (lastIdBefore > 0)
        addMessage.bind(5, lastIdBefore);

    ImportReport report;
    QStringList errors;
    QHash<QByteArray, ConversationState> conversations;
    const QString shownPath = printable(path, -1);
    const auto fail = [&](const QString &member, const QString &message) {
        if (errors.size() < maxReportedErrors) {
            errors.append(
                QStringLiteral("%1:%2: %3")
                    .arg(shownPath)
                    .arg(report.lines)
                    .arg(member.isEmpty() ? message : member + QStringLiteral(": ") + message));
        }
    };

    HistoryLineReader lines(file, path);
    while (errors.size() < maxReportedErrors) {
        const HistoryLineReader::Step step = lines.next();
        if (step == HistoryLineReader::Step::End)
            break;
        report.lines = lines.lineNumber();
        if (step == HistoryLineReader::Step::Blank)
            continue;
        if (step == HistoryLineReader::Step::Problem) {
            errors.append(lines.problem());
            continue;
        }
        const HistoryLineReader::Record &record = lines.record();
        const qsizetype errorsBefore = errors.size();
        const auto isText = [&](const QString &member, const HistoryLineReader::Member &value) {
            if (value.kind == HistoryLineReader::Member::Kind::Missing)
                fail(member, tr("is missing"));
            else if (value.kind == HistoryLineReader::Member::Kind::NotText)
                fail(member, tr("must be text"));
            return value.kind == HistoryLineReader::Member::Kind::Text;
        };
        const auto text = [&](const QString &member, const HistoryLineReader::Member &value,
                              qsizetype maximum) -> QString {
            if (!isText(member, value))
                return {};
            QString decoded = QString::fromUtf8(value.text);
            if (decoded.isEmpty() || decoded.size() > maximum) {
                fail(member, tr("must be 1 to %1 characters").arg(maximum));
                return {};
            }
            return decoded;
        };
        const QString conversationId =
            text(QStringLiteral("conversationId"), record.conversationId, 200);
        const QString agentId = text(QStringLiteral("agentId"), record.agentId, 200);
        const QString role = text(QStringLiteral("role"), record.role, 20);
        // The text goes to the database as the UTF-8 it came in.
        isText(QStringLiteral("content"), record.content);
        const QByteArray &content = record.content.text;
        const QString timestampText = text(QStringLiteral("timestamp"), record.timestamp, 64);
        if (!role.isEmpty() && !kRoles.contains(role))
            fail(QStringLiteral("role"),
                 tr("must be one of %1 (value: %2)")
                     .arg(kRoles.join(QStringLiteral(", ")), printable(role)));
        const QDateTime timestamp = parseTimestamp(timestampText);
        if (!timestampText.isEmpty() && !timestamp.isValid()) {
            fail(QStringLiteral("timestamp"),
                 tr("must be an ISO 8601 date and time such as 2026-01-31T12:00:00Z (value: %1)")
                     .arg(printable(timestampText)));
        }
        if (errors.size() > errorsBefore || !errors.isEmpty())
            continue; // after the first bad line, only look for more problems

        const QByteArray conversation = conversationId.toUtf8();
        const QByteArray agent = agentId.toUtf8();
        const qint64 millis = timestamp.toMSecsSinceEpoch();
        auto known = conversations.find(conversation);
        if (known == conversations.end()) {
            findConversation.bind(1, conversation);
            const int found = findConversation.step();
            if (found == SQLITE_ROW) {
                known = conversations.insert(conversation, {findConversation.text(0), millis});
            } else if (found == SQLITE_DONE) {
                addConversation.bind(1, conversation);
                addConversation.bind(2, agent);
                const QByteArray title = QString::fromUtf8(content).simplified().left(80).toUtf8();
                addConversation.bind(3, title);
                addConversation.bind(4, millis);
                if (addConversation.step() != SQLITE_DONE)
                    return failed(addConversation.error());
                addConversation.reset();
                ++report.newConversations;
                known = conversations.insert(conversation, {agent, millis});
            } else {
                return failed(findConversation.error());
            }
            findConversation.reset();
        }
        if (known->agentId != agent) {
            fail(QStringLiteral("agentId"),
                 tr("conversation %1 belongs to agent %2, not %3")
                     .arg(printable(conversationId), printable(QString::fromUtf8(known->agentId)),
                          printable(agentId)));
            continue;
        }
        known->earliest = std::min(known->earliest, millis);

        const QByteArray roleText = role.toUtf8();
        addMessage.bind(1, conversation);
        addMessage.bind(2, roleText);
        addMessage.bind(3, content);
        addMessage.bind(4, millis);
        if (addMessage.step() != SQLITE_DONE)
            return failed(addMessage.error());
        if (addMessage.changes() > 0)
            ++report.imported;
        else
            ++report.alreadyPresent;
        addMessage.reset();
    }
    if (lines.failed())
        return Error::operationFailed(tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (!errors.isEmpty()) {
        errors.append(tr("%1: nothing was imported").arg(path));
        return Error::invalidInput(errors.join(u'\n'));
    }

    // A conversation starts with its earliest message, wherever it stood in the file.
    Statement earliest(
        handle, "UPDATE conversations SET created_at = ?1 WHERE id = ?2 AND created_at > ?1");
    for (auto it = conversations.cbegin(); it != conversations.cend(); ++it) {
        earliest.bind(1, it->earliest);
        earliest.bind(2, it.key());
        if (earliest.step() != SQLITE_DONE)
            return failed(earliest.error());
        earliest.reset();
    }
    query.prepare(QStringLiteral(
        "INSERT INTO messages_fts(rowid, content) SELECT id, content FROM messages WHERE id > ?"));
    query.addBindValue(lastIdBefore);
    if (!query.exec() || !query.exec(messagesFtsInsertTrigger()))
        return failed(query.lastError().text());
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return report;
}

} // namespace Hubstate::Core
