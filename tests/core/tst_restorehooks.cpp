// RestoreEngine's hooks for a program that holds the state open (the GUI): the swap is
// bracketed by beforeSwap/afterSwap, a cancel at the last stage changes nothing, and a backup
// from a newer Hubstate is refused with the newer-format detail the wizard tells apart.
#include "core/backup/backupengine.h"
#include "core/backup/restoreengine.h"
#include "core/crypto/containerformat.h"
#include "core/profile/profile.h"
#include "core/settings/preferencesstore.h"
#include "core/state/layoutrepository.h"
#include "core/state/profilegenerator.h"
#include "core/state/statedatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Hubstate::Core;

class TestRestoreHooks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void swapIsBracketedByTheHooks();
    void cancelAtTheLastStageChangesNothing();
    void newerBackupIsRefusedAsNewerFormat();

private:
    QString backUp();
    int layoutCount();

    std::unique_ptr<QTemporaryDir> m_dir;
    Profile m_profile;
    std::unique_ptr<PreferencesStore> m_settings;
    std::unique_ptr<StateDatabase> m_database; // held open, as the GUI holds it
};

void TestRestoreHooks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = Profile::inDirectory(m_dir->filePath(QStringLiteral("profile")));
    m_settings = std::make_unique<PreferencesStore>(m_profile, QStringLiteral("/nonexistent"));
    QVERIFY(m_settings->open());
    m_database = std::make_unique<StateDatabase>();
    QVERIFY(m_database->open(m_profile.databaseFile()));
    ProfileGenerator::Size size;
    size.messages = 60;
    size.layouts = 3;
    size.agents = 2;
    QVERIFY(ProfileGenerator::fill(*m_database, m_dir->path(), size));
}

void TestRestoreHooks::cleanup()
{
    m_database.reset();
    m_settings.reset();
    m_dir.reset();
}

QString TestRestoreHooks::backUp()
{
    BackupEngine engine(m_profile, *m_settings, nullptr);
    BackupEngine::Options options;
    options.encrypt = false;
    Result<BackupEngine::Outcome> outcome = engine.create(options);
    if (!outcome) {
        qWarning("%s", qPrintable(outcome.error().message));
        return {};
    }
    return outcome->location;
}

int TestRestoreHooks::layoutCount()
{
    Result<int> count = LayoutRepository(*m_database).count();
    return count ? *count : -1;
}

void TestRestoreHooks::swapIsBracketedByTheHooks()
{
    const QString backup = backUp();
    QVERIFY(!backup.isEmpty());
    Result<QList<LayoutSummary>> layouts = LayoutRepository(*m_database).list();
    QVERIFY(layouts && !layouts->isEmpty());
    QVERIFY(LayoutRepository(*m_database).remove(layouts->first().id));
    const int before = layoutCount();

    QStringList events;
    RestoreEngine::Options options;
    options.parts = {RestoreEngine::Part::Layouts};
    options.progress = [&events](const QString &stage) {
        events.append(stage);
        return true;
    };
    options.beforeSwap = [&] {
        events.append(QStringLiteral("beforeSwap"));
        m_database->close();
    };
    options.afterSwap = [&] {
        events.append(QStringLiteral("afterSwap"));
        QVERIFY(m_database->open(m_profile.databaseFile()));
    };
    RestoreEngine engine(m_profile, m_settings.get(), nullptr);
    const Result<RestoreEngine::Report> report =
        engine.restore(backup, BackupReader::Keys{}, options);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QCOMPARE(events,
             (QStringList{QStringLiteral("Safety backup"), QStringLiteral("Prepare"),
                          QStringLiteral("Restore"), QStringLiteral("beforeSwap"),
                          QStringLiteral("afterSwap")}));
    // The connection reopened in afterSwap sees the restored layouts.
    QCOMPARE(layoutCount(), before + 1);
}

void TestRestoreHooks::cancelAtTheLastStageChangesNothing()
{
    const QString backup = backUp();
    QVERIFY(!backup.isEmpty());
    Result<QList<LayoutSummary>> layouts = LayoutRepository(*m_database).list();
    QVERIFY(layouts && !layouts->isEmpty());
    QVERIFY(LayoutRepository(*m_database).remove(layouts->first().id));
    const int before = layoutCount();

    bool swapped = false;
    RestoreEngine::Options options;
    options.parts = {RestoreEngine::Part::Layouts};
    options.progress = [](const QString &stage) {
        return stage != QLatin1String("Restore");
    };
    options.beforeSwap = [&swapped] {
        swapped = true;
    };
    RestoreEngine engine(m_profile, m_settings.get(), nullptr);
    const Result<RestoreEngine::Report> report =
        engine.restore(backup, BackupReader::Keys{}, options);
    QVERIFY(!report);
    QVERIFY(report.error().message.contains(QStringLiteral("cancelled")));
    QVERIFY(!swapped);
    QCOMPARE(layoutCount(), before);
    QVERIFY(!QFile::exists(m_profile.stateDirectory() + QStringLiteral("/restore-journal.json")));
}

void TestRestoreHooks::newerBackupIsRefusedAsNewerFormat()
{
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
    const QString backup = backUp();
    QVERIFY(!backup.isEmpty());
    QVERIFY(
        query.exec(QStringLiteral("PRAGMA user_version = %1").arg(StateDatabase::currentVersion)));

    RestoreEngine engine(m_profile, m_settings.get(), nullptr);
    const Result<BackupManifest> staged = engine.stage(backup, BackupReader::Keys{});
    QVERIFY(!staged);
    QCOMPARE(staged.error().code, ErrorCode::InvalidInput);
    QCOMPARE(staged.error().detail, ContainerFormat::newerFormat);
    QVERIFY(staged.error().message.contains(QStringLiteral("newer Hubstate")));
}

QTEST_GUILESS_MAIN(TestRestoreHooks)
#include "tst_restorehooks.moc"
