#include "backupscheduler.h"

#include "backupengine.h"
#include "core/common/privatefiles.h"
#include "core/secrets/secretstore.h"
#include "core/settings/preferencesstore.h"

#include <QSettings>
#include <QThread>
#include <QTimer>

namespace Hubstate::Core {

BackupScheduler::BackupScheduler(Profile profile, const PreferencesStore &settings, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_settings(settings)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &BackupScheduler::check);
}

BackupScheduler::~BackupScheduler()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void BackupScheduler::start(std::chrono::milliseconds period)
{
    m_timer->start(period);
    QTimer::singleShot(0, this, &BackupScheduler::check);
}

QDateTime BackupScheduler::nextDue() const
{
    // The engine's rule (the newest verified backup plus the interval) when there is one.
    BackupEngine engine(m_profile, m_settings, nullptr);
    const QDateTime due = engine.nextDue();
    if (engine.catalog().newestVerified())
        return due;
    const qint64 interval = m_settings.value(QStringLiteral("backup.interval")).toLongLong();
    // No backup yet: the schedule starts the first time it runs for this profile, so a new
    // profile is not backed up the moment it is created (the stale warning says there is none).
    const QString file = m_profile.stateDirectory() + QStringLiteral("/backup-schedule.ini");
    // Private before QSettings writes (its QSaveFile keeps the mode of the file it finds).
    PrivateFiles::makePath(m_profile.stateDirectory());
    (void)PrivateFiles::createFile(file);
    QSettings schedule(file, QSettings::IniFormat);
    QDateTime started = schedule.value(QStringLiteral("startedAt")).toDateTime();
    if (!started.isValid()) {
        started = m_clock();
        schedule.setValue(QStringLiteral("startedAt"), started);
    }
    return started.addMSecs(interval);
}

void BackupScheduler::updateWarning()
{
    const QString warning = BackupEngine(m_profile, m_settings, nullptr).staleWarning(m_clock());
    if (warning != m_lastWarning) {
        m_lastWarning = warning;
        Q_EMIT staleChanged(warning);
    }
}

void BackupScheduler::check()
{
    updateWarning();
    const QDateTime now = m_clock();
    if (m_worker || !m_settings.value(QStringLiteral("backup.enabled")).toBool() || now < nextDue()
        || (m_retryAfter.isValid() && now < m_retryAfter)) {
        return;
    }

    Q_EMIT backupStarted();
    auto result = std::make_shared<std::pair<bool, QString>>();
    const Profile profile = m_profile;
    m_worker = QThread::create([profile, result] {
        // Everything the backup reads is opened here, on this thread.
        PreferencesStore settings(profile, Profile::policyFile());
        if (Status opened = settings.open(); !opened) {
            *result = {false, opened.error().message};
            return;
        }
        const SecretStore secrets(profile.keychainScope());
        BackupEngine engine(profile, settings, &secrets);
        Result<BackupEngine::Outcome> outcome = engine.create({});
        *result = outcome ? std::make_pair(true, outcome->location)
                          : std::make_pair(false, outcome.error().message);
    });
    connect(m_worker, &QThread::finished, this, [this, result] {
        m_worker->deleteLater();
        m_worker = nullptr;
        // A failed backup is tried again after a pause, not at every look.
        m_retryAfter = result->first ? QDateTime() : m_clock().addSecs(15 * 60);
        Q_EMIT backupFinished(result->first, result->second);
        updateWarning();
    });
    m_worker->start(QThread::LowPriority);
}

} // namespace Hubstate::Core
