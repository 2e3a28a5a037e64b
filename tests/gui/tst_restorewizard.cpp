// The restore wizard page by page, by keyboard, on real backups made by BackupEngine in a
// temporary profile (plain ones, and encrypted ones with a password: no keychain here).
#include "core/crypto/primitives.h"
#include "restorefixture.h"
#include "ui/common/prompts.h"
#include "ui/mainwindow.h"
#include "ui/restore/restorepreviewpage.h"
#include "ui/restore/restorewizard.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTreeView>
#include <QTreeWidget>

using namespace Hubstate;
using Hubstate::Ui::RestoreWizard;

namespace {
const QString kPassword = QStringLiteral("correct horse");
}

class TestRestoreWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void wrongPasswordStaysOnTheUnlockPage();
    void tamperedAndTruncatedBackupsAreRefused();
    void newerBackupIsRefused();
    void previewShowsOldAndNewValuesAndFilters();
    void selectiveRestoreLeavesTheRestUntouched();
    void fullRestoreAndRollBack();
    void enterOnTheResultPageFinishes();
    void cancelBeforeTheSwapChangesNothing();
    void catalogBackupIsChosenByKeyboard();
    void safetyBackupIsMarkedAndNotPreselected();
    void backupChosenOnTheBackupsPageIsPreselected();
    void mainWindowOpensTheWizardByItsShortcut();

private:
    RestoreWizard *openWizard(const QString &file);
    void pressEnter();
    void pressAlt(Qt::Key key);
    template<typename T> T *find(const char *name) const
    {
        T *widget = m_wizard->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no widget %s", name);
        return widget;
    }
    QString visibleText(const char *labelName) const
    {
        const QLabel *label = find<QLabel>(labelName);
        return label && label->isVisible() ? label->text() : QString();
    }
    void checkEveryControlIsNamed();
    void runToResult();

    Tests::RestoreFixture m_fixture;
    std::unique_ptr<RestoreWizard> m_wizard;
    int m_swaps = 0;
};

void TestRestoreWizard::init()
{
    QVERIFY(m_fixture.setUp());
    m_swaps = 0;
}

void TestRestoreWizard::cleanup()
{
    QCOMPARE(Ui::Prompts::unusedAnswers(), 0);
    Ui::Prompts::reset();
    m_wizard.reset();
    m_fixture = Tests::RestoreFixture();
}

RestoreWizard *TestRestoreWizard::openWizard(const QString &file)
{
    m_wizard = std::make_unique<RestoreWizard>(m_fixture.profile, *m_fixture.store, nullptr);
    // As app/gui/main.cpp does: the program's connections closed and reopened around the swap.
    m_wizard->setSwapHooks([this] { m_fixture.database->close(); },
                           [this] {
                               ++m_swaps;
                               QVERIFY(m_fixture.database->open(m_fixture.profile.databaseFile()));
                               QVERIFY(RestoreWizard::reopenStore(*m_fixture.store));
                           });
    if (!file.isEmpty())
        m_wizard->selectFile(file);
    m_wizard->show();
    if (!QTest::qWaitForWindowExposed(m_wizard.get()))
        qWarning("the wizard was not shown");
    return m_wizard.get();
}

void TestRestoreWizard::pressEnter()
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_wizard.get();
    QTest::keyClick(target, Qt::Key_Return);
}

// A mnemonic "animates" its button's click: the button is down until the click happens.
void TestRestoreWizard::pressAlt(Qt::Key key)
{
    QTest::keyClick(m_wizard.get(), key, Qt::AltModifier);
    const QList<QAbstractButton *> buttons = m_wizard->findChildren<QAbstractButton *>();
    QTRY_VERIFY(std::none_of(buttons.cbegin(), buttons.cend(),
                             [](const QAbstractButton *button) { return button->isDown(); }));
}

void TestRestoreWizard::checkEveryControlIsNamed()
{
    for (QWidget *widget : m_wizard->currentPage()->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus)
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(accessible);
        QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(),
                 qPrintable(widget->objectName() + QStringLiteral(" has no accessible name")));
    }
}

