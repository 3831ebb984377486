#include "cache/remotecatalogsync.h"

#include "cache/catalogcache.h"
#include "catalog/remoteentity.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPromise>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSet>
#include <QtConcurrent>

#include <utility>

Q_LOGGING_CATEGORY(lcRemote, "atrium.remote")

namespace atrium::cache {

namespace {

// Pages of a sync that may wait for the cache's thread before the next one waits for them.
constexpr int MaxPendingBatches = 3;

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

// A batch's entities as objects (for the index) and as rows (for the cache). Text the provider sent
// (upsertsJson) is parsed here, off the GUI thread, and stored as it is; text that is no JSON
// object is left out with a problem that names the source.
struct ParsedBatch
{
    QList<QJsonObject> objects;
    QList<CachedEntity> rows;
    QList<catalog::Problem> problems;
};

ParsedBatch parseBatch(const QList<QJsonObject> &upserts, const QList<QByteArray> &texts, const QString &label)
{
    ParsedBatch out;
    out.objects.reserve(upserts.size() + texts.size());
    out.rows.reserve(upserts.size() + texts.size());
    for (const QJsonObject &o : upserts) {
        out.objects.append(o);
        out.rows.append(CachedEntity::fromJson(o));
    }
    for (const QByteArray &text : texts) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text, &error);
        if (!document.isObject()) {
            catalog::Problem problem;
            problem.file = label;
            problem.rule = QStringLiteral("remote.entity");
            problem.message = error.error != QJsonParseError::NoError
                ? RemoteCatalogSync::tr("An entity from %1 is not valid JSON (%2 at byte %3) and was left out.")
                      .arg(label, error.errorString())
                      .arg(error.offset)
                : RemoteCatalogSync::tr("An entity from %1 is not a JSON object and was left out.").arg(label);
            out.problems.append(problem);
            continue;
        }
        out.objects.append(document.object());
        out.rows.append(CachedEntity::fromJson(out.objects.last(), text));
    }
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
    // A full sync's entities packed for the index page by page, on the cache's thread while the
    // next page travels: at the end they go to the index without reading the cache back.
    struct Prebuilt {
        catalog::ExternalSource source;
        qint64 count = 0;
        bool usable = true; // false once a batch removed entities (then the cache is read back)
    };
    std::shared_ptr<Prebuilt> prebuilt;
    std::shared_ptr<QSemaphore> pageSlots = std::make_shared<QSemaphore>(MaxPendingBatches); // pages that may wait for the cache
    QList<QJsonObject> memory;                                     // the running sync's entities without a cache
    QList<catalog::Problem> memoryProblems;                        // ... and the texts it left out
    int generation = 0;                                            // a new sync makes older callbacks stale
    bool again = false;                                            // sync() was asked for during a sync
    bool againFull = false;                                        // ... and it asked for everything
    bool syncWhenLoaded = false;                                   // stale at start: sync once the cache is in
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
    m_pack.setMaxThreadCount(1); // one thread: pages reach the cache in the order they came
}

RemoteCatalogSync::~RemoteCatalogSync()
{
    for (const auto &source : std::as_const(m_sources)) {
        ++source->generation;
        if (source->state.syncing && source->provider)
            source->provider->cancel();
        source->provider.reset();
    }
    // Pages being packed hand their rows to the cache's thread first.
    m_pack.waitForDone();
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

    // Sync now when the cache has nothing for it or is older than the interval; once its entities
    // are in the index, so that the sync can be incremental. The state is read first.
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
            source->state.credentialRefused = info.credentialRefused && !info.lastError.isEmpty();
            source->syncState = info.state;
            Q_EMIT stateChanged(id);
            const bool stale = !info.syncedAt.isValid()
                || (interval.count() > 0 && info.ageSeconds() >= qint64(interval.count()) * 60);
            if (stale && (source->state.cacheLoaded || !m_cache))
                sync(id);
            else if (stale)
                source->syncWhenLoaded = true;
        });
    loadFromCache(id);
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
        if (std::exchange(source->syncWhenLoaded, false))
            sync(id);
    });
}

