#pragma once

#include "core/common/result.h"

#include <QCoreApplication>

namespace Hubstate::Core {

class StateDatabase;

// Synthetic data of realistic shape for benchmarks and tests: the same arguments always give
// the same data (a fixed seed), so figures from different runs compare.
class ProfileGenerator
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::ProfileGenerator)

public:
    struct Size
    {
        qint64 messages = 1000;
        int layouts = 10;
        int agents = 5;
        int messagesPerConversation = 20;
    };

    // Writes the history as JSON Lines, one message per line, as `history import` reads it.
    [[nodiscard]] static Status writeHistory(const QString &path, const Size &size);
    // Fills the database: agents, layouts, and the history through the JSON Lines importer.
    [[nodiscard]] static Status fill(StateDatabase &database, const QString &scratchDirectory,
                                     const Size &size);
};

} // namespace Hubstate::Core
