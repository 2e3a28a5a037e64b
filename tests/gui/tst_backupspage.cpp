// The Backups page as a user drives it, in the main window, without a keychain (backups
// unencrypted): back up now with progress, cancel, verify and delete from the catalog, the stale
// warning, the chart of sizes, the schedule, keyboard access. The list of destinations is in
// tst_backupspagedestinations.cpp; WebDAV, S3 and the keychain are in
// tests/backup/tst_backupspagewebdav.cpp and tests/s3/tst_backupspages3.cpp.
#include "core/backup/backupcatalog.h"
#include "core/backup/backupengine.h"
#include "core/backup/backupfilename.h"
#include "core/backup/backupscheduler.h"
#include "core/settings/preferencesstore.h"
#include "ui/backup/backupcatalogmodel.h"
#include "ui/backup/backupdestinationseditor.h"
#include "ui/backup/backupjob.h"
#include "ui/backup/backupsizechart.h"
#include "ui/backup/backupspanel.h"
#include "ui/common/prompts.h"
#include "ui/mainwindow.h"
#include "ui/pages/settingrow.h"
#include "ui/pages/settingspage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Hubstate;
using Core::BackupRecord;

class TestBackupsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pageShowsTheScheduleSettingsBesideTheActions();
    void backUpNowShowsProgressAndAddsAVerifiedRow();
    void backUpNowStoresACopyAtEachDestination();
    void cancelLeavesNoBackupAndNoPartialFile();
    void verifyFindsIntactAndDamagedBackups();
    void deleteAsksFirstThenRemovesTheFile();
    void restoreOnARowAsksForThatBackup();
    void staleWarningAppearsAndGoesAfterABackup();
    void chartReflectsTheCatalog();
    void catalogModelPassesTheTester();
    void scheduledBackupRunsAndIsShown();
    void tabReachesEveryControlAndAllAreNamed();
    void labelsShowNoLiteralAmpersand();

private:
    void openWindow(Core::BackupScheduler *scheduler = nullptr);
    void waitUntilIdle();
    template<typename T> T *find(const QString &name) const
    {
        auto *widget = m_window->findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }
    QString text(const QString &labelName) const { return find<QLabel>(labelName)->text(); }
    void click(const QString &buttonName)
    {
        auto *button = find<QPushButton>(buttonName);
        QVERIFY2(button->isEnabled(), qPrintable(buttonName));
        QTest::mouseClick(button, Qt::LeftButton);
    }
    void selectRow(int row);
    QStringList backupFiles() const;
    QStringList partialFiles() const;
    // A backup made the way the CLI makes it.
    QString backUpDirectly();
    void writeCatalog(const QList<BackupRecord> &records);

    std::unique_ptr<QTemporaryDir> m_dir;
    Core::Profile m_profile;
    std::unique_ptr<Core::PreferencesStore> m_store;
    std::unique_ptr<Core::BackupScheduler> m_scheduler;
    std::unique_ptr<Ui::MainWindow> m_window;
    Ui::BackupsPanel *m_panel = nullptr;
};

void TestBackupsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profile = Core::Profile::inDirectory(m_dir->path());
    m_store = std::make_unique<Core::PreferencesStore>(m_profile, Core::Profile::policyFiles());
    QVERIFY(m_store->open());
    QVERIFY(m_store->setValue(QStringLiteral("backup.encryption"), false));
}

void TestBackupsPage::cleanup()
{
    QCOMPARE(Ui::Prompts::unusedAnswers(), 0);
    Ui::Prompts::reset();
    m_window.reset();
    m_scheduler.reset();
    m_store.reset();
    m_dir.reset();
}

