# Packs (and signs) an Atrium plugin into a .atrium-plugin package (src/sdk/FORMATS.md §3).
#
#   cmake -DLIBRARY=<plugin library .so>
#         -DMETADATA=<plugin.json: the plugin's metadata, FORMATS.md §1>
#         -DKEY=<Ed25519 private key, PEM; empty for an unsigned package>
#         -DOUTPUT=<file.atrium-plugin>
#         -DPLATFORM=<platform, e.g. linux-x86_64>
#         -DOPENSSL=<openssl executable; needed when KEY is given>
#         -P AtriumPluginPackage.cmake
#
# Producers make a key once with `openssl genpkey -algorithm ed25519 -out producer.pem` and keep it
# secret; users see its fingerprint when they approve it. atrium_add_plugin_package() runs this
# script; it also runs on its own. The package holds, at its root:
#   manifest.json    format, id, version, apiVersion, platform, library, files (size + SHA-256), plugin
#   signature.json   { algorithm: ed25519, publicKey: PEM, signature: base64 over manifest.json }
#   lib/<library>
# Relative paths are taken from the current working directory. Needs CMake 3.21.

cmake_minimum_required(VERSION 3.21)

function(_atrium_package_fail message)
    message(FATAL_ERROR "AtriumPluginPackage: ${message}")
endfunction()

foreach(parameter LIBRARY METADATA OUTPUT PLATFORM)
    if(NOT DEFINED ${parameter} OR "${${parameter}}" STREQUAL "")
        _atrium_package_fail("-D${parameter}=... is required (see the top of ${CMAKE_CURRENT_LIST_FILE})")
    endif()
endforeach()
if(NOT DEFINED KEY)
    set(KEY "")
endif()

get_filename_component(LIBRARY "${LIBRARY}" ABSOLUTE)
get_filename_component(METADATA "${METADATA}" ABSOLUTE)
get_filename_component(OUTPUT "${OUTPUT}" ABSOLUTE)
if(NOT EXISTS "${LIBRARY}" OR IS_DIRECTORY "${LIBRARY}")
    _atrium_package_fail("the library ${LIBRARY} does not exist")
endif()
if(NOT EXISTS "${METADATA}")
    _atrium_package_fail("the metadata ${METADATA} does not exist")
endif()
if(NOT PLATFORM MATCHES "^[a-z0-9_]+-[a-z0-9_]+$")
    _atrium_package_fail("PLATFORM '${PLATFORM}' is not of the form <os>-<cpu>, e.g. linux-x86_64")
endif()
if(KEY)
    get_filename_component(KEY "${KEY}" ABSOLUTE)
    if(NOT EXISTS "${KEY}")
        _atrium_package_fail("the signing key ${KEY} does not exist")
    endif()
    if(NOT OPENSSL OR NOT EXISTS "${OPENSSL}")
        _atrium_package_fail("signing needs -DOPENSSL=<path of the openssl command> (sudo apt-get install openssl)")
    endif()
endif()

# --- the metadata ------------------------------------------------------------------------------
file(READ "${METADATA}" plugin_json)
foreach(key id version apiVersion)
    string(JSON value ERROR_VARIABLE json_error GET "${plugin_json}" ${key})
    if(json_error)
        _atrium_package_fail("${METADATA} has no \"${key}\": ${json_error}")
    endif()
    set(plugin_${key} "${value}")
endforeach()
string(JSON plugin_type TYPE "${plugin_json}")
if(NOT plugin_type STREQUAL "OBJECT")
    _atrium_package_fail("${METADATA} must hold a JSON object")
endif()
if(NOT plugin_apiVersion MATCHES "^[0-9]+$")
    _atrium_package_fail("\"apiVersion\" in ${METADATA} must be a number, not '${plugin_apiVersion}'")
endif()

# --- staging: the package's tree ---------------------------------------------------------------
set(staging "${OUTPUT}.staging")
file(REMOVE_RECURSE "${staging}")
file(MAKE_DIRECTORY "${staging}/lib")
get_filename_component(library_name "${LIBRARY}" NAME)
set(library_entry "lib/${library_name}")
file(COPY_FILE "${LIBRARY}" "${staging}/${library_entry}")
file(SIZE "${staging}/${library_entry}" library_size)
file(SHA256 "${staging}/${library_entry}" library_sha256)

