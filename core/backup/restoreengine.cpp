#include "restoreengine.h"

#include "backupengine.h"
#include "core/common/atomicfile.h"
#include "core/common/filelock.h"
#include "core/common/inputlimits.h"
#include "core/common/privatefiles.h"
#include "core/common/strictjson.h"
#include "core/crypto/containerformat.h"
#include "core/crypto/primitives.h"
#include "core/live/changeannouncer.h"
#include "core/secrets/backupkeys.h"
#include "core/secrets/secretstore.h"
#include "core/settings/inifile.h"
#include "core/settings/preferencesstore.h"
#include "core/settings/settingsmigrator.h"
#include "core/settings/settingsschema.h"
#include "core/state/databasesnapshot.h"
#include "core/state/secretindex.h"
#include "core/state/statedatabase.h"
#include "operationlock.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStorageInfo>
#include <memory>
#include <sqlite3.h>

namespace Hubstate::Core {

namespace {

// The secrets entry, read strictly; a backup without one has none.
Result<QJsonArray> secretList(const QByteArray &json)
{
    if (json.isEmpty())
        return QJsonArray();
    const Result<QJsonObject> secrets =
        StrictJson(BackupManifest::secretsEntry(), InputLimits::secretsBytes, ErrorCode::Damaged)
            .readObject(json, RestoreEngine::tr("must be a JSON object"));
    if (!secrets)
        return secrets.error();
    return secrets->value(QStringLiteral("secrets")).toArray();
}

QString journalPath(const Profile &profile)
{
    return profile.stateDirectory() + QStringLiteral("/restore-journal.json");
}

QString stagingFolder(const Profile &profile)
{
    return QFileInfo(profile.databaseFile()).absolutePath() + QStringLiteral("/.restore-staging");
}

struct Closer
{
    void operator()(sqlite3 *handle) const { sqlite3_close_v2(handle); }
};
using Handle = std::unique_ptr<sqlite3, Closer>;

Handle openDatabase(const QString &path, int flags)
{
    sqlite3 *raw = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    sqlite3_busy_timeout(raw, 10000);
    return Handle(raw);
}

// id -> name and a fingerprint of the whole row, for the preview.
struct Row
{
    QString name;
    QByteArray fingerprint;
};
QMap<QString, Row> rowsOf(const QString &path, const char *sql)
{
    QMap<QString, Row> rows;
    if (!QFile::exists(path))
        return rows;
    Handle handle = openDatabase(path, SQLITE_OPEN_READONLY);
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle.get(), sql, -1, &statement, nullptr) == SQLITE_OK) {
        while (sqlite3_step(statement) == SQLITE_ROW) {
            const auto text = [statement](int column) {
                return QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, column)));
            };
            rows.insert(text(0), Row{text(1), text(2).toUtf8()});
        }
    }
    sqlite3_finalize(statement);
    return rows;
}

QList<RestoreEngine::ItemChange> compareRows(const QMap<QString, Row> &before,
                                             const QMap<QString, Row> &after)
{
    using Kind = RestoreEngine::ItemChange::Kind;
    QList<RestoreEngine::ItemChange> changes;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto old = before.constFind(it.key());
        if (old == before.cend())
            changes.append({Kind::Added, it.key(), it->name});
        else if (old->fingerprint != it->fingerprint)
            changes.append({Kind::Changed, it.key(), it->name});
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            changes.append({Kind::Removed, it.key(), it->name});
    }
    return changes;
}

const char kLayoutRows[] = "SELECT id, name, name || char(31) || type || char(31) || document "
                           "FROM layouts";
const char kAgentRows[] =
    "SELECT id, name, name || char(31) || kind || char(31) || endpoint || char(31) || model || "
    "char(31) || timeout_ms || char(31) || retry_attempts || char(31) || enabled || char(31) || "
    "ifnull(secret_name, '') FROM agents";