void TestBackupsPage::openWindow(Core::BackupScheduler *scheduler)
{
    m_window = std::make_unique<Ui::MainWindow>(*m_store);
    Ui::SettingsPage *page = m_window->page(QStringLiteral("backup"));
    QVERIFY(page);
    m_panel = new Ui::BackupsPanel(m_profile, *m_store, scheduler);
    page->addPanel(m_panel);
    m_window->showPage(QStringLiteral("backup"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The first look at the destination and the keychain has ended.
    QTRY_VERIFY_WITH_TIMEOUT(!text(QStringLiteral("backupKeyStatus")).startsWith(u"Asking"), 20000);
    waitUntilIdle();
}

void TestBackupsPage::waitUntilIdle()
{
    QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>(QStringLiteral("backUpNow"))->isEnabled(), 60000);
}

void TestBackupsPage::selectRow(int row)
{
    auto *view = find<QTableView>(QStringLiteral("backupCatalog"));
    view->setFocus();
    view->selectRow(row);
}

QStringList TestBackupsPage::backupFiles() const
{
    return QDir(m_profile.backupDirectory()).entryList({QStringLiteral("*.tar.zst")}, QDir::Files);
}

QStringList TestBackupsPage::partialFiles() const
{
    QStringList found;
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String(".partial")))
            found.append(path);
    }
    return found;
}

QString TestBackupsPage::backUpDirectly()
{
    Core::BackupEngine engine(m_profile, *m_store, nullptr);
    Core::Result<Core::BackupEngine::Outcome> outcome = engine.create({});
    if (!outcome)
        qFatal("backup failed: %s", qPrintable(outcome.error().message));
    return outcome->location;
}

void TestBackupsPage::writeCatalog(const QList<BackupRecord> &records)
{
    Core::BackupCatalog catalog(m_profile.backupCatalogFile());
    QVERIFY(catalog.load());
    for (const BackupRecord &old : catalog.records())
        catalog.remove(old.destination, old.file);
    for (const BackupRecord &record : records)
        catalog.put(record);
    QVERIFY(catalog.save());
}

void TestBackupsPage::pageShowsTheScheduleSettingsBesideTheActions()
{
    openWindow();
    QCOMPARE(m_window->currentPageId(), QStringLiteral("backup"));
    // The schema's rows, with their editors and markers, on the same page as the actions.
    for (const QStringView key :
         {u"backup.enabled", u"backup.interval", u"backup.maxBackups", u"backup.keepDaily",
          u"backup.encryption", u"backup.includeSecrets", u"backup.compression"}) {
        auto *row = m_window->findChild<Ui::SettingRow *>(QStringLiteral("row:") + key.toString());
        QVERIFY2(row && row->isVisible(), qPrintable(key.toString()));
    }
    // The destinations have a list of their own in place of their row.
    QVERIFY(find<Ui::BackupDestinationsEditor>(QStringLiteral("backupDestinationsEditor"))
                ->isVisible());
    QVERIFY(find<QPushButton>(QStringLiteral("backUpNow"))->isVisible());
    QVERIFY(find<QLabel>(QStringLiteral("backupSchedule"))->isVisible());
    QVERIFY2(text(QStringLiteral("backupSchedule")).contains(u"Next backup due"),
             qPrintable(text(QStringLiteral("backupSchedule"))));
    QVERIFY2(text(QStringLiteral("backupKeyStatus")).startsWith(u"Backups are not encrypted"),
             qPrintable(text(QStringLiteral("backupKeyStatus"))));
    // Encryption on: the keychain is asked. There is none here: the page says so and offers
    // the password for this session.
    QVERIFY(m_store->setValue(QStringLiteral("backup.encryption"), true));
    QTRY_VERIFY_WITH_TIMEOUT(
        text(QStringLiteral("backupKeyStatus")).contains(u"for this session only"), 20000);
    QVERIFY(!find<QPushButton>(QStringLiteral("createBackupKey"))->isEnabled());
    QVERIFY2(text(QStringLiteral("backupKeyStatus")).contains(u"for this session only"),
             qPrintable(text(QStringLiteral("backupKeyStatus"))));
    // Without a password the page says where to type one, and backs up nothing.
    click(QStringLiteral("backUpNow"));
    QVERIFY2(text(QStringLiteral("backupResult")).startsWith(u"An encrypted backup needs"),
             qPrintable(text(QStringLiteral("backupResult"))));
    QVERIFY(find<QLineEdit>(QStringLiteral("backupPassword"))->hasFocus());
    QVERIFY(backupFiles().isEmpty());
    // With one, the backup is encrypted under it for this session.
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("backupPassword")),
                     QStringLiteral("session password"));
    click(QStringLiteral("backUpNow"));
    waitUntilIdle();
    QVERIFY2(text(QStringLiteral("backupResult")).startsWith(u"Backed up to "),
             qPrintable(text(QStringLiteral("backupResult"))));
    QCOMPARE(m_panel->model()->index(0, Ui::BackupCatalogModel::Encrypted).data().toString(),
             QStringLiteral("Yes"));
    QCOMPARE(QDir(m_profile.backupDirectory()).entryList({QStringLiteral("*.hsbk")}).size(), 1);
    // Turning automatic backups off shows at once.
    QVERIFY(m_store->setValue(QStringLiteral("backup.enabled"), false));
    QCOMPARE(text(QStringLiteral("backupSchedule")), QStringLiteral("Automatic backups are off."));
}

