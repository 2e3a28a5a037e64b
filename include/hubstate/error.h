#pragma once

#include <QtCore/QString>

namespace Hubstate {

// What went wrong, for a program to act on. The values are stable.
enum class ErrorCode {
    Failed = 1, // the files, the database or the keychain could not do it (or no profile is open)
    Invalid = 2, // the value, document or record breaks a rule; the message names it
    Locked = 3, // the administrator's policy locks the setting, or the profile is read-only
    NotFound = 4, // no such setting, layout, agent or secret
    Damaged = 5, // the profile's files are damaged: Hubstate's own recovery is needed
};

// An error as Hubstate reports it: a code, a message for the user (translated, naming the key,
// record or file and the rule) and a technical detail for logs (may be empty).
struct Error
{
    ErrorCode code = ErrorCode::Failed;
    QString message;
    QString detail;
};

} // namespace Hubstate
