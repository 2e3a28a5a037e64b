#pragma once

// Reading and writing whole files in tests, one way for every test.
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Hubstate::Tests {

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Creates the folders on the way; false when anything fails.
[[nodiscard]] inline bool writeFile(const QString &path, const QByteArray &contents)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(contents) == contents.size();
}

} // namespace Hubstate::Tests
