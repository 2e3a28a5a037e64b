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
//
// A file Hubstate writes opens with a comment that says it ends with the line "; end", and does.
// A file cut short at a line boundary is still valid INI, so that line is how the loss of its
// last settings is noticed. Files without the opening comment (written by hand, or before the
// mark existed) are read as they are.
class IniFile
{
    Q_DECLARE_TR_FUNCTIONS(Hubstate::Core::IniFile)

public:
    // Error::damaged naming the file and the first malformed line when the file is not INI,
    // and with detail cutShortDetail() when it is empty or lacks the end it was written with.
    // A missing file reads as empty.
    [[nodiscard]] static Result<RawSettings> read(const QString &path);
    // What a file cut short still holds, the settings before the cut; the errors of read()
    // otherwise.
    [[nodiscard]] static Result<RawSettings> readBeforeCut(const QString &path);
    static QString cutShortDetail() { return QStringLiteral("cut-short"); }
    [[nodiscard]] static Status write(const QString &path, const RawSettings &contents);

    // The QSettings key of a dotted setting key: "preferences.theme.mode" lives in group
    // [preferences] as "theme.mode"; single-segment keys sit in [General].
    static QString settingsKey(const QString &dottedKey);
    static QString dottedKey(const QString &settingsKey);

private:
    static Result<RawSettings> readFile(const QString &path, bool wholeOnly);
};

} // namespace Hubstate::Core
