#pragma once

#include "core/common/result.h"
#include "core/profile/profile.h"
#include "core/state/agentrepository.h"
#include "core/state/layoutrepository.h"
#include "hubstate/result.h"

#include <QStringList>
#include <memory>
#include <optional>

namespace Hubstate::Core {
class PreferencesStore;
class ProfileMonitor;
class StateDatabase;
struct Change;
} // namespace Hubstate::Core

namespace Hubstate {

class Client;

// What a Client holds: the core's services for one profile, and the monitor whose changes
// become the Client's signals. Nothing of it shows in the public headers.
class ClientPrivate
{
public:
    explicit ClientPrivate(Client *client);
    ~ClientPrivate();

    Status open(const QString &profileDirectory);
    void close();
    // Error::Failed unless a profile is open.
    Status checkOpen() const;

    // The repositories with the rules the settings give now.
    Core::LayoutRepository layouts() const;
    Core::AgentRepository agents() const;

    // A core error as the public API reports it; `code` overrides the mapped code.
    static Error toPublic(const Core::Error &error);
    static Error toPublic(const Core::Error &error, ErrorCode code);

    Client *q;
    std::optional<Core::Profile> profile;
    std::unique_ptr<Core::PreferencesStore> store;
    std::unique_ptr<Core::StateDatabase> database;
    std::unique_ptr<Core::ProfileMonitor> monitor;
    QStringList notices;

private:
    void onChange(const Core::Change &change);
    void reopenDatabase();
    qint64 cacheBytes() const;

    // One reload of the settings serves every key the monitor reports in one burst.
    bool m_settingsFresh = false;
};

} // namespace Hubstate