// From the confirmation page: "Restore", then wait for the worker and the result page.
void TestRestoreWizard::runToResult()
{
    QCOMPARE(m_wizard->currentId(), int(RestoreWizard::ConfirmPage));
    QCOMPARE(m_wizard->button(QWizard::CommitButton)->text(), QStringLiteral("&Restore"));
    pressEnter(); // "Restore" is the default button
    QCOMPARE(m_wizard->currentId(), int(RestoreWizard::ProgressPage));
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(RestoreWizard::ResultPage), 30000);
}

void TestRestoreWizard::wrongPasswordStaysOnTheUnlockPage()
{
    const QString backup = m_fixture.backUp(kPassword);
    QVERIFY(!backup.isEmpty());
    openWizard(backup);
    checkEveryControlIsNamed();
    pressEnter();
    QCOMPARE(m_wizard->currentId(), int(RestoreWizard::UnlockPage));
    checkEveryControlIsNamed();
    auto *password = find<QLineEdit>("passwordEdit");
    QVERIFY(password && password->isEnabled());
    QVERIFY(visibleText("unlockStatus").contains(QStringLiteral("encrypted")));
    QCOMPARE(QApplication::focusWidget(), password);

    QTest::keyClicks(password, QStringLiteral("battery staple"));
    pressEnter();
    QCOMPARE(m_wizard->currentId(), int(RestoreWizard::UnlockPage));
    QVERIFY2(visibleText("unlockProblem").startsWith(QStringLiteral("Wrong password")),
             qPrintable(visibleText("unlockProblem")));

    // The password is selected: typing replaces it.
    QTest::keyClicks(password, kPassword);
    pressEnter();
    QCOMPARE(m_wizard->currentId(), int(RestoreWizard::PreviewPage));
}

void TestRestoreWizard::tamperedAndTruncatedBackupsAreRefused()
{
    const QString backup = m_fixture.backUp(kPassword);
    QVERIFY(!backup.isEmpty());
    QByteArray bytes = Tests::readFile(backup);
    // A flipped byte is damage; a flipped byte with the file's hash made to match is forgery.
    QByteArray flipped = bytes;
    flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 0x01);
    const QString damagedFile = m_fixture.dir->filePath(QStringLiteral("damaged.hsbk"));
    QVERIFY(Tests::writeFile(damagedFile, flipped));
    QByteArray forged = flipped;
    forged.replace(forged.size() - 32, 32, Core::Crypto::sha256(forged.left(forged.size() - 32)));
    const QString tamperedFile = m_fixture.dir->filePath(QStringLiteral("tampered.hsbk"));
    QVERIFY(Tests::writeFile(tamperedFile, forged));
    const QString truncatedFile = m_fixture.dir->filePath(QStringLiteral("truncated.hsbk"));
    QVERIFY(Tests::writeFile(truncatedFile, bytes.left(bytes.size() - 100)));
    const QString before = m_fixture.fingerprint();

    for (const auto &[file, headline] : {std::pair{tamperedFile, QStringLiteral("Tampered")},
                                         std::pair{damagedFile, QStringLiteral("Damaged")},
                                         std::pair{truncatedFile, QStringLiteral("Damaged")}}) {
        openWizard(file);
        pressEnter();
        QTest::keyClicks(find<QLineEdit>("passwordEdit"), kPassword);
        pressEnter();
        QCOMPARE(m_wizard->currentId(), int(RestoreWizard::UnlockPage));
        QVERIFY2(visibleText("unlockProblem").startsWith(headline),
                 qPrintable(visibleText("unlockProblem")));
        QVERIFY(visibleText("unlockProblem").contains(QFileInfo(file).fileName()));
    }
    QCOMPARE(m_fixture.fingerprint(), before);
}

