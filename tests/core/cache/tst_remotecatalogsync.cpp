// Remote catalogs in the index and the offline cache: a provider's sync fills both, a warm start
// shows the cached entities at once, and a failed or cancelled sync loses nothing. The provider is
// scripted from the recorded real Backstage pages (the real Backstage provider has its own tests in
// tests/plugins/backstage); the cache is a real SQLite file.

#include "cache/catalogcache.h"
#include "cache/remotecatalogsync.h"
#include "catalog/localcatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace atrium;
using namespace std::chrono_literals;

namespace {

QList<QJsonObject> page(const QString &name)
{
    QFile f(QStringLiteral(ATRIUM_SOURCE_DIR "/tests/plugins/backstage/fixtures/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QJsonObject> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("items")).toArray())
        out.append(v.toObject());
    return out;
}

QList<QList<QJsonObject>> recordedPages()
{
    return {page(QStringLiteral("catalog-by-query-page1.json")), page(QStringLiteral("catalog-by-query-page2.json")),
            page(QStringLiteral("catalog-by-query-page3-last.json"))};
}

// Delivers its pages one event-loop turn apart, then finishes (or fails, or waits to be cancelled).
class ScriptedProvider : public QObject, public sdk::CatalogProvider
{
public:
    QList<QList<QJsonObject>> pages = recordedPages();
    QString failWith;          // finish with this error after the pages
    bool refuseCredential = false; // ... saying the server refused the secret
    int stopAfter = -1;        // deliver this many pages, then wait (for cancel)
    int *syncs = nullptr;      // counts sync() calls (outlives the provider)
    QString lastPreviousState;
    SyncMode lastMode = SyncMode::Full;
    bool complete = true;      // the pages are every entity (else: changes to apply)
    QStringList removeRefs;    // delivered after the pages
    bool asText = false;       // deliver the pages as entity texts (upsertsJson), indented
    QList<QByteArray> extraTexts; // more texts with the first page (broken ones, say)

    void sync(SyncMode mode, const QString &previousState, sdk::CatalogSink *sink) override
    {
        if (syncs)
            ++*syncs;
        lastPreviousState = previousState;
        lastMode = mode;
        m_sink = sink;
        m_step = 0;
        m_cancelled = false;
        QTimer::singleShot(0, this, [this] { next(); });
    }
    void cancel() override
    {
        m_cancelled = true;
        QTimer::singleShot(0, this, [this] {
            sdk::SyncResult r;
            r.cancelled = true;
            m_sink->finished(r);
        });
    }

private:
    void next()
    {
        if (m_cancelled)
            return;
        if (m_step == stopAfter)
            return;
        if (m_step < pages.size()) {
            m_sink->progress(m_step, pages.size(), QStringLiteral("page %1").arg(m_step + 1));
            if (asText) {
                sdk::CatalogBatch batch;
                for (const QJsonObject &o : pages.at(m_step))
                    batch.upsertsJson.append(QJsonDocument(o).toJson(QJsonDocument::Indented));
                if (m_step == 0)
                    batch.upsertsJson += extraTexts;
                m_sink->batch(batch);
            } else {
                m_sink->batch({pages.at(m_step), {}});
            }
            ++m_step;
            QTimer::singleShot(0, this, [this] { next(); });
            return;
        }
        if (!removeRefs.isEmpty())
            m_sink->batch({{}, removeRefs});
        sdk::SyncResult r;
        r.ok = failWith.isEmpty();
        r.complete = complete;
        r.errorString = failWith;
        r.credentialRefused = refuseCredential;
        r.state = QStringLiteral("state-after-%1-pages").arg(pages.size());
        m_sink->finished(r);
    }

    sdk::CatalogSink *m_sink = nullptr;
    int m_step = 0;
    bool m_cancelled = false;
};

int entityCount(const QList<QList<QJsonObject>> &pages)
{
    int n = 0;
    for (const auto &p : pages)
        n += int(p.size());
    return n;
}

} // namespace

class TestRemoteCatalogSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_cachePath = m_dir->filePath(QStringLiteral("catalog/acme.sqlite"));
        m_syncs = 0;
    }

