// The admin policy INI as every start reads it: a preferences store loads it (PolicyLayer)
// and applies it to every setting; a locked setting must refuse a new value.
#include "core/profile/profile.h"
#include "core/settings/preferencesstore.h"
#include "core/settings/settingsschema.h"
#include "fuzztarget.h"

using namespace Hubstate::Core;

void fuzzOne(const QByteArray &input)
{
    const QString path = Hubstate::Fuzz::writeScratchFile(QStringLiteral("policy.ini"), input);
    // Read once, as a process starts: a second read of the same file name in one process is
    // served from QSettings' cache (see README.md).
    const Profile profile = Profile::inDirectory(Hubstate::Fuzz::scratchFolder());
    PreferencesStore store(profile, path);
    if (!store.open())
        return;
    const PolicyStack &policy = store.policy();
    for (const Violation &problem : policy.problems())
        (void)problem.toString();
    for (const SettingDefinition &definition : SettingsSchema::instance().settings()) {
        (void)store.text(definition.key);
        (void)store.explain(definition.key);
        // A locked setting refuses the user's value, whatever else the policy says.
        if (policy.isLocked(definition.key)) {
            Hubstate::Fuzz::check(!store.setValue(definition.key, definition.defaultValue),
                                  "a locked setting refuses a new value");
        }
    }
}
