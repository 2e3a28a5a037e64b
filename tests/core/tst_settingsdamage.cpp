// A settings file that is empty or cut short at a line boundary is still valid INI: before,
// it was read without a word and every setting after the cut was silently back at its default.
// Now the damage is reported; a backup that holds the settings is offered, and without one the
// settings before the cut are kept.
#include "clirunner.h"
#include "core/profile/profile.h"
#include "core/settings/inifile.h"
#include "core/settings/preferencesstore.h"
#include "testfiles.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Hubstate::Core;
using Hubstate::Tests::CliRun;
using Hubstate::Tests::readFile;
using Hubstate::Tests::runCli;
using Hubstate::Tests::writeFile;

namespace {

// The first `lines` lines of `bytes`, each with its newline: a cut at a line boundary.
QByteArray firstLines(const QByteArray &bytes, int lines)
{
    qsizetype end = 0;
    for (int i = 0; i < lines; ++i)
        end = bytes.indexOf('\n', end) + 1;
    return bytes.left(end);
}

const RawSettings kSettings{{QStringLiteral("agents/timeout"), QStringLiteral("5000")},
                            {QStringLiteral("meta/fileVersion"), QStringLiteral("4")},
                            {QStringLiteral("preferences/theme.mode"), QStringLiteral("dark")},
                            {QStringLiteral("sync/enabled"), QStringLiteral("true")}};

} // namespace

class TestSettingsDamage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void everyCutAtALineBoundaryIsNoticed();
    void emptyFileIsNoticed();
    void handWrittenFilesReadAsBefore();
    void storeKeepsTheSettingsBeforeTheCut();
    void cliOffersTheBackupAndTouchesNothing();
    void recoverWithoutABackupKeepsWhatCameBeforeTheCut();
    void aWatcherNeverRecoversOnAnotherProgramsBehalf();

private:
    CliRun run(const QStringList &arguments)
    {
        return runCli(m_profile.root(), {}, arguments);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    Profile m_profile;
};

void TestSettingsDamage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = Profile::inDirectory(m_dir->filePath(QStringLiteral("profile")));
}

void TestSettingsDamage::everyCutAtALineBoundaryIsNoticed()
{
    const QString path = m_dir->filePath(QStringLiteral("whole.ini"));
    QVERIFY(IniFile::write(path, kSettings));
    const QByteArray whole = readFile(path);
    QCOMPARE(IniFile::read(path).value(), kSettings);
    const int lines = int(whole.count('\n'));
    for (int kept = 0; kept < lines; ++kept) {
        // A new name each time: QSettings caches what it parsed per file name.
        const QString cut = m_dir->filePath(QStringLiteral("cut-%1.ini").arg(kept));
        QVERIFY(writeFile(cut, firstLines(whole, kept)));
        const Result<RawSettings> read = IniFile::read(cut);
        QVERIFY2(!read, qPrintable(QStringLiteral("a cut after line %1 went unnoticed").arg(kept)));
        QCOMPARE(read.error().code, ErrorCode::Damaged);
        QCOMPARE(read.error().detail, IniFile::cutShortDetail());
        QVERIFY2(read.error().message.startsWith(cut), qPrintable(read.error().message));
        // What came before the cut is still there to keep.
        const Result<RawSettings> before = IniFile::readBeforeCut(cut);
        QVERIFY(before);
        for (auto it = before->cbegin(); it != before->cend(); ++it)
            QCOMPARE(it.value(), kSettings.value(it.key()));
    }
    // Cut inside a line too.
    const QString midLine = m_dir->filePath(QStringLiteral("mid-line.ini"));
    QVERIFY(writeFile(midLine, whole.left(whole.size() - 3)));
    QCOMPARE(IniFile::read(midLine).error().detail, IniFile::cutShortDetail());
}

void TestSettingsDamage::emptyFileIsNoticed()
{
    const QString path = m_dir->filePath(QStringLiteral("empty.ini"));
    QVERIFY(writeFile(path, {}));
    const Result<RawSettings> read = IniFile::read(path);
    QVERIFY(!read);
    QVERIFY2(read.error().message.contains(QStringLiteral("empty")),
             qPrintable(read.error().message));
    // No settings at all is written as the marks alone, never as an empty file.
    const QString none = m_dir->filePath(QStringLiteral("none.ini"));
    QVERIFY(IniFile::write(none, {}));
    QVERIFY(!readFile(none).isEmpty());
    QCOMPARE(IniFile::read(none).value(), RawSettings());
}

void TestSettingsDamage::handWrittenFilesReadAsBefore()
{
    // An admin's file, or one written before the marks: no end to look for.
    const QString path = m_dir->filePath(QStringLiteral("hand.ini"));
    QVERIFY(writeFile(path, "[preferences]\ntheme.mode=dark\n"));
    QCOMPARE(IniFile::read(path).value().value(QStringLiteral("preferences/theme.mode")),
             QStringLiteral("dark"));
}

