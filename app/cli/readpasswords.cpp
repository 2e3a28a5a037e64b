#include "readpasswords.h"

#include "core/crypto/primitives.h"

#include <QList>
#include <QMutex>

namespace Hubstate::Cli {

namespace {

QMutex mutex; // a backup may ask for a password from a worker thread
QList<QString> &kept()
{
    static QList<QString> passwords;
    return passwords;
}

} // namespace

QString ReadPasswords::keep(const QString &password)
{
    const QMutexLocker lock(&mutex);
    kept().append(password);
    return password;
}

void ReadPasswords::wipeAll()
{
    const QMutexLocker lock(&mutex);
    for (QString &password : kept())
        Core::Crypto::wipe(password);
    kept().clear();
}

} // namespace Hubstate::Cli
