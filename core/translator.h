#pragma once

#include <QString>

class QCoreApplication;

namespace Hubstate::Core {

// Installs the embedded translations (translations/hubstate_<lang>.ts, compiled into the core
// library) for the system locale. Returns the language loaded, or an empty string for English.
QString installTranslations(QCoreApplication &application);

} // namespace Hubstate::Core
