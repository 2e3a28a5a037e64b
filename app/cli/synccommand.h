#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>
#include <memory>
#include <optional>

namespace Hubstate::Core {
class SecretStore;
class SyncEngine;
} // namespace Hubstate::Core

namespace Hubstate::Cli {

class CliContext;

// `hubstate-cli sync init | join | now | status | conflicts | resolve | devices | rename |
// forget | leave`: the sync engine (core/sync) on this profile, its results as text or JSON
// (docs/cli.md, "Sync").
class SyncCommand
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Cli::SyncCommand)

public:
    explicit SyncCommand(CliContext &context);
    ~SyncCommand();
    int run(QStringList arguments);

private:
    int init(const QStringList &arguments);
    int join(const QStringList &arguments);
    int now(const QStringList &arguments);
    int status(const QStringList &arguments);
    int conflicts(const QStringList &arguments);
    int resolve(const QStringList &arguments);
    int devices(const QStringList &arguments);
    int rename(const QStringList &arguments);
    int forget(const QStringList &arguments);
    int leave(const QStringList &arguments);

    // The engine on this profile's settings, database and keychain, made on first use.
    Core::Result<Core::SyncEngine *> engine();
    // --passphrase-stdin, else a prompt on the terminal (asked twice when `confirm`); nullopt
    // (after printing why) when there is none or it is empty.
    std::optional<QString> passphrase(const QSet<QString> &flags, bool confirm, int *exitCode);
    // The id of the device that DEVICE names (its id, or a name only one device has).
    Core::Result<QString> deviceId(const QString &device);
    // `sync status`, also after init and join (`afterSetup`: without the lines a new setup
    // has nothing to say in).
    int printStatus(bool afterSetup);

    CliContext &m_context;
    std::unique_ptr<Core::SecretStore> m_secrets;
    std::unique_ptr<Core::SyncEngine> m_engine;
};

} // namespace Hubstate::Cli
