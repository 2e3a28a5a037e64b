#include "profilegenerator.h"

#include "agentrepository.h"
#include "core/common/privatefiles.h"
#include "historyimporter.h"
#include "layoutrepository.h"
#include "layouttemplates.h"
#include "statedatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <cmath>
#include <random>
#include <vector>

namespace Hubstate::Core {

namespace {

// Words with the frequency spread of ordinary technical chat: a few very common, many rare.
const char *const kWords[] = {
    "the",          "agent",        "layout",   "pane",      "request",    "response",  "error",
    "timeout",      "retry",        "build",    "test",      "deploy",     "config",    "setting",
    "backup",       "restore",      "database", "query",     "index",      "search",    "cache",
    "memory",       "thread",       "queue",    "latency",   "throughput", "network",   "server",
    "client",       "token",        "session",  "window",    "shortcut",   "keyboard",  "theme",
    "accent",       "contrast",     "motion",   "focus",     "screen",     "reader",    "migration",
    "schema",       "version",      "policy",   "admin",     "profile",    "history",   "message",
    "conversation", "summary",      "analysis", "report",    "function",   "variable",  "compile",
    "link",         "library",      "module",   "package",   "release",    "debian",    "kernel",
    "socket",       "stream",       "buffer",   "chunk",     "cipher",     "password",  "keychain",
    "webdav",       "upload",       "download", "verify",    "checksum",   "archive",   "compress",
    "encrypt",      "orchestrator", "pipeline", "scheduler", "worker",     "benchmark", "profiler",
    "regression",   "refactor",     "review",   "merge",     "branch",     "commit",    "rollback",
    "snapshot",     "journal",      "quantum",  "zeppelin",  "xylophone",  "marmalade", "fjord",
    "quokka",       "nebula",       "tundra"};
constexpr int kWordCount = int(sizeof(kWords) / sizeof(kWords[0]));

// The vocabulary of natural text: the words above first, then a long tail of made-up words,
// drawn with Zipf's law (the word of rank r with weight 1 / r^1.07), so that a few words are
// everywhere and most are rare, as in real conversations.
class Vocabulary
{
public:
    Vocabulary()
    {
        static const char *const syllables[] = {
            "ka",  "lo",  "mi",  "ne",  "ru",  "sa",  "ti",  "vo",  "ze",  "bra",
            "cor", "dil", "fen", "gor", "han", "jex", "kul", "mar", "nid", "pol",
            "qua", "rin", "sul", "tov", "urb", "vex", "wen", "yar", "zol", "eth"};
        constexpr int syllableCount = int(sizeof(syllables) / sizeof(syllables[0]));
        for (int i = 0; i < kWordCount; ++i)
            m_words.append(QLatin1String(kWords[i]));
        for (int i = 0; m_words.size() < 20000; ++i) {
            QString word;
            for (int n = i + syllableCount; n > 0; n /= syllableCount)
                word += QLatin1String(syllables[n % syllableCount]);
            m_words.append(word);
        }
        std::vector<double> weights;
        for (qsizetype rank = 1; rank <= m_words.size(); ++rank)
            weights.push_back(1.0 / std::pow(double(rank), 1.07));
        m_pick = std::discrete_distribution<int>(weights.begin(), weights.end());
    }

