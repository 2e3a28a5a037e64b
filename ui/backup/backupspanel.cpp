#include "backupspanel.h"

#include "backupcatalogmodel.h"
#include "backupdestinationseditor.h"
#include "backupencryptionbox.h"
#include "backupjob.h"
#include "backupoperations.h"
#include "backupsizechart.h"
#include "core/backup/backupengine.h"
#include "core/backup/backupscheduler.h"
#include "core/backup/destinationlist.h"
#include "core/settings/preferencesstore.h"
#include "ui/common/messagelook.h"
#include "ui/common/prompts.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Hubstate::Ui {

namespace {

using MessageLook::messageLabel;
using MessageLook::showMessage;

} // namespace

BackupsPanel::BackupsPanel(Core::Profile profile, Core::PreferencesStore &store,
                           Core::BackupScheduler *scheduler, QWidget *parent)
    : QWidget(parent)
    , m_profile(std::move(profile))
    , m_store(store)
    , m_scheduler(scheduler)
    , m_job(new BackupJob(m_profile, this))
    , m_model(new BackupCatalogModel(this))
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("backupsPanel"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    // What a search for the destinations hides; the destination list stays.
    m_actions = new QWidget(this);
    auto *layout = new QVBoxLayout(m_actions);
    layout->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_actions);

    m_banner = messageLabel(QStringLiteral("staleBackupWarning"), this);
    MessageLook::markWarning(m_banner);
    m_banner->setMargin(8);
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *now = new QGroupBox(tr("Back up"), this);
    auto *nowLayout = new QVBoxLayout(now);
    m_schedule = messageLabel(QStringLiteral("backupSchedule"), now);
    nowLayout->addWidget(m_schedule);
    auto *buttons = new QHBoxLayout;
    m_backUpNow = new QPushButton(tr("&Back up now"), now);
    m_backUpNow->setObjectName(QStringLiteral("backUpNow"));
    m_backUpNow->setAccessibleName(tr("Back up now"));
    m_cancel = new QPushButton(tr("&Cancel"), now);
    m_cancel->setObjectName(QStringLiteral("cancelBackup"));
    m_cancel->setAccessibleName(tr("Cancel the backup"));
    m_progress = new QProgressBar(now);
    m_progress->setObjectName(QStringLiteral("backupProgress"));
    m_progress->setAccessibleName(tr("Backup progress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    buttons->addWidget(m_backUpNow);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    nowLayout->addLayout(buttons);
    m_stage = messageLabel(QStringLiteral("backupStage"), now);
    m_stage->hide();
    nowLayout->addWidget(m_stage);
    m_result = messageLabel(QStringLiteral("backupResult"), now);
    m_result->hide();
    nowLayout->addWidget(m_result);
    layout->addWidget(now);

    auto *catalog = new QGroupBox(tr("Backups"), this);
    auto *catalogLayout = new QVBoxLayout(catalog);
    m_view = new QTableView(catalog);
    m_view->setObjectName(QStringLiteral("backupCatalog"));
    m_view->setAccessibleName(tr("Backups"));
    m_view->setAccessibleDescription(tr("Every backup Hubstate knows of, newest first"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setMinimumHeight(160);
    catalogLayout->addWidget(m_view);
    auto *rowButtons = new QHBoxLayout;
    m_restore = new QPushButton(tr("Rest&ore…"), catalog);
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_restore->setAccessibleName(tr("Restore from the selected backup"));
    m_restore->setToolTip(
        tr("Opens the restore wizard on this backup: nothing changes before you confirm."));
    m_verify = new QPushButton(tr("&Verify"), catalog);
    m_verify->setObjectName(QStringLiteral("verifyBackup"));
    m_verify->setAccessibleName(tr("Verify the selected backup"));
    m_delete = new QPushButton(tr("&Delete..."), catalog);
    m_delete->setObjectName(QStringLiteral("deleteBackup"));
    m_delete->setAccessibleName(tr("Delete the selected backup"));
    m_refresh = new QPushButton(tr("Re&fresh"), catalog);
    m_refresh->setObjectName(QStringLiteral("refreshBackups"));
    m_refresh->setAccessibleName(tr("Look for backups at the destination again"));
    rowButtons->addWidget(m_restore);
    rowButtons->addWidget(m_verify);
    rowButtons->addWidget(m_delete);
    rowButtons->addStretch(1);
    rowButtons->addWidget(m_refresh);
    catalogLayout->addLayout(rowButtons);
    m_chart = new BackupSizeChart(catalog);
    catalogLayout->addWidget(m_chart);
    layout->addWidget(catalog);
    // The Delete key in the list does what the button does.
    auto *deleteKey = new QAction(m_view);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(deleteKey);
    connect(deleteKey, &QAction::triggered, this, &BackupsPanel::deleteSelected);

    m_destinations =
        new BackupDestinationsEditor(m_store, *m_job, m_profile.backupDirectory(), this);
    outer->addWidget(m_destinations);
    m_encryption = new BackupEncryptionBox(*m_job, this);
    outer->addWidget(m_encryption);

    connect(m_backUpNow, &QPushButton::clicked, this, &BackupsPanel::backUpNow);
    connect(m_cancel, &QPushButton::clicked, this, &BackupsPanel::cancel);
    connect(m_restore, &QPushButton::clicked, this, &BackupsPanel::restoreSelected);
    connect(m_verify, &QPushButton::clicked, this, &BackupsPanel::verifySelected);
    connect(m_delete, &QPushButton::clicked, this, &BackupsPanel::deleteSelected);
    connect(m_refresh, &QPushButton::clicked, this, &BackupsPanel::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BackupsPanel::updateActions);
    connect(m_encryption, &BackupEncryptionBox::keysChanged, this, &BackupsPanel::refresh);
    connect(m_job, &BackupJob::started, this, &BackupsPanel::updateActions);
    connect(m_job, &BackupJob::progressed, this, &BackupsPanel::showProgress);
    connect(m_job, &BackupJob::finished, this,
            [this](const QString &kind, const BackupJob::Outcome &outcome) {
                jobFinished(kind, outcome.succeeded, outcome.message, outcome.value);
            });
    connect(&m_store, &Core::PreferencesStore::valueChanged, this, [this](const QString &key) {
        if (key == u"backup.encryption" && m_refreshed && !m_keychainAsked
            && m_store.value(key).toBool()) {
            refresh();
        }
        if (key.startsWith(QLatin1String("backup."))) {
            reloadCatalog();
            updateSchedule();
        }
    });
    if (m_scheduler) {
        connect(m_scheduler, &Core::BackupScheduler::backupStarted, this, [this] {
            m_scheduledRunning = true;
            updateSchedule();
            updateActions();
        });
        connect(m_scheduler, &Core::BackupScheduler::backupFinished, this,
                [this](bool succeeded, const QString &message) {
                    m_scheduledRunning = false;
                    m_lastScheduled = succeeded
                        ? tr("Last scheduled backup: %1").arg(message)
                        : tr("Last scheduled backup failed: %1").arg(message);
                    reloadCatalog();
                    updateSchedule();
                    updateActions();
                });
        connect(m_scheduler, &Core::BackupScheduler::staleChanged, this,
                &BackupsPanel::reloadCatalog);
    }
    // "Next due" and the stale warning follow the clock.
    connect(m_clock, &QTimer::timeout, this, [this] {
        reloadCatalog();
        updateSchedule();
    });
    m_clock->start(std::chrono::minutes(1));
    // Another program's backup, prune or restore (its safety backup) shows at once: the
    // catalog is replaced as a whole, so its folder is watched.
    m_catalogWatcher = new QFileSystemWatcher(this);
    const QFileInfo catalogFile(m_profile.backupCatalogFile());
    if (catalogFile.absoluteDir().exists())
        m_catalogWatcher->addPath(catalogFile.absolutePath());
    connect(m_catalogWatcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        if (QFileInfo(m_profile.backupCatalogFile()).lastModified() != m_catalogStamp)
            reloadCatalog();
    });

    setTabOrder(m_backUpNow, m_cancel);
    setTabOrder(m_cancel, m_view);
    setTabOrder(m_view, m_restore);
    setTabOrder(m_restore, m_verify);
    setTabOrder(m_verify, m_delete);
    setTabOrder(m_delete, m_refresh);
    setTabOrder(m_refresh, m_chart);
    setTabOrder(m_chart, m_destinations);
    reloadCatalog();
    updateSchedule();
    updateActions();
}

BackupsPanel::~BackupsPanel() = default;

QStringList BackupsPanel::editedKeys() const
{
    return {QStringLiteral("backup.destinations")};
}

QWidget *BackupsPanel::editorFor(const QString &key) const
{
    return key == u"backup.destinations" ? m_destinations : nullptr;
}

void BackupsPanel::showOnlyEditorsOf(const QStringList &keys)
{
    const bool all = keys.isEmpty();
    m_actions->setVisible(all);
    m_encryption->setVisible(all);
}

void BackupsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_refreshed) {
        m_refreshed = true;
        QTimer::singleShot(0, this, &BackupsPanel::refresh);
    }
}

