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

Result<QDateTime> BackupScheduler::nextDue() const
{
    // The engine's rule (the newest verified backup plus the interval) when there is one.
    BackupEngine engine(m_profile, m_settings, nullptr);
    Result<QDateTime> due = engine.nextDue();
    if (!due || engine.catalog().newestVerified())
        return due;
    const qint64 interval = m_settings.value(QStringLiteral("backup.interval")).toLongLong();
    // No backup yet: the schedule starts the first time it runs for this profile, so a new
    // profile is not backed up the moment it is created (the stale warning says there is none).
    const QString file = m_profile.stateDirectory() + QStringLiteral("/backup-schedule.ini");
    // Private before QSettings writes (its QSaveFile keeps the mode of the file it finds).
    PrivateFiles::makePath(m_profile.stateDirectory());
    if (Status created = PrivateFiles::createFile(file); !created)
        return created.error();
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
    if (m_worker || !m_settings.value(QStringLiteral("backup.enabled")).toBool()
        || (m_retryAfter.isValid() && now < m_retryAfter)) {
        return;
    }
    const Result<QDateTime> due = nextDue();
    if (!due) {
        // Said where the stale warning goes; looked at again at the next tick.
        if (due.error().message != m_lastWarning) {
            m_lastWarning = due.error().message;
            Q_EMIT staleChanged(m_lastWarning);
        }
        return;
    }
    if (now < *due)
        return;

    Q_EMIT backupStarted();
    // The backup's file, or why it failed.
    auto result = std::make_shared<Result<QString>>(QString());
    const Profile profile = m_profile;
    m_worker = QThread::create([profile, result] {
        // Everything the backup reads is opened here, on this thread.
        PreferencesStore settings(profile, Profile::policyFiles());
        if (Status opened = settings.open(); !opened) {
            *result = opened.error();
            return;
        }
        const SecretStore secrets(profile.keychainScope());
        BackupEngine engine(profile, settings, &secrets);
        BackupEngine::Options options;
        options.skipUnchanged = true; // an unchanged profile costs a snapshot, not a backup
        Result<BackupEngine::Outcome> outcome = engine.create(options);
        if (!outcome) {
            *result = outcome.error();
            return;
        }
        // A destination that failed while others hold the backup is a failure to show.
        QStringList failed;
        for (const BackupEngine::Outcome::Copy &copy : std::as_const(outcome->copies)) {
            if (!copy.error.isEmpty())
                failed.append(
                    QStringLiteral("%1 (%2): %3").arg(copy.name, copy.destination, copy.error));
        }
        if (failed.isEmpty())
            *result = outcome->location;
        else
            *result = Error::operationFailed(
                BackupScheduler::tr("Backed up to %1, but not to %2")
                    .arg(outcome->location, failed.join(QStringLiteral("; "))));
    });
    connect(m_worker, &QThread::finished, this, [this, result] {
        m_worker->deleteLater();
        m_worker = nullptr;
        // A failed backup is tried again after a pause, not at every look.
        m_retryAfter = result->ok() ? QDateTime() : m_clock().addSecs(15 * 60);
        Q_EMIT backupFinished(result->ok(),
                              result->ok() ? result->value() : result->error().message);
        updateWarning();
    });
    m_worker->start(QThread::LowPriority);
}

} // namespace Hubstate::Core
