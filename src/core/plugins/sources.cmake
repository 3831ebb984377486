# Sources of src/core/plugins: metadata validation, discovery, dependency order, loading, crash guard.
target_sources(atrium_core PRIVATE
    plugins/pluginmetadata.h plugins/pluginmetadata.cpp
    plugins/pluginmanager.h plugins/pluginmanager.cpp
)
# Where discovery looks besides ATRIUM_PLUGIN_PATH and the user's folder (FORMATS.md §5).
target_compile_definitions(atrium_core PRIVATE
    ATRIUM_BUILD_PLUGIN_DIR="${PROJECT_BINARY_DIR}/plugins"
    ATRIUM_SYSTEM_PLUGIN_DIR="${CMAKE_INSTALL_FULL_LIBDIR}/atrium/plugins"
)
