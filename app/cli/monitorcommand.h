#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Hubstate::Cli {

class CliContext;

// `hubstate-cli monitor [--json]`: every change to the profile, by any process, as it happens
// (as `gsettings monitor` does), until interrupted.
class MonitorCommand
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Cli::MonitorCommand)

public:
    explicit MonitorCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    CliContext &m_context;
};

} // namespace Hubstate::Cli
