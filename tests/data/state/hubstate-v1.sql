-- A database as schema version 1 wrote it: no full-text index, tags only inside documents,
-- no connection log or metrics. Statements end with ";" at the end of a line.
CREATE TABLE layouts (id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, user_id TEXT, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, document TEXT NOT NULL);
CREATE INDEX layouts_user ON layouts(user_id);
CREATE INDEX layouts_updated ON layouts(updated_at);
CREATE TABLE agents (id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, endpoint TEXT NOT NULL, model TEXT NOT NULL, timeout_ms INTEGER NOT NULL, retry_attempts INTEGER NOT NULL, enabled INTEGER NOT NULL, secret_name TEXT);
CREATE TABLE conversations (id TEXT PRIMARY KEY, agent_id TEXT NOT NULL, title TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE INDEX conversations_agent ON conversations(agent_id, created_at);
CREATE TABLE messages (id INTEGER PRIMARY KEY, conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE, role TEXT NOT NULL CHECK (role IN ('user', 'assistant', 'system', 'tool')), content TEXT NOT NULL, timestamp INTEGER NOT NULL);
CREATE INDEX messages_conversation ON messages(conversation_id, timestamp);
CREATE INDEX messages_timestamp ON messages(timestamp);
INSERT INTO layouts VALUES ('6f1c2a4e-0d9b-4a57-9f3e-1b2c3d4e5f60', 'Research', 'split', 'ana', 1767225600000, 1767229200000, '{"id":"6f1c2a4e-0d9b-4a57-9f3e-1b2c3d4e5f60","name":"Research","type":"split","grid":{"columns":2,"rows":1},"referenceSize":{"width":1920,"height":1080},"panes":[{"title":"Search","agentId":"scout","cell":{"column":0,"row":0,"columnSpan":1,"rowSpan":1}},{"title":"Notes","agentId":null,"cell":{"column":1,"row":0,"columnSpan":1,"rowSpan":1}}],"settings":{"showHeaders":true},"metadata":{"createdAt":"2026-01-01T00:00:00.000Z","updatedAt":"2026-01-01T01:00:00.000Z","userId":"ana","tags":["work","research"]}}');
INSERT INTO agents VALUES ('scout', 'Scout', 'openai', 'https://agents.example/scout', 'model-1', 30000, 2, 1, 'scout.apiKey');
INSERT INTO conversations VALUES ('c-1', 'scout', 'Find the zeppelin', 1767225600000);
INSERT INTO messages (conversation_id, role, content, timestamp) VALUES ('c-1', 'user', 'Where did the zeppelin land?', 1767225600000);
INSERT INTO messages (conversation_id, role, content, timestamp) VALUES ('c-1', 'assistant', 'The zeppelin landed in the fjord.', 1767225601000);
PRAGMA user_version = 1;