    void aFirstSyncFillsTheIndexAndTheCache()
    {
        catalog::LocalCatalog index;
        cache::RemoteCatalogSync sync(&index);
        QString error;
        QVERIFY2(sync.openCache(m_cachePath, &error), qPrintable(error));
        QSignalSpy finished(&sync, &cache::RemoteCatalogSync::syncFinished);
        auto provider = std::make_unique<ScriptedProvider>();
        provider->syncs = &m_syncs;
        const int expected = entityCount(provider->pages);
        QVERIFY(expected >= 5);
        sync.addSource(QStringLiteral("acme"), QStringLiteral("backstage:acme"), std::move(provider), 15min);

        // Never synced: the sync starts by itself.
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).toBool(), true);
        QCOMPARE(m_syncs, 1);
        QTRY_COMPARE(index.snapshot()->size(), expected);
        QVERIFY(index.snapshot()->find(QStringLiteral("component:default/checkout-web")) != catalog::InvalidEntity);
        const auto state = sync.state(QStringLiteral("acme"));
        QVERIFY(!state.syncing);
        QVERIFY(state.syncedAt.isValid());
        QCOMPARE(state.entityCount, qint64(expected));
        QCOMPARE(state.lastError, QString());

        sync.waitForCache();
        cache::CatalogCache reader;
        QVERIFY(reader.open(m_cachePath));
        const cache::SourceInfo info = reader.sourceInfo(QStringLiteral("acme"));
        QCOMPARE(info.entityCount, qint64(expected));
        QCOMPARE(info.state, QStringLiteral("state-after-3-pages"));
    }

    // Entity texts (CatalogBatch::upsertsJson) are parsed off the GUI thread and kept byte for
    // byte; a text that is no JSON object is left out with a problem naming the source, in the
    // cache's path and in the one without a cache.
    void entityTextsAreKeptAsSentAndBrokenOnesBecomeProblems_data()
    {
        QTest::addColumn<bool>("withCache");
        QTest::newRow("with the cache") << true;
        QTest::newRow("without a cache") << false;
    }
    void entityTextsAreKeptAsSentAndBrokenOnesBecomeProblems()
    {
        QFETCH(bool, withCache);
        catalog::LocalCatalog index;
        cache::RemoteCatalogSync sync(&index);
        if (withCache)
            QVERIFY(sync.openCache(m_cachePath));
        QSignalSpy finished(&sync, &cache::RemoteCatalogSync::syncFinished);
        auto provider = std::make_unique<ScriptedProvider>();
        provider->asText = true;
        provider->extraTexts = {QByteArray("[1, 2]"), QByteArray("{\"kind\": \"Component\", \"metadata\": {")};
        const int expected = entityCount(provider->pages);
        const QJsonObject first = provider->pages.first().first();
        sync.addSource(QStringLiteral("acme"), QStringLiteral("backstage:acme"), std::move(provider), 15min);

        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        QTRY_COMPARE(index.snapshot()->size(), expected);
        QStringList messages;
        for (const catalog::Problem &problem : index.snapshot()->problems()) {
            if (problem.file == QLatin1String("backstage:acme") && problem.message.contains(QStringLiteral("left out")))
                messages << problem.message;
        }
        QCOMPARE(messages.size(), 2);
        QVERIFY2(messages[0].contains(QStringLiteral("An entity from backstage:acme is not a JSON object")), qPrintable(messages[0]));
        QVERIFY2(messages[1].contains(QStringLiteral("not valid JSON (unterminated object at byte")), qPrintable(messages[1]));
        QCOMPARE(sync.state(QStringLiteral("acme")).entityCount, qint64(expected));
        if (withCache) {
            sync.waitForCache();
            cache::CatalogCache reader;
            QVERIFY(reader.open(m_cachePath));
            const auto stored = reader.entityJson(QStringLiteral("acme"), cache::CachedEntity::fromJson(first).ref);
            QVERIFY(stored.has_value());
            QCOMPARE(*stored, QJsonDocument(first).toJson(QJsonDocument::Indented)); // the text as sent
        }
    }

    void aWarmStartShowsTheCacheAtOnceAndAFailedSyncLosesNothing()
    {
        const int expected = entityCount(recordedPages());
        {
            catalog::LocalCatalog index;
            cache::RemoteCatalogSync sync(&index);
            QVERIFY(sync.openCache(m_cachePath));
            QSignalSpy finished(&sync, &cache::RemoteCatalogSync::syncFinished);
            sync.addSource(QStringLiteral("acme"), QStringLiteral("backstage:acme"), std::make_unique<ScriptedProvider>(), 15min);
            QTRY_COMPARE(finished.size(), 1);
            sync.waitForCache();
        }

        // The server is down now.
        catalog::LocalCatalog index;
        cache::RemoteCatalogSync sync(&index);
        QVERIFY(sync.openCache(m_cachePath));
        QSignalSpy finished(&sync, &cache::RemoteCatalogSync::syncFinished);
        auto provider = std::make_unique<ScriptedProvider>();
        provider->pages = {};
        provider->failWith = QStringLiteral("backstage.example refused the connection.");
        provider->syncs = &m_syncs;
        ScriptedProvider *raw = provider.get();
        sync.addSource(QStringLiteral("acme"), QStringLiteral("backstage:acme"), std::move(provider), 15min);
        QTRY_COMPARE(index.snapshot()->size(), expected);
        QTRY_VERIFY(sync.state(QStringLiteral("acme")).cacheLoaded);
        QVERIFY(sync.state(QStringLiteral("acme")).syncedAt.isValid());
        sync.waitForCache();
        QCOMPARE(m_syncs, 0); // the cache is fresh: no sync at start

        sync.sync(QStringLiteral("acme"));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).toBool(), false);
        QCOMPARE(finished.first().at(2).toString(), raw->failWith);
        QCOMPARE(raw->lastPreviousState, QStringLiteral("state-after-3-pages"));
        QCOMPARE(sync.state(QStringLiteral("acme")).lastError, raw->failWith);
        QVERIFY(!sync.state(QStringLiteral("acme")).credentialRefused); // a network error: no new token needed
        sync.waitForCache();
        QCOMPARE(index.snapshot()->size(), expected);

        // A refused token is told apart, so that the app can ask for a new one; the data stays.
        raw->failWith = QStringLiteral("Backstage did not accept the token.");
        raw->refuseCredential = true;
        sync.sync(QStringLiteral("acme"));
        QTRY_COMPARE(finished.size(), 2);
        QVERIFY(sync.state(QStringLiteral("acme")).credentialRefused);
        sync.waitForCache();
        QCOMPARE(index.snapshot()->size(), expected);

        cache::CatalogCache reader;
        QVERIFY(reader.open(m_cachePath));
        QCOMPARE(reader.sourceInfo(QStringLiteral("acme")).entityCount, qint64(expected));
        QCOMPARE(reader.sourceInfo(QStringLiteral("acme")).lastError, raw->failWith);
        QVERIFY(reader.sourceInfo(QStringLiteral("acme")).credentialRefused);
        reader.close();

        // After a restart the app still knows the token was refused (and offers to enter it).
        catalog::LocalCatalog again;
        cache::RemoteCatalogSync restarted(&again);
        QVERIFY(restarted.openCache(m_cachePath));
        auto idle = std::make_unique<ScriptedProvider>();
        idle->stopAfter = 0; // no answer: the state comes from the cache
        restarted.addSource(QStringLiteral("acme"), QStringLiteral("backstage:acme"), std::move(idle), 15min);
        QTRY_VERIFY(restarted.state(QStringLiteral("acme")).cacheLoaded);
        QVERIFY(restarted.state(QStringLiteral("acme")).credentialRefused);
        QCOMPARE(restarted.state(QStringLiteral("acme")).lastError, raw->failWith);
    }

    // What a sync killed long ago left in the cache (its rows, under a source row of its own) is
    // deleted before the next sync, and the sync itself is not disturbed by it.
    void theLeftoversOfAKilledSyncGoBeforeTheNextSync()
    {
        {
            cache::CatalogCache cache;
            QVERIFY(cache.open(m_cachePath));
            auto writer = cache.beginReplace(QStringLiteral("acme"));
            QList<cache::CachedEntity> rows;
            for (const QJsonObject &o : page(QStringLiteral("catalog-by-query-page1.json")))
                rows.append(cache::CachedEntity::fromJson(o));
            QVERIFY(writer->add(rows));
            writer.release(); // as if the process had been killed: no rollback
        }
        const auto rawCount = [this](const QString &sql) {
            int n = -1;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
                db.setDatabaseName(m_cachePath);
                if (db.open()) {
                    QSqlQuery query(db);
                    if (query.exec(sql) && query.next())
                        n = query.value(0).toInt();
                }
            }
            QSqlDatabase::removeDatabase(QStringLiteral("raw"));
            return n;
        };
        const int leftover = rawCount(QStringLiteral("SELECT count(*) FROM entities"));
        QVERIFY(leftover > 0);
        QCOMPARE(rawCount(QStringLiteral("SELECT count(*) FROM sources")), 1);
        // An hour and more ago.
        QCOMPARE(rawCount(QStringLiteral("UPDATE sources SET last_attempt = 0 RETURNING 1")), 1);

        catalog::LocalCatalog index;
        cache::RemoteCatalogSync sync(&index);
        QVERIFY(sync.openCache(m_cachePath));
        QSignalSpy finished(&sync, &cache::RemoteCatalogSync::syncFinished);
        auto provider = std::make_unique<ScriptedProvider>();
        const int expected = entityCount(provider->pages);
        sync.addSource(QStringLiteral("acme"), QStringLiteral("backstage:acme"), std::move(provider), 15min);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.first().at(1).toBool());
        QTRY_COMPARE(index.snapshot()->size(), expected);
        sync.waitForCache();
        QCOMPARE(rawCount(QStringLiteral("SELECT count(*) FROM entities")), expected);
        QCOMPARE(rawCount(QStringLiteral("SELECT count(*) FROM sources")), 1);
    }

    void aCancelledOrFailedSyncKeepsTheLastGoodData()
    {
        catalog::LocalCatalog index;
        cache::RemoteCatalogSync sync(&index);
        QVERIFY(sync.openCache(m_cachePath));
        QSignalSpy finished(&sync, &cache::RemoteCatalogSync::syncFinished);
        auto provider = std::make_unique<ScriptedProvider>();
        ScriptedProvider *raw = provider.get();
        sync.addSource(QStringLiteral("acme"), QStringLiteral("backstage:acme"), std::move(provider), 0min);
        QTRY_COMPARE(finished.size(), 1);
        const int expected = entityCount(raw->pages);
        QTRY_COMPARE(index.snapshot()->size(), expected);

        // A sync that got one page of other entities, then was cancelled.
        raw->pages = {page(QStringLiteral("catalog-by-query-page1.json")).mid(0, 1)};
        raw->pages.append(page(QStringLiteral("catalog-by-query-page2.json")));
        raw->stopAfter = 1;
        sync.sync(QStringLiteral("acme"));
        QTRY_COMPARE(sync.state(QStringLiteral("acme")).done, qint64(1));
        QVERIFY(sync.state(QStringLiteral("acme")).syncing);
        sync.cancel(QStringLiteral("acme"));
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(finished.last().at(1).toBool(), false);
        QCOMPARE(sync.state(QStringLiteral("acme")).lastError, QString()); // cancelling is not an error
        sync.waitForCache();
        QCOMPARE(index.snapshot()->size(), expected);

        // A sync that failed after a page.
        raw->stopAfter = -1;
        raw->failWith = QStringLiteral("Backstage answered 500 on page 2.");
        sync.sync(QStringLiteral("acme"));
        QTRY_COMPARE(finished.size(), 3);
        sync.waitForCache();
        QCOMPARE(index.snapshot()->size(), expected);
        cache::CatalogCache reader;
        QVERIFY(reader.open(m_cachePath));
        QCOMPARE(reader.loadAll(QStringLiteral("acme")).size(), expected);

        // A good sync with fewer entities replaces them all.
        raw->failWith.clear();
        sync.sync(QStringLiteral("acme"));
        QTRY_COMPARE(finished.size(), 4);
        QCOMPARE(finished.last().at(1).toBool(), true);
        QTRY_COMPARE(index.snapshot()->size(), entityCount(raw->pages));
        sync.waitForCache();
        QCOMPARE(reader.loadAll(QStringLiteral("acme")).size(), entityCount(raw->pages));
    }

    // After a first full sync, later syncs ask for changes only and apply them to the cache and
    // the index: a changed entity is replaced, a new one joins, a removed one goes; the rest stays.
    // A full sync on demand, or a provider that read everything (complete), replaces them all.
    void anIncrementalSyncAppliesChangesOnly()
    {
        catalog::LocalCatalog index;
        cache::RemoteCatalogSync sync(&index);
        QVERIFY(sync.openCache(m_cachePath));
        QSignalSpy finished(&sync, &cache::RemoteCatalogSync::syncFinished);
        auto provider = std::make_unique<ScriptedProvider>();
        ScriptedProvider *raw = provider.get();
        const QList<QList<QJsonObject>> pages = recordedPages();
        const int expected = entityCount(pages);
        sync.addSource(QStringLiteral("acme"), QStringLiteral("backstage:acme"), std::move(provider), 15min);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(raw->lastMode, sdk::CatalogProvider::SyncMode::Full); // nothing to apply changes to
        QTRY_VERIFY(sync.state(QStringLiteral("acme")).cacheLoaded);
        QTRY_COMPARE(index.snapshot()->size(), expected);

        QJsonObject changed = pages[0][0];
        QJsonObject metadata = changed.value(QLatin1String("metadata")).toObject();
        const QString changedName = metadata.value(QLatin1String("name")).toString();
        metadata[QLatin1String("title")] = QStringLiteral("Retitled by the server");
        changed[QLatin1String("metadata")] = metadata;
        QJsonObject added = pages[0][1];
        QJsonObject addedMeta = added.value(QLatin1String("metadata")).toObject();
        addedMeta[QLatin1String("name")] = QStringLiteral("added-later");
        added[QLatin1String("metadata")] = addedMeta;
        const QJsonObject gone = pages[2][0];
        const QString goneRef = cache::CachedEntity::fromJson(gone).ref;
        raw->pages = {{changed, added}};
        raw->removeRefs = {goneRef.toUpper()}; // refs compare case-insensitively
        raw->complete = false;

        sync.sync(QStringLiteral("acme"));
        QTRY_COMPARE(finished.size(), 2);
        QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(2).toString()));
        QCOMPARE(raw->lastMode, sdk::CatalogProvider::SyncMode::Incremental);
        QCOMPARE(raw->lastPreviousState, QStringLiteral("state-after-3-pages"));
        sync.waitForCache();
        QTRY_VERIFY(index.snapshot()->find(QStringLiteral("component:default/added-later")) != catalog::InvalidEntity);
        const auto snapshot = index.snapshot();
        QCOMPARE(snapshot->size(), expected); // +1 added, -1 gone
        const auto changedIndex = snapshot->find(cache::CachedEntity::fromJson(changed).ref);
        QVERIFY(changedIndex != catalog::InvalidEntity);
        QCOMPARE(snapshot->title(changedIndex), QStringLiteral("Retitled by the server"));
        QVERIFY(snapshot->find(cache::CachedEntity::fromJson(added).ref) != catalog::InvalidEntity);
        QCOMPARE(snapshot->find(goneRef), catalog::InvalidEntity);
        QCOMPARE(sync.state(QStringLiteral("acme")).entityCount, qint64(expected));

        cache::CatalogCache reader;
        QVERIFY(reader.open(m_cachePath));
        const QList<cache::CachedEntity> cached = reader.loadAll(QStringLiteral("acme"));
        QCOMPARE(cached.size(), expected);
        int titled = 0;
        for (const auto &e : cached)
            titled += e.name == changedName && e.title == QStringLiteral("Retitled by the server");
        QCOMPARE(titled, 1);
        QCOMPARE(reader.sourceInfo(QStringLiteral("acme")).entityCount, qint64(expected));
        reader.close();

        // Full on demand: the provider is asked for everything, and what it delivers is all there is.
        raw->pages = {{changed}};
        raw->removeRefs.clear();
        raw->complete = true;
        sync.sync(QStringLiteral("acme"), true);
        QTRY_COMPARE(finished.size(), 3);
        QCOMPARE(raw->lastMode, sdk::CatalogProvider::SyncMode::Full);
        sync.waitForCache();
        QTRY_COMPARE(index.snapshot()->size(), 1);

        // An incremental request answered with everything (complete) replaces too.
        raw->pages = pages;
        sync.sync(QStringLiteral("acme"));
        QTRY_COMPARE(finished.size(), 4);
        QCOMPARE(raw->lastMode, sdk::CatalogProvider::SyncMode::Incremental);
        sync.waitForCache();
        QTRY_COMPARE(index.snapshot()->size(), expected);
    }

    void removingASourceTakesItsEntitiesAway()
    {
        catalog::LocalCatalog index;
        cache::RemoteCatalogSync sync(&index);
        QVERIFY(sync.openCache(m_cachePath));
        QSignalSpy finished(&sync, &cache::RemoteCatalogSync::syncFinished);
        sync.addSource(QStringLiteral("acme"), QStringLiteral("backstage:acme"), std::make_unique<ScriptedProvider>(), 0min);
        QTRY_COMPARE(finished.size(), 1);
        QTRY_VERIFY(index.snapshot()->size() > 0);
        sync.removeSource(QStringLiteral("acme"), true);
        QTRY_COMPARE(index.snapshot()->size(), 0);
        QVERIFY(sync.sourceIds().isEmpty());
        sync.waitForCache();
        cache::CatalogCache reader;
        QVERIFY(reader.open(m_cachePath));
        QVERIFY(!reader.sources().contains(QStringLiteral("acme")));
    }

    void withoutACacheTheIndexStillFills()
    {
        // A cache that cannot be created (its folder would be inside a regular file).
        QFile blocker(m_dir->filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        catalog::LocalCatalog index;
        cache::RemoteCatalogSync sync(&index);
        QString error;
        QVERIFY(!sync.openCache(blocker.fileName() + QStringLiteral("/acme.sqlite"), &error));
        QVERIFY2(error.contains(blocker.fileName()), qPrintable(error));
        QSignalSpy finished(&sync, &cache::RemoteCatalogSync::syncFinished);
        sync.addSource(QStringLiteral("acme"), QStringLiteral("backstage:acme"), std::make_unique<ScriptedProvider>(), 0min);
        QTRY_COMPARE(finished.size(), 1);
        QTRY_COMPARE(index.snapshot()->size(), entityCount(recordedPages()));
    }

    void fetchEntityJsonReadsTheCachedEntityOffTheGuiThread()
    {
        catalog::LocalCatalog index;
        cache::RemoteCatalogSync sync(&index);
        QVERIFY(sync.openCache(m_cachePath));
        QSignalSpy finished(&sync, &cache::RemoteCatalogSync::syncFinished);
        sync.addSource(QStringLiteral("acme"), QStringLiteral("backstage:acme"), std::make_unique<ScriptedProvider>(), 0min);
        QTRY_COMPARE(finished.size(), 1);
        sync.waitForCache();

        struct Answer {
            int calls = 0;
            QByteArray json;
            QString error;
            QThread *thread = nullptr;
        };
        QObject context;
        const auto fetch = [&](const QString &id, const QString &ref) {
            auto answer = std::make_shared<Answer>();
            sync.fetchEntityJson(id, ref, &context, [answer](QByteArray json, QString error) {
                ++answer->calls;
                answer->json = json;
                answer->error = error;
                answer->thread = QThread::currentThread();
            });
            return answer;
        };

        // Any case of the ref: relations name it lower-cased, Backstage's kinds are capitalised.
        auto answer = fetch(QStringLiteral("acme"), QStringLiteral("Component:Default/Checkout-Web"));
        QTRY_COMPARE(answer->calls, 1);
        QCOMPARE(answer->error, QString());
        QCOMPARE(answer->thread, QThread::currentThread());
        const QJsonObject entity = QJsonDocument::fromJson(answer->json).object();
        QCOMPARE(entity.value(QLatin1String("metadata")).toObject().value(QLatin1String("title")).toString(),
                 QStringLiteral("Checkout Web"));
        QCOMPARE(entity, recordedPages().at(0).at(0));   // as the provider delivered it

        // Gone from the catalog, or from a connection the cache does not know: a message, no JSON.
        answer = fetch(QStringLiteral("acme"), QStringLiteral("component:default/removed-service"));
        QTRY_COMPARE(answer->calls, 1);
        QVERIFY(answer->json.isEmpty());
        QVERIFY2(answer->error.contains(QLatin1String("component:default/removed-service"))
                     && answer->error.contains(QLatin1String("acme")), qPrintable(answer->error));
        answer = fetch(QStringLiteral("elsewhere"), QStringLiteral("component:default/checkout-web"));
        QTRY_COMPARE(answer->calls, 1);
        QVERIFY(answer->json.isEmpty());
        QVERIFY(!answer->error.isEmpty());

        // The page that asked is gone before the answer: nothing is called.
        auto *page = new QObject;
        auto late = std::make_shared<int>(0);
        sync.fetchEntityJson(QStringLiteral("acme"), QStringLiteral("component:default/checkout-web"), page,
                             [late](QByteArray, QString) { ++*late; });
        delete page;
        sync.waitForCache();
        QCoreApplication::processEvents();
        QCOMPARE(*late, 0);
    }

    void fetchEntityJsonWithoutACacheSaysSo()
    {
        QFile blocker(m_dir->filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        catalog::LocalCatalog index;
        cache::RemoteCatalogSync sync(&index);
        QVERIFY(!sync.openCache(blocker.fileName() + QStringLiteral("/acme.sqlite")));
        QObject context;
        int calls = 0;
        QByteArray json = "unset";
        QString error;
        sync.fetchEntityJson(QStringLiteral("acme"), QStringLiteral("component:default/checkout-web"), &context,
                             [&](QByteArray j, QString e) {
                                 ++calls;
                                 json = j;
                                 error = e;
                             });
        QCOMPARE(calls, 0);   // never synchronously: the page may still be setting up
        QTRY_COMPARE(calls, 1);
        QVERIFY(json.isEmpty());
        QVERIFY2(error.contains(QLatin1String("acme")), qPrintable(error));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_cachePath;
    int m_syncs = 0;
};

QTEST_GUILESS_MAIN(TestRemoteCatalogSync)
#include "tst_remotecatalogsync.moc"