# --- manifest.json -----------------------------------------------------------------------------
set(file_entry "{}")
string(JSON file_entry SET "${file_entry}" path "\"${library_entry}\"")
string(JSON file_entry SET "${file_entry}" size "${library_size}")
string(JSON file_entry SET "${file_entry}" sha256 "\"${library_sha256}\"")

set(manifest "{}")
string(JSON manifest SET "${manifest}" format 1)
string(JSON manifest SET "${manifest}" id "\"${plugin_id}\"")
string(JSON manifest SET "${manifest}" version "\"${plugin_version}\"")
string(JSON manifest SET "${manifest}" apiVersion "${plugin_apiVersion}")
string(JSON manifest SET "${manifest}" platform "\"${PLATFORM}\"")
string(JSON manifest SET "${manifest}" library "\"${library_entry}\"")
string(JSON manifest SET "${manifest}" files "[${file_entry}]")
string(JSON manifest SET "${manifest}" plugin "${plugin_json}")
file(WRITE "${staging}/manifest.json" "${manifest}\n")
set(entries manifest.json)

# --- signature.json ----------------------------------------------------------------------------
if(KEY)
    execute_process(COMMAND "${OPENSSL}" pkey -in "${KEY}" -pubout
                    OUTPUT_VARIABLE public_key ERROR_VARIABLE openssl_error RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        _atrium_package_fail("cannot read the private key ${KEY}: ${openssl_error}")
    endif()
    # An Ed25519 SubjectPublicKeyInfo always starts with these bytes (OID 1.3.101.112).
    if(NOT public_key MATCHES "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA")
        _atrium_package_fail("${KEY} is not an Ed25519 key; make one with "
                             "`openssl genpkey -algorithm ed25519 -out producer.pem`")
    endif()
    execute_process(COMMAND "${OPENSSL}" pkeyutl -sign -inkey "${KEY}" -rawin
                            -in "${staging}/manifest.json" -out "${staging}/signature.bin"
                    ERROR_VARIABLE openssl_error RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        _atrium_package_fail("signing with ${KEY} failed: ${openssl_error}")
    endif()
    execute_process(COMMAND "${OPENSSL}" base64 -A -in "${staging}/signature.bin"
                    OUTPUT_VARIABLE signature OUTPUT_STRIP_TRAILING_WHITESPACE
                    ERROR_VARIABLE openssl_error RESULT_VARIABLE result)
    if(NOT result EQUAL 0 OR signature STREQUAL "")
        _atrium_package_fail("encoding the signature failed: ${openssl_error}")
    endif()
    file(REMOVE "${staging}/signature.bin")

    # The PEM as a JSON string: base64, dashes, spaces and newlines only.
    string(REPLACE "\n" "\\n" public_key_json "${public_key}")
    set(signature_json "{}")
    string(JSON signature_json SET "${signature_json}" algorithm "\"ed25519\"")
    string(JSON signature_json SET "${signature_json}" publicKey "\"${public_key_json}\"")
    string(JSON signature_json SET "${signature_json}" signature "\"${signature}\"")
    file(WRITE "${staging}/signature.json" "${signature_json}\n")
    list(APPEND entries signature.json)
endif()
list(APPEND entries "${library_entry}")

# --- the ZIP -----------------------------------------------------------------------------------
get_filename_component(output_dir "${OUTPUT}" DIRECTORY)
file(MAKE_DIRECTORY "${output_dir}")
file(REMOVE "${OUTPUT}")
# A fixed time stamp: the same inputs give the same package.
execute_process(COMMAND "${CMAKE_COMMAND}" -E tar cf "${OUTPUT}" --format=zip "--mtime=2000-01-01 00:00:00 UTC"
                        ${entries}
                WORKING_DIRECTORY "${staging}"
                ERROR_VARIABLE tar_error RESULT_VARIABLE result)
if(NOT result EQUAL 0 OR NOT EXISTS "${OUTPUT}")
    _atrium_package_fail("writing ${OUTPUT} failed: ${tar_error}")
endif()
file(REMOVE_RECURSE "${staging}")

if(KEY)
    message(STATUS "Packaged ${plugin_id} ${plugin_version} (${PLATFORM}, signed) into ${OUTPUT}")
else()
    message(STATUS "Packaged ${plugin_id} ${plugin_version} (${PLATFORM}, unsigned: developer mode only) into ${OUTPUT}")
endif()