void TestBackupsPage::backUpNowShowsProgressAndAddsAVerifiedRow()
{
    openWindow();
    auto *progress = find<QProgressBar>(QStringLiteral("backupProgress"));
    QList<int> values;
    connect(progress, &QProgressBar::valueChanged, this, [&values](int v) { values.append(v); });
    QCOMPARE(m_panel->model()->rowCount(), 0);
    QVERIFY(!find<QPushButton>(QStringLiteral("cancelBackup"))->isEnabled());

    click(QStringLiteral("backUpNow"));
    QVERIFY(!find<QPushButton>(QStringLiteral("backUpNow"))->isEnabled());
    QVERIFY(find<QPushButton>(QStringLiteral("cancelBackup"))->isEnabled());
    waitUntilIdle();

    QVERIFY2(text(QStringLiteral("backupResult")).startsWith(u"Backed up to "),
             qPrintable(text(QStringLiteral("backupResult"))));
    QCOMPARE(progress->value(), 100);
    // The bar moved through the stages before it was full.
    QVERIFY2(std::any_of(values.begin(), values.end(), [](int v) { return v > 0 && v < 100; }),
             qPrintable(QStringLiteral("values: %1").arg(values.size())));
    QVERIFY(std::is_sorted(values.begin(), values.end()));
    const QStringList files = backupFiles();
    QCOMPARE(files.size(), 1);
    QVERIFY(text(QStringLiteral("backupResult")).contains(files.first()));
    QVERIFY(partialFiles().isEmpty());

    Ui::BackupCatalogModel *model = m_panel->model();
    QCOMPARE(model->rowCount(), 1);
    const auto cell = [model](int column) {
        return model->index(0, column).data().toString();
    };
    QCOMPARE(cell(Ui::BackupCatalogModel::State), QStringLiteral("Verified"));
    QCOMPARE(cell(Ui::BackupCatalogModel::Encrypted), QStringLiteral("No"));
    QCOMPARE(cell(Ui::BackupCatalogModel::Destination), m_profile.backupDirectory());
    QCOMPARE(cell(Ui::BackupCatalogModel::HeldAt), QStringLiteral("local"));
    QCOMPARE(cell(Ui::BackupCatalogModel::Size),
             QLocale().formattedDataSize(
                 QFileInfo(m_profile.backupDirectory() + u'/' + files.first()).size()));
    QVERIFY(!cell(Ui::BackupCatalogModel::AppVersion).isEmpty());
    // A fresh verified backup: no warning.
    QVERIFY(!find<QLabel>(QStringLiteral("staleBackupWarning"))->isVisible());
}

