// The Backups page as a user drives it, in the main window, without a keychain (backups
// unencrypted): back up now with progress, cancel, verify and delete from the catalog, the stale
// warning, the chart of sizes, the schedule, keyboard access, and the list of destinations with
// its dialog (add, edit, remove, test, the rules of backup.destinations, an administrator's
// lock, a secret refused where there is no keychain). WebDAV, S3 and the keychain are in
// tests/backup/tst_backupspagewebdav.cpp and tests/s3/tst_backupspages3.cpp.
#include "core/backup/backupcatalog.h"
#include "core/backup/backupengine.h"
#include "core/backup/backupfilename.h"
#include "core/backup/backupscheduler.h"
#include "core/backup/destinationlist.h"
#include "core/settings/preferencesstore.h"
#include "ui/backup/backupcatalogmodel.h"
#include "ui/backup/backupdestinationseditor.h"
#include "ui/backup/backupjob.h"
#include "ui/backup/backupsizechart.h"
#include "ui/backup/backupspanel.h"
#include "ui/backup/destinationdialog.h"
#include "ui/backup/destinationlistmodel.h"
#include "ui/common/prompts.h"
#include "ui/mainwindow.h"
#include "ui/navigation/jumplist.h"
#include "ui/pages/settingrow.h"
#include "ui/pages/settingspage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Hubstate;
using Core::BackupDestination;
using Core::BackupRecord;

class TestBackupsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
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
    void destinationListTakesThePlaceOfTheRow();
    void searchAndJumpListLeadToTheDestinationList();
    void addFolderDestinationByKeyboard();
    void addWebDavAndS3Destinations();
    void invalidInputShowsTheRuleAndChangesNothing();
    void secretWithoutKeychainChangesNothing();
    void editRenamesAndKeepsTheLocation();
    void spaceTurnsADestinationOffAndRemoveAsksFirst();
    void testShowsEachDestinationsResult();
    void policyLockMakesTheListReadOnly();
    void destinationModelPassesTheTester();
    void tabReachesTheDestinationList();

private:
    // The dialog has closed (and may be gone: it deletes itself once closed).
    static bool closed(const QPointer<Ui::DestinationDialog> &dialog)
    {
        return !dialog || !dialog->isVisible();
    }
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
    // The destination list and its dialog.
    QList<BackupDestination> destinations() const;
    QString destinationsText() const
    {
        return m_store->text(QStringLiteral("backup.destinations"));
    }
    Ui::DestinationDialog *openAddDialog();
    Ui::DestinationDialog *openEditDialog(const QString &name);
    template<typename T> T *inDialog(Ui::DestinationDialog *dialog, const QString &name) const
    {
        auto *widget = dialog->findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s in the dialog", qPrintable(name));
        return widget;
    }
    // Types into a field of the dialog as a user does: focus, select what is there, type.
    void typeInto(Ui::DestinationDialog *dialog, const QString &name, const QString &text);
    void selectDestination(const QString &name);
    bool profileMentions(const QByteArray &needle) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    Core::Profile m_profile;
    std::unique_ptr<Core::PreferencesStore> m_store;
    std::unique_ptr<Core::BackupScheduler> m_scheduler;
    std::unique_ptr<Ui::MainWindow> m_window;
    Ui::BackupsPanel *m_panel = nullptr;
};

void TestBackupsPage::initTestCase()
{
    // No keychain: a session bus that is not there, so that no test here reaches the keychain
    // of the session it runs in.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/hubstate-test-bus");
}

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

// A mnemonic needs a buddy; without one the label shows "WebDAV &password:". The same in
// the destination dialog, whichever kind it shows.
void TestBackupsPage::labelsShowNoLiteralAmpersand()
{
    openWindow();
    for (const QLabel *label : m_panel->findChildren<QLabel *>()) {
        if (label->text().contains(u'&') && label->textFormat() != Qt::RichText)
            QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
    QPointer<Ui::DestinationDialog> dialog = openAddDialog();
    for (const QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->text().contains(u'&') && label->textFormat() != Qt::RichText)
            QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
    // Every control of the dialog has a name a screen reader reads.
    for (QWidget *widget : dialog->findChildren<QWidget *>()) {
        if ((widget->focusPolicy() & Qt::TabFocus) && !widget->objectName().isEmpty()
            && !widget->objectName().startsWith(u"qt_"))
            QVERIFY2(!widget->accessibleName().isEmpty() || qobject_cast<QPushButton *>(widget),
                     qPrintable(widget->objectName()));
    }
    dialog->reject();
}

QList<BackupDestination> TestBackupsPage::destinations() const
{
    const Core::Result<QList<BackupDestination>> list =
        Core::BackupDestinations::parse(destinationsText());
    if (!list)
        qFatal("backup.destinations does not parse: %s", qPrintable(list.error().message));
    return *list;
}

Ui::DestinationDialog *TestBackupsPage::openAddDialog()
{
    auto *add = find<QPushButton>(QStringLiteral("addDestination"));
    if (!add->isEnabled())
        qFatal("Add is disabled");
    // Its mnemonic, from anywhere in the window (a button's mnemonic clicks it a moment later).
    m_window->activateWindow(); // the offscreen platform does not, once a dialog closed
    if (!QTest::qWaitForWindowActive(m_window.get()))
        qFatal("the window is not active");
    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::AltModifier);
    (void)QTest::qWaitFor([this] { return m_panel->destinations()->dialog() != nullptr; }, 5000);
    Ui::DestinationDialog *dialog = m_panel->destinations()->dialog();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        qFatal("the destination dialog did not open");
    return dialog;
}

