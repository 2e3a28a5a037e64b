// The start-up recovery dialog (the restore's other door): a corrupted database is explained
// in plain words and recovered from the newest backup that validates, by keyboard. The whole
// start-up sequence around it is in tst_guiapplication.
#include "restorefixture.h"
#include "ui/restore/recoverydialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>

using namespace Hubstate;
using Hubstate::Ui::RecoveryDialog;

class TestRestoreRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void corruptedDatabaseIsRecoveredFromTheNewestBackup();
    void quitAndWizardAreOffered();

private:
    Core::Recovery::Finding corrupt();

    Tests::RestoreFixture m_fixture;
    QString m_older;
    QString m_newer;
    QStringList m_newerLayouts;
};

void TestRestoreRecovery::init()
{
    QVERIFY(m_fixture.setUp());
    m_older = m_fixture.backUp();
    QVERIFY(m_fixture.removeLayout());
    m_newerLayouts = m_fixture.layoutIds();
    const qint64 second = QDateTime::currentSecsSinceEpoch();
    QTRY_VERIFY(QDateTime::currentSecsSinceEpoch() > second); // backup names carry the second
    m_newer = m_fixture.backUp();
    QVERIFY(!m_older.isEmpty() && !m_newer.isEmpty());
}

void TestRestoreRecovery::cleanup()
{
    m_fixture = Tests::RestoreFixture();
}

Core::Recovery::Finding TestRestoreRecovery::corrupt()
{
    m_fixture.database->close();
    const QString file = m_fixture.profile.databaseFile();
    QByteArray live = Tests::readFile(file);
    if (live.size() <= 8 * 4096)
        qWarning("database too small to corrupt: %lld bytes", qlonglong(live.size()));
    for (int i = 2 * 4096; i < 6 * 4096 && i < live.size(); ++i)
        live[i] = char(0xA5);
    if (!Tests::writeFile(file, live))
        qWarning("cannot write %s", qPrintable(file));
    Core::Result<Core::Recovery::Finding> finding =
        Core::Recovery::inspect(m_fixture.profile, true);
    return finding ? *finding : Core::Recovery::Finding{};
}

void TestRestoreRecovery::corruptedDatabaseIsRecoveredFromTheNewestBackup()
{
    const Core::Recovery::Finding finding = corrupt();
    QVERIFY(finding.isDamaged());
    RecoveryDialog dialog(m_fixture.profile, nullptr, finding);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Plain words first; SQLite's own under "Technical details".
    auto *explanation = dialog.findChild<QLabel *>(QStringLiteral("recoveryFinding"));
    QVERIFY2(explanation->text().contains(QStringLiteral("The database, which holds your "
                                                         "layouts, agents and conversation "
                                                         "history, is damaged")),
             qPrintable(explanation->text()));
    QVERIFY(!explanation->text().contains(finding.databaseDamage.first()));
    auto *details = dialog.findChild<QLabel *>(QStringLiteral("recoveryDetails"));
    QVERIFY(!details->isVisible());
    QVERIFY(details->text().contains(finding.databaseDamage.first()));

    // "Recover from backups" is the default button.
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.step(), RecoveryDialog::Step::Done);
    QVERIFY2(explanation->text().contains(QStringLiteral("Your data was put back from the "
                                                         "backup of ")),
             qPrintable(explanation->text()));
    QVERIFY2(explanation->text().contains(
                 QStringLiteral("Backup file: %1").arg(QFileInfo(m_newer).absoluteFilePath())),
             qPrintable(explanation->text()));
    QVERIFY(explanation->text().contains(QStringLiteral("The damaged files were moved to")));
    QVERIFY(dialog.outcome());
    QVERIFY(QFile::exists(dialog.outcome()->movedAside + QStringLiteral("/hubstate.db")));
    QVERIFY(dialog.isVisible());

    QTest::keyClick(&dialog, Qt::Key_Return); // "Continue"
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.choice(), RecoveryDialog::Choice::Recovered);
    QVERIFY(m_fixture.database->open(m_fixture.profile.databaseFile()));
    QCOMPARE(m_fixture.layoutIds(), m_newerLayouts);
    QVERIFY(!Core::Recovery::inspect(m_fixture.profile, true)->isDamaged());
}

// Quit changes nothing. Choosing a backup oneself moves the damaged files aside first (the
// wizard's restore takes a safety backup of the current state, which a damaged database
// cannot give), and says so.
void TestRestoreRecovery::quitAndWizardAreOffered()
{
    const Core::Recovery::Finding finding = corrupt();
    const QByteArray damaged = Tests::readFile(m_fixture.profile.databaseFile());
    {
        RecoveryDialog dialog(m_fixture.profile, nullptr, finding);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Q, Qt::AltModifier);
        QTRY_VERIFY(!dialog.isVisible()); // a mnemonic's click comes a moment later
        QCOMPARE(dialog.choice(), RecoveryDialog::Choice::Quit);
        QVERIFY(!dialog.outcome());
        QCOMPARE(Tests::readFile(m_fixture.profile.databaseFile()), damaged);
    }
    RecoveryDialog dialog(m_fixture.profile, nullptr, finding);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *wizard = dialog.findChild<QAbstractButton *>(QStringLiteral("openWizardButton"));
    QVERIFY(wizard->accessibleDescription().contains(QStringLiteral("moved aside first")));
    QTest::keyClick(&dialog, Qt::Key_Y, Qt::AltModifier);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.choice(), RecoveryDialog::Choice::OpenWizard);
    QVERIFY(dialog.outcome());
    QCOMPARE(Tests::readFile(dialog.outcome()->movedAside + QStringLiteral("/hubstate.db")),
             damaged);
    QVERIFY(!Core::Recovery::inspect(m_fixture.profile, true)->isDamaged());
}

QTEST_MAIN(TestRestoreRecovery)
#include "tst_restorerecovery.moc"
