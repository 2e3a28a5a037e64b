#pragma once

// A "device" for sync tests: a profile of its own in a temporary folder, opened as the
// programs open it (preferences, state database, keychain scope), with a SyncEngine on it.
#include "core/profile/profile.h"
#include "core/secrets/secretstore.h"
#include "core/settings/preferencesstore.h"
#include "core/state/layoutrepository.h"
#include "core/state/statedatabase.h"
#include "core/sync/syncengine.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace Hubstate::Tests {

struct SyncDevice
{
    explicit SyncDevice(std::function<qint64()> clock = {}, Core::PolicyFiles policy = {})
        : profile(Core::Profile::inDirectory(dir.path()))
        , store(profile, policy)
        , secrets(profile.keychainScope())
    {
        if (!store.open())
            qFatal("cannot open the preferences of %s", qPrintable(dir.path()));
        if (!database.open(profile.databaseFile()))
            qFatal("cannot open the database of %s", qPrintable(dir.path()));
        if (!Core::LayoutRepository(database).ensureTemplates())
            qFatal("cannot add the layout templates");
        Core::SyncEngine::Options options;
        options.wallClock = std::move(clock);
        options.segmentsBeforeSnapshot = 4;
        options.requestStallTimeout = std::chrono::seconds(5);
        engine = std::make_unique<Core::SyncEngine>(profile, store, database, &secrets, options);
    }

    QTemporaryDir dir;
    Core::Profile profile;
    Core::PreferencesStore store;
    Core::StateDatabase database;
    Core::SecretStore secrets;
    std::unique_ptr<Core::SyncEngine> engine;
};

} // namespace Hubstate::Tests
