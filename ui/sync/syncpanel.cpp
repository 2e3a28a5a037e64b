#include "syncpanel.h"

#include "core/settings/preferencesstore.h"
#include "core/sync/syncscheduler.h"
#include "ui/pages/settingspage.h"
#include "syncconflictsview.h"
#include "syncdevicesbox.h"
#include "syncsetupdialog.h"
#include "syncstatusbutton.h"
#include "ui/common/prompts.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Hubstate::Ui {

namespace {

const QString enabledKey = QStringLiteral("sync.enabled");
const QString leaveTask = QStringLiteral("leave");

QLabel *valueLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SyncPanel::SyncPanel(Core::PreferencesStore &store, Core::SyncScheduler &scheduler,
                     QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_scheduler(scheduler)
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("syncPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *note = new QLabel(
        tr("Sync keeps your settings, layouts and agents (and, with “Sync secrets” on, API "
           "keys) the same on all your devices. Conversation history does not sync: it stays "
           "on the device where it was written."),
        this);
    note->setObjectName(QStringLiteral("syncNote"));
    note->setWordWrap(true);
    note->setAccessibleName(note->text());
    layout->addWidget(note);

    auto *setupBox = new QGroupBox(tr("Set up"), this);
    m_setupBox = setupBox;
    auto *setupLayout = new QHBoxLayout(setupBox);
    auto *setupText = new QLabel(setupBox);
    setupText->setObjectName(QStringLiteral("syncSetupText"));
    setupText->setWordWrap(true);
    m_setupText = setupText;
    m_setUp = new QPushButton(tr("Set &up sync…"), setupBox);
    m_setUp->setObjectName(QStringLiteral("setUpSync"));
    m_setUp->setAccessibleName(tr("Set up sync"));
    m_setUp->setAccessibleDescription(
        tr("Chooses the sync store and the passphrase, and creates or joins the store"));
    setupLayout->addWidget(setupText, 1);
    setupLayout->addWidget(m_setUp, 0, Qt::AlignTop);
    layout->addWidget(setupBox);

    auto *statusBox = new QGroupBox(tr("Status"), this);
    m_statusBox = statusBox;
    auto *statusLayout = new QVBoxLayout(statusBox);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_destination = valueLabel(QStringLiteral("syncDestination"), statusBox);
    m_device = valueLabel(QStringLiteral("syncThisDevice"), statusBox);
    m_state = valueLabel(QStringLiteral("syncState"), statusBox);
    m_lastSync = valueLabel(QStringLiteral("syncLastSync"), statusBox);
    m_pending = valueLabel(QStringLiteral("syncPending"), statusBox);
    m_nextRun = valueLabel(QStringLiteral("syncNextRun"), statusBox);
    m_lastError = valueLabel(QStringLiteral("syncLastError"), statusBox);
    m_form->addRow(tr("Sync store:"), m_destination);
    m_form->addRow(tr("This device:"), m_device);
    m_form->addRow(tr("State:"), m_state);
    m_form->addRow(tr("Last sync:"), m_lastSync);
    m_report = valueLabel(QStringLiteral("syncReport"), statusBox);
    m_report->setText(tr("no sync since Hubstate started"));
    m_form->addRow(tr("Last result:"), m_report);
    m_form->addRow(tr("Waiting to be sent:"), m_pending);
    m_form->addRow(tr("Next sync:"), m_nextRun);
    m_form->addRow(tr("Last error:"), m_lastError);
    statusLayout->addLayout(m_form);
    auto *buttons = new QHBoxLayout;
    m_syncNow = new QPushButton(tr("&Sync now"), statusBox);
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_syncNow->setAccessibleName(tr("Sync now"));
    m_syncNow->setAccessibleDescription(
        tr("Sends this device's changes and reads the other devices' now"));
    m_busy = new QProgressBar(statusBox);
    m_busy->setObjectName(QStringLiteral("syncBusy"));
    m_busy->setAccessibleName(tr("Syncing"));
    m_busy->setAccessibleDescription(tr("Shown while a sync runs"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(160);
    m_leave = new QPushButton(tr("&Leave sync…"), statusBox);
    m_leave->setObjectName(QStringLiteral("leaveSync"));
    m_leave->setAccessibleName(tr("Leave sync"));
    m_leave->setAccessibleDescription(
        tr("Stops syncing on this device and removes its files from the sync store; settings "
           "stay as they are"));
    buttons->addWidget(m_syncNow);
    buttons->addWidget(m_busy);
    buttons->addStretch(1);
    buttons->addWidget(m_leave);
    statusLayout->addLayout(buttons);
    // The page scrolls rather than squeeze these rows (a scroll area shrinks its page down to
    // the minimum size, and a row shown later would get no height at all).
    setupBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    statusBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    layout->addWidget(statusBox);
    m_result = valueLabel(QStringLiteral("syncResult"), this);
    m_result->hide();
    layout->addWidget(m_result);

    m_devices = new SyncDevicesBox(m_scheduler, this);
    layout->addWidget(m_devices);
    m_conflicts = new SyncConflictsView(m_scheduler, this);
    layout->addWidget(m_conflicts);

    connect(m_setUp, &QPushButton::clicked, this, &SyncPanel::openSetup);
    connect(m_syncNow, &QPushButton::clicked, &m_scheduler, &Core::SyncScheduler::syncNow);
    connect(m_leave, &QPushButton::clicked, this, &SyncPanel::leave);
    connect(&m_scheduler, &Core::SyncScheduler::changed, this, &SyncPanel::update);
    connect(&m_scheduler, &Core::SyncScheduler::stateChanged, this, &SyncPanel::update);
    connect(&m_scheduler, &Core::SyncScheduler::syncFinished, this,
            [this](bool succeeded) {
                const std::optional<Core::SyncEngine::Report> &report = m_scheduler.lastReport();
                if (!report || (!succeeded && !report->refusal)) {
                    setRow(m_report, tr("failed (see Last error)"));
                    return;
                }
                QString text = tr("%1 sent, %2 received, %3 of them applied here.")
                                   .arg(report->sent)
                                   .arg(report->received)
                                   .arg(report->applied);
                if (report->conflicts > 0)
                    text += u' ' + tr("New conflicts: %1.").arg(report->conflicts);
                if (report->refused > 0)
                    text += u' ' + tr("Refused: %1 (see Last error).").arg(report->refused);
                for (const QString &line : report->notices)
                    text += u'\n' + line;
                setRow(m_report, text);
            });
    connect(&m_scheduler, &Core::SyncScheduler::taskFinished, this,
            [this](const QString &kind, const Core::SyncScheduler::Outcome &outcome) {
                if (kind == leaveTask)
                    setResult(outcome.status ? outcome.value.toString()
                                             : outcome.status.error().message);
            });
    connect(&m_store, &Core::PreferencesStore::valueChanged, this, [this](const QString &key) {
        if (key.startsWith(QLatin1String("sync.")))
            update();
    });
    // "2 min ago" and "next sync" move on by themselves.
    connect(m_tick, &QTimer::timeout, this, &SyncPanel::update);
    m_tick->start(std::chrono::seconds(20));

    setTabOrder(m_setUp, m_syncNow);
    setTabOrder(m_syncNow, m_leave);
    update();
}

SyncPanel::~SyncPanel() = default;

SyncPanel *SyncPanel::addTo(SettingsPage &page, Core::PreferencesStore &store,
                            Core::SyncScheduler &scheduler)
{
    auto *panel = new SyncPanel(store, scheduler);
    page.addPanel(panel);
    page.hideRow(QStringLiteral("sync.serverUrl"));
    return panel;
}

SyncSetupDialog *SyncPanel::setupDialog() const
{
    return m_setupDialog;
}

void SyncPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The CLI may have synced or resolved meanwhile.
    if (!m_scheduler.isBusy())
        m_scheduler.refresh();
    m_conflicts->reload();
}

void SyncPanel::setRow(QLabel *value, const QString &text)
{
    // Rows stay (a form row shown again after being hidden may get no height): an empty one
    // says so.
    const QString shown = text.isEmpty() ? tr("none") : text;
    if (value->text() == shown)
        return;
    value->setText(shown);
    // Read as "Last sync: 14:03" by a screen reader.
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(value)))
        value->setAccessibleName(label->text() + u' ' + shown);
}

