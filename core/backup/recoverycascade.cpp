#include "recoverycascade.h"

#include "backupcatalog.h"
#include "backupfilename.h"
#include "core/common/privatefiles.h"
#include "core/settings/inifile.h"
#include "core/settings/preferencesstore.h"
#include "core/state/statedatabase.h"
#include "destination.h"
#include "restoreengine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace Hubstate::Core {

namespace {

// A backup named after a time ahead of the clock is tried after every other one.
bool aheadOfClock(const QString &name, const QDateTime &now)
{
    BackupRecord named;
    named.createdAt = BackupFileName::createdAt(name);
    return named.isAheadOf(now);
}

QString damageFlagPath(const Profile &profile)
{
    return profile.stateDirectory() + QStringLiteral("/database-damaged");
}

} // namespace

RecoveryCascade::RecoveryCascade(Profile profile, const SecretStore *secrets)
    : m_profile(std::move(profile))
    , m_secrets(secrets)
{
}

RecoveryCascade::~RecoveryCascade() = default;

Result<Recovery::Finding> RecoveryCascade::begin()
{
    Result<Recovery::Finding> finding = Recovery::inspect(m_profile, true);
    if (!finding)
        return finding.error();
    m_outcome = {};
    m_outcome.finding = *finding;
    m_rungs.clear();
    m_next = 0;
    m_remoteListed = false;
    if (!finding->isDamaged())
        return finding;

    BackupCatalog catalog(m_profile.backupCatalogFile(), FileLayer::system(),
                          m_profile.backupDirectory());
    // An unreadable catalog leaves the backups in the profile's folder, tried below.
    if (Status loaded = catalog.load(); !loaded)
        m_outcome.attempts.append(loaded.error().message);
    QList<BackupRecord> candidates;
    for (const BackupRecord &record : catalog.records()) {
        if (record.state == BackupRecord::State::Verified && QDir(record.destination).exists())
            candidates.append(record);
    }
    // Newest first, but a time ahead of the clock is not believed: such backups come last.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::sort(candidates.begin(), candidates.end(),
              [&now](const BackupRecord &a, const BackupRecord &b) {
                  if (a.isAheadOf(now) != b.isAheadOf(now))
                      return b.isAheadOf(now);
                  return a.createdAt > b.createdAt;
              });
    QStringList listed;
    for (const BackupRecord &record : std::as_const(candidates)) {
        const QString file = QFileInfo(record.destination + u'/' + record.file).absoluteFilePath();
        listed.append(file);
        m_rungs.append({file, file, {}, record.createdAt});
    }
    // Backups in the profile's folder that the catalog does not know (it may be lost too).
    QStringList loose =
        QDir(m_profile.backupDirectory()).entryList(QDir::Files, QDir::Name | QDir::Reversed);
    std::stable_sort(loose.begin(), loose.end(), [&now](const QString &a, const QString &b) {
        return aheadOfClock(a, now) < aheadOfClock(b, now);
    });
    for (const QString &name : std::as_const(loose)) {
        const QString file = QDir(m_profile.backupDirectory()).absoluteFilePath(name);
        if (BackupFileName::isBackupFile(name) && !listed.contains(file))
            m_rungs.append({file, file, {}, BackupFileName::createdAt(name)});
    }
    return finding;
}

const RecoveryCascade::Rung *RecoveryCascade::current() const
{
    return m_next < m_rungs.size() ? &m_rungs.at(m_next) : nullptr;
}

void RecoveryCascade::skip()
{
    if (const Rung *rung = current()) {
        m_outcome.attempts.append(tr("%1: skipped, no password was given").arg(rung->label));
        ++m_next;
    }
    m_wrongPassword = false;
}

// The remote destination, when one is configured and the settings that name it are sound
// (a damaged settings file is not read: opening it would move it aside).
void RecoveryCascade::listRemote()
{
    m_remoteListed = true;
    if (!m_outcome.finding.settingsDamage.isEmpty())
        return;
    m_remoteSettings = std::make_unique<PreferencesStore>(m_profile, Profile::policyFiles());
    if (!m_remoteSettings->open())
        return;
    const QString remote = m_remoteSettings->text(QStringLiteral("backup.destination"));
    if (!isRemoteSpec(remote)) // a WebDAV server or an S3 bucket
        return;
    Result<std::unique_ptr<Destination>> destination =
        openDestination(remote, m_secrets, m_remoteSettings.get());
    Result<QList<Destination::Entry>> entries = destination
        ? (*destination)->list()
        : Result<QList<Destination::Entry>>(destination.error());
    if (!entries) {
        m_outcome.attempts.append(tr("%1: %2").arg(displaySpec(remote), entries.error().message));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Destination::Entry> newest = *entries;
    std::sort(newest.begin(), newest.end(), [&now](const auto &a, const auto &b) {
        if (aheadOfClock(a.name, now) != aheadOfClock(b.name, now))
            return aheadOfClock(b.name, now);
        return BackupFileName::createdAt(a.name) > BackupFileName::createdAt(b.name);
    });
    for (const Destination::Entry &entry : std::as_const(newest)) {
        m_rungs.append({(*destination)->displayNameOf(entry.name), entry.name, remote,
                        BackupFileName::createdAt(entry.name)});
    }
    m_remote = std::move(destination).value();
}

Status RecoveryCascade::moveAside()
{
    if (!m_outcome.movedAside.isEmpty())
        return {};
    const Recovery::Finding &finding = m_outcome.finding;
    const QString stamp = m_profile.stateDirectory() + QStringLiteral("/corrupt-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmssZ"));
    QString aside = stamp;
    for (int n = 2; QFileInfo::exists(aside); ++n) // an earlier recovery in the same second
        aside = stamp + u'-' + QString::number(n);
    if (!PrivateFiles::makePath(aside))
        return Error::operationFailed(tr("Cannot create %1").arg(aside));
    QStringList damaged;
    if (!finding.databaseDamage.isEmpty()) {
        damaged << m_profile.databaseFile() << m_profile.databaseFile() + QStringLiteral("-wal")
                << m_profile.databaseFile() + QStringLiteral("-shm");
    }
    if (!finding.settingsDamage.isEmpty())
        damaged << m_profile.settingsFile();
    for (const QString &file : std::as_const(damaged)) {
        if (QFile::exists(file) && !QFile::rename(file, aside + u'/' + QFileInfo(file).fileName()))
            return Error::operationFailed(tr("Cannot move %1 aside into %2").arg(file, aside));
    }
    m_outcome.movedAside = aside;
    QFile::remove(damageFlagPath(m_profile));
    return {};
}

