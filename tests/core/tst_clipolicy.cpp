// The admin policy as hubstate-cli meets it: the real /etc/xdg/hubstate/policy.ini (in a
// private mount namespace, so the machine's own is untouched), HUBSTATE_POLICY_FILE set by an
// ordinary user, and an unprivileged user who cannot search the policy's folder.
#include "clirunner.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace Hubstate::Tests;

namespace {

const QString kSystemPolicy = QStringLiteral("/etc/xdg/hubstate/policy.ini");
constexpr uid_t kNobody = 65534;
constexpr gid_t kNoGroup = 65534;

// Mounts a fresh tmpfs over /etc/xdg/hubstate (or over /etc/xdg, with hubstate made inside,
// where this machine has no such folder), runs $HUBSTATE_TEST_SETUP in it, then the command.
const char *const kNamespaceScript = R"sh(
set -e
if [ -d /etc/xdg/hubstate ]; then
    mount -t tmpfs -o mode=0755 hubstate-test /etc/xdg/hubstate
else
    mount -t tmpfs -o mode=0755 hubstate-test /etc/xdg
    mkdir -m 0755 /etc/xdg/hubstate
fi
cd /etc/xdg/hubstate
eval "$HUBSTATE_TEST_SETUP"
cd /
exec "$@"
)sh";

} // namespace

class TestCliPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void extraFileCannotLiftTheSystemLock();
    void extraFileCannotChangeTheSystemLocksValue();
    void danglingSystemPolicyLocksEverything();
    void unsearchableSystemFolderLocksEverything();
    void groupLocksIgnoreTheTemplateTheUserPicks();
    void missingExtraFileIsAWarning();
    void danglingExtraFileLocksEverything();
    void unsearchableExtraFolderLocksEverything();

private:
    // Runs the CLI with `setup` (shell, run in /etc/xdg/hubstate) having built the system
    // policy; as nobody when `unprivileged`. Skips when the namespace cannot be had.
    CliRun runWithSystemPolicy(const QString &setup, const QStringList &arguments,
                               const QMap<QString, QString> &environment = {},
                               bool unprivileged = false);
    CliRun run(const QStringList &arguments, const QMap<QString, QString> &environment = {},
               bool unprivileged = false);
    CliRun execute(const QString &program, const QStringList &arguments,
                   const QMap<QString, QString> &environment) const;
    QStringList cliCommand(const QStringList &arguments, bool unprivileged) const;
    bool namespacesWork(QString *why) const;
    bool runAsNobody(QString *why);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_profile;
    QString m_policy; // the extra file
};

void TestCliPolicy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profile = m_dir->filePath(QStringLiteral("profile"));
    m_policy = m_dir->filePath(QStringLiteral("extra.ini"));
}

bool TestCliPolicy::namespacesWork(QString *why) const
{
    if (::geteuid() != 0) {
        *why = QStringLiteral("a private mount namespace over /etc/xdg needs root");
        return false;
    }
    QProcess probe;
    probe.start(QStringLiteral("unshare"),
                {QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"),
                 QStringLiteral("mount -t tmpfs probe /etc/xdg")});
    if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit
        || probe.exitCode() != 0) {
        *why = QStringLiteral("unshare -m with a tmpfs over /etc/xdg is not available here: ")
            + QString::fromLocal8Bit(probe.readAllStandardError()).trimmed() + probe.errorString();
        return false;
    }
    return true;
}

// The profile (and the temporary folder holding it) belongs to nobody, who runs the CLI.
bool TestCliPolicy::runAsNobody(QString *why)
{
    if (::geteuid() != 0) {
        *why = QStringLiteral("running the CLI as an unprivileged user needs root");
        return false;
    }
    if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty()) {
        *why = QStringLiteral("setpriv (util-linux) is not installed");
        return false;
    }
    if (!QDir().mkpath(m_profile)
        || ::chown(QFile::encodeName(m_dir->path()).constData(), kNobody, kNoGroup) != 0
        || ::chown(QFile::encodeName(m_profile).constData(), kNobody, kNoGroup) != 0) {
        *why = QStringLiteral("cannot give the test profile to nobody");
        return false;
    }
    return true;
}