void SyncPanel::setResult(const QString &text)
{
    m_result->setText(text);
    m_result->setAccessibleName(text);
    m_result->setVisible(!text.isEmpty());
}

void SyncPanel::update()
{
    using State = Core::SyncScheduler::State;
    const Core::SyncEngine::Status_ &status = m_scheduler.status();
    const bool configured = m_scheduler.isConfigured();
    const bool setupRunning = m_setupDialog && m_setupDialog->isRunning();
    m_setupBox->setVisible(!configured);
    m_statusBox->setVisible(configured);
    m_devices->setVisible(configured);
    m_conflicts->setVisible(configured || !m_conflicts->conflicts().isEmpty());
    // An administrator's lock of Synchronise to off refuses set-up: said before it is tried.
    const bool lockedOff = m_store.isLocked(enabledKey) && !m_store.value(enabledKey).toBool();
    m_setUp->setEnabled(!setupRunning && !lockedOff);
    const QString setupText = lockedOff
        ? tr("Sync is turned off on this computer by the administrator's policy (%1).")
              .arg(m_store.explain(enabledKey).policyFile)
        : tr("This device does not sync yet. Create a sync store in a folder or on a WebDAV "
             "server, or join the one your other devices use.");
    if (m_setupText->text() != setupText) {
        m_setupText->setText(setupText);
        m_setupText->setAccessibleName(setupText);
    }
    if (!configured)
        return;

    const QDateTime now = QDateTime::currentDateTime();
    setRow(m_destination, status.destination);
    setRow(m_device, status.deviceName.isEmpty()
                         ? status.deviceId
                         : tr("%1 (%2)").arg(status.deviceName, status.deviceId));
    QString state = SyncStatusButton::summary(m_scheduler, now);
    if (m_scheduler.state() == State::Offline && m_scheduler.retryAttempt() > 0) {
        state = tr("Offline: the sync store does not answer. Retry %1 of %2 at %3.")
                    .arg(m_scheduler.retryAttempt())
                    .arg(m_store.value(QStringLiteral("sync.retryAttempts")).toInt())
                    .arg(SyncStatusButton::clock(m_scheduler.nextRun()));
    }
    setRow(m_state, state);
    setRow(m_lastSync, status.lastSync.isValid()
                           ? tr("%1 (%2)").arg(SyncStatusButton::moment(status.lastSync),
                                               SyncStatusButton::ago(status.lastSync, now))
                           : tr("never"));
    setRow(m_pending, status.pending == 0 ? tr("nothing")
                                          : status.pending == 1
                          ? tr("1 change")
                          : tr("%1 changes").arg(status.pending));
    QString next;
    if (m_scheduler.isSyncing())
        next = tr("now");
    else if (m_scheduler.nextRun().isValid())
        next = SyncStatusButton::moment(m_scheduler.nextRun());
    else if (!m_store.value(enabledKey).toBool())
        next = tr("only when you press Sync now (Synchronise is off below)");
    setRow(m_nextRun, next);
    setRow(m_lastError,
           m_scheduler.lastError().isEmpty() ? status.lastError : m_scheduler.lastError());
    // The buttons stay enabled while a sync runs (what they ask for waits for it), so that
    // the keyboard focus is never pushed elsewhere.
    m_busy->setVisible(m_scheduler.isSyncing());
}

