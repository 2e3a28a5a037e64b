// The GUI's start-up sequence as app/gui/main.cpp runs it (GuiApplication), on profiles made
// and damaged the way they are in life, with the CLI as the other program: damage found
// before the window (by the light check, or when the layouts are first counted), damage
// found by the check in the background and the restart into recovery, backups that need
// their password, starting empty as a choice of its own, `--restore FILE`, and a window that
// follows what a restore or another program changes.
#include "../core/clirunner.h"
#include "../core/testfiles.h"
#include "core/settings/preferencesstore.h"
#include "core/state/layoutrepository.h"
#include "core/state/statedatabase.h"
#include "guiapplication.h"
#include "ui/common/prompts.h"
#include "ui/layout/layouteditor.h"
#include "ui/layout/layoutlistmodel.h"
#include "ui/layout/layoutspage.h"
#include "ui/mainwindow.h"
#include "ui/restore/recoverybanner.h"
#include "ui/restore/recoverydialog.h"
#include "ui/restore/restorewizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Hubstate;
using App::GuiApplication;
using Ui::RecoveryDialog;

namespace {

const QString kPassword = QStringLiteral("correct horse");

// What SQLite says, never what a person should read first.
const QStringList kRawSqlite{QStringLiteral("malformed"),  QStringLiteral("btree"),
                             QStringLiteral("error code"), QStringLiteral("not a database"),
                             QStringLiteral("sqlite"),     QStringLiteral("Cannot count")};

} // namespace

class TestGuiApplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void damagedHeaderIsRecoveredBeforeTheWindow();
    void damageFoundWhenTheLayoutsAreCountedGoesToRecovery();
    void encryptedBackupAsksForItsPasswordAndEnterRetries();
    void startingEmptyIsAChoiceAndLeavesABanner();
    void quitChangesNothing();
    void backgroundCheckRestartsIntoRecovery();
    void restoreOptionOpensTheWizardOnTheFile();
    void restoreOnABackupsRowOpensTheWizardOnIt();
    void anotherProgramsChangesShowOnEveryPage();
    void wizardRestoreShowsOnEveryPage();

private:
    Tests::CliRun cli(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return Tests::runCli(m_profileDir, {}, arguments, {}, input);
    }
    void generate(int messages = 200);
    QString backUp(const QString &password = {});
    void corruptPages(qint64 from, qint64 count, char fill);
    QList<qint64> rootPagesOf(const QString &table);
    QList<qint64> messageLeaves();
    GuiApplication *startApp(GuiApplication::Options options = {});
    RecoveryDialog *waitForRecovery();
    Ui::MainWindow *waitForWindow();
    QString visibleText(QWidget *root) const;
    void checkPlainWords(QWidget *dialog);
    void press(QWidget *target, Qt::Key key = Qt::Key_Return);
    void clickButton(QWidget *root, const QString &name);
    QStringList storedLayoutNames() const;
    QStringList shownLayoutNames() const;
    Ui::LayoutsPage *layoutsPage() const;
    void deleteLayoutInTheWindow(const QString &name);
    void deleteLayoutDirectly(const QString &name);
    QString settingShown(const QString &key) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_profileDir;
    std::unique_ptr<GuiApplication> m_app;
    QList<QStringList> m_restarts;
};

void TestGuiApplication::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profileDir = m_dir->filePath(QStringLiteral("profile"));
    m_restarts.clear();
    // The messages the sequence would show are recorded instead; questions need answers.
    Ui::Prompts::reset();
    Ui::Prompts::setScripted(true);
}

void TestGuiApplication::cleanup()
{
    m_app.reset();
    QCOMPARE(Ui::Prompts::unusedAnswers(), 0);
    Ui::Prompts::reset();
    m_dir.reset();
}

void TestGuiApplication::generate(int messages)
{
    const Tests::CliRun made =
        cli({QStringLiteral("dev"), QStringLiteral("generate-profile"),
             QStringLiteral("--messages"), QString::number(messages), QStringLiteral("--layouts"),
             QStringLiteral("4"), QStringLiteral("--agents"), QStringLiteral("2")});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
}