void TestBackupsPage::backUpNowStoresACopyAtEachDestination()
{
    QTemporaryDir usb;
    QTemporaryDir nas;
    QVERIFY(m_store->setText(QStringLiteral("backup.destinations"),
                             QStringLiteral(R"([{"name":"usb","kind":"folder","location":"%1"},)"
                                            R"({"name":"nas","kind":"folder","location":"%2"}])")
                                 .arg(usb.path(), nas.path())));
    openWindow();
    click(QStringLiteral("backUpNow"));
    waitUntilIdle();
    const QString result = text(QStringLiteral("backupResult"));
    QVERIFY2(result.startsWith(u"Backed up to ") && result.contains(usb.path())
                 && result.contains(nas.path()),
             qPrintable(result));
    // A row per copy, each saying where the backup is held.
    Ui::BackupCatalogModel *model = m_panel->model();
    QCOMPARE(model->rowCount(), 2);
    QStringList where;
    for (int row = 0; row < 2; ++row) {
        where.append(model->index(row, Ui::BackupCatalogModel::Destination).data().toString());
        QCOMPARE(model->index(row, Ui::BackupCatalogModel::HeldAt).data().toString(),
                 QStringLiteral("usb, nas"));
    }
    where.sort();
    QStringList expected{usb.path(), nas.path()};
    expected.sort();
    QCOMPARE(where, expected);
}

void TestBackupsPage::cancelLeavesNoBackupAndNoPartialFile()
{
    openWindow();
    click(QStringLiteral("backUpNow"));
    click(QStringLiteral("cancelBackup"));
    QVERIFY(!find<QPushButton>(QStringLiteral("cancelBackup"))->isEnabled());
    waitUntilIdle();
    QCOMPARE(text(QStringLiteral("backupResult")),
             QStringLiteral("The backup was cancelled; nothing was kept."));
    QCOMPARE(find<QProgressBar>(QStringLiteral("backupProgress"))->value(), 0);
    QVERIFY2(backupFiles().isEmpty(), qPrintable(backupFiles().join(u' ')));
    QVERIFY2(partialFiles().isEmpty(), qPrintable(partialFiles().join(u' ')));
    QCOMPARE(m_panel->model()->rowCount(), 0);
    // And the next one goes through.
    click(QStringLiteral("backUpNow"));
    waitUntilIdle();
    QCOMPARE(backupFiles().size(), 1);
}

void TestBackupsPage::verifyFindsIntactAndDamagedBackups()
{
    const QString file = backUpDirectly();
    // As if found at the destination and never read back.
    Core::BackupCatalog catalog(m_profile.backupCatalogFile());
    QVERIFY(catalog.load());
    BackupRecord record = catalog.records().first();
    record.state = BackupRecord::State::Unverified;
    writeCatalog({record});
    openWindow();
    Ui::BackupCatalogModel *model = m_panel->model();
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex state = model->index(0, Ui::BackupCatalogModel::State);
    QCOMPARE(state.data().toString(), QStringLiteral("Not verified"));
    QVERIFY(!find<QPushButton>(QStringLiteral("verifyBackup"))->isEnabled()); // nothing selected

    selectRow(0);
    click(QStringLiteral("verifyBackup"));
    waitUntilIdle();
    QVERIFY2(text(QStringLiteral("backupResult")).contains(u"is intact"),
             qPrintable(text(QStringLiteral("backupResult"))));
    QCOMPARE(model->index(0, Ui::BackupCatalogModel::State).data().toString(),
             QStringLiteral("Verified"));

    // One byte changed in the middle: verification fails and the backup is set aside.
    QFile damaged(file);
    QVERIFY(damaged.open(QIODevice::ReadWrite));
    damaged.seek(damaged.size() / 2);
    char byte = 0;
    QVERIFY(damaged.getChar(&byte));
    damaged.seek(damaged.size() / 2);
    QVERIFY(damaged.putChar(char(byte ^ 0x5a)));
    damaged.close();
    selectRow(0);
    click(QStringLiteral("verifyBackup"));
    waitUntilIdle();
    QVERIFY2(text(QStringLiteral("backupResult")).contains(u"failed verification"),
             qPrintable(text(QStringLiteral("backupResult"))));
    QCOMPARE(model->index(0, Ui::BackupCatalogModel::State).data().toString(),
             QStringLiteral("Quarantined"));
    QVERIFY(!QFile::exists(file));
}