Status runScript(sqlite3 *handle, const QString &script, const QString &what)
{
    char *message = nullptr;
    if (sqlite3_exec(handle, script.toUtf8().constData(), nullptr, nullptr, &message)
        != SQLITE_OK) {
        const QString text = QString::fromUtf8(message);
        sqlite3_free(message);
        return Error::operationFailed(
            QCoreApplication::translate("Hubstate::Core::RestoreEngine",
                                        "Cannot prepare the restored %1: %2")
                .arg(what, text));
    }
    return {};
}

// The staged database may take the disk's room, less a margin that keeps the rest of the
// system (and the swap that follows) working.
Status checkRoom(const QString &folder, qint64 needed, const QString &file)
{
    constexpr qint64 margin = 64 * 1024 * 1024;
    QStorageInfo storage(folder);
    storage.refresh();
    const qint64 available = storage.bytesAvailable();
    if (available >= 0 && needed + margin > available) {
        return Error::operationFailed(
            QCoreApplication::translate("Hubstate::Core::RestoreEngine",
                                        "Not enough room to restore %1: its database needs %2 "
                                        "MiB in %3, where %4 MiB are free")
                .arg(file)
                .arg((needed + margin) / (1024 * 1024))
                .arg(folder)
                .arg(available / (1024 * 1024)));
    }
    return {};
}

// The secrets a staged backup holds, as name -> base64 value; only from an authenticated
// container (BackupReader refuses plain archives that carry any).
Result<QJsonArray> stagedSecrets(const QByteArray &json, const BackupManifest &manifest)
{
    if (!manifest.isAuthenticated())
        return QJsonArray();
    return secretList(json);
}

RawSettings settingsWithoutMeta(const QString &path)
{
    Result<RawSettings> raw = IniFile::read(path);
    RawSettings values = raw ? *raw : RawSettings();
    values.removeIf([](auto it) { return it.key().startsWith(QLatin1String("meta/")); });
    return values;
}

} // namespace

struct RestoreEngine::Staging
{
    // Held while the folder is in use, so that another program's completePending() leaves it.
    std::unique_ptr<FileLock> lock;
    QString folder;
    QString database; // migrated to the current version, integrity checked
    QString settings; // migrated; empty when the backup holds none
    QByteArray secrets; // secrets.json; wiped when done
    BackupManifest manifest;

    ~Staging() { Crypto::wipe(secrets); }
};

RestoreEngine::RestoreEngine(Profile profile, PreferencesStore *settings,
                             const SecretStore *secrets)
    : m_profile(std::move(profile))
    , m_settings(settings)
    , m_secrets(secrets)
{
}

RestoreEngine::~RestoreEngine()
{
    discardStaging();
}

QString RestoreEngine::partName(Part part)
{
    switch (part) {
    case Part::Settings: return QStringLiteral("settings");
    case Part::Layouts: return QStringLiteral("layouts");
    case Part::Agents: return QStringLiteral("agents");
    case Part::History: return QStringLiteral("history");
    case Part::Secrets: return QStringLiteral("secrets");
    }
    return {};
}

QList<RestoreEngine::Part> RestoreEngine::allParts()
{
    return {Part::Settings, Part::Layouts, Part::Agents, Part::History, Part::Secrets};
}

Result<QSet<RestoreEngine::Part>> RestoreEngine::parseParts(const QString &list)
{
    QSet<Part> parts;
    for (const QString &name : list.split(u',', Qt::SkipEmptyParts)) {
        bool known = false;
        for (Part part : allParts()) {
            if (partName(part) == name.trimmed()) {
                parts.insert(part);
                known = true;
            }
        }
        if (!known) {
            return Error::invalidInput(
                tr("--only: unknown part \"%1\" (parts: settings, layouts, agents, history, "
                   "secrets)")
                    .arg(name));
        }
    }
    if (parts.isEmpty())
        return Error::invalidInput(tr("--only: name at least one part"));
    return parts;
}

