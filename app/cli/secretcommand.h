#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Hubstate::Cli {

class CliContext;

// `hubstate-cli secret status | list | set NAME | get NAME | delete NAME`.
class SecretCommand
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Cli::SecretCommand)

public:
    explicit SecretCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(QStringList arguments);

private:
    int status();
    int list();
    int set(const QStringList &arguments);
    int get(const QString &name);
    int remove(const QString &name);

    CliContext &m_context;
};

} // namespace Hubstate::Cli
