#pragma once

// Everything of libhubstate: `#include <hubstate/hubstate.h>` (docs/library.md).
#include <hubstate/agent.h>
#include <hubstate/client.h>
#include <hubstate/error.h>
#include <hubstate/export.h>
#include <hubstate/historyhit.h>
#include <hubstate/historymessage.h>
#include <hubstate/layoutsummary.h>
#include <hubstate/result.h>
#include <hubstate/settinginfo.h>
#include <hubstate/version.h>