void BackupsPanel::reloadCatalog()
{
    m_catalogStamp = QFileInfo(m_profile.backupCatalogFile()).lastModified();
    Core::BackupEngine engine(m_profile, m_store, nullptr);
    QString warning = engine.staleWarning();
    if (Core::Status loaded = engine.catalog().load(); !loaded)
        warning = loaded.error().message;
    m_banner->setText(warning);
    m_banner->setAccessibleName(warning);
    m_banner->setVisible(!warning.isEmpty());
    const QString selected = selectedRecord() ? selectedRecord()->file : QString();
    // Each copy is a row of its destination; "Held at" names every destination with a copy.
    QHash<QString, QString> names;
    const QList<Core::BackupDestination> configured =
        Core::BackupDestinations::configured(m_store, m_profile.backupDirectory());
    for (const Core::BackupRecord &record : engine.catalog().records()) {
        const QString name = Core::BackupDestinations::nameOf(configured, record.destination);
        if (!name.isEmpty())
            names.insert(record.destination, name);
    }
    m_model->setRecords(engine.catalog().records(), names);
    m_chart->setRecords(m_model->records());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!selected.isEmpty() && m_model->record(row)->file == selected)
            m_view->selectRow(row);
    }
    updateActions();
}

void BackupsPanel::updateSchedule()
{
    QString text;
    if (m_scheduledRunning) {
        text = tr("A scheduled backup is running.");
    } else if (!m_store.value(QStringLiteral("backup.enabled")).toBool()) {
        text = tr("Automatic backups are off.");
    } else {
        const Core::Result<QDateTime> next = m_scheduler
            ? m_scheduler->nextDue()
            : Core::BackupEngine(m_profile, m_store, nullptr).nextDue();
        const QDateTime due = next ? *next : QDateTime();
        const QString when = QLocale().toString(due.toLocalTime(), QLocale::ShortFormat);
        if (!next)
            text = tr("The schedule cannot be read: %1").arg(next.error().message);
        else if (!m_scheduler)
            text = tr("Next backup due: %1 (scheduled backups run while Hubstate runs).").arg(when);
        else if (due <= QDateTime::currentDateTimeUtc())
            text = tr("A scheduled backup is due now.");
        else
            text = tr("Next scheduled backup: %1.").arg(when);
    }
    if (!m_lastScheduled.isEmpty())
        text += u'\n' + m_lastScheduled;
    m_schedule->setText(text);
    m_schedule->setAccessibleName(text);
}

