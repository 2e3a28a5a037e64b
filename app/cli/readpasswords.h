#pragma once

#include <QString>

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
    // Overwrites every kept password; main() calls it after the command.
    static void wipeAll();
};

} // namespace Hubstate::Cli