QString TestGuiApplication::backUp(const QString &password)
{
    // Backup names carry the second: one second apart, each has its own.
    static qint64 last = 0;
    (void)QTest::qWaitFor([] { return QDateTime::currentSecsSinceEpoch() > last; }, 2000);
    QStringList arguments{QStringLiteral("--json"), QStringLiteral("backup"),
                          QStringLiteral("create")};
    arguments.append(password.isEmpty() ? QStringLiteral("--no-encrypt")
                                        : QStringLiteral("--password-stdin"));
    const Tests::CliRun made = cli(arguments, password.toUtf8());
    last = QDateTime::currentSecsSinceEpoch();
    if (made.exitCode != 0)
        qWarning("backup create: %s", qPrintable(made.err));
    return QJsonDocument::fromJson(made.out.toUtf8())
        .object()
        .value(QStringLiteral("location"))
        .toString();
}

QList<qint64> TestGuiApplication::messageLeaves()
{
    QList<qint64> pages;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dbstat"));
        db.setDatabaseName(Core::Profile::inDirectory(m_profileDir).databaseFile());
        if (db.open()) {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'messages' "
                                           "AND pagetype = 'leaf' ORDER BY pageno")))
                qWarning("dbstat: %s", qPrintable(query.lastError().text()));
            while (query.next())
                pages.append(query.value(0).toLongLong());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dbstat"));
    return pages;
}

QList<qint64> TestGuiApplication::rootPagesOf(const QString &table)
{
    QList<qint64> pages;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rootpage"));
        db.setDatabaseName(Core::Profile::inDirectory(m_profileDir).databaseFile());
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE tbl_name = "
                                          "'%1' AND rootpage > 0")
                               .arg(table))) {
                while (query.next())
                    pages.append(query.value(0).toLongLong());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rootpage"));
    return pages;
}

// Pages counted from 1, as SQLite counts them (4096 bytes each).
void TestGuiApplication::corruptPages(qint64 from, qint64 count, char fill)
{
    const QString file = Core::Profile::inDirectory(m_profileDir).databaseFile();
    QByteArray bytes = Tests::readFile(file);
    QVERIFY(bytes.size() >= (from - 1 + count) * 4096);
    for (qint64 i = (from - 1) * 4096; i < (from - 1 + count) * 4096; ++i)
        bytes[i] = fill;
    QVERIFY(Tests::writeFile(file, bytes));
}

GuiApplication *TestGuiApplication::startApp(GuiApplication::Options options)
{
    options.profile = m_profileDir;
    if (options.arguments.isEmpty())
        options.arguments = {QStringLiteral("--profile"), m_profileDir};
    m_app = std::make_unique<GuiApplication>(options);
    m_app->setRestart([this](const QStringList &arguments) { m_restarts.append(arguments); });
    m_app->start();
    return m_app.get();
}

RecoveryDialog *TestGuiApplication::waitForRecovery()
{
    if (!QTest::qWaitFor([this] { return m_app->recoveryDialog() != nullptr; }, 10000))
        return nullptr;
    RecoveryDialog *dialog = m_app->recoveryDialog();
    if (!QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

Ui::MainWindow *TestGuiApplication::waitForWindow()
{
    if (!QTest::qWaitFor([this] { return m_app->window() && m_app->window()->isVisible(); }, 20000))
        return nullptr;
    (void)QTest::qWaitForWindowExposed(m_app->window());
    return m_app->window();
}

QString TestGuiApplication::visibleText(QWidget *root) const
{
    QStringList texts;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->isVisibleTo(root) && !label->text().isEmpty())
            texts.append(label->text());
    }
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(root))
            texts.append(button->text());
    }
    return texts.join(u'\n');
}

