#include "destination.h"

#include "backupfilename.h"
#include "localfolderdestination.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

namespace Hubstate::Core {

bool isBackupFileName(const QString &name)
{
    return BackupFileName::isBackupFile(name);
}

Result<std::unique_ptr<Destination>> openDestination(const QString &spec, const SecretStore *)
{
    static const QRegularExpression urlPattern(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    if (urlPattern.match(spec).hasMatch()) {
        return Error::invalidInput(
            QCoreApplication::translate("Hubstate::Core::Destination",
                                        "%1: only folders are supported as backup destinations")
                .arg(spec));
    }
    return std::unique_ptr<Destination>(
        std::make_unique<LocalFolderDestination>(QDir::cleanPath(QDir(spec).absolutePath())));
}

} // namespace Hubstate::Core
