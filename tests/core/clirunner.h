#pragma once

// Runs hubstate-cli as a process, as admins' scripts do, in a clean environment.
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QStringList>

namespace Hubstate::Tests {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Prepends `--profile profile` unless `environment` sets HUBSTATE_PROFILE.
// `policy` is stacked on the system policy through HUBSTATE_POLICY_FILE once the test has
// written it (a named file that is missing would draw a warning); `environment` may set the
// variable itself. `input` goes to the command's stdin.
inline CliRun runCli(const QString &profile, const QString &policy, const QStringList &arguments,
                     const QMap<QString, QString> &environment = {}, const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("HUBSTATE_POLICY_FILE"));
    const QFileInfo policyFile(policy);
    if (!policy.isEmpty() && (policyFile.exists() || policyFile.isSymLink()))
        env.insert(QStringLiteral("HUBSTATE_POLICY_FILE"), policy);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "HUBSTATE_PROFILE"})
        env.remove(QLatin1String(name));
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    QStringList fullArguments = arguments;
    if (!environment.contains(QStringLiteral("HUBSTATE_PROFILE")))
        fullArguments = QStringList{QStringLiteral("--profile"), profile} + fullArguments;
    process.start(QStringLiteral(HUBSTATE_CLI_BINARY), fullArguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace Hubstate::Tests