void TestRestoreWizard::newerBackupIsRefused()
{
    QSqlQuery query(m_fixture.database->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
    const QString backup = m_fixture.backUp();
    QVERIFY(!backup.isEmpty());
    QVERIFY(query.exec(
        QStringLiteral("PRAGMA user_version = %1").arg(Core::StateDatabase::currentVersion)));

    openWizard(backup);
    pressEnter();
    QVERIFY(!find<QLineEdit>("passwordEdit")->isEnabled()); // a plain backup needs none
    pressEnter();
    QCOMPARE(m_wizard->currentId(), int(RestoreWizard::UnlockPage));
    QVERIFY2(visibleText("unlockProblem").startsWith(QStringLiteral("Newer format")),
             qPrintable(visibleText("unlockProblem")));
    QVERIFY(visibleText("unlockProblem").contains(QStringLiteral("database schema 99")));
}

void TestRestoreWizard::previewShowsOldAndNewValuesAndFilters()
{
    QVERIFY(m_fixture.setTheme(QStringLiteral("dark")));
    QVERIFY(m_fixture.store->setValue(QStringLiteral("preferences.theme.fontSize"),
                                      QStringLiteral("large")));
    QVERIFY(
        m_fixture.store->setValue(QStringLiteral("preferences.layout.autoSaveInterval"), 120000));
    const QString backup = m_fixture.backUp();
    QVERIFY(m_fixture.setTheme(QStringLiteral("light")));
    QVERIFY(m_fixture.store->reset(QStringLiteral("preferences.theme.fontSize")));
    QVERIFY(m_fixture.store->reset(QStringLiteral("preferences.layout.autoSaveInterval")));
    QVERIFY(m_fixture.store->setValue(QStringLiteral("preferences.theme.highContrast"), true));
    QStringList layoutNames;
    const Core::Result<QList<Core::LayoutSummary>> layouts =
        Core::LayoutRepository(*m_fixture.database).list();
    QVERIFY(layouts);
    for (const Core::LayoutSummary &layout : *layouts)
        layoutNames.append(layout.name);
    QVERIFY(m_fixture.removeLayout());

    openWizard(backup);
    pressEnter();
    pressEnter();
    QCOMPARE(m_wizard->currentId(), int(RestoreWizard::PreviewPage));
    checkEveryControlIsNamed();
    auto *view = find<QTreeView>("previewView");
    QVERIFY(view);
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto rows = [view] {
        QStringList lines;
        const QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < model->columnCount(); ++column)
                cells.append(model->index(row, column).data().toString());
            lines.append(cells.join(u'|'));
        }
        return lines;
    };
    const QStringList all = rows();
    // Settings by their labels, values as the pages show them; the key only in the hidden
    // column that the filter searches.
    QVERIFY2(all.contains(QStringLiteral("Settings|Colour mode|changed|light|dark|"
                                         "preferences.theme.mode")),
             qPrintable(all.join(u'\n')));
    QVERIFY2(all.contains(QStringLiteral("Settings|Font size|set|medium (the default)|large|"
                                         "preferences.theme.fontSize")),
             qPrintable(all.join(u'\n')));
    QVERIFY2(all.contains(QStringLiteral("Settings|Autosave interval|set|30 s (the default)|"
                                         "2 min|preferences.layout.autoSaveInterval")),
             qPrintable(all.join(u'\n')));
    QVERIFY2(all.contains(QStringLiteral("Settings|High contrast|back to the default|on|"
                                         "off (the default)|preferences.theme.highContrast")),
             qPrintable(all.join(u'\n')));
    QVERIFY(view->isColumnHidden(Ui::RestorePreviewPage::KeyColumn));
    for (const QString &line : all) {
        const QStringList cells = line.split(u'|');
        for (int column = 0; column < Ui::RestorePreviewPage::KeyColumn; ++column) {
            QVERIFY2(cells.at(column) != QStringLiteral("(default)")
                         && !cells.at(column).startsWith(QStringLiteral("preferences.")),
                     qPrintable(line));
        }
    }
    // Layouts by name: the one removed since the backup comes back.
    QVERIFY(std::any_of(all.cbegin(), all.cend(), [&](const QString &line) {
        const QStringList cells = line.split(u'|');
        return cells.at(0) == QStringLiteral("Layouts") && layoutNames.contains(cells.at(1))
            && cells.at(2) == QStringLiteral("added");
    }));
    QVERIFY(all.contains(QStringLiteral("History|messages|unchanged|80|80|")));
    QVERIFY(all.size() >= 6);

    // The filter field has the focus: typing narrows the list to the setting, by its key too.
    QCOMPARE(QApplication::focusWidget(), find<QLineEdit>("previewFilter"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("theme.MODE"));
    QCOMPARE(rows(),
             QStringList{QStringLiteral("Settings|Colour mode|changed|light|dark|"
                                        "preferences.theme.mode")});
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("zzz"));
    QCOMPARE(view->model()->rowCount(), 0);
}

