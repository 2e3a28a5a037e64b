#pragma once

#include <QString>

namespace Hubstate::Core {

// One configured agent. Its API key lives in the keychain; `secretName` only names it.
struct AgentConfig
{
    QString id;
    QString name;
    QString kind; // e.g. "openai", "anthropic", "local"
    QString endpoint;
    QString model;
    int timeoutMs = 30000;
    int retryAttempts = 3;
    bool enabled = true;
    QString secretName; // empty: the agent needs no secret

    bool operator==(const AgentConfig &) const = default;
};

} // namespace Hubstate::Core
