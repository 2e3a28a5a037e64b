// Configuration documents as `config validate` and `config import` read them: parse and
// validate; a valid document is then imported into a fresh profile, which must read back.
#include "core/profile/profile.h"
#include "core/settings/configdocument.h"
#include "core/settings/preferencesstore.h"
#include "core/settings/settingsschema.h"
#include "core/settings/settingvalidator.h"
#include "fuzztarget.h"

using namespace Hubstate::Core;

void fuzzOne(const QByteArray &input)
{
    const ConfigDocument::Parsed parsed =
        ConfigDocument::parse(input, QStringLiteral("fuzz-config.json"));
    for (const Violation &violation : parsed.violations)
        (void)violation.toString();
    if (!parsed.isValid())
        return;

    const Profile profile = Profile::inDirectory(Hubstate::Fuzz::scratchFolder());
    const QString noPolicy = profile.root() + QStringLiteral("/no-policy.ini");
    PreferencesStore store(profile, noPolicy);
    Hubstate::Fuzz::check(bool(store.open()), "a fresh profile opens");
    if (!store.setValues(parsed.values, parsed.unknown))
        return; // refused with a message; the file is untouched

    // What was imported is what the next start reads, and the file is not "damaged".
    PreferencesStore reopened(profile, noPolicy);
    Hubstate::Fuzz::check(bool(reopened.open()), "an imported profile opens again");
    for (const Violation &notice : reopened.notices())
        Hubstate::Fuzz::check(!notice.isError(), "an imported settings file reads back cleanly");
    const SettingsSchema &schema = SettingsSchema::instance();
    for (auto it = parsed.values.cbegin(); it != parsed.values.cend(); ++it) {
        Hubstate::Fuzz::check(SettingValidator::toText(*schema.find(it.key()), it.value())
                                  == reopened.text(it.key()),
                              "an imported value reads back unchanged");
    }
}