void TestBackupsPage::deleteAsksFirstThenRemovesTheFile()
{
    const QString older = backUpDirectly();
    const QString newer = backUpDirectly();
    openWindow();
    QCOMPARE(m_panel->model()->rowCount(), 2);
    Ui::Prompts::setNextAnswer(false);
    selectRow(0); // newest first
    click(QStringLiteral("deleteBackup"));
    QCOMPARE(Ui::Prompts::shown().size(), 1);
    QVERIFY2(Ui::Prompts::shown().first().contains(QFileInfo(newer).fileName()),
             qPrintable(Ui::Prompts::shown().first()));
    waitUntilIdle();
    QVERIFY(QFile::exists(newer)); // "Keep it" keeps it
    QCOMPARE(m_panel->model()->rowCount(), 2);

    Ui::Prompts::setNextAnswer(true);
    auto *view = find<QTableView>(QStringLiteral("backupCatalog"));
    selectRow(0);
    QTest::keyClick(view, Qt::Key_Delete); // the key does what the button does
    QCOMPARE(Ui::Prompts::shown().size(), 2);
    waitUntilIdle();
    QVERIFY(!QFile::exists(newer));
    QVERIFY(QFile::exists(older));
    QCOMPARE(m_panel->model()->rowCount(), 1);
    QCOMPARE(m_panel->model()->record(0)->file, QFileInfo(older).fileName());
    QVERIFY2(text(QStringLiteral("backupResult")).startsWith(u"Deleted "),
             qPrintable(text(QStringLiteral("backupResult"))));
}

// Déjà Dup's way: a backup chosen in the list is restored from there (the composition root
// opens the wizard on it; tst_guiapplication follows it into the wizard).
void TestBackupsPage::restoreOnARowAsksForThatBackup()
{
    const QString older = backUpDirectly();
    backUpDirectly();
    openWindow();
    QSignalSpy requested(m_panel, &Ui::BackupsPanel::restoreRequested);
    auto *restore = find<QPushButton>(QStringLiteral("restoreBackup"));
    find<QTableView>(QStringLiteral("backupCatalog"))->clearSelection();
    QVERIFY(!restore->isEnabled()); // nothing chosen
    selectRow(1);
    QVERIFY(restore->isEnabled());
    QCOMPARE(restore->accessibleName(), QStringLiteral("Restore from the selected backup"));
    QTest::mouseClick(restore, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(QFileInfo(requested.first().at(0).toString()).absoluteFilePath(),
             QFileInfo(older).absolutePath());
    QCOMPARE(requested.first().at(1).toString(), QFileInfo(older).fileName());
}

void TestBackupsPage::staleWarningAppearsAndGoesAfterABackup()
{
    // The only verified backup is ten days old; the interval is a day.
    backUpDirectly();
    Core::BackupCatalog catalog(m_profile.backupCatalogFile());
    QVERIFY(catalog.load());
    BackupRecord record = catalog.records().first();
    record.createdAt = QDateTime::currentDateTimeUtc().addDays(-10);
    writeCatalog({record});
    openWindow();
    auto *banner = find<QLabel>(QStringLiteral("staleBackupWarning"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"older than twice the backup interval"),
             qPrintable(banner->text()));
    QCOMPARE(banner->accessibleName(), banner->text());

    click(QStringLiteral("backUpNow"));
    waitUntilIdle();
    QVERIFY(!banner->isVisible());

    // No verified backup at all is a warning too.
    writeCatalog({});
    QVERIFY(m_store->setValue(QStringLiteral("backup.interval"), 2 * 3600 * 1000));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), QStringLiteral("There is no verified backup yet."));
}