void TestGuiApplication::checkPlainWords(QWidget *dialog)
{
    const QString shown = visibleText(dialog);
    for (const QString &raw : kRawSqlite)
        QVERIFY2(!shown.contains(raw, Qt::CaseInsensitive), qPrintable(raw + u'\n' + shown));
}

void TestGuiApplication::press(QWidget *target, Qt::Key key)
{
    QWidget *focused = QApplication::focusWidget();
    QTest::keyClick(focused && focused->window() == target->window() ? focused : target, key);
}

void TestGuiApplication::clickButton(QWidget *root, const QString &name)
{
    auto *button = root->findChild<QAbstractButton *>(name);
    QVERIFY2(button, qPrintable(name));
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(name));
    QTest::mouseClick(button, Qt::LeftButton);
}

QStringList TestGuiApplication::storedLayoutNames() const
{
    QStringList names;
    if (!m_app || !m_app->database())
        return names;
    if (Core::Result<QList<Core::LayoutSummary>> layouts =
            Core::LayoutRepository(*m_app->database()).list()) {
        for (const Core::LayoutSummary &layout : *layouts)
            names.append(layout.name);
    }
    names.sort();
    return names;
}

// The page is made when first shown.
Ui::LayoutsPage *TestGuiApplication::layoutsPage() const
{
    m_app->window()->showPage(QStringLiteral("layouts"));
    return m_app->window()->findChild<Ui::LayoutsPage *>(QStringLiteral("layoutsPage"));
}

// What the Layouts page shows once the user goes there (it reads the list when first shown).
QStringList TestGuiApplication::shownLayoutNames() const
{
    m_app->window()->showPage(QStringLiteral("layouts"));
    QStringList names;
    const Ui::LayoutListModel *model = layoutsPage()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, Ui::LayoutListModel::Name).data().toString());
    names.sort();
    return names;
}

void TestGuiApplication::deleteLayoutInTheWindow(const QString &name)
{
    Ui::LayoutsPage *page = layoutsPage();
    m_app->window()->showPage(QStringLiteral("layouts"));
    const Ui::LayoutListModel *model = page->model();
    QString id;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, Ui::LayoutListModel::Name).data().toString() == name)
            id = model->idAt(row);
    }
    QVERIFY2(!id.isEmpty(), qPrintable(name));
    QVERIFY(page->openLayout(id));
    clickButton(page, QStringLiteral("deleteLayout"));
    QVERIFY(!shownLayoutNames().contains(name));
    QVERIFY2(page->findChild<QLabel *>(QStringLiteral("layoutStatus"))
                 ->text()
                 .contains(QStringLiteral("brings it back")),
             qPrintable(page->findChild<QLabel *>(QStringLiteral("layoutStatus"))->text()));
}

// As another program would: straight in the database file.
void TestGuiApplication::deleteLayoutDirectly(const QString &name)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("direct"));
        db.setDatabaseName(Core::Profile::inDirectory(m_profileDir).databaseFile());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM layouts WHERE name = '%1'").arg(name)));
        QCOMPARE(query.numRowsAffected(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("direct"));
}

// What the settings page shows for `key` (its editor), as a person reads it.
QString TestGuiApplication::settingShown(const QString &key) const
{
    const QWidget *row = m_app->window()->findChild<QWidget *>(QStringLiteral("row:") + key);
    if (!row)
        return {};
    if (const auto *combo = row->findChild<QComboBox *>(QStringLiteral("editor")))
        return combo->currentText();
    if (const auto *edit = row->findChild<QLineEdit *>(QStringLiteral("editor")))
        return edit->text();
    return {};
}