void TestRestoreWizard::selectiveRestoreLeavesTheRestUntouched()
{
    QVERIFY(m_fixture.setTheme(QStringLiteral("dark")));
    const QStringList layoutsInBackup = m_fixture.layoutIds();
    const QString backup = m_fixture.backUp(kPassword);
    QVERIFY(m_fixture.setTheme(QStringLiteral("light")));
    const QString removedName =
        (*Core::LayoutRepository(*m_fixture.database).find(layoutsInBackup.first()))->name;
    QVERIFY(m_fixture.removeLayout());
    const QString settingsBefore =
        QString::fromUtf8(Tests::readFile(m_fixture.profile.settingsFile()));

    openWizard(backup);
    pressEnter();
    QTest::keyClicks(find<QLineEdit>("passwordEdit"), kPassword);
    pressEnter();
    pressEnter();
    QCOMPARE(m_wizard->currentId(), int(RestoreWizard::ScopePage));
    checkEveryControlIsNamed();
    // Secrets are not in this backup: listed, not available.
    QVERIFY(!find<QCheckBox>("secretsPart")->isEnabled());
    pressAlt(Qt::Key_O);
    pressAlt(Qt::Key_S); // settings off
    pressAlt(Qt::Key_A); // agents off
    pressAlt(Qt::Key_H); // history off
    QVERIFY(find<QCheckBox>("layoutsPart")->isChecked());
    QVERIFY(!find<QCheckBox>("settingsPart")->isChecked());
    pressAlt(Qt::Key_L); // layouts off too: nothing chosen, no way on
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    pressAlt(Qt::Key_L);
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    pressAlt(Qt::Key_N);
    QCOMPARE(m_wizard->currentId(), int(RestoreWizard::ConfirmPage));
    const QString confirmation = find<QLabel>("confirmText")->text();
    // The layout that comes back is named.
    QVERIFY2(confirmation.contains(QStringLiteral("<b>Layouts</b>: adds “%1”.").arg(removedName)),
             qPrintable(confirmation));
    QVERIFY(!confirmation.contains(QStringLiteral("<b>Settings</b>")));
    QVERIFY(
        confirmation.contains(QStringLiteral("Kept as they are now: Settings, Agents, History")));
    QVERIFY(confirmation.contains(QStringLiteral("safety backup")));

    runToResult();
    QVERIFY2(visibleText("resultReport").startsWith(QStringLiteral("Restored (Layouts) from")),
             qPrintable(visibleText("resultReport")));
    QCOMPARE(m_swaps, 1);
    QCOMPARE(m_fixture.layoutIds(), layoutsInBackup);
    QCOMPARE(m_fixture.theme(), QStringLiteral("light"));
    QCOMPARE(QString::fromUtf8(Tests::readFile(m_fixture.profile.settingsFile())), settingsBefore);
}

void TestRestoreWizard::fullRestoreAndRollBack()
{
    QVERIFY(m_fixture.setTheme(QStringLiteral("dark")));
    const QString backup = m_fixture.backUp(kPassword);
    const QString backedUp = m_fixture.fingerprint();
    QVERIFY(m_fixture.setTheme(QStringLiteral("light")));
    QVERIFY(m_fixture.removeLayout());
    const QString before = m_fixture.fingerprint();
    QVERIFY(before != backedUp);

    openWizard(backup);
    pressEnter();
    QTest::keyClicks(find<QLineEdit>("passwordEdit"), kPassword);
    pressEnter();
    pressEnter();
    pressEnter(); // everything
    QVERIFY(find<QLabel>("confirmText")->text().contains(QStringLiteral("<b>Settings</b>")));
    checkEveryControlIsNamed();
    runToResult();
    checkEveryControlIsNamed();
    QVERIFY2(visibleText("resultReport").contains(QStringLiteral("safety backup")),
             qPrintable(visibleText("resultReport")));
    QCOMPARE(m_fixture.fingerprint(), backedUp);

    // Finish has the focus; Roll back is there, asks first, and "Keep the restore" keeps it.
    auto *rollBack = find<QAbstractButton>("rollBackButton");
    QVERIFY(rollBack->isVisible() && rollBack->isEnabled());
    QTRY_COMPARE(QApplication::focusWidget(), m_wizard->button(QWizard::FinishButton));
    Ui::Prompts::setNextAnswer(false);
    QTest::mouseClick(rollBack, Qt::LeftButton);
    QCOMPARE(Ui::Prompts::shown().size(), 1);
    QVERIFY2(Ui::Prompts::shown().first().contains(QStringLiteral("Put back the state from "
                                                                  "before the restore?")),
             qPrintable(Ui::Prompts::shown().first()));
    QVERIFY(visibleText("rollBackResult").isEmpty());
    QCOMPARE(m_fixture.fingerprint(), backedUp);
    QCOMPARE(m_swaps, 1);

    Ui::Prompts::setNextAnswer(true);
    rollBack->setFocus();
    QTest::keyClick(rollBack, Qt::Key_Space);
    QTRY_VERIFY(!visibleText("rollBackResult").isEmpty());
    QVERIFY2(visibleText("rollBackResult").startsWith(QStringLiteral("Rolled back")),
             qPrintable(visibleText("rollBackResult")));
    QCOMPARE(m_wizard->currentPage()->title(), QStringLiteral("Rolled back"));
    QCOMPARE(m_fixture.fingerprint(), before);
    QCOMPARE(m_swaps, 2);
    QVERIFY(!rollBack->isEnabled());
}

