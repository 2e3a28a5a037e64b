#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Hubstate::Cli {

class CliContext;

// `hubstate-cli history import FILE | search QUERY [--limit N] | stats`.
class HistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Cli::HistoryCommand)

public:
    explicit HistoryCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(QStringList arguments);

private:
    int import(const QStringList &arguments);
    int search(const QStringList &arguments);
    int stats(const QStringList &arguments);

    CliContext &m_context;
};

} // namespace Hubstate::Cli
