# Every dependency says what it is for and which Debian 12 package provides it, so that a failed
# configure tells the reader exactly what to install (scripts/install-deps.sh installs them all).

macro(atrium_require_package name purpose debian_package)
    find_package(${name} QUIET)
    if(NOT ${name}_FOUND)
        message(FATAL_ERROR
            "Atrium needs ${name} (${purpose}).\n"
            "Install it with:  sudo apt-get install ${debian_package}\n"
            "or install everything at once with:  scripts/install-deps.sh")
    endif()
endmacro()

macro(atrium_require_qt_component component purpose debian_package)
    find_package(Qt6 6.4 QUIET COMPONENTS ${component})
    if(NOT Qt6${component}_FOUND)
        message(FATAL_ERROR
            "Atrium needs Qt6::${component} (${purpose}).\n"
            "Install it with:  sudo apt-get install ${debian_package}\n"
            "or install everything at once with:  scripts/install-deps.sh")
    endif()
endmacro()

atrium_require_qt_component(Core "the core library" qt6-base-dev)
atrium_require_qt_component(Gui "windows and painting" qt6-base-dev)
atrium_require_qt_component(Widgets "QApplication, needed by Qt Charts in QML" qt6-base-dev)
atrium_require_qt_component(Network "HTTP clients" qt6-base-dev)
atrium_require_qt_component(Sql "the offline cache" "qt6-base-dev libqt6sql6-sqlite")
atrium_require_qt_component(Concurrent "background parsing and search" qt6-base-dev)
atrium_require_qt_component(DBus "the desktop's colour-scheme setting" qt6-base-dev)
atrium_require_qt_component(Test "the Qt Test suites" qt6-base-dev)
atrium_require_qt_component(Qml "the QML engine" qt6-declarative-dev)
atrium_require_qt_component(Quick "the user interface" qt6-declarative-dev)
atrium_require_qt_component(QuickControls2 "the user interface controls" "qt6-declarative-dev qml6-module-qtquick-controls")
atrium_require_qt_component(QuickTest "Qt Quick tests" "qt6-declarative-dev qml6-module-qttest")
atrium_require_qt_component(LinguistTools "translations" "qt6-tools-dev qt6-l10n-tools")
atrium_require_qt_component(Svg "the application icon" qt6-svg-dev)

atrium_require_package(Qt6Keychain "secrets in the OS keychain" qtkeychain-qt6-dev)
# Header-only. Reads Backstage's catalog pages in one pass, ~3x as fast as QJsonDocument here,
# keeping each entity's text as sent (plugins/backstage/src/pagescanner.cpp), and indents that text
# for the entity page in the server's order (src/core/catalog/entitydetails.cpp).
atrium_require_package(RapidJSON "the Backstage plugin's page reader" rapidjson-dev)

find_package(PkgConfig QUIET)
if(NOT PkgConfig_FOUND)
    message(FATAL_ERROR "Atrium needs pkg-config to find libyaml.\nInstall it with:  sudo apt-get install pkg-config")
endif()
pkg_check_modules(LIBYAML QUIET IMPORTED_TARGET yaml-0.1)
if(NOT LIBYAML_FOUND)
    message(FATAL_ERROR
        "Atrium needs libyaml (the catalog's YAML parser, ~45 MB/s here).\n"
        "Install it with:  sudo apt-get install libyaml-dev")
endif()

find_program(KATE_SYNTAX_HIGHLIGHTER kate-syntax-highlighter)
if(NOT KATE_SYNTAX_HIGHLIGHTER)
    message(WARNING
        "kate-syntax-highlighter was not found: descriptor sources and API definitions will be shown "
        "without highlighting.\nInstall it with:  sudo apt-get install libkf5syntaxhighlighting-tools")
endif()

# Plugin packages: ZIP archives read with libarchive, Ed25519 signatures checked with OpenSSL.
find_package(LibArchive QUIET)
if(NOT LibArchive_FOUND)
    message(FATAL_ERROR
        "Atrium needs libarchive (reading .atrium-plugin packages).\n"
        "Install it with:  sudo apt-get install libarchive-dev")
endif()
find_package(OpenSSL 3 QUIET)
if(NOT OpenSSL_FOUND)
    message(FATAL_ERROR
        "Atrium needs OpenSSL 3 (Ed25519 signatures of plugin packages).\n"
        "Install it with:  sudo apt-get install libssl-dev")
endif()
find_program(OPENSSL_EXECUTABLE openssl)
if(NOT OPENSSL_EXECUTABLE)
    message(FATAL_ERROR
        "Atrium needs the openssl command (signing plugin packages).\n"
        "Install it with:  sudo apt-get install openssl")
endif()
