#pragma once

#include "agentconfig.h"
#include "core/common/result.h"
#include "core/settings/violation.h"

#include <QCoreApplication>
#include <optional>

namespace Hubstate::Core {

class PreferencesStore;
class StateDatabase;

// Bounds for agent configurations: the agents.* rules.
struct AgentRules
{
    int maxAgents = 50;
    bool requireTls = true;

    // agents.maxAgents and security.requireTls as the settings give them.
    static AgentRules fromSettings(const PreferencesStore &settings);
};

class AgentRepository
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::AgentRepository)

public:
    AgentRepository(StateDatabase &database, AgentRules rules = {});

    // Every problem with its path: timeout 1000..300000 ms, retries 0..10, an http(s) endpoint
    // (https only when security.requireTls), a secret *name* and never a value.
    Violations check(const AgentConfig &agent) const;

    [[nodiscard]] Result<QList<AgentConfig>> list() const;
    [[nodiscard]] Result<std::optional<AgentConfig>> find(const QString &id) const;
    [[nodiscard]] Status save(const AgentConfig &agent);
    [[nodiscard]] Status remove(const QString &id);

private:
    StateDatabase &m_database;
    AgentRules m_rules;
};

} // namespace Hubstate::Core
