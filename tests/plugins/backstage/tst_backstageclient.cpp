// The Backstage catalog client and provider against recorded Backstage responses (fixtures/),
// served by the scripted test server through the host's real HTTP client (HostHttpClient).
//
// Gotchas of shared/fixtures/backstage/README.md and where they are covered:
//  - error envelope {"error":{name,message},request,response}: errorsDuringSync, entityNotFound
//  - request.url in the envelope is relative to the plugin mount: errorsDuringSync (the message
//    names our full URL, /api/catalog/entities/by-query)
//  - unknown routes → 404 with an empty body: errorsDuringSync (unknownRoute), entityUnknownRoute
//  - {"errors":[...]} envelope without "error": errorsDuringSync (errorsArrayEnvelope)
//  - refs case-insensitive, kind capitalised in entities, relations lower case, spec refs short:
//    entityByRefIgnoresCase, refsParseWithBackstageDefaults, specRefsResolveLikeRelations
//  - by-query: nextCursor/prevCursor absent (not null) at the ends, prevCursor not followed:
//    fullSyncFollowsNextCursorOnly
//  - limit is not stored in the cursor, send it again: cursorDoesNotCarryLimit, fullSyncFollowsNextCursorOnly
//  - with a cursor, filter/orderField are ignored (so not sent): fullSyncFollowsNextCursorOnly
//  - totalItems computed on the first page and carried (can be stale): progressCountsItemsOfTotal,
//    totalChangingMidSyncStillCompletes
//  - only the first orderField is honoured (one is sent): fullSyncFollowsNextCursorOnly
//  - bad cursor → 400 "Malformed cursor": errorsDuringSync (malformedCursor)
//  - catalog eventually consistent (entities appear/move while reading): totalChangingMidSyncStillCompletes,
//    entityMovingAcrossPagesIsDeliveredOnce, catalogChangingMidSyncIsReconciled
//  - fields projection applies to every page (sent with the cursor too): incrementalSyncReadsChangesOnly
//  - by-refs: a POST with {"entityRefs"}, items in request order, null for unknown refs:
//    incrementalSyncReadsChangesOnly, entityGoneBeforeItIsReadIsRemoved
//  - 5xx: retried by the host's client for reads, then a clear error: serverErrorIsRetried, serverErrorThatStays
// Not applicable to this client: fullTextFilter* (no search), filters (the full sync reads all),
// legacy /entities Link header (by-query is used), facets, locations, search.

#include "backstagefixtures.h"
#include "testhttpserver.h"

#include "backstagecatalogprovider.h"
#include "backstageclient.h"
#include "backstageentityref.h"
#include "net/hosthttpclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace atrium;
using atrium::backstage::BackstageCatalogProvider;
using atrium::backstage::BackstageClient;
using atrium::backstage::BackstageEntityRef;
using atrium::net::HostHttpClient;
using ErrorKind = BackstageClient::ErrorKind;

using namespace backstagetest;

namespace {


ScriptedReply fixtureReply(const QString &name, int status = 200)
{
    return reply(fixture(name), status);
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const QStringList Pages = {QStringLiteral("catalog-by-query-page1.json"), QStringLiteral("catalog-by-query-page2.json"),
                           QStringLiteral("catalog-by-query-page3-last.json")};
const QByteArray ByRefs = "/api/catalog/entities/by-refs";

// The entities of the three recorded pages, in order.
QList<QJsonObject> recordedEntities()
{
    QList<QJsonObject> all;
    for (const QString &page : Pages) {
        for (const QJsonValue &v : fixtureObject(page).value(QLatin1String("items")).toArray())
            all.append(v.toObject());
    }
    return all;
}

// The three recorded pages, served in order.
QList<ScriptedReply> recordedPageReplies()
{
    QList<ScriptedReply> replies;
    for (const QString &page : Pages)
        replies.append(fixtureReply(page));
    return replies;
}

QString refOf(const QJsonObject &entity)
{
    return BackstageEntityRef::fromEntity(entity).toString();
}

QJsonObject withEtag(QJsonObject entity, const QString &etag, const QString &title = {})
{
    QJsonObject metadata = entity.value(QLatin1String("metadata")).toObject();
    metadata[QLatin1String("etag")] = etag;
    if (!title.isEmpty())
        metadata[QLatin1String("title")] = title;
    entity[QLatin1String("metadata")] = metadata;
    return entity;
}

QJsonObject renamed(QJsonObject entity, const QString &name, const QString &uid)
{
    QJsonObject metadata = entity.value(QLatin1String("metadata")).toObject();
    metadata[QLatin1String("name")] = name;
    metadata[QLatin1String("uid")] = uid;
    metadata[QLatin1String("etag")] = QStringLiteral("0123456789abcdef0123");
    entity[QLatin1String("metadata")] = metadata;
    return entity;
}

QString cursorOf(const QJsonObject &page, const char *which)
{
    return page.value(QLatin1String("pageInfo")).toObject().value(QLatin1String(which)).toString();
}

QStringList names(const QList<QJsonObject> &entities)
{
    QStringList result;
    for (const QJsonObject &e : entities)
        result.append(e.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString());
    return result;
}

struct Progress
{
    qint64 done;
    qint64 total;
    QString message;
};

class RecordingSink : public sdk::CatalogSink
{
public:
    void progress(qint64 done, qint64 total, const QString &message) override
    {
        progressCalls.append({done, total, message});
    }
    void batch(const sdk::CatalogBatch &batch) override { batches.append(batch); }
    void finished(const sdk::SyncResult &result) override
    {
        ++finishedCalls;
        this->result = result;
    }

    QList<Progress> progressCalls;
    QList<sdk::CatalogBatch> batches;
    int finishedCalls = 0;
    sdk::SyncResult result;

    // A batch's entities, objects first, then the texts (each must be one JSON object).
    static QList<QJsonObject> objectsOf(const sdk::CatalogBatch &batch)
    {
        QList<QJsonObject> all = batch.upserts;
        for (const QByteArray &text : batch.upsertsJson) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(text, &error);
            if (!document.isObject())
                qWarning("a batch text is no JSON object: %s", qPrintable(error.errorString()));
            all.append(document.object());
        }
        return all;
    }

    QList<QJsonObject> entities() const
    {
        QList<QJsonObject> all;
        for (const auto &b : batches)
            all += objectsOf(b);
        return all;
    }
};

} // namespace

class TestBackstageClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<HostHttpClient> m_http;

    std::unique_ptr<HostHttpClient> makeHttp(const QString &baseUrl, int retries = 0)
    {
        sdk::ConnectionInfo info;
        info.id = QStringLiteral("backstage-test");
        info.pluginId = QStringLiteral("dev.atrium.backstage");
        info.baseUrl = QUrl(baseUrl);
        info.hasCredential = true;
        HostHttpClient::Options options;
        options.connectTimeoutMs = 2000;
        options.transferTimeoutMs = 5000;
        options.maxRetries = retries; // the host's retries are tested with the host client
        net::CredentialSpec credential;
        credential.kind = net::CredentialSpec::Kind::Bearer;
        return std::make_unique<HostHttpClient>(
            info, QStringList{}, credential,
            [](QObject *, std::function<void(bool, QByteArray, QString)> done) { done(true, Token, QString()); },
            options);
    }

    BackstageClient::Options pageOf(int size, int timeoutMs = 0)
    {
        BackstageClient::Options options;
        options.pageSize = size;
        options.requestTimeoutMs = timeoutMs;
        return options;
    }

    // Runs one sync to its end and checks that finished() came exactly once, never inside sync().
    BackstageClient::SyncSummary runSync(BackstageCatalogProvider &provider, RecordingSink &sink)
    {
        // The summary of the pages (a reconciling index scan may follow, with a summary of its own).
        BackstageClient::SyncSummary summary;
        bool first = true;
        QMetaObject::Connection c = connect(provider.client(), &BackstageClient::syncFinished, this,
                                            [&summary, &first](const BackstageClient::SyncSummary &s) {
            if (std::exchange(first, false))
                summary = s;
        });
        provider.sync(sdk::CatalogProvider::SyncMode::Full, QString(), &sink);
        if (sink.finishedCalls != 0)
            qWarning("finished() ran inside sync()");
        [&] { QTRY_COMPARE_WITH_TIMEOUT(sink.finishedCalls, 1, 15000); }();
        QTest::qWait(50);
        disconnect(c);
        return summary;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestHttpServer>();
        QVERIFY(m_server->isListening());
        m_http = makeHttp(m_server->url());
    }

    void cleanup()
    {
        m_http.reset();
        m_server.reset();
    }

    // Gotcha: limit is not part of the cursor. The recorded cursor decodes without a limit, which is
    // why every cursor request sends limit again.
    void cursorDoesNotCarryLimit()
    {
        const QString cursor = cursorOf(fixtureObject(Pages[0]), "nextCursor");
        const QJsonObject decoded = QJsonDocument::fromJson(QByteArray::fromBase64(cursor.toLatin1())).object();
        QVERIFY(!decoded.isEmpty());
        QCOMPARE(decoded, fixtureObject(QStringLiteral("catalog-by-query-cursor-decoded.json")));
        QVERIFY(!decoded.contains(QLatin1String("limit")));
    }

    // Gotchas: nextCursor followed, prevCursor ignored; limit sent with every cursor request;
    // filter/orderField not sent with a cursor; one orderField only.
    void fullSyncFollowsNextCursorOnly()
    {
        QList<ScriptedReply> replies;
        for (const QString &page : Pages)
            replies.append(fixtureReply(page));
        replies.append(fixtureReply(QStringLiteral("catalog-by-query-prev-of-page3.json"))); // never asked for
        m_server->route(ByQuery, replies);

        BackstageCatalogProvider provider(m_http.get(), pageOf(2));
        RecordingSink sink;
        const auto summary = runSync(provider, sink);

        QCOMPARE(sink.finishedCalls, 1);
        QVERIFY2(sink.result.ok, qPrintable(sink.result.errorString));
        QVERIFY(!sink.result.cancelled);
        QVERIFY(!sink.result.state.isEmpty());
        QCOMPARE(summary.pages, 3);

        // One batch per page, the raw entity JSON unchanged.
        QList<QJsonObject> expected;
        QCOMPARE(sink.batches.size(), Pages.size());
        for (qsizetype i = 0; i < Pages.size(); ++i) {
            QList<QJsonObject> pageItems;
            for (const QJsonValue &v : fixtureObject(Pages[i]).value(QLatin1String("items")).toArray())
                pageItems.append(v.toObject());
            QCOMPARE(RecordingSink::objectsOf(sink.batches[i]), pageItems);
            // A full read passes each entity's text as Backstage sent it (a slice of the page).
            QCOMPARE(sink.batches[i].upsertsJson.size(), pageItems.size());
            const QByteArray pageText = fixture(Pages[i]);
            for (const QByteArray &text : std::as_const(sink.batches[i].upsertsJson))
                QVERIFY(pageText.contains(text));
            QVERIFY(sink.batches[i].removedRefs.isEmpty());
            expected += pageItems;
        }
        QCOMPARE(sink.result.entityCount, qint64(expected.size()));

        // The requests the server saw.
        QCOMPARE(m_server->hits(ByQuery), 3);
        QCOMPARE(m_server->seen.size(), 3);
        const QUrlQuery first = queryOf(m_server->seen[0]);
        QCOMPARE(first.queryItemValue(QStringLiteral("limit")), QStringLiteral("2"));
        QCOMPARE(first.allQueryItemValues(QStringLiteral("orderField"), QUrl::FullyDecoded),
                 QStringList{QStringLiteral("metadata.uid,asc")});
        QVERIFY(!first.hasQueryItem(QStringLiteral("cursor")));
        const QStringList prevCursors = {cursorOf(fixtureObject(Pages[1]), "prevCursor"),
                                         cursorOf(fixtureObject(Pages[2]), "prevCursor")};
        for (int i = 1; i < 3; ++i) {
            const QUrlQuery q = queryOf(m_server->seen[i]);
            const QString cursor = q.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
            QCOMPARE(cursor, cursorOf(fixtureObject(Pages[i - 1]), "nextCursor"));
            QVERIFY(!prevCursors.contains(cursor));
            QCOMPARE(q.queryItemValue(QStringLiteral("limit")), QStringLiteral("2"));
            QVERIFY(!q.hasQueryItem(QStringLiteral("orderField")));
            QVERIFY(!q.hasQueryItem(QStringLiteral("filter")));
        }
        // The host authenticates; the plugin asks for JSON.
        for (const SeenRequest &r : std::as_const(m_server->seen)) {
            QVERIFY(r.header("Authorization") == "Bearer " + Token);
            QCOMPARE(r.header("Accept"), QByteArray("application/json"));
        }
    }

    void pageSizeDefaultsTo500()
    {
        m_server->route(ByQuery, fixtureReply(Pages[2])); // a last page: one request
        BackstageCatalogProvider provider(m_http.get());
        RecordingSink sink;
        runSync(provider, sink);
        QVERIFY2(sink.result.ok, qPrintable(sink.result.errorString));
        QCOMPARE(queryOf(m_server->seen.value(0)).queryItemValue(QStringLiteral("limit")), QStringLiteral("500"));
    }

    // Gotcha: totalItems comes from the first page (carried in the cursor).
    void progressCountsItemsOfTotal()
    {
        QList<ScriptedReply> replies;
        QList<QPair<qint64, qint64>> expected;
        qint64 soFar = 0;
        for (const QString &page : Pages) {
            replies.append(fixtureReply(page));
            const QJsonObject o = fixtureObject(page);
            soFar += o.value(QLatin1String("items")).toArray().size();
            expected.append({soFar, qint64(o.value(QLatin1String("totalItems")).toDouble())});
        }
        m_server->route(ByQuery, replies);
        BackstageCatalogProvider provider(m_http.get(), pageOf(2));
        RecordingSink sink;
        runSync(provider, sink);
        QVERIFY2(sink.result.ok, qPrintable(sink.result.errorString));
        QCOMPARE(sink.progressCalls.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(sink.progressCalls[i].done, expected[i].first);
            QCOMPARE(sink.progressCalls[i].total, expected[i].second);
            QVERIFY(!sink.progressCalls[i].message.isEmpty());
        }
    }

    // Gotcha: the catalog is eventually consistent and totalItems can be stale: a total that
    // changes between pages does not fail the sync, and the user is told.
    void totalChangingMidSyncStillCompletes()
    {
        QJsonObject page2 = fixtureObject(Pages[1]);
        const qint64 grown = qint64(page2.value(QLatin1String("totalItems")).toDouble()) + 3;
        page2[QLatin1String("totalItems")] = grown;
        QJsonObject page3 = fixtureObject(Pages[2]);
        page3[QLatin1String("totalItems")] = grown;
        // The counts disagree, so the sync ends with an index comparison: here it finds no difference.
        m_server->route(ByQuery, {fixtureReply(Pages[0]), reply(toJson(page2)), reply(toJson(page3)),
                                  indexPage(recordedEntities())});
        BackstageCatalogProvider provider(m_http.get(), pageOf(2));
        RecordingSink sink;
        const auto summary = runSync(provider, sink);
        QVERIFY2(sink.result.ok, qPrintable(sink.result.errorString));
        QCOMPARE(sink.result.entityCount, qint64(6));
        QVERIFY(sink.result.complete);
        QCOMPARE(m_server->hits(ByQuery), 4);
        QCOMPARE(m_server->hits(ByRefs), 0);
        // The notes (the total changed; fewer entities than it counts) reach the user with the last
        // progress message, with the outcome of the comparison.
        QVERIFY2(sink.progressCalls.last().message.contains(QStringLiteral("entities read again: 0, removed: 0.")),
                 qPrintable(sink.progressCalls.last().message));
        QCOMPARE(summary.notes.size(), 2);
        QCOMPARE(summary.firstTotal, qint64(fixtureObject(Pages[0]).value(QLatin1String("totalItems")).toDouble()));
        QCOMPARE(summary.lastTotal, grown);
        QVERIFY(sink.progressCalls.last().message.contains(QString::number(grown)));
        for (const Progress &p : std::as_const(sink.progressCalls))
            QVERIFY(p.total < 0 || p.total >= p.done);
    }

    // An entity seen on an earlier page (it moved while the catalog changed) is delivered once.
    void entityMovingAcrossPagesIsDeliveredOnce()
    {
        QJsonObject page2 = fixtureObject(Pages[1]);
        QJsonArray items = page2.value(QLatin1String("items")).toArray();
        items.prepend(fixtureObject(Pages[0]).value(QLatin1String("items")).toArray().at(0));
        page2[QLatin1String("items")] = items;
        m_server->route(ByQuery, {fixtureReply(Pages[0]), reply(toJson(page2)), fixtureReply(Pages[2])});
        BackstageCatalogProvider provider(m_http.get(), pageOf(2));
        RecordingSink sink;
        runSync(provider, sink);
        QVERIFY2(sink.result.ok, qPrintable(sink.result.errorString));
        const QStringList delivered = names(sink.entities());
        QCOMPARE(delivered.size(), 6);
        QCOMPARE(QSet<QString>(delivered.begin(), delivered.end()).size(), 6);
        QCOMPARE(sink.result.entityCount, qint64(6));
    }

    void errorsDuringSync_data()
    {
        QTest::addColumn<int>("goodPages");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("mentions");

        // Gotcha: the envelope's AuthenticationError; 401/403 ask for the token again.
        QTest::newRow("401 missing token") << 0 << fixture("error-401-missing-token.json") << 401
                                           << ErrorKind::Authentication << "Missing credentials";
        QTest::newRow("401 wrong token") << 0 << fixture("error-401-wrong-token.json") << 401
                                         << ErrorKind::Authentication << "Illegal token";
        QTest::newRow("403 not allowed") << 0 << fixture("error-403-not-allowed.json") << 403
                                         << ErrorKind::Authentication << "NotAllowedError";
        // Gotcha: unknown routes are 404 with an empty body (wrong base URL, not a Backstage).
        QTest::newRow("unknown route") << 0 << fixture("error-404-unknown-route.empty-body.txt") << 404
                                       << ErrorKind::NotBackstage << "404";
        // Gotcha: a bad cursor is 400 "Malformed cursor".
        QTest::newRow("malformed cursor") << 1 << fixture("error-400-malformed-cursor.json") << 400
                                          << ErrorKind::BadRequest << "Malformed cursor";
        // Gotcha: some errors come as {"errors":[...]} without "error".
        QTest::newRow("errors array envelope") << 0 << fixture("catalog-validate-entity-invalid.json") << 400
                                               << ErrorKind::BadRequest << "Policy check failed";
        QTest::newRow("500") << 1 << fixture("error-500.json") << 500 << ErrorKind::Server << "SQLITE_BUSY";
        QTest::newRow("web app instead of backend") << 0 << fixture("frontend-index.html") << 200
                                                    << ErrorKind::NotBackstage << "HTML";
        QTest::newRow("malformed JSON") << 1 << fixture("broken-page-truncated.json") << 200
                                        << ErrorKind::InvalidResponse << "JSON";
        QTest::newRow("items not an array") << 0 << fixture("broken-page-items-not-array.json") << 200
                                            << ErrorKind::InvalidResponse << "\"items\"";
        QTest::newRow("item not an entity") << 0 << fixture("broken-page-item-not-entity.json") << 200
                                            << ErrorKind::InvalidResponse << "item 2";
        QTest::newRow("not an object") << 0 << QByteArray("[]") << 200 << ErrorKind::InvalidResponse << "object";
    }

    void errorsDuringSync()
    {
        QFETCH(int, goodPages);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(ErrorKind, kind);
        QFETCH(QString, mentions);

        QList<ScriptedReply> replies;
        for (int i = 0; i < goodPages; ++i)
            replies.append(fixtureReply(Pages[i]));
        replies.append(reply(body, status));
        m_server->route(ByQuery, replies);

        BackstageCatalogProvider provider(m_http.get(), pageOf(2));
        RecordingSink sink;
        const auto summary = runSync(provider, sink);

        QVERIFY(!sink.result.ok);
        QVERIFY(!sink.result.cancelled);
        QCOMPARE(summary.error.kind, kind);
        QCOMPARE(summary.error.status, status);
        QCOMPARE(sink.result.errorString, summary.error.message);
        QVERIFY2(sink.result.errorString.contains(mentions), qPrintable(sink.result.errorString));
        // Where: the full URL (the envelope's request.url lacks /api/catalog) and the page.
        QVERIFY2(sink.result.errorString.contains(m_server->url() + QString::fromLatin1(ByQuery.mid(1))),
                 qPrintable(sink.result.errorString));
        QVERIFY2(sink.result.errorString.contains(QStringLiteral("page %1 ").arg(goodPages + 1)),
                 qPrintable(sink.result.errorString));
        QCOMPARE(sink.batches.size(), goodPages);
        QCOMPARE(m_server->hits(ByQuery), goodPages + 1);
    }

    void cursorThatStopsAdvancingFails()
    {
        // The second page has new entities but announces the cursor that was just used.
        QJsonObject page2 = fixtureObject(Pages[1]);
        QJsonObject pageInfo = page2.value(QLatin1String("pageInfo")).toObject();
        pageInfo[QLatin1String("nextCursor")] = cursorOf(fixtureObject(Pages[0]), "nextCursor");
        page2[QLatin1String("pageInfo")] = pageInfo;
        m_server->route(ByQuery, {fixtureReply(Pages[0]), reply(toJson(page2)), fixtureReply(Pages[2])});
        BackstageCatalogProvider provider(m_http.get(), pageOf(2));
        RecordingSink sink;
        const auto summary = runSync(provider, sink);
        QVERIFY(!sink.result.ok);
        QCOMPARE(summary.error.kind, ErrorKind::CursorStalled);
        QVERIFY(!sink.result.errorString.isEmpty());
        QCOMPARE(m_server->hits(ByQuery), 2);
        QCOMPARE(sink.batches.size(), 1);
    }

    void pageThatRepeatsFails()
    {
        QJsonObject again = fixtureObject(Pages[0]);
        QJsonObject pageInfo;
        pageInfo[QLatin1String("nextCursor")] = QStringLiteral("a-new-cursor-every-time");
        again[QLatin1String("pageInfo")] = pageInfo;
        m_server->route(ByQuery, {fixtureReply(Pages[0]), reply(toJson(again)), fixtureReply(Pages[2])});
        BackstageCatalogProvider provider(m_http.get(), pageOf(2));
        RecordingSink sink;
        const auto summary = runSync(provider, sink);
        QVERIFY(!sink.result.ok);
        QCOMPARE(summary.error.kind, ErrorKind::CursorStalled);
        // A third request may have left (asked for ahead, then dropped) before the repeat was seen.
        QVERIFY(m_server->hits(ByQuery) == 2 || m_server->hits(ByQuery) == 3);
        QCOMPARE(sink.batches.size(), 1);
    }

    // The next page is asked for before a page is parsed, from the "nextCursor" found in its bytes;
    // the parsed page has the last word. An entity with a "nextCursor" key of its own on the last
    // page makes a request that is dropped, and the sync ends well.
    void aCursorLookalikeInAnEntityIsNotFollowed()
    {
        QJsonObject last = fixtureObject(Pages[2]);
        QJsonArray items = last.value(QLatin1String("items")).toArray();
        QJsonObject odd = items.at(1).toObject();
        QJsonObject spec = odd.value(QLatin1String("spec")).toObject();
        spec[QLatin1String("nextCursor")] = QStringLiteral("not-a-cursor");
        odd[QLatin1String("spec")] = spec;
        items[1] = odd;
        last[QLatin1String("items")] = items;
        last.remove(QLatin1String("pageInfo"));
        m_server->route(ByQuery, {fixtureReply(Pages[0]), fixtureReply(Pages[1]), reply(toJson(last)),
                                  fixtureReply(QStringLiteral("error-500.json"), 500)});
        BackstageCatalogProvider provider(m_http.get(), pageOf(2));
        RecordingSink sink;
        runSync(provider, sink);
        // Followed, the lookalike would have met the 500 and failed the sync.
        QVERIFY2(sink.result.ok, qPrintable(sink.result.errorString));
        QCOMPARE(sink.result.entityCount, qint64(6));
        QTest::qWait(100);
        for (qsizetype i = 3; i < m_server->seen.size(); ++i) // the dropped request, if it left at all
            QCOMPARE(queryOf(m_server->seen[i]).queryItemValue(QStringLiteral("cursor")), QStringLiteral("not-a-cursor"));
    }

    void emptyPageWithNextCursorFails()
    {
        m_server->route(ByQuery, reply(R"({"items":[],"totalItems":0,"pageInfo":{"nextCursor":"more"}})"));
        BackstageCatalogProvider provider(m_http.get(), pageOf(2));
        RecordingSink sink;
        const auto summary = runSync(provider, sink);
        QVERIFY(!sink.result.ok);
        QCOMPARE(summary.error.kind, ErrorKind::CursorStalled);
        // The next page was asked for before this one was read; the request is dropped, but it
        // may have reached the server already. Nothing else is asked.
        QTest::qWait(100);
        QVERIFY(m_server->hits(ByQuery) <= 2);
        for (qsizetype i = 1; i < m_server->seen.size(); ++i)
            QCOMPARE(queryOf(m_server->seen[i]).queryItemValue(QStringLiteral("cursor")), QStringLiteral("more"));
    }

    void emptyCatalogSucceeds()
    {
        m_server->route(ByQuery, reply(R"({"items":[],"totalItems":0,"pageInfo":{}})"));
        BackstageCatalogProvider provider(m_http.get(), pageOf(2));
        RecordingSink sink;
        runSync(provider, sink);
        QVERIFY2(sink.result.ok, qPrintable(sink.result.errorString));
        QCOMPARE(sink.result.entityCount, qint64(0));
        QVERIFY(sink.batches.isEmpty());
    }

    void cancelMidSync()
    {
        ScriptedReply slow = fixtureReply(Pages[1]);
        slow.delayMs = 3000;
        m_server->route(ByQuery, {fixtureReply(Pages[0]), slow, fixtureReply(Pages[2])});
        BackstageCatalogProvider provider(m_http.get(), pageOf(2));
        RecordingSink sink;
        QElapsedTimer clock;
        clock.start();
        provider.sync(sdk::CatalogProvider::SyncMode::Full, QString(), &sink);
        QTRY_COMPARE(sink.batches.size(), 1);
        QTRY_COMPARE(m_server->hits(ByQuery), 2); // page 2 is on its way
        provider.cancel();
        QCOMPARE(sink.finishedCalls, 0); // never inside cancel()
        QTRY_COMPARE(sink.finishedCalls, 1);
        QVERIFY(clock.elapsed() < 2500);
        QVERIFY(sink.result.cancelled);
        QVERIFY(!sink.result.ok);
        provider.cancel(); // idle: nothing happens
        QTest::qWait(3500); // past the slow page
        QCOMPARE(sink.finishedCalls, 1);
        QCOMPARE(sink.batches.size(), 1);
        QCOMPARE(m_server->hits(ByQuery), 2);
    }

    void timeout()
    {
        m_server->route(ByQuery, {fixtureReply(Pages[0]), ScriptedReply::stalled()});
        BackstageCatalogProvider provider(m_http.get(), pageOf(2, 300));
        RecordingSink sink;
        QElapsedTimer clock;
        clock.start();
        const auto summary = runSync(provider, sink);
        QVERIFY(clock.elapsed() < 4000);
        QVERIFY(!sink.result.ok);
        QCOMPARE(summary.error.kind, ErrorKind::Timeout);
        QVERIFY2(sink.result.errorString.contains(QString::fromLatin1(ByQuery)), qPrintable(sink.result.errorString));
    }

    void connectionRefused()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            closedPort = probe.serverPort();
        }
        auto http = makeHttp(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort));
        BackstageCatalogProvider provider(http.get(), pageOf(2));
        RecordingSink sink;
        const auto summary = runSync(provider, sink);
        QVERIFY(!sink.result.ok);
        QCOMPARE(summary.error.kind, ErrorKind::Network);
        QVERIFY2(sink.result.errorString.contains(QString::number(closedPort)), qPrintable(sink.result.errorString));
    }

    void secondSyncWhileRunningIsRefused()
    {
        QJsonObject only = fixtureObject(Pages[2]);
        only[QLatin1String("totalItems")] = 2; // a catalog of this one page
        ScriptedReply slow = reply(toJson(only));
        slow.delayMs = 300;
        m_server->route(ByQuery, slow);
        BackstageCatalogProvider provider(m_http.get(), pageOf(2));
        RecordingSink first;
        RecordingSink second;
        provider.sync(sdk::CatalogProvider::SyncMode::Full, QString(), &first);
        provider.sync(sdk::CatalogProvider::SyncMode::Incremental, QString(), &second);
        QCOMPARE(second.finishedCalls, 0); // never inside sync()
        QTRY_COMPARE(second.finishedCalls, 1);
        QVERIFY(!second.result.ok);
        QVERIFY(!second.result.errorString.isEmpty());
        QTRY_COMPARE(first.finishedCalls, 1);
        QVERIFY2(first.result.ok, qPrintable(first.result.errorString));
        QCOMPARE(m_server->hits(ByQuery), 1);
        QTest::qWait(50);
        QCOMPARE(first.finishedCalls, 1);
        QCOMPARE(second.finishedCalls, 1);
    }

    // A full sync leaves a state that names every entity with its etag; the next incremental sync
    // reads the index only (fields projection, bigger pages), then the changed and new entities
    // through by-refs, and reports the ones that are gone.
    void incrementalSyncReadsChangesOnly()
    {
        m_server->route(ByQuery, recordedPageReplies());
        BackstageCatalogProvider provider(m_http.get(), pageOf(2));
        RecordingSink full;
        runSync(provider, full);
        QVERIFY2(full.result.ok, qPrintable(full.result.errorString));
        QVERIFY(full.result.complete);
        BackstageCatalogProvider::State state;
        QVERIFY(BackstageCatalogProvider::decodeState(full.result.state, &state));
        QCOMPARE(state.etags.size(), 6);

        // Now: entity 2 changed, entity 5 is gone, a new one appeared.
        QList<QJsonObject> now = recordedEntities();
        const QJsonObject changed = withEtag(now[1], QStringLiteral("ffffffffffffffff0000"), QStringLiteral("Changed title"));
        const QString goneRef = refOf(now[4]);
        const QJsonObject added = renamed(now[0], QStringLiteral("brand-new-service"), QStringLiteral("uid-new"));
        now[1] = changed;
        now.removeAt(4);
        now.append(added);
        m_server->seen.clear();
        m_server->route(ByQuery, indexPage(now));
        m_server->route(ByRefs, byRefsReply({added, changed})); // sorted refs: brand-new-service first

        RecordingSink sink;
        provider.sync(sdk::CatalogProvider::SyncMode::Incremental, full.result.state, &sink);
        QTRY_COMPARE_WITH_TIMEOUT(sink.finishedCalls, 1, 10000);
        QVERIFY2(sink.result.ok, qPrintable(sink.result.errorString));
        QVERIFY(!sink.result.complete);
        QCOMPARE(sink.result.entityCount, qint64(6));

        QCOMPARE(m_server->hits(ByQuery), 1);
        const QUrlQuery scan = queryOf(*m_server->last(ByQuery));
        QCOMPARE(scan.queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded),
                 QStringLiteral("kind,metadata.namespace,metadata.name,metadata.uid,metadata.etag"));
        QCOMPARE(scan.queryItemValue(QStringLiteral("limit")), QStringLiteral("5000"));

        QCOMPARE(m_server->hits(ByRefs), 1);
        const SeenRequest *refs = m_server->last(ByRefs);
        QCOMPARE(refs->method, QByteArray("POST"));
        QCOMPARE(QJsonDocument::fromJson(refs->body).object(),
                 (QJsonObject{{QStringLiteral("entityRefs"), QJsonArray{refOf(added), refOf(changed)}}}));
        QCOMPARE(refs->header("Authorization"), QByteArray("Bearer ") + Token);

        QCOMPARE(names(sink.entities()), (QStringList{QStringLiteral("brand-new-service"), names({changed}).first()}));
        QStringList removed;
        for (const auto &b : sink.batches)
            removed += b.removedRefs;
        QCOMPARE(removed, QStringList{goneRef});

        // The next state knows the new index: nothing changed → no by-refs at all.
        m_server->seen.clear();
        RecordingSink again;
        provider.sync(sdk::CatalogProvider::SyncMode::Incremental, sink.result.state, &again);
        QTRY_COMPARE_WITH_TIMEOUT(again.finishedCalls, 1, 10000);
        QVERIFY2(again.result.ok, qPrintable(again.result.errorString));
        QVERIFY(again.batches.isEmpty());
        QCOMPARE(m_server->hits(ByRefs), 0);
        QCOMPARE(again.result.entityCount, qint64(6));
        QVERIFY(!again.progressCalls.isEmpty());
        QCOMPARE(again.progressCalls.last().message, QStringLiteral("No entity changed."));
    }

    // A ref that vanishes between the index and the read (by-refs answers null) is removed.
    void entityGoneBeforeItIsReadIsRemoved()
    {
        QList<QJsonObject> entities = recordedEntities();
        BackstageCatalogProvider::State state;
        state.fullAt = state.syncedAt = QDateTime::currentDateTimeUtc();
        for (const QJsonObject &e : entities)
            state.etags.insert(refOf(e), BackstageCatalogProvider::etagKey(e));
        const QJsonObject changed = withEtag(entities[2], QStringLiteral("eeeeeeeeeeeeeeee"));
        entities[2] = changed;
        m_server->route(ByQuery, indexPage(entities));
        m_server->route(ByRefs, byRefsReply({QJsonObject()}));
        BackstageCatalogProvider provider(m_http.get(), pageOf(2));
        RecordingSink sink;
        provider.sync(sdk::CatalogProvider::SyncMode::Incremental, BackstageCatalogProvider::encodeState(state), &sink);
        QTRY_COMPARE_WITH_TIMEOUT(sink.finishedCalls, 1, 10000);
        QVERIFY2(sink.result.ok, qPrintable(sink.result.errorString));
        QVERIFY(sink.entities().isEmpty());
        QCOMPARE(sink.batches.size(), 1);
        QCOMPARE(sink.batches[0].removedRefs, QStringList{refOf(changed)});
        QCOMPARE(sink.result.entityCount, qint64(5));
    }

    // The state a full read builds line by line as pages arrive: what the map form gives, a later
    // line wins over an earlier one with the same ref, and a count that does not match its lines,
    // or a broken line, makes the state unusable.
    void theStateOfAFullReadReadsBackAsTheMapForm()
    {
        const QDateTime at = QDateTime::fromString(QStringLiteral("2026-12-03T10:00:00.000Z"), Qt::ISODateWithMs);
        BackstageCatalogProvider::State map;
        map.fullAt = map.syncedAt = at;
        map.etags.insert(QStringLiteral("component:default/a"), QStringLiteral("00000000000000a1"));
        map.etags.insert(QStringLiteral("group:default/t\u00e9am"), QStringLiteral("00000000000000b2"));
        BackstageCatalogProvider::State read;
        QVERIFY(BackstageCatalogProvider::decodeState(BackstageCatalogProvider::encodeState(map), &read));
        QCOMPARE(read.etags, map.etags);
        QCOMPARE(read.fullAt, at);
        QCOMPARE(read.syncedAt, at);

        const QByteArray lines = "component:default/a\t0000000000000001\ncomponent:default/b\t0000000000000002\n"
                                 "component:default/a\t00000000000000a1\n";
        QVERIFY(BackstageCatalogProvider::decodeState(BackstageCatalogProvider::encodeState(lines, 3, at, at), &read));
        QCOMPARE(read.etags.size(), 2);
        QCOMPARE(read.etags.value(QStringLiteral("component:default/a")), QStringLiteral("00000000000000a1"));
        QVERIFY(!BackstageCatalogProvider::decodeState(BackstageCatalogProvider::encodeState(lines, 2, at, at), &read));
        QVERIFY(!BackstageCatalogProvider::decodeState(
            BackstageCatalogProvider::encodeState(QByteArray("component:default/a 1\n"), 1, at, at), &read));
        // Empty is a state too: a catalog without entities.
        QVERIFY(BackstageCatalogProvider::decodeState(BackstageCatalogProvider::encodeState(QByteArray(), 0, at, at), &read));
        QVERIFY(read.etags.isEmpty());
    }

    // The state is read off the GUI thread; a cancel while it is read ends the sync at once, once,
    // and nothing is asked of the server.
    void aCancelWhileTheStateIsReadEndsTheSyncOnce()
    {
        BackstageCatalogProvider::State state;
        state.fullAt = state.syncedAt = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 50000; ++i)
            state.etags.insert(QStringLiteral("component:default/service-%1").arg(i), QStringLiteral("%1").arg(i, 16, 16, QLatin1Char('0')));
        const QString encoded = BackstageCatalogProvider::encodeState(state);
        m_server->route(ByQuery, recordedPageReplies());
        BackstageCatalogProvider provider(m_http.get(), pageOf(2));
        RecordingSink sink;
        provider.sync(sdk::CatalogProvider::SyncMode::Incremental, encoded, &sink);
        provider.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(sink.finishedCalls, 1, 10000);
        QVERIFY(sink.result.cancelled);
        QTest::qWait(300); // the state read in the meantime finishes; nothing follows
        QCOMPARE(sink.finishedCalls, 1);
        QCOMPARE(m_server->hits(ByQuery), 0);

        // The next sync with the same state runs: an index scan of a catalog now empty removes all.
        m_server->route(ByQuery, indexPage({}));
        RecordingSink again;
        provider.sync(sdk::CatalogProvider::SyncMode::Incremental, encoded, &again);
        QTRY_COMPARE_WITH_TIMEOUT(again.finishedCalls, 1, 10000);
        QVERIFY2(again.result.ok, qPrintable(again.result.errorString));
        QVERIFY(!again.result.complete);
        QVERIFY(!queryOf(*m_server->last(ByQuery)).queryItemValue(QStringLiteral("fields")).isEmpty());
        QCOMPARE(again.batches.last().removedRefs.size(), 50000);
    }

    // A state from the last full read a day ago, or none usable: the incremental sync reads everything.
    void staleOrUnusableStateReadsEverything_data()
    {
        QTest::addColumn<QString>("state");
        BackstageCatalogProvider::State old;
        old.fullAt = old.syncedAt = QDateTime::currentDateTimeUtc().addSecs(-BackstageCatalogProvider::MaxIncrementalAgeSecs - 60);
        old.etags.insert(QStringLiteral("component:default/x"), QStringLiteral("0123"));
        QTest::newRow("a day old") << BackstageCatalogProvider::encodeState(old);
        QTest::newRow("format 1") << QStringLiteral(R"({"format":1})");
        QTest::newRow("empty") << QString();
        QTest::newRow("not JSON") << QStringLiteral("garbage");
        QTest::newRow("index corrupt") << QStringLiteral(R"({"format":2,"fullAt":"2099-01-01T00:00:00.000Z","entityCount":3,"index":"AAAA"})");
    }

    void staleOrUnusableStateReadsEverything()
    {
        QFETCH(QString, state);
        m_server->route(ByQuery, recordedPageReplies());
        BackstageCatalogProvider provider(m_http.get(), pageOf(2));
        RecordingSink sink;
        provider.sync(sdk::CatalogProvider::SyncMode::Incremental, state, &sink);
        QTRY_COMPARE_WITH_TIMEOUT(sink.finishedCalls, 1, 10000);
        QVERIFY2(sink.result.ok, qPrintable(sink.result.errorString));
        QVERIFY(sink.result.complete);
        QCOMPARE(sink.result.entityCount, qint64(6));
        QCOMPARE(m_server->hits(ByQuery), 3);
        QVERIFY(queryOf(*m_server->last(ByQuery)).queryItemValue(QStringLiteral("fields")).isEmpty());
    }

    // Data changing mid-sync: an entity is deleted and another created while the pages are read
    // (Backstage's counts disagree). The sync compares with an index read at the end, reads the new
    // entity, reports the deleted one, and says so.
    void catalogChangingMidSyncIsReconciled()
    {
        QJsonObject page2 = fixtureObject(Pages[1]);
        page2[QLatin1String("totalItems")] = 7;
        QList<QJsonObject> now = recordedEntities();
        const QString deleted = refOf(now[0]); // delivered on page 1, deleted afterwards
        const QJsonObject created = renamed(now[3], QStringLiteral("created-mid-sync"), QStringLiteral("0000-early-uid"));
        now.removeAt(0);
        now.append(created);
        m_server->route(ByQuery, {fixtureReply(Pages[0]), reply(toJson(page2)), fixtureReply(Pages[2]), indexPage(now)});
        m_server->route(ByRefs, byRefsReply({created}));
        BackstageCatalogProvider provider(m_http.get(), pageOf(2));
        RecordingSink sink;
        const auto summary = runSync(provider, sink);
        QVERIFY2(sink.result.ok, qPrintable(sink.result.errorString));
        QVERIFY(sink.result.complete);
        QCOMPARE(sink.result.entityCount, qint64(6));
        QCOMPARE(names(sink.entities()).count(QStringLiteral("created-mid-sync")), 1);
        QCOMPARE(sink.batches.last().removedRefs, QStringList{deleted});
        QVERIFY2(sink.progressCalls.last().message.contains(QStringLiteral("entities read again: 1, removed: 1.")),
                 qPrintable(sink.progressCalls.last().message));
        BackstageCatalogProvider::State state;
        QVERIFY(BackstageCatalogProvider::decodeState(sink.result.state, &state));
        QVERIFY(state.etags.contains(refOf(created)));
        QVERIFY(!state.etags.contains(deleted));
        QCOMPARE(summary.notes.size(), 1); // Backstage counted 6, then 7
    }

    // 5xx on a read is retried by the host's client; the sync goes on where it was.
    void serverErrorIsRetried()
    {
        m_http = makeHttp(m_server->url(), 2);
        m_server->route(ByQuery, {fixtureReply(Pages[0]), fixtureReply(QStringLiteral("error-500.json"), 503),
                                  fixtureReply(Pages[1]), fixtureReply(Pages[2])});
        BackstageCatalogProvider provider(m_http.get(), pageOf(2));
        RecordingSink sink;
        runSync(provider, sink);
        QVERIFY2(sink.result.ok, qPrintable(sink.result.errorString));
        QCOMPARE(sink.result.entityCount, qint64(6));
        QCOMPARE(m_server->hits(ByQuery), 4);
        // The retry asks for the same page again.
        QCOMPARE(queryOf(m_server->seen[1]).queryItemValue(QStringLiteral("cursor")),
                 queryOf(m_server->seen[2]).queryItemValue(QStringLiteral("cursor")));
    }

    void serverErrorThatStays()
    {
        m_http = makeHttp(m_server->url(), 2);
        m_server->route(ByQuery, {fixtureReply(Pages[0]), fixtureReply(QStringLiteral("error-500.json"), 500)});
        BackstageCatalogProvider provider(m_http.get(), pageOf(2));
        RecordingSink sink;
        const auto summary = runSync(provider, sink);
        QVERIFY(!sink.result.ok);
        QCOMPARE(summary.error.kind, ErrorKind::Server);
        QCOMPARE(m_server->hits(ByQuery), 1 + 3); // page 1, then page 2 three times
        QVERIFY2(sink.result.errorString.contains(QStringLiteral("HTTP 500")), qPrintable(sink.result.errorString));
        QVERIFY2(sink.result.errorString.contains(QStringLiteral("page 2")), qPrintable(sink.result.errorString));
    }

    // Real Backstage refuses a by-refs body over 100 KiB (400 "request entity too large", measured
    // at 3,200 refs): however large the page size, one request asks for at most 1,000 refs.
    void byRefsRequestsStayUnderBackstagesBodyLimit()
    {
        QList<QJsonObject> now;
        BackstageCatalogProvider::State state;
        state.fullAt = state.syncedAt = QDateTime::currentDateTimeUtc();
        const QJsonObject model = recordedEntities().at(0);
        for (int i = 0; i < 2500; ++i) {
            const QJsonObject e = renamed(model, QStringLiteral("service-with-a-longish-name-%1").arg(i, 5, 10, QLatin1Char('0')),
                                          QStringLiteral("uid-%1").arg(i, 5, 10, QLatin1Char('0')));
            now.append(e);
            state.etags.insert(refOf(e), QStringLiteral("stale"));
        }
        m_server->route(ByQuery, indexPage(now));
        m_server->setHandler([&now](const SeenRequest &request) -> std::optional<ScriptedReply> {
            if (request.path != ByRefs)
                return std::nullopt;
            if (request.body.size() > 100 * 1024)
                return reply(R"({"error":{"name":"InputError","message":"request entity too large"}})", 400);
            QList<QJsonObject> found;
            const QJsonArray refs = QJsonDocument::fromJson(request.body).object().value(QLatin1String("entityRefs")).toArray();
            for (const QJsonValue &ref : refs) {
                for (const QJsonObject &e : std::as_const(now)) {
                    if (refOf(e) == ref.toString()) {
                        found.append(e);
                        break;
                    }
                }
            }
            return byRefsReply(found);
        });
        BackstageCatalogProvider provider(m_http.get(), pageOf(5000));
        RecordingSink sink;
        provider.sync(sdk::CatalogProvider::SyncMode::Incremental, BackstageCatalogProvider::encodeState(state), &sink);
        QTRY_COMPARE_WITH_TIMEOUT(sink.finishedCalls, 1, 30000);
        QVERIFY2(sink.result.ok, qPrintable(sink.result.errorString));
        QCOMPARE(sink.entities().size(), 2500);
        QCOMPARE(m_server->hits(ByRefs), 3); // 1,000 + 1,000 + 500
        for (const SeenRequest &r : std::as_const(m_server->seen)) {
            if (r.path == ByRefs)
                QVERIFY2(r.body.size() < 100 * 1024, qPrintable(QString::number(r.body.size())));
        }
    }

    // by-refs answering with the wrong number of items is a bad response, not a silent loss.
    void byRefsWithWrongShapeFails()
    {
        QList<QJsonObject> entities = recordedEntities();
        BackstageCatalogProvider::State state;
        state.fullAt = state.syncedAt = QDateTime::currentDateTimeUtc();
        for (const QJsonObject &e : entities)
            state.etags.insert(refOf(e), QStringLiteral("old"));
        m_server->route(ByQuery, indexPage(entities));
        m_server->route(ByRefs, byRefsReply({entities[0]})); // 6 asked for (page size 10), 1 answered
        BackstageCatalogProvider provider(m_http.get(), pageOf(10));
        RecordingSink sink;
        provider.sync(sdk::CatalogProvider::SyncMode::Incremental, BackstageCatalogProvider::encodeState(state), &sink);
        QTRY_COMPARE_WITH_TIMEOUT(sink.finishedCalls, 1, 10000);
        QVERIFY(!sink.result.ok);
        QVERIFY2(sink.result.errorString.contains(QStringLiteral("by-refs")), qPrintable(sink.result.errorString));
        QVERIFY2(sink.result.errorString.contains(QStringLiteral("one entry per reference")), qPrintable(sink.result.errorString));
    }

    // An incremental request without a usable state reads everything, like a full one.
    void incrementalSyncReadsEverything()
    {
        m_server->route(ByQuery, recordedPageReplies());
        BackstageCatalogProvider provider(m_http.get(), pageOf(2));
        RecordingSink sink;
        provider.sync(sdk::CatalogProvider::SyncMode::Incremental, QStringLiteral(R"({"format":1})"), &sink);
        QTRY_COMPARE_WITH_TIMEOUT(sink.finishedCalls, 1, 10000);
        QVERIFY2(sink.result.ok, qPrintable(sink.result.errorString));
        QCOMPARE(sink.result.entityCount, qint64(6));
        QCOMPARE(m_server->hits(ByQuery), 3);
    }

    // --- single entities --------------------------------------------------------------------

    void entityByRefIgnoresCase_data()
    {
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QString>("defaultKind");
        QTest::newRow("full, mixed case") << "Component:Default/Payments-Service" << QString();
        QTest::newRow("upper case") << "COMPONENT:DEFAULT/PAYMENTS-SERVICE" << QString();
        QTest::newRow("namespace implied") << "component:payments-service" << QString();
        QTest::newRow("kind from default") << "payments-service" << "Component";
        QTest::newRow("kind and namespace given, default ignored") << "component:default/payments-service" << "group";
    }

    // Gotcha: refs are case-insensitive, kind is capitalised inside the entity.
    void entityByRefIgnoresCase()
    {
        QFETCH(QString, ref);
        QFETCH(QString, defaultKind);
        const QByteArray path = "/api/catalog/entities/by-name/component/default/payments-service";
        m_server->route(path, fixtureReply(QStringLiteral("catalog-by-name-component.json")));
        BackstageClient client(m_http.get());
        QJsonObject entity;
        BackstageClient::Error error;
        int calls = 0;
        client.entityByRef(ref, this, [&](const QJsonObject &e, const BackstageClient::Error &err) {
            ++calls;
            entity = e;
            error = err;
        }, defaultKind);
        QCOMPARE(calls, 0);
        QTRY_COMPARE(calls, 1);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(entity, fixtureObject(QStringLiteral("catalog-by-name-component.json")));
        QCOMPARE(m_server->hits(path), 1);
    }

    void entityNotFound()
    {
        const QByteArray path = "/api/catalog/entities/by-name/component/default/does-not-exist";
        m_server->route(path, fixtureReply(QStringLiteral("error-404-by-name.json"), 404));
        BackstageClient client(m_http.get());
        BackstageClient::Error error;
        int calls = 0;
        client.entityByRef(QStringLiteral("Component:default/does-not-exist"), this,
                           [&](const QJsonObject &e, const BackstageClient::Error &err) {
                               ++calls;
                               QVERIFY(e.isEmpty());
                               error = err;
                           });
        QTRY_COMPARE(calls, 1);
        QCOMPARE(error.kind, ErrorKind::NotFound);
        QCOMPARE(error.status, 404);
        QCOMPARE(error.backstageName, QStringLiteral("NotFoundError"));
        QVERIFY2(error.message.contains(QStringLiteral("No entity named 'does-not-exist'")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QString::fromLatin1(path)), qPrintable(error.message));
    }

    void entityUnknownRoute()
    {
        // No route at all: the base URL points somewhere else (here: a folder that is not Backstage).
        m_server->route("*", fixtureReply(QStringLiteral("error-404-unknown-route.empty-body.txt"), 404));
        auto http = makeHttp(m_server->url() + QStringLiteral("not-backstage/"));
        BackstageClient client(http.get());
        BackstageClient::Error error;
        int calls = 0;
        client.entityByRef(QStringLiteral("component:default/payments-service"), this,
                           [&](const QJsonObject &, const BackstageClient::Error &err) {
                               ++calls;
                               error = err;
                           });
        QTRY_COMPARE(calls, 1);
        QCOMPARE(error.kind, ErrorKind::NotBackstage);
        QVERIFY2(error.message.contains(QStringLiteral("/not-backstage/api/catalog/")), qPrintable(error.message));
        QCOMPARE(m_server->seen.value(0).path,
                 QByteArray("/not-backstage/api/catalog/entities/by-name/component/default/payments-service"));
    }

    void entityOtherThanAskedIsAnError()
    {
        m_server->route("/api/catalog/entities/by-name/component/default/other-service",
                        fixtureReply(QStringLiteral("catalog-by-name-component.json")));
        BackstageClient client(m_http.get());
        BackstageClient::Error error;
        int calls = 0;
        client.entityByRef(QStringLiteral("component:other-service"), this,
                           [&](const QJsonObject &e, const BackstageClient::Error &err) {
                               ++calls;
                               QVERIFY(e.isEmpty());
                               error = err;
                           });
        QTRY_COMPARE(calls, 1);
        QCOMPARE(error.kind, ErrorKind::InvalidResponse);
    }

    void invalidRefsMakeNoRequest_data()
    {
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QString>("defaultKind");
        QTest::newRow("empty") << QString() << "component";
        QTest::newRow("no kind, no default") << "default/payments-service" << QString();
        QTest::newRow("empty kind") << ":default/payments-service" << "component";
        QTest::newRow("empty namespace") << "component:/payments-service" << QString();
        QTest::newRow("empty name") << "component:default/" << QString();
        QTest::newRow("two slashes") << "component:default/a/b" << QString();
    }

    void invalidRefsMakeNoRequest()
    {
        QFETCH(QString, ref);
        QFETCH(QString, defaultKind);
        BackstageClient client(m_http.get());
        BackstageClient::Error error;
        int calls = 0;
        client.entityByRef(ref, this, [&](const QJsonObject &, const BackstageClient::Error &err) {
            ++calls;
            error = err;
        }, defaultKind);
        QCOMPARE(calls, 0); // never inside the call
        QTRY_COMPARE(calls, 1);
        QCOMPARE(error.kind, ErrorKind::InvalidArgument);
        QVERIFY(!error.message.isEmpty());
        QTest::qWait(20);
        QVERIFY(m_server->seen.isEmpty());
    }

    // --- entity refs ------------------------------------------------------------------------

    void refsParseWithBackstageDefaults()
    {
        const auto ref = BackstageEntityRef::parse(QStringLiteral("payments-team"), QStringLiteral("Group"));
        QVERIFY(ref);
        QCOMPARE(ref->toString(), QStringLiteral("group:default/payments-team"));
        QCOMPARE(*ref, *BackstageEntityRef::parse(QStringLiteral("GROUP:Default/Payments-Team")));
        QVERIFY(*ref != *BackstageEntityRef::parse(QStringLiteral("group:other/payments-team")));
        QVERIFY(!BackstageEntityRef::parse(QStringLiteral("payments-team")));
        const BackstageEntityRef fromEntity
            = BackstageEntityRef::fromEntity(fixtureObject(QStringLiteral("catalog-by-name-component.json")));
        QCOMPARE(fromEntity.toString(), QStringLiteral("component:default/payments-service"));
        QCOMPARE(fromEntity.kind, QStringLiteral("Component")); // as Backstage writes it
    }

    // Gotcha: spec keeps refs as written ("payments-team", "resource:payments-db"); relations carry
    // the full lower-case form. Both resolve to the same refs.
    void specRefsResolveLikeRelations()
    {
        const QJsonObject entity = fixtureObject(QStringLiteral("catalog-by-name-component.json"));
        const QJsonObject spec = entity.value(QLatin1String("spec")).toObject();
        QHash<QString, QList<BackstageEntityRef>> relations;
        for (const QJsonValue &v : entity.value(QLatin1String("relations")).toArray()) {
            const auto target = BackstageEntityRef::parse(v[QLatin1String("targetRef")].toString());
            QVERIFY(target);
            QCOMPARE(target->toString(), v[QLatin1String("targetRef")].toString());
            relations[v[QLatin1String("type")].toString()].append(*target);
        }
        const auto owner = BackstageEntityRef::parse(spec.value(QLatin1String("owner")).toString(), QStringLiteral("Group"));
        QVERIFY(owner);
        QCOMPARE(relations.value(QStringLiteral("ownedBy")), QList<BackstageEntityRef>{*owner});
        const QJsonArray dependsOn = spec.value(QLatin1String("dependsOn")).toArray();
        QVERIFY(!dependsOn.isEmpty());
        for (const QJsonValue &v : dependsOn) {
            const auto target = BackstageEntityRef::parse(v.toString());
            QVERIFY(target);
            QVERIFY(relations.value(QStringLiteral("dependsOn")).contains(*target));
        }
    }
};

QTEST_GUILESS_MAIN(TestBackstageClient)
#include "tst_backstageclient.moc"
