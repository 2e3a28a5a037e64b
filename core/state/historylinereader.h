#pragma once

#include "core/common/inputlimits.h"
#include "core/common/strictjson.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <memory>

namespace simdjson::dom {
class parser;
}

namespace Hubstate::Core {

// Reads a history file (JSON Lines) one message at a time, strictly to RFC 8259, with bounded
// memory: a line is at most maxLineBytes long. Bulk import reads millions of lines, so each line
// goes first to simdjson, which checks the whole grammar at several GB/s but cannot say where
// an error lies; a line it refuses, or one that is not a flat object with unique names, goes
// to StrictJson, which names the line and column (or reads it: simdjson also refuses integers
// beyond 64 bits, which are valid JSON).
class HistoryLineReader
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::HistoryLineReader)

public:
    static constexpr qsizetype maxLineBytes = InputLimits::historyLineBytes;

    struct Member
    {
        enum class Kind { Missing, NotText, Text };
        Kind kind = Kind::Missing;
        QByteArray text; // UTF-8; valid until the next call of next()
    };
    struct Record
    {
        Member conversationId, agentId, role, content, timestamp;
    };

    enum class Step {
        Record, // record() holds the line's members
        Blank, // an empty line
        Problem, // problem() says what is wrong with the line; the next line can be read
        End, // end of the file, or an error reading it (error())
    };

    HistoryLineReader(QIODevice &file, QString path);
    ~HistoryLineReader();
    HistoryLineReader(const HistoryLineReader &) = delete;
    HistoryLineReader &operator=(const HistoryLineReader &) = delete;

    [[nodiscard]] Step next();
    const Record &record() const { return m_record; }
    // "FILE:LINE: rule" or "FILE:LINE:COLUMN: malformed JSON: rule", escaped for messages.
    const QString &problem() const { return m_problem; }
    qint64 lineNumber() const { return m_line; }
    // Whether the end came from a read error rather than the end of the file.
    bool failed() const { return m_failed; }

private:
    bool readFast(QByteArrayView line);
    Step readStrict(QByteArrayView line);
    Step fail(const QString &rule);

    QIODevice &m_file;
    QString m_path;
    QByteArray m_buffer; // one line, plus the padding simdjson reads past its end
    std::unique_ptr<simdjson::dom::parser> m_parser;
    StrictJson m_strict;
    Record m_record;
    QString m_problem;
    qint64 m_line = 0;
    bool m_failed = false;
};

} // namespace Hubstate::Core
