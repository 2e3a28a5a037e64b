#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <chrono>

namespace Hubstate::Core {

// Secrets (API keys, tokens, the backup master key) in the OS keychain through QtKeychain,
// under the service org.hubstate.Hubstate. Values are bytes. There is no fallback: without a
// working keychain every operation fails and says which keychain and why.
//
// QtKeychain 0.13 reports a locked keyring as "entry not found" and a missing D-Bus as a
// generic error, so a failed read is never taken at face value: a probe (write, read back,
// delete a probe entry) tells a missing secret from a keychain that cannot answer, and nothing
// is written or deleted unless the probe says the keychain works.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::SecretStore)

public:
    enum class Health { Healthy, Locked, Unavailable };

    struct HealthReport
    {
        Health health = Health::Unavailable;
        QString message; // translated; names the keychain and what is wrong
    };

    // `scope` keeps profiles apart in one keychain ("" for the default profile).
    explicit SecretStore(QString scope = {},
                         std::chrono::milliseconds timeout = std::chrono::seconds(15));

    static QString serviceName();
    static bool isValidName(const QString &name);
    static QString healthName(Health health); // stable: healthy | locked | unavailable

    HealthReport probe() const;

    // Error::invalidInput when the keychain works and has no such secret; operationFailed when
    // the keychain is locked or unavailable.
    [[nodiscard]] Result<QByteArray> read(const QString &name) const;
    [[nodiscard]] Status write(const QString &name, const QByteArray &value) const;
    [[nodiscard]] Status remove(const QString &name) const;

    // The names of every entry of this scope that the keychain holds, found by the entries'
    // attributes (SecretServiceSearch) rather than by an index: also what a restore, an
    // older version or a crash left unrecorded. Error::operationFailed when the keychain
    // cannot be searched.
    [[nodiscard]] Result<QStringList> names() const;

private:
    QString keyFor(const QString &name) const;

    QString m_scope;
    std::chrono::milliseconds m_timeout;
};

} // namespace Hubstate::Core
