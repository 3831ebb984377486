# CMake functions of the Atrium plugin SDK. Included by AtriumPluginSdkConfig.cmake (producers) and
# by src/sdk/CMakeLists.txt (the plugins built in the Atrium tree). Needs CMake 3.21 and Qt 6.4.
#
# atrium_add_plugin(<target>
#     ID <plugin id>                      reverse-DNS id, e.g. dev.atrium.hello (FORMATS.md §1)
#     METADATA <plugin.json.in>           configured with @ONLY into <binary dir>/<target>_metadata/
#                                         plugin.json, which Q_PLUGIN_METADATA(... FILE "plugin.json")
#                                         embeds. Besides every variable of the caller
#                                         (@PROJECT_VERSION@, ...) it can use @ATRIUM_PLUGIN_ID@,
#                                         @ATRIUM_PLUGIN_API_VERSION@ and @ATRIUM_PLUGIN_PLATFORM@.
#     SOURCES <files...>                  the C++ sources
#     [QML_FILES <files...>]              embedded at qrc:/atrium/plugins/<id>/<path relative to
#     [QML_BASE <dir>]                    QML_BASE> (QML_BASE defaults to the current source dir)
#     [TRANSLATIONS <ts files...>]        <anything>_<lang>.ts; compiled with lrelease and embedded
#                                         at :/atrium/plugins/<id>/i18n/<id>_<lang>.qm, where the
#                                         host loads them. `<target>_lupdate` refreshes them.
#     [OUTPUT_DIRECTORY <dir>])           where the library goes; default
#                                         ${CMAKE_BINARY_DIR}/plugins/<id> (ATRIUM_PLUGIN_PATH can
#                                         point at ${CMAKE_BINARY_DIR}/plugins; in the Atrium tree
#                                         the host scans that folder by itself)
#
#   Creates a MODULE library linked to AtriumPluginSdk::sdk and Qt6::Core (and Qt6::Qml and
#   Qt6::Quick when QML_FILES are given). The metadata is checked at configure time: valid JSON,
#   "id" equal to ID, a "version", "apiVersion" equal to the SDK's.
#   C++ types for the panels (QML_ELEMENT): list their headers in SOURCES and add
#     qt_add_qml_module(<target> URI <Unique.Uri> VERSION 1.0 NO_PLUGIN
#                       RESOURCE_PREFIX /atrium/plugins/<id>/qml)
#   They register when the host loads the library; the panels `import <Unique.Uri>`.
#
# atrium_add_plugin_package(<target>
#     [KEY <Ed25519 private key, PEM>]    default: ${ATRIUM_PLUGIN_SIGNING_KEY}; none: unsigned
#     [OUTPUT <file>]                     default: <current binary dir>/<id>-<version>.atrium-plugin
#     [PLATFORM <platform>])              default: the build's, e.g. linux-x86_64
#
#   Adds the custom target <target>_package that writes the signed .atrium-plugin package
#   (FORMATS.md §3) with AtriumPluginPackage.cmake. Not part of `all`: build it by name.

if(CMAKE_VERSION VERSION_LESS 3.21)
    message(FATAL_ERROR "The Atrium plugin SDK needs CMake 3.21 or newer (this is ${CMAKE_VERSION})")
endif()

set(ATRIUM_PLUGIN_SIGNING_KEY "" CACHE FILEPATH
    "Ed25519 private key (PEM) that atrium_add_plugin_package() signs packages with")

# The API version the headers describe, read once from version.h next to this SDK.
function(_atrium_plugin_api_version out_var)
    get_property(api GLOBAL PROPERTY ATRIUM_PLUGIN_API_VERSION)
    if(NOT api)
        get_target_property(dirs AtriumPluginSdk::sdk INTERFACE_INCLUDE_DIRECTORIES)
        foreach(dir IN LISTS dirs)
            string(REGEX REPLACE "^\\$<BUILD_INTERFACE:(.*)>$" "\\1" dir "${dir}")
            if(EXISTS "${dir}/atrium/sdk/version.h")
                file(STRINGS "${dir}/atrium/sdk/version.h" line
                     REGEX "^#define ATRIUM_PLUGIN_API_VERSION [0-9]+")
                string(REGEX REPLACE "^#define ATRIUM_PLUGIN_API_VERSION ([0-9]+).*" "\\1" api "${line}")
                break()
            endif()
        endforeach()
        if(NOT api)
            message(FATAL_ERROR "AtriumPluginSdk: atrium/sdk/version.h not found in ${dirs}")
        endif()
        set_property(GLOBAL PROPERTY ATRIUM_PLUGIN_API_VERSION ${api})
    endif()
    set(${out_var} ${api} PARENT_SCOPE)
endfunction()

# linux-x86_64, linux-aarch64, ... as the package manifest names platforms.
function(_atrium_plugin_platform out_var)
    string(TOLOWER "${CMAKE_SYSTEM_NAME}" os)
    string(TOLOWER "${CMAKE_SYSTEM_PROCESSOR}" cpu)
    if(cpu STREQUAL "amd64")
        set(cpu x86_64)
    elseif(cpu STREQUAL "arm64")
        set(cpu aarch64)
    endif()
    set(${out_var} "${os}-${cpu}" PARENT_SCOPE)