bool RestoreEngine::Preview::isEmpty() const
{
    return settings.isEmpty() && layouts.isEmpty() && agents.isEmpty()
        && countsBefore == countsAfter && secrets.isEmpty();
}

void RestoreEngine::discardStaging()
{
    if (m_staging) {
        QDir(m_staging->folder).removeRecursively();
        m_staging.reset();
    }
}

Result<BackupManifest> RestoreEngine::stage(const QString &file, const BackupReader::Keys &keys)
{
    discardStaging();
    // A journal still pending belongs to an earlier restore: finish it before anything else.
    if (Result<bool> pending = completePending(m_profile); !pending)
        return pending.error();
    auto staging = std::make_unique<Staging>();
    staging->folder = stagingFolder(m_profile);
    staging->lock = std::make_unique<FileLock>(staging->folder);
    if (Status locked = staging->lock->lock(std::chrono::milliseconds(0)); !locked) {
        return Error::operationFailed(
            tr("Another restore of this profile is being prepared; try again when it is done"));
    }
    QDir(staging->folder).removeRecursively();
    if (!PrivateFiles::makePath(staging->folder))
        return Error::operationFailed(
            tr("Cannot create the staging folder %1").arg(staging->folder));
    m_staging = std::move(staging);
    Staging &s = *m_staging;

    // Written durably as it streams, so the swap later has nothing left to flush.
    DurableFile database(s.folder + QStringLiteral("/database.sqlite.partial"),
                         s.folder + QStringLiteral("/database.sqlite"));
    QFile settings(s.folder + QStringLiteral("/settings.ini"));
    QBuffer secrets(&s.secrets);
    Status databaseWritten;
    Result<BackupManifest> manifest = BackupReader::read(
        file, keys, [&](const QString &name, qint64 declaredSize) -> Result<QIODevice *> {
            QIODevice *device = nullptr;
            if (name == BackupManifest::databaseEntry())
                device = &database;
            else if (name == BackupManifest::settingsEntry())
                device = &settings;
            else if (name == BackupManifest::secretsEntry())
                device = &secrets;
            if (device == &database && !database.isOpen()) {
                if (Status room = checkRoom(s.folder, declaredSize, file); !room)
                    return room.error();
                databaseWritten = database.create();
                if (!databaseWritten)
                    return nullptr;
            }
            // The staged settings become the live file: 0600 from the start.
            if (device == &settings && !settings.isOpen())
                settings.open(QIODevice::WriteOnly, QFile::ReadOwner | QFile::WriteOwner);
            if (device && !device->isOpen())
                device->open(QIODevice::WriteOnly);
            return device;
        });
    if (manifest && databaseWritten && database.isOpen())
        databaseWritten = database.commit();
    settings.close();
    secrets.close();
    if (!manifest) {
        discardStaging();
        return manifest.error();
    }
    if (!databaseWritten) {
        discardStaging();
        return databaseWritten.error();
    }
    s.manifest = *manifest;

    const auto refuse = [this](Error error) {
        discardStaging();
        return error;
    };
    if (!s.manifest.entry(BackupManifest::databaseEntry()))
        return refuse(Error::damaged(tr("%1 holds no database").arg(file)));
    if (s.manifest.databaseVersion > StateDatabase::currentVersion) {
        return refuse(Error::invalidInput(
            tr("%1 was made by a newer Hubstate (database schema %2; this version knows up to "
               "%3). Update Hubstate to restore it.")
                .arg(file)
                .arg(s.manifest.databaseVersion)
                .arg(StateDatabase::currentVersion),
            ContainerFormat::newerFormat));
    }
    if (s.manifest.settingsVersion > SettingsSchema::currentFileVersion) {
        return refuse(Error::invalidInput(
            tr("%1 was made by a newer Hubstate (settings file version %2; this version knows "
               "up to %3). Update Hubstate to restore it.")
                .arg(file)
                .arg(s.manifest.settingsVersion)
                .arg(SettingsSchema::currentFileVersion),
            ContainerFormat::newerFormat));
    }

    // Migrate forward (only when older) and check, all in staging.
    s.database = s.folder + QStringLiteral("/database.sqlite");
    const bool migrate = s.manifest.databaseVersion < StateDatabase::currentVersion;
    if (migrate) {
        StateDatabase staged;
        if (Status opened = staged.open(s.database); !opened)
            return refuse(opened.error());
    }
    // The staged file is the snapshot byte for byte (its SHA-256 matched the manifest); when
    // the snapshot passed both checks as the backup was made, and migrating changed nothing,
    // they would find the same again.
    // Only a manifest that this profile's own key vouches for is believed on that point.
    const bool checkedAtBackup = !migrate
        && s.manifest.provenance == BackupManifest::Provenance::ProfileKey
        && s.manifest.databaseChecks.contains(QStringLiteral("integrity_check"))
        && s.manifest.databaseChecks.contains(QStringLiteral("foreign_key_check"));
    Result<QStringList> problems =
        checkedAtBackup ? Result<QStringList>(QStringList()) : DatabaseSnapshot::verify(s.database);
    if (!problems)
        return refuse(problems.error());
    if (!problems->isEmpty()) {
        return refuse(Error::damaged(tr("The database in %1 fails its integrity check: %2")
                                         .arg(file, problems->join(QStringLiteral("; ")))));
    }
    QFile::remove(s.database + QStringLiteral("-wal"));
    QFile::remove(s.database + QStringLiteral("-shm"));
    if (s.manifest.entry(BackupManifest::settingsEntry())) {
        s.settings = settings.fileName();
        // A profile that never wrote a setting is backed up with an empty settings file;
        // put in place as it is, it would read as a file cut short. Written as the store
        // writes "every setting at its default", it reads as that.
        if (QFileInfo(s.settings).size() == 0) {
            if (Status written =
                    IniFile::write(s.settings,
                                   {{QStringLiteral("meta/fileVersion"),
                                     QString::number(SettingsSchema::currentFileVersion)}});
                !written)
                return refuse(written.error());
        } else if (s.manifest.settingsVersion < SettingsSchema::currentFileVersion) {
            Result<SettingsMigrator::Plan> migrated = SettingsMigrator::migrateFile(
                s.settings, SettingsSchema::currentFileVersion, false);
            if (!migrated)
                return refuse(migrated.error());
        } else {
            if (Result<RawSettings> raw = IniFile::read(s.settings); !raw)
                return refuse(raw.error());
        }
    }
    return s.manifest;
}

