#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <optional>

namespace Hubstate::Core {

class PreferencesStore;
class SecretStore;
class StateDatabase;

// What sync reads from and writes to the profile, as items: "setting:KEY" (the user layer
// only, device-local keys never), "layout:ID", "agent:ID" and, when sync.includeSecrets,
// "secret:NAME". A value is compact JSON (keys sorted, so equal values are equal bytes).
// Everything written is validated with the same rules as a local edit first.
class SyncLocalState
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::SyncLocalState)

public:
    SyncLocalState(PreferencesStore &settings, StateDatabase &database,
                   const SecretStore *secrets);

    static QString kindOf(const QString &item); // setting | layout | agent | secret
    static QString idOf(const QString &item);
    // A well-formed item name of a kind this version syncs.
    static bool isItemName(const QString &item);
    // Secrets that belong to this device (backup keys, WebDAV passwords, the sync key).
    static bool isDeviceSecret(const QString &name);

    bool includesSecrets() const;
    // Every item the profile holds now.
    [[nodiscard]] Result<QHash<QString, QByteArray>> read() const;
    // Why `value` cannot be applied to `item` here (the rule broken, with its path), or
    // nothing when it can. Absent (nullopt) is always valid.
    std::optional<QString> check(const QString &item, const std::optional<QByteArray> &value) const;
    // Puts the values in force, settings in one file write. `lockedKeys` receives the settings
    // stored without effect because this device's policy locks them.
    [[nodiscard]] Status apply(const QHash<QString, std::optional<QByteArray>> &values,
                               QStringList *lockedKeys = nullptr);
    // True when `value` is what a fresh profile has for `item` anyway (a built-in layout
    // template untouched): joining a store does not offer it as this device's change.
    bool isFreshDefault(const QString &item, const QByteArray &value) const;
    // For people: the setting's key, the layout's or agent's name, the secret's name.
    QString label(const QString &item, const std::optional<QByteArray> &value) const;

private:
    PreferencesStore &m_settings;
    StateDatabase &m_database;
    const SecretStore *m_secrets;
};

} // namespace Hubstate::Core
