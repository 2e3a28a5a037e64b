#include "backupfilename.h"

#include <QRegularExpression>

namespace Hubstate::Core::BackupFileName {

namespace {

const QString kTimeFormat = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");

const QRegularExpression &pattern()
{
    static const QRegularExpression expression(
        QStringLiteral("^hubstate-(\\d{8}T\\d{6}Z)(?:-[a-z0-9]+)?(\\.hsbk|\\.tar\\.zst|\\.tar)$"));
    return expression;
}

} // namespace

QString make(const QDateTime &createdAt, bool encrypted, bool compressed, const QString &label)
{
    return QStringLiteral("hubstate-") + createdAt.toUTC().toString(kTimeFormat)
        + (label.isEmpty() ? QString() : u'-' + label)
        + (encrypted ? encryptedSuffix() : plainSuffix(compressed));
}

bool isBackupFile(const QString &name)
{
    return pattern().match(name).hasMatch();
}

QDateTime createdAt(const QString &name)
{
    const QRegularExpressionMatch match = pattern().match(name);
    if (!match.hasMatch())
        return {};
    QDateTime time = QDateTime::fromString(match.captured(1), kTimeFormat);
    time.setTimeSpec(Qt::UTC);
    return time;
}

} // namespace Hubstate::Core::BackupFileName
