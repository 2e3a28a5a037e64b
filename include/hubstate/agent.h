#pragma once

#include <QtCore/QString>

namespace Hubstate {

// One configured agent, as Hubstate's Agents page edits it. Its API key is never here: it
// lives in the keychain under `secretName` (Client::secret()).
struct Agent
{
    QString id; // 1 to 64 letters, digits, '.', '_' or '-'
    QString name;
    QString kind; // e.g. "openai", "anthropic", "local"
    QString endpoint; // http(s); https only while security.requireTls is on
    QString model;
    int timeoutMs = 30000; // 1000 to 300000
    int retryAttempts = 3; // 0 to 10
    bool enabled = true;
    QString secretName; // empty: the agent needs no secret
};

// Written out, not defaulted: the headers need C++17 only.
inline bool operator==(const Agent &a, const Agent &b)
{
    return a.id == b.id && a.name == b.name && a.kind == b.kind && a.endpoint == b.endpoint
        && a.model == b.model && a.timeoutMs == b.timeoutMs && a.retryAttempts == b.retryAttempts
        && a.enabled == b.enabled && a.secretName == b.secretName;
}
inline bool operator!=(const Agent &a, const Agent &b)
{
    return !(a == b);
}

} // namespace Hubstate
