// The Backups page against a real WebDAV server (with-webdav.sh) and a real keychain
// (with-keyring.sh unlocked): a destination added in the destination dialog, its password typed
// there, goes to the keychain (and the secret index) only, never into the settings; Test
// succeeds with it and shows the server's 401 with a wrong one; the backup key is set up from
// the page, and a backup made, verified and deleted there lives on the server.
#include "core/backup/destinationlist.h"
#include "core/backup/webdavdestination.h"
#include "core/secrets/backupkeys.h"
#include "core/secrets/secretstore.h"
#include "core/settings/preferencesstore.h"
#include "core/state/secretindex.h"
#include "core/state/statedatabase.h"
#include "ui/backup/backupcatalogmodel.h"
#include "ui/backup/backupdestinationseditor.h"
#include "ui/backup/backupspanel.h"
#include "ui/backup/destinationdialog.h"
#include "ui/backup/destinationlistmodel.h"
#include "ui/common/prompts.h"
#include "ui/mainwindow.h"
#include "ui/pages/settingrow.h"
#include "ui/pages/settingspage.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Hubstate;

class TestBackupsPageWebDav : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void destinationAddedWithItsPasswordInTheKeychainOnly();
    void testConnectionWorks();
    void wrongPasswordShowsTheServersRefusal();
    void backupKeySetUpFromThePage();
    void backUpVerifyAndDeleteOnTheServer();

private:
    // The dialog has closed (and may be gone: it deletes itself once closed).
    static bool closed(const QPointer<Ui::DestinationDialog> &dialog)
    {
        return !dialog || !dialog->isVisible();
    }
    template<typename T> T *find(const QString &name) const
    {
        auto *widget = m_window->findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }
    QString text(const QString &name) const { return find<QLabel>(name)->text(); }
    void type(const QString &name, const QString &value)
    {
        auto *line = find<QLineEdit>(name);
        line->setFocus();
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Backspace);
        QTest::keyClicks(line, value);
    }
    void click(const QString &name)
    {
        auto *button = find<QPushButton>(name);
        QVERIFY2(button->isEnabled(), qPrintable(name));
        QTest::mouseClick(button, Qt::LeftButton);
    }
    void waitUntilIdle()
    {
        QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>(QStringLiteral("backUpNow"))->isEnabled(),
                                 60000);
    }
    bool profileMentions(const QByteArray &needle) const;
    // Opens the dialog of the destination `name` (Enter on its row), or Add's when empty.
    Ui::DestinationDialog *openDialog(const QString &name = {});
    void typeIn(Ui::DestinationDialog *dialog, const QString &field, const QString &value)
    {
        auto *line = dialog->findChild<QLineEdit *>(field);
        QVERIFY2(line, qPrintable(field));
        line->setFocus();
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Backspace);
        QTest::keyClicks(line, value);
    }
    // Test on the chosen destination: what the list says of it then.
    QString testDestination();
    QStringList serverFiles() const
    {
        return QDir(m_root + QStringLiteral("/backups")).entryList(QDir::Files | QDir::Hidden);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    Core::Profile m_profile;
    std::unique_ptr<Core::PreferencesStore> m_store;
    std::unique_ptr<Core::SecretStore> m_secrets;
    std::unique_ptr<Ui::MainWindow> m_window;
    Ui::BackupsPanel *m_panel = nullptr;
    QUrl m_url;
    QByteArray m_password;
    QString m_root;
};