Result<RestoreEngine::Preview> RestoreEngine::preview(const QSet<Part> &parts)
{
    if (!m_staging)
        return Error::invalidInput(tr("No backup is staged"));
    const Staging &s = *m_staging;
    const QString live = m_profile.databaseFile();
    Preview preview;
    if (parts.contains(Part::Settings) && !s.settings.isEmpty()) {
        const RawSettings before = settingsWithoutMeta(m_profile.settingsFile());
        const RawSettings after = settingsWithoutMeta(s.settings);
        QStringList keys = before.keys() + after.keys();
        keys.removeDuplicates();
        keys.sort();
        for (const QString &key : keys) {
            if (before.value(key) != after.value(key)
                || before.contains(key) != after.contains(key))
                preview.settings.append(
                    {IniFile::dottedKey(key), before.value(key), after.value(key)});
        }
    }
    if (parts.contains(Part::Layouts))
        preview.layouts = compareRows(rowsOf(live, kLayoutRows), rowsOf(s.database, kLayoutRows));
    if (parts.contains(Part::Agents))
        preview.agents = compareRows(rowsOf(live, kAgentRows), rowsOf(s.database, kAgentRows));
    if (parts.contains(Part::History)) {
        const auto counts = [](const QString &path) {
            QMap<QString, qint64> found;
            if (Result<DatabaseSnapshot::Facts> facts = DatabaseSnapshot::inspect(path)) {
                found.insert(QStringLiteral("conversations"),
                             facts->counts.value(QStringLiteral("conversations")));
                found.insert(QStringLiteral("messages"),
                             facts->counts.value(QStringLiteral("messages")));
            }
            return found;
        };
        preview.countsBefore = QFile::exists(live) ? counts(live) : QMap<QString, qint64>{};
        preview.countsAfter = counts(s.database);
    }
    if (parts.contains(Part::Secrets)) {
        const Result<QJsonArray> list = stagedSecrets(s.secrets, s.manifest);
        if (!list)
            return list.error();
        for (const QJsonValue &value : *list) {
            const QString name = value.toObject().value(QStringLiteral("name")).toString();
            if (name == BackupKeys::masterKeyName())
                preview.holdsBackupKey = true;
            else
                preview.secrets.append(name);
        }
    }
    return preview;
}

