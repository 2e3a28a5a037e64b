#pragma once

// What a fuzz target provides, and what fuzzmain.cpp gives it. A target reads one input the
// way the program does (through the same public core API) and must survive any bytes: a crash,
// a sanitizer report or a failed check() is a bug.

#include <QByteArray>
#include <QString>

// One input through the parser. Defined once per target.
void fuzzOne(const QByteArray &input);

namespace Hubstate::Fuzz {

// A fresh, empty folder for the current input, removed before the next one. It lives on tmpfs
// when there is one, so the parsers' fsyncs cost nothing.
QString scratchFolder();
// A folder that lives as long as the process, for state kept across inputs (a database).
QString sharedFolder();
// Writes `bytes` to `name` inside scratchFolder() and returns the file's path.
QString writeScratchFile(const QString &name, const QByteArray &bytes);
// A rule the code under test promises: when it does not hold, the input is reported as a
// crash with `what`, so the fuzzer keeps it as a reproducer.
void check(bool holds, const char *what);

} // namespace Hubstate::Fuzz
