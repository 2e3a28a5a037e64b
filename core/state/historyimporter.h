#pragma once

#include "core/common/result.h"
#include "history.h"

#include <QCoreApplication>

namespace Hubstate::Core {

class StateDatabase;

// Adds messages from JSON Lines, one message per line:
//   {"conversationId": "...", "agentId": "...", "role": "user|assistant|system|tool",
//    "content": "...", "timestamp": "2026-01-31T12:00:00Z"}
// All or nothing: one transaction, the file streamed line by line (memory does not grow with
// the file); a bad line is reported as FILE:LINE: member: rule, or FILE:LINE:COLUMN for JSON
// that is not strictly RFC 8259 (up to 20 of them), and nothing is stored. Lines are read by
// HistoryLineReader, at most HistoryLineReader::maxLineBytes each. A message stored before the
// import began (same conversation, time, role and text) is not added again, so importing a file
// twice changes nothing.
class HistoryImporter
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::HistoryImporter)

public:
    explicit HistoryImporter(StateDatabase &database);

    [[nodiscard]] Result<ImportReport> importFile(const QString &path);

    static constexpr int maxReportedErrors = 20;

private:
    StateDatabase &m_database;
};

} // namespace Hubstate::Core