Result<QString> RestoreEngine::buildDatabase(const QSet<Part> &parts)
{
    const Staging &s = *m_staging;
    const bool layouts = parts.contains(Part::Layouts);
    const bool agents = parts.contains(Part::Agents);
    const bool history = parts.contains(Part::History);
    if (!layouts && !agents && !history)
        return QString();
    if ((layouts && agents && history) || !QFile::exists(m_profile.databaseFile()))
        return s.database;

    // Only some parts: the current database with those tables taken from the backup.
    const QString combined = s.folder + QStringLiteral("/combined.sqlite");
    if (Status taken = DatabaseSnapshot::take(m_profile.databaseFile(), combined); !taken)
        return taken.error();
    Handle handle = openDatabase(combined, SQLITE_OPEN_READWRITE);
    QString script = QStringLiteral("ATTACH DATABASE '%1' AS b; BEGIN;")
                         .arg(QString(s.database).replace(u'\'', QStringLiteral("''")));
    if (layouts) {
        script += QStringLiteral("DELETE FROM layout_tags; DELETE FROM layouts;"
                                 "INSERT INTO layouts SELECT * FROM b.layouts;"
                                 "INSERT INTO layout_tags SELECT * FROM b.layout_tags;");
    }
    if (agents)
        script += QStringLiteral("DELETE FROM agents; INSERT INTO agents SELECT * FROM b.agents;");
    if (history) {
        // Triggers off while a million rows move; the index is rebuilt once at the end.
        QStringList triggers;
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(handle.get(),
                           "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                           "tbl_name = 'messages'",
                           -1, &statement, nullptr);
        QString drop;
        while (statement && sqlite3_step(statement) == SQLITE_ROW) {
            drop += QStringLiteral("DROP TRIGGER %1;")
                        .arg(QString::fromUtf8(
                            reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
            triggers.append(QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 1))));
        }
        sqlite3_finalize(statement);
        script += drop
            + QStringLiteral("DELETE FROM messages; DELETE FROM conversations;"
                             "DELETE FROM connection_log;"
                             "INSERT INTO conversations SELECT * FROM b.conversations;"
                             "INSERT INTO messages SELECT * FROM b.messages;"
                             "INSERT INTO connection_log SELECT * FROM b.connection_log;"
                             "INSERT INTO messages_fts(messages_fts) VALUES ('rebuild');");
        for (const QString &trigger : triggers)
            script += trigger + u';';
    }
    script += QStringLiteral("COMMIT; DETACH DATABASE b;");
    if (Status ran = runScript(handle.get(), script, tr("database")); !ran)
        return ran.error();
    handle.reset();
    return combined;
}

