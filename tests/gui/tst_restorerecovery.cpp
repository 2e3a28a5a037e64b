// The start-up recovery dialog (the restore's other door): a corrupted database is explained
// and recovered from the newest backup that validates, by keyboard.
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
    QTest::qWait(1100); // backup names carry the second
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
    auto *explanation = dialog.findChild<QLabel *>(QStringLiteral("recoveryFinding"));
    QVERIFY(explanation->text().contains(m_fixture.profile.databaseFile()));
    QVERIFY(explanation->text().contains(finding.databaseDamage.first()));

    // "Recover from backups" is the default button.
    QTest::keyClick(&dialog, Qt::Key_Return);
    auto *result = dialog.findChild<QLabel *>(QStringLiteral("recoveryResult"));
    QTRY_VERIFY(result->isVisible());
    QVERIFY2(result->text().contains(
                 QStringLiteral("Recovered from %1.").arg(QFileInfo(m_newer).absoluteFilePath())),
             qPrintable(result->text()));
    QVERIFY(result->text().contains(QStringLiteral("The damaged files were moved to")));
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

void TestRestoreRecovery::quitAndWizardAreOffered()
{
    const Core::Recovery::Finding finding = corrupt();
    const QByteArray damaged = Tests::readFile(m_fixture.profile.databaseFile());
    for (const auto &[key, choice] : {std::pair{Qt::Key_Q, RecoveryDialog::Choice::Quit},
                                      std::pair{Qt::Key_W, RecoveryDialog::Choice::OpenWizard}}) {
        RecoveryDialog dialog(m_fixture.profile, nullptr, finding);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, key, Qt::AltModifier);
        QTRY_VERIFY(!dialog.isVisible()); // a mnemonic's click comes a moment later
        QCOMPARE(dialog.choice(), choice);
    }
    // Neither touched the files.
    QCOMPARE(Tests::readFile(m_fixture.profile.databaseFile()), damaged);
}

QTEST_MAIN(TestRestoreRecovery)
#include "tst_restorerecovery.moc"
