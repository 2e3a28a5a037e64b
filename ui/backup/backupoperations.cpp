#include "backupoperations.h"

#include "core/backup/backupengine.h"
#include "core/backup/operationlock.h"
#include "core/common/privatefiles.h"
#include "core/secrets/backupkeys.h"
#include "core/secrets/secretstore.h"
#include "core/settings/preferencesstore.h"

#include <QDir>
#include <QTemporaryDir>

namespace Hubstate::Ui {

namespace {

using Outcome = BackupJob::Outcome;

bool isRemote(const QString &destination)
{
    return Core::isRemoteSpec(destination);
}

// The keychain is asked only for an encrypted file: without a Secret Service the question
// takes as long as its time-out.
Core::BackupReader::Keys readingKeys(BackupJob::Context &context, const QString &file,
                                     const QString &password)
{
    if (Core::BackupReader::isEncrypted(file))
        return context.engine.readingKeys(password);
    Core::BackupReader::Keys keys;
    keys.password = password;
    return keys;
}

// A backup at a WebDAV server or in an S3 bucket is fetched to a scratch folder and read there
// in full.
Outcome verifyRemote(BackupJob::Context &context, const Core::BackupRecord &record,
                     const QString &password)
{
    Core::Result<std::unique_ptr<Core::Destination>> opened =
        Core::openDestination(record.destination, &context.secrets, &context.settings);
    if (!opened)
        return {false, opened.error().message, {}};
    Core::PrivateFiles::makePath(
        context.profile.cacheDirectory()); // else the scratch folder says why
    QTemporaryDir scratch(context.profile.cacheDirectory() + QStringLiteral("/verify-XXXXXX"));
    if (!scratch.isValid()) {
        return {false,
                BackupOperations::tr("Cannot create a working folder in %1: %2")
                    .arg(context.profile.cacheDirectory(), scratch.errorString()),
                {}};
    }
    const QString local = scratch.filePath(record.file);
    const auto progress = [&context](qint64 done, qint64 total) {
        return context.progress(BackupOperations::tr("Download"), done, total);
    };
    if (Core::Status fetched = (*opened)->fetch(record.file, local, progress); !fetched)
        return {false, fetched.error().message, {}};
    Core::Result<Core::BackupManifest> manifest =
        Core::BackupReader::read(local, readingKeys(context, local, password), {});
    if (!manifest)
        return {false, manifest.error().message, {}};
    Core::BackupCatalog &catalog = context.engine.catalog();
    if (Core::Status loaded = catalog.load(); !loaded)
        return {false, loaded.error().message, {}};
    Core::BackupRecord verified = record;
    verified.createdAt = manifest->createdAt;
    verified.appVersion = manifest->appVersion;
    verified.encrypted = manifest->encrypted;
    verified.includesSecrets = manifest->includesSecrets;
    verified.counts = manifest->counts;
    verified.state = Core::BackupRecord::State::Verified;
    verified.verifiedAt = QDateTime::currentDateTimeUtc();
    catalog.put(verified);
    if (Core::Status saved = catalog.save(); !saved)
        return {false, saved.error().message, {}};
    return {true, {}, {}};
}

} // namespace

BackupJob::Work BackupOperations::create(const QString &password)
{
    return [password](BackupJob::Context &context) {
        Core::BackupEngine::Options options;
        options.password = password;
        options.progress = context.progress;
        Core::Result<Core::BackupEngine::Outcome> outcome = context.engine.create(options);
        if (!outcome)
            return Outcome{false, outcome.error().message, {}};
        QString message = tr("Backed up to %1.").arg(outcome->location);
        if (!outcome->pruned.isEmpty()) {
            message += u' '
                + tr("Removed by retention: %1.").arg(outcome->pruned.join(QStringLiteral(", ")));
        }
        for (const QString &notice : std::as_const(outcome->notices))
            message += u' ' + notice;
        return Outcome{true, message, {}};
    };
}

BackupJob::Work BackupOperations::verify(const Core::BackupRecord &record, const QString &password)
{
    return [record, password](BackupJob::Context &context) {
        Outcome outcome;
        if (isRemote(record.destination)) {
            outcome = verifyRemote(context, record, password);
        } else {
            const QString file = record.destination + u'/' + record.file;
            Core::Result<Core::BackupManifest> manifest =
                context.engine.verify(file, readingKeys(context, file, password));
            outcome =
                manifest ? Outcome{true, {}, {}} : Outcome{false, manifest.error().message, {}};
        }
        outcome.message = outcome.succeeded
            ? tr("%1 is intact: every entry matches its checksum.").arg(record.file)
            : tr("%1 failed verification: %2").arg(record.file, outcome.message);
        return outcome;
    };
}

BackupJob::Work BackupOperations::remove(const Core::BackupRecord &record)
{
    return [record](BackupJob::Context &context) {
        Core::OperationLock lock(context.profile);
        if (Core::Status locked = lock.tryLock(); !locked)
            return Outcome{false, locked.error().message, {}};
        Core::Result<std::unique_ptr<Core::Destination>> opened =
            Core::openDestination(record.destination, &context.secrets, &context.settings);
        if (!opened)
            return Outcome{false, opened.error().message, {}};
        if (Core::Status removed = (*opened)->remove(record.file); !removed)
            return Outcome{false, removed.error().message, {}};
        Core::BackupCatalog &catalog = context.engine.catalog();
        if (Core::Status loaded = catalog.load(); !loaded)
            return Outcome{false, loaded.error().message, {}};
        catalog.remove(record.destination, record.file);
        if (Core::Status saved = catalog.save(); !saved)
            return Outcome{false, saved.error().message, {}};
        return Outcome{true, tr("Deleted %1 from %2.").arg(record.file, record.destination), {}};
    };
}

BackupJob::Work BackupOperations::refresh()
{
    return [](BackupJob::Context &context) {
        QVariantMap keychain;
        // Unencrypted backups need no keychain, and without a Secret Service asking it takes
        // as long as its time-out: it is asked once encryption is on.
        if (!context.settings.value(QStringLiteral("backup.encryption")).toBool()) {
            Core::Result<QList<Core::BackupRecord>> listed = context.engine.list({});
            return Outcome{bool(listed), listed ? QString() : listed.error().message, keychain};
        }
        const Core::SecretStore::HealthReport health = context.secrets.probe();
        keychain.insert(QStringLiteral("healthy"),
                        health.health == Core::SecretStore::Health::Healthy);
        keychain.insert(QStringLiteral("problem"), health.message);
        keychain.insert(QStringLiteral("hasKeys"),
                        health.health == Core::SecretStore::Health::Healthy
                            && bool(Core::BackupKeys(context.secrets).load()));
        Core::Result<QList<Core::BackupRecord>> listed = context.engine.list({});
        return Outcome{bool(listed), listed ? QString() : listed.error().message, keychain};
    };
}

} // namespace Hubstate::Ui
