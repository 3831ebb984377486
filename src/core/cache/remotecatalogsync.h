#pragma once

#include "catalog/localcatalog.h"

#include <atrium/sdk/providers.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <memory>

namespace atrium::cache {

class CatalogCache;
class CatalogCacheWriter;

// Keeps the remote catalogs of a workspace's connections in the index and in the offline cache.
// For each source (a connection whose plugin provides a catalog) it puts the cached entities into
// the LocalCatalog at once, then runs the provider's sync: pages go to a cache writer as they
// arrive and replace the source's entities in one transaction when the sync ends well; a failed or
// cancelled sync changes nothing but the source's last error. Syncs repeat on an interval and on
// demand. All SQLite work runs on one thread of its own, so the GUI thread never waits for it.
class RemoteCatalogSync : public QObject
{
    Q_OBJECT

public:
    struct SourceState
    {
        QString id;              // the connection id
        QString label;           // where its entities come from, e.g. "backstage:acme"
        bool syncing = false;
        qint64 done = 0;         // entities received in the running sync
        qint64 total = -1;       // as the provider estimates it; -1 unknown
        QString message;         // the provider's last progress message
        QDateTime syncedAt;      // end of the last successful sync (from the cache); invalid if never
        qint64 entityCount = 0;  // entities of the last successful sync
        QString lastError;       // translated; empty when the last attempt succeeded
        bool credentialRefused = false; // the last attempt failed on the connection's secret
        QDateTime lastAttempt;
        bool cacheLoaded = false; // the cached entities are in the index
        bool incremental = false; // the running (or last) sync asked for changes only
    };

    explicit RemoteCatalogSync(catalog::LocalCatalog *catalog, QObject *parent = nullptr);
    ~RemoteCatalogSync() override;

    // Opens (or creates) the cache at `path`, waiting for it (a few ms). False with a translated
    // `error` when no cache can be used; sources then live in memory only. A damaged cache file
    // is moved aside: recoveryMessage() says so.
    bool openCache(const QString &path, QString *error = nullptr);
    QString recoveryMessage() const { return m_recoveryMessage; }

    // Starts serving `id`: its cached entities join the index, then a sync runs when the cache is
    // older than `interval` (or empty), and again every `interval`. A zero interval: on demand only.
    void addSource(const QString &id, const QString &label, std::unique_ptr<sdk::CatalogProvider> provider,
                   std::chrono::minutes interval);
    // Stops serving `id` and takes its entities out of the index; `forget` also drops its cache
    // (also for a source not served now).
    void removeSource(const QString &id, bool forget);
    QStringList sourceIds() const { return m_sources.keys(); }

    // Starts a sync; asked during one, another follows when it ends. It is incremental (the
    // provider delivers changes, applied to the cache) when the source's cached entities are in
    // the index and a previous sync left a state; `full` asks for every entity.
    void sync(const QString &id, bool full = false);
    void cancel(const QString &id);

    SourceState state(const QString &id) const;
    QList<SourceState> states() const;

    // Lets the SQLite thread's queue and the continuations it posts run out (tests).
    void waitForCache();
    // The longest the calling thread waited for the cache's thread to take a page (back-pressure
    // when pages arrive faster than they are stored), in ms; for the benchmark.
    double longestBackPressureWaitMs() const { return m_longestWaitMs; }

Q_SIGNALS:
    void stateChanged(const QString &id);
    void syncFinished(const QString &id, bool ok, const QString &message);

private:
    struct Source;
    class Sink;
    void loadFromCache(const QString &id);
    void onBatch(const QString &id, const sdk::CatalogBatch &batch);
    void onFinished(const QString &id, const sdk::SyncResult &result);

    catalog::LocalCatalog *m_catalog;
    QThreadPool m_db;                       // one thread: SQLite connections stay on it
    QThreadPool m_pack;                     // one thread: a sync's pages parsed and packed for the index
    std::shared_ptr<CatalogCache> m_cache;  // used on m_db's thread only
    QString m_recoveryMessage;
    QHash<QString, std::shared_ptr<Source>> m_sources;
    double m_longestWaitMs = 0;
    bool m_purged = false;                  // the cache's leftovers were deleted before the first sync

public:
    // Reads the cached JSON of entity `ref` of source `id` (case-insensitive) on the cache's thread,
    // then calls `done` on `context`'s thread: the JSON, or an empty one with a translated `error`
    // when there is no cache, it cannot be read or it does not hold the entity. Nothing is called
    // once `context` is gone.
    void fetchEntityJson(const QString &id, const QString &ref, QObject *context,
                         std::function<void(QByteArray json, QString error)> done);
};

} // namespace atrium::cache
