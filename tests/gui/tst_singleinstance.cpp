// One window per profile: a second `hubstate` (or `hubstate --restore FILE`, as a file manager
// starts it through the desktop entry of backups) hands its request to the running one and
// exits. The real program is the second instance; the first is the real program too, or the
// test holding the profile's socket through SingleInstance (what the program uses) to see
// what arrives.
#include "app/gui/singleinstance.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using Hubstate::SingleInstance;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void secondStartHandsOverAndExits();
    void desktopEntryOfBackupsHandsTheFileToTheRestoreWizard();
    void runningWindowTakesLaterStarts();
    void crashedInstanceDoesNotStopTheNextStart();
    void anotherProfileHasAWindowOfItsOwn();

private:
    QString profile(const QString &name = QStringLiteral("profile")) const
    {
        return m_dir->filePath(name);
    }
    QString settingsFile(const QString &name = QStringLiteral("profile")) const;
    // Runs hubstate with `arguments` in the test's folder and returns its exit code.
    int runSecond(const QStringList &arguments, const QString &program = {});
    // Starts hubstate on `profileDir` as the first instance and waits until it answers.
    bool startFirst(QProcess &process, const QString &profileDir);

    QTemporaryDir m_runtime; // XDG_RUNTIME_DIR of the test and its programs
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SingleInstance> m_first;
    QList<SingleInstance::Request> m_requests;
};

void TestSingleInstance::initTestCase()
{
    QVERIFY(m_runtime.isValid());
    QFile::setPermissions(m_runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
    // The program must not find the machine's session (and its windows) or a real keyring.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
}

void TestSingleInstance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_requests.clear();
}

void TestSingleInstance::cleanup()
{
    m_first.reset();
    m_dir.reset();
}

QString TestSingleInstance::settingsFile(const QString &name) const
{
    // The program's own name for the profile's settings (Core::Profile::inDirectory).
    return QDir(profile(name)).absoluteFilePath(QStringLiteral("config/hubstate.ini"));
}

int TestSingleInstance::runSecond(const QStringList &arguments, const QString &program)
{
    QProcess second;
    second.setWorkingDirectory(m_dir->path());
    second.setProcessChannelMode(QProcess::ForwardedChannels);
    second.start(program.isEmpty() ? QStringLiteral(HUBSTATE_GUI_BINARY) : program, arguments);
    // Waited for with the event loop running: the test's own SingleInstance answers from it.
    if (!second.waitForStarted(10000)
        || !QTest::qWaitFor([&] { return second.state() == QProcess::NotRunning; }, 60000)) {
        second.kill();
        second.waitForFinished();
        return -1;
    }
    return second.exitStatus() == QProcess::NormalExit ? second.exitCode() : -2;
}

bool TestSingleInstance::startFirst(QProcess &process, const QString &profileDir)
{
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(QStringLiteral(HUBSTATE_GUI_BINARY),
                  {QStringLiteral("--profile"), profileDir});
    if (!process.waitForStarted(10000))
        return false;
    const QString socket = SingleInstance::socketPathFor(
        QDir(profileDir).absoluteFilePath(QStringLiteral("config/hubstate.ini")));
    // Asking it to show its window is harmless, and tells that it listens (checked below).
    (void)QTest::qWaitFor(
        [&] {
            return process.state() != QProcess::Running
                || SingleInstance::send(socket, {}, 1000) == SingleInstance::Sent::Taken;
        },
        60000);
    return process.state() == QProcess::Running
        && SingleInstance::send(socket, {}, 1000) == SingleInstance::Sent::Taken;
}

void TestSingleInstance::secondStartHandsOverAndExits()
{
    m_first = std::make_unique<SingleInstance>(settingsFile());
    QCOMPARE(m_first->claim({}), SingleInstance::Claim::Listening);
    m_first->setReceiver([this](const SingleInstance::Request &request) {
        m_requests.append(request);
    });

    QCOMPARE(runSecond({QStringLiteral("--profile"), profile()}), 0);
    QTRY_COMPARE(m_requests.size(), 1);
    QCOMPARE(m_requests.last(), SingleInstance::Request{});

    // A file named relative to where the second one started arrives as an absolute path.
    QCOMPARE(runSecond({QStringLiteral("--profile"), profile(), QStringLiteral("--restore"),
                        QStringLiteral("old.hsbk")}),
             0);
    QTRY_COMPARE(m_requests.size(), 2);
    QCOMPARE(m_requests.last(),
             (SingleInstance::Request{true, QDir(m_dir->path()).absoluteFilePath(
                                                QStringLiteral("old.hsbk"))}));
    QCOMPARE(runSecond({QStringLiteral("--profile"), profile(), QStringLiteral("--restore")}), 0);
    QTRY_COMPARE(m_requests.size(), 3);
    QCOMPARE(m_requests.last(), (SingleInstance::Request{true, QString()}));
}

