#include "monitorcommand.h"

#include "clicontext.h"
#include "core/live/profilemonitor.h"
#include "core/settings/preferencesstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTextStream>
#include <csignal>
#include <pthread.h>
#include <sys/signalfd.h>
#include <unistd.h>

namespace Hubstate::Cli {

using namespace Hubstate::Core;

int MonitorCommand::run(const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return m_context.usage(tr("usage: monitor [--json]"));
    // Ctrl+C and SIGTERM end the loop (and the exit code is 0), through a signalfd read by the
    // event loop: nothing runs in a signal handler. Blocked first, so that the threads started
    // below (QtDBus's) inherit the mask and none of them takes the signal instead.
    sigset_t stops;
    sigemptyset(&stops);
    sigaddset(&stops, SIGINT);
    sigaddset(&stops, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stops, nullptr);
    Result<PreferencesStore *> settings = m_context.store();
    if (!settings)
        return m_context.fail(settings.error());

    ProfileMonitor monitor(m_context.profile(), Profile::policyFiles());
    if (Status started = monitor.start(); !started)
        return m_context.fail(started.error());
    const bool json = m_context.json();
    QObject::connect(&monitor, &ProfileMonitor::changed, [&](const Change &change) {
        if (json) {
            QJsonObject line{{QStringLiteral("kind"), Change::kindName(change.kind)}};
            if (change.kind == Change::Kind::Setting) {
                line.insert(QStringLiteral("key"), change.id);
                line.insert(QStringLiteral("value"), change.value);
                line.insert(QStringLiteral("layer"), change.layer);
            } else if (change.kind == Change::Kind::Reload) {
                line.insert(QStringLiteral("scope"), change.scope);
            } else {
                line.insert(QStringLiteral("id"), change.id);
                line.insert(QStringLiteral("removed"), change.removed);
            }
            m_context.out() << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
        } else if (change.kind == Change::Kind::Setting) {
            m_context.out() << tr("%1: %2 (%3)").arg(change.id, change.value, change.layer) << '\n';
        } else if (change.kind == Change::Kind::Reload) {
            m_context.out() << tr("reload: %1").arg(change.scope) << '\n';
        } else {
            m_context.out() << tr("%1 %2: %3")
                                   .arg(Change::kindName(change.kind), change.id,
                                        change.removed ? tr("removed") : tr("changed"))
                            << '\n';
        }
        m_context.out().flush();
    });

    const int stopFd = signalfd(-1, &stops, SFD_CLOEXEC);
    QSocketNotifier stopNotifier(stopFd, QSocketNotifier::Read);
    QObject::connect(&stopNotifier, &QSocketNotifier::activated, [] { QCoreApplication::quit(); });
    // On stderr, so that stdout holds the changes alone.
    QTextStream(stderr) << tr("Watching %1 through %2; Ctrl+C stops.")
                               .arg(m_context.profile().root(), monitor.transport())
                        << Qt::endl;
    QCoreApplication::exec();
    ::close(stopFd);
    return 0;
}

} // namespace Hubstate::Cli
