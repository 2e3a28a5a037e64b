#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Hubstate::Cli {

class CliContext;

// `hubstate-cli config ...`: get, set, reset, list, explain, validate, import, export,
// template, migrate.
class ConfigCommand
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Cli::ConfigCommand)

public:
    explicit ConfigCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(QStringList arguments);

private:
    int get(const QStringList &arguments);
    int set(const QStringList &arguments);
    int reset(const QStringList &arguments);
    int list(const QStringList &arguments);
    int explain(const QStringList &arguments);
    int validate(const QStringList &arguments);
    int import(const QStringList &arguments);
    int exportDocument(const QStringList &arguments);
    int applyTemplate(const QStringList &arguments);
    int migrate(const QStringList &arguments);

    CliContext &m_context;
};

} // namespace Hubstate::Cli
