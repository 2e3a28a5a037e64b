#pragma once

#include <QString>

namespace Hubstate::Core {

// The fast path of live change: after a write, a broadcast on the session bus tells every
// process watching the same profile to look now. It carries only the path of the file that
// changed; what changed is read from the files (ProfileMonitor), so a lost announcement costs
// time, never correctness. Without a session bus (SSH, containers) nothing is sent and the
// monitors' file watching alone applies.
namespace ChangeAnnouncer {

inline constexpr char kInterface[] = "org.hubstate.Hubstate1";
inline constexpr char kObjectPath[] = "/org/hubstate/Hubstate1";
inline constexpr char kSignal[] = "Changed";

// `path`: the settings file or the database that was written.
void announce(const QString &path);
// Waits until what was announced has left this process (a program about to exit calls it).
void flush();

} // namespace ChangeAnnouncer

} // namespace Hubstate::Core
