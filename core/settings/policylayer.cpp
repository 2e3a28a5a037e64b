#include "policylayer.h"

#include "inifile.h"
#include "renamedsettings.h"
#include "settingsschema.h"
#include "settingvalidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <sys/stat.h>

namespace Hubstate::Core {

namespace {

// The [locked] section names `key` itself, or a group lock that holds it.
bool namesLock(const RawSettings &raw, const QString &key)
{
    const QString locked = QStringLiteral("locked/");
    if (raw.contains(locked + key))
        return true;
    for (qsizetype dot = key.indexOf(u'.'); dot >= 0; dot = key.indexOf(u'.', dot + 1)) {
        if (raw.contains(locked + key.left(dot) + QStringLiteral(".*")))
            return true;
    }
    return false;
}

} // namespace

void PolicyLayer::failClosed(const QString &reason)
{
    m_problems.append({m_file,
                       PolicyLayer::tr("the admin policy cannot be read, so every setting stays "
                                       "locked at the value below the policy until it is fixed: "
                                       "%1")
                           .arg(reason),
                       {},
                       Violation::Severity::Error,
                       false});
    m_lockAll = true;
}

PolicyLayer PolicyLayer::load(const QString &path, Role role)
{
    PolicyLayer policy;
    policy.m_file = path;
    policy.m_role = role;

    // Only "no such file" means there is no policy. lstat, so that a symbolic link to a file
    // that is gone counts as a policy that cannot be read, and any other failure (a folder on
    // the way this user may not search, a loop of links) as one that may exist: both lock.
    struct stat status = {};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0) {
        const int error = errno;
        if (error == ENOENT) {
            if (role == Role::Extra) {
                policy.m_problems.append(
                    {path,
                     PolicyLayer::tr("HUBSTATE_POLICY_FILE names this file, which does not "
                                     "exist; only the system policy applies"),
                     {},
                     Violation::Severity::Warning,
                     false});
            }
            return policy;
        }
        policy.m_exists = true;
        policy.failClosed(
            PolicyLayer::tr("cannot tell whether it exists: %1").arg(qt_error_string(error)));
        return policy;
    }
    policy.m_exists = true;
    // IniFile reads a missing file as empty; here that would fail open, so follow links first.
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        const int error = errno;
        policy.failClosed(PolicyLayer::tr("it is a symbolic link to %1, which cannot be opened: %2")
                              .arg(QFileInfo(path).symLinkTarget(), qt_error_string(error)));
        return policy;
    }
    if (!S_ISREG(status.st_mode)) {
        policy.failClosed(PolicyLayer::tr("it is not a regular file"));
        return policy;
    }

    Result<RawSettings> raw = IniFile::read(path);
    if (!raw) {
        policy.failClosed(raw.error().message);
        return policy;
    }
    const SettingsSchema &schema = SettingsSchema::instance();
    const auto where = [&path](const QString &rawKey) -> QString {
        return path + u':' + u' ' + rawKey;
    };

    for (auto it = raw->cbegin(); it != raw->cend(); ++it) {
        const QString rawKey = it.key();
        const qsizetype slash = rawKey.indexOf(u'/');
        const QString section = slash < 0 ? QString() : rawKey.left(slash);
        const QString key = slash < 0 ? rawKey : rawKey.mid(slash + 1);

        if (section == QLatin1String("meta")) {
            if (key == QLatin1String("explanation"))
                policy.m_explanation = it.value();
            else
                policy.m_problems.append({where(rawKey),
                                          PolicyLayer::tr("unknown [meta] entry, ignored"),
                                          {},
                                          Violation::Severity::Warning,
                                          false});
            continue;
        }
        if (section != QLatin1String("defaults") && section != QLatin1String("locked")) {
            policy.m_problems.append(
                {where(rawKey),
                 PolicyLayer::tr("entries belong in [defaults] or [locked]; ignored"),
                 {},
                 Violation::Severity::Warning,
                 false});
            continue;
        }
        const bool locking = section == QLatin1String("locked");

        if (locking && key.endsWith(QLatin1String(".*"))) {
            const QString group = key.chopped(2);
            QStringList keys = schema.keysUnder(group);
            // The group as its admin knew it held keys renamed since: they stay locked.
            for (const QString &oldKey : RenamedSettings::oldKeysUnder(group)) {
                const QString current = RenamedSettings::currentKey(oldKey);
                if (keys.contains(current))
                    continue;
                keys.append(current);
                if (!namesLock(*raw, current)) {
                    policy.m_problems.append(
                        {where(rawKey),
                         PolicyLayer::tr("this group held %1, which is called %2 now; %2 stays "
                                         "locked")
                             .arg(oldKey, current),
                         {},
                         Violation::Severity::Warning,
                         false});
                }
            }
            if (keys.isEmpty()) {
                policy.m_problems.append({where(rawKey),
                                          PolicyLayer::tr("no settings in this group"),
                                          {},
                                          Violation::Severity::Error,
                                          false});
                continue;
            }
            for (const QString &member : keys)
                policy.m_locked.insert(member);
            continue;
        }

        // An old name still applies, to the key it became, unless the entry is there too.
        QString settingKey = key;
        QString text = it.value();
        if (const QString current = RenamedSettings::currentKey(key); !current.isEmpty()) {
            if (raw->contains(section + u'/' + current)) {
                policy.m_problems.append(
                    {where(rawKey),
                     PolicyLayer::tr("this setting is called %1 now, and this section names %1 "
                                     "too; ignored")
                         .arg(current),
                     {},
                     Violation::Severity::Warning,
                     false});
                continue;
            }
            policy.m_problems.append(
                {where(rawKey),
                 PolicyLayer::tr("this setting is called %1 now; the entry applies to %1")
                     .arg(current),
                 {},
                 Violation::Severity::Warning,
                 false});
            settingKey = current;
            text = RenamedSettings::currentValue(key, text);
        }

        const SettingDefinition *definition = schema.find(settingKey);
        if (const QString reason = RenamedSettings::removalReason(key);
            !definition && !reason.isEmpty()) {
            policy.m_problems.append({where(rawKey),
                                      PolicyLayer::tr("this setting was removed (%1); ignored")
                                          .arg(reason),
                                      {},
                                      Violation::Severity::Warning,
                                      false});
            continue;
        }
        if (!definition) {
            policy.m_problems.append({where(rawKey),
                                      PolicyLayer::tr("unknown setting, ignored"),
                                      {},
                                      Violation::Severity::Warning,
                                      false});
            continue;
        }
        QVariant value;
        if (std::optional<Violation> broken =
                SettingValidator::parseText(*definition, text, &value, where(rawKey))) {
            // Fail closed: a lock the admin meant still holds, at the value below it.
            broken->message = locking
                ? PolicyLayer::tr("%1; the setting stays locked at the value below the policy")
                      .arg(broken->message)
                : PolicyLayer::tr("%1; this policy entry is not applied").arg(broken->message);
            policy.m_problems.append(*broken);
            if (locking)
                policy.m_locked.insert(settingKey);
            continue;
        }
        if (locking) {
            policy.m_locked.insert(settingKey);
            policy.m_lockedValues.insert(settingKey, value);
        } else {
            policy.m_defaults.insert(settingKey, value);
        }
    }
    return policy;
}

} // namespace Hubstate::Core