// In a clean environment, as runCli does; `environment` comes last.
CliRun TestCliPolicy::execute(const QString &program, const QStringList &arguments,
                              const QMap<QString, QString> &environment) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"HUBSTATE_POLICY_FILE", "HUBSTATE_PROFILE", "LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), m_profile);
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QStringList TestCliPolicy::cliCommand(const QStringList &arguments, bool unprivileged) const
{
    QStringList command;
    if (unprivileged) {
        command = {QStringLiteral("setpriv"), QStringLiteral("--reuid=nobody"),
                   QStringLiteral("--regid=nogroup"), QStringLiteral("--clear-groups"),
                   QStringLiteral("--")};
    }
    return command
        + QStringList{QStringLiteral(HUBSTATE_CLI_BINARY), QStringLiteral("--profile"), m_profile}
    + arguments;
}

CliRun TestCliPolicy::run(const QStringList &arguments, const QMap<QString, QString> &environment,
                          bool unprivileged)
{
    QStringList command = cliCommand(arguments, unprivileged);
    const QString program = command.takeFirst();
    return execute(program, command, environment);
}

CliRun TestCliPolicy::runWithSystemPolicy(const QString &setup, const QStringList &arguments,
                                          const QMap<QString, QString> &environment,
                                          bool unprivileged)
{
    const QStringList command =
        QStringList{QStringLiteral("-m"),      QStringLiteral("--propagation"),
                    QStringLiteral("private"), QStringLiteral("sh"),
                    QStringLiteral("-c"),      QString::fromLatin1(kNamespaceScript),
                    QStringLiteral("sh")}
        + cliCommand(arguments, unprivileged);
    QMap<QString, QString> env = environment;
    env.insert(QStringLiteral("HUBSTATE_TEST_SETUP"), setup);
    return execute(QStringLiteral("unshare"), command, env);
}

// Any user can set HUBSTATE_POLICY_FILE; naming a file that is not there must not remove the
// system policy.
void TestCliPolicy::extraFileCannotLiftTheSystemLock()
{
    QString why;
    if (!namespacesWork(&why))
        QSKIP(qPrintable(why));
    const QString setup =
        QStringLiteral("printf '[locked]\\nprivacy.telemetry=false\\n' > policy.ini");
    const QMap<QString, QString> lifted{
        {QStringLiteral("HUBSTATE_POLICY_FILE"), QStringLiteral("/nonexistent/policy.ini")}};

    const CliRun set =
        runWithSystemPolicy(setup,
                            {QStringLiteral("config"), QStringLiteral("set"),
                             QStringLiteral("privacy.telemetry"), QStringLiteral("true")},
                            lifted);
    QCOMPARE(set.exitCode, 3);
    QVERIFY2(set.err.contains(QStringLiteral("privacy.telemetry: locked by the administrator in ")
                              + kSystemPolicy),
             qPrintable(set.err));
    QVERIFY2(set.err.contains(QStringLiteral("/nonexistent/policy.ini: HUBSTATE_POLICY_FILE "
                                             "names this file, which does not exist")),
             qPrintable(set.err));

    const CliRun get = runWithSystemPolicy(
        setup,
        {QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("privacy.telemetry")},
        lifted);
    QCOMPARE(get.exitCode, 0);
    QCOMPARE(get.out, QStringLiteral("false\n"));
}

