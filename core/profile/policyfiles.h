#pragma once

#include <QString>

namespace Hubstate::Core {

// Where the admin policy is read from. The system file always applies; the extra file, when one
// is named, is stacked on top of it and may only add to it (see PolicyStack).
struct PolicyFiles
{
    PolicyFiles() = default;
    // Implicit on purpose: code that hands a store one file means "this file is the system
    // policy, with nothing on top". Tests do that, so that no environment variable an ordinary
    // user could set is ever needed to move the system policy.
    PolicyFiles(const QString &systemFile, const QString &extraFile = {}) // NOLINT
        : system(systemFile)
        , extra(extraFile)
    {
    }

    QString system;
    QString extra; // empty: nothing on top of the system policy
};

} // namespace Hubstate::Core