// The light check at start-up reads the header: a damaged one is found before anything
// opens the files, and the newest backup comes back, by Enter alone.
void TestGuiApplication::damagedHeaderIsRecoveredBeforeTheWindow()
{
    generate();
    const QString backup = backUp();
    QVERIFY(!backup.isEmpty());
    const QStringList inBackup = [this] {
        const Tests::CliRun listed = cli({QStringLiteral("layout"), QStringLiteral("list")});
        return listed.out.split(u'\n', Qt::SkipEmptyParts);
    }();
    QVERIFY(Tests::writeFile(Core::Profile::inDirectory(m_profileDir).databaseFile(),
                             QByteArray(16384, 'x')));

    startApp();
    RecoveryDialog *dialog = waitForRecovery();
    QVERIFY(dialog);
    QVERIFY(!m_app->window()); // before the window
    QCOMPARE(dialog->step(), RecoveryDialog::Step::Offer);
    checkPlainWords(dialog);
    QVERIFY(visibleText(dialog).contains(QStringLiteral("layouts, agents and conversation "
                                                        "history")));
    // SQLite's own words are there for whoever asks.
    auto *details = dialog->findChild<QLabel *>(QStringLiteral("recoveryDetails"));
    QVERIFY(!details->isVisible());
    clickButton(dialog, QStringLiteral("recoveryDetailsToggle"));
    QVERIFY(details->isVisible());
    QVERIFY(details->text().contains(QStringLiteral("hubstate.db")));
    clickButton(dialog, QStringLiteral("recoveryDetailsToggle"));

    press(dialog); // "Recover from backups" is the default
    QCOMPARE(dialog->step(), RecoveryDialog::Step::Done);
    QVERIFY2(visibleText(dialog).contains(QFileInfo(backup).fileName()),
             qPrintable(visibleText(dialog)));
    QVERIFY(!m_app->window());
    press(dialog); // Continue
    Ui::MainWindow *window = waitForWindow();
    QVERIFY(window);
    QVERIFY(Ui::Prompts::shown().isEmpty()); // no other box on the way
    auto *banner = window->findChild<Ui::RecoveryBanner *>(QStringLiteral("recoveryBanner"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY(m_app->recovered());
    QVERIFY2(banner->text().contains(m_app->recovered()->movedAside), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QFileInfo(backup).fileName()));
    QVERIFY(QFile::exists(m_app->recovered()->movedAside + QStringLiteral("/hubstate.db")));
    QCOMPARE(storedLayoutNames().size(), inBackup.size());
    QCOMPARE(shownLayoutNames(), storedLayoutNames());
    clickButton(banner, QStringLiteral("dismissRecoveryBanner"));
    QVERIFY(!banner->isVisible());
}

// Pages the light check does not read, damaged where the layouts are: the first count of
// them finds it. No bare "Cannot count layouts" box: the recovery dialog, before the window.
void TestGuiApplication::damageFoundWhenTheLayoutsAreCountedGoesToRecovery()
{
    generate();
    const QString backup = backUp();
    QVERIFY(!backup.isEmpty());
    // The table and its indexes: whichever the count reads.
    const QList<qint64> roots = rootPagesOf(QStringLiteral("layouts"));
    QVERIFY(!roots.isEmpty());
    for (const qint64 root : roots) {
        QVERIFY(root > 1);
        corruptPages(root, 1, char(0xA5));
    }
    const Core::Result<Core::Recovery::Finding> light =
        Core::Recovery::inspect(Core::Profile::inDirectory(m_profileDir), false);
    QVERIFY(light && !light->isDamaged()); // the light check passes

    startApp();
    RecoveryDialog *dialog = waitForRecovery();
    QVERIFY(dialog);
    QVERIFY2(Ui::Prompts::shown().isEmpty(), qPrintable(Ui::Prompts::shown().join(u'\n')));
    QVERIFY(!m_app->window() || !m_app->window()->isVisible());
    checkPlainWords(dialog);
    press(dialog);
    QCOMPARE(dialog->step(), RecoveryDialog::Step::Done);
    press(dialog);
    QVERIFY(waitForWindow());
    QVERIFY2(Ui::Prompts::shown().isEmpty(), qPrintable(Ui::Prompts::shown().join(u'\n')));
    QVERIFY(!storedLayoutNames().isEmpty());
    QCOMPARE(shownLayoutNames(), storedLayoutNames());
}

// The only backup is encrypted and no keychain holds its key: the dialog asks for the
// password before giving that backup up; a wrong one says so and stays; Enter in the field
// retries; the right one recovers.
void TestGuiApplication::encryptedBackupAsksForItsPasswordAndEnterRetries()
{
    generate();
    const QString backup = backUp(kPassword);
    QVERIFY(!backup.isEmpty());
    const QString database = Core::Profile::inDirectory(m_profileDir).databaseFile();
    QVERIFY(Tests::writeFile(database, QByteArray(16384, 'x')));

    startApp();
    RecoveryDialog *dialog = waitForRecovery();
    QVERIFY(dialog);
    press(dialog);
    QCOMPARE(dialog->step(), RecoveryDialog::Step::Password);
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("recoveryPassword"));
    QVERIFY(password->isVisible() && password->isEnabled());
    QCOMPARE(QApplication::focusWidget(), password);
    QVERIFY(visibleText(dialog).contains(QFileInfo(backup).fileName()));
    QVERIFY(dialog->findChild<QAbstractButton *>(QStringLiteral("skipButton"))->isVisible());
    checkPlainWords(dialog);
    // Nothing was given up or moved while it asks.
    QCOMPARE(Tests::readFile(database), QByteArray(16384, 'x'));
    QVERIFY(!dialog->outcome());

    QTest::keyClicks(password, QStringLiteral("battery staple"));
    QTest::keyClick(password, Qt::Key_Return);
    QCOMPARE(dialog->step(), RecoveryDialog::Step::Password);
    QVERIFY(dialog->isVisible());
    QVERIFY2(visibleText(dialog).contains(QStringLiteral("Wrong password")),
             qPrintable(visibleText(dialog)));
    QCOMPARE(QApplication::focusWidget(), password);
    QCOMPARE(password->selectedText(), QStringLiteral("battery staple")); // typing replaces it

    QTest::keyClicks(password, kPassword);
    QTest::keyClick(password, Qt::Key_Return);
    QCOMPARE(dialog->step(), RecoveryDialog::Step::Done);
    QVERIFY(dialog->isVisible()); // the outcome is read before going on
    QVERIFY(visibleText(dialog).contains(QFileInfo(backup).fileName()));
    press(dialog);
    QVERIFY(waitForWindow());
    QVERIFY(storedLayoutNames().size() > 4);
    QCOMPARE(m_app->recovered()->restoredFrom, QFileInfo(backup).absoluteFilePath());
}

