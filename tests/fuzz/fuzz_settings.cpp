// The user's settings INI as every start reads it: IniFile::read through a preferences store
// (version detection, migration of older files, each value checked against the schema). When
// the store opens writable, one `config set` must keep every other value the file gave.
#include "core/profile/profile.h"
#include "core/settings/preferencesstore.h"
#include "core/settings/settingsschema.h"
#include "fuzztarget.h"

#include <QFile>

using namespace Hubstate::Core;

void fuzzOne(const QByteArray &input)
{
    const Profile profile =
        Profile::inDirectory(Hubstate::Fuzz::scratchFolder() + QStringLiteral("/profile"));
    Hubstate::Fuzz::writeScratchFile(QStringLiteral("profile/config/hubstate.ini"), input);

    const QString noPolicy = profile.root() + QStringLiteral("/no-policy.ini");
    PreferencesStore store(profile, noPolicy);
    if (!store.open())
        return;
    for (const Violation &notice : store.notices())
        (void)notice.toString();
    if (store.isReadOnly())
        return;

    const QList<SettingDefinition> &settings = SettingsSchema::instance().settings();
    QMap<QString, QString> before;
    for (const SettingDefinition &definition : settings)
        before.insert(definition.key, store.text(definition.key));
    const QString changed = QStringLiteral("preferences.theme.mode");
    const QString value = before.value(changed) == QLatin1String("dark") ? QStringLiteral("light")
                                                                         : QStringLiteral("dark");
    if (!store.setText(changed, value))
        return;

    // Read back under another name for the same folder: QSettings caches what it parsed by file
    // name and trusts the cache while size and modification time stay the same, so a rewrite
    // of the same size within the same millisecond would read stale here (see
    // tests/fuzz/README.md); the rule checked is what the write put on disk.
    const QString alias = Hubstate::Fuzz::scratchFolder() + QStringLiteral("/alias");
    Hubstate::Fuzz::check(QFile::link(profile.root(), alias), "a second name for the profile");
    PreferencesStore reopened(Profile::inDirectory(alias), noPolicy);
    Hubstate::Fuzz::check(bool(reopened.open()), "a file the store wrote opens again");
    for (const SettingDefinition &definition : settings) {
        const QString expected = definition.key == changed ? value : before.value(definition.key);
        Hubstate::Fuzz::check(reopened.text(definition.key) == expected,
                              "a settings write keeps every other value");
    }
}
