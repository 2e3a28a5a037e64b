#pragma once

#include <QDirIterator>
#include <QFileInfo>
#include <QStringList>

namespace Hubstate::Tests {

// The objects under `prefix` of the test bucket (with-s3.sh), as the server holds them:
// s3rver keeps the object "PREFIX/NAME" as the file PREFIX/NAME._S3rver_object, with its
// metadata beside it. Sorted by name.
inline QStringList s3rverObjects(const QString &prefix)
{
    const QString suffix = QStringLiteral("._S3rver_object");
    QStringList names;
    QDirIterator it(qEnvironmentVariable("HUBSTATE_S3_ROOT") + QStringLiteral("/backups/") + prefix,
                    QDir::Files);
    while (it.hasNext()) {
        const QString name = QFileInfo(it.next()).fileName();
        if (name.endsWith(suffix))
            names.append(name.chopped(suffix.size()));
    }
    names.sort();
    return names;
}

} // namespace Hubstate::Tests
