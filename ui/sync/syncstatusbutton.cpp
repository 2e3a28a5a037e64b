#include "syncstatusbutton.h"

#include "core/sync/syncscheduler.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimer>

namespace Hubstate::Ui {

using State = Core::SyncScheduler::State;

SyncStatusButton::SyncStatusButton(Core::SyncScheduler &scheduler, QWidget *parent)
    : QToolButton(parent)
    , m_scheduler(scheduler)
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    setAutoRaise(true);
    setFocusPolicy(Qt::TabFocus);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(&m_scheduler, &Core::SyncScheduler::changed, this, &SyncStatusButton::update);
    connect(&m_scheduler, &Core::SyncScheduler::stateChanged, this, &SyncStatusButton::update);
    // "2 min ago" moves on by itself.
    connect(m_tick, &QTimer::timeout, this, &SyncStatusButton::update);
    m_tick->start(std::chrono::seconds(20));
    update();
}

QString SyncStatusButton::clock(const QDateTime &when)
{
    // Some locales' short format (C's among them) has seconds, which only flicker here.
    static const QRegularExpression seconds(QStringLiteral("[:.]ss"));
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(seconds);
    return QLocale().toString(when.toLocalTime().time(), format);
}

QString SyncStatusButton::moment(const QDateTime &when)
{
    const QDate day = when.toLocalTime().date();
    if (day == QDate::currentDate())
        return clock(when);
    return tr("%1 %2").arg(QLocale().toString(day, QLocale::ShortFormat), clock(when));
}

QString SyncStatusButton::ago(const QDateTime &when, const QDateTime &now)
{
    const qint64 seconds = when.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return seconds < 120 ? tr("1 min ago") : tr("%1 min ago").arg(seconds / 60);
    const QDateTime local = when.toLocalTime();
    const QString time = clock(local);
    if (local.date() == now.toLocalTime().date())
        return tr("at %1").arg(time);
    return tr("on %1 at %2").arg(QLocale().toString(local.date(), QLocale::ShortFormat), time);
}

QString SyncStatusButton::summary(const Core::SyncScheduler &scheduler, const QDateTime &now)
{
    const QString next = clock(scheduler.nextRun());
    switch (scheduler.state()) {
    case State::NotConfigured: return tr("Sync not set up");
    case State::Paused:
        return scheduler.status().lastSync.isValid()
            ? tr("Sync off (last synced %1)").arg(ago(scheduler.status().lastSync, now))
            : tr("Sync off");
    case State::Syncing: return tr("Syncing…");
    case State::Offline:
        if (!scheduler.nextRun().isValid())
            return tr("Offline");
        return scheduler.retryAttempt() > 0 ? tr("Offline, retry at %1").arg(next)
                                            : tr("Offline, next try at %1").arg(next);
    case State::Error: return tr("Sync failed");
    case State::Conflicts:
        return scheduler.status().openConflicts == 1
            ? tr("1 conflict to resolve")
            : tr("%1 conflicts to resolve").arg(scheduler.status().openConflicts);
    case State::Idle:
        return scheduler.status().lastSync.isValid()
            ? tr("Synced %1").arg(ago(scheduler.status().lastSync, now))
            : tr("Not synced yet");
    }
    return {};
}

void SyncStatusButton::update()
{
    const QString text = summary(m_scheduler);
    setText(text);
    QString detail = m_scheduler.lastError();
    setToolTip(detail.isEmpty() ? tr("Open the Synchronisation page")
                                : tr("%1\nOpen the Synchronisation page").arg(detail));
    setAccessibleName(tr("Sync status: %1").arg(text));
    setAccessibleDescription(detail.isEmpty()
                                 ? tr("Opens the Synchronisation page")
                                 : tr("%1. Opens the Synchronisation page").arg(detail));
}

} // namespace Hubstate::Ui
