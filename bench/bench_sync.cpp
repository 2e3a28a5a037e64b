// Sync figures on a profile with 200 layouts and 50 agents: what a one-setting change
// uploads, how long a new device's first sync takes, and what a sync with nothing new costs.
//   hubstate-bench-sync STORE     STORE: a folder, or a WebDAV URL whose password is in
//                                 HUBSTATE_WEBDAV_PASSWORD (bench/sync.sh runs it on loopback)
// Prints "measure<TAB>figure" lines.
#include "core/backup/webdavdestination.h"
#include "core/profile/profile.h"
#include "core/secrets/secretstore.h"
#include "core/settings/preferencesstore.h"
#include "core/state/layoutrepository.h"
#include "core/state/profilegenerator.h"
#include "core/state/statedatabase.h"
#include "core/sync/syncengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUrl>
#include <cstdio>
#include <memory>

using namespace Hubstate::Core;

namespace {

struct Device
{
    QTemporaryDir dir;
    Profile profile = Profile::inDirectory(dir.path());
    PreferencesStore store{profile, PolicyFiles()};
    StateDatabase database;
    SecretStore secrets{profile.keychainScope()};
    std::unique_ptr<SyncEngine> engine;

    bool open(const QString &spec)
    {
        if (!store.open() || !database.open(profile.databaseFile())
            || !LayoutRepository(database).ensureTemplates())
            return false;
        if (spec.startsWith(QLatin1String("http"))
            && !secrets.write(WebDavDestination::passwordSecretName(QUrl(spec)),
                              qgetenv("HUBSTATE_WEBDAV_PASSWORD")))
            return false;
        engine = std::make_unique<SyncEngine>(profile, store, database, &secrets);
        return true;
    }
};

void print(const char *measure, const QString &figure)
{
    std::printf("%s\t%s\n", measure, qPrintable(figure));
}

int fail(const QString &what)
{
    std::fprintf(stderr, "hubstate-bench-sync: %s\n", qPrintable(what));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return fail(QStringLiteral("usage: hubstate-bench-sync STORE"));
    const QString spec = QString::fromLocal8Bit(argv[1]);
    const QString passphrase = QStringLiteral("bench passphrase 1234");

    Device a, b;
    if (!a.open(spec) || !b.open(spec))
        return fail(QStringLiteral("cannot open the profiles"));
    ProfileGenerator::Size size;
    size.messages = 0;
    size.layouts = 200;
    size.agents = 50;
    if (Status filled = ProfileGenerator::fill(a.database, a.dir.path(), size); !filled)
        return fail(filled.error().message);
    if (Status created = a.engine->init(spec, passphrase, QStringLiteral("a")); !created)
        return fail(created.error().message);

    QElapsedTimer timer;
    timer.start();
    if (Status joined = b.engine->join(spec, passphrase, SyncEngine::JoinMode::MergeLocal,
                                       QStringLiteral("b"));
        !joined)
        return fail(joined.error().message);
    const qint64 joinMs = timer.elapsed();
    // The passphrase's key derivation is part of joining, not of the transfer: timed apart.
    timer.restart();
    Result<SyncEngine::Report> firstSync = b.engine->syncNow();
    const qint64 settleMs = timer.elapsed();
    if (!firstSync)
        return fail(firstSync.error().message);
    print("first sync of a new device (join, key derivation included)",
          QStringLiteral("%1 ms").arg(joinMs));
    print("its next sync (device file, nothing to apply)", QStringLiteral("%1 ms").arg(settleMs));

    if (Result<SyncEngine::Report> settle = a.engine->syncNow(); !settle)
        return fail(settle.error().message);
    (void)b.engine->syncNow();

    if (Status set = a.store.setValue(QStringLiteral("preferences.theme.mode"),
                                      QStringLiteral("dark"));
        !set)
        return fail(set.error().message);
    timer.restart();
    Result<SyncEngine::Report> sent = a.engine->syncNow();
    const qint64 sendMs = timer.elapsed();
    if (!sent)
        return fail(sent.error().message);
    timer.restart();
    Result<SyncEngine::Report> received = b.engine->syncNow();
    const qint64 receiveMs = timer.elapsed();
    if (!received)
        return fail(received.error().message);
    if (b.store.value(QStringLiteral("preferences.theme.mode")).toString() != QLatin1String("dark"))
        return fail(QStringLiteral("the change did not arrive in one sync"));
    print("one-setting change: bytes uploaded by the sender",
          QStringLiteral("%1 bytes in %2 requests, %3 ms")
              .arg(sent->bytesSent)
              .arg(sent->requests)
              .arg(sendMs));
    print("one-setting change: receiver", QStringLiteral("%1 applied, %2 bytes uploaded, %3 ms")
                                              .arg(received->applied)
                                              .arg(received->bytesSent)
                                              .arg(receiveMs));

    (void)a.engine->syncNow();
    (void)b.engine->syncNow();
    timer.restart();
    Result<SyncEngine::Report> idle = b.engine->syncNow();
    const qint64 idleMs = timer.elapsed();
    if (!idle)
        return fail(idle.error().message);
    print("sync with nothing new", QStringLiteral("%1 requests, %2 bytes, %3 ms")
                                       .arg(idle->requests)
                                       .arg(idle->bytesSent + idle->bytesReceived)
                                       .arg(idleMs));
    return 0;
}
