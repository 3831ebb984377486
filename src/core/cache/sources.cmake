# Sources of src/core/cache: the offline cache of remote catalogs (SQLite through Qt SQL, one file per
# workspace in $XDG_CACHE_HOME/atrium/catalog/), versioned and migrated, replaced in one transaction.
target_sources(atrium_core PRIVATE
    cache/catalogcache.h cache/catalogcache.cpp
    cache/remotecatalogsync.h cache/remotecatalogsync.cpp
)
