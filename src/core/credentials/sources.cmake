# Sources of src/core/credentials.
target_sources(atrium_core PRIVATE
    credentials/credentialstore.h credentials/credentialstore.cpp
)
target_link_libraries(atrium_core PUBLIC Qt6Keychain::Qt6Keychain PRIVATE Qt6::DBus)