endfunction()

function(atrium_add_plugin target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "ID;METADATA;QML_BASE;OUTPUT_DIRECTORY"
                          "SOURCES;QML_FILES;TRANSLATIONS")
    if(arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "atrium_add_plugin(${target}): unknown arguments ${arg_UNPARSED_ARGUMENTS}")
    endif()
    foreach(required ID METADATA SOURCES)
        if(NOT arg_${required})
            message(FATAL_ERROR "atrium_add_plugin(${target}): ${required} is required")
        endif()
    endforeach()
    string(LENGTH "${arg_ID}" id_length)
    if(NOT arg_ID MATCHES "^[a-z0-9]+([.-][a-z0-9]+)+$" OR id_length LESS 3 OR id_length GREATER 100)
        message(FATAL_ERROR "atrium_add_plugin(${target}): ID '${arg_ID}' is not a plugin id: "
                            "3-100 characters, lower-case words joined by '.' or '-' (dev.example.hello)")
    endif()

    # --- metadata: plugin.json.in -> <binary>/<target>_metadata/plugin.json ----------------------
    set(ATRIUM_PLUGIN_ID ${arg_ID})
    _atrium_plugin_api_version(ATRIUM_PLUGIN_API_VERSION)
    _atrium_plugin_platform(ATRIUM_PLUGIN_PLATFORM)
    set(metadata_dir ${CMAKE_CURRENT_BINARY_DIR}/${target}_metadata)
    set(metadata ${metadata_dir}/plugin.json)
    configure_file(${arg_METADATA} ${metadata} @ONLY)

    file(READ ${metadata} json)
    string(JSON json_id ERROR_VARIABLE json_error GET "${json}" id)
    if(json_error)
        message(FATAL_ERROR "atrium_add_plugin(${target}): ${arg_METADATA} is not a JSON object with "
                            "an \"id\" (configured into ${metadata}): ${json_error}")
    endif()
    if(NOT json_id STREQUAL arg_ID)
        message(FATAL_ERROR "atrium_add_plugin(${target}): the metadata's \"id\" is '${json_id}', "
                            "the ID argument '${arg_ID}'")
    endif()
    string(JSON json_version ERROR_VARIABLE json_error GET "${json}" version)
    if(json_error OR NOT json_version MATCHES "^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$")
        message(FATAL_ERROR "atrium_add_plugin(${target}): the metadata's \"version\" "
                            "'${json_version}' is not MAJOR.MINOR.PATCH")
    endif()
    string(JSON json_api ERROR_VARIABLE json_error GET "${json}" apiVersion)
    if(NOT json_api STREQUAL ATRIUM_PLUGIN_API_VERSION)
        message(FATAL_ERROR "atrium_add_plugin(${target}): the metadata's \"apiVersion\" is "
                            "'${json_api}'; this SDK builds API version ${ATRIUM_PLUGIN_API_VERSION} "
                            "(write @ATRIUM_PLUGIN_API_VERSION@)")
    endif()

    # --- the library --------------------------------------------------------------------------
    add_library(${target} MODULE ${arg_SOURCES} ${metadata})
    target_link_libraries(${target} PRIVATE AtriumPluginSdk::sdk Qt6::Core)
    target_include_directories(${target} PRIVATE ${metadata_dir})
    if(NOT arg_OUTPUT_DIRECTORY)
        set(arg_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/plugins/${arg_ID})
    endif()
    set_target_properties(${target} PROPERTIES
        AUTOMOC ON
        # moc resolves Q_PLUGIN_METADATA(FILE "plugin.json") through the include path and reruns
        # when it changes (AUTOMOC tracks the FILE of Q_PLUGIN_METADATA).
        AUTOMOC_MOC_OPTIONS "-I${metadata_dir}"
        CXX_VISIBILITY_PRESET hidden
        VISIBILITY_INLINES_HIDDEN ON
        LIBRARY_OUTPUT_DIRECTORY ${arg_OUTPUT_DIRECTORY}
        ATRIUM_PLUGIN_ID ${arg_ID}
        ATRIUM_PLUGIN_VERSION ${json_version}
        ATRIUM_PLUGIN_METADATA_FILE ${metadata})

    # --- QML panels: qrc:/atrium/plugins/<id>/... ----------------------------------------------
    if(arg_QML_FILES)
        find_package(Qt6 6.4 REQUIRED COMPONENTS Qml Quick)
        target_link_libraries(${target} PRIVATE Qt6::Qml Qt6::Quick)
        if(NOT arg_QML_BASE)
            set(arg_QML_BASE ${CMAKE_CURRENT_SOURCE_DIR})
        endif()
        get_filename_component(qml_base "${arg_QML_BASE}" ABSOLUTE BASE_DIR ${CMAKE_CURRENT_SOURCE_DIR})
        qt6_add_resources(${target} "${target}_qml"
            PREFIX "/atrium/plugins/${arg_ID}"
            BASE "${qml_base}"
            FILES ${arg_QML_FILES})
    endif()

    # --- translations: :/atrium/plugins/<id>/i18n/<id>_<lang>.qm --------------------------------
    if(arg_TRANSLATIONS)
        find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)
        set(translatable)
        foreach(file IN LISTS arg_SOURCES arg_QML_FILES)
            if(file MATCHES "\\.(cpp|cc|cxx|h|hpp|qml|js|mjs)$")
                list(APPEND translatable ${file})
            endif()
        endforeach()
        qt6_add_lupdate(${target} TS_FILES ${arg_TRANSLATIONS} SOURCES ${translatable}
                        OPTIONS -no-obsolete)

        set(qm_dir ${CMAKE_CURRENT_BINARY_DIR}/${target}_i18n)
        foreach(ts IN LISTS arg_TRANSLATIONS)
            get_filename_component(ts_name "${ts}" NAME)
            if(NOT ts_name MATCHES "_([a-z][a-z][a-z]?(_[A-Z][A-Z])?)\\.ts$")
                message(FATAL_ERROR "atrium_add_plugin(${target}): translation '${ts}' must be named "
                                    "<name>_<language>.ts (hello_de.ts, hello_pt_BR.ts)")
            endif()
            set(lang ${CMAKE_MATCH_1})
            set_source_files_properties(${ts} PROPERTIES OUTPUT_LOCATION ${qm_dir})
            get_filename_component(ts_stem "${ts}" NAME_WLE)
            set_source_files_properties(${qm_dir}/${ts_stem}.qm PROPERTIES
                QT_RESOURCE_ALIAS "${arg_ID}_${lang}.qm")
        endforeach()
        qt6_add_lrelease(${target} TS_FILES ${arg_TRANSLATIONS} QM_FILES_OUTPUT_VARIABLE qm_files)
        qt6_add_resources(${target} "${target}_i18n"
            PREFIX "/atrium/plugins/${arg_ID}/i18n"
            FILES ${qm_files})
    endif()