void TestBackupsPageWebDav::initTestCase()
{
    const QUrl base(qEnvironmentVariable("HUBSTATE_WEBDAV_URL"));
    m_password = qgetenv("HUBSTATE_WEBDAV_PASSWORD");
    m_root = qEnvironmentVariable("HUBSTATE_WEBDAV_ROOT");
    QVERIFY2(base.isValid() && !m_password.isEmpty(), "run under tests/backup/with-webdav.sh");
    m_url = base.resolved(QUrl(QStringLiteral("backups/")));
    m_url.setUserName(qEnvironmentVariable("HUBSTATE_WEBDAV_USER"));

    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = Core::Profile::inDirectory(m_dir->path());
    m_secrets = std::make_unique<Core::SecretStore>(m_profile.keychainScope());
    const Core::SecretStore::HealthReport health = m_secrets->probe();
    QVERIFY2(health.health == Core::SecretStore::Health::Healthy, qPrintable(health.message));
    m_store = std::make_unique<Core::PreferencesStore>(m_profile, Core::Profile::policyFiles());
    QVERIFY(m_store->open());

    m_window = std::make_unique<Ui::MainWindow>(*m_store);
    m_panel = new Ui::BackupsPanel(m_profile, *m_store);
    m_window->page(QStringLiteral("backup"))->addPanel(m_panel);
    m_window->showPage(QStringLiteral("backup"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!text(QStringLiteral("backupKeyStatus")).startsWith(u"Asking"), 20000);
    waitUntilIdle();
}

void TestBackupsPageWebDav::cleanupTestCase()
{
    m_window.reset();
    if (m_secrets) {
        (void)m_secrets->remove(Core::WebDavDestination::passwordSecretName(m_url));
        (void)m_secrets->remove(Core::BackupKeys::masterKeyName());
    }
}

bool TestBackupsPageWebDav::profileMentions(const QByteArray &needle) const
{
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

Ui::DestinationDialog *TestBackupsPageWebDav::openDialog(const QString &name)
{
    Ui::BackupDestinationsEditor *editor = m_panel->destinations();
    if (name.isEmpty()) {
        QTest::mouseClick(find<QPushButton>(QStringLiteral("addDestination")), Qt::LeftButton);
    } else {
        auto *view = find<QTableView>(QStringLiteral("backupDestinations"));
        view->setFocus();
        view->selectRow(editor->model()->rowOf(name));
        QTest::keyClick(view, Qt::Key_Return);
    }
    Ui::DestinationDialog *dialog = editor->dialog();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        qFatal("the destination dialog did not open");
    return dialog;
}

QString TestBackupsPageWebDav::testDestination()
{
    Ui::DestinationListModel *model = m_panel->destinations()->model();
    auto *view = find<QTableView>(QStringLiteral("backupDestinations"));
    view->setFocus();
    view->selectRow(model->rowOf(QStringLiteral("nas")));
    QTest::mouseClick(find<QPushButton>(QStringLiteral("testDestination")), Qt::LeftButton);
    waitUntilIdle();
    return model->index(model->rowOf(QStringLiteral("nas")), Ui::DestinationListModel::Connection)
        .data()
        .toString();
}

void TestBackupsPageWebDav::destinationAddedWithItsPasswordInTheKeychainOnly()
{
    QCOMPARE(m_store->text(QStringLiteral("backup.destinations")), QString());
    QPointer<Ui::DestinationDialog> dialog = openDialog();
    QTest::keyClick(dialog, Qt::Key_W, Qt::AltModifier);
    QTRY_VERIFY(
        dialog->findChild<QRadioButton *>(QStringLiteral("destinationKindWebDav"))->isChecked());
    QUrl address = m_url;
    address.setUserName({});
    typeIn(dialog, QStringLiteral("destinationName"), QStringLiteral("nas"));
    typeIn(dialog, QStringLiteral("destinationWebDavUrl"), address.toString());
    typeIn(dialog, QStringLiteral("destinationWebDavUser"), m_url.userName());
    typeIn(dialog, QStringLiteral("destinationWebDavPassword"), QString::fromUtf8(m_password));
    // This machine over http://: the password may go, no warning.
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("destinationDialogWarning"))->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    // The field is emptied at once; the keychain is written off the GUI thread.
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("destinationWebDavPassword"))
                ->text()
                .isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(closed(dialog), 30000);
    waitUntilIdle();

    // The setting: the destination, its user in the URL, no password.
    Core::BackupDestination expected;
    expected.name = QStringLiteral("nas");
    expected.kind = Core::BackupDestination::Kind::WebDav;
    expected.location = m_url.toString(QUrl::FullyEncoded);
    QCOMPARE(m_store->text(QStringLiteral("backup.destinations")),
             Core::BackupDestinations::toJson({expected}));
    const QString result = text(QStringLiteral("destinationsResult"));
    QVERIFY2(result.startsWith(u"Added nas (WebDAV): ") && result.contains(u"is in the keychain"),
             qPrintable(result));
    // The keychain holds the password under the name the destination reads it by...
    const QString name = Core::WebDavDestination::passwordSecretName(m_url);
    const Core::Result<QByteArray> stored = m_secrets->read(name);
    QVERIFY(stored);
    QCOMPARE(*stored, m_password);
    // ...the secret index knows of it, and no file of the profile holds it.
    Core::StateDatabase database;
    QVERIFY(database.open(m_profile.databaseFile()));
    const Core::Result<QList<Core::SecretEntry>> index = Core::SecretIndex(database).list();
    QVERIFY(index);
    QString purpose;
    for (const Core::SecretEntry &entry : *index) {
        if (entry.name == name)
            purpose = entry.purpose;
    }
    database.close();
    QVERIFY2(purpose.startsWith(u"WebDAV password for "), qPrintable(purpose));
    QVERIFY(!profileMentions(m_password));
}

