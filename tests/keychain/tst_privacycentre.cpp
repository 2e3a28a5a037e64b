// The privacy centre by keyboard against a real Secret Service (with-keyring.sh): the export
// with a planted canary secret, delete-my-data confirmed by typing the word and verified by a
// walk of the profile and the keychain, and a delete refused while the keychain is locked.
#include "../core/zipentries.h"
#include "canary.h"
#include "core/backup/backupengine.h"
#include "core/profile/profile.h"
#include "core/secrets/backupkeys.h"
#include "core/secrets/secretstore.h"
#include "core/settings/preferencesstore.h"
#include "core/state/historyrepository.h"
#include "core/state/profilegenerator.h"
#include "core/state/secretindex.h"
#include "core/state/statedatabase.h"
#include "ui/common/prompts.h"
#include "ui/privacy/privacycentre.h"

#include <QCheckBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Hubstate;

class TestPrivacyCentre : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    // with-keyring.sh unlocked
    void exportByKeyboardHoldsNoSecret();
    void deleteByTypingTheWordLeavesNothing();
    void deleteSaysWhatWasKeptAndListsOnlyEntriesThatExist();
    // with-keyring.sh locked
    void deleteIsRefusedWhileTheKeychainIsLocked();

private:
    QStringList filesUnder(const QString &directory)
    {
        QStringList files;
        QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        return files;
    }
    void plantCanary()
    {
        QVERIFY(m_secrets->write(QStringLiteral("agent.scout.apiKey"), m_canary));
        QVERIFY(Core::SecretIndex(*m_database)
                    .record(QStringLiteral("agent.scout.apiKey"), QStringLiteral("API key")));
    }
    template<typename T> T *find(const QString &name)
    {
        T *widget = m_centre->findChild<T *>(name);
        if (!widget)
            qWarning("no widget %s", qPrintable(name));
        return widget;
    }

    const QByteArray m_canary = "hubstate-centre-canary-6f2d9e04b1c8";
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Profile> m_profile;
    std::unique_ptr<Core::PreferencesStore> m_store;
    std::unique_ptr<Core::StateDatabase> m_database;
    std::unique_ptr<Core::SecretStore> m_secrets;
    std::unique_ptr<Ui::PrivacyCentre> m_centre;
};

void TestPrivacyCentre::init()
{
    QVERIFY(QDir::homePath().startsWith(QStringLiteral("/tmp/hubstate-keyring.")));
    m_dir = std::make_unique<QTemporaryDir>(QDir::homePath() + QStringLiteral("/centre-XXXXXX"));
    m_profile = std::make_unique<Core::Profile>(
        Core::Profile::inDirectory(m_dir->filePath(QStringLiteral("profile"))));
    m_store = std::make_unique<Core::PreferencesStore>(*m_profile,
                                                       QStringLiteral("/nonexistent/policy.ini"));
    QVERIFY(m_store->open());
    QVERIFY(m_store->setValue(QStringLiteral("privacy.crashReports"), true)); // a settings file
    m_database = std::make_unique<Core::StateDatabase>();
    QVERIFY(m_database->open(m_profile->databaseFile()));
    Core::ProfileGenerator::Size size;
    size.messages = 200;
    size.agents = 2;
    size.layouts = 2;
    QVERIFY(Core::ProfileGenerator::fill(*m_database, m_dir->path(), size));
    m_secrets = std::make_unique<Core::SecretStore>(m_profile->keychainScope());
    m_centre = std::make_unique<Ui::PrivacyCentre>(*m_profile, *m_store, *m_database, *m_secrets);
    m_centre->resize(900, 900);
}

void TestPrivacyCentre::cleanup()
{
    QCOMPARE(Ui::Prompts::unusedAnswers(), 0);
    Ui::Prompts::reset();
    m_centre.reset();
    m_secrets.reset();
    m_database.reset();
    m_store.reset();
}