endfunction()

function(atrium_add_plugin_package target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "KEY;OUTPUT;PLATFORM" "")
    if(arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "atrium_add_plugin_package(${target}): unknown arguments ${arg_UNPARSED_ARGUMENTS}")
    endif()
    if(NOT TARGET ${target})
        message(FATAL_ERROR "atrium_add_plugin_package(${target}): no such target")
    endif()
    get_target_property(id ${target} ATRIUM_PLUGIN_ID)
    get_target_property(version ${target} ATRIUM_PLUGIN_VERSION)
    get_target_property(metadata ${target} ATRIUM_PLUGIN_METADATA_FILE)
    if(NOT id)
        message(FATAL_ERROR "atrium_add_plugin_package(${target}): not a target of atrium_add_plugin()")
    endif()

    if(NOT DEFINED arg_KEY)
        set(arg_KEY "${ATRIUM_PLUGIN_SIGNING_KEY}")
    endif()
    set(key_dependency)
    if(arg_KEY)
        get_filename_component(arg_KEY "${arg_KEY}" ABSOLUTE BASE_DIR ${CMAKE_CURRENT_SOURCE_DIR})
        set(key_dependency ${arg_KEY})
    else()
        message(STATUS "${target}_package: no KEY and no ATRIUM_PLUGIN_SIGNING_KEY; the package "
                       "will be unsigned (installs only in developer mode)")
    endif()
    if(NOT arg_OUTPUT)
        set(arg_OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/${id}-${version}.atrium-plugin)
    endif()
    get_filename_component(arg_OUTPUT "${arg_OUTPUT}" ABSOLUTE BASE_DIR ${CMAKE_CURRENT_BINARY_DIR})
    if(NOT arg_PLATFORM)
        _atrium_plugin_platform(arg_PLATFORM)
    endif()
    find_program(OPENSSL_EXECUTABLE openssl)
    if(arg_KEY AND NOT OPENSSL_EXECUTABLE)
        message(FATAL_ERROR "atrium_add_plugin_package(${target}): signing needs the openssl command "
                            "(sudo apt-get install openssl)")
    endif()

    # The packaging script lives next to this file, in the tree and when installed.
    set(script ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/AtriumPluginPackage.cmake)
    add_custom_command(OUTPUT ${arg_OUTPUT}
        COMMAND ${CMAKE_COMMAND}
                -DLIBRARY=$<TARGET_FILE:${target}>
                -DMETADATA=${metadata}
                -DKEY=${arg_KEY}
                -DOUTPUT=${arg_OUTPUT}
                -DPLATFORM=${arg_PLATFORM}
                -DOPENSSL=${OPENSSL_EXECUTABLE}
                -P ${script}
        DEPENDS ${target} ${metadata} ${script} ${key_dependency}
        COMMENT "Packaging ${id} ${version} into ${arg_OUTPUT}"
        VERBATIM)
    add_custom_target(${target}_package DEPENDS ${arg_OUTPUT})
    set_target_properties(${target} PROPERTIES
        ATRIUM_PLUGIN_PACKAGE_FILE "${arg_OUTPUT}"
        ATRIUM_PLUGIN_PACKAGE_KEY "${arg_KEY}")
endfunction()