Result<RestoreEngine::Report> RestoreEngine::apply(const QSet<Part> &requested,
                                                   const Options &options)
{
    if (!m_staging)
        return Error::invalidInput(tr("No backup is staged"));
    const Staging &s = *m_staging;
    QSet<Part> parts = requested;
    if (parts.isEmpty()) {
        parts = {Part::Layouts, Part::Agents, Part::History};
        if (!s.settings.isEmpty())
            parts.insert(Part::Settings);
        if (s.manifest.includesSecrets)
            parts.insert(Part::Secrets);
    }
    if (parts.contains(Part::Secrets) && !s.manifest.includesSecrets)
        return Error::invalidInput(tr("This backup holds no secrets to restore."));
    if (parts.contains(Part::Secrets) && !s.manifest.isAuthenticated())
        return Error::damaged(tr("Secrets are restored only from an encrypted backup."));
    if (options.restoreBackupKey && !parts.contains(Part::Secrets))
        return Error::invalidInput(tr("The backup key is restored only with the secrets."));
    if (parts.contains(Part::Settings) && s.settings.isEmpty())
        return Error::invalidInput(tr("This backup holds no settings to restore."));
    if (parts.contains(Part::Secrets)) {
        if (!m_secrets)
            return Error::operationFailed(tr("Secrets cannot be restored without a keychain."));
        const SecretStore::HealthReport health = m_secrets->probe();
        if (health.health != SecretStore::Health::Healthy)
            return Error::operationFailed(health.message);
    }

    Report report;
    Result<Preview> changes = preview(parts);
    if (!changes)
        return changes.error();
    report.changes = *changes;
    // Nothing to do, and no way to tell (history is compared by counts only): done.
    if (options.dryRun
        || (report.changes.isEmpty() && !parts.contains(Part::History)
            && !options.restoreBackupKey))
        return report;
    const auto step = [&options](const QString &stage) {
        return !options.progress || options.progress(stage);
    };

    // 1. The way back.
    if (options.safetyBackup && m_settings) {
        if (!step(tr("Safety backup")))
            return Error::operationFailed(tr("The restore was cancelled; nothing was changed."));
        BackupEngine backups(m_profile, *m_settings, m_secrets);
        BackupEngine::Options safety;
        safety.destination = m_profile.backupDirectory();
        safety.label = QStringLiteral("safety");
        safety.prune = false;
        safety.fileLayer = options.fileLayer;
        safety.encrypt = m_secrets && BackupKeys(*m_secrets).load().ok();
        Result<BackupEngine::Outcome> taken = backups.create(safety);
        if (!taken) {
            return Error::operationFailed(
                tr("The safety backup failed, so nothing was restored: %1")
                    .arg(taken.error().message));
        }
        report.safetyBackup = taken->location;
    }

    // What the state must look like afterwards, read before the staged files move.
    const RawSettings expectedSettings =
        parts.contains(Part::Settings) ? settingsWithoutMeta(s.settings) : RawSettings();
    const QMap<QString, Row> expectedLayouts = rowsOf(s.database, kLayoutRows);
    const QMap<QString, Row> expectedAgents = rowsOf(s.database, kAgentRows);
    const QMap<QString, qint64> expectedCounts = report.changes.countsAfter;

    // 2. The new files, complete, then the journal that makes swapping them all-or-nothing;
    // no backup or prune of this profile meanwhile.
    OperationLock lock(m_profile);
    if (Status locked = lock.tryLock(); !locked)
        return locked.error();
    if (!step(tr("Prepare")))
        return Error::operationFailed(tr("The restore was cancelled; nothing was changed."));
    Result<QString> database = buildDatabase(parts);
    if (!database)
        return database.error();
    QJsonArray steps;
    if (!database->isEmpty()) {
        steps.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("database")},
                                 {QStringLiteral("from"), *database},
                                 {QStringLiteral("to"), m_profile.databaseFile()}});
    }
    if (parts.contains(Part::Settings)) {
        steps.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("settings")},
                                 {QStringLiteral("from"), s.settings},
                                 {QStringLiteral("to"), m_profile.settingsFile()}});
        PrivateFiles::makePath(QFileInfo(m_profile.settingsFile()).absolutePath());
    }
    for (const QJsonValue &value : steps) {
        if (Status synced =
                AtomicFile::sync(value.toObject().value(QStringLiteral("from")).toString());
            !synced) {
            return synced.error();
        }
    }
    PrivateFiles::makePath(m_profile.stateDirectory());
    if (!step(tr("Restore")))
        return Error::operationFailed(tr("The restore was cancelled; nothing was changed."));
    FileLayer &files = options.fileLayer ? *options.fileLayer : FileLayer::system();
    if (Status written = writeFileAtomically(
            journalPath(m_profile),
            QJsonDocument(QJsonObject{{QStringLiteral("steps"), steps}}).toJson(), files);
        !written) {
        return written.error();
    }

    // 3. The swaps.
    if (options.beforeSwap)
        options.beforeSwap();
    Result<bool> swapped = finishJournal(m_profile);
    if (options.afterSwap)
        options.afterSwap();
    if (!swapped)
        return swapped.error();

    // 4. The keychain.
    if (parts.contains(Part::Secrets)) {
        QStringList written;
        const Result<QJsonArray> list = stagedSecrets(s.secrets, s.manifest);
        if (!list)
            return list.error();
        for (const QJsonValue &value : *list) {
            const QJsonObject secret = value.toObject();
            // The key every later backup is sealed with: replaced only when asked in so many
            // words, never as a side effect of restoring the API keys.
            if (secret.value(QStringLiteral("name")).toString() == BackupKeys::masterKeyName()
                && !options.restoreBackupKey) {
                continue;
            }
            QByteArray bytes =
                QByteArray::fromBase64(secret.value(QStringLiteral("value")).toString().toLatin1());
            Status stored =
                m_secrets->write(secret.value(QStringLiteral("name")).toString(), bytes);
            Crypto::wipe(bytes);
            if (!stored)
                return stored.error();
            written.append(secret.value(QStringLiteral("name")).toString());
        }
        if (Status indexed = indexSecrets(written); !indexed)
            report.notices.append(indexed.error().message);
    }

    // 5. Did it take? The current state must now be what was staged.
    const QString live = m_profile.databaseFile();
    QStringList differs;
    if (parts.contains(Part::Settings)
        && settingsWithoutMeta(m_profile.settingsFile()) != expectedSettings)
        differs.append(partName(Part::Settings));
    if (parts.contains(Part::Layouts)
        && !compareRows(rowsOf(live, kLayoutRows), expectedLayouts).isEmpty())
        differs.append(partName(Part::Layouts));
    if (parts.contains(Part::Agents)
        && !compareRows(rowsOf(live, kAgentRows), expectedAgents).isEmpty())
        differs.append(partName(Part::Agents));
    if (parts.contains(Part::History)) {
        Result<DatabaseSnapshot::Facts> facts = DatabaseSnapshot::inspect(live);
        if (!facts
            || facts->counts.value(QStringLiteral("conversations"))
                != expectedCounts.value(QStringLiteral("conversations"))
            || facts->counts.value(QStringLiteral("messages"))
                != expectedCounts.value(QStringLiteral("messages"))) {
            differs.append(partName(Part::History));
        }
    }
    if (!differs.isEmpty()) {
        return Error::operationFailed(
            tr("The restore did not take effect for %1: the current state differs from the "
               "backup. The safety backup %2 holds the state from before.")
                .arg(differs.join(QStringLiteral(", ")), report.safetyBackup));
    }
    // The files were put in place whole, not written through the store or a transaction.
    ChangeAnnouncer::announce(m_profile.settingsFile());
    ChangeAnnouncer::announce(m_profile.databaseFile());
    if (m_settings) {
        if (Status reread = m_settings->open(); !reread)
            report.notices.append(
                tr("The settings were restored, but this program could not read them again: "
                   "%1. Start it again to see them.")
                    .arg(reread.error().message));
    }
    discardStaging();
    return report;
}