void SyncPanel::openSetup()
{
    if (m_setupDialog) {
        m_setupDialog->raise();
        m_setupDialog->activateWindow();
        return;
    }
    m_setupDialog = new SyncSetupDialog(m_scheduler, this);
    m_setupDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_setupDialog, &SyncSetupDialog::setUp, this, &SyncPanel::setUp);
    m_setupDialog->open();
}

void SyncPanel::setUp(bool created, const QString &message)
{
    Q_UNUSED(created)
    setResult(message);
    // The engine turned Synchronise on and named the store in sync.serverUrl (unless locked):
    // read them now rather than when the monitor tells, so that the schedule starts at once.
    if (Core::Status reloaded = m_store.reload(); !reloaded)
        setResult(message + u'\n' + reloaded.error().message);
    if (m_store.value(enabledKey).toBool() && !m_scheduler.isBusy()
        && !m_scheduler.nextRun().isValid())
        m_scheduler.syncNow();
    update();
    m_syncNow->setFocus(Qt::OtherFocusReason);
}

void SyncPanel::leave()
{
    Prompts::Question question;
    question.title = tr("Leave sync");
    question.text = tr("Stop syncing on this device? Its files are removed from the sync store "
                       "and its sync key from the keychain. Settings, layouts and agents stay "
                       "as they are here; your other devices keep syncing.");
    question.acceptText = tr("&Leave sync");
    question.rejectText = tr("&Stay in sync");
    if (!Prompts::ask(this, question))
        return;
    setResult(tr("Leaving…"));
    m_scheduler.perform(leaveTask, [](Core::SyncScheduler::Context &context) {
        if (Core::Status left = context.engine.leave(); !left)
            return Core::SyncScheduler::Outcome{left, {}};
        return Core::SyncScheduler::Outcome{{}, tr("This device no longer syncs.")};
    });
}

} // namespace Hubstate::Ui
