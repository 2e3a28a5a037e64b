#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Hubstate::Cli {

class CliContext;

// `hubstate-cli layout list|show|validate|import|export`.
class LayoutCommand
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Cli::LayoutCommand)

public:
    explicit LayoutCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(QStringList arguments);

private:
    int list(const QStringList &arguments);
    int show(const QStringList &arguments, bool exportMode);
    int validate(const QStringList &arguments, bool import);

    CliContext &m_context;
};

} // namespace Hubstate::Cli