// No usable backup: nothing falls through to an empty profile. "Start empty" is a choice of
// its own (Enter does not make it), and the window says where the damaged files went.
void TestGuiApplication::startingEmptyIsAChoiceAndLeavesABanner()
{
    generate();
    QVERIFY(!backUp(kPassword).isEmpty());
    const QString database = Core::Profile::inDirectory(m_profileDir).databaseFile();
    QVERIFY(Tests::writeFile(database, QByteArray(16384, 'x')));

    startApp();
    RecoveryDialog *dialog = waitForRecovery();
    QVERIFY(dialog);
    press(dialog);
    QCOMPARE(dialog->step(), RecoveryDialog::Step::Password);
    clickButton(dialog, QStringLiteral("skipButton"));
    QCOMPARE(dialog->step(), RecoveryDialog::Step::Exhausted);
    QVERIFY(visibleText(dialog).contains(QStringLiteral("skipped, no password was given")));
    checkPlainWords(dialog);
    press(dialog); // Enter chooses nothing here
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->step(), RecoveryDialog::Step::Exhausted);
    QCOMPARE(Tests::readFile(database), QByteArray(16384, 'x'));

    clickButton(dialog, QStringLiteral("startEmptyButton"));
    QCOMPARE(dialog->step(), RecoveryDialog::Step::Done);
    QCOMPARE(dialog->choice(), RecoveryDialog::Choice::StartedEmpty);
    press(dialog);
    Ui::MainWindow *window = waitForWindow();
    QVERIFY(window);
    auto *banner = window->findChild<Ui::RecoveryBanner *>(QStringLiteral("recoveryBanner"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("started empty")), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(m_app->recovered()->movedAside));
    QCOMPARE(Tests::readFile(m_app->recovered()->movedAside + QStringLiteral("/hubstate.db")),
             QByteArray(16384, 'x'));
    // The templates only: the generated layouts are not there.
    for (const QString &name : storedLayoutNames())
        QVERIFY2(!name.startsWith(QStringLiteral("Workspace")), qPrintable(name));
    // The banner's "Restore a backup…" opens the wizard.
    clickButton(banner, QStringLiteral("bannerRestore"));
    QTRY_VERIFY(m_app->restoreWizard() && m_app->restoreWizard()->isVisible());
}

