#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QStringList>
#include <chrono>

namespace Hubstate::Core {

// Finds keychain items by their attributes, which QtKeychain cannot do (it reads, writes and
// deletes one key it is told). QtKeychain's libsecret backend stores every item under the
// schema "org.qt.keychain" with the attributes "server" (the service name), "user" (the key)
// and "type"; the Secret Service D-Bus API (org.freedesktop.secrets) searches by them. So
// every item Hubstate ever wrote is found by its service, whether an index names it or not.
class SecretServiceSearch
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::SecretServiceSearch)

public:
    // The "user" attribute of every item whose "server" attribute is `service`, in every
    // collection, locked or not. Error::operationFailed when there is no session bus or no
    // Secret Service on it, or it does not answer in time.
    [[nodiscard]] static Result<QStringList> keysOf(const QString &service,
                                                    std::chrono::milliseconds timeout);
};

} // namespace Hubstate::Core
