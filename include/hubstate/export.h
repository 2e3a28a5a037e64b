#pragma once

#include <QtCore/qglobal.h>

// What libhubstate exports. The library is built with hidden visibility: only what carries
// HUBSTATE_EXPORT is part of its ABI.
#if defined(HUBSTATE_BUILDING_LIBRARY)
#define HUBSTATE_EXPORT Q_DECL_EXPORT
#else
#define HUBSTATE_EXPORT Q_DECL_IMPORT
#endif
