#pragma once

#include "recovery.h"

#include <QDateTime>
#include <memory>

namespace Hubstate::Core {

class Destination;
class PreferencesStore;

// The recovery cascade one rung at a time, so that a person can answer in between: the
// catalog's verified backups newest first, the other backups in the profile's folder, the
// configured remote destination's, then the defaults. Nothing is moved until a rung has been
// staged and validated (or the defaults are chosen): the damaged files go aside together into
// corrupt-<time>/ only then. A backup that needs a password the keys do not open stops the
// cascade before it is given up (NeedsPassword), unless passwords are not to be asked for
// (Recovery::recover, the CLI), where it counts as a rung that failed.
class RecoveryCascade
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::RecoveryCascade)

public:
    struct Rung
    {
        QString label; // the file's path or URL, as messages name it
        QString file; // local path; for a remote rung, the name at `remote`
        QString remote; // a remote rung's destination; empty for local ones
        QDateTime createdAt; // from the file's name; invalid when it tells none
    };
    enum class Stop {
        Recovered, // a backup was restored: outcome().restoredFrom
        NeedsPassword, // current() is encrypted and the keys do not open it
        Exhausted, // no rung is left: startEmpty() or another way (the wizard)
    };

    RecoveryCascade(Profile profile, const SecretStore *secrets);
    ~RecoveryCascade();
    RecoveryCascade(const RecoveryCascade &) = delete;
    RecoveryCascade &operator=(const RecoveryCascade &) = delete;

    void setAskForPasswords(bool ask) { m_askForPasswords = ask; }

    // The full check (integrity_check), then the local rungs. Nothing to recover when the
    // finding is not damaged.
    [[nodiscard]] Result<Recovery::Finding> begin();
    const QList<Rung> &rungs() const { return m_rungs; } // local ones; remote ones once listed

    // Tries the rungs from the current one with `keys` (for a remote rung: fetched first).
    // Runs on any one thread at a time.
    [[nodiscard]] Result<Stop> run(const BackupReader::Keys &keys);
    // The rung that waits for a password (after NeedsPassword); null otherwise.
    const Rung *current() const;
    // Why it waits: no password was given, or the one given is wrong.
    bool wrongPassword() const { return m_wrongPassword; }
    // Gives the current rung up (recorded in the outcome's attempts); run() goes on after it.
    void skip();

    // The defaults: the damaged files go aside, a new empty database, no settings file (but
    // what came before the cut of a settings file cut short is kept).
    [[nodiscard]] Status startEmpty();

    const Recovery::Outcome &outcome() const { return m_outcome; }

private:
    Result<bool> attempt(const Rung &rung, const BackupReader::Keys &keys);
    Status moveAside();
    void listRemote();

    Profile m_profile;
    const SecretStore *m_secrets;
    bool m_askForPasswords = true;
    bool m_remoteListed = false;
    bool m_wrongPassword = false;
    std::unique_ptr<PreferencesStore> m_remoteSettings; // backup.allowInsecureHttp
    std::unique_ptr<Destination> m_remote;
    QList<Rung> m_rungs;
    qsizetype m_next = 0; // the rung run() tries next
    Recovery::Outcome m_outcome;
};

} // namespace Hubstate::Core
