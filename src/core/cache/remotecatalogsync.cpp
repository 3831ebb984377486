#include "cache/remotecatalogsync.h"

#include "cache/catalogcache.h"
#include "catalog/remoteentity.h"

#include <QFuture>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcRemote, "atrium.remote")

namespace atrium::cache {

namespace {

QString indexId(const QString &id)
{
    return QStringLiteral("connection:") + id;
}

// The cached entities of one source, packed for the index. Runs on the cache's thread.
catalog::ExternalSource readSource(CatalogCache *cache, const QString &id, const QString &label, QString *error)
{
    catalog::ExternalSource out;
    if (!cache)
        return out;
    cache->load(id, [&](const QList<CachedEntity> &batch) {
        QList<QJsonObject> objects;
        objects.reserve(batch.size());
        for (const CachedEntity &e : batch)
            objects.append(QJsonDocument::fromJson(e.json).object());
        catalog::ExternalSource part = catalog::externalSourceFromJson(objects, label, int(objects.size()) + 1);
        out.problems.append(part.problems);
        for (auto &block : part.blocks)
            out.blocks.push_back(std::move(block));
        return true;
    }, 2000, error);
    return out;
}

} // namespace

struct RemoteCatalogSync::Source
{
    QString id;
    QString label;
    std::unique_ptr<sdk::CatalogProvider> provider;
    std::unique_ptr<Sink> sink;
    std::chrono::minutes interval{0};
    QTimer timer;
    SourceState state;
    QString syncState;                                             // the provider's state of the last good sync
    std::shared_ptr<std::unique_ptr<CatalogCacheWriter>> writer;   // lives on the cache's thread
    QList<QJsonObject> memory;                                     // the running sync's entities without a cache
    int generation = 0;                                            // a new sync makes older callbacks stale
    bool again = false;                                            // sync() was asked for during a sync
};

class RemoteCatalogSync::Sink : public sdk::CatalogSink
{
public:
    Sink(RemoteCatalogSync *owner, QString id, int generation)
        : m_owner(owner), m_id(std::move(id)), m_generation(generation)
    {
    }
    void progress(qint64 done, qint64 total, const QString &message) override
    {
        auto source = m_owner->m_sources.value(m_id);
        if (!source || source->generation != m_generation)
            return;
        source->state.total = total;
        source->state.message = message;
        Q_UNUSED(done) // the host counts what it received
        Q_EMIT m_owner->stateChanged(m_id);
    }
    void batch(const sdk::CatalogBatch &batch) override
    {
        auto source = m_owner->m_sources.value(m_id);
        if (source && source->generation == m_generation)
            m_owner->onBatch(m_id, batch);
    }
    void finished(const sdk::SyncResult &result) override
    {
        auto source = m_owner->m_sources.value(m_id);
        if (source && source->generation == m_generation)
            m_owner->onFinished(m_id, result);
    }

private:
    RemoteCatalogSync *m_owner;
    QString m_id;
    int m_generation;
};

RemoteCatalogSync::RemoteCatalogSync(catalog::LocalCatalog *catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
{
    m_db.setMaxThreadCount(1);
    m_db.setExpiryTimeout(-1); // the same thread for every task: Qt SQL connections are per thread
}

RemoteCatalogSync::~RemoteCatalogSync()
{
    for (const auto &source : std::as_const(m_sources)) {
        ++source->generation;
        if (source->state.syncing && source->provider)
            source->provider->cancel();
        source->provider.reset();
    }
    // Writers and the cache close their connections on the thread that opened them.
    std::vector<std::shared_ptr<std::unique_ptr<CatalogCacheWriter>>> writers;
    for (const auto &source : std::as_const(m_sources))
        writers.push_back(source->writer);
    auto cache = std::move(m_cache);
    QtConcurrent::run(&m_db, [writers, cache]() mutable {
        for (auto &w : writers) {
            if (w)
                w->reset();
        }
        cache.reset();
    });
    m_db.waitForDone();
}

bool RemoteCatalogSync::openCache(const QString &path, QString *error)
{
    struct Opened {
        std::shared_ptr<CatalogCache> cache;
        QString error;
        QString recovery;
    };
    Opened opened = QtConcurrent::run(&m_db, [path] {
        Opened o;
        auto cache = std::make_shared<CatalogCache>();
        if (cache->open(path, &o.error))
            o.cache = cache;
        o.recovery = cache->recoveryMessage();
        if (!o.cache)
            cache.reset(); // closed here, on its thread
        return o;
    }).result();
    m_cache = opened.cache;
    m_recoveryMessage = opened.recovery;
    if (!m_recoveryMessage.isEmpty())
        qCWarning(lcRemote).noquote() << m_recoveryMessage;
    if (!m_cache) {
        qCWarning(lcRemote).noquote() << "no catalog cache:" << opened.error;
        if (error)
            *error = opened.error;
        return false;
    }
    return true;
}

void RemoteCatalogSync::addSource(const QString &id, const QString &label, std::unique_ptr<sdk::CatalogProvider> provider,
                                  std::chrono::minutes interval)
{
    removeSource(id, false);
    auto source = std::make_shared<Source>();
    source->id = id;
    source->label = label;
    source->provider = std::move(provider);
    source->interval = interval;
    source->state.id = id;
    source->state.label = label;
    source->timer.setSingleShot(false);
    if (interval.count() > 0) {
        source->timer.setInterval(interval);
        connect(&source->timer, &QTimer::timeout, this, [this, id] { sync(id); });
        source->timer.start();
    }
    m_sources.insert(id, source);
    loadFromCache(id);

    // Sync now when the cache has nothing for it or is older than the interval.
    auto cache = m_cache;
    QtConcurrent::run(&m_db, [cache, id] { return cache ? cache->sourceInfo(id) : SourceInfo(); })
        .then(this, [this, id, interval](const SourceInfo &info) {
            auto source = m_sources.value(id);
            if (!source)
                return;
            source->state.syncedAt = info.syncedAt;
            source->state.entityCount = info.entityCount;
            source->state.lastError = info.lastError;
            source->state.lastAttempt = info.lastAttempt;
            source->syncState = info.state;
            Q_EMIT stateChanged(id);
            const bool stale = !info.syncedAt.isValid()
                || (interval.count() > 0 && info.ageSeconds() >= qint64(interval.count()) * 60);
            if (stale)
                sync(id);
        });
}

void RemoteCatalogSync::removeSource(const QString &id, bool forget)
{
    const auto source = m_sources.take(id);
    if (!source) {
        if (forget && m_cache) {
            auto cache = m_cache;
            QtConcurrent::run(&m_db, [cache, id] { cache->removeSource(id); });
        }
        return;
    }
    ++source->generation;
    if (source->state.syncing && source->provider)
        source->provider->cancel();
    source->provider.reset();
    auto writer = source->writer;
    auto cache = m_cache;
    QtConcurrent::run(&m_db, [writer, cache, id, forget] {
        if (writer)
            writer->reset();
        if (forget && cache)
            cache->removeSource(id);
    });
    m_catalog->removeExternalSource(indexId(id));
}

void RemoteCatalogSync::loadFromCache(const QString &id)
{
    const auto source = m_sources.value(id);
    if (!source || !m_cache)
        return;
    auto cache = m_cache;
    const QString label = source->label;
    const int generation = source->generation;
    QtConcurrent::run(&m_db, [cache, id, label] {
        QString error;
        catalog::ExternalSource out = readSource(cache.get(), id, label, &error);
        return std::make_pair(std::move(out), error);
    }).then(this, [this, id, generation](std::pair<catalog::ExternalSource, QString> loaded) {
        auto source = m_sources.value(id);
        if (!source || source->generation != generation)
            return;
        if (!loaded.second.isEmpty()) {
            source->state.lastError = loaded.second;
            qCWarning(lcRemote).noquote() << loaded.second;
        }
        m_catalog->setExternalSource(indexId(id), std::move(loaded.first));
        source->state.cacheLoaded = true;
        Q_EMIT stateChanged(id);
    });
}

void RemoteCatalogSync::sync(const QString &id)
{
    const auto source = m_sources.value(id);
    if (!source || !source->provider)
        return;
    if (source->state.syncing) {
        source->again = true; // e.g. a new token arrived while a sync without one was failing
        return;
    }
    source->again = false;
    const int generation = ++source->generation;
    source->state.syncing = true;
    source->state.done = 0;
    source->state.total = -1;
    source->state.message.clear();
    source->memory.clear();
    source->writer = std::make_shared<std::unique_ptr<CatalogCacheWriter>>();
    if (m_cache) {
        auto cache = m_cache;
        auto writer = source->writer;
        QtConcurrent::run(&m_db, [cache, writer, id] { *writer = cache->beginReplace(id); });
    }
    source->sink = std::make_unique<Sink>(this, id, generation);
    Q_EMIT stateChanged(id);
    qCInfo(lcRemote) << "sync of" << id << "started";
    source->provider->sync(sdk::CatalogProvider::SyncMode::Full, source->syncState, source->sink.get());
}

void RemoteCatalogSync::cancel(const QString &id)
{
    const auto source = m_sources.value(id);
    if (source && source->state.syncing && source->provider)
        source->provider->cancel(); // finished(cancelled) follows
}

void RemoteCatalogSync::onBatch(const QString &id, const sdk::CatalogBatch &batch)
{
    const auto source = m_sources.value(id);
    source->state.done += batch.upserts.size();
    if (m_cache) {
        auto writer = source->writer;
        const QList<QJsonObject> upserts = batch.upserts;
        QtConcurrent::run(&m_db, [writer, upserts] {
            if (*writer) {
                QList<CachedEntity> entities;
                entities.reserve(upserts.size());
                for (const QJsonObject &o : upserts)
                    entities.append(CachedEntity::fromJson(o));
                (*writer)->add(entities);
            }
        });
    } else {
        source->memory.append(batch.upserts);
    }
    Q_EMIT stateChanged(id);
}

void RemoteCatalogSync::onFinished(const QString &id, const sdk::SyncResult &result)
{
    const auto source = m_sources.value(id);
    const int generation = source->generation;
    const bool good = result.ok && !result.cancelled;
    qCInfo(lcRemote) << "sync of" << id << (good ? "done:" : result.cancelled ? "cancelled" : "failed:")
                     << (good ? QString::number(source->state.done) : result.errorString);

    const auto done = [this, id, generation, good, result](bool stored, const QString &storeError) {
        auto source = m_sources.value(id);
        if (!source || source->generation != generation)
            return;
        source->state.syncing = false;
        source->state.lastAttempt = QDateTime::currentDateTimeUtc();
        source->state.credentialRefused = !good && !result.cancelled && result.credentialRefused;
        if (good && stored) {
            source->state.lastError.clear();
            source->state.syncedAt = source->state.lastAttempt;
            source->state.entityCount = source->state.done;
            source->syncState = result.state;
            if (m_cache) {
                loadFromCache(id);
            } else {
                m_catalog->setExternalSource(indexId(id), catalog::externalSourceFromJson(source->memory, source->label));
                source->state.cacheLoaded = true;
            }
        } else if (!result.cancelled) {
            source->state.lastError = good ? storeError : result.errorString;
        }
        source->memory.clear();
        Q_EMIT stateChanged(id);
        Q_EMIT syncFinished(id, good && stored, good && stored ? QString() : source->state.lastError);
        if (source->again && !result.cancelled)
            sync(id);
    };

    if (!m_cache) {
        done(true, QString());
        return;
    }
    auto cache = m_cache;
    auto writer = source->writer;
    const QString message = result.errorString;
    QtConcurrent::run(&m_db, [cache, writer, id, good, cancelled = result.cancelled, state = result.state, message] {
        std::pair<bool, QString> out{false, QString()};
        if (good && *writer) {
            out.first = (*writer)->commit(state);
            if (!out.first)
                out.second = (*writer)->errorString();
        } else if (*writer) {
            (*writer)->rollback();
        }
        writer->reset();
        if (!out.first && !cancelled)
            cache->recordFailure(id, good ? out.second : message);
        return out;
    }).then(this, [done](std::pair<bool, QString> out) { done(out.first, out.second); });
}

RemoteCatalogSync::SourceState RemoteCatalogSync::state(const QString &id) const
{
    const auto source = m_sources.value(id);
    return source ? source->state : SourceState();
}

QList<RemoteCatalogSync::SourceState> RemoteCatalogSync::states() const
{
    QList<SourceState> out;
    for (const auto &source : std::as_const(m_sources))
        out.append(source->state);
    std::sort(out.begin(), out.end(), [](const SourceState &a, const SourceState &b) { return a.id < b.id; });
    return out;
}

void RemoteCatalogSync::waitForCache()
{
    // The queue runs in order: a task queued now finishes after every earlier one. Continuations
    // may queue more work, so go round until a pass delivers no events.
    for (int pass = 0; pass < 20; ++pass) {
        QtConcurrent::run(&m_db, [] {}).waitForFinished();
        QCoreApplication::processEvents();
    }
}

} // namespace atrium::cache
