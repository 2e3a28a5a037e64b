#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Hubstate::Cli {

class CliContext;

// `hubstate-cli check [--full]` and `hubstate-cli dev generate-profile|generate-history`.
class MaintenanceCommand
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Cli::MaintenanceCommand)

public:
    explicit MaintenanceCommand(CliContext &context)
        : m_context(context)
    {
    }
    int check(const QStringList &arguments);
    int dev(QStringList arguments);

private:
    CliContext &m_context;
};

} // namespace Hubstate::Cli
