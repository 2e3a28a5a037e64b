// The Backups page with an S3 bucket as the destination, against a real S3-protocol server
// (with-s3.sh) and a real keychain (with-keyring.sh unlocked): the bucket added in the
// destination dialog field by field, its secret access key typed there going to the keychain
// only (under the S3 name, and into the secret index), Test succeeding with it, and a backup
// made, verified and deleted there living in the bucket.
#include "core/backup/destinationlist.h"
#include "core/backup/s3destination.h"
#include "core/secrets/backupkeys.h"
#include "core/secrets/secretstore.h"
#include "core/settings/preferencesstore.h"
#include "core/state/secretindex.h"
#include "core/state/statedatabase.h"
#include "s3rverobjects.h"
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
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
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
    void bucketAddedWithItsSecretInTheKeychainOnly();
    void testConnectionWorks();
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
    QStringList bucketFiles() const { return Tests::s3rverObjects(QStringLiteral("gui")); }

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
}

void TestBackupsPageS3::cleanupTestCase()
{
    m_window.reset();
    if (m_secrets)
        (void)m_secrets->remove(m_secretName);
}

void TestBackupsPageS3::bucketAddedWithItsSecretInTheKeychainOnly()
{
    Ui::BackupDestinationsEditor *editor = m_panel->destinations();
    QTest::mouseClick(find<QPushButton>(QStringLiteral("addDestination")), Qt::LeftButton);
    QPointer<Ui::DestinationDialog> dialog = editor->dialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const auto typeIn = [&dialog](const QString &field, const QString &value) {
        auto *line = dialog->findChild<QLineEdit *>(field);
        QVERIFY2(line, qPrintable(field));
        line->setFocus();
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Backspace);
        QTest::keyClicks(line, value);
    };
    QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(
        dialog->findChild<QRadioButton *>(QStringLiteral("destinationKindS3"))->isChecked());
    typeIn(QStringLiteral("destinationName"), QStringLiteral("bucket"));
    typeIn(QStringLiteral("destinationS3Endpoint"),
           QStringLiteral("http://") + qEnvironmentVariable("HUBSTATE_S3_ENDPOINT"));
    typeIn(QStringLiteral("destinationS3Region"), QStringLiteral("us-east-1"));
    typeIn(QStringLiteral("destinationS3Bucket"), qEnvironmentVariable("HUBSTATE_S3_BUCKET"));
    typeIn(QStringLiteral("destinationS3Prefix"), QStringLiteral("gui"));
    auto *style = dialog->findChild<QComboBox *>(QStringLiteral("destinationS3Style"));
    style->setFocus();
    QTest::keyClick(style, Qt::Key_Down); // path style
    typeIn(QStringLiteral("destinationS3KeyId"), qEnvironmentVariable("HUBSTATE_S3_KEY_ID"));
    QTest::keyClick(dialog, Qt::Key_Y, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("destinationS3Secret"));
    QTest::keyClicks(QApplication::focusWidget(), QString::fromUtf8(m_secret));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(
        dialog->findChild<QLineEdit *>(QStringLiteral("destinationS3Secret"))->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 30000);
    waitUntilIdle();

    // The location the CLI writes for the same bucket, and no secret in it.
    Core::BackupDestination expected;
    expected.name = QStringLiteral("bucket");
    expected.kind = Core::BackupDestination::Kind::S3;
    expected.location = m_spec;
    QCOMPARE(m_store->text(QStringLiteral("backup.destinations")),
             Core::BackupDestinations::toJson({expected}));
    const QString result = text(QStringLiteral("destinationsResult"));
    QVERIFY2(result.startsWith(u"Added bucket (S3): ") && result.contains(m_secretName),
             qPrintable(result));
    const Core::Result<QByteArray> stored = m_secrets->read(m_secretName);
    QVERIFY(stored);
    QCOMPARE(*stored, m_secret);
    Core::StateDatabase database;
    QVERIFY(database.open(m_profile.databaseFile()));
    const Core::Result<QList<Core::SecretEntry>> index = Core::SecretIndex(database).list();
    QVERIFY(index);
    QString purpose;
    for (const Core::SecretEntry &entry : *index) {
        if (entry.name == m_secretName)
            purpose = entry.purpose;
    }
    database.close();
    QVERIFY2(purpose.startsWith(u"S3 secret access key for "), qPrintable(purpose));
    QVERIFY(!profileMentions(m_secret));
}

void TestBackupsPageS3::testConnectionWorks()
{
    Ui::DestinationListModel *model = m_panel->destinations()->model();
    auto *view = find<QTableView>(QStringLiteral("backupDestinations"));
    view->setFocus();
    view->selectRow(0);
    click(QStringLiteral("testDestination"));
    waitUntilIdle();
    QCOMPARE(model->index(0, Ui::DestinationListModel::Connection).data().toString(),
             QStringLiteral("Works"));
    QVERIFY2(text(QStringLiteral("destinationsResult")).contains(u"bucket: works"),
             qPrintable(text(QStringLiteral("destinationsResult"))));
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