Status RestoreEngine::indexSecrets(const QStringList &names) const
{
    // What was written to the keychain is recorded in the (now current) index, so that
    // `secret list`, the next backup and privacy delete know of it. The backup master key is
    // never indexed: backups would then carry it.
    StateDatabase database;
    Status opened = database.open(m_profile.databaseFile());
    for (const QString &name : names) {
        if (opened && name != BackupKeys::masterKeyName())
            opened = SecretIndex(database).record(name, {});
    }
    if (!opened)
        return Error::operationFailed(
            tr("The secrets were restored to the keychain but not recorded in the index (%1): "
               "%2")
                .arg(opened.error().message, names.join(QStringLiteral(", "))));
    return {};
}

Result<RestoreEngine::Report>
RestoreEngine::restore(const QString &file, const BackupReader::Keys &keys, const Options &options)
{
    Result<BackupManifest> staged = stage(file, keys);
    if (!staged)
        return staged.error();
    Result<Report> report = apply(options.parts, options);
    discardStaging();
    return report;
}

Result<bool> RestoreEngine::completePending(const Profile &profile)
{
    if (!QFile::exists(journalPath(profile))) {
        // Left by a restore that never swapped, unless one is preparing it right now.
        FileLock staging(stagingFolder(profile));
        if (QFileInfo::exists(stagingFolder(profile))
            && staging.lock(std::chrono::milliseconds(0)))
            QDir(stagingFolder(profile)).removeRecursively();
        return false;
    }
    // A journal: a restore is swapping now (it holds the operation lock for a few renames),
    // or one died while swapping. Wait for the first; finish for the second.
    OperationLock lock(profile);
    if (Status locked = lock.lock(FileLock::defaultWait); !locked)
        return locked.error();
    if (!QFile::exists(journalPath(profile)))
        return false; // the restore finished its swap meanwhile
    return finishJournal(profile);
}

