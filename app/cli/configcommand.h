#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>

namespace Hubstate::Core {
class SettingReferences;
}

namespace Hubstate::Cli {

class CliContext;

// `hubstate-cli config ...`: get, set, reset, list, explain, validate, import, export,
// template, migrate.
class ConfigCommand
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Cli::ConfigCommand)

public:
    explicit ConfigCommand(CliContext &context);
    ~ConfigCommand();
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
    [[nodiscard]] Core::Status checkReferences(const QStringList &keys);

    CliContext &m_context;
    std::unique_ptr<Core::SettingReferences> m_references;
};

} // namespace Hubstate::Cli
