#pragma once

// The parts of the kill -9 loops of tst_killsoak (a handful of rounds in CI, thousands through
// bench/soak-kill.sh): a CLI process killed after a delay, and writers that keep changing the
// same profile meanwhile, each logging which of its changes the CLI acknowledged (exit 0) and
// when it started them, so that the survivors can be checked afterwards.
#include "clirunner.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <functional>

namespace Hubstate::Tests {

// The environment runCli() gives the CLI, for processes started another way.
inline QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"HUBSTATE_POLICY_FILE", "HUBSTATE_PROFILE", "LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

struct KilledRun
{
    bool killed = false; // SIGKILL ended it; otherwise it finished by itself first
    int exitCode = -1; // when it finished by itself
    qint64 endedAt = 0; // ms since the epoch, once it was gone
    QString out;
    QString err;
};

// Starts hubstate-cli on `profile` and sends SIGKILL `delayMs` after it started, unless it has
// finished by then. `started` runs once the process is up; its time counts in the delay.
inline KilledRun runAndKill(const QString &profile, const QStringList &arguments, int delayMs,
                            const std::function<void()> &started = {})
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment());
    process.start(QStringLiteral(HUBSTATE_CLI_BINARY),
                  QStringList{QStringLiteral("--profile"), profile} + arguments);
    KilledRun run;
    if (!process.waitForStarted())
        return run;
    QElapsedTimer timer;
    timer.start();
    if (started)
        started();
    const qint64 left = delayMs - timer.elapsed();
    if (left > 0)
        process.waitForFinished(int(left));
    if (process.state() != QProcess::NotRunning)
        process.kill(); // SIGKILL
    process.waitForFinished(-1);
    run.endedAt = QDateTime::currentMSecsSinceEpoch();
    // A process that exited just before the signal counts as finished.
    run.killed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = run.killed ? -1 : process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// A shell loop running one CLI change after another on the profile until told to stop:
//   Setting: `config set SUBJECT N`
//   Layout:  `layout import` of layout SUBJECT named "writer N"
//   History: `history import` of conversation "SUBJECT-N", three messages
// N counts up across rounds, so that every change is told apart from all earlier ones.
class ConcurrentWriter
{
public:
    enum class Kind { Setting, Layout, History };
    struct Change
    {
        qint64 value = 0;
        qint64 startedAt = 0; // ms since the epoch, before the CLI started
        int exitCode = 0;
        QString err;
    };

    ConcurrentWriter(Kind kind, const QString &profile, const QString &folder,
                     const QString &subject, qint64 firstValue)
        : m_kind(kind)
        , m_profile(profile)
        , m_folder(folder)
        , m_subject(subject)
        , m_next(firstValue)
    {
        QDir().mkpath(m_folder);
    }
    ~ConcurrentWriter() { stop(); }
    ConcurrentWriter(const ConcurrentWriter &) = delete;
    ConcurrentWriter &operator=(const ConcurrentWriter &) = delete;

    Kind kind() const { return m_kind; }
    QString subject() const { return m_subject; }
    QString name() const
    {
        static const char *const names[] = {"config set", "layout import", "history import"};
        return QLatin1String(names[int(m_kind)]) + u' ' + m_subject;
    }
    void setProfile(const QString &profile) { m_profile = profile; }

    void start()
    {
        QFile::remove(stopFile());
        QFile::remove(logFile());
        m_process.setProcessEnvironment(cliEnvironment());
        QStringList command{QStringLiteral(HUBSTATE_CLI_BINARY), QStringLiteral("--profile"),
                            m_profile};
        static const char *const kinds[] = {"setting", "layout", "history"};
        if (m_kind == Kind::Setting)
            command << QStringLiteral("config") << QStringLiteral("set") << m_subject;
        else if (m_kind == Kind::Layout)
            command << QStringLiteral("layout") << QStringLiteral("import");
        else
            command << QStringLiteral("history") << QStringLiteral("import");
        m_process.start(QStringLiteral("sh"),
                        QStringList{QStringLiteral("-c"), QString::fromLatin1(script()),
                                    QStringLiteral("writer"), QString::number(m_next), stopFile(),
                                    logFile(), QLatin1String(kinds[int(m_kind)]), m_subject,
                                    m_folder}
                            + command);
        m_process.waitForStarted();
    }

