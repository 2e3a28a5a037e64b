// Hubstate's files are 0600 and its folders 0700 whatever the umask. The core is driven in
// process under umask 022 (the CLI and the GUI also set a restrictive umask, which would hide a
// core path that forgets): settings, layouts, history, backups here and in another folder, a
// restore, a database migration and the markers; then every file and folder is walked. A
// profile that others can read is reported once, with the chmod that fixes it.
#include "clirunner.h"
#include "core/backup/backupengine.h"
#include "core/backup/backupscheduler.h"
#include "core/backup/recovery.h"
#include "core/backup/restoreengine.h"
#include "core/common/atomicfile.h"
#include "core/profile/profile.h"
#include "core/settings/inifile.h"
#include "core/settings/preferencesstore.h"
#include "core/state/historyimporter.h"
#include "core/state/layoutcodec.h"
#include "core/state/layoutrepository.h"
#include "core/state/statedatabase.h"
#include "statetestsupport.h"
#include "testfiles.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Hubstate::Core;
using namespace Hubstate::Tests;

namespace {

unsigned modeOf(const QString &path)
{
    struct stat info
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode & 07777 : 0;
}

// "PATH 0644" for every file not 0600 and every folder not 0700 under the roots (and the roots).
QStringList notPrivate(const QStringList &roots)
{
    QStringList wrong;
    const auto check = [&wrong](const QString &path) {
        const unsigned expected = QFileInfo(path).isDir() ? 0700 : 0600;
        if (modeOf(path) != expected)
            wrong.append(path + u' ' + QString::number(modeOf(path), 8));
    };
    for (const QString &root : roots) {
        check(root);
        QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            check(it.next());
    }
    return wrong;
}

int entriesUnder(const QString &root)
{
    int count = 0;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyFileOfAFreshProfileIsPrivate();
    void migrationAndWrittenFilesArePrivate();
    void exposedProfileIsReportedWithTheFix();
    void cliWarnsOnceAboutAnExposedProfile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
    Profile m_profile;
};

void TestPrivateFiles::initTestCase()
{
    // The umask most desktops start programs with; the core must not depend on a tighter one.
    ::umask(022);
}

void TestPrivateFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_root = m_dir->filePath(QStringLiteral("profile"));
    m_profile = Profile::inDirectory(m_root);
}

void TestPrivateFiles::cleanup()
{
    m_dir.reset();
}

void TestPrivateFiles::everyFileOfAFreshProfileIsPrivate()
{
    // config set
    PreferencesStore settings(m_profile, QStringLiteral("/nonexistent/policy.ini"));
    QVERIFY(settings.open());
    QVERIFY(settings.setValue(QStringLiteral("preferences.theme.mode"), QStringLiteral("dark")));
    // The schedule notes when it started, while there is no backup yet.
    QVERIFY(BackupScheduler(m_profile, settings).nextDue().value().isValid());
    QVERIFY(QFileInfo::exists(m_profile.stateDirectory() + QStringLiteral("/backup-schedule.ini")));
    {
        // layout import and history import
        StateDatabase database;
        QVERIFY(database.open(m_profile.databaseFile()));
        LayoutRepository layouts(database, LayoutRules::fromSettings(settings));
        QVERIFY(layouts.ensureTemplates());
        Violations problems;
        const QString layoutFile =
            QStringLiteral(HUBSTATE_TEST_DATA) + QStringLiteral("/layouts/custom-valid.json");
        const Layout layout = LayoutCodec::parse(readFile(layoutFile), layoutFile, &problems);
        QVERIFY(problems.isEmpty());
        QVERIFY(layouts.save(layout));
        const QString history = m_dir->filePath(QStringLiteral("history.jsonl"));
        QVERIFY(writeFile(history,
                          R"({"conversationId":"c1","agentId":"scout","role":"user",)"
                          R"("content":"private words","timestamp":"2026-01-31T12:00:00Z"})"
                          "\n"
                          R"({"conversationId":"c1","agentId":"scout","role":"assistant",)"
                          R"("content":"more private words","timestamp":"2026-01-31T12:00:01Z"})"
                          "\n"));
        const Result<ImportReport> imported = HistoryImporter(database).importFile(history);
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
    }

    // backup create, in the profile and in another folder that does not exist yet
    BackupEngine engine(m_profile, settings, nullptr);
    BackupEngine::Options options;
    options.encrypt = false;
    const Result<BackupEngine::Outcome> here = engine.create(options);
    QVERIFY2(here, here ? "" : qPrintable(here.error().message));
    const QString elsewhere = m_dir->filePath(QStringLiteral("elsewhere/nested"));
    options.destination = elsewhere;
    const Result<BackupEngine::Outcome> there = engine.create(options);
    QVERIFY2(there, there ? "" : qPrintable(there.error().message));

    // a restore of some parts (through a combined copy of the database), then of all of them
    RestoreEngine::Options parts;
    parts.parts = {RestoreEngine::Part::Settings, RestoreEngine::Part::Layouts};
    QVERIFY(settings.setValue(QStringLiteral("preferences.theme.mode"), QStringLiteral("light")));
    Result<RestoreEngine::Report> restored =
        RestoreEngine(m_profile, &settings, nullptr).restore(here->location, {}, parts);
    QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
    restored = RestoreEngine(m_profile, &settings, nullptr).restore(there->location, {}, {});
    QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
    QVERIFY(Recovery::markRunning(m_profile));

    QVERIFY(QFileInfo::exists(m_profile.settingsFile()));
    QVERIFY(QFileInfo::exists(m_profile.databaseFile()));
    QVERIFY(QFileInfo::exists(m_profile.backupCatalogFile()));
    QVERIFY(entriesUnder(m_root) >= 10);
    QVERIFY2(
        notPrivate({m_root, m_dir->filePath(QStringLiteral("elsewhere"))}).isEmpty(),
        qPrintable(notPrivate({m_root, m_dir->filePath(QStringLiteral("elsewhere"))}).join(u',')));
    QCOMPARE(m_profile.permissionWarning(), QString());
    Recovery::markStopped(m_profile);
}