Ui::DestinationDialog *TestBackupsPage::openEditDialog(const QString &name)
{
    selectDestination(name);
    // Enter on the chosen row edits it.
    QTest::keyClick(find<QTableView>(QStringLiteral("backupDestinations")), Qt::Key_Return);
    Ui::DestinationDialog *dialog = m_panel->destinations()->dialog();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        qFatal("the destination dialog did not open");
    return dialog;
}

void TestBackupsPage::typeInto(Ui::DestinationDialog *dialog, const QString &name,
                               const QString &text)
{
    auto *line = inDialog<QLineEdit>(dialog, name);
    line->setFocus(Qt::TabFocusReason);
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Backspace);
    QTest::keyClicks(line, text);
}

void TestBackupsPage::selectDestination(const QString &name)
{
    auto *view = find<QTableView>(QStringLiteral("backupDestinations"));
    const int row = m_panel->destinations()->model()->rowOf(name);
    if (row < 0)
        qFatal("no destination %s", qPrintable(name));
    view->setFocus(Qt::TabFocusReason);
    view->selectRow(row);
}

bool TestBackupsPage::profileMentions(const QByteArray &needle) const
{
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

void TestBackupsPage::destinationListTakesThePlaceOfTheRow()
{
    openWindow();
    // The raw JSON row is not on the page: the list edits the setting.
    auto *row = m_window->findChild<Ui::SettingRow *>(QStringLiteral("row:backup.destinations"));
    QVERIFY(row);
    QVERIFY(!row->isVisible());
    auto *editor = find<Ui::BackupDestinationsEditor>(QStringLiteral("backupDestinationsEditor"));
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->title(), QStringLiteral("Destinations"));
    // Empty: backups go to the profile's own folder, said so.
    auto *empty = find<QLabel>(QStringLiteral("destinationsEmpty"));
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().startsWith(u"Backups go to this profile's own folder")
                 && empty->text().contains(m_profile.backupDirectory()),
             qPrintable(empty->text()));
    QVERIFY(!find<QTableView>(QStringLiteral("backupDestinations"))->isVisible());
    QVERIFY(!find<QPushButton>(QStringLiteral("editDestination"))->isEnabled());
    QVERIFY(!find<QPushButton>(QStringLiteral("removeDestination"))->isEnabled());

    // What the CLI (or another window) writes shows at once, and the note goes.
    QTemporaryDir usb;
    QVERIFY(m_store->setText(
        QStringLiteral("backup.destinations"),
        QStringLiteral(R"([{"name":"usb","kind":"folder","location":"%1"}])").arg(usb.path())));
    QVERIFY(!empty->isVisible());
    auto *view = find<QTableView>(QStringLiteral("backupDestinations"));
    QVERIFY(view->isVisible());
    Ui::DestinationListModel *model = editor->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, Ui::DestinationListModel::Name).data().toString(),
             QStringLiteral("usb"));
    QCOMPARE(model->index(0, Ui::DestinationListModel::Kind).data().toString(),
             QStringLiteral("Folder"));
    QCOMPARE(model->index(0, Ui::DestinationListModel::Location).data().toString(), usb.path());
    QCOMPARE(model->index(0, Ui::DestinationListModel::Enabled).data(Qt::CheckStateRole).toInt(),
             int(Qt::Checked));
    QCOMPARE(model->index(0, Ui::DestinationListModel::Retention).data().toString(),
             QStringLiteral("Defaults"));
    // Reset this page leaves the destinations alone: they are not a row of it.
    QVERIFY(!m_window->page(QStringLiteral("backup"))
                 ->resettableKeys()
                 .contains(QStringLiteral("backup.destinations")));
}

void TestBackupsPage::searchAndJumpListLeadToTheDestinationList()
{
    openWindow();
    auto *editor = find<Ui::BackupDestinationsEditor>(QStringLiteral("backupDestinationsEditor"));
    // A search for the setting shows the list (not the rest of the panel), and counts it.
    auto *search = find<QLineEdit>(QStringLiteral("searchField"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("backup destinations"));
    QTRY_VERIFY(!find<QPushButton>(QStringLiteral("backUpNow"))->isVisible());
    QVERIFY(editor->isVisible());
    QVERIFY(!find<QLineEdit>(QStringLiteral("backupPassword"))->isVisible());
    auto *note =
        m_window->page(QStringLiteral("backup"))->findChild<QLabel *>(QStringLiteral("searchNote"));
    QVERIFY2(note->isVisible() && note->text().contains(u"Back up")
                 && !note->text().contains(u"Destinations"),
             qPrintable(note->text()));
    // A search for something else hides it with the panel; clearing the search shows all.
    search->selectAll();
    QTest::keyClicks(search, QStringLiteral("compress"));
    QTRY_VERIFY(!editor->isVisible());
    search->clear();
    QTRY_VERIFY(find<QPushButton>(QStringLiteral("backUpNow"))->isVisible());
    QVERIFY(editor->isVisible());
    QVERIFY(find<QLineEdit>(QStringLiteral("backupPassword"))->isVisible());

    // The jump list (Ctrl+K) goes to the list: with no destination yet, to Add.
    m_window->showPage(QStringLiteral("appearance"));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    Ui::JumpList *jump = m_window->jumpList();
    QVERIFY(jump);
    auto *field = jump->findChild<QLineEdit *>(QStringLiteral("jumpField"));
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, QStringLiteral("Backup destinations"));
    QCOMPARE(jump->shownCount(), 1);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE(m_window->currentPageId(), QStringLiteral("backup"));
    QTRY_COMPARE(QApplication::focusWidget(),
                 static_cast<QWidget *>(find<QPushButton>(QStringLiteral("addDestination"))));
    // With destinations, to the list.
    QTemporaryDir usb;
    QVERIFY(m_store->setText(
        QStringLiteral("backup.destinations"),
        QStringLiteral(R"([{"name":"usb","kind":"folder","location":"%1"}])").arg(usb.path())));
    m_window->showPage(QStringLiteral("appearance"));
    m_window->goToSetting(QStringLiteral("backup.destinations"));
    QTRY_COMPARE(QApplication::focusWidget(),
                 static_cast<QWidget *>(find<QTableView>(QStringLiteral("backupDestinations"))));
}

