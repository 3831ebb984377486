#pragma once

// Version of the plugin API that this SDK describes. The host loads a plugin only when the
// plugin's metadata "apiVersion" equals ATRIUM_PLUGIN_API_VERSION and its Qt plugin IID equals
// ATRIUM_PLUGIN_IID. A change that breaks binary compatibility raises both.
#define ATRIUM_PLUGIN_API_VERSION 1
#define ATRIUM_PLUGIN_IID "dev.atrium.Plugin/1"

// Version of the SDK package itself (headers and CMake functions).
#define ATRIUM_SDK_VERSION_STRING "0.1.0"
