// The "done when": an admin restores a chosen part of a backup from a WebDAV server
// through the wizard by keyboard alone, sees the diff first, and rolls it back. A real Apache
// mod_dav server (tests/backup/with-webdav.sh) and a real keychain (with-keyring.sh) that
// holds the server's password and the backup master key, which opens the file unasked.
#include "core/backup/webdavdestination.h"
#include "core/secrets/backupkeys.h"
#include "core/secrets/secretstore.h"
#include "restorefixture.h"
#include "ui/common/prompts.h"
#include "ui/restore/restorewizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRandomGenerator>
#include <QTreeView>
#include <QUrl>

using namespace Hubstate;
using Hubstate::Ui::RestoreWizard;

class TestRestoreWizardWebDav : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void chosenPartFromAServerByKeyboardAndRolledBack();

private:
    void pressEnter() { QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); }
    void pressAlt(RestoreWizard &wizard, Qt::Key key)
    {
        QTest::keyClick(&wizard, key, Qt::AltModifier);
        // A mnemonic "animates" its button's click: the button is down until the click.
        const QList<QAbstractButton *> buttons = wizard.findChildren<QAbstractButton *>();
        QTRY_VERIFY(std::none_of(buttons.cbegin(), buttons.cend(),
                                 [](const QAbstractButton *button) { return button->isDown(); }));
    }

    Tests::RestoreFixture m_fixture;
    std::unique_ptr<Core::SecretStore> m_secrets;
    QString m_url;
};

void TestRestoreWizardWebDav::initTestCase()
{
    QUrl url(qEnvironmentVariable("HUBSTATE_WEBDAV_URL") + QStringLiteral("backups/"));
    url.setUserName(qEnvironmentVariable("HUBSTATE_WEBDAV_USER"));
    QVERIFY2(url.isValid() && !url.userName().isEmpty(), "run under tests/backup/with-webdav.sh");
    m_url = url.toString();
    m_secrets = std::make_unique<Core::SecretStore>(
        QStringLiteral("tst_restorewizard_webdav-%1")
            .arg(QRandomGenerator::global()->generate(), 0, 16));
    const Core::SecretStore::HealthReport health = m_secrets->probe();
    QVERIFY2(health.health == Core::SecretStore::Health::Healthy, qPrintable(health.message));
    QVERIFY(m_secrets->write(Core::WebDavDestination::passwordSecretName(url),
                             qgetenv("HUBSTATE_WEBDAV_PASSWORD")));
    QVERIFY(m_fixture.setUp());
}

void TestRestoreWizardWebDav::cleanupTestCase()
{
    if (m_secrets) {
        (void)m_secrets->remove(Core::WebDavDestination::passwordSecretName(QUrl(m_url)));
        (void)m_secrets->remove(Core::BackupKeys::masterKeyName());
    }
}