void TestBackupsPage::chartReflectsTheCatalog()
{
    // Three verified backups of 1, 3 and 2 KiB on three days; the files exist, so the page's
    // look at the destination keeps them.
    QDir().mkpath(m_profile.backupDirectory());
    QList<BackupRecord> records;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-3);
    const QList<qint64> sizes{1024, 3072, 2048};
    for (int i = 0; i < sizes.size(); ++i) {
        BackupRecord record;
        record.createdAt = start.addDays(i);
        record.createdAt.setTime(QTime(12, 0));
        record.file = Core::BackupFileName::make(record.createdAt, false, true, {});
        record.destination = m_profile.backupDirectory();
        record.size = sizes.at(i);
        record.appVersion = QStringLiteral("1.0.0");
        record.state = BackupRecord::State::Verified;
        QFile file(record.destination + u'/' + record.file);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(QByteArray(record.size, 'x')) == record.size);
        records.append(record);
    }
    writeCatalog(records);
    openWindow();
    auto *chart = find<Ui::BackupSizeChart>(QStringLiteral("backupSizeChart"));
    QCOMPARE(chart->shown().size(), 3);
    const QString description = chart->accessibleDescription();
    QVERIFY2(description.startsWith(u"Backups: 3, from "), qPrintable(description));
    const QLocale locale;
    QVERIFY2(description.contains(QStringLiteral("smallest %1, largest %2, newest %3")
                                      .arg(locale.formattedDataSize(1024),
                                           locale.formattedDataSize(3072),
                                           locale.formattedDataSize(2048))),
             qPrintable(description));
    QCOMPARE(chart->accessibleName(), QStringLiteral("Backup sizes over time"));

    // The bars as drawn: oldest left, heights in proportion to the sizes.
    const QImage image = chart->grab().toImage();
    const QColor bar = chart->palette().color(QPalette::Highlight);
    const int line = chart->fontMetrics().height();
    const QRect plot = chart->rect().adjusted(8, line + 6, -8, -(line + 6));
    QList<int> heights;
    for (int i = 0; i < 3; ++i) {
        const int x = int(plot.left() + (i + 0.5) * plot.width() / 3.0) + 2;
        int height = 0;
        for (int y = 0; y < image.height(); ++y)
            height += image.pixelColor(x * image.width() / chart->width(), y) == bar ? 1 : 0;
        heights.append(height);
    }
    QVERIFY2(
        heights[0] > 0 && heights[0] < heights[2] && heights[2] < heights[1],
        qPrintable(QStringLiteral("%1 %2 %3").arg(heights[0]).arg(heights[1]).arg(heights[2])));
    QVERIFY(qAbs(heights[1] - 3 * heights[0]) <= 3 * image.height() / chart->height() + 2);

    // A new backup shows as a fourth bar at once.
    click(QStringLiteral("backUpNow"));
    waitUntilIdle();
    QCOMPARE(chart->shown().size(), 4);
    QVERIFY(chart->accessibleDescription().startsWith(u"Backups: 4, from "));
}

void TestBackupsPage::catalogModelPassesTheTester()
{
    Ui::BackupCatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    backUpDirectly();
    backUpDirectly();
    Core::BackupCatalog catalog(m_profile.backupCatalogFile());
    QVERIFY(catalog.load());
    model.setRecords(catalog.records());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(Ui::BackupCatalogModel::ColumnCount));
    QVERIFY(model.index(0, 0).data().toString() != model.index(1, 0).data().toString());
    // Newest first.
    QVERIFY(model.record(0)->createdAt > model.record(1)->createdAt);
    QCOMPARE(model.headerData(Ui::BackupCatalogModel::Size, Qt::Horizontal).toString(),
             QStringLiteral("Size"));
    model.setRecords({});
    QCOMPARE(model.rowCount(), 0);
}

