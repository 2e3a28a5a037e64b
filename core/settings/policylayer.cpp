#include "policylayer.h"

#include "inifile.h"
#include "settingsschema.h"
#include "settingvalidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <sys/stat.h>

namespace Hubstate::Core {

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
            const QStringList keys = schema.keysUnder(group);
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

        const SettingDefinition *definition = schema.find(key);
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
                SettingValidator::parseText(*definition, it.value(), &value, where(rawKey))) {
            // Fail closed: a lock the admin meant still holds, at the value below it.
            broken->message = locking
                ? PolicyLayer::tr("%1; the setting stays locked at the value below the policy")
                      .arg(broken->message)
                : PolicyLayer::tr("%1; this policy entry is not applied").arg(broken->message);
            policy.m_problems.append(*broken);
            if (locking)
                policy.m_locked.insert(key);
            continue;
        }
        if (locking) {
            policy.m_locked.insert(key);
            policy.m_lockedValues.insert(key, value);
        } else {
            policy.m_defaults.insert(key, value);
        }
    }
    return policy;
}

} // namespace Hubstate::Core
