# Builds an in-tree plugin's `<target>_package` and checks the package against FORMATS.md §3.
#
#   cmake -DBUILD_DIR=<build> -DTARGET=<target>_package -DPACKAGE=<file> -DLIBRARY_NAME=<lib.so>
#         -DPLUGIN_ID=<id> -DKEY=<private key pem> -DOPENSSL=<openssl> -DWORK_DIR=<scratch dir>
#         -P check-package.cmake
#
# Checks: the package is a ZIP holding exactly manifest.json, signature.json and lib/<library>;
# the manifest's fields, file size and SHA-256; signature.json's key is the signing key's public
# key and its Ed25519 signature over manifest.json verifies with openssl.

foreach(var BUILD_DIR TARGET PACKAGE LIBRARY_NAME PLUGIN_ID KEY OPENSSL WORK_DIR)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "check-package: -D${var}=... is required")
    endif()
endforeach()

set(failures 0)
macro(check message) # check(<message> <condition...>)
    if(NOT (${ARGN}))
        message(SEND_ERROR "check-package: FAIL: ${message}")
        math(EXPR failures "${failures} + 1")
    endif()
endmacro()
function(json_get out json)
    string(JSON value ERROR_VARIABLE error GET "${json}" ${ARGN})
    if(error)
        set(value "<missing: ${error}>")
    endif()
    set(${out} "${value}" PARENT_SCOPE)
endfunction()

# --- build the package --------------------------------------------------------------------------
file(REMOVE "${PACKAGE}")
execute_process(COMMAND "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --target "${TARGET}"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "check-package: building ${TARGET} failed:\n${output}")
endif()
if(NOT EXISTS "${PACKAGE}")
    message(FATAL_ERROR "check-package: ${TARGET} built, but ${PACKAGE} does not exist")
endif()

# --- a ZIP with exactly the expected entries ------------------------------------------------------
file(READ "${PACKAGE}" magic LIMIT 4 HEX)
check("${PACKAGE} is not a ZIP archive (starts with ${magic})" magic STREQUAL "504b0304")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/unpacked")
execute_process(COMMAND "${CMAKE_COMMAND}" -E tar tf "${PACKAGE}"
                RESULT_VARIABLE result OUTPUT_VARIABLE listing ERROR_VARIABLE listing)
check("cannot list ${PACKAGE}: ${listing}" result EQUAL 0)
string(REGEX REPLACE "\n$" "" listing "${listing}")
string(REPLACE "\n" ";" entries "${listing}")
list(FILTER entries EXCLUDE REGEX "/$") # folder entries, if the archiver writes them
list(SORT entries)
set(expected "lib/${LIBRARY_NAME};manifest.json;signature.json")
check("entries are '${entries}', expected '${expected}'" entries STREQUAL expected)
file(ARCHIVE_EXTRACT INPUT "${PACKAGE}" DESTINATION "${WORK_DIR}/unpacked")
set(dir "${WORK_DIR}/unpacked")

# --- manifest.json ------------------------------------------------------------------------------
file(READ "${dir}/manifest.json" manifest)
json_get(format "${manifest}" format)
json_get(id "${manifest}" id)
json_get(version "${manifest}" version)
json_get(api "${manifest}" apiVersion)
json_get(platform "${manifest}" platform)
json_get(library "${manifest}" library)
json_get(plugin_id "${manifest}" plugin id)
json_get(plugin_version "${manifest}" plugin version)
check("manifest format is '${format}', expected 1" format STREQUAL "1")
check("manifest id is '${id}', expected '${PLUGIN_ID}'" id STREQUAL PLUGIN_ID)
check("manifest plugin.id is '${plugin_id}'" plugin_id STREQUAL PLUGIN_ID)
check("manifest version '${version}' differs from plugin.version '${plugin_version}'" version STREQUAL plugin_version)
check("manifest apiVersion is '${api}', expected 1" api STREQUAL "1")
check("manifest platform is '${platform}', expected linux-x86_64" platform STREQUAL "linux-x86_64")
check("manifest library is '${library}'" library STREQUAL "lib/${LIBRARY_NAME}")
string(JSON file_count ERROR_VARIABLE error LENGTH "${manifest}" files)
check("manifest lists ${file_count} files (${error}), expected 1" file_count EQUAL 1)
if(file_count EQUAL 1)
    json_get(listed_path "${manifest}" files 0 path)
    json_get(listed_size "${manifest}" files 0 size)
    json_get(listed_sha "${manifest}" files 0 sha256)
    file(SIZE "${dir}/lib/${LIBRARY_NAME}" actual_size)
    file(SHA256 "${dir}/lib/${LIBRARY_NAME}" actual_sha)
    check("manifest files[0].path is '${listed_path}'" listed_path STREQUAL "lib/${LIBRARY_NAME}")
    check("manifest size ${listed_size}, the library has ${actual_size} bytes" listed_size EQUAL actual_size)
    string(TOLOWER "${listed_sha}" listed_sha)
    check("manifest sha256 ${listed_sha}, the library's is ${actual_sha}" listed_sha STREQUAL actual_sha)
endif()

# --- signature.json: our key, and a signature that verifies -------------------------------------
file(READ "${dir}/signature.json" signature)
json_get(algorithm "${signature}" algorithm)
json_get(public_key "${signature}" publicKey)
json_get(signature_b64 "${signature}" signature)
check("signature algorithm is '${algorithm}'" algorithm STREQUAL "ed25519")
execute_process(COMMAND "${OPENSSL}" pkey -in "${KEY}" -pubout
                OUTPUT_VARIABLE expected_key RESULT_VARIABLE result)
string(STRIP "${expected_key}" expected_key)
string(STRIP "${public_key}" public_key)
check("signature.json's publicKey is not the signing key's:\n${public_key}" public_key STREQUAL expected_key)
file(WRITE "${WORK_DIR}/public.pem" "${public_key}\n")
file(WRITE "${WORK_DIR}/signature.b64" "${signature_b64}")
execute_process(COMMAND "${OPENSSL}" base64 -d -A -in "${WORK_DIR}/signature.b64" -out "${WORK_DIR}/signature.bin"
                RESULT_VARIABLE result)
execute_process(COMMAND "${OPENSSL}" pkeyutl -verify -pubin -inkey "${WORK_DIR}/public.pem" -rawin
                        -in "${dir}/manifest.json" -sigfile "${WORK_DIR}/signature.bin"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
check("the signature does not verify over manifest.json: ${output}" result EQUAL 0)

if(failures GREATER 0)
    message(FATAL_ERROR "check-package: ${failures} check(s) failed for ${PACKAGE}")
endif()
message(STATUS "check-package: ${PACKAGE} is a signed package of ${PLUGIN_ID} ${version}")
