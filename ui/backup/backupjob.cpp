#include "backupjob.h"

#include "core/backup/backupengine.h"
#include "core/secrets/secretstore.h"
#include "core/settings/preferencesstore.h"

#include <QThread>

namespace Hubstate::Ui {

BackupJob::BackupJob(Core::Profile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
{
}

BackupJob::~BackupJob()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool BackupJob::start(const QString &kind, Work work)
{
    if (m_thread)
        return false;
    m_kind = kind;
    m_cancelled = false;
    auto outcome = std::make_shared<Outcome>();
    const Core::Profile profile = m_profile;
    m_thread = QThread::create([this, profile, work = std::move(work), outcome] {
        Core::PreferencesStore settings(profile, Core::Profile::policyFiles());
        if (Core::Status opened = settings.open(); !opened) {
            outcome->message = opened.error().message;
            return;
        }
        const Core::SecretStore secrets(profile.keychainScope());
        Core::BackupEngine engine(profile, settings, &secrets);
        // Progress reaches the GUI at most once per stage and per percent.
        QString lastStage;
        qint64 lastPercent = -1;
        Context context{
            profile, settings, secrets, engine,
            [this, &lastStage, &lastPercent](const QString &stage, qint64 done, qint64 total) {
                const qint64 percent = total > 0 ? done * 100 / total : 0;
                if (stage != lastStage || percent != lastPercent) {
                    lastStage = stage;
                    lastPercent = percent;
                    QMetaObject::invokeMethod(
                        this, [this, stage, done, total] { Q_EMIT progressed(stage, done, total); },
                        Qt::QueuedConnection);
                }
                return !m_cancelled.load();
            }};
        *outcome = work(context);
    });
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT finished(m_kind, *outcome);
    });
    m_thread->start(QThread::LowPriority);
    Q_EMIT started(kind);
    return true;
}

} // namespace Hubstate::Ui
