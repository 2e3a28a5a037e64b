#pragma once

#include <QDateTime>
#include <QString>

namespace Hubstate::Core::BackupFileName {

// hubstate-20261125T171500Z[-label].hsbk (encrypted), .tar.zst (plain) or .tar (plain and
// not compressed): sortable, and the time is readable without opening the file.
inline QString encryptedSuffix()
{
    return QStringLiteral(".hsbk");
}
inline QString plainSuffix(bool compressed = true)
{
    return compressed ? QStringLiteral(".tar.zst") : QStringLiteral(".tar");
}
inline QString partialSuffix()
{
    return QStringLiteral(".partial");
}

QString make(const QDateTime &createdAt, bool encrypted, bool compressed,
             const QString &label = {});
bool isBackupFile(const QString &name);
// From the name; invalid when the name does not carry one.
QDateTime createdAt(const QString &name);

} // namespace Hubstate::Core::BackupFileName