void BackupsPanel::updateActions()
{
    const bool busy = m_job->isRunning() || m_scheduledRunning;
    m_backUpNow->setEnabled(!busy);
    m_cancel->setEnabled(m_job->isRunning() && m_job->kind() == u"create" && !m_job->isCancelled());
    const bool selected = selectedRecord() != nullptr;
    m_restore->setEnabled(!busy && selected
                          && selectedRecord()->state != Core::BackupRecord::State::Quarantined);
    m_verify->setEnabled(!busy && selected);
    m_delete->setEnabled(!busy && selected);
    m_refresh->setEnabled(!busy);
    m_destinations->setBusy(busy);
    m_encryption->setBusy(busy);
}

void BackupsPanel::showResult(const QString &text)
{
    showMessage(m_result, text);
}

const Core::BackupRecord *BackupsPanel::selectedRecord() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->record(rows.first().row());
}

// Stages map onto one bar: snapshot, archive (most of the time), verify, then upload.
void BackupsPanel::showProgress(const QString &stage, qint64 done, qint64 total)
{
    const double fraction = total > 0 ? double(done) / double(total) : 0.0;
    int value = m_progress->value();
    if (stage == Core::BackupEngine::tr("Snapshot"))
        value = 2;
    else if (stage == Core::BackupEngine::tr("Archive"))
        value = 5 + int(75 * fraction);
    else if (stage == Core::BackupEngine::tr("Verify"))
        value = 85;
    else if (stage == Core::BackupEngine::tr("Upload"))
        value = 85 + int(14 * fraction);
    else if (total > 0)
        value = int(99 * fraction);
    m_progress->setValue(std::max(value, m_progress->value()));
    const QString text = total > 0
        ? tr("%1: %2 of %3")
              .arg(stage, QLocale().formattedDataSize(done), QLocale().formattedDataSize(total))
        : tr("%1...").arg(stage);
    showMessage(m_stage, text);
}

