#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Hubstate::Cli {

// Parses the global options of `hubstate-cli [--profile DIR] [--json] COMMAND ...` and runs the
// command. Returns the exit code of the contract in docs/cli.md.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Cli::CliApplication)

public:
    int run(QStringList arguments);

private:
    static QString helpText();
    static QString versionText();
};

} // namespace Hubstate::Cli