void TestPrivacyCentre::exportByKeyboardHoldsNoSecret()
{
    plantCanary();
    m_centre->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_centre.get()));
    QVERIFY(find<QLabel>(QStringLiteral("privacyStatement"))
                ->text()
                .contains(QStringLiteral("sends nothing")));

    // Leave the history out: focus its box, Space.
    auto *history = find<QCheckBox>(QStringLiteral("exportCategory_history"));
    QVERIFY(history && history->isChecked());
    history->setFocus();
    QTest::keyClick(history, Qt::Key_Space);
    QVERIFY(!history->isChecked());

    const QString file = m_dir->filePath(QStringLiteral("my-data.zip"));
    Ui::Prompts::setNextFile(file);
    auto *exportButton = find<QPushButton>(QStringLiteral("exportButton"));
    exportButton->setFocus();
    QTest::keyClick(exportButton, Qt::Key_Space);
    QCOMPARE(Ui::Prompts::shown().size(), 1);
    QVERIFY2(Ui::Prompts::shown().first().endsWith(QStringLiteral(".zip")),
             qPrintable(Ui::Prompts::shown().first())); // the name proposed

    const QString result = find<QLabel>(QStringLiteral("exportResult"))->text();
    QVERIFY2(result.contains(file), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("Names of stored secrets")), qPrintable(result));
    QVERIFY(!result.contains(QStringLiteral("Conversations and messages")));

    QFile zip(file);
    QVERIFY(zip.open(QIODevice::ReadOnly));
    QVERIFY(!Tests::containsCanary(zip.readAll(), m_canary));
    const QMap<QString, QByteArray> entries = Tests::zipEntries(file);
    QVERIFY(entries.contains(QStringLiteral("secrets.json")));
    QVERIFY(!entries.contains(QStringLiteral("history.json")));
    QVERIFY(entries.value(QStringLiteral("settings.json")).contains("privacy.crashReports"));
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        QVERIFY2(!Tests::containsCanary(it.value(), m_canary), qPrintable(it.key()));
    QVERIFY(entries.value(QStringLiteral("secrets.json")).contains("agent.scout.apiKey"));
}

void TestPrivacyCentre::deleteByTypingTheWordLeavesNothing()
{
    plantCanary();
    m_centre->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_centre.get()));

    // Every store is listed with its size before anything happens.
    auto *stores = find<QTreeWidget>(QStringLiteral("deleteStores"));
    QStringList listed;
    for (int i = 0; i < stores->topLevelItemCount(); ++i)
        listed.append(stores->topLevelItem(i)->text(1));
    QVERIFY2(listed.contains(m_profile->databaseFile()), qPrintable(listed.join(u'\n')));
    QVERIFY(listed.contains(m_profile->settingsFile()));
    QVERIFY(listed.contains(QStringLiteral("agent.scout.apiKey")));
    // No backup key was ever set up: none is listed.
    QVERIFY2(!listed.contains(QStringLiteral("backup.masterKey")), qPrintable(listed.join(u'\n')));
    QVERIFY(!find<QLabel>(QStringLiteral("keptStores"))->isVisible()); // no backups to keep
    QVERIFY(!stores->findItems(m_profile->databaseFile(), Qt::MatchExactly, 1)
                 .first()
                 ->text(2)
                 .isEmpty());

    // The button stays off until the whole word is typed.
    QSignalSpy deleted(m_centre.get(), &Ui::PrivacyCentre::dataDeleted);
    auto *confirmation = find<QLineEdit>(QStringLiteral("deleteConfirmation"));
    auto *deleteButton = find<QPushButton>(QStringLiteral("deleteButton"));
    confirmation->setFocus();
    QTest::keyClicks(confirmation, QStringLiteral("DELET"));
    QVERIFY(!deleteButton->isEnabled());
    QTest::keyClick(confirmation, Qt::Key_Return);
    QCOMPARE(deleted.count(), 0);
    QVERIFY(QFile::exists(m_profile->databaseFile()));
    QTest::keyClick(confirmation, 'E');
    QVERIFY(deleteButton->isEnabled());
    deleteButton->setFocus();
    QTest::keyClick(deleteButton, Qt::Key_Space);

    const QString report = find<QLabel>(QStringLiteral("deleteResult"))->text();
    QVERIFY2(report.startsWith(QStringLiteral("Deleted and checked")), qPrintable(report));
    QVERIFY(report.contains(m_profile->databaseFile()));
    QVERIFY(report.contains(QStringLiteral("agent.scout.apiKey")));
    QVERIFY2(!report.contains(QStringLiteral("backup.masterKey")), qPrintable(report));
    QCOMPARE(deleted.count(), 1);
    QVERIFY(!deleteButton->isEnabled());

    // A walk of the profile finds nothing, and the keychain, which works, has nothing either.
    QCOMPARE(filesUnder(m_profile->root()), QStringList());
    QCOMPARE(m_secrets->probe().health, Core::SecretStore::Health::Healthy);
    for (const QString &name :
         {QStringLiteral("agent.scout.apiKey"), QStringLiteral("backup.masterKey")}) {
        const Core::Result<QByteArray> value = m_secrets->read(name);
        QVERIFY2(!value, qPrintable(name));
        QCOMPARE(value.error().code, Core::ErrorCode::InvalidInput);
    }
    QVERIFY(Tests::filesContaining(m_dir->path(), m_canary).isEmpty());
}

