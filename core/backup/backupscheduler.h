#pragma once

#include "core/common/result.h"
#include "core/profile/profile.h"

#include <QDateTime>
#include <QObject>
#include <functional>

class QTimer;

namespace Hubstate::Core {

class PreferencesStore;

// Runs a backup every backup.interval while Hubstate runs. It looks at the wall clock once a
// minute rather than arming one long timer, so a backup missed while the machine slept or was
// off runs at the first look after it wakes (or starts). Each backup runs on a thread of its
// own, with its own preferences store and keychain connection.
class BackupScheduler : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    BackupScheduler(Profile profile, const PreferencesStore &settings, QObject *parent = nullptr);
    ~BackupScheduler() override;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Looks now and then every `period`.
    void start(std::chrono::milliseconds period = std::chrono::minutes(1));
    bool isRunning() const { return m_worker != nullptr; }
    // When the next backup is due: the newest verified one plus the interval; without any, one
    // interval after the schedule first ran for this profile.
    [[nodiscard]] Result<QDateTime> nextDue() const;

public Q_SLOTS:
    // Starts a backup when one is due, backups are enabled and none is running.
    void check();

Q_SIGNALS:
    void backupStarted();
    void backupFinished(bool succeeded, const QString &message);
    // No verified backup is newer than twice the interval (empty text: no longer stale).
    void staleChanged(const QString &warning);

private:
    void updateWarning();

    Profile m_profile;
    const PreferencesStore &m_settings;
    Clock m_clock;
    QTimer *m_timer;
    QThread *m_worker = nullptr;
    QString m_lastWarning;
    QDateTime m_retryAfter;
};

} // namespace Hubstate::Core