void TestPrivateFiles::migrationAndWrittenFilesArePrivate()
{
    // A database of schema version 1, as an older Hubstate left it, kept 0600 by its owner.
    QVERIFY(QDir().mkpath(QFileInfo(m_profile.databaseFile()).absolutePath()));
    QVERIFY(buildFromSql(m_profile.databaseFile(),
                         QStringLiteral(HUBSTATE_TEST_DATA)
                             + QStringLiteral("/state/hubstate-v1.sql")));
    QVERIFY(::chmod(QFile::encodeName(m_profile.databaseFile()).constData(), 0600) == 0);
    QVERIFY(::chmod(QFile::encodeName(m_root).constData(), 0700) == 0);
    QVERIFY(
        ::chmod(QFile::encodeName(QFileInfo(m_profile.databaseFile()).absolutePath()).constData(),
                0700)
        == 0);
    {
        StateDatabase database;
        QVERIFY(database.open(m_profile.databaseFile()));
        QVERIFY(!database.notices().isEmpty()); // migrated, the old one kept beside it
    }
    QVERIFY(QFileInfo::exists(m_profile.databaseFile() + QStringLiteral(".v1.bak")));

    // The atomic writer and the INI writer, into folders that do not exist yet.
    QVERIFY(AtomicFile::write(m_root + QStringLiteral("/state/a/b/document.json"), "{}"));
    QVERIFY(IniFile::write(m_root + QStringLiteral("/config/deep/settings.ini"),
                           {{QStringLiteral("General/key"), QStringLiteral("value")}}));
    QVERIFY(IniFile::write(m_root + QStringLiteral("/config/empty.ini"), {}));
    QVERIFY2(notPrivate({m_root}).isEmpty(), qPrintable(notPrivate({m_root}).join(u',')));
}

void TestPrivateFiles::exposedProfileIsReportedWithTheFix()
{
    PreferencesStore settings(m_profile, QStringLiteral("/nonexistent/policy.ini"));
    QVERIFY(settings.open());
    QVERIFY(settings.setValue(QStringLiteral("preferences.theme.mode"), QStringLiteral("dark")));
    QCOMPARE(m_profile.permissionWarning(), QString());

    // As an older Hubstate left them under umask 022.
    QVERIFY(::chmod(QFile::encodeName(m_profile.settingsFile()).constData(), 0644) == 0);
    const QString config = QFileInfo(m_profile.settingsFile()).absolutePath();
    QVERIFY(::chmod(QFile::encodeName(config).constData(), 0755) == 0);
    const QString warning = m_profile.permissionWarning();
    QVERIFY2(warning.contains(m_profile.settingsFile() + QStringLiteral(" (mode 0644)")),
             qPrintable(warning));
    QVERIFY2(warning.contains(config + QStringLiteral(" (mode 0755)")), qPrintable(warning));
    QVERIFY2(warning.contains(QStringLiteral("chmod -R go-rwx ") + m_root), qPrintable(warning));
    // Nothing is changed behind the user's back; writing the settings again makes a new,
    // private file.
    QCOMPARE(modeOf(config), 0755u);
    QVERIFY(settings.setValue(QStringLiteral("preferences.theme.mode"), QStringLiteral("light")));
    QCOMPARE(modeOf(m_profile.settingsFile()), 0600u);
    QVERIFY(::chmod(QFile::encodeName(config).constData(), 0700) == 0);
    QCOMPARE(m_profile.permissionWarning(), QString());
}

void TestPrivateFiles::cliWarnsOnceAboutAnExposedProfile()
{
    const QString policy = m_dir->filePath(QStringLiteral("none.ini"));
    CliRun run = runCli(m_root, policy,
                        {QStringLiteral("config"), QStringLiteral("set"),
                         QStringLiteral("preferences.theme.mode"), QStringLiteral("dark")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY2(notPrivate({m_root}).isEmpty(), qPrintable(notPrivate({m_root}).join(u',')));

    QVERIFY(::chmod(QFile::encodeName(m_profile.settingsFile()).constData(), 0644) == 0);
    run = runCli(m_root, policy, {QStringLiteral("history"), QStringLiteral("stats")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err.count(QStringLiteral("hubstate-cli: warning: other users can read")), 1);
    QVERIFY2(run.err.contains(m_profile.settingsFile() + QStringLiteral(" (mode 0644)")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("chmod -R go-rwx")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
