#pragma once

#include "core/common/result.h"
#include "core/profile/profile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace Hubstate::Core {

class PreferencesStore;
class SecretStore;
class StateDatabase;

// How a SyncEngine runs; defaults suit the programs, tests change them.
struct SyncEngineOptions
{
    // Milliseconds since the epoch; tests give a device a wrong clock.
    std::function<qint64()> wallClock;
    // Attempts of one request inside a sync (network errors, 5xx); sync.retryAttempts
    // governs the whole sync's retries (SyncScheduler).
    int requestAttempts = 2;
    std::chrono::milliseconds requestStallTimeout{30000};
    // Segments of its own a device keeps before it writes a snapshot instead.
    int segmentsBeforeSnapshot = 16;
};

// Keeps the user's settings (user layer, device-local keys left out), layouts, agent
// configurations and, when sync.includeSecrets, secrets in step with other devices through a
// sync store: a plain folder or a WebDAV collection of opaque, encrypted files (docs/sync.md).
//
// Each device writes only files of its own: numbered segments of change records and, now and
// then, a snapshot that replaces its older segments. Everyone lists the folder and reads the
// others' new files. Changes carry a version vector (which edits of the item they had seen)
// and a hybrid logical clock stamp (which one is newer, without trusting wall clocks).
// Local changes are found by comparing the profile with what was last synced, and wait in the
// database's outbox until a segment holding them has been stored.
//
// Every call is synchronous and opens what it needs from the profile; the GUI calls it from a
// worker thread (SyncScheduler). Calls of two programs on one profile are serialised by a lock.
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::SyncEngine)

public:
    enum class Policy { LastWriteWins, Merge, Prompt }; // sync.conflictResolution
    enum class JoinMode { MergeLocal, TakeRemote };
    enum class Resolution { Mine, Theirs };

    using Options = SyncEngineOptions;

    struct Report
    {
        int sent = 0; // changes stored in a new segment
        int received = 0; // changes of other devices read
        int applied = 0; // of those, changed something here
        int conflicts = 0; // new conflicts (all policies; see conflicts())
        int refused = 0; // records refused (invalid, tampered, newer format)
        int requests = 0; // requests to the store (listing, reads, writes, removals)
        qint64 bytesSent = 0;
        qint64 bytesReceived = 0;
        QStringList problems; // one line per refused file or record: device, record, rule
        QStringList notices; // e.g. a locked key's synced value kept without effect
        bool compacted = false;
        // Set when files or records were refused: a summary with every problem line, and the
        // code a CLI exits with (Damaged before InvalidInput). Everything else was done.
        std::optional<Error> refusal;
    };

    struct Device
    {
        QString id; // 16 hex digits
        QString name;
        bool self = false;
        QDateTime lastSeen; // when it last wrote to the store (its own clock, for people)
        qint64 segmentsRead = 0; // of its segments, how many this device has read
    };

    struct Status_
    {
        bool configured = false;
        QString destination; // as messages show it (no password)
        QString deviceId;
        QString deviceName;
        QDateTime lastSync; // last sync that completed
        QDateTime lastAttempt;
        QString lastError; // empty after a sync that completed
        int pending = 0; // local changes not yet stored
        int openConflicts = 0;
        QList<Device> devices;
    };

    struct Conflict
    {
        qint64 id = 0;
        QString item; // "setting:KEY", "layout:ID", "agent:ID", "secret:NAME"
        QString kind; // setting | layout | agent | secret
        QString label; // for people: the key, or the layout's or agent's name
        // The values as JSON; undefined for "deleted" (and for a base that is not known). A
        // setting's value is {"value": V}; a layout or agent is its document; a secret's
        // value is never shown, only the text "(secret)".
        QJsonValue mine;
        QJsonValue theirs;
        QJsonValue base;
        QString theirDevice; // id
        QString theirDeviceName;
        QString policy; // the policy that made it: last-write-wins | merge | prompt
        QString state; // open | kept-mine | took-theirs | automatic (LWW, logged)
        QStringList fields; // merge: the fields changed on both sides
        QDateTime detected;
    };

    SyncEngine(Profile profile, PreferencesStore &settings, StateDatabase &database,
               const SecretStore *secrets, Options options = Options());
    ~SyncEngine();
    SyncEngine(const SyncEngine &) = delete;
    SyncEngine &operator=(const SyncEngine &) = delete;

    static QString policyId(Policy policy);
    static std::optional<Policy> policyFromId(const QString &id);

    bool isConfigured() const;

    // Creates a sync store at `destination` (a folder or a WebDAV URL whose password is in the
    // keychain) and joins it as its first device. Refuses (InvalidInput) when the place
    // already holds a store. The key derived from `passphrase` goes to the keychain.
    [[nodiscard]] Status init(const QString &destination, const QString &passphrase,
                              const QString &deviceName = {});
    // Joins the store at `destination`: WrongPassword when the passphrase does not open it.
    // Reads everything first; MergeLocal then sends this device's own changes (those that
    // differ from the defaults) as edits made before it joined, TakeRemote replaces them.
    [[nodiscard]] Status join(const QString &destination, const QString &passphrase,
                              JoinMode mode, const QString &deviceName = {});
    // Sends local changes, reads the other devices' and applies them. A file that fails to
    // decrypt (Damaged) or a record that fails validation is refused, named in the report's
    // problems and `refusal`, and the rest goes on. Server and network failures are errors
    // (OperationFailed), as are a missing key or a store that is not this device's.
    [[nodiscard]] Result<Report> syncNow();

    [[nodiscard]] Result<Status_> status() const;
    // Open conflicts first, then (with `all`) the ones resolved or logged, newest first.
    [[nodiscard]] Result<QList<Conflict>> conflicts(bool all = false) const;
    // Puts mine or theirs in force here and sends it as a new change every device takes.
    [[nodiscard]] Status resolve(qint64 conflictId, Resolution resolution);
    [[nodiscard]] Result<QList<Device>> devices();
    [[nodiscard]] Status renameDevice(const QString &deviceId, const QString &name);
    // Removes another device's files from the store; it is no longer waited for.
    [[nodiscard]] Status forgetDevice(const QString &deviceId);
    // Stops syncing here: removes this device's files from the store (best effort), its sync
    // key from the keychain and the sync state from the database. Settings stay as they are.
    [[nodiscard]] Status leave();

    // Keychain entry of the derived sync key for this profile.
    static QString keySecretName();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Hubstate::Core