void BackupsPanel::backUpNow()
{
    const QString password = m_encryption->password();
    // The engine would ask for a password the CLI's way; the page says where to give one.
    if (m_keychainAsked && m_store.value(QStringLiteral("backup.encryption")).toBool()
        && !m_encryption->hasKeys() && password.isEmpty()) {
        showResult(tr("An encrypted backup needs a backup password the first time: type one "
                      "under \"Encryption\" (and set up the backup key to keep it in the "
                      "keychain), or turn off \"Encrypt backups\"."));
        m_encryption->focusPassword();
        return;
    }
    m_progress->setValue(0);
    showResult({});
    showMessage(m_stage, tr("Starting..."));
    m_job->start(QStringLiteral("create"), BackupOperations::create(password));
}

void BackupsPanel::cancel()
{
    if (!m_job->isRunning() || m_job->kind() != u"create")
        return;
    m_job->cancel();
    showMessage(m_stage, tr("Cancelling..."));
    updateActions();
}

void BackupsPanel::verifySelected()
{
    const Core::BackupRecord *selected = selectedRecord();
    if (!selected)
        return;
    const Core::BackupRecord record = *selected;
    const QString password = m_encryption->password();
    showResult(tr("Verifying %1...").arg(record.file));
    m_job->start(QStringLiteral("verify"), BackupOperations::verify(record, password));
}

void BackupsPanel::deleteSelected()
{
    const Core::BackupRecord *selected = selectedRecord();
    if (!selected || m_job->isRunning())
        return;
    const Core::BackupRecord record = *selected;
    const QString question =
        tr("Delete the backup of %1 (%2) from %3? It cannot be brought back.")
            .arg(QLocale().toString(record.createdAt.toLocalTime(), QLocale::ShortFormat),
                 record.file, record.destination);
    Prompts::Question ask;
    ask.title = tr("Delete a backup");
    ask.text = question;
    ask.icon = QMessageBox::Warning;
    ask.acceptText = tr("&Delete");
    ask.rejectText = tr("&Keep it");
    if (!Prompts::ask(this, ask))
        return;
    m_job->start(QStringLiteral("delete"), BackupOperations::remove(record));
}

void BackupsPanel::restoreSelected()
{
    const Core::BackupRecord *selected = selectedRecord();
    if (!selected || m_job->isRunning())
        return;
    // Copies: the model may be read again while the wizard opens.
    const QString destination = selected->destination;
    const QString file = selected->file;
    Q_EMIT restoreRequested(destination, file);
}

void BackupsPanel::refresh()
{
    // Asked for while another job runs: it follows that job.
    m_refreshPending = m_job->isRunning();
    if (m_refreshPending)
        return;
    m_job->start(QStringLiteral("refresh"), BackupOperations::refresh());
}

void BackupsPanel::jobFinished(const QString &kind, bool succeeded, const QString &message,
                               const QVariant &value)
{
    if (kind == u"create") {
        m_progress->setValue(succeeded ? 100 : 0);
        showMessage(m_stage, {});
        showResult(succeeded || !m_job->isCancelled()
                       ? message
                       : tr("The backup was cancelled; nothing was kept."));
    } else if (kind == u"verify" || kind == u"delete" || (kind == u"refresh" && !succeeded)) {
        showResult(message);
    }
    if (kind == u"refresh") {
        const QVariantMap keychain = value.toMap();
        m_keychainAsked = !keychain.isEmpty();
        if (!m_keychainAsked)
            m_encryption->setEncryptionOff();
        else
            m_encryption->setKeychainState(keychain.value(QStringLiteral("healthy")).toBool(),
                                           keychain.value(QStringLiteral("problem")).toString(),
                                           keychain.value(QStringLiteral("hasKeys")).toBool());
    }
    reloadCatalog();
    updateSchedule();
    updateActions();
    if (m_refreshPending)
        refresh();
}

} // namespace Hubstate::Ui
