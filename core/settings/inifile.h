#pragma once

#include "../common/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace Hubstate::Core {

// The raw contents of an INI file as QSettings sees it: "group/key" -> text. Values QSettings
// would read as lists ("a, b") are joined back with ", ".
using RawSettings = QMap<QString, QString>;

// Reads and writes INI files through QSettings, strictly: a file QSettings would half-read is
// refused with its line number, and writes replace the file atomically.
class IniFile
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::IniFile)

public:
    // Error::damaged naming the file and the first malformed line when the file is not INI.
    // A missing file reads as empty.
    [[nodiscard]] static Result<RawSettings> read(const QString &path);
    [[nodiscard]] static Status write(const QString &path, const RawSettings &contents);

    // The QSettings key of a dotted setting key: "preferences.theme.mode" lives in group
    // [preferences] as "theme.mode"; single-segment keys sit in [General].
    static QString settingsKey(const QString &dottedKey);
    static QString dottedKey(const QString &settingsKey);
};

} // namespace Hubstate::Core
