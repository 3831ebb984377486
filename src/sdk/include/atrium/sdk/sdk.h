#pragma once

// Everything a plugin needs: #include <atrium/sdk/sdk.h>
#include "context.h"
#include "httpclient.h"
#include "plugin.h"
#include "providers.h"
#include "types.h"
#include "version.h"
