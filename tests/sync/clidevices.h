#pragma once

// Several profiles ("devices") that sync through hubstate-cli, one process per command, as
// admins' scripts drive them; and the store they share: a plain folder or a collection of
// one of the WebDAV servers of with-webdav.sh, whose files the test can read and damage.
#include "../core/testfiles.h"
#include "core/backup/webdavdestination.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <sys/stat.h>
#include <unistd.h>

namespace Hubstate::Tests {

struct CliDevice
{
    QString name;
    QString profile; // --profile
    QString policy; // HUBSTATE_POLICY_FILE once the test has written it
};

struct CliOutcome
{
    QString command;
    int exitCode = -1;
    QString out;
    QString err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    QString describe() const
    {
        return QStringLiteral("%1\n  exit %2\n  stdout: %3\n  stderr: %4")
            .arg(command)
            .arg(exitCode)
            .arg(out.trimmed(), err.trimmed());
    }
};

// The command (run once) exited with `code`; otherwise the test fails showing what it printed.
#define EXPECT_EXIT(expression, code)                                                              \
    do {                                                                                           \
        const Hubstate::Tests::CliOutcome &ran_ = (expression);                                    \
        QVERIFY2(ran_.exitCode == (code), qPrintable(ran_.describe()));                            \
    } while (false)
// The same for a command that must succeed, run by the `run` in scope.
#define RUN_OK(device, ...) EXPECT_EXIT(run(device, __VA_ARGS__), 0)

class CliDevices
{
public:
    // Profiles, policies and the folder store go under `scratch`.
    explicit CliDevices(QString scratch)
        : m_scratch(std::move(scratch))
    {
    }
    ~CliDevices() { qInfo("%d commands, %lld ms in them", m_runs, m_milliseconds); }

    CliDevice device(const QString &name) const
    {
        return {name, m_scratch + u'/' + name, m_scratch + u'/' + name + QStringLiteral(".ini")};
    }

