#include "secretstore.h"

#include "core/crypto/primitives.h"
#include "secretservicesearch.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace Hubstate::Core {

namespace {

struct JobOutcome
{
    QKeychain::Error error = QKeychain::OtherError;
    QString errorString;
    QByteArray data;
    bool timedOut = false;
};

// QtKeychain 0.13 passes every job through one JobExecutor, a QObject created by the first job
// and living in that job's thread. A job from another thread then races with it (a crash once
// a job is deleted) and, after that first thread has ended, waits for it forever. So all jobs
// run on one keychain thread of the process's own, and callers on any thread wait for it.
std::atomic<bool> keychainThreadStopped{false};

QObject *keychainContext()
{
    static QObject *context = [] {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("keychain"));
        thread->start();
        auto *object = new QObject;
        object->moveToThread(thread);
        qAddPostRoutine([] {
            keychainThreadStopped = true;
            QThread *keychain = keychainContext()->thread();
            keychain->quit();
            keychain->wait();
        });
        return object;
    }();
    return context;
}

// QtKeychain's jobs are asynchronous; the core's callers want an answer, within a time limit.
template<typename JobType> JobOutcome runJobHere(JobType *job, std::chrono::milliseconds timeout)
{
    JobOutcome outcome;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *) {
        finished = true;
        loop.quit();
    });
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    timer.start(timeout);
    job->start();
    if (!finished)
        loop.exec();
    if (!finished) {
        // The job may still finish later; it deletes itself then and reaches nobody.
        QObject::disconnect(job, nullptr, &loop, nullptr);
        job->setAutoDelete(true);
        outcome.timedOut = true;
        return outcome;
    }
    outcome.error = job->error();
    outcome.errorString = job->errorString();
    if constexpr (std::is_same_v<JobType, QKeychain::ReadPasswordJob>)
        outcome.data = job->binaryData();
    delete job;
    return outcome;
}

template<typename JobType> JobOutcome runJob(JobType *job, std::chrono::milliseconds timeout)
{
    if (keychainThreadStopped)
        return runJobHere(job, timeout);
    QObject *context = keychainContext();
    if (QThread::currentThread() == context->thread())
        return runJobHere(job, timeout);
    JobOutcome outcome;
    job->moveToThread(context->thread());
    QMetaObject::invokeMethod(
        context, [&outcome, job, timeout] { outcome = runJobHere(job, timeout); },
        Qt::BlockingQueuedConnection);
    return outcome;
}

} // namespace

SecretStore::SecretStore(QString scope, std::chrono::milliseconds timeout)
    : m_scope(std::move(scope))
    , m_timeout(timeout)
{
}

QString SecretStore::serviceName()
{
    return QStringLiteral("org.hubstate.Hubstate");
}

bool SecretStore::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"));
    return pattern.match(name).hasMatch();
}

QString SecretStore::healthName(Health health)
{
    switch (health) {
    case Health::Healthy: return QStringLiteral("healthy");
    case Health::Locked: return QStringLiteral("locked");
    case Health::Unavailable: return QStringLiteral("unavailable");
    }
    return {};
}

QString SecretStore::keyFor(const QString &name) const
{
    return m_scope.isEmpty() ? name : m_scope + u'/' + name;
}

SecretStore::HealthReport SecretStore::probe() const
{
    const QString keychain = tr("the keychain (Secret Service, service %1)").arg(serviceName());
    const QString key = keyFor(QStringLiteral("hubstate-probe-")
                               + QString::number(QRandomGenerator::system()->generate64(), 36));
    QByteArray value(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(value.data()), 8);

    auto *write = new QKeychain::WritePasswordJob(serviceName());
    write->setKey(key);
    write->setBinaryData(value);
    const JobOutcome written = runJob(write, m_timeout);
    if (written.timedOut) {
        return {Health::Unavailable,
                tr("%1 did not answer within %2 s").arg(keychain).arg(m_timeout.count() / 1000)};
    }
    if (written.error != QKeychain::NoError) {
        // A locked collection refuses new items; anything else means no working keychain.
        if (written.errorString.contains(QLatin1String("locked"), Qt::CaseInsensitive))
            return {Health::Locked, tr("%1 is locked: unlock it and try again").arg(keychain)};
        return {Health::Unavailable,
                tr("%1 is not available: %2").arg(keychain, written.errorString)};
    }

    auto *read = new QKeychain::ReadPasswordJob(serviceName());
    read->setKey(key);
    const JobOutcome readBack = runJob(read, m_timeout);
    auto *remove = new QKeychain::DeletePasswordJob(serviceName());
    remove->setKey(key);
    runJob(remove, m_timeout);
    if (readBack.timedOut)
        return {Health::Unavailable,
                tr("%1 did not answer within %2 s").arg(keychain).arg(m_timeout.count() / 1000)};
    if (readBack.error == QKeychain::EntryNotFound)
        return {Health::Locked, tr("%1 is locked: unlock it and try again").arg(keychain)};
    if (readBack.error != QKeychain::NoError || readBack.data != value) {
        return {
            Health::Unavailable,
            tr("%1 does not give back what was stored: %2").arg(keychain, readBack.errorString)};
    }
    return {Health::Healthy, tr("%1 works").arg(keychain)};
}

