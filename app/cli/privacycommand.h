#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Hubstate::Cli {

class CliContext;

// `hubstate-cli privacy export --out FILE [--only CATEGORIES] | delete --yes [--include-backups]`.
class PrivacyCommand
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Cli::PrivacyCommand)

public:
    explicit PrivacyCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(QStringList arguments);

private:
    int exportData(const QStringList &arguments);
    int deleteData(const QStringList &arguments);

    CliContext &m_context;
};

} // namespace Hubstate::Cli