    // The event loop runs while the command does: a fault proxy may live in this process.
    CliOutcome run(const CliDevice &device, const QStringList &arguments,
                   const QByteArray &input = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             {"HUBSTATE_POLICY_FILE", "HUBSTATE_PROFILE", "LC_ALL", "LC_MESSAGES", "LANGUAGE"})
            env.remove(QLatin1String(name));
        if (QFileInfo::exists(device.policy))
            env.insert(QStringLiteral("HUBSTATE_POLICY_FILE"), device.policy);
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
        // A session of its own without a controlling terminal, as under cron: no prompt can
        // wait on the terminal of whoever runs the test.
        process.setChildProcessModifier([] { ::setsid(); });
        CliOutcome outcome;
        outcome.command = device.name + QStringLiteral(": hubstate-cli ") + arguments.join(u' ');
        QElapsedTimer clock;
        clock.start();
        process.start(QStringLiteral(HUBSTATE_CLI_BINARY),
                      QStringList{QStringLiteral("--profile"), device.profile} + arguments);
        process.write(input);
        process.closeWriteChannel();
        QEventLoop loop;
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        if (process.state() != QProcess::NotRunning)
            loop.exec();
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
            outcome.err = QStringLiteral("(killed after 120 s)");
            return outcome;
        }
        ++m_runs;
        m_milliseconds += clock.elapsed();
        outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        outcome.out = QString::fromUtf8(process.readAllStandardOutput());
        outcome.err = QString::fromUtf8(process.readAllStandardError());
        return outcome;
    }
    // `line`'s arguments are separated by single spaces (none of them holds one).
    CliOutcome run(const CliDevice &device, const QString &line, const QByteArray &input = {})
    {
        return run(device, line.split(u' ', Qt::SkipEmptyParts), input);
    }

    // A setting's effective value (`config get`).
    QString value(const CliDevice &device, const QString &key)
    {
        const CliOutcome got = run(device, {QStringLiteral("config"), QStringLiteral("get"), key});
        return got.exitCode == 0 ? got.out.trimmed()
                                 : QStringLiteral("(exit %1)").arg(got.exitCode);
    }

    // `sync conflicts [--all]` as JSON; a marker entry when the command failed.
    QJsonArray conflicts(const CliDevice &device, bool all)
    {
        const CliOutcome listed = run(device,
                                      all ? QStringLiteral("--json sync conflicts --all")
                                          : QStringLiteral("--json sync conflicts"));
        if (listed.exitCode != 0) {
            qWarning("%s", qPrintable(listed.describe()));
            return {QStringLiteral("(failed)")};
        }
        return listed.json().array();
    }

    // A store of its own for `kind`: "folder" (a local folder) or the WebDAV server "apache",
    // "nginx" or "rclone" (a new collection, reached through `port` when given, for a proxy),
    // the server's password stored in each device's keychain. Empty after a failure.
    QString destination(const QString &kind, const QList<CliDevice> &devices, quint16 port = 0)
    {
        if (kind == QLatin1String("folder")) {
            m_storeFolder = m_scratch + QStringLiteral("/store");
            return QDir().mkpath(m_storeFolder) ? m_storeFolder : QString();
        }
        const QByteArray server =
            kind == QLatin1String("apache") ? QByteArray() : '_' + kind.toUpper().toLatin1();
        const QString base = qEnvironmentVariable(QByteArray("HUBSTATE_WEBDAV" + server + "_URL"));
        const QString root = qEnvironmentVariable(QByteArray("HUBSTATE_WEBDAV" + server + "_ROOT"));
        // Made on disk, owned as the server's other folders are.
        static int serial = 0;
        const QString collection = QStringLiteral("sync-%1-%2").arg(::getpid()).arg(++serial);
        const QString parent = root + QStringLiteral("/backups");
        m_storeFolder = parent + u'/' + collection;
        struct stat owner = {};
        if (base.isEmpty() || !QDir().mkpath(m_storeFolder)
            || ::stat(QFile::encodeName(parent).constData(), &owner) != 0
            || ::chown(QFile::encodeName(m_storeFolder).constData(), owner.st_uid, owner.st_gid)
                != 0)
            return {};
        QUrl url(base + QStringLiteral("backups/") + collection + u'/');
        url.setUserName(qEnvironmentVariable("HUBSTATE_WEBDAV_USER"));
        if (port)
            url.setPort(port);
        for (const CliDevice &each : devices) {
            const CliOutcome stored =
                run(each,
                    {QStringLiteral("secret"), QStringLiteral("set"),
                     Core::WebDavDestination::passwordSecretName(url)},
                    qEnvironmentVariable("HUBSTATE_WEBDAV_PASSWORD").toUtf8());
            if (stored.exitCode != 0) {
                qWarning("%s", qPrintable(stored.describe()));
                return {};
            }
        }
        return url.toString();
    }

    // The folder that holds the store's files (on the server's side for WebDAV).
    QString storeFolder() const { return m_storeFolder; }
    // Every file of the store, relative path -> SHA-256.
    QMap<QString, QByteArray> storeFiles() const
    {
        QMap<QString, QByteArray> files;
        QDirIterator it(m_storeFolder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            files.insert(path.mid(m_storeFolder.size() + 1),
                         QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256));
        }
        return files;
    }

private:
    QString m_scratch;
    QString m_storeFolder;
    int m_runs = 0;
    qint64 m_milliseconds = 0;
};

// The entries of `list` (conflicts as `sync conflicts --json` prints them) about `item`.
inline QJsonArray conflictsAbout(const QJsonArray &list, const QString &item)
{
    QJsonArray found;
    for (const QJsonValue &conflict : list) {
        if (conflict[QStringLiteral("item")].toString() == item)
            found.append(conflict);
    }
    return found;
}

} // namespace Hubstate::Tests
