#pragma once

// Version of the plugin API that this SDK describes. Plugins built against another major version
// are refused by the host.
#define ATRIUM_PLUGIN_API_VERSION 1
