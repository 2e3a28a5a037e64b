#pragma once

#include "core/common/result.h"
#include "retention.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace Hubstate::Core {

class PreferencesStore;

// One place backups go, as backup.destinations lists it (docs/admin-backup.md): a folder, a
// WebDAV server or an S3 bucket, under a name of the admin's choosing. A WebDAV password or an
// S3 secret key stays in the keychain, under the name its location gives
// (WebDavDestination::passwordSecretName, S3Destination::secretName), so each destination
// has its own.
struct BackupDestination
{
    enum class Kind { Folder, WebDav, S3 };

    // Retention counts of its own; a count not given is backup.maxBackups, backup.keepDaily,
    // backup.keepWeekly or backup.keepMonthly.
    struct Retention
    {
        std::optional<int> keepLast;
        std::optional<int> keepDaily;
        std::optional<int> keepWeekly;
        std::optional<int> keepMonthly;
        bool operator==(const Retention &) const = default;
    };

    QString name;
    Kind kind = Kind::Folder;
    QString location; // folder path, http(s):// URL, s3:// or s3+http:// URL
    bool enabled = true;
    std::optional<Retention> retention;

    bool operator==(const BackupDestination &) const = default;

    // The destination's retention: its own counts over the defaults in `settings`.
    RetentionPolicy retentionPolicy(const PreferencesStore &settings) const;
};

// backup.destinations: a JSON array of destinations, read strictly.
class BackupDestinations
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::BackupDestinations)

public:
    static constexpr int maxEntries = 16;
    static constexpr int maxNameCharacters = 64;
    static constexpr int maxLocationCharacters = 2000;

    // The list, or Error::invalidInput naming the entry (its index and name) and the rule it
    // breaks. Empty text is an empty list. `source` names the setting or file in messages.
    [[nodiscard]] static Result<QList<BackupDestination>>
    parse(const QString &json, const QString &source = QStringLiteral("backup.destinations"));
    // The compact JSON parse() reads back.
    static QString toJson(const QList<BackupDestination> &destinations);
    // The rule `json` breaks, empty when it is a sound list (the schema's text rule).
    static QString problem(const QString &json);

    // The destinations backups go to, enabled or not: backup.destinations, or when it lists
    // none, the profile's own backup folder (`ownFolder`) under the name "local".
    static QList<BackupDestination> configured(const PreferencesStore &settings,
                                               const QString &ownFolder);
    // The enabled ones of configured().
    static QList<BackupDestination> enabled(const PreferencesStore &settings,
                                            const QString &ownFolder);

    // Every location backup.destinations lists, enabled or not (whose keychain entries are
    // this profile's).
    static QStringList locations(const PreferencesStore &settings);

    // The name in `list` of the destination a catalog record names (a folder, or a URL as
    // the destination shows it: without a password, with or without its trailing slash and
    // settings); empty when none of them is it.
    static QString nameOf(const QList<BackupDestination> &list, const QString &catalogDestination);

    static QString kindName(BackupDestination::Kind kind);
    static std::optional<BackupDestination::Kind> kindNamed(const QString &name);
    // The kind a location is of: a URL's scheme, else a folder.
    static BackupDestination::Kind kindOf(const QString &location);
    // A name for a location that has none: "local", "webdav" or "s3".
    static QString defaultName(const QString &location);
    // An enabled destination at `location` with the defaults' retention, named by its kind
    // ("local", "webdav2", ...) under a name no entry of `taken` has. How the one
    // backup.destination of file version 4 joins the list.
    static BackupDestination fromLocation(const QString &location,
                                          const QList<BackupDestination> &taken = {});
    // Why `name` cannot name a destination, empty when it can.
    static QString nameProblem(const QString &name);
};

} // namespace Hubstate::Core