// A profile with backups in its folder and a backup key: the key is listed and deleted, the
// backups are kept (the box is not ticked), and the report says so instead of "nothing of
// yours is left".
void TestPrivacyCentre::deleteSaysWhatWasKeptAndListsOnlyEntriesThatExist()
{
    plantCanary();
    QVERIFY(m_store->setValue(QStringLiteral("backup.encryption"), false));
    QStringList backups;
    for (int i = 0; i < 2; ++i) {
        const qint64 second = QDateTime::currentSecsSinceEpoch();
        QTRY_VERIFY(i == 0 || QDateTime::currentSecsSinceEpoch() > second);
        Core::BackupEngine engine(*m_profile, *m_store, m_secrets.get());
        Core::BackupEngine::Options options;
        options.encrypt = false;
        const Core::Result<Core::BackupEngine::Outcome> made = engine.create(options);
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        backups.append(made->location);
    }
    QVERIFY(Core::BackupKeys(*m_secrets).create(QStringLiteral("a backup password")));
    m_centre->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_centre.get()));

    auto *stores = find<QTreeWidget>(QStringLiteral("deleteStores"));
    QStringList listed;
    for (int i = 0; i < stores->topLevelItemCount(); ++i)
        listed.append(stores->topLevelItem(i)->text(1));
    QVERIFY2(listed.contains(QStringLiteral("backup.masterKey")), qPrintable(listed.join(u'\n')));
    for (const QString &backup : std::as_const(backups))
        QVERIFY(!listed.contains(backup));
    const QString backupFolder = QFileInfo(m_profile->backupDirectory()).absoluteFilePath();
    auto *kept = find<QLabel>(QStringLiteral("keptStores"));
    QVERIFY(kept->isVisible());
    QVERIFY2(kept->text().contains(QStringLiteral("the local backups (2 backups, ")),
             qPrintable(kept->text()));
    QVERIFY2(kept->text().contains(backupFolder), qPrintable(kept->text()));

    QSignalSpy deleted(m_centre.get(), &Ui::PrivacyCentre::dataDeleted);
    auto *confirmation = find<QLineEdit>(QStringLiteral("deleteConfirmation"));
    confirmation->setFocus();
    QTest::keyClicks(confirmation, Ui::PrivacyCentre::confirmationWord());
    QTest::keyClick(confirmation, Qt::Key_Return);

    const QString report = find<QLabel>(QStringLiteral("deleteResult"))->text();
    QVERIFY2(!report.contains(QStringLiteral("nothing of yours is left")), qPrintable(report));
    QVERIFY2(report.startsWith(QStringLiteral("Deleted and checked. Kept, as you chose: the "
                                              "local backups (2 backups, ")),
             qPrintable(report));
    QVERIFY2(report.contains(backupFolder), qPrintable(report));
    QVERIFY(report.contains(QStringLiteral("the backup catalog")));
    QVERIFY(report.contains(QStringLiteral("Keychain entry: backup.masterKey")));
    QCOMPARE(deleted.count(), 1);
    QVERIFY2(deleted.first().first().toString().contains(QStringLiteral("Kept, as you chose")),
             qPrintable(deleted.first().first().toString()));
    for (const QString &backup : std::as_const(backups))
        QVERIFY(QFile::exists(backup));
    QVERIFY(!QFile::exists(m_profile->databaseFile()));
    QVERIFY(!m_secrets->read(QStringLiteral("backup.masterKey")));
}

void TestPrivacyCentre::deleteIsRefusedWhileTheKeychainIsLocked()
{
    QVERIFY(m_secrets->probe().health != Core::SecretStore::Health::Healthy);
    m_centre->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_centre.get()));
    const QStringList before = filesUnder(m_profile->root());
    QSignalSpy deleted(m_centre.get(), &Ui::PrivacyCentre::dataDeleted);
    auto *confirmation = find<QLineEdit>(QStringLiteral("deleteConfirmation"));
    confirmation->setFocus();
    QTest::keyClicks(confirmation, Ui::PrivacyCentre::confirmationWord());
    QTest::keyClick(confirmation, Qt::Key_Return);

    const QString report = find<QLabel>(QStringLiteral("deleteResult"))->text();
    QVERIFY2(report.startsWith(QStringLiteral("Nothing was deleted")), qPrintable(report));
    QVERIFY(report.contains(m_profile->databaseFile()));
    QCOMPARE(deleted.count(), 0);
    QCOMPARE(filesUnder(m_profile->root()), before);
    // Hubstate keeps working on the same database.
    QVERIFY(Core::HistoryRepository(*m_database).stats());
}

QTEST_MAIN(TestPrivacyCentre)
#include "tst_privacycentre.moc"
