#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <optional>

namespace Hubstate::Core {
class BackupEngine;
}

namespace Hubstate::Cli {

class CliContext;

// `hubstate-cli backup create | list | verify | restore | prune` and `recover`.
class BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Cli::BackupCommand)

public:
    explicit BackupCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(QStringList arguments);
    int recover(const QStringList &arguments);

private:
    int create(const QStringList &arguments);
    int list(const QStringList &arguments);
    int verify(const QStringList &arguments);
    int restore(const QStringList &arguments);
    int prune(const QStringList &arguments);

    // --password-stdin or --password-file F; nullopt (after printing why) when unreadable.
    std::optional<QString> password(const QMap<QString, QString> &values,
                                    const QSet<QString> &flags, int *exitCode);

    CliContext &m_context;
};

// Reads a password from the terminal without echo; nullopt when there is no terminal (or,
// with `confirm`, when the repetition, asked with `repeatPrompt`, differs).
std::optional<QString> askPasswordOnTerminal(const QString &prompt, bool confirm,
                                             const QString &repeatPrompt = {});

} // namespace Hubstate::Cli