void TestGuiApplication::quitChangesNothing()
{
    generate();
    const QString database = Core::Profile::inDirectory(m_profileDir).databaseFile();
    QVERIFY(Tests::writeFile(database, QByteArray(16384, 'x')));
    startApp();
    QSignalSpy finished(m_app.get(), &GuiApplication::finished);
    RecoveryDialog *dialog = waitForRecovery();
    QVERIFY(dialog);
    QTest::keyClick(dialog, Qt::Key_Q, Qt::AltModifier);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toInt(), int(Core::ErrorCode::Damaged));
    QVERIFY(!m_app->window());
    QCOMPARE(Tests::readFile(database), QByteArray(16384, 'x'));
}

// Damage in pages neither the light check nor the first count reads: the window opens, the
// check in the background finds it, says so in plain words and restarts; the restart runs
// the full check and offers recovery.
void TestGuiApplication::backgroundCheckRestartsIntoRecovery()
{
    generate(3000);
    const QString backup = backUp();
    QVERIFY(!backup.isEmpty());
    // Leaf pages of the messages in the middle of the table: nothing reads them at start.
    const QList<qint64> leaves = messageLeaves();
    QVERIFY(leaves.size() > 20);
    for (qsizetype i = leaves.size() / 2; i < leaves.size() / 2 + 3; ++i)
        corruptPages(leaves.at(i), 1, char(0x5A));
    const Core::Result<Core::Recovery::Finding> light =
        Core::Recovery::inspect(Core::Profile::inDirectory(m_profileDir), false);
    QVERIFY(light && !light->isDamaged()); // the light check at start does not see it

    startApp();
    QSignalSpy checked(m_app.get(), &GuiApplication::backgroundCheckDone);
    QSignalSpy finished(m_app.get(), &GuiApplication::finished);
    QVERIFY2(
        waitForWindow(),
        m_app->recoveryDialog() ? qPrintable(
            m_app->recoveryDialog()->findChild<QLabel *>(QStringLiteral("recoveryDetails"))->text())
                                : qPrintable(Ui::Prompts::shown().join(u'\n')));
    QVERIFY(!m_app->recoveryDialog());
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 60000);
    QVERIFY(!checked.first().first().toStringList().isEmpty());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toInt(), int(Core::ErrorCode::Damaged));
    QCOMPARE(Ui::Prompts::shown().size(), 1);
    const QString said = Ui::Prompts::shown().first();
    QVERIFY2(said.contains(QStringLiteral("restarts now")), qPrintable(said));
    for (const QString &raw : kRawSqlite)
        QVERIFY2(!said.contains(raw, Qt::CaseInsensitive), qPrintable(said));
    QCOMPARE(m_restarts.size(), 1);
    QCOMPARE(m_restarts.first(), (QStringList{QStringLiteral("--profile"), m_profileDir}));

    // The restart: a new program with the same arguments.
    m_app.reset();
    const GuiApplication::Options again =
        GuiApplication::parse(QStringList{QStringLiteral("hubstate")} + m_restarts.first());
    QCOMPARE(again.profile, m_profileDir);
    startApp(again);
    RecoveryDialog *dialog = waitForRecovery();
    QVERIFY(dialog);
    checkPlainWords(dialog);
    press(dialog);
    QCOMPARE(dialog->step(), RecoveryDialog::Step::Done);
    QSignalSpy checkedAgain(m_app.get(), &GuiApplication::backgroundCheckDone);
    press(dialog);
    QVERIFY(waitForWindow());
    QTRY_COMPARE_WITH_TIMEOUT(checkedAgain.size(), 1, 60000);
    QVERIFY(checkedAgain.first().first().toStringList().isEmpty()); // sound now
    QCOMPARE(m_restarts.size(), 1);
}

