// The WebDAV password typed in the Backups page's destination dialog, against a real Secret
// Service (with-keyring.sh unlocked): it goes to the keychain and into the secret index, like
// every secret, so that after the destination has changed, delete-my-data still finds and
// removes it.
#include "canary.h"
#include "core/backup/destinationlist.h"
#include "core/backup/webdavdestination.h"
#include "core/privacy/privacydelete.h"
#include "core/profile/profile.h"
#include "core/secrets/secretstore.h"
#include "core/settings/preferencesstore.h"
#include "core/state/secretindex.h"
#include "core/state/statedatabase.h"
#include "ui/backup/backupjob.h"
#include "ui/backup/destinationdialog.h"

#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Hubstate;

class TestWebDavPasswordIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void typedPasswordIsIndexedAndDeletedAfterTheDestinationChanged();

private:
    static QByteArray searchKeychain()
    {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                    Core::SecretStore::serviceName()});
        if (!tool.waitForFinished(30000))
            return "secret-tool did not finish";
        return tool.readAllStandardOutput() + tool.readAllStandardError();
    }
};

void TestWebDavPasswordIndex::initTestCase()
{
    QVERIFY2(QDir::homePath().startsWith(QStringLiteral("/tmp/hubstate-keyring.")),
             "run under tests/keychain/with-keyring.sh");
}

void TestWebDavPasswordIndex::typedPasswordIsIndexedAndDeletedAfterTheDestinationChanged()
{
    const QByteArray canary = "hubstate-webdav-canary-0a7d3e95c1f2";
    QTemporaryDir dir(QDir::homePath() + QStringLiteral("/webdav-XXXXXX"));
    const Core::Profile profile = Core::Profile::inDirectory(dir.filePath(QStringLiteral("p")));
    Core::PreferencesStore store(profile, dir.filePath(QStringLiteral("none.ini")));
    QVERIFY(store.open());
    // Nothing listens there: storing the password never connects.
    const QUrl former(QStringLiteral("http://alice@127.0.0.1:9/dav/backups/"));
    QVERIFY(store.setText(QStringLiteral("backup.destinations"),
                          QStringLiteral(R"([{"name":"nas","kind":"webdav","location":"%1"}])")
                              .arg(former.toString())));

    Ui::BackupJob job(profile);
    QPointer<Ui::DestinationDialog> dialog =
        new Ui::DestinationDialog(store, job, QStringLiteral("nas"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QString result;
    connect(dialog, &QDialog::accepted, this, [&result, &dialog] { result = dialog->outcome(); });
    dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("destinationWebDavPassword"));
    QVERIFY(field && field->isEnabled());
    field->setFocus();
    QTest::keyClicks(field, QString::fromUtf8(canary));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(field->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 30000);
    QVERIFY2(result.contains(u"is in the keychain"), qPrintable(result));

    const QString name = Core::WebDavDestination::passwordSecretName(former);
    const Core::SecretStore secrets(profile.keychainScope());
    const Core::Result<QByteArray> stored = secrets.read(name);
    QVERIFY(stored);
    QCOMPARE(*stored, canary);

    // Indexed, with what it is for, as `secret set` and the agents page index theirs.
    Core::StateDatabase database;
    QVERIFY(database.open(profile.databaseFile()));
    const Core::Result<QList<Core::SecretEntry>> index = Core::SecretIndex(database).list();
    QVERIFY(index);
    QString purpose;
    for (const Core::SecretEntry &entry : *index) {
        if (entry.name == name)
            purpose = entry.purpose;
    }
    QVERIFY2(purpose.contains(QStringLiteral("WebDAV password for")), qPrintable(purpose));
    QVERIFY(!purpose.contains(QString::fromUtf8(canary)));

    // Another destination now: the former one's password is still known, and deleted.
    QVERIFY(store.setText(QStringLiteral("backup.destinations"),
                          QStringLiteral(R"([{"name":"nas","kind":"webdav","location":"%1"}])")
                              .arg(QStringLiteral("http://bob@127.0.0.1:9/other/"))));
    const Core::Result<QStringList> names =
        Core::PrivacyDelete::keychainEntries(&database, Core::BackupDestinations::locations(store));
    QVERIFY(names);
    QVERIFY2(names->contains(name), qPrintable(names->join(u',')));
    database.close();
    const Core::Result<Core::PrivacyDeleteReport> report =
        Core::PrivacyDelete(profile, secrets, *names).run(false);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QVERIFY(report->complete());
    bool removed = false;
    for (const Core::DataStore &item : report->removed)
        removed = removed || (item.kind == u"keychain" && item.location == name);
    QVERIFY(removed);
    const Core::Result<QByteArray> after = secrets.read(name);
    QVERIFY(!after && after.error().code == Core::ErrorCode::InvalidInput);
    const QByteArray found = searchKeychain();
    QVERIFY2(!Tests::containsCanary(found, canary), found.constData());
    QVERIFY2(!found.contains(profile.keychainScope().toUtf8()), found.constData());
}

QTEST_MAIN(TestWebDavPasswordIndex)
#include "tst_webdavpasswordindex.moc"
