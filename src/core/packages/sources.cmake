# Sources of src/core/packages: .atrium-plugin packages (FORMATS.md §3), Ed25519 signatures, the
# trust store and admin policy (§4), and the installer.
target_sources(atrium_core PRIVATE
    packages/signing.h packages/signing.cpp
    packages/truststore.h packages/truststore.cpp
    packages/package.h packages/package.cpp
    packages/installer.h packages/installer.cpp
)
target_link_libraries(atrium_core PRIVATE LibArchive::LibArchive OpenSSL::Crypto)
