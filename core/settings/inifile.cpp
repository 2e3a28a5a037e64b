#include "inifile.h"

#include "../common/atomicfile.h"
#include "../common/privatefiles.h"
#include "../live/changeannouncer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStringConverter>
#include <unistd.h>

namespace Hubstate::Core {

namespace {

const QByteArray kOpening = QByteArrayLiteral(
    "; Hubstate settings. The line \"; end\" closes this file: without it, it was cut short.\n");
const QByteArray kEnd = QByteArrayLiteral("; end");

// Empty, or opened with the mark and never closed: settings after the cut are lost.
Status checkComplete(const QString &path, const QByteArray &bytes)
{
    if (bytes.isEmpty()) {
        return Error::damaged(IniFile::tr("%1: the file is empty; Hubstate never writes an empty "
                                          "settings file")
                                  .arg(path),
                              IniFile::cutShortDetail());
    }
    if (!bytes.startsWith(kOpening)) {
        if (kOpening.startsWith(bytes)) {
            return Error::damaged(IniFile::tr("%1: cut short within its first line").arg(path),
                                  IniFile::cutShortDetail());
        }
        return {}; // written by hand or before the mark: nothing to compare with
    }
    const QList<QByteArray> lines = bytes.split('\n');
    for (const QByteArray &line : lines) {
        if (line.trimmed() == kEnd)
            return {};
    }
    const qsizetype complete = bytes.endsWith('\n') ? lines.size() - 1 : lines.size();
    return Error::damaged(IniFile::tr("%1: cut short after line %2: the line \"%3\" that Hubstate "
                                      "writes last is missing, so the settings after the cut are "
                                      "lost")
                              .arg(path)
                              .arg(complete)
                              .arg(QString::fromLatin1(kEnd)),
                          IniFile::cutShortDetail());
}

// QSettings reads nearly anything; this says which line makes the file not an INI file.
Status checkSyntax(const QString &path, const QByteArray &bytes)
{
    auto decoder = QStringDecoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError() || bytes.contains('\0')) {
        return Error::damaged(IniFile::tr("%1: not a text file in UTF-8").arg(path));
    }
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u';') || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[')) {
            if (!line.endsWith(u']') || line.size() < 3) {
                return Error::damaged(IniFile::tr("%1:%2: section header must be written as [name]")
                                          .arg(path)
                                          .arg(i + 1));
            }
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0) {
            return Error::damaged(IniFile::tr("%1:%2: expected key=value, found \"%3\"")
                                      .arg(path)
                                      .arg(i + 1)
                                      .arg(line.left(60)));
        }
    }
    return {};
}

// Puts the opening comment before what QSettings wrote and the end line after it, checking
// that every byte reached the file.
Status addMarks(const QString &temporary)
{
    QFile file(temporary);
    if (!file.open(QIODevice::ReadWrite)) {
        return Error::operationFailed(
            IniFile::tr("Cannot write %1: %2").arg(temporary, file.errorString()));
    }
    QByteArray marked = kOpening + file.readAll();
    if (!marked.endsWith('\n'))
        marked += '\n';
    marked += kEnd + '\n';
    if (!file.seek(0) || file.write(marked) != marked.size() || !file.flush()
        || file.size() != marked.size()) {
        return Error::operationFailed(IniFile::tr("Cannot write %1: %2 (is the disk full?)")
                                          .arg(temporary, file.errorString()));
    }
    return {};
}

} // namespace

Result<RawSettings> IniFile::read(const QString &path)
{
    return readFile(path, true);
}

Result<RawSettings> IniFile::readBeforeCut(const QString &path)
{
    return readFile(path, false);
}

Result<RawSettings> IniFile::readFile(const QString &path, bool wholeOnly)
{
    QFile file(path);
    if (!file.exists())
        return RawSettings();
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::operationFailed(
            IniFile::tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    const QByteArray bytes = file.readAll();
    file.close();
    if (wholeOnly) {
        if (Status complete = checkComplete(path, bytes); !complete)
            return complete.error();
    }
    if (Status syntax = checkSyntax(path, bytes); !syntax)
        return syntax.error();

    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return Error::damaged(IniFile::tr("%1: not a valid INI file").arg(path));
    RawSettings contents;
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys) {
        // QSettings takes "/" (also written "%2F") in a name, and a lone "\r", as separators
        // and would write the entry back under another name or an empty one ("="), which the
        // next read refuses: the whole file would be lost at the next write.
        if (key.split(u'/').contains(QString())) {
            return Error::damaged(
                IniFile::tr("%1: the entry \"%2\" has an empty name or group").arg(path, key));
        }
        const QVariant value = settings.value(key);
        if (value.typeId() == QMetaType::QStringList)
            contents.insert(key, value.toStringList().join(QStringLiteral(", ")));
        else
            contents.insert(key, value.toString());
    }
    return contents;
}

Status IniFile::write(const QString &path, const RawSettings &contents)
{
    // QSettings writes the text; the atomic replace and the fsyncs are ours, so a crash leaves
    // the old file or the new one.
    const QString temporary = path + QStringLiteral(".new-") + QString::number(::getpid());
    QFile::remove(temporary);
    if (!PrivateFiles::makePath(QFileInfo(path).absolutePath()))
        return Error::operationFailed(
            IniFile::tr("Cannot create folder %1").arg(QFileInfo(path).absolutePath()));
    // Created 0600 first: QSettings writes through QSaveFile, which keeps the mode of the file
    // it replaces, so the values never sit in a file others may read.
    if (Status created = PrivateFiles::createFile(temporary); !created)
        return created;
    {
        QSettings settings(temporary, QSettings::IniFormat);
        for (auto it = contents.cbegin(); it != contents.cend(); ++it)
            settings.setValue(it.key(), it.value());
        settings.sync();
        if (settings.status() != QSettings::NoError) {
            QFile::remove(temporary);
            return Error::operationFailed(IniFile::tr("Cannot write %1").arg(temporary));
        }
    }
    // QSettings writes no file for no keys; the marks alone then say "no settings".
    if (Status marked = addMarks(temporary); !marked) {
        QFile::remove(temporary);
        return marked;
    }
    // QSettings can report success for a file the disk had no room for (it ends up empty or
    // cut short): what goes into place must read back as exactly what was meant.
    if (Result<RawSettings> written = read(temporary); !written || *written != contents) {
        QFile::remove(temporary);
        return Error::operationFailed(
            IniFile::tr("Cannot write %1: the file written does not read back as the settings "
                        "(is the disk full?); %2 is unchanged")
                .arg(temporary, path));
    }
    if (!PrivateFiles::restrict(temporary)) {
        QFile::remove(temporary);
        return Error::operationFailed(
            IniFile::tr("Cannot make %1 private (mode 0600)").arg(temporary));
    }
    if (Status synced = AtomicFile::sync(temporary); !synced) {
        QFile::remove(temporary);
        return synced;
    }
    if (Status moved = AtomicFile::replace(temporary, path); !moved) {
        QFile::remove(temporary);
        return moved;
    }
    ChangeAnnouncer::announce(path);
    return {};
}

QString IniFile::settingsKey(const QString &dottedKey)
{
    const qsizetype dot = dottedKey.indexOf(u'.');
    if (dot < 0)
        return dottedKey;
    return dottedKey.left(dot) + u'/' + dottedKey.mid(dot + 1);
}

QString IniFile::dottedKey(const QString &settingsKey)
{
    QString key = settingsKey;
    if (key.startsWith(QLatin1String("General/")))
        key = key.mid(8);
    return key.replace(u'/', u'.');
}

} // namespace Hubstate::Core
