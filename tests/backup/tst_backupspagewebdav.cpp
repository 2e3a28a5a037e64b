// The Backups page against a real WebDAV server (with-webdav.sh) and a real keychain
// (with-keyring.sh unlocked): the WebDAV password typed on the page goes to the keychain only,
// "Test connection" succeeds with it and shows the server's 401 with a wrong one, the backup key
// is set up from the page, and a backup made, verified and deleted there lives on the server.
#include "core/backup/webdavdestination.h"
#include "core/secrets/backupkeys.h"
#include "core/secrets/secretstore.h"
#include "core/settings/preferencesstore.h"
#include "ui/backup/backupcatalogmodel.h"
#include "ui/backup/backupspanel.h"
#include "ui/common/prompts.h"
#include "ui/mainwindow.h"
#include "ui/pages/settingrow.h"
#include "ui/pages/settingspage.h"

#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
    void passwordGoesToTheKeychainAndTheConnectionWorks();
    void wrongPasswordShowsTheServersRefusal();
    void backupKeySetUpFromThePage();
    void backUpVerifyAndDeleteOnTheServer();

private:
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

    // The destination typed into the schema's row, as a user would.
    auto *row = m_window->findChild<Ui::SettingRow *>(QStringLiteral("row:backup.destination"));
    QVERIFY(row);
    auto *line = row->findChild<QLineEdit *>();
    QVERIFY(line);
    line->setFocus();
    QTest::keyClicks(line, m_url.toString());
    QTest::keyClick(line, Qt::Key_Return);
    QCOMPARE(m_store->text(QStringLiteral("backup.destination")), m_url.toString());
    QCOMPARE(text(QStringLiteral("backupDestinationInUse")), m_url.toString());
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

void TestBackupsPageWebDav::passwordGoesToTheKeychainAndTheConnectionWorks()
{
    // Without a password the server is not reached.
    click(QStringLiteral("testConnection"));
    waitUntilIdle();
    QVERIFY2(text(QStringLiteral("connectionResult"))
                 .contains(Core::WebDavDestination::passwordSecretName(m_url)),
             qPrintable(text(QStringLiteral("connectionResult"))));

    type(QStringLiteral("webDavPassword"), QString::fromUtf8(m_password));
    click(QStringLiteral("storeWebDavPassword"));
    QVERIFY(find<QLineEdit>(QStringLiteral("webDavPassword"))->text().isEmpty());
    waitUntilIdle();
    QVERIFY2(text(QStringLiteral("connectionResult")).contains(u"is in the keychain"),
             qPrintable(text(QStringLiteral("connectionResult"))));
    const Core::Result<QByteArray> stored =
        m_secrets->read(Core::WebDavDestination::passwordSecretName(m_url));
    QVERIFY(stored);
    QCOMPARE(*stored, m_password);
    QVERIFY(!profileMentions(m_password));

    click(QStringLiteral("testConnection"));
    QCOMPARE(text(QStringLiteral("connectionResult")), QStringLiteral("Testing the connection..."));
    waitUntilIdle();
    QVERIFY2(text(QStringLiteral("connectionResult")).startsWith(u"Connection to ")
                 && text(QStringLiteral("connectionResult"))
                        .endsWith(u"works: it can be read and written."),
             qPrintable(text(QStringLiteral("connectionResult"))));
}

void TestBackupsPageWebDav::wrongPasswordShowsTheServersRefusal()
{
    const QString wrong = QStringLiteral("Not-The-Password-42");
    type(QStringLiteral("webDavPassword"), wrong);
    QTest::keyClick(find<QLineEdit>(QStringLiteral("webDavPassword")), Qt::Key_Return);
    waitUntilIdle();
    click(QStringLiteral("testConnection"));
    waitUntilIdle();
    const QString message = text(QStringLiteral("connectionResult"));
    QVERIFY2(message.contains(u"401") && message.contains(m_url.userName()), qPrintable(message));
    QVERIFY(!message.contains(wrong));
    QVERIFY(!profileMentions(wrong.toUtf8()));

    // The right one again, for the tests that follow.
    type(QStringLiteral("webDavPassword"), QString::fromUtf8(m_password));
    click(QStringLiteral("storeWebDavPassword"));
    waitUntilIdle();
    click(QStringLiteral("testConnection"));
    waitUntilIdle();
    QVERIFY(text(QStringLiteral("connectionResult")).startsWith(u"Connection to "));
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