    QString sentence(std::mt19937_64 &random, int words)
    {
        QString text;
        for (int i = 0; i < words; ++i) {
            if (i > 0)
                text += u' ';
            text += m_words.at(m_pick(random));
        }
        text += u'.';
        text[0] = text[0].toUpper();
        return text;
    }

private:
    QStringList m_words;
    std::discrete_distribution<int> m_pick;
};

QString agentId(int index)
{
    return QStringLiteral("agent-%1").arg(index, 3, 10, QLatin1Char('0'));
}

} // namespace

Status ProfileGenerator::writeHistory(const QString &path, const Size &size)
{
    QFile file(path);
    if (!PrivateFiles::makePath(QFileInfo(path).absolutePath())
        || !file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::operationFailed(tr("Cannot write %1: %2").arg(path, file.errorString()));
    std::mt19937_64 random(20261125);
    Vocabulary vocabulary;
    std::uniform_int_distribution<int> wordCount(4, 60);
    const QDateTime start = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    const int agents = std::max(1, size.agents);
    static const QString roles[] = {QStringLiteral("user"), QStringLiteral("assistant")};
    for (qint64 i = 0; i < size.messages; ++i) {
        const qint64 conversation = i / size.messagesPerConversation;
        const int position = int(i % size.messagesPerConversation);
        QJsonObject record{
            {QStringLiteral("conversationId"),
             QStringLiteral("conv-%1").arg(conversation, 7, 10, QLatin1Char('0'))},
            {QStringLiteral("agentId"), agentId(int(conversation % agents))},
            {QStringLiteral("role"),
             position == 0 ? QStringLiteral("system") : roles[(position + 1) % 2]},
            {QStringLiteral("content"), vocabulary.sentence(random, wordCount(random))},
            {QStringLiteral("timestamp"),
             start.addSecs(conversation * 600 + position * 7).toString(Qt::ISODate)}};
        QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact);
        line += '\n';
        if (file.write(line) != line.size())
            return Error::operationFailed(tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    if (!file.flush())
        return Error::operationFailed(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Status ProfileGenerator::fill(StateDatabase &database, const QString &scratchDirectory,
                              const Size &size)
{
    // Synthetic data for benchmarks: bounded by the schema's own maximum, not today's settings.
    AgentRepository agents(database, AgentRules{100, true});
    static const QString kinds[] = {QStringLiteral("openai"), QStringLiteral("anthropic"),
                                    QStringLiteral("local")};
    for (int i = 0; i < size.agents; ++i) {
        AgentConfig agent;
        agent.id = agentId(i);
        agent.name = QStringLiteral("Agent %1").arg(i + 1);
        agent.kind = kinds[i % 3];
        agent.endpoint = QStringLiteral("https://agents.example/%1").arg(agent.id);
        agent.model = QStringLiteral("model-%1").arg(i % 7);
        agent.timeoutMs = 30000 + 1000 * (i % 10);
        agent.retryAttempts = i % 4;
        agent.enabled = i % 5 != 4;
        agent.secretName = QStringLiteral("%1.apiKey").arg(agent.id);
        if (Status saved = agents.save(agent); !saved)
            return saved;
    }

    LayoutRules rules;
    rules.maxPanes = 9;
    LayoutRepository layouts(database, rules);
    static const QString types[] = {QStringLiteral("single"), QStringLiteral("split"),
                                    QStringLiteral("grid-2x2"), QStringLiteral("grid-3x3")};
    const QDateTime now = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    for (int i = 0; i < size.layouts; ++i) {
        Layout layout = LayoutTemplates::make(types[i % 4], now.addSecs(i));
        // Fixed ids derived from the index keep runs identical.
        layout.id = QUuid::createUuidV5(QUuid(), QStringLiteral("layout-%1").arg(i))
                        .toString(QUuid::WithoutBraces);
        layout.name = QStringLiteral("Workspace %1").arg(i + 1);
        layout.tags = {QStringLiteral("generated"), QStringLiteral("set-%1").arg(i % 5)};
        for (qsizetype p = 0; p < layout.panes.size(); ++p) {
            if (size.agents > 0)
                layout.panes[p].agentId = agentId(int((i + p) % size.agents));
        }
        if (Status saved = layouts.save(layout); !saved)
            return saved;
    }

    if (size.messages > 0) {
        const QString history = scratchDirectory + QStringLiteral("/generated-history.jsonl");
        if (Status written = writeHistory(history, size); !written)
            return written;
        Result<ImportReport> imported = HistoryImporter(database).importFile(history);
        QFile::remove(history);
        if (!imported)
            return imported.error();
    }
    return {};
}

} // namespace Hubstate::Core