void TestSingleInstance::desktopEntryOfBackupsHandsTheFileToTheRestoreWizard()
{
    // What a file manager runs for a .hsbk: the entry that declares the backups' MIME type.
    QFile entryFile(QStringLiteral(HUBSTATE_SOURCE_DIR
                                   "/resources/org.hubstate.Hubstate.Restore.desktop"));
    QVERIFY(entryFile.open(QIODevice::ReadOnly | QIODevice::Text));
    QHash<QString, QString> entry;
    for (const QString &line : QString::fromUtf8(entryFile.readAll()).split(u'\n')) {
        if (const qsizetype equals = line.indexOf(u'='); equals > 0 && !line.startsWith(u'#'))
            entry.insert(line.left(equals), line.mid(equals + 1));
    }
    QCOMPARE(entry.value(QStringLiteral("MimeType")),
             QStringLiteral("application/x-hubstate-backup;"));
    QFile mime(QStringLiteral(HUBSTATE_SOURCE_DIR "/resources/org.hubstate.Hubstate.mime.xml"));
    QVERIFY(mime.open(QIODevice::ReadOnly));
    const QByteArray types = mime.readAll();
    QVERIFY(types.contains("<mime-type type=\"application/x-hubstate-backup\">"));
    QVERIFY(types.contains("<glob pattern=\"*.hsbk\"/>"));

    QStringList exec = entry.value(QStringLiteral("Exec")).split(u' ');
    QCOMPARE(exec.value(0), QStringLiteral("hubstate"));
    QVERIFY2(exec.contains(QStringLiteral("%f")), qPrintable(exec.join(u' ')));
    const QString file = m_dir->filePath(QStringLiteral("Saved backups/2026-12-01.hsbk"));
    exec.replace(exec.indexOf(QStringLiteral("%f")), file);
    // The profile, as HUBSTATE_PROFILE would give it, in front of the entry's own arguments.
    exec.replace(0, QStringLiteral("--profile"));
    exec.insert(1, profile());

    m_first = std::make_unique<SingleInstance>(settingsFile());
    QCOMPARE(m_first->claim({}), SingleInstance::Claim::Listening);
    m_first->setReceiver([this](const SingleInstance::Request &request) {
        m_requests.append(request);
    });
    QCOMPARE(runSecond(exec), 0);
    QTRY_COMPARE(m_requests.size(), 1);
    QCOMPARE(m_requests.last(), (SingleInstance::Request{true, file}));
}

void TestSingleInstance::runningWindowTakesLaterStarts()
{
    QProcess first;
    QVERIFY(startFirst(first, profile()));
    QCOMPARE(runSecond({QStringLiteral("--profile"), profile()}), 0);
    QCOMPARE(runSecond({QStringLiteral("--profile"), profile(), QStringLiteral("--restore"),
                        m_dir->filePath(QStringLiteral("a.hsbk"))}),
             0);
    QCOMPARE(first.state(), QProcess::Running); // the window stays, the others went
    first.terminate();
    QVERIFY(first.waitForFinished(20000));
}

void TestSingleInstance::crashedInstanceDoesNotStopTheNextStart()
{
    QProcess crashed;
    QVERIFY(startFirst(crashed, profile()));
    ::kill(crashed.processId(), SIGKILL);
    QVERIFY(crashed.waitForFinished(20000));
    QVERIFY(QFile::exists(SingleInstance::socketPathFor(settingsFile()))); // left behind
    // The next start finds nobody on the socket and becomes the window.
    QProcess next;
    QVERIFY(startFirst(next, profile()));
    next.terminate();
    QVERIFY(next.waitForFinished(20000));
}

void TestSingleInstance::anotherProfileHasAWindowOfItsOwn()
{
    m_first = std::make_unique<SingleInstance>(settingsFile());
    QCOMPARE(m_first->claim({}), SingleInstance::Claim::Listening);
    m_first->setReceiver([this](const SingleInstance::Request &request) {
        m_requests.append(request);
    });
    QVERIFY(SingleInstance::socketPathFor(settingsFile())
            != SingleInstance::socketPathFor(settingsFile(QStringLiteral("other"))));
    QProcess other;
    QVERIFY(startFirst(other, profile(QStringLiteral("other"))));
    other.terminate();
    QVERIFY(other.waitForFinished(20000));
    QVERIFY(m_requests.isEmpty());
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