Result<bool> RestoreEngine::finishJournal(const Profile &profile)
{
    const QString journal = journalPath(profile);
    QFile file(journal);
    if (!file.exists())
        return false;
    if (!file.open(QIODevice::ReadOnly))
        return Error::operationFailed(tr("Cannot read %1: %2").arg(journal, file.errorString()));
    StrictJson reader(journal, InputLimits::restoreJournalBytes, ErrorCode::Damaged);
    const Result<QJsonObject> document = reader.readObject(
        file.read(InputLimits::restoreJournalBytes + 1), tr("must be a JSON object"));
    file.close();
    if (!document) {
        return Error::damaged(tr("%1: the restore journal cannot be read (%2); the restore it "
                                 "records cannot be completed")
                                  .arg(journal, document.error().message));
    }
    for (const QJsonValue &value : document->value(QStringLiteral("steps")).toArray()) {
        const QJsonObject step = value.toObject();
        const QString from = step.value(QStringLiteral("from")).toString();
        const QString to = step.value(QStringLiteral("to")).toString();
        if (!QFile::exists(from))
            continue; // swapped before the interruption
        const bool database =
            step.value(QStringLiteral("kind")).toString() == QLatin1String("database");
        if (database) {
            // The old database's log must not be replayed into the new one.
            QFile::remove(to + QStringLiteral("-wal"));
            QFile::remove(to + QStringLiteral("-shm"));
        }
        // A `config set` reads, changes and writes the settings under their lock: the restored
        // file goes in between two of them, never under one that would write the old back.
        FileLock settingsLock(to);
        if (!database) {
            if (Status locked = settingsLock.lock(); !locked)
                return locked.error();
        }
        if (Status moved = AtomicFile::replace(from, to); !moved)
            return moved.error();
    }
    if (!QFile::remove(journal))
        return Error::operationFailed(
            tr("Cannot remove the finished restore journal %1").arg(journal));
    QDir(stagingFolder(profile)).removeRecursively();
    return true;
}

} // namespace Hubstate::Core