void TestBackupsPageWebDav::testConnectionWorks()
{
    QCOMPARE(testDestination(), QStringLiteral("Works"));
    const QString result = text(QStringLiteral("destinationsResult"));
    QVERIFY2(result.contains(u"nas: works, it can be read and written"), qPrintable(result));
}

void TestBackupsPageWebDav::wrongPasswordShowsTheServersRefusal()
{
    const QString wrong = QStringLiteral("Not-The-Password-42");
    QPointer<Ui::DestinationDialog> dialog = openDialog(QStringLiteral("nas"));
    typeIn(dialog, QStringLiteral("destinationWebDavPassword"), wrong);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(closed(dialog), 30000);
    waitUntilIdle();
    QCOMPARE(testDestination(), QStringLiteral("Fails"));
    const QString message = m_panel->destinations()->model()->testMessage(QStringLiteral("nas"));
    QVERIFY2(message.contains(u"401") && message.contains(m_url.userName()), qPrintable(message));
    QVERIFY(!message.contains(wrong));
    QVERIFY(!text(QStringLiteral("destinationsResult")).contains(wrong));
    QVERIFY(!profileMentions(wrong.toUtf8()));

    // The right one again, for the tests that follow; the setting never changed.
    const QString before = m_store->text(QStringLiteral("backup.destinations"));
    dialog = openDialog(QStringLiteral("nas"));
    typeIn(dialog, QStringLiteral("destinationWebDavPassword"), QString::fromUtf8(m_password));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveDestination")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(closed(dialog), 30000);
    waitUntilIdle();
    QCOMPARE(m_store->text(QStringLiteral("backup.destinations")), before);
    QCOMPARE(testDestination(), QStringLiteral("Works"));
}

void TestBackupsPageWebDav::backupKeySetUpFromThePage()
{
    QVERIFY2(text(QStringLiteral("backupKeyStatus")).startsWith(u"There is no backup key yet"),
             qPrintable(text(QStringLiteral("backupKeyStatus"))));
    auto *create = find<QPushButton>(QStringLiteral("createBackupKey"));
    type(QStringLiteral("backupPassword"), QStringLiteral("correct horse battery"));
    type(QStringLiteral("backupPasswordConfirm"), QStringLiteral("correct horse batter"));
    QVERIFY(!create->isEnabled());
    QCOMPARE(text(QStringLiteral("backupKeyResult")), QStringLiteral("The two passwords differ."));
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("backupPasswordConfirm")), QStringLiteral("y"));
    QVERIFY(create->isEnabled());
    click(QStringLiteral("createBackupKey"));
    waitUntilIdle();
    QTRY_VERIFY_WITH_TIMEOUT(
        text(QStringLiteral("backupKeyStatus")).startsWith(u"The backup key is in the keychain"),
        20000);
    waitUntilIdle();
    QVERIFY(Core::BackupKeys(*m_secrets).load());
    QVERIFY(find<QLineEdit>(QStringLiteral("backupPassword"))->text().isEmpty());
    QVERIFY(!create->isEnabled());
    QVERIFY(!profileMentions("correct horse battery"));
}

void TestBackupsPageWebDav::backUpVerifyAndDeleteOnTheServer()
{
    QVERIFY(m_store->value(QStringLiteral("backup.encryption")).toBool());
    click(QStringLiteral("backUpNow"));
    waitUntilIdle();
    QVERIFY2(text(QStringLiteral("backupResult")).startsWith(u"Backed up to http://"),
             qPrintable(text(QStringLiteral("backupResult"))));
    QStringList files = serverFiles();
    QCOMPARE(files.size(), 1);
    QVERIFY2(files.first().endsWith(u".hsbk"), qPrintable(files.first()));
    Ui::BackupCatalogModel *model = m_panel->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, Ui::BackupCatalogModel::Encrypted).data().toString(),
             QStringLiteral("Yes"));
    QCOMPARE(model->index(0, Ui::BackupCatalogModel::Destination).data().toString(),
             m_url.toString());

    auto *view = find<QTableView>(QStringLiteral("backupCatalog"));
    view->setFocus();
    view->selectRow(0);
    click(QStringLiteral("verifyBackup"));
    waitUntilIdle();
    QVERIFY2(text(QStringLiteral("backupResult")).contains(u"is intact"),
             qPrintable(text(QStringLiteral("backupResult"))));

    Ui::Prompts::setNextAnswer(true);
    view->selectRow(0);
    click(QStringLiteral("deleteBackup"));
    waitUntilIdle();
    QVERIFY2(serverFiles().isEmpty(), qPrintable(serverFiles().join(u' ')));
    QCOMPARE(model->rowCount(), 0);
}

QTEST_MAIN(TestBackupsPageWebDav)
#include "tst_backupspagewebdav.moc"
