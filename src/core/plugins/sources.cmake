# Sources of src/core/plugins (added as they are written).
target_sources(atrium_core PRIVATE plugins/pluginmetadata.h)
target_sources(atrium_core PRIVATE plugins/pluginmanager.h)