void TestBackupsPage::addFolderDestinationByKeyboard()
{
    QTemporaryDir usb;
    openWindow();
    QPointer<Ui::DestinationDialog> dialog = openAddDialog();
    // A folder by default, named after its kind; the folder is yet to be given.
    QVERIFY(inDialog<QRadioButton>(dialog, QStringLiteral("destinationKindFolder"))->isChecked());
    QCOMPARE(inDialog<QLineEdit>(dialog, QStringLiteral("destinationName"))->text(),
             QStringLiteral("local"));
    auto *ok = inDialog<QPushButton>(dialog, QStringLiteral("saveDestination"));
    QVERIFY(!ok->isEnabled());

    // Alt+N: the name; Alt+D: the folder.
    QTest::keyClick(dialog, Qt::Key_N, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("destinationName"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("usb"));
    QTest::keyClick(dialog, Qt::Key_D, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("destinationFolder"));
    QTest::keyClicks(QApplication::focusWidget(), usb.path() + u'/');
    QVERIFY(ok->isEnabled());
    // Own retention: three last, the rest as the page's settings say.
    QTest::keyClick(dialog, Qt::Key_O, Qt::AltModifier);
    QTRY_VERIFY(
        inDialog<QCheckBox>(dialog, QStringLiteral("destinationOwnRetention"))->isChecked());
    auto *keepLast = inDialog<QSpinBox>(dialog, QStringLiteral("destinationKeepLast"));
    QVERIFY(keepLast->isEnabled());
    QCOMPARE(keepLast->value(), 10); // backup.maxBackups, to start from
    QTest::keyClick(dialog, Qt::Key_L, Qt::AltModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("3"));
    for (const QString &name :
         {QStringLiteral("destinationKeepDaily"), QStringLiteral("destinationKeepWeekly"),
          QStringLiteral("destinationKeepMonthly")}) {
        auto *spin = inDialog<QSpinBox>(dialog, name);
        spin->setFocus();
        // Down to the lowest: "default (0)", the page's setting.
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(spin, Qt::Key_Down);
        QCOMPARE(spin->value(), spin->minimum());
        QCOMPARE(spin->text(), QStringLiteral("default (0)"));
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(closed(dialog), 5000);

    BackupDestination expected;
    expected.name = QStringLiteral("usb");
    expected.kind = BackupDestination::Kind::Folder;
    expected.location = usb.path(); // as a clean path
    expected.retention = BackupDestination::Retention{3, {}, {}, {}};
    QCOMPARE(destinationsText(), Core::BackupDestinations::toJson({expected}));
    QCOMPARE(destinations(), QList<BackupDestination>{expected});
    QVERIFY2(text(QStringLiteral("destinationsResult")).startsWith(u"Added usb (Folder): "),
             qPrintable(text(QStringLiteral("destinationsResult"))));
    Ui::DestinationListModel *model = m_panel->destinations()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, Ui::DestinationListModel::Retention).data().toString(),
             QStringLiteral("Own: 3 last"));
    // The file the CLI reads says the same.
    Core::PreferencesStore reread(m_profile, Core::Profile::policyFiles());
    QVERIFY(reread.open());
    QCOMPARE(reread.text(QStringLiteral("backup.destinations")), destinationsText());

    // A second folder, picked with the folder chooser.
    QTemporaryDir nas;
    dialog = openAddDialog();
    QCOMPARE(inDialog<QLineEdit>(dialog, QStringLiteral("destinationName"))->text(),
             QStringLiteral("local"));
    Ui::Prompts::setNextFile(nas.path());
    QTest::mouseClick(inDialog<QPushButton>(dialog, QStringLiteral("browseDestinationFolder")),
                      Qt::LeftButton);
    QCOMPARE(inDialog<QLineEdit>(dialog, QStringLiteral("destinationFolder"))->text(), nas.path());
    inDialog<QCheckBox>(dialog, QStringLiteral("destinationEnabled"))->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // not for now
    QTest::mouseClick(inDialog<QPushButton>(dialog, QStringLiteral("saveDestination")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(closed(dialog), 5000);
    BackupDestination second;
    second.name = QStringLiteral("local");
    second.location = nas.path();
    second.enabled = false;
    QCOMPARE(destinations(), (QList<BackupDestination>{expected, second}));
    Ui::Prompts::reset();
}

void TestBackupsPage::addWebDavAndS3Destinations()
{
    openWindow();
    // WebDAV: the address, a user, no password (the keychain has it, or the server needs none).
    QPointer<Ui::DestinationDialog> dialog = openAddDialog();
    QTest::keyClick(dialog, Qt::Key_W, Qt::AltModifier);
    QTRY_VERIFY(
        inDialog<QRadioButton>(dialog, QStringLiteral("destinationKindWebDav"))->isChecked());
    QCOMPARE(inDialog<QLineEdit>(dialog, QStringLiteral("destinationName"))->text(),
             QStringLiteral("webdav"));
    QVERIFY(!inDialog<QLineEdit>(dialog, QStringLiteral("destinationFolder"))->isVisible());
    QVERIFY(inDialog<QLineEdit>(dialog, QStringLiteral("destinationWebDavPassword"))->isVisible());
    QTest::keyClick(dialog, Qt::Key_A, Qt::AltModifier);
    QTest::keyClicks(
        QApplication::focusWidget(),
        QStringLiteral("https://cloud.example.org/remote.php/dav/files/alice/My Backups/"));
    QTest::keyClick(dialog, Qt::Key_U, Qt::AltModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("alice@example.org"));
    typeInto(dialog, QStringLiteral("destinationName"), QStringLiteral("cloud"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(closed(dialog), 5000);

    // S3: endpoint, region, bucket, prefix, path-style addressing, key id.
    dialog = openAddDialog();
    QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(inDialog<QRadioButton>(dialog, QStringLiteral("destinationKindS3"))->isChecked());
    QCOMPARE(inDialog<QLineEdit>(dialog, QStringLiteral("destinationName"))->text(),
             QStringLiteral("s3"));
    QVERIFY(!inDialog<QLineEdit>(dialog, QStringLiteral("destinationWebDavUrl"))->isVisible());
    typeInto(dialog, QStringLiteral("destinationS3Endpoint"),
             QStringLiteral("http://127.0.0.1:9000"));
    typeInto(dialog, QStringLiteral("destinationS3Region"), QStringLiteral("eu-west-3"));
    typeInto(dialog, QStringLiteral("destinationS3Bucket"), QStringLiteral("backups"));
    typeInto(dialog, QStringLiteral("destinationS3Prefix"), QStringLiteral("/hubstate/laptop/"));
    auto *style = inDialog<QComboBox>(dialog, QStringLiteral("destinationS3Style"));
    style->setFocus();
    QTest::keyClick(style, Qt::Key_Down);
    QCOMPARE(style->currentIndex(), 1);
    typeInto(dialog, QStringLiteral("destinationS3KeyId"), QStringLiteral("AKIDGUITEST"));
    // Plain http:// to this machine is fine: no warning.
    QVERIFY(!inDialog<QLabel>(dialog, QStringLiteral("destinationDialogWarning"))->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(closed(dialog), 5000);

    BackupDestination cloud;
    cloud.name = QStringLiteral("cloud");
    cloud.kind = BackupDestination::Kind::WebDav;
    cloud.location = QStringLiteral(
        "https://alice%40example.org@cloud.example.org/remote.php/dav/files/alice/My%20Backups/");
    BackupDestination bucket;
    bucket.name = QStringLiteral("s3");
    bucket.kind = BackupDestination::Kind::S3;
    bucket.location = QStringLiteral("s3+http://AKIDGUITEST@127.0.0.1:9000/backups/hubstate/laptop/"
                                     "?region=eu-west-3&style=path");
    QCOMPARE(destinationsText(), Core::BackupDestinations::toJson({cloud, bucket}));
    // The list shows them as messages do, and the secret is nowhere in the setting.
    Ui::DestinationListModel *model = m_panel->destinations()->model();
    QCOMPARE(model->index(0, Ui::DestinationListModel::Kind).data().toString(),
             QStringLiteral("WebDAV"));
    QCOMPARE(model->index(1, Ui::DestinationListModel::Kind).data().toString(),
             QStringLiteral("S3"));
    QCOMPARE(model->index(1, Ui::DestinationListModel::Location).data().toString(),
             bucket.location);

    // Taken apart again for editing: every field as it was typed.
    dialog = openEditDialog(QStringLiteral("s3"));
    QCOMPARE(inDialog<QLineEdit>(dialog, QStringLiteral("destinationS3Endpoint"))->text(),
             QStringLiteral("http://127.0.0.1:9000"));
    QCOMPARE(inDialog<QLineEdit>(dialog, QStringLiteral("destinationS3Region"))->text(),
             QStringLiteral("eu-west-3"));
    QCOMPARE(inDialog<QLineEdit>(dialog, QStringLiteral("destinationS3Bucket"))->text(),
             QStringLiteral("backups"));
    QCOMPARE(inDialog<QLineEdit>(dialog, QStringLiteral("destinationS3Prefix"))->text(),
             QStringLiteral("hubstate/laptop"));
    QCOMPARE(inDialog<QComboBox>(dialog, QStringLiteral("destinationS3Style"))->currentIndex(), 1);
    QCOMPARE(inDialog<QLineEdit>(dialog, QStringLiteral("destinationS3KeyId"))->text(),
             QStringLiteral("AKIDGUITEST"));
    QCOMPARE(dialog->destination(), bucket);
    dialog->reject();
    dialog = openEditDialog(QStringLiteral("cloud"));
    QCOMPARE(inDialog<QLineEdit>(dialog, QStringLiteral("destinationWebDavUser"))->text(),
             QStringLiteral("alice@example.org"));
    QCOMPARE(dialog->destination(), cloud);
    // The password field says it may stay empty.
    QVERIFY(inDialog<QLineEdit>(dialog, QStringLiteral("destinationWebDavPassword"))
                ->placeholderText()
                .contains(u"keep the one in the keychain"));
    dialog->reject();
    QCOMPARE(destinations(), (QList<BackupDestination>{cloud, bucket}));
}

void TestBackupsPage::invalidInputShowsTheRuleAndChangesNothing()
{
    QTemporaryDir usb;
    QVERIFY(m_store->setText(
        QStringLiteral("backup.destinations"),
        QStringLiteral(R"([{"name":"usb","kind":"folder","location":"%1"}])").arg(usb.path())));
    const QString before = destinationsText();
    openWindow();
    QPointer<Ui::DestinationDialog> dialog = openAddDialog();
    auto *ok = inDialog<QPushButton>(dialog, QStringLiteral("saveDestination"));
    const auto problemUnder = [dialog](const QString &field) {
        // The line under a field's editor, in the same column of the form.
        QWidget *editor = dialog->findChild<QWidget *>(field);
        QWidget *box = editor->parentWidget();
        while (box && !box->findChild<QLabel *>())
            box = box->parentWidget();
        for (QLabel *label : box->findChildren<QLabel *>()) {
            if (label->isVisible() && label->styleSheet().contains(u"color"))
                return label->text();
        }
        return QString();
    };

    // A relative folder: the rule, under the folder.
    typeInto(dialog, QStringLiteral("destinationFolder"), QStringLiteral("backups"));
    QCOMPARE(problemUnder(QStringLiteral("destinationFolder")),
             QStringLiteral("A folder must be an absolute path (value: backups)"));
    QVERIFY(!ok->isEnabled());
    // The location another destination has.
    typeInto(dialog, QStringLiteral("destinationFolder"), usb.path());
    QVERIFY2(problemUnder(QStringLiteral("destinationFolder"))
                 .startsWith(u"Another destination has the same location"),
             qPrintable(problemUnder(QStringLiteral("destinationFolder"))));
    QVERIFY(!ok->isEnabled());
    // A name another destination has, whatever the case; a name with a space at its end.
    QTemporaryDir other;
    typeInto(dialog, QStringLiteral("destinationFolder"), other.path());
    QCOMPARE(problemUnder(QStringLiteral("destinationFolder")), QString());
    typeInto(dialog, QStringLiteral("destinationName"), QStringLiteral("USB"));
    QCOMPARE(problemUnder(QStringLiteral("destinationName")),
             QStringLiteral("Another destination has this name (names are unique, whatever the "
                            "case)"));
    QVERIFY(!ok->isEnabled());
    typeInto(dialog, QStringLiteral("destinationName"), QStringLiteral("stick "));
    QCOMPARE(problemUnder(QStringLiteral("destinationName")),
             QStringLiteral("A name must not start or end with a space"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
    QVERIFY(ok->isEnabled());
    // Enter with a rule broken does nothing.
    typeInto(dialog, QStringLiteral("destinationName"), QString());
    QCOMPARE(problemUnder(QStringLiteral("destinationName")),
             QStringLiteral("A name must not be empty"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QCOMPARE(destinationsText(), before);

    // WebDAV: an address with its password in it; a password for no user.
    QTest::keyClick(dialog, Qt::Key_W, Qt::AltModifier);
    QTRY_VERIFY(
        inDialog<QRadioButton>(dialog, QStringLiteral("destinationKindWebDav"))->isChecked());
    typeInto(dialog, QStringLiteral("destinationName"), QStringLiteral("nas"));
    typeInto(dialog, QStringLiteral("destinationWebDavUrl"),
             QStringLiteral("https://alice:secret@dav.example.org/backups/"));
    QVERIFY2(
        problemUnder(QStringLiteral("destinationWebDavUrl")).startsWith(u"Leave the password out"),
        qPrintable(problemUnder(QStringLiteral("destinationWebDavUrl"))));
    QVERIFY(!ok->isEnabled());
    typeInto(dialog, QStringLiteral("destinationWebDavUrl"),
             QStringLiteral("dav.example.org/backups/"));
    QVERIFY2(problemUnder(QStringLiteral("destinationWebDavUrl"))
                 .startsWith(u"The address starts with https://"),
             qPrintable(problemUnder(QStringLiteral("destinationWebDavUrl"))));
    typeInto(dialog, QStringLiteral("destinationWebDavUrl"),
             QStringLiteral("http://dav.example.org/backups/"));
    QVERIFY(ok->isEnabled());
    typeInto(dialog, QStringLiteral("destinationWebDavPassword"), QStringLiteral("pw"));
    QCOMPARE(problemUnder(QStringLiteral("destinationWebDavUser")),
             QStringLiteral("Type the user name the password is for."));
    QVERIFY(!ok->isEnabled());
    typeInto(dialog, QStringLiteral("destinationWebDavUser"), QStringLiteral("alice"));
    QVERIFY(ok->isEnabled());
    // Plain http:// to another machine: said before anything is sent (and the setting that
    // allows it named).
    auto *warning = inDialog<QLabel>(dialog, QStringLiteral("destinationDialogWarning"));
    QVERIFY2(warning->isVisible() && warning->text().contains(u"allowInsecureHttp"),
             qPrintable(warning->text()));

    // S3: the endpoint is the server only; a bucket S3 would refuse; a prefix of odd names.
    QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(inDialog<QRadioButton>(dialog, QStringLiteral("destinationKindS3"))->isChecked());
    typeInto(dialog, QStringLiteral("destinationS3Endpoint"),
             QStringLiteral("https://s3.example.com/backups"));
    QVERIFY2(problemUnder(QStringLiteral("destinationS3Endpoint"))
                 .startsWith(u"The endpoint is the server's address only"),
             qPrintable(problemUnder(QStringLiteral("destinationS3Endpoint"))));
    typeInto(dialog, QStringLiteral("destinationS3Endpoint"),
             QStringLiteral("https://s3.example.com"));
    typeInto(dialog, QStringLiteral("destinationS3KeyId"), QStringLiteral("AKIDEXAMPLE"));
    typeInto(dialog, QStringLiteral("destinationS3Bucket"), QStringLiteral("My_Bucket"));
    QVERIFY2(problemUnder(QStringLiteral("destinationS3Bucket"))
                 .contains(u"is not an S3 bucket name (3 to 63 lower-case letters"),
             qPrintable(problemUnder(QStringLiteral("destinationS3Bucket"))));
    QCOMPARE(problemUnder(QStringLiteral("destinationS3KeyId")), QString());
    QVERIFY(!ok->isEnabled());
    typeInto(dialog, QStringLiteral("destinationS3Bucket"), QStringLiteral("my-bucket"));
    typeInto(dialog, QStringLiteral("destinationS3Prefix"), QStringLiteral("a b"));
    QVERIFY2(problemUnder(QStringLiteral("destinationS3Prefix"))
                 .contains(u"is not a folder of plain names"),
             qPrintable(problemUnder(QStringLiteral("destinationS3Prefix"))));
    QVERIFY(!ok->isEnabled());
    typeInto(dialog, QStringLiteral("destinationS3Region"), QStringLiteral("Europe"));
    typeInto(dialog, QStringLiteral("destinationS3Prefix"), QString());
    QVERIFY2(problemUnder(QStringLiteral("destinationS3Region")).contains(u"is not a region name"),
             qPrintable(problemUnder(QStringLiteral("destinationS3Region"))));
    typeInto(dialog, QStringLiteral("destinationS3Region"), QString());
    QVERIFY(ok->isEnabled());
    // Cancel: nothing changed.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(closed(dialog), 5000);
    QCOMPARE(destinationsText(), before);
}

// Where the keychain cannot be reached, a typed secret is refused, never kept in the settings,
// and the destination is not added with it: nothing changes.
void TestBackupsPage::secretWithoutKeychainChangesNothing()
{
    const QByteArray canary = "hubstate-destination-canary-5e1f0c";
    openWindow();
    QPointer<Ui::DestinationDialog> dialog = openAddDialog();
    QTest::keyClick(dialog, Qt::Key_W, Qt::AltModifier);
    QTRY_VERIFY(
        inDialog<QRadioButton>(dialog, QStringLiteral("destinationKindWebDav"))->isChecked());
    typeInto(dialog, QStringLiteral("destinationWebDavUrl"),
             QStringLiteral("https://dav.example.org/backups/"));
    typeInto(dialog, QStringLiteral("destinationWebDavUser"), QStringLiteral("alice"));
    QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier);
    QTest::keyClicks(QApplication::focusWidget(), QString::fromLatin1(canary));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    // The field is emptied at once; the keychain's refusal is said in the dialog, which stays.
    QVERIFY(
        inDialog<QLineEdit>(dialog, QStringLiteral("destinationWebDavPassword"))->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 30000);
    QVERIFY(dialog->isVisible());
    const QString message =
        inDialog<QLabel>(dialog, QStringLiteral("destinationDialogMessage"))->text();
    QVERIFY2(message.startsWith(u"The keychain did not take the secret, so nothing was changed"),
             qPrintable(message));
    QVERIFY(!message.contains(QString::fromLatin1(canary)));
    QCOMPARE(destinationsText(), QString());
    dialog->reject();
    QTRY_VERIFY_WITH_TIMEOUT(closed(dialog), 5000);
    waitUntilIdle();
    QVERIFY(!profileMentions(canary));
}

void TestBackupsPage::editRenamesAndKeepsTheLocation()
{
    QTemporaryDir usb;
    QVERIFY(
        m_store->setText(QStringLiteral("backup.destinations"),
                         QStringLiteral(R"([{"name":"usb","kind":"folder","location":"%1"},)"
                                        R"({"name":"nas","kind":"webdav","location":"%2",)"
                                        R"("retention":{"keepDaily":7}}])")
                             .arg(usb.path(), QStringLiteral("https://bob@nas.example.org/b/"))));
    const QList<BackupDestination> before = destinations();
    openWindow();
    QPointer<Ui::DestinationDialog> dialog = openEditDialog(QStringLiteral("nas"));
    QVERIFY(inDialog<QRadioButton>(dialog, QStringLiteral("destinationKindWebDav"))->isChecked());
    QCOMPARE(inDialog<QLineEdit>(dialog, QStringLiteral("destinationWebDavUrl"))->text(),
             QStringLiteral("https://nas.example.org/b/"));
    QCOMPARE(inDialog<QLineEdit>(dialog, QStringLiteral("destinationWebDavUser"))->text(),
             QStringLiteral("bob"));
    // Retention of its own, the counts it does not give left to the page's settings.
    QVERIFY(inDialog<QCheckBox>(dialog, QStringLiteral("destinationOwnRetention"))->isChecked());
    QCOMPARE(inDialog<QSpinBox>(dialog, QStringLiteral("destinationKeepDaily"))->value(), 7);
    auto *keepLast = inDialog<QSpinBox>(dialog, QStringLiteral("destinationKeepLast"));
    QCOMPARE(keepLast->value(), keepLast->minimum());
    // Unchanged, OK changes nothing.
    QCOMPARE(dialog->destination(), before.at(1));
    // A new name and its own name in other letters: both fine for itself.
    typeInto(dialog, QStringLiteral("destinationName"), QStringLiteral("NAS"));
    QVERIFY(inDialog<QPushButton>(dialog, QStringLiteral("saveDestination"))->isEnabled());
    typeInto(dialog, QStringLiteral("destinationName"), QStringLiteral("home nas"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(closed(dialog), 5000);
    QList<BackupDestination> expected = before;
    expected[1].name = QStringLiteral("home nas");
    QCOMPARE(destinations(), expected);
    QVERIFY2(text(QStringLiteral("destinationsResult")).startsWith(u"Changed home nas (WebDAV)"),
             qPrintable(text(QStringLiteral("destinationsResult"))));
    // The row stays chosen under its new name.
    auto *view = find<QTableView>(QStringLiteral("backupDestinations"));
    QCOMPARE(view->selectionModel()->selectedRows().value(0).row(), 1);
}

void TestBackupsPage::spaceTurnsADestinationOffAndRemoveAsksFirst()
{
    QTemporaryDir usb;
    QTemporaryDir nas;
    QVERIFY(m_store->setText(QStringLiteral("backup.destinations"),
                             QStringLiteral(R"([{"name":"usb","kind":"folder","location":"%1"},)"
                                            R"({"name":"nas","kind":"folder","location":"%2"}])")
                                 .arg(usb.path(), nas.path())));
    openWindow();
    auto *view = find<QTableView>(QStringLiteral("backupDestinations"));
    selectDestination(QStringLiteral("usb"));
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(destinations().at(0).enabled, false);
    QCOMPARE(destinations().at(1).enabled, true);
    Ui::DestinationListModel *model = m_panel->destinations()->model();
    QCOMPARE(model->index(0, Ui::DestinationListModel::Enabled).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(destinations().at(0).enabled, true);
    // A click on the check box does the same.
    const QRect cell = view->visualRect(model->index(1, Ui::DestinationListModel::Enabled));
    const QPoint box(cell.left() + view->style()->pixelMetric(QStyle::PM_IndicatorWidth) / 2 + 4,
                     cell.center().y());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, box);
    QTRY_COMPARE(destinations().at(1).enabled, false);

    // Remove asks; "Keep it" keeps it.
    Ui::Prompts::setNextAnswer(false);
    selectDestination(QStringLiteral("nas"));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(Ui::Prompts::shown().size(), 1);
    QVERIFY2(Ui::Prompts::shown().first().contains(u"Remove nas (" + nas.path()),
             qPrintable(Ui::Prompts::shown().first()));
    QCOMPARE(destinations().size(), 2);
    Ui::Prompts::setNextAnswer(true);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("removeDestination")), Qt::LeftButton);
    QCOMPARE(Ui::Prompts::shown().size(), 2);
    QCOMPARE(destinations().size(), 1);
    QCOMPARE(destinations().first().name, QStringLiteral("usb"));
    QVERIFY2(text(QStringLiteral("destinationsResult")).startsWith(u"Removed nas"),
             qPrintable(text(QStringLiteral("destinationsResult"))));
    QVERIFY(QDir(nas.path()).exists()); // the backups there are left
    // The last one removed: the list is empty, and backups go to the profile's folder again.
    Ui::Prompts::setNextAnswer(true);
    selectDestination(QStringLiteral("usb"));
    QTest::mouseClick(find<QPushButton>(QStringLiteral("removeDestination")), Qt::LeftButton);
    QCOMPARE(destinationsText(), QStringLiteral("[]"));
    QVERIFY(find<QLabel>(QStringLiteral("destinationsEmpty"))->isVisible());
}

void TestBackupsPage::testShowsEachDestinationsResult()
{
    QTemporaryDir usb;
    // A folder that cannot be made: a file stands where its parent would be.
    QFile blocker(m_dir->filePath(QStringLiteral("a-file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString gone = blocker.fileName() + QStringLiteral("/backups");
    QVERIFY(m_store->setText(QStringLiteral("backup.destinations"),
                             QStringLiteral(R"([{"name":"usb","kind":"folder","location":"%1"},)"
                                            R"({"name":"gone","kind":"folder","location":"%2",)"
                                            R"("enabled":false}])")
                                 .arg(usb.path(), gone)));
    openWindow();
    Ui::DestinationListModel *model = m_panel->destinations()->model();
    const auto state = [model](int row) {
        return model->index(row, Ui::DestinationListModel::Connection).data().toString();
    };
    QCOMPARE(state(0), QString());
    // The chosen one.
    selectDestination(QStringLiteral("usb"));
    QTest::mouseClick(find<QPushButton>(QStringLiteral("testDestination")), Qt::LeftButton);
    QCOMPARE(state(0), QStringLiteral("Testing…"));
    QVERIFY(!find<QPushButton>(QStringLiteral("testAllDestinations"))->isEnabled());
    waitUntilIdle();
    QTRY_COMPARE(state(0), QStringLiteral("Works"));
    QCOMPARE(state(1), QString());
    QVERIFY2(text(QStringLiteral("destinationsResult"))
                 .contains(u"usb: works, it can be read and written (" + usb.path() + u")."),
             qPrintable(text(QStringLiteral("destinationsResult"))));
    // All (Alt+L), the disabled one too, each with its own result.
    QSignalSpy started(m_panel->job(), &Ui::BackupJob::started);
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::AltModifier);
    QTRY_COMPARE(started.size(), 1);
    QCOMPARE(started.first().first().toString(), QStringLiteral("testDestinations"));
    waitUntilIdle();
    QTRY_COMPARE(state(1), QStringLiteral("Fails"));
    QCOMPARE(state(0), QStringLiteral("Works"));
    const QString result = text(QStringLiteral("destinationsResult"));
    QVERIFY2(result.startsWith(u"1 of 2 destination") && result.contains(u"gone: ")
                 && result.contains(gone),
             qPrintable(result));
    QCOMPARE(model->index(1, Ui::DestinationListModel::Connection).data(Qt::ToolTipRole).toString(),
             model->testMessage(QStringLiteral("gone")));
    // Another location: untested again.
    QVERIFY(m_store->setText(
        QStringLiteral("backup.destinations"),
        QStringLiteral(R"([{"name":"usb","kind":"folder","location":"%1"}])").arg(m_dir->path())));
    QCOMPARE(state(0), QString());
}

void TestBackupsPage::policyLockMakesTheListReadOnly()
{
    QTemporaryDir usb;
    const QString policy = m_dir->filePath(QStringLiteral("policy.ini"));
    QFile file(policy);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QString list = QStringLiteral(R"([{"name":"usb","kind":"folder","location":"%1"},)"
                                        R"({"name":"nas","kind":"webdav","location":"%2"}])")
                             .arg(usb.path(), QStringLiteral("https://alice@nas.example.org/b/"));
    QString quoted = list;
    quoted.replace(u'"', QStringLiteral("\\\""));
    file.write(QStringLiteral("[meta]\nexplanation=Backups go where the IT desk says\n[locked]\n"
                              "backup.destinations=\"%1\"\n")
                   .arg(quoted)
                   .toUtf8());
    file.close();
    m_store = std::make_unique<Core::PreferencesStore>(m_profile, policy);
    QVERIFY(m_store->open());
    QVERIFY(m_store->setValue(QStringLiteral("backup.encryption"), false));
    QVERIFY(m_store->isLocked(QStringLiteral("backup.destinations")));
    openWindow();

    auto *lock = find<QLabel>(QStringLiteral("destinationsLock"));
    QVERIFY(lock->isVisible());
    QVERIFY2(lock->text().contains(policy)
                 && lock->text().contains(u"Backups go where the IT desk says"),
             qPrintable(lock->text()));
    QVERIFY(lock->focusPolicy() & Qt::TabFocus);
    Ui::DestinationListModel *model = m_panel->destinations()->model();
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(!find<QPushButton>(QStringLiteral("addDestination"))->isEnabled());
    QVERIFY(!find<QPushButton>(QStringLiteral("removeDestination"))->isEnabled());
    QVERIFY(!(model->flags(model->index(0, Ui::DestinationListModel::Enabled))
              & Qt::ItemIsUserCheckable));
    // Space, Delete and Alt+A change nothing.
    auto *view = find<QTableView>(QStringLiteral("backupDestinations"));
    selectDestination(QStringLiteral("usb"));
    QTest::keyClick(view, Qt::Key_Space);
    QTest::keyClick(view, Qt::Key_Delete);
    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::AltModifier);
    QVERIFY(!m_panel->destinations()->dialog());
    QCOMPARE(Ui::Prompts::shown().size(), 0);
    QCOMPARE(destinationsText(), list);
    // A folder has nothing of the user's to store; a WebDAV destination has its password.
    QVERIFY(!find<QPushButton>(QStringLiteral("editDestination"))->isEnabled());
    QVERIFY(find<QPushButton>(QStringLiteral("testDestination"))->isEnabled());
    QPointer<Ui::DestinationDialog> dialog = openEditDialog(QStringLiteral("nas"));
    QVERIFY(inDialog<QLabel>(dialog, QStringLiteral("destinationDialogLock"))->isVisible());
    for (const QString &name :
         {QStringLiteral("destinationName"), QStringLiteral("destinationWebDavUrl"),
          QStringLiteral("destinationWebDavUser"), QStringLiteral("destinationKindFolder"),
          QStringLiteral("destinationEnabled")})
        QVERIFY2(!inDialog<QWidget>(dialog, name)->isEnabled(), qPrintable(name));
    auto *password = inDialog<QLineEdit>(dialog, QStringLiteral("destinationWebDavPassword"));
    QVERIFY(password->isEnabled());
    QVERIFY(password->hasFocus());
    auto *ok = inDialog<QPushButton>(dialog, QStringLiteral("saveDestination"));
    QCOMPARE(ok->text(), QStringLiteral("Store in keychain"));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(password, QStringLiteral("pw"));
    QVERIFY(ok->isEnabled());
    dialog->reject();
    QTRY_VERIFY_WITH_TIMEOUT(closed(dialog), 5000);
    // The store refuses a change too, whoever asks.
    QVERIFY(!m_store->setText(QStringLiteral("backup.destinations"), QString()));
    QCOMPARE(destinationsText(), list);
}

void TestBackupsPage::destinationModelPassesTheTester()
{
    Ui::DestinationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    BackupDestination usb;
    usb.name = QStringLiteral("usb");
    usb.location = QStringLiteral("/media/usb/backups");
    BackupDestination nas;
    nas.name = QStringLiteral("nas");
    nas.kind = BackupDestination::Kind::WebDav;
    nas.location = QStringLiteral("https://alice@nas.example.org/b/");
    nas.enabled = false;
    nas.retention = BackupDestination::Retention{{}, 7, {}, {}};
    Core::RetentionPolicy defaults;
    model.setDestinations({usb, nas}, defaults);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(Ui::DestinationListModel::ColumnCount));
    QCOMPARE(model.index(1, Ui::DestinationListModel::Retention).data().toString(),
             QStringLiteral("Own: 10 last, 7 daily"));
    QCOMPARE(model.index(1, Ui::DestinationListModel::Enabled).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));
    model.setTest(QStringLiteral("nas"), Ui::DestinationListModel::TestState::Fails,
                  QStringLiteral("401"));
    // The same rows again: results stay; other rows: they start again.
    model.setDestinations({usb, nas}, defaults);
    QCOMPARE(model.testState(QStringLiteral("nas")), Ui::DestinationListModel::TestState::Fails);
    model.setDestinations({nas}, defaults);
    QCOMPARE(model.rowCount(), 1);
    model.setDestinations({}, defaults);
    QCOMPARE(model.rowCount(), 0);
}

// From the list to its buttons and on to the encryption box, by Tab alone.
void TestBackupsPage::tabReachesTheDestinationList()
{
    QTemporaryDir usb;
    QVERIFY(m_store->setText(
        QStringLiteral("backup.destinations"),
        QStringLiteral(R"([{"name":"usb","kind":"folder","location":"%1"}])").arg(usb.path())));
    openWindow();
    find<QPushButton>(QStringLiteral("refreshBackups"))->setFocus(Qt::TabFocusReason);
    QStringList reached;
    for (int i = 0; i < 20 && QApplication::focusWidget(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached.append(QApplication::focusWidget()->objectName());
    }
    const QStringList expected{
        QStringLiteral("backupDestinations"), QStringLiteral("addDestination"),
        QStringLiteral("editDestination"),    QStringLiteral("removeDestination"),
        QStringLiteral("testDestination"),    QStringLiteral("testAllDestinations"),
        QStringLiteral("backupPassword")};
    qsizetype at = reached.indexOf(expected.first());
    QVERIFY2(at >= 0, qPrintable(reached.join(u' ')));
    QCOMPARE(reached.mid(at, expected.size()), expected);
}

QTEST_MAIN(TestBackupsPage)
#include "tst_backupspage.moc"