void TestRestoreWizardWebDav::chosenPartFromAServerByKeyboardAndRolledBack()
{
    // An encrypted backup on the server; its master key goes to the keychain.
    QVERIFY(m_fixture.setTheme(QStringLiteral("dark")));
    const QStringList layoutsInBackup = m_fixture.layoutIds();
    Core::BackupEngine engine(m_fixture.profile, *m_fixture.store, m_secrets.get());
    Core::BackupEngine::Options options;
    options.destination = m_url;
    options.encrypt = true;
    options.password = QStringLiteral("correct horse");
    const Core::Result<Core::BackupEngine::Outcome> made = engine.create(options);
    QVERIFY2(made, made ? "" : qPrintable(made.error().message));
    QVERIFY(m_fixture.setTheme(QStringLiteral("light")));
    QVERIFY(m_fixture.removeLayout());
    const QString before = m_fixture.fingerprint();

    // The server is the configured destination: the catalog lists its backup.
    QVERIFY(m_fixture.store->setText(QStringLiteral("backup.destination"), m_url));
    RestoreWizard wizard(m_fixture.profile, *m_fixture.store, m_secrets.get());
    int swaps = 0;
    wizard.setSwapHooks([this] { m_fixture.database->close(); },
                        [this, &swaps] {
                            ++swaps;
                            QVERIFY(m_fixture.database->open(m_fixture.profile.databaseFile()));
                            QVERIFY(RestoreWizard::reopenStore(*m_fixture.store));
                        });
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    const QAbstractItemModel *catalog =
        wizard.findChild<QTreeView *>(QStringLiteral("catalogList"))->model();
    QCOMPARE(catalog->rowCount(), 1);
    QCOMPARE(catalog->index(0, 1).data().toString(), made->record.file);
    QVERIFY(catalog->index(0, 5).data().toString().startsWith(m_url.chopped(1)));

    // Source: the server, its listing, the newest file.
    pressAlt(wizard, Qt::Key_W);
    QTest::keyClick(&wizard, Qt::Key_Tab); // to the address field
    auto *address = wizard.findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    QCOMPARE(QApplication::focusWidget(), address);
    QTest::keyClicks(address, m_url);
    pressAlt(wizard, Qt::Key_L); // "List backups"
    auto *listing = wizard.findChild<QListWidget *>(QStringLiteral("serverList"));
    QTRY_COMPARE(listing->count(), 1);
    QVERIFY(listing->item(0)->text().startsWith(made->record.file));
    pressAlt(wizard, Qt::Key_N);
    QCOMPARE(wizard.currentId(), int(RestoreWizard::UnlockPage));
    const QString downloaded =
        m_fixture.profile.cacheDirectory() + QStringLiteral("/restore/") + made->record.file;
    QVERIFY(QFile::exists(downloaded));

    // Unlock: the keychain's key opens it; no password typed.
    const auto *status = wizard.findChild<QLabel *>(QStringLiteral("unlockStatus"));
    QVERIFY2(status->text().contains(QStringLiteral("keychain")), qPrintable(status->text()));
    pressEnter();
    QCOMPARE(wizard.currentId(), int(RestoreWizard::PreviewPage));

    // The diff first.
    const QAbstractItemModel *diff =
        wizard.findChild<QTreeView *>(QStringLiteral("previewView"))->model();
    QStringList rows;
    for (int row = 0; row < diff->rowCount(); ++row)
        rows.append(diff->index(row, 1).data().toString() + u'|'
                    + diff->index(row, 3).data().toString() + u'|'
                    + diff->index(row, 4).data().toString());
    QVERIFY2(rows.contains(QStringLiteral("Colour mode|light|dark")), qPrintable(rows.join(u'\n')));
    pressEnter();

    // Only the layouts.
    QCOMPARE(wizard.currentId(), int(RestoreWizard::ScopePage));
    pressAlt(wizard, Qt::Key_O);
    for (const char *part : {"settingsPart", "agentsPart", "historyPart", "secretsPart"}) {
        auto *box = wizard.findChild<QCheckBox *>(QLatin1String(part));
        if (box->isEnabled() && box->isChecked()) {
            box->setFocus();
            QTest::keyClick(box, Qt::Key_Space);
        }
        QVERIFY(!box->isChecked());
    }
    pressEnter();
    QCOMPARE(wizard.currentId(), int(RestoreWizard::ConfirmPage));
    pressEnter();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(RestoreWizard::ResultPage), 60000);
    const auto *report = wizard.findChild<QLabel *>(QStringLiteral("resultReport"));
    QVERIFY2(report->text().startsWith(QStringLiteral("Restored (Layouts) from ") + m_url),
             qPrintable(report->text()));
    QCOMPARE(m_fixture.layoutIds(), layoutsInBackup);
    QCOMPARE(m_fixture.theme(), QStringLiteral("light"));

    // And back: the safety backup, encrypted with the keychain's key, restores the state.
    // Finish has the focus; Roll back asks first.
    QTRY_COMPARE(QApplication::focusWidget(), wizard.button(QWizard::FinishButton));
    Ui::Prompts::setNextAnswer(true);
    auto *rollBack = wizard.findChild<QAbstractButton *>(QStringLiteral("rollBackButton"));
    rollBack->setFocus();
    QTest::keyClick(rollBack, Qt::Key_Space);
    QCOMPARE(Ui::Prompts::unusedAnswers(), 0);
    const auto *rolledBack = wizard.findChild<QLabel *>(QStringLiteral("rollBackResult"));
    QTRY_VERIFY(rolledBack->isVisible());
    QVERIFY2(rolledBack->text().startsWith(QStringLiteral("Rolled back")),
             qPrintable(rolledBack->text()));
    QCOMPARE(m_fixture.fingerprint(), before);
    QCOMPARE(swaps, 2);

    // Next time the catalog also lists the safety backup, kept in the profile's own folder.
    RestoreWizard again(m_fixture.profile, *m_fixture.store, m_secrets.get());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    const QAbstractItemModel *both =
        again.findChild<QTreeView *>(QStringLiteral("catalogList"))->model();
    QCOMPARE(both->rowCount(), 2);
    QVERIFY(both->index(0, 0).data().toString().contains(QStringLiteral("safety backup")));
    QCOMPARE(again.findChild<QTreeView *>(QStringLiteral("catalogList"))->currentIndex().row(),
             1); // the safety backup is never the one Enter takes
    QCOMPARE(both->index(1, 1).data().toString(), made->record.file);
}

QTEST_MAIN(TestRestoreWizardWebDav)
#include "tst_restorewizard_webdav.moc"