// hubstate --restore FILE: the window, then the wizard on that file; once it is done every
// page shows the restored state.
void TestGuiApplication::restoreOptionOpensTheWizardOnTheFile()
{
    generate();
    const QString backup = backUp();
    QVERIFY(!backup.isEmpty());
    QVERIFY(cli({QStringLiteral("config"), QStringLiteral("set"),
                 QStringLiteral("preferences.theme.mode"), QStringLiteral("dark")})
                .exitCode
            == 0);

    deleteLayoutDirectly(QStringLiteral("Workspace 2"));
    const GuiApplication::Options options =
        GuiApplication::parse({QStringLiteral("hubstate"), QStringLiteral("--profile"),
                               m_profileDir, QStringLiteral("--restore"), backup});
    QVERIFY(options.restore);
    QCOMPARE(options.restoreFile, backup);
    startApp(options);
    QVERIFY(waitForWindow());
    QTRY_VERIFY(m_app->restoreWizard() && m_app->restoreWizard()->isVisible());
    Ui::RestoreWizard *wizard = m_app->restoreWizard();
    QCOMPARE(wizard->findChild<QLineEdit *>(QStringLiteral("fileEdit"))->text(), backup);
    QVERIFY(shownLayoutNames().contains(QStringLiteral("Workspace 2")) == false);
    for (int page = 0; page < 5; ++page)
        QTest::keyClick(wizard, Qt::Key_Return); // source, unlock, preview, scope, Restore
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(Ui::RestoreWizard::ResultPage), 30000);
    QTRY_COMPARE(QApplication::focusWidget(), wizard->button(QWizard::FinishButton));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!m_app->restoreWizard());
    QVERIFY(shownLayoutNames().contains(QStringLiteral("Workspace 2")));
    QCOMPARE(settingShown(QStringLiteral("preferences.theme.mode")), QStringLiteral("auto"));
}

void TestGuiApplication::restoreOnABackupsRowOpensTheWizardOnIt()
{
    generate();
    const QString older = backUp();
    QVERIFY(!backUp().isEmpty());
    startApp();
    Ui::MainWindow *window = waitForWindow();
    QVERIFY(window);
    window->showPage(QStringLiteral("backup"));
    auto *catalog = window->findChild<QTableView *>(QStringLiteral("backupCatalog"));
    QVERIFY(catalog);
    QTRY_COMPARE(catalog->model()->rowCount(), 2);
    catalog->setFocus();
    catalog->selectRow(1); // the older one
    clickButton(window, QStringLiteral("restoreBackup"));
    QTRY_VERIFY(m_app->restoreWizard() && m_app->restoreWizard()->isVisible());
    auto *list = m_app->restoreWizard()->findChild<QTreeWidget *>(QStringLiteral("catalogList"));
    QVERIFY(list && list->currentItem());
    QCOMPARE(list->currentItem()->text(1), QFileInfo(older).fileName());
    // Enter takes it.
    Ui::RestoreWizard *wizard = m_app->restoreWizard();
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QTest::keyClick(wizard, Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(Ui::RestoreWizard::UnlockPage));
    QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("unlockStatus"))
                ->text()
                .contains(QFileInfo(older).fileName()));
}

