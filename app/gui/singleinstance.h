#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <functional>

class QLocalServer;
class QLocalSocket;

namespace Hubstate {

// One window per profile. The first `hubstate` listens on a local socket named after its
// profile (in XDG_RUNTIME_DIR, for this user only); a later one sends its request there (show
// the window, or open the restore wizard on a file) and exits. Another profile is another
// socket, so `--profile DIR` starts a window of its own.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        bool restore = false; // open the restore wizard
        QString file; // with restore: the backup to preselect (absolute), or empty
        friend bool operator==(const Request &, const Request &) = default;
    };

    // `settingsFile` names the profile (Core::Profile::settingsFile()).
    explicit SingleInstance(const QString &settingsFile, QObject *parent = nullptr);
    ~SingleInstance() override;

    enum class Claim {
        Listening, // this is the first instance: later ones will hand over to it
        HandedOver, // the running instance took `request`: exit
        Alone, // no socket could be made (see error()): later starts open windows of their own
        Failed, // one runs but did not answer (see error())
    };
    // Hands `request` to the instance already running on this profile; or, when none runs
    // (or one crashed and left its socket), listens from now on. Requests that arrive before
    // setReceiver() wait for it.
    Claim claim(const Request &request);
    QString error() const { return m_error; }
    // What to do with a request from a later instance; the waiting ones are given at once.
    void setReceiver(std::function<void(const Request &)> receiver);
    // Stops listening, so that a program started now (a restart) becomes the window.
    void release();

    QString socketPath() const { return m_socketPath; }
    enum class Sent { Taken, NobodyListens, NoAnswer };
    // Sends `request` to whoever listens on `socketPath` and waits up to `timeoutMs` for its
    // answer.
    static Sent send(const QString &socketPath, const Request &request, int timeoutMs = 10000);
    // The socket of a profile, named by a hash of its settings file.
    static QString socketPathFor(const QString &settingsFile);

private:
    bool listen();
    void readFrom(QLocalSocket *socket);
    void deliver(const Request &request);

    QString m_socketPath;
    QString m_error;
    QLocalServer *m_server = nullptr;
    std::function<void(const Request &)> m_receiver;
    QList<Request> m_waiting;
};

} // namespace Hubstate
