#pragma once

#include <hubstate/historymessage.h>

namespace Hubstate {

// One message a history search found.
struct HistoryHit
{
    HistoryMessage message;
    QString snippet; // the matching words in [brackets], "…" where the text was cut
};

} // namespace Hubstate