void TestBackupsPage::scheduledBackupRunsAndIsShown()
{
    // The schedule began two days ago and no backup was made since: one is overdue.
    QDir().mkpath(m_profile.stateDirectory());
    QSettings(m_profile.stateDirectory() + QStringLiteral("/backup-schedule.ini"),
              QSettings::IniFormat)
        .setValue(QStringLiteral("startedAt"), QDateTime::currentDateTimeUtc().addDays(-2));
    m_scheduler = std::make_unique<Core::BackupScheduler>(m_profile, *m_store);
    openWindow(m_scheduler.get());
    QVERIFY2(text(QStringLiteral("backupSchedule")).contains(u"due now"),
             qPrintable(text(QStringLiteral("backupSchedule"))));
    QSignalSpy started(m_scheduler.get(), &Core::BackupScheduler::backupStarted);
    QSignalSpy finished(m_scheduler.get(), &Core::BackupScheduler::backupFinished);
    // What the page shows the moment the backup starts (the page hears the signal first).
    QString whileRunning;
    bool backUpNowWhileRunning = true;
    const QMetaObject::Connection watch =
        connect(m_scheduler.get(), &Core::BackupScheduler::backupStarted, this, [&] {
            whileRunning = text(QStringLiteral("backupSchedule"));
            backUpNowWhileRunning = find<QPushButton>(QStringLiteral("backUpNow"))->isEnabled();
        });
    m_scheduler->start(std::chrono::milliseconds(100));
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);
    disconnect(watch);
    QCOMPARE(whileRunning, QStringLiteral("A scheduled backup is running."));
    QVERIFY(!backUpNowWhileRunning);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    const QString schedule = text(QStringLiteral("backupSchedule"));
    QVERIFY2(schedule.contains(u"Next scheduled backup: ")
                 && schedule.contains(u"Last scheduled backup: "),
             qPrintable(schedule));
    QCOMPARE(m_panel->model()->rowCount(), 1);
    QCOMPARE(backupFiles().size(), 1);
    QVERIFY(find<QPushButton>(QStringLiteral("backUpNow"))->isEnabled());
}

void TestBackupsPage::tabReachesEveryControlAndAllAreNamed()
{
    backUpDirectly();
    openWindow();
    selectRow(0);
    auto *start = find<QPushButton>(QStringLiteral("backUpNow"));
    start->setFocus(Qt::TabFocusReason);
    QSet<QString> reached;
    for (int i = 0; i < 40 && QApplication::focusWidget(); ++i) {
        reached.insert(QApplication::focusWidget()->objectName());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    for (const QStringView name :
         {u"backUpNow", u"backupCatalog", u"verifyBackup", u"deleteBackup", u"refreshBackups",
          u"backupSizeChart", u"addDestination", u"testAllDestinations", u"backupPassword"}) {
        QVERIFY2(reached.contains(name.toString()), qPrintable(name.toString()));
    }
    // Every control a user can reach has a name a screen reader reads.
    for (QWidget *widget : m_panel->findChildren<QWidget *>()) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || widget->objectName().isEmpty())
            continue;
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    // The buttons' mnemonics work from the keyboard: Alt+B backs up.
    QSignalSpy clicked(start, &QPushButton::clicked);
    QTest::keyClick(m_window.get(), Qt::Key_B, Qt::AltModifier);
    QTRY_COMPARE(clicked.size(), 1);
    waitUntilIdle();
    QCOMPARE(backupFiles().size(), 2);
}

// A mnemonic needs a buddy; without one the label shows "WebDAV &password:".
void TestBackupsPage::labelsShowNoLiteralAmpersand()
{
    openWindow();
    for (const QLabel *label : m_panel->findChildren<QLabel *>()) {
        if (label->text().contains(u'&') && label->textFormat() != Qt::RichText)
            QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
}

QTEST_MAIN(TestBackupsPage)
#include "tst_backupspage.moc"