// Enter on the last page is Finish, as the documentation says: the restore stays.
void TestRestoreWizard::enterOnTheResultPageFinishes()
{
    QVERIFY(m_fixture.setTheme(QStringLiteral("dark")));
    const QString backup = m_fixture.backUp();
    const QString backedUp = m_fixture.fingerprint();
    QVERIFY(m_fixture.setTheme(QStringLiteral("light")));
    QVERIFY(m_fixture.removeLayout());

    openWizard(backup);
    pressEnter();
    pressEnter();
    pressEnter();
    pressEnter();
    runToResult();
    QCOMPARE(m_fixture.fingerprint(), backedUp);
    QAbstractButton *finish = m_wizard->button(QWizard::FinishButton);
    QVERIFY(finish->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), finish);
    auto *rollBack = find<QPushButton>("rollBackButton");
    QVERIFY(rollBack->isVisible());
    QVERIFY(!rollBack->isDefault() && !rollBack->autoDefault());
    pressEnter();
    QTRY_VERIFY(!m_wizard->isVisible());
    QCOMPARE(m_wizard->result(), int(QDialog::Accepted));
    QCOMPARE(m_swaps, 1); // no roll back
    QCOMPARE(m_fixture.fingerprint(), backedUp);
    QVERIFY(Ui::Prompts::shown().isEmpty()); // nothing was asked
}

void TestRestoreWizard::cancelBeforeTheSwapChangesNothing()
{
    QVERIFY(m_fixture.setTheme(QStringLiteral("dark")));
    const QString backup = m_fixture.backUp();
    QVERIFY(m_fixture.setTheme(QStringLiteral("light")));
    QVERIFY(m_fixture.removeLayout());
    const QString before = m_fixture.fingerprint();

    openWizard(backup);
    pressEnter();
    pressEnter();
    pressEnter();
    pressEnter();
    QCOMPARE(m_wizard->currentId(), int(RestoreWizard::ConfirmPage));
    pressEnter();
    QCOMPARE(m_wizard->currentId(), int(RestoreWizard::ProgressPage));
    // The page's own Cancel has the focus; pressed before the work reaches the swap.
    auto *cancel = find<QAbstractButton>("cancelRestoreButton");
    QCOMPARE(QApplication::focusWidget(), cancel);
    QTest::keyClick(cancel, Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(RestoreWizard::ResultPage), 30000);
    QCOMPARE(m_wizard->currentPage()->title(), QStringLiteral("Nothing was restored"));
    QVERIFY2(visibleText("resultReport").contains(QStringLiteral("cancelled")),
             qPrintable(visibleText("resultReport")));
    QVERIFY(!find<QAbstractButton>("rollBackButton")->isVisible());
    QCOMPARE(m_swaps, 0);
    QCOMPARE(m_fixture.fingerprint(), before);
}