    // Lets the loop go on until a change it started after `since` is acknowledged (at most
    // `capMs`), then stops it. False when no such change was acknowledged.
    bool stopAfterAckSince(qint64 since, int capMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        bool acknowledged = false;
        while (!acknowledged && timer.elapsed() < capMs
               && m_process.state() != QProcess::NotRunning) {
            for (const Change &change : changes()) {
                if (change.exitCode == 0 && change.startedAt >= since)
                    acknowledged = true;
            }
            if (!acknowledged)
                QThread::msleep(3);
        }
        stop();
        for (const Change &change : changes()) {
            if (change.exitCode == 0 && change.startedAt >= since)
                acknowledged = true;
        }
        return acknowledged;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        QFile stop(stopFile());
        (void)stop.open(QIODevice::WriteOnly);
        stop.close();
        if (!m_process.waitForFinished(60000)) {
            m_process.kill();
            m_process.waitForFinished(-1);
        }
        const QList<Change> all = changes();
        if (!all.isEmpty())
            m_next = all.last().value + 1;
    }

    // What this round's loop tried, in order.
    QList<Change> changes() const
    {
        QList<Change> list;
        QFile file(logFile());
        if (!file.open(QIODevice::ReadOnly))
            return list;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() < 4)
                continue; // the line being written
            Change change;
            change.value = fields.at(0).toLongLong();
            change.startedAt = fields.at(1).toLongLong();
            change.exitCode = fields.at(2).toInt();
            change.err = QString::fromUtf8(
                line.mid(fields.at(0).size() + fields.at(1).size() + fields.at(2).size() + 3));
            list.append(change);
        }
        return list;
    }

    // The last change the CLI acknowledged this round; value 0 when there was none.
    Change lastAcknowledged() const
    {
        const QList<Change> all = changes();
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            if (it->exitCode == 0)
                return *it;
        }
        return {};
    }

private:
    QString stopFile() const { return m_folder + QStringLiteral("/stop"); }
    QString logFile() const { return m_folder + QStringLiteral("/log"); }

    // $1 first value, $2 stop file, $3 log, $4 kind, $5 subject, $6 work folder; the rest is
    // the command, to which the value or the input file is appended. A log line is
    // "VALUE STARTED EXIT [ERRORS]", appended once the command has ended.
    static const char *script()
    {
        return R"sh(i=$1; stop=$2; log=$3; kind=$4; subject=$5; work=$6; shift 6
while [ ! -e "$stop" ]; do
  case $kind in
    setting) arg=$i ;;
    layout) arg=$work/layout.json
      printf '{"id":"%s","name":"writer %s","type":"custom","grid":{"columns":1,"rows":1},"panes":[{"title":"w%s","cell":{"column":0,"row":0}}],"settings":{},"metadata":{"createdAt":"2026-03-01T10:00:00Z","updatedAt":"2026-03-01T10:00:00Z","tags":["writer"]}}' "$subject" "$i" "$i" >"$arg" ;;
    history) arg=$work/history.jsonl
      for n in 1 2 3; do
        printf '{"conversationId":"%s-%s","agentId":"scout","role":"user","content":"writer %s line %s","timestamp":"2026-01-31T12:00:0%sZ"}\n' "$subject" "$i" "$i" "$n" "$n"
      done >"$arg" ;;
  esac
  started=$(date +%s%3N)
  "$@" "$arg" >/dev/null 2>"$work/err"
  rc=$?
  echo "$i $started $rc $(grep -v ': warning: ' "$work/err" | head -c 400 | tr '\n' ' ')" >>"$log"
  i=$((i + 1))
done
)sh";
    }

    Kind m_kind;
    QString m_profile;
    QString m_folder;
    QString m_subject;
    qint64 m_next;
    QProcess m_process;
};

} // namespace Hubstate::Tests