void TestCliPolicy::extraFileCannotChangeTheSystemLocksValue()
{
    QString why;
    if (!namespacesWork(&why))
        QSKIP(qPrintable(why));
    QVERIFY(writeFile(m_policy, "[locked]\nprivacy.telemetry=true\nlayout.gridSize=2\n"));
    const QString setup =
        QStringLiteral("printf '[locked]\\nprivacy.telemetry=false\\n' > policy.ini");
    const QMap<QString, QString> extra{{QStringLiteral("HUBSTATE_POLICY_FILE"), m_policy}};

    const CliRun explain =
        runWithSystemPolicy(setup,
                            {QStringLiteral("--json"), QStringLiteral("config"),
                             QStringLiteral("explain"), QStringLiteral("privacy.telemetry")},
                            extra);
    QCOMPARE(explain.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(explain.out.toUtf8()).object();
    QCOMPARE(object.value(QStringLiteral("value")).toBool(true), false);
    QCOMPARE(object.value(QStringLiteral("policyFile")).toString(), kSystemPolicy);

    // What the extra file adds on top does apply.
    const CliRun grid =
        runWithSystemPolicy(setup,
                            {QStringLiteral("config"), QStringLiteral("set"),
                             QStringLiteral("layout.gridSize"), QStringLiteral("3")},
                            extra);
    QCOMPARE(grid.exitCode, 3);
    QVERIFY(grid.err.contains(QStringLiteral("layout.gridSize: locked by the administrator in ")
                              + m_policy));
}

void TestCliPolicy::danglingSystemPolicyLocksEverything()
{
    QString why;
    if (!namespacesWork(&why))
        QSKIP(qPrintable(why));
    const CliRun set =
        runWithSystemPolicy(QStringLiteral("ln -s /etc/xdg/hubstate/gone.ini "
                                           "policy.ini"),
                            {QStringLiteral("config"), QStringLiteral("set"),
                             QStringLiteral("preferences.theme.mode"), QStringLiteral("dark")});
    QCOMPARE(set.exitCode, 3);
    QVERIFY2(set.err.contains(kSystemPolicy
                              + QStringLiteral(": the admin policy cannot be read, so every "
                                               "setting stays locked")),
             qPrintable(set.err));
    QVERIFY(set.err.contains(QStringLiteral("preferences.theme.mode: locked by the administrator "
                                            "in ")
                             + kSystemPolicy));
}

void TestCliPolicy::unsearchableSystemFolderLocksEverything()
{
    QString why;
    if (!namespacesWork(&why) || !runAsNobody(&why))
        QSKIP(qPrintable(why));
    const QString setup =
        QStringLiteral("printf '[locked]\\nprivacy.telemetry=false\\n' > policy.ini; chmod 0700 .");
    const CliRun set =
        runWithSystemPolicy(setup,
                            {QStringLiteral("config"), QStringLiteral("set"),
                             QStringLiteral("preferences.theme.mode"), QStringLiteral("dark")},
                            {}, true);
    QCOMPARE(set.exitCode, 3);
    QVERIFY2(set.err.contains(kSystemPolicy
                              + QStringLiteral(": the admin policy cannot be read, so every "
                                               "setting stays locked at the value below the "
                                               "policy until it is fixed: cannot tell whether it "
                                               "exists: Permission denied")),
             qPrintable(set.err));
    QVERIFY(!QFile::exists(m_profile + QStringLiteral("/config/hubstate.ini")));
}

void TestCliPolicy::groupLocksIgnoreTheTemplateTheUserPicks()
{
    QVERIFY(writeFile(m_policy, "[locked]\nfeatures.*=\nlimits.*=\n"));
    const QMap<QString, QString> policy{{QStringLiteral("HUBSTATE_POLICY_FILE"), m_policy}};
    const CliRun result =
        run({QStringLiteral("config"), QStringLiteral("template"), QStringLiteral("development")},
            policy);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("features.agentMarketplace stays false (admin "
                                                "lock) instead of the template's true\n")),
             qPrintable(result.out));
    QVERIFY(result.out.contains(
        QStringLiteral("limits.maxAgents stays 50 (admin lock) instead of the template's 100\n")));
    // Where the lock holds the template's own value, nothing is said.
    QVERIFY(!result.out.contains(QStringLiteral("features.multiAgent")));
    QVERIFY(result.out.contains(QStringLiteral("environment = development: 6 of the template's "
                                               "12 values apply")));

    const CliRun marketplace = run({QStringLiteral("config"), QStringLiteral("get"),
                                    QStringLiteral("features.agentMarketplace")},
                                   policy);
    QCOMPARE(marketplace.out, QStringLiteral("false\n"));
    QCOMPARE(
        run({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("limits.maxAgents")},
            policy)
            .out,
        QStringLiteral("50\n"));
    const CliRun explain = run({QStringLiteral("config"), QStringLiteral("explain"),
                                QStringLiteral("features.agentMarketplace")},
                               policy);
    QVERIFY2(explain.out.contains(QStringLiteral("the lock holds the value of the "
                                                 "administrator's environment (production), "
                                                 "not of yours (development)\n")),
             qPrintable(explain.out));
    const CliRun unrelated = run({QStringLiteral("config"), QStringLiteral("explain"),
                                  QStringLiteral("limits.maxPaneCount")},
                                 policy);
    QVERIFY(!unrelated.out.contains(QStringLiteral("administrator's environment")));
    QVERIFY(explain.out.contains(QStringLiteral("template (development): true")));
}