Result<QByteArray> SecretStore::read(const QString &name) const
{
    if (!isValidName(name))
        return Error::invalidInput(
            tr("\"%1\" is not a secret name (letters, digits, '.', '_', '-')").arg(name));
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(keyFor(name));
    const JobOutcome outcome = runJob(job, m_timeout);
    if (!outcome.timedOut && outcome.error == QKeychain::NoError)
        return outcome.data;
    // "Not found" may be a locked keyring, and an error may be no keychain: ask the keychain,
    // then believe only a read made while it is known to work.
    const HealthReport health = probe();
    if (health.health != Health::Healthy)
        return Error::operationFailed(tr("Secret %1 cannot be read: %2").arg(name, health.message));
    auto *again = new QKeychain::ReadPasswordJob(serviceName());
    again->setKey(keyFor(name));
    const JobOutcome second = runJob(again, m_timeout);
    if (!second.timedOut && second.error == QKeychain::NoError)
        return second.data;
    if (!second.timedOut && second.error == QKeychain::EntryNotFound
        && probe().health == Health::Healthy)
        return Error::invalidInput(tr("No secret named %1 in the keychain").arg(name));
    return Error::operationFailed(
        tr("Secret %1 cannot be read: %2")
            .arg(name, second.timedOut ? tr("the keychain did not answer") : second.errorString));
}

Status SecretStore::write(const QString &name, const QByteArray &value) const
{
    if (!isValidName(name))
        return Error::invalidInput(
            tr("\"%1\" is not a secret name (letters, digits, '.', '_', '-')").arg(name));
    // Never overwrite what could not be read: only a keychain that works is written to.
    const HealthReport health = probe();
    if (health.health != Health::Healthy)
        return Error::operationFailed(tr("Secret %1 is not stored: %2").arg(name, health.message));
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(keyFor(name));
    job->setBinaryData(value);
    const JobOutcome outcome = runJob(job, m_timeout);
    if (outcome.timedOut) {
        // QtKeychain cannot cancel a job: it may still be stored later. Say so.
        return Error::operationFailed(
            tr("Secret %1: the keychain did not answer in time; whether it was stored is "
               "unknown, check with `secret list`")
                .arg(name));
    }
    if (outcome.error != QKeychain::NoError)
        return Error::operationFailed(
            tr("Secret %1 is not stored: %2").arg(name, outcome.errorString));
    // Read back: a keyring that locked itself meanwhile would drop the value silently.
    Result<QByteArray> check = read(name);
    const bool same = check && *check == value;
    if (check)
        Crypto::wipe(check.value());
    if (!same)
        return Error::operationFailed(
            tr("Secret %1 could not be verified after storing it").arg(name));
    return {};
}

Status SecretStore::remove(const QString &name) const
{
    if (!isValidName(name))
        return Error::invalidInput(
            tr("\"%1\" is not a secret name (letters, digits, '.', '_', '-')").arg(name));
    const HealthReport health = probe();
    if (health.health != Health::Healthy)
        return Error::operationFailed(tr("Secret %1 is not deleted: %2").arg(name, health.message));
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(keyFor(name));
    const JobOutcome outcome = runJob(job, m_timeout);
    if (outcome.timedOut
        || (outcome.error != QKeychain::NoError && outcome.error != QKeychain::EntryNotFound))
        return Error::operationFailed(
            tr("Secret %1 is not deleted: %2").arg(name, outcome.errorString));
    // A locked keyring reports success and keeps the entry: only a keychain that works,
    // asked after the delete, can say it is gone.
    auto *check = new QKeychain::ReadPasswordJob(serviceName());
    check->setKey(keyFor(name));
    const JobOutcome after = runJob(check, m_timeout);
    if (after.timedOut || after.error != QKeychain::EntryNotFound
        || probe().health != Health::Healthy)
        return Error::operationFailed(
            tr("Secret %1 is still in the keychain after deleting it").arg(name));
    return {};
}

Result<QStringList> SecretStore::names() const
{
    Result<QStringList> keys = SecretServiceSearch::keysOf(serviceName(), m_timeout);
    if (!keys)
        return keys.error();
    // Keys are "scope/name", or a bare name for the default profile (names have no '/').
    const QString prefix = m_scope.isEmpty() ? QString() : m_scope + u'/';
    QStringList names;
    for (const QString &key : *keys) {
        if (m_scope.isEmpty() ? !key.contains(u'/') : key.startsWith(prefix))
            names.append(key.mid(prefix.size()));
    }
    return names;
}

} // namespace Hubstate::Core
