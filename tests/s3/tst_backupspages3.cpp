// The Backups page with an S3 bucket as the destination, against a real S3-protocol server
// (with-s3.sh) and a real keychain (with-keyring.sh unlocked): the secret access key typed on
// the page goes to the keychain only (under the S3 name), "Test connection" succeeds with it,
// and a backup made, verified and deleted there lives in the bucket.
#include "core/backup/s3destination.h"
#include "core/secrets/backupkeys.h"
#include "core/secrets/secretstore.h"
#include "core/settings/preferencesstore.h"
#include "ui/backup/backupcatalogmodel.h"
#include "ui/backup/backupspanel.h"
#include "ui/common/prompts.h"
#include "ui/mainwindow.h"
#include "ui/pages/settingrow.h"
#include "ui/pages/settingspage.h"

#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Hubstate;

class TestBackupsPageS3 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void secretGoesToTheKeychainAndTheConnectionWorks();
    void backUpVerifyAndDeleteInTheBucket();

private:
    template<typename T> T *find(const QString &name) const
    {
        auto *widget = m_window->findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }
    QString text(const QString &name) const { return find<QLabel>(name)->text(); }
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
    bool profileMentions(const QByteArray &needle) const
    {
        QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                return true;
        }
        return false;
    }
    QStringList bucketFiles() const
    {
        const QString suffix = QStringLiteral("._S3rver_object");
        QStringList files;
        QDirIterator it(qEnvironmentVariable("HUBSTATE_S3_ROOT") + QStringLiteral("/backups/gui"),
                        QDir::Files);
        while (it.hasNext()) {
            const QString name = QFileInfo(it.next()).fileName();
            if (name.endsWith(suffix))
                files.append(name.chopped(suffix.size()));
        }
        return files;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    Core::Profile m_profile;
    std::unique_ptr<Core::PreferencesStore> m_store;
    std::unique_ptr<Core::SecretStore> m_secrets;
    std::unique_ptr<Ui::MainWindow> m_window;
    Ui::BackupsPanel *m_panel = nullptr;
    QString m_spec;
    QString m_secretName;
    QByteArray m_secret;
};

void TestBackupsPageS3::initTestCase()
{
    m_secret = qgetenv("HUBSTATE_S3_SECRET");
    QVERIFY2(!m_secret.isEmpty(), "run under tests/s3/with-s3.sh");
    m_spec = QStringLiteral("s3+http://%1@%2/%3/gui/?region=us-east-1&style=path")
                 .arg(qEnvironmentVariable("HUBSTATE_S3_KEY_ID"),
                      qEnvironmentVariable("HUBSTATE_S3_ENDPOINT"),
                      qEnvironmentVariable("HUBSTATE_S3_BUCKET"));
    const Core::Result<Core::S3Destination::Location> location =
        Core::S3Destination::parse(QUrl(m_spec));
    QVERIFY(location);
    m_secretName = Core::S3Destination::secretName(*location);

    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = Core::Profile::inDirectory(m_dir->path());
    m_secrets = std::make_unique<Core::SecretStore>(m_profile.keychainScope());
    const Core::SecretStore::HealthReport health = m_secrets->probe();
    QVERIFY2(health.health == Core::SecretStore::Health::Healthy, qPrintable(health.message));
    m_store = std::make_unique<Core::PreferencesStore>(m_profile, Core::Profile::policyFiles());
    QVERIFY(m_store->open());
    QVERIFY(m_store->setValue(QStringLiteral("backup.encryption"), false));

    m_window = std::make_unique<Ui::MainWindow>(*m_store);
    m_panel = new Ui::BackupsPanel(m_profile, *m_store);
    m_window->page(QStringLiteral("backup"))->addPanel(m_panel);
    m_window->showPage(QStringLiteral("backup"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    waitUntilIdle();

    // The destination typed into the schema's row, as a user would.
    auto *row = m_window->findChild<Ui::SettingRow *>(QStringLiteral("row:backup.destination"));
    QVERIFY(row);
    auto *line = row->findChild<QLineEdit *>();
    QVERIFY(line);
    line->setFocus();
    QTest::keyClicks(line, m_spec);
    QTest::keyClick(line, Qt::Key_Return);
    QCOMPARE(m_store->text(QStringLiteral("backup.destination")), m_spec);
    QCOMPARE(text(QStringLiteral("backupDestinationInUse")), m_spec);
}

void TestBackupsPageS3::cleanupTestCase()
{
    m_window.reset();
    if (m_secrets)
        (void)m_secrets->remove(m_secretName);
}

void TestBackupsPageS3::secretGoesToTheKeychainAndTheConnectionWorks()
{
    // Without the secret the bucket is not reached, and the message names the entry to fill.
    click(QStringLiteral("testConnection"));
    waitUntilIdle();
    QVERIFY2(text(QStringLiteral("connectionResult")).contains(m_secretName),
             qPrintable(text(QStringLiteral("connectionResult"))));

    auto *field = find<QLineEdit>(QStringLiteral("webDavPassword"));
    QVERIFY(field->isEnabled());
    QCOMPARE(field->accessibleName(), QStringLiteral("S3 secret access key"));
    field->setFocus();
    QTest::keyClicks(field, QString::fromUtf8(m_secret));
    click(QStringLiteral("storeWebDavPassword"));
    QVERIFY(field->text().isEmpty());
    waitUntilIdle();
    QVERIFY2(text(QStringLiteral("connectionResult")).contains(u"is in the keychain"),
             qPrintable(text(QStringLiteral("connectionResult"))));
    const Core::Result<QByteArray> stored = m_secrets->read(m_secretName);
    QVERIFY(stored);
    QCOMPARE(*stored, m_secret);
    QVERIFY(!profileMentions(m_secret));

    click(QStringLiteral("testConnection"));
    waitUntilIdle();
    QVERIFY2(text(QStringLiteral("connectionResult")).startsWith(u"Connection to ")
                 && text(QStringLiteral("connectionResult"))
                        .endsWith(u"works: it can be read and written."),
             qPrintable(text(QStringLiteral("connectionResult"))));
}

void TestBackupsPageS3::backUpVerifyAndDeleteInTheBucket()
{
    click(QStringLiteral("backUpNow"));
    waitUntilIdle();
    QVERIFY2(text(QStringLiteral("backupResult")).startsWith(u"Backed up to s3+http://"),
             qPrintable(text(QStringLiteral("backupResult"))));
    QCOMPARE(bucketFiles().size(), 1);
    Ui::BackupCatalogModel *model = m_panel->model();
    QCOMPARE(model->rowCount(), 1);

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
    QVERIFY2(bucketFiles().isEmpty(), qPrintable(bucketFiles().join(u' ')));
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!profileMentions(m_secret));
}

QTEST_MAIN(TestBackupsPageS3)
#include "tst_backupspages3.moc"
