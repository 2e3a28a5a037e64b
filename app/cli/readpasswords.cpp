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

QString ReadPasswords::readLine(std::FILE *stream)
{
    QByteArray line;
    line.reserve(1024);
    for (int c; (c = std::fgetc(stream)) != EOF && c != '\n';)
        line.append(char(c));
    if (line.endsWith('\r'))
        line.chop(1);
    const QString text = keep(QString::fromUtf8(line));
    Core::Crypto::wipe(line);
    return text;
}

void ReadPasswords::wipeAll()
{
    const QMutexLocker lock(&mutex);
    for (QString &password : kept())
        Core::Crypto::wipe(password);
    kept().clear();
}

} // namespace Hubstate::Cli