void TestSettingsDamage::storeKeepsTheSettingsBeforeTheCut()
{
    QVERIFY(IniFile::write(m_profile.settingsFile(), kSettings));
    const QByteArray whole = readFile(m_profile.settingsFile());
    // Cut after "[agents]\ntimeout=5000\n\n[meta]\nfileVersion=4\n": the later two are lost.
    const QByteArray cut = firstLines(whole, whole.left(whole.indexOf("[preferences]")).count('\n'));
    QVERIFY(writeFile(m_profile.settingsFile(), cut));

    PreferencesStore store(m_profile, m_dir->filePath(QStringLiteral("no-policy.ini")));
    QVERIFY(store.open());
    QString reported;
    for (const Violation &notice : store.notices())
        reported += notice.toString() + u'\n';
    QVERIFY2(reported.contains(QStringLiteral("cut short")), qPrintable(reported));
    QCOMPARE(store.text(QStringLiteral("agents.timeout")), QStringLiteral("5000"));
    QCOMPARE(store.text(QStringLiteral("preferences.theme.mode")), QStringLiteral("auto"));
    // The file as found is kept beside it, byte for byte; the settings file is whole again.
    const QStringList aside = QDir(QFileInfo(m_profile.settingsFile()).absolutePath())
                                  .entryList({QStringLiteral("hubstate.ini.corrupt-*")});
    QCOMPARE(aside.size(), 1);
    QCOMPARE(readFile(QFileInfo(m_profile.settingsFile()).absolutePath() + u'/' + aside.first()),
             cut);
    QVERIFY(IniFile::read(m_profile.settingsFile()));
}

void TestSettingsDamage::cliOffersTheBackupAndTouchesNothing()
{
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"),
                  QStringLiteral("preferences.theme.mode"), QStringLiteral("dark")})
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("create"),
                  QStringLiteral("--no-encrypt")})
                 .exitCode,
             0);
    const QByteArray whole = readFile(m_profile.settingsFile());
    const QByteArray cut = whole.left(whole.indexOf("[preferences]"));
    QVERIFY(writeFile(m_profile.settingsFile(), cut));

    for (const QStringList &command :
         {QStringList{QStringLiteral("config"), QStringLiteral("get"),
                      QStringLiteral("preferences.theme.mode")},
          QStringList{QStringLiteral("config"), QStringLiteral("set"),
                      QStringLiteral("agents.timeout"), QStringLiteral("7000")},
          QStringList{QStringLiteral("check")}}) {
        const CliRun refused = run(command);
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains(QStringLiteral("cut short"))
                     && refused.err.contains(QStringLiteral("hubstate-cli recover")),
                 qPrintable(refused.err));
        QCOMPARE(readFile(m_profile.settingsFile()), cut); // nothing touched
    }

    const CliRun recovered = run({QStringLiteral("--json"), QStringLiteral("recover")});
    QCOMPARE(recovered.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(recovered.out.toUtf8()).object();
    QVERIFY(!report.value(QStringLiteral("restoredFrom")).toString().isEmpty());
    const CliRun theme = run({QStringLiteral("config"), QStringLiteral("get"),
                              QStringLiteral("preferences.theme.mode")});
    QCOMPARE(theme.exitCode, 0);
    QCOMPARE(theme.out.trimmed(), QStringLiteral("dark"));
}

void TestSettingsDamage::recoverWithoutABackupKeepsWhatCameBeforeTheCut()
{
    QVERIFY(IniFile::write(m_profile.settingsFile(), kSettings));
    const QByteArray whole = readFile(m_profile.settingsFile());
    QVERIFY(writeFile(m_profile.settingsFile(), whole.left(whole.indexOf("[preferences]"))));

    const CliRun recovered = run({QStringLiteral("--json"), QStringLiteral("recover")});
    QCOMPARE(recovered.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(recovered.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("keptBeforeCut")).toString(), m_profile.settingsFile());
    const CliRun timeout =
        run({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("agents.timeout")});
    QCOMPARE(timeout.exitCode, 0);
    QCOMPARE(timeout.out.trimmed(), QStringLiteral("5000"));
    QVERIFY2(timeout.err.isEmpty(), qPrintable(timeout.err));
}

void TestSettingsDamage::aWatcherNeverRecoversOnAnotherProgramsBehalf()
{
    // A window or a hub re-reads the file when another program changes it; finding it cut
    // short, it must leave it for recovery (which a backup may serve), not move it aside.
    QVERIFY(IniFile::write(m_profile.settingsFile(), kSettings));
    PreferencesStore store(m_profile, m_dir->filePath(QStringLiteral("no-policy.ini")));
    QVERIFY(store.open());
    QCOMPARE(store.text(QStringLiteral("preferences.theme.mode")), QStringLiteral("dark"));
    const QByteArray whole = readFile(m_profile.settingsFile());
    const QByteArray cut = whole.left(whole.indexOf("[preferences]"));
    QVERIFY(writeFile(m_profile.settingsFile(), cut));
    const Status reloaded = store.reload();
    QVERIFY(!reloaded);
    QCOMPARE(reloaded.error().code, ErrorCode::Damaged);
    QCOMPARE(readFile(m_profile.settingsFile()), cut);
    QCOMPARE(store.text(QStringLiteral("preferences.theme.mode")), QStringLiteral("dark"));
}

QTEST_GUILESS_MAIN(TestSettingsDamage)
#include "tst_settingsdamage.moc"
