// The Backups page's list of destinations as a user drives it, in the main window, without a
// keychain: the list in place of the raw backup.destinations row (search and Go to lead to
// it), the dialog that adds or edits a folder, a WebDAV server or an S3 bucket by keyboard and
// mouse, the JSON the setting then holds, the rules of backup.destinations shown under the
// field concerned (and nothing changed), a secret refused where there is no keychain, edit,
// enable and disable, remove, the connection tests, and an administrator's lock. With a real
// keychain and servers: tests/backup/tst_backupspagewebdav.cpp, tests/s3/tst_backupspages3.cpp.
#include "core/backup/destinationlist.h"
#include "core/settings/preferencesstore.h"
#include "ui/backup/backupdestinationseditor.h"
#include "ui/backup/backupjob.h"
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
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Hubstate;
using Core::BackupDestination;

class TestBackupsPageDestinations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
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
    void dialogLabelsHaveBuddiesAndControlsNames();

private:
    // The dialog has closed (and may be gone: it deletes itself once closed).
    static bool closed(const QPointer<Ui::DestinationDialog> &dialog)
    {
        return !dialog || !dialog->isVisible();
    }
    void openWindow();
    void waitUntilIdle()
    {
        QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>(QStringLiteral("backUpNow"))->isEnabled(),
                                 60000);
    }
    template<typename T> T *find(const QString &name) const
    {
        auto *widget = m_window->findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }
    QString text(const QString &labelName) const { return find<QLabel>(labelName)->text(); }
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
    std::unique_ptr<Ui::MainWindow> m_window;
    Ui::BackupsPanel *m_panel = nullptr;
};

void TestBackupsPageDestinations::initTestCase()
{
    // No keychain: a session bus that is not there, so that no test here reaches the keychain
    // of the session it runs in.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/hubstate-test-bus");
}

void TestBackupsPageDestinations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profile = Core::Profile::inDirectory(m_dir->path());
    m_store = std::make_unique<Core::PreferencesStore>(m_profile, Core::Profile::policyFiles());
    QVERIFY(m_store->open());
    QVERIFY(m_store->setValue(QStringLiteral("backup.encryption"), false));
}

void TestBackupsPageDestinations::cleanup()
{
    QCOMPARE(Ui::Prompts::unusedAnswers(), 0);
    Ui::Prompts::reset();
    m_window.reset();
    m_store.reset();
    m_dir.reset();
}

void TestBackupsPageDestinations::openWindow()
{
    m_window = std::make_unique<Ui::MainWindow>(*m_store);
    Ui::SettingsPage *page = m_window->page(QStringLiteral("backup"));
    QVERIFY(page);
    m_panel = new Ui::BackupsPanel(m_profile, *m_store);
    page->addPanel(m_panel);
    m_window->showPage(QStringLiteral("backup"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The first look at the destination and the keychain has ended.
    QTRY_VERIFY_WITH_TIMEOUT(!text(QStringLiteral("backupKeyStatus")).startsWith(u"Asking"), 20000);
    waitUntilIdle();
}

// A mnemonic needs a buddy, whichever kind the dialog shows; every control has a name a
// screen reader reads.
void TestBackupsPageDestinations::dialogLabelsHaveBuddiesAndControlsNames()
{
    openWindow();
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

QList<BackupDestination> TestBackupsPageDestinations::destinations() const
{
    const Core::Result<QList<BackupDestination>> list =
        Core::BackupDestinations::parse(destinationsText());
    if (!list)
        qFatal("backup.destinations does not parse: %s", qPrintable(list.error().message));
    return *list;
}

Ui::DestinationDialog *TestBackupsPageDestinations::openAddDialog()
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

Ui::DestinationDialog *TestBackupsPageDestinations::openEditDialog(const QString &name)
{
    selectDestination(name);
    // Enter on the chosen row edits it.
    QTest::keyClick(find<QTableView>(QStringLiteral("backupDestinations")), Qt::Key_Return);
    Ui::DestinationDialog *dialog = m_panel->destinations()->dialog();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        qFatal("the destination dialog did not open");
    return dialog;
}

void TestBackupsPageDestinations::typeInto(Ui::DestinationDialog *dialog, const QString &name,
                                           const QString &text)
{
    auto *line = inDialog<QLineEdit>(dialog, name);
    line->setFocus(Qt::TabFocusReason);
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Backspace);
    QTest::keyClicks(line, text);
}

void TestBackupsPageDestinations::selectDestination(const QString &name)
{
    auto *view = find<QTableView>(QStringLiteral("backupDestinations"));
    const int row = m_panel->destinations()->model()->rowOf(name);
    if (row < 0)
        qFatal("no destination %s", qPrintable(name));
    view->setFocus(Qt::TabFocusReason);
    view->selectRow(row);
}

bool TestBackupsPageDestinations::profileMentions(const QByteArray &needle) const
{
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

void TestBackupsPageDestinations::destinationListTakesThePlaceOfTheRow()
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

void TestBackupsPageDestinations::searchAndJumpListLeadToTheDestinationList()
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

void TestBackupsPageDestinations::addFolderDestinationByKeyboard()
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

void TestBackupsPageDestinations::addWebDavAndS3Destinations()
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

void TestBackupsPageDestinations::invalidInputShowsTheRuleAndChangesNothing()
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
            if (label->isVisible() && label->property("problem").toBool())
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
void TestBackupsPageDestinations::secretWithoutKeychainChangesNothing()
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

void TestBackupsPageDestinations::editRenamesAndKeepsTheLocation()
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

void TestBackupsPageDestinations::spaceTurnsADestinationOffAndRemoveAsksFirst()
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

void TestBackupsPageDestinations::testShowsEachDestinationsResult()
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

void TestBackupsPageDestinations::policyLockMakesTheListReadOnly()
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

void TestBackupsPageDestinations::destinationModelPassesTheTester()
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
void TestBackupsPageDestinations::tabReachesTheDestinationList()
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

QTEST_MAIN(TestBackupsPageDestinations)
#include "tst_backupspagedestinations.moc"
