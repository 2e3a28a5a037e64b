#include "databasemigrations.h"

namespace Hubstate::Core {

QString messagesFtsInsertTrigger()
{
    return QStringLiteral("CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN "
                          "INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content); "
                          "END");
}

QList<DatabaseMigration> databaseMigrations()
{
    return {
        // 0 -> 1: layouts, agents and history as the first release stored them.
        {0,
         {
             QStringLiteral("CREATE TABLE layouts (id TEXT PRIMARY KEY, name TEXT NOT NULL, "
                            "type TEXT NOT NULL, user_id TEXT, created_at INTEGER NOT NULL, "
                            "updated_at INTEGER NOT NULL, document TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX layouts_user ON layouts(user_id)"),
             QStringLiteral("CREATE INDEX layouts_updated ON layouts(updated_at)"),
             QStringLiteral("CREATE TABLE agents (id TEXT PRIMARY KEY, name TEXT NOT NULL, "
                            "kind TEXT NOT NULL, endpoint TEXT NOT NULL, model TEXT NOT NULL, "
                            "timeout_ms INTEGER NOT NULL, retry_attempts INTEGER NOT NULL, "
                            "enabled INTEGER NOT NULL, secret_name TEXT)"),
             QStringLiteral("CREATE TABLE conversations (id TEXT PRIMARY KEY, "
                            "agent_id TEXT NOT NULL, title TEXT NOT NULL, "
                            "created_at INTEGER NOT NULL)"),
             QStringLiteral(
                 "CREATE INDEX conversations_agent ON conversations(agent_id, created_at)"),
             QStringLiteral("CREATE TABLE messages (id INTEGER PRIMARY KEY, "
                            "conversation_id TEXT NOT NULL REFERENCES conversations(id) "
                            "ON DELETE CASCADE, role TEXT NOT NULL CHECK (role IN "
                            "('user', 'assistant', 'system', 'tool')), content TEXT NOT NULL, "
                            "timestamp INTEGER NOT NULL)"),
             QStringLiteral(
                 "CREATE INDEX messages_conversation ON messages(conversation_id, timestamp)"),
             QStringLiteral("CREATE INDEX messages_timestamp ON messages(timestamp)"),
         }},
        // 1 -> 2: full-text search, tags as rows, connection log and metrics.
        {1,
         {
             QStringLiteral("CREATE TABLE layout_tags (layout_id TEXT NOT NULL REFERENCES "
                            "layouts(id) ON DELETE CASCADE, tag TEXT NOT NULL, "
                            "PRIMARY KEY (layout_id, tag)) WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX layout_tags_tag ON layout_tags(tag)"),
             QStringLiteral("INSERT OR IGNORE INTO layout_tags (layout_id, tag) "
                            "SELECT layouts.id, tags.value FROM layouts, "
                            "json_each(layouts.document, '$.metadata.tags') AS tags"),
             QStringLiteral("CREATE VIRTUAL TABLE messages_fts USING fts5(content, "
                            "content='messages', content_rowid='id', "
                            "tokenize='unicode61 remove_diacritics 2')"),
             messagesFtsInsertTrigger(),
             QStringLiteral("CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN "
                            "INSERT INTO messages_fts(messages_fts, rowid, content) "
                            "VALUES ('delete', old.id, old.content); END"),
             QStringLiteral(
                 "CREATE TRIGGER messages_fts_update AFTER UPDATE OF content ON messages "
                 "BEGIN INSERT INTO messages_fts(messages_fts, rowid, content) "
                 "VALUES ('delete', old.id, old.content); "
                 "INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content); END"),
             QStringLiteral("INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')"),
             QStringLiteral("CREATE TABLE connection_log (id INTEGER PRIMARY KEY, "
                            "agent_id TEXT NOT NULL, endpoint TEXT NOT NULL, "
                            "started_at INTEGER NOT NULL, ended_at INTEGER, "
                            "outcome TEXT NOT NULL CHECK (outcome IN "
                            "('success', 'failure', 'timeout', 'cancelled')), error TEXT)"),
             QStringLiteral("CREATE INDEX connection_log_started ON connection_log(started_at)"),
             QStringLiteral("CREATE TABLE metrics (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                            "value REAL NOT NULL, unit TEXT NOT NULL, timestamp INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX metrics_name_time ON metrics(name, timestamp)"),
             QStringLiteral("CREATE INDEX metrics_time ON metrics(timestamp)"),
         }},
        // 2 -> 3: the index of secrets that should be in the keychain (names, never values).
        {2,
         {
             QStringLiteral("CREATE TABLE secret_index (name TEXT PRIMARY KEY, "
                            "purpose TEXT NOT NULL, created_at INTEGER NOT NULL, "
                            "updated_at INTEGER NOT NULL)"),
             QStringLiteral(
                 "INSERT OR IGNORE INTO secret_index (name, purpose, created_at, "
                 "updated_at) SELECT secret_name, 'API key of agent ' || id, "
                 "CAST(unixepoch() AS INTEGER) * 1000, CAST(unixepoch() AS INTEGER) * 1000 "
                 "FROM agents WHERE secret_name IS NOT NULL"),
         }},
    };
}

} // namespace Hubstate::Core