// True: restored. False: this rung is refused (recorded), or waits for a password.
Result<bool> RecoveryCascade::attempt(const Rung &rung, const BackupReader::Keys &keys)
{
    const Recovery::Finding &finding = m_outcome.finding;
    QSet<RestoreEngine::Part> parts;
    if (!finding.databaseDamage.isEmpty())
        parts << RestoreEngine::Part::Layouts << RestoreEngine::Part::Agents
              << RestoreEngine::Part::History;
    if (!finding.settingsDamage.isEmpty())
        parts << RestoreEngine::Part::Settings;

    QString file = rung.file;
    const QString download = m_profile.cacheDirectory() + QStringLiteral("/recovery-download");
    if (!rung.remote.isEmpty()) {
        PrivateFiles::makePath(m_profile.cacheDirectory());
        const Status fetched = m_remote->fetch(rung.file, download);
        if (!fetched) {
            m_outcome.attempts.append(tr("%1: %2").arg(rung.label, fetched.error().message));
            return false;
        }
        file = download;
    }
    RestoreEngine restore(m_profile, nullptr, m_secrets);
    // Staged and validated with the damaged files still in place: they move aside only for
    // a backup that will be restored.
    Result<BackupManifest> staged = restore.stage(file, keys);
    if (!staged) {
        if (!rung.remote.isEmpty())
            QFile::remove(download);
        if (staged.error().code == ErrorCode::WrongPassword && m_askForPasswords) {
            m_wrongPassword = !keys.password.isEmpty();
            return staged.error();
        }
        m_outcome.attempts.append(tr("%1: %2").arg(rung.label, staged.error().message));
        return false;
    }
    if (parts.contains(RestoreEngine::Part::Settings)
        && !staged->entry(BackupManifest::settingsEntry()))
        parts.remove(RestoreEngine::Part::Settings);
    if (Status moved = moveAside(); !moved)
        return moved.error();
    RestoreEngine::Options options;
    options.parts = parts;
    options.safetyBackup = false;
    Result<RestoreEngine::Report> report = restore.apply(parts, options);
    if (!rung.remote.isEmpty())
        QFile::remove(download);
    if (!report) {
        m_outcome.attempts.append(tr("%1: %2").arg(rung.label, report.error().message));
        return false;
    }
    m_outcome.restoredFrom = rung.label;
    return true;
}

Result<RecoveryCascade::Stop> RecoveryCascade::run(const BackupReader::Keys &keys)
{
    m_wrongPassword = false;
    while (true) {
        if (m_next >= m_rungs.size() && !m_remoteListed)
            listRemote();
        if (m_next >= m_rungs.size())
            return Stop::Exhausted;
        Result<bool> restored = attempt(m_rungs.at(m_next), keys);
        if (!restored) {
            if (restored.error().code == ErrorCode::WrongPassword)
                return Stop::NeedsPassword;
            return restored.error(); // the damaged files could not be moved aside
        }
        if (*restored)
            return Stop::Recovered;
        ++m_next;
    }
}

Status RecoveryCascade::startEmpty()
{
    const Recovery::Finding &finding = m_outcome.finding;
    if (!finding.isDamaged())
        return {};
    if (Status moved = moveAside(); !moved)
        return moved;
    m_outcome.restoredFrom.clear();
    // No settings file; but of one cut short, what came before the cut is the user's and
    // newer than any default.
    if (!finding.settingsDamage.isEmpty() && !QFile::exists(m_profile.settingsFile())) {
        const QString damagedSettings =
            m_outcome.movedAside + u'/' + QFileInfo(m_profile.settingsFile()).fileName();
        Result<RawSettings> whole = IniFile::read(damagedSettings);
        Result<RawSettings> before = IniFile::readBeforeCut(damagedSettings);
        if (!whole && whole.error().detail == IniFile::cutShortDetail() && before
            && !before->isEmpty()) {
            if (Status kept = IniFile::write(m_profile.settingsFile(), *before); !kept)
                return kept;
            m_outcome.keptBeforeCut = m_profile.settingsFile();
        }
    }
    if (!finding.databaseDamage.isEmpty() && !QFile::exists(m_profile.databaseFile())) {
        StateDatabase fresh;
        if (Status created = fresh.open(m_profile.databaseFile()); !created)
            return created;
    }
    return {};
}

} // namespace Hubstate::Core