void TestRestoreWizard::catalogBackupIsChosenByKeyboard()
{
    QVERIFY(m_fixture.setTheme(QStringLiteral("dark")));
    const QString backup = m_fixture.backUp();
    QVERIFY(m_fixture.setTheme(QStringLiteral("light")));

    openWizard({});
    auto *catalog = find<QTreeView>("catalogList");
    QVERIFY(catalog);
    QCOMPARE(catalog->model()->rowCount(), 1);
    QCOMPARE(catalog->model()->index(0, 1).data().toString(), QFileInfo(backup).fileName());
    // The newest backup is chosen already: Enter takes it.
    QCOMPARE(catalog->currentIndex().row(), 0);
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    pressEnter();
    QCOMPARE(m_wizard->currentId(), int(RestoreWizard::UnlockPage));
    QVERIFY(visibleText("unlockStatus").contains(QFileInfo(backup).fileName()));
    QVERIFY(visibleText("unlockStatus").contains(QStringLiteral("not encrypted")));
}

// After a restore the safety backup is the newest; it says what it is, and Enter does not
// take it (restoring it would undo that restore).
void TestRestoreWizard::safetyBackupIsMarkedAndNotPreselected()
{
    QVERIFY(m_fixture.setTheme(QStringLiteral("dark")));
    const QString backup = m_fixture.backUp();
    Core::RestoreEngine engine(m_fixture.profile, m_fixture.store.get(), nullptr);
    m_fixture.database->close();
    Core::Result<Core::RestoreEngine::Report> restored =
        engine.restore(backup, {}, Core::RestoreEngine::Options());
    QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
    QVERIFY(!restored->safetyBackup.isEmpty());
    QVERIFY(m_fixture.database->open(m_fixture.profile.databaseFile()));

    openWizard({});
    auto *catalog = find<QTreeWidget>("catalogList");
    QCOMPARE(catalog->topLevelItemCount(), 2);
    QTreeWidgetItem *safety = catalog->topLevelItem(0); // newest first
    QCOMPARE(safety->text(1), QFileInfo(restored->safetyBackup).fileName());
    QVERIFY2(safety->text(0).contains(QStringLiteral("safety backup, taken before a restore")),
             qPrintable(safety->text(0)));
    QVERIFY(safety->font(0).italic());
    QTreeWidgetItem *regular = catalog->topLevelItem(1);
    QVERIFY(!regular->text(0).contains(QStringLiteral("safety")));
    QCOMPARE(catalog->currentItem(), regular);
    pressEnter();
    QCOMPARE(m_wizard->currentId(), int(RestoreWizard::UnlockPage));
    QVERIFY(visibleText("unlockStatus").contains(QFileInfo(backup).fileName()));
}

// Restore on a row of the Backups page opens the wizard with that row chosen.
void TestRestoreWizard::backupChosenOnTheBackupsPageIsPreselected()
{
    const QString older = m_fixture.backUp();
    QVERIFY(m_fixture.setTheme(QStringLiteral("dark")));
    const qint64 second = QDateTime::currentSecsSinceEpoch();
    QTRY_VERIFY(QDateTime::currentSecsSinceEpoch() > second); // backup names carry the second
    QVERIFY(!m_fixture.backUp().isEmpty());

    m_wizard = std::make_unique<RestoreWizard>(m_fixture.profile, *m_fixture.store, nullptr);
    m_wizard->selectCatalogBackup(QFileInfo(older).absolutePath(), QFileInfo(older).fileName());
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    auto *catalog = find<QTreeWidget>("catalogList");
    QCOMPARE(catalog->topLevelItemCount(), 2);
    QVERIFY(catalog->currentItem());
    QCOMPARE(catalog->currentItem()->text(1), QFileInfo(older).fileName());
    QVERIFY(find<QRadioButton>("catalogChoice")->isChecked());
    pressEnter();
    QCOMPARE(m_wizard->currentId(), int(RestoreWizard::UnlockPage));
    QVERIFY(visibleText("unlockStatus").contains(QFileInfo(older).fileName()));
}

void TestRestoreWizard::mainWindowOpensTheWizardByItsShortcut()
{
    Ui::MainWindow window(*m_fixture.store);
    QSignalSpy requested(&window, &Ui::MainWindow::restoreRequested);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("restoreAction"));
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("&Restore from backup…"));
    // The schema's preferences.keyboard.shortcuts.app.restore.
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+R")));
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(requested.count(), 1);
    // Rebinding it in the settings follows at once.
    QVERIFY(m_fixture.store->setText(QStringLiteral("preferences.keyboard.shortcuts.app.restore"),
                                     QStringLiteral("Ctrl+Alt+R")));
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Alt+R")));
}

QTEST_MAIN(TestRestoreWizard)
#include "tst_restorewizard.moc"
