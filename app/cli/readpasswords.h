#pragma once

#include <QString>
#include <cstdio>

namespace Hubstate::Cli {

// Every password the CLI reads (on the terminal, --password-stdin, --password-file) is also
// kept here and overwritten once the command has finished: by then this is the last holder
// of each buffer, so the buffer itself is wiped, not a copy (Crypto::wipe leaves a shared
// buffer to its last holder).
class ReadPasswords
{
public:
    // Returns `password`, now also kept for wipeAll().
    static QString keep(const QString &password);
    // One line of `stream` (an unbuffered one, so that no copy stays in stdio's buffer) read
    // into one buffer that is wiped (growing it would leave copies behind), without its line
    // end; the text is kept for wipeAll().
    static QString readLine(std::FILE *stream);
    // Overwrites every kept password; main() calls it after the command.
    static void wipeAll();
};

} // namespace Hubstate::Cli