void RemoteCatalogSync::sync(const QString &id, bool full)
{
    const auto source = m_sources.value(id);
    if (!source || !source->provider)
        return;
    if (source->state.syncing) {
        source->again = true; // e.g. a new token arrived while a sync without one was failing
        source->againFull = source->againFull || full;
        return;
    }
    source->again = false;
    source->againFull = false;
    // Changes only need a base to apply them to: the cache, with its entities in the index.
    source->state.incremental = !full && m_cache && source->state.cacheLoaded && !source->syncState.isEmpty();
    const int generation = ++source->generation;
    source->state.syncing = true;
    source->state.done = 0;
    source->state.total = -1;
    source->state.message.clear();
    source->memory.clear();
    source->memoryProblems.clear();
    source->writer = std::make_shared<std::unique_ptr<CatalogCacheWriter>>();
    source->prebuilt = source->state.incremental ? nullptr : std::make_shared<Source::Prebuilt>();
    if (m_cache) {
        auto cache = m_cache;
        auto writer = source->writer;
        // What an interrupted sync left behind goes before the first sync: not at start, where
        // it would delay showing the cached entities.
        QtConcurrent::run(&m_db, [cache, writer, id, purge = !std::exchange(m_purged, true)] {
            if (purge)
                cache->purgeLeftovers();
            *writer = cache->beginReplace(id);
        });
    }
    source->sink = std::make_unique<Sink>(this, id, generation);
    Q_EMIT stateChanged(id);
    qCInfo(lcRemote) << (source->state.incremental ? "incremental" : "full") << "sync of" << id << "started";
    source->provider->sync(source->state.incremental ? sdk::CatalogProvider::SyncMode::Incremental
                                                     : sdk::CatalogProvider::SyncMode::Full,
                           source->syncState, source->sink.get());
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
    source->state.done += batch.upserts.size() + batch.upsertsJson.size();
    if (m_cache) {
        auto writer = source->writer;
        auto prebuilt = source->prebuilt;
        const QList<QJsonObject> upserts = batch.upserts;
        const QList<QByteArray> texts = batch.upsertsJson;
        const QStringList removed = batch.removedRefs;
        const QString label = source->label;
        // Back-pressure: when pages arrive faster than the cache stores them (a server on a fast
        // network), they would pile up in memory; past a few waiting pages, wait for a free slot.
        // (A semaphore, not QFuture::waitForFinished(), which may run the task on this thread.)
        auto pageSlots = source->pageSlots;
        if (!pageSlots->tryAcquire()) {
            QElapsedTimer waited;
            waited.start();
            pageSlots->acquire();
            m_longestWaitMs = std::max(m_longestWaitMs, waited.nsecsElapsed() / 1e6);
        }
        // Two stages, each one thread, so that a page is parsed and packed while the one before is
        // stored: the packing thread hands its rows on to the cache's thread, in order.
        QtConcurrent::run(&m_pack, [db = &m_db, writer, prebuilt, upserts, texts, removed, label, pageSlots] {
            ParsedBatch parsed = parseBatch(upserts, texts, label);
            QtConcurrent::run(db, [writer, rows = parsed.rows, removed, pageSlots] {
                const auto release = qScopeGuard([&pageSlots] { pageSlots->release(); });
                if (*writer) {
                    (*writer)->add(rows);
                    if (!removed.isEmpty())
                        (*writer)->remove(removed);
                }
            });
            if (prebuilt && prebuilt->usable) {
                if (!removed.isEmpty()) {
                    prebuilt->usable = false;
                    prebuilt->source = {};
                } else if (!parsed.objects.isEmpty() || !parsed.problems.isEmpty()) {
                    catalog::ExternalSource part = catalog::externalSourceFromJson(parsed.objects, label,
                                                                                   int(parsed.objects.size()) + 1);
                    prebuilt->source.problems.append(parsed.problems);
                    prebuilt->source.problems.append(part.problems);
                    for (auto &block : part.blocks)
                        prebuilt->source.blocks.push_back(std::move(block));
                    prebuilt->count += parsed.rows.size();
                }
            }
        });
    } else {
        ParsedBatch parsed = parseBatch(batch.upserts, batch.upsertsJson, source->label);
        source->memory.append(parsed.objects);
        source->memoryProblems.append(parsed.problems);
        if (!batch.removedRefs.isEmpty()) {
            QSet<QString> gone;
            for (const QString &ref : batch.removedRefs)
                gone.insert(ref.toLower());
            source->memory.removeIf([&gone](const QJsonObject &o) {
                return gone.contains(CachedEntity::fromJson(o).ref.toLower());
            });
        }
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

    struct Stored {
        bool ok = false;
        QString error;
        qint64 count = 0;    // the source's entities after the commit
        qint64 changed = -1; // rows written or deleted; -1 unknown
    };
    const auto done = [this, id, generation, good, result](const Stored &stored) {
        auto source = m_sources.value(id);
        if (!source || source->generation != generation)
            return;
        source->state.syncing = false;
        source->state.lastAttempt = QDateTime::currentDateTimeUtc();
        source->state.credentialRefused = !good && !result.cancelled && result.credentialRefused;
        if (good && stored.ok) {
            source->state.lastError.clear();
            source->state.syncedAt = source->state.lastAttempt;
            source->state.entityCount = m_cache ? stored.count : source->memory.size();
            source->syncState = result.state;
            auto prebuilt = std::exchange(source->prebuilt, nullptr);
            if (m_cache && prebuilt && prebuilt->usable && prebuilt->count == stored.count) {
                // Every entity of a full sync, once each: the index takes the packed pages.
                m_catalog->setExternalSource(indexId(id), std::move(prebuilt->source));
                source->state.cacheLoaded = true;
            } else if (m_cache) {
                if (stored.changed != 0) // an incremental sync that found no change leaves the index be
                    loadFromCache(id);
            } else {
                catalog::ExternalSource built = catalog::externalSourceFromJson(source->memory, source->label);
                built.problems = source->memoryProblems + built.problems;
                m_catalog->setExternalSource(indexId(id), std::move(built));
                source->state.cacheLoaded = true;
            }
        } else if (!result.cancelled) {
            source->state.lastError = good ? stored.error : result.errorString;
        }
        source->memory.clear();
        source->memoryProblems.clear();
        source->prebuilt.reset();
        Q_EMIT stateChanged(id);
        Q_EMIT syncFinished(id, good && stored.ok, good && stored.ok ? QString() : source->state.lastError);
        if (source->again && !result.cancelled)
            sync(id, source->againFull);
    };

    if (!m_cache) {
        done(Stored{true, QString(), 0, -1});
        return;
    }
    auto cache = m_cache;
    auto writer = source->writer;
    const QString message = result.errorString;
    const auto mode = source->state.incremental && !result.complete ? CatalogCacheWriter::CommitMode::Merge
                                                                    : CatalogCacheWriter::CommitMode::Replace;
    // The commit goes to the cache's thread through the packing thread, behind every page's rows.
    auto promise = std::make_shared<QPromise<Stored>>();
    promise->start();
    promise->future().then(this, [done](const Stored &out) { done(out); });
    const auto commit = [cache, writer, id, good, mode, cancelled = result.cancelled, state = result.state, message,
                         refused = result.credentialRefused, promise] {
        Stored out;
        if (good && *writer) {
            out.ok = (*writer)->commit(state, QDateTime::currentDateTimeUtc(), mode);
            if (out.ok) {
                out.count = (*writer)->storedCount();
                out.changed = mode == CatalogCacheWriter::CommitMode::Merge ? (*writer)->changedCount() : -1;
            } else {
                out.error = (*writer)->errorString();
            }
        } else if (*writer) {
            (*writer)->rollback();
        }
        if (!out.ok && !cancelled)
            cache->recordFailure(id, good ? out.error : message, QDateTime(), nullptr, !good && refused);
        promise->addResult(out);
        promise->finish();
    };
    QtConcurrent::run(&m_pack, [db = &m_db, commit, writer] {
        QtConcurrent::run(db, commit);
        // The writer goes after the result is out: a replacement deletes the replaced entities then.
        QtConcurrent::run(db, [writer] { writer->reset(); });
    });
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
        QtConcurrent::run(&m_pack, [] {}).waitForFinished();
        QtConcurrent::run(&m_db, [] {}).waitForFinished();
        QCoreApplication::processEvents();
    }
}

} // namespace atrium::cache

// --- single entities -----------------------------------------------------------------------------

namespace atrium::cache {

void RemoteCatalogSync::fetchEntityJson(const QString &id, const QString &ref, QObject *context,
                                        std::function<void(QByteArray json, QString error)> done)
{
    using Result = std::pair<QByteArray, QString>;
    auto cache = m_cache;
    // A watcher owned by the context rather than then(context): it goes with the context, and
    // with it the callback.
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        const Result result = watcher->result();
        done(result.first, result.second);
    });
    if (!cache) {
        watcher->setFuture(QtFuture::makeReadyFuture(Result{
            QByteArray(), tr("Atrium keeps no offline copy of %1's catalog (the cache could not be opened), "
                             "so only its summary can be shown.").arg(id)}));
        return;
    }
    watcher->setFuture(QtConcurrent::run(&m_db, [cache, id, ref] {
        QString error;
        const std::optional<QByteArray> json = cache->entityJson(id, ref, &error);
        if (json && !json->isEmpty())
            return Result{*json, QString()};
        if (error.isEmpty())
            error = tr("%1 is no longer in the offline copy of %2's catalog; it may have been removed there "
                       "since the last sync.").arg(ref, id);
        return Result{QByteArray(), error};
    }));
}

} // namespace atrium::cache
