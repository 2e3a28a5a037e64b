#pragma once

// Looks for a planted secret everywhere it could leak to: in clear, base64 or hex.
#include <QDirIterator>
#include <QFile>
#include <QStringList>

namespace Hubstate::Tests {

inline QList<QByteArray> canaryForms(const QByteArray &needle)
{
    return {needle, needle.toBase64(), needle.toHex(), needle.toHex().toUpper(),
            needle.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)};
}

inline bool containsCanary(const QByteArray &contents, const QByteArray &needle)
{
    for (const QByteArray &form : canaryForms(needle)) {
        if (contents.contains(form))
            return true;
    }
    return false;
}

// Everything under `directory` that holds `needle` in any of those forms.
inline QStringList filesContaining(const QString &directory, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && containsCanary(file.readAll(), needle))
            hits.append(file.fileName());
    }
    return hits;
}

} // namespace Hubstate::Tests