void TestCliPolicy::missingExtraFileIsAWarning()
{
    const QString missing = m_dir->filePath(QStringLiteral("nowhere/policy.ini"));
    const CliRun set = run({QStringLiteral("config"), QStringLiteral("set"),
                            QStringLiteral("preferences.theme.mode"), QStringLiteral("dark")},
                           {{QStringLiteral("HUBSTATE_POLICY_FILE"), missing}});
    QCOMPARE(set.exitCode, 0);
    QCOMPARE(set.err,
             QStringLiteral("hubstate-cli: warning: %1: HUBSTATE_POLICY_FILE names this "
                            "file, which does not exist; only the system policy "
                            "applies\n")
                 .arg(missing));
}

void TestCliPolicy::danglingExtraFileLocksEverything()
{
    QVERIFY(QFile::link(m_dir->filePath(QStringLiteral("gone.ini")), m_policy));
    const CliRun set = run({QStringLiteral("config"), QStringLiteral("set"),
                            QStringLiteral("preferences.theme.mode"), QStringLiteral("dark")},
                           {{QStringLiteral("HUBSTATE_POLICY_FILE"), m_policy}});
    QCOMPARE(set.exitCode, 3);
    QVERIFY2(set.err.contains(m_policy + QStringLiteral(": the admin policy cannot be read")),
             qPrintable(set.err));
    QVERIFY(set.err.contains(
        QStringLiteral("preferences.theme.mode: locked by the administrator in ") + m_policy));
}

void TestCliPolicy::unsearchableExtraFolderLocksEverything()
{
    QString why;
    if (!runAsNobody(&why))
        QSKIP(qPrintable(why));
    const QString sealed = m_dir->filePath(QStringLiteral("sealed"));
    const QString policy = sealed + QStringLiteral("/policy.ini");
    QVERIFY(writeFile(policy, "[locked]\nprivacy.telemetry=false\n"));
    QVERIFY(QFile::setPermissions(sealed, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const CliRun set = run({QStringLiteral("config"), QStringLiteral("set"),
                            QStringLiteral("preferences.theme.mode"), QStringLiteral("dark")},
                           {{QStringLiteral("HUBSTATE_POLICY_FILE"), policy}}, true);
    QCOMPARE(set.exitCode, 3);
    QVERIFY2(set.err.contains(policy + QStringLiteral(": the admin policy cannot be read")),
             qPrintable(set.err));
    QVERIFY(set.err.contains(QStringLiteral("Permission denied")));
}

QTEST_GUILESS_MAIN(TestCliPolicy)
#include "tst_clipolicy.moc"