// Another program changes the settings and restores a backup while the window is open: the
// settings page shows the new value at once, the Layouts page the restored layouts, and the
// old "Deleted …; Ctrl+Z brings it back" (whose undo would act on the old state) is gone.
void TestGuiApplication::anotherProgramsChangesShowOnEveryPage()
{
    generate();
    const QString backup = backUp();
    QVERIFY(!backup.isEmpty());
    startApp();
    QVERIFY(waitForWindow());
    const QStringList before = storedLayoutNames();

    QVERIFY(cli({QStringLiteral("config"), QStringLiteral("set"),
                 QStringLiteral("preferences.theme.fontSize"), QStringLiteral("large")})
                .exitCode
            == 0);
    QTRY_COMPARE(settingShown(QStringLiteral("preferences.theme.fontSize")),
                 QStringLiteral("large"));

    deleteLayoutInTheWindow(QStringLiteral("Workspace 3"));
    Ui::LayoutsPage *page = layoutsPage();
    QCOMPARE(page->listUndoStack()->count(), 1);

    const Tests::CliRun restored =
        cli({QStringLiteral("backup"), QStringLiteral("restore"), backup});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QTRY_VERIFY2(shownLayoutNames().contains(QStringLiteral("Workspace 3")),
                 qPrintable(shownLayoutNames().join(u',')));
    QCOMPARE(storedLayoutNames(), before); // through the window's own connection
    QCOMPARE(shownLayoutNames(), before);
    const QString status = page->findChild<QLabel *>(QStringLiteral("layoutStatus"))->text();
    QVERIFY2(!status.contains(QStringLiteral("brings it back")), qPrintable(status));
    QCOMPARE(page->listUndoStack()->count(), 0);
    QTRY_COMPARE(settingShown(QStringLiteral("preferences.theme.fontSize")),
                 QStringLiteral("medium"));
    QCOMPARE(m_app->window()->undoStack()->count(), 0);

    // The Backups page lists the safety backup that restore took (its panel is made with the
    // page, when the user goes there).
    m_app->window()->showPage(QStringLiteral("backup"));
    auto *catalog = m_app->window()->findChild<QTableView *>(QStringLiteral("backupCatalog"));
    QVERIFY(catalog);
    QTRY_COMPARE(catalog->model()->rowCount(), 2);
    QVERIFY(catalog->model()->index(0, 0).data().toString().contains(QStringLiteral("safety")));

    // What the window writes now goes to the file everyone reads.
    QVERIFY(m_app->database()->connection().isOpen());
    deleteLayoutInTheWindow(QStringLiteral("Workspace 1"));
    const Tests::CliRun listed = cli({QStringLiteral("layout"), QStringLiteral("list")});
    QVERIFY2(!listed.out.contains(QStringLiteral("Workspace 1")), qPrintable(listed.out));
    QVERIFY(listed.out.contains(QStringLiteral("Workspace 3")));
}

// The same through the window's own wizard.
void TestGuiApplication::wizardRestoreShowsOnEveryPage()
{
    generate();
    const QString backup = backUp();
    QVERIFY(!backup.isEmpty());
    startApp();
    QVERIFY(waitForWindow());
    deleteLayoutInTheWindow(QStringLiteral("Workspace 4"));
    m_app->openRestoreWizard(backup);
    Ui::RestoreWizard *wizard = m_app->restoreWizard();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    for (int page = 0; page < 5; ++page)
        QTest::keyClick(wizard, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(Ui::RestoreWizard::ResultPage), 30000);
    // At once, not at the next look of the monitor.
    QVERIFY2(shownLayoutNames().contains(QStringLiteral("Workspace 4")),
             qPrintable(shownLayoutNames().join(u',')));
    const QString status =
        layoutsPage()->findChild<QLabel *>(QStringLiteral("layoutStatus"))->text();
    QVERIFY2(!status.contains(QStringLiteral("brings it back")), qPrintable(status));
    QCOMPARE(layoutsPage()->listUndoStack()->count(), 0);
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!m_app->restoreWizard());
}

QTEST_MAIN(TestGuiApplication)
#include "tst_guiapplication.moc"
