#pragma once

#include "policyfiles.h"

#include <QString>
#include <QStringList>

namespace Hubstate::Core {

// Where one user's state lives. By default the XDG locations; with `--profile DIR` or
// HUBSTATE_PROFILE everything (settings, database, caches, logs) sits under DIR, which
// tests and benchmarks always use.
class Profile
{
public:
    // Resolves the profile: an explicit directory wins, then HUBSTATE_PROFILE, then XDG.
    static Profile resolve(const QString &explicitDirectory = {});
    static Profile inDirectory(const QString &directory);

    QString root() const { return m_root; }

    QString settingsFile() const { return m_settingsFile; }
    QString databaseFile() const { return m_databaseFile; }
    QString cacheDirectory() const { return m_cacheDirectory; }
    QString logDirectory() const { return m_logDirectory; }
    QString stateDirectory() const { return m_stateDirectory; }
    // Where backups go unless backup.destination names another place.
    QString backupDirectory() const { return m_backupDirectory; }
    // The catalog of backups, kept apart from the database so that it survives restoring or
    // losing the database.
    QString backupCatalogFile() const { return m_stateDirectory + QStringLiteral("/backups.json"); }

    // Keeps this profile's secrets apart from other profiles' in the one keychain: empty for
    // the default profile, "profile-<hash of the directory>" for a --profile DIR.
    QString keychainScope() const;

    // The folders that hold everything of this profile (for a --profile DIR just DIR; else the
    // XDG folders), whether they exist or not.
    QStringList folders() const;
    // When files or folders of the profile can be read by group or others (made by an older
    // Hubstate, or by hand): one message naming them, their modes and the chmod that fixes
    // them; empty when everything is private. Nothing is changed: who may read them is the
    // user's decision.
    QString permissionWarning() const;

    // The admin policy: /etc/xdg/hubstate/policy.ini always, with the file named by
    // HUBSTATE_POLICY_FILE (if any) stacked on top. The variable can add locks and defaults,
    // never remove or move the system file.
    static PolicyFiles policyFiles();
    static QString systemPolicyFile();

private:
    QString m_root;
    QString m_settingsFile;
    QString m_databaseFile;
    QString m_cacheDirectory;
    QString m_logDirectory;
    QString m_stateDirectory;
    QString m_backupDirectory;
};

} // namespace Hubstate::Core
