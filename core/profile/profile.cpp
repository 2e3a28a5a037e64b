#include "profile.h"

#include "core/common/privatefiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace Hubstate::Core {

namespace {
const QString kApplicationFolder = QStringLiteral("hubstate");
}

Profile Profile::resolve(const QString &explicitDirectory)
{
    if (!explicitDirectory.isEmpty())
        return inDirectory(explicitDirectory);
    const QString fromEnvironment = qEnvironmentVariable("HUBSTATE_PROFILE");
    if (!fromEnvironment.isEmpty())
        return inDirectory(fromEnvironment);

    using Paths = QStandardPaths;
    Profile profile;
    const QString config = Paths::writableLocation(Paths::GenericConfigLocation);
    const QString data = Paths::writableLocation(Paths::GenericDataLocation);
    const QString cache = Paths::writableLocation(Paths::GenericCacheLocation);
    const QString state =
        qEnvironmentVariable("XDG_STATE_HOME", QDir::homePath() + QStringLiteral("/.local/state"));
    profile.m_settingsFile = config + u'/' + kApplicationFolder + QStringLiteral("/hubstate.ini");
    profile.m_databaseFile = data + u'/' + kApplicationFolder + QStringLiteral("/hubstate.db");
    profile.m_cacheDirectory = cache + u'/' + kApplicationFolder;
    profile.m_stateDirectory = state + u'/' + kApplicationFolder;
    profile.m_logDirectory = profile.m_stateDirectory + QStringLiteral("/logs");
    profile.m_backupDirectory = data + u'/' + kApplicationFolder + QStringLiteral("/backups");
    return profile;
}

Profile Profile::inDirectory(const QString &directory)
{
    Profile profile;
    profile.m_root = QDir(directory).absolutePath();
    profile.m_settingsFile = profile.m_root + QStringLiteral("/config/hubstate.ini");
    profile.m_databaseFile = profile.m_root + QStringLiteral("/data/hubstate.db");
    profile.m_cacheDirectory = profile.m_root + QStringLiteral("/cache");
    profile.m_stateDirectory = profile.m_root + QStringLiteral("/state");
    profile.m_logDirectory = profile.m_root + QStringLiteral("/logs");
    profile.m_backupDirectory = profile.m_root + QStringLiteral("/backups");
    return profile;
}

QString Profile::keychainScope() const
{
    if (m_root.isEmpty())
        return {};
    const QByteArray hash = QCryptographicHash::hash(m_root.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("profile-") + QString::fromLatin1(hash.toHex().left(16));
}

QStringList Profile::folders() const
{
    if (!m_root.isEmpty())
        return {m_root};
    QStringList folders;
    for (const QString &folder :
         {QFileInfo(m_settingsFile).absolutePath(), QFileInfo(m_databaseFile).absolutePath(),
          m_cacheDirectory, m_stateDirectory, m_logDirectory, m_backupDirectory}) {
        // Nested folders (logs in state, backups beside the database) are walked once.
        bool inside = false;
        for (const QString &other : std::as_const(folders))
            inside = inside || folder == other || folder.startsWith(other + u'/');
        if (!inside)
            folders.append(folder);
    }
    return folders;
}

QString Profile::permissionWarning() const
{
    const QStringList roots = folders();
    const QStringList found = PrivateFiles::exposed(roots);
    if (found.isEmpty())
        return {};
    QStringList quoted;
    for (const QString &root : roots) {
        const bool plain =
            QRegularExpression(QStringLiteral("^[A-Za-z0-9_./@%+=:,-]+$")).match(root).hasMatch();
        quoted.append(
            plain ? root : u'\'' + QString(root).replace(u'\'', QStringLiteral("'\\''")) + u'\'');
    }
    return QCoreApplication::translate(
               "Hubstate::Core::Profile",
               "other users can read these files and folders of the profile: %1. Hubstate "
               "keeps its files 0600 and its folders 0700; to fix them: chmod -R go-rwx %2")
        .arg(found.join(QStringLiteral(", ")), quoted.join(u' '));
}

QString Profile::systemPolicyFile()
{
    return QStringLiteral("/etc/xdg/hubstate/policy.ini");
}

PolicyFiles Profile::policyFiles()
{
    // Anybody can set an environment variable, so it only ever names a file to add.
    return PolicyFiles(systemPolicyFile(), qEnvironmentVariable("HUBSTATE_POLICY_FILE"));
}

} // namespace Hubstate::Core
