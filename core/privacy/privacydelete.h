#pragma once

#include "core/common/result.h"
#include "core/profile/profile.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Hubstate::Core {

class SecretStore;
class StateDatabase;

// One place where the profile keeps something: a file, a folder or a keychain entry.
struct DataStore
{
    QString kind; // settings | database | cache | logs | state | backups | catalog | keychain
    QString location; // absolute path, or the keychain entry's name
    qint64 bytes = -1; // -1: not a file (keychain entries)
    int backups = -1; // kind backups, a folder: the backup files in it

    QString kindTitle() const; // translated
};

struct PrivacyDeleteReport
{
    QList<DataStore> removed; // only what existed
    QList<DataStore> remaining; // what the verification still found
    QList<DataStore> kept; // left on purpose: the local backups and their catalog, unless asked
    bool complete() const { return remaining.isEmpty(); }
    // Nothing of the user's is left on this computer: complete, and nothing kept either.
    bool nothingLeft() const { return complete() && kept.isEmpty(); }
};

// "Delete my data": lists every store of a profile, deletes them, then verifies by walking the
// filesystem and asking the keychain, and reports what was removed and what remains. Nothing is
// deleted while the keychain is locked, unavailable or cannot be searched: its entries could be
// neither found, removed nor checked, and once the database is gone nobody would know them.
//
// Keychain entries are those the index names plus every entry of the profile's scope that a
// search by attribute finds (SecretStore::names()), so entries nobody recorded (written by a
// restore, an older version, a crash) go too. Files are the profile's folders plus, with the
// backups, every file the catalog knows in other local folders, their quarantined copies and
// half-written leftovers. The final check walks all of those places and searches the keychain
// again.
//
// The caller closes the database first (its files are deleted) and passes the keychain entries
// it holds (keychainEntries()).
class PrivacyDelete
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::PrivacyDelete)

public:
    PrivacyDelete(Profile profile, const SecretStore &secrets, QStringList keychainEntries);

    // The secret index's names, backup.masterKey, and the WebDAV password of
    // `backupDestination` when it is a WebDAV URL with a user name.
    [[nodiscard]] static Result<QStringList> keychainEntries(StateDatabase *database,
                                                             const QString &backupDestination);

    // Every store that exists now, with sizes; when asked, also the local backups (the
    // profile's folder and the files the catalog lists in other local folders, quarantined
    // or half-written ones too) and the catalog. Keychain entries are listed only when they
    // exist (found by a search, or read back); when the keychain cannot answer, every entry
    // that may exist is listed.
    QList<DataStore> stores(bool includeBackups) const;
    // What stays when the backups are not included: the profile's backups folder (with the
    // number of backups in it), backups the catalog knows elsewhere, and the catalog. Empty
    // when they are included or there are none.
    QList<DataStore> keptStores(bool includeBackups) const;

    // Error::operationFailed (nothing deleted) when the keychain cannot answer. Otherwise the
    // verified report; it is complete only when nothing remains.
    [[nodiscard]] Result<PrivacyDeleteReport> run(bool includeBackups) const;

private:
    QList<DataStore> fileStores(bool includeBackups) const;
    QStringList backupsElsewhere(const QString &profileBackups) const;
    // The entries of `candidates` and of a search that exist now; `candidates` all when the
    // keychain cannot be asked.
    QStringList existingKeychainEntries(const QStringList &candidates) const;
    QList<DataStore> plan(bool includeBackups, const QStringList &keychain) const;
    QStringList keptPaths(bool includeBackups) const;
    QList<DataStore> leftovers(const QList<DataStore> &planned, bool includeBackups) const;

    Profile m_profile;
    const SecretStore &m_secrets;
    QStringList m_keychainEntries;
};

} // namespace Hubstate::Core
