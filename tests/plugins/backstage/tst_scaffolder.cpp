// The Backstage ActionProvider (software templates and scaffolder tasks) against recorded Backstage
// responses (fixtures/), served by the scripted test server through the host's real HTTP client.
//
// Scaffolder gotchas of shared/fixtures/backstage/README.md and where they are covered:
//  - POST v2/tasks {"templateRef","values"} → 201 {"id"}: runStreamsTheRecordedTask
//  - the event stream is SSE without "id:" lines; resume with ?after=<data.id>:
//    resumesAfterADropWithoutDuplicates, givesUpAfterRepeatedDrops
//  - it replays past events (after= skips <= N): resumesAfterADropWithoutDuplicates (overlap dropped)
//  - log messages carry ANSI codes (kept): runStreamsTheRecordedTask
//  - the template output is only in the completion event: runStreamsTheRecordedTask
//  - 400 {"errors":[jsonschema errors]} without "error": rejectsBadValues
//  - parameter-schema: spec.parameters object or array, each step's title/description lifted:
//    listsTemplatesAsActions
//  - refs lower case in relations, as written in spec: listsTemplatesAsActions (owner)

#include "backstagefixtures.h"
#include "testhttpserver.h"

#include "backstageactionprovider.h"
#include "scaffolderclient.h"
#include "ssestreamparser.h"
#include "net/hosthttpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace atrium;
using atrium::backstage::BackstageActionProvider;
using atrium::backstage::ScaffolderClient;
using atrium::backstage::SseEvent;
using atrium::backstage::SseStreamParser;
using atrium::net::HostHttpClient;
using Type = atrium::sdk::ActionEvent::Type;

using namespace backstagetest;

namespace {

const QByteArray TasksPath = "/api/scaffolder/v2/tasks";
const QString TemplateRef = QStringLiteral("template:default/hello-service");
const QString TaskId = QStringLiteral("f3ef6b7b-83de-4b4c-b158-522c2c0d2f5c");
const QByteArray StreamPath = "/api/scaffolder/v2/tasks/f3ef6b7b-83de-4b4c-b158-522c2c0d2f5c/eventstream";
const QByteArray CancelPath = "/api/scaffolder/v2/tasks/f3ef6b7b-83de-4b4c-b158-522c2c0d2f5c/cancel";
const QByteArray EventsPath = "/api/scaffolder/v2/tasks/f3ef6b7b-83de-4b4c-b158-522c2c0d2f5c/events";
const QString FrontendUrl = QStringLiteral("https://backstage.example.com/");
const QString TaskPage = QStringLiteral("https://backstage.example.com/create/tasks/f3ef6b7b-83de-4b4c-b158-522c2c0d2f5c");

// The values of the recorded run (scaffolder-task-create.meta.txt).
QJsonObject recordedValues()
{
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("my-new-service")},
                       {QStringLiteral("owner"), QStringLiteral("group:default/platform-team")},
                       {QStringLiteral("description"), QStringLiteral("Created by capture-fixtures.sh")},
                       {QStringLiteral("lifecycle"), QStringLiteral("experimental")},
                       {QStringLiteral("delaySeconds"), 2}};
}

QByteArray recordedStream()
{
    return fixture(QStringLiteral("scaffolder-task-eventstream.sse.txt"));
}

// The recorded stream's events as raw blocks ("event: ...\ndata: ...\n\n"), in order (id 1..19).
QList<QByteArray> recordedBlocks()
{
    QList<QByteArray> blocks;
    const QByteArray all = recordedStream();
    qsizetype start = 0;
    while (start < all.size()) {
        const qsizetype end = all.indexOf("\n\n", start);
        if (end < 0)
            break;
        blocks.append(all.mid(start, end + 2 - start));
        start = end + 2;
        while (start < all.size() && all.at(start) == '\n')
            ++start;
    }
    return blocks;
}

QByteArray blocks(int fromId, int toId)
{
    QByteArray out;
    const QList<QByteArray> all = recordedBlocks();
    for (int id = fromId; id <= toId; ++id)
        out += all.at(id - 1);
    return out;
}

// The blocks fromId..toId, one chunk each (sent chunkIntervalMs apart: each arrives on its own).
QList<QByteArray> blockChunks(int fromId, int toId)
{
    const QList<QByteArray> all = recordedBlocks();
    return all.mid(fromId - 1, toId - fromId + 1);
}

// Events fromId..toId of GET .../events (scaffolder-task-events.json, the same task).
QByteArray recordedEvents(int fromId, int toId)
{
    QJsonArray out;
    for (const QJsonValue &v : QJsonDocument::fromJson(fixture(QStringLiteral("scaffolder-task-events.json"))).array()) {
        const qint64 id = v.toObject().value(QLatin1String("id")).toInteger();
        if (id >= fromId && id <= toId)
            out.append(v);
    }
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

QJsonObject recordedCompletionBody()
{
    const QByteArray last = recordedBlocks().constLast();
    const QByteArray data = last.mid(last.indexOf("data: ") + 6).trimmed();
    return QJsonDocument::fromJson(data).object().value(QLatin1String("body")).toObject();
}

QList<QByteArray> pieces(const QByteArray &data, int size)
{
    QList<QByteArray> out;
    for (qsizetype i = 0; i < data.size(); i += size)
        out.append(data.mid(i, size));
    return out;
}

ScriptedReply streamReply(const QList<QByteArray> &chunks, int intervalMs = 1)
{
    ScriptedReply r;
    r.status = 200;
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/event-stream")));
    r.chunks = chunks;
    r.chunkIntervalMs = intervalMs;
    return r;
}

ScriptedReply created()
{
    return reply(fixture(QStringLiteral("scaffolder-task-create.json")), 201);
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

class RecordingRunSink : public sdk::ActionRunSink
{
public:
    void event(const sdk::ActionEvent &event) override
    {
        if (finishedCalls)
            eventsAfterFinish++;
        events.append(event);
    }
    void finished(const sdk::ActionResult &result) override
    {
        ++finishedCalls;
        this->result = result;
    }

    QList<sdk::ActionEvent> events;
    int finishedCalls = 0;
    int eventsAfterFinish = 0;
    sdk::ActionResult result;

    QList<qint64> ids() const
    {
        QList<qint64> out;
        for (const auto &e : events)
            if (e.data.contains(QLatin1String("id")))
                out.append(e.data.value(QLatin1String("id")).toInteger());
        return out;
    }
};

QString typeName(Type type)
{
    switch (type) {
    case Type::Log:
        return QStringLiteral("log");
    case Type::StepStarted:
        return QStringLiteral("started");
    case Type::StepFinished:
        return QStringLiteral("finished");
    case Type::Output:
        return QStringLiteral("output");
    }
    return {};
}

// "id type stepId" per event, for comparing whole sequences.
QStringList outline(const QList<sdk::ActionEvent> &events)
{
    QStringList out;
    for (const auto &e : events)
        out.append(QStringLiteral("%1 %2 %3")
                       .arg(e.data.value(QLatin1String("id")).toInteger())
                       .arg(typeName(e.type), e.stepId));
    return out;
}

QList<SseEvent> parseAll(const QList<QByteArray> &chunks)
{
    SseStreamParser parser;
    QList<SseEvent> out;
    for (const QByteArray &c : chunks)
        out += parser.feed(c);
    return out;
}

QStringList describe(const QList<SseEvent> &events)
{
    QStringList out;
    for (const auto &e : events)
        out.append(e.type + QLatin1Char('|') + e.lastEventId + QLatin1Char('|') + e.data);
    return out;
}

} // namespace

class TestScaffolder : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<HostHttpClient> m_http;
    std::unique_ptr<BackstageActionProvider> m_provider;

    ScaffolderClient::Options options() const
    {
        ScaffolderClient::Options o;
        o.pageSize = 50;
        o.streamIdleTimeoutMs = 3000;
        o.maxReconnects = 3;
        o.reconnectDelayMs = 10;
        o.maxReconnectDelayMs = 40;
        o.frontendUrl = QUrl(FrontendUrl);
        return o;
    }

    QString base() const { return m_server->url().chopped(1); }
    QString postWhat(const QString &ref = TemplateRef) const
    {
        return QStringLiteral("POST %1/api/scaffolder/v2/tasks (starting %2)").arg(base(), ref);
    }

    // Starts a run and waits for its single finished(); checks it never came from inside runAction().
    void run(RecordingRunSink &sink, const QJsonObject &values = recordedValues(), const QString &ref = TemplateRef)
    {
        m_provider->runAction(ref, values, &sink);
        QCOMPARE(sink.finishedCalls, 0);
        QTRY_COMPARE_WITH_TIMEOUT(sink.finishedCalls, 1, 15000);
        QTest::qWait(60); // a second finished() or a late event would show here
        QCOMPARE(sink.finishedCalls, 1);
        QCOMPARE(sink.eventsAfterFinish, 0);
    }

    QList<QByteArray> targets(const QByteArray &path) const
    {
        QList<QByteArray> out;
        for (const SeenRequest &r : m_server->seen)
            if (r.path == path)
                out.append(r.target);
        return out;
    }
    QList<QByteArray> streamTargets() const { return targets(StreamPath); }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestHttpServer>();
        QVERIFY(m_server->isListening());
        sdk::ConnectionInfo info;
        info.id = QStringLiteral("backstage-test");
        info.pluginId = QStringLiteral("dev.atrium.backstage");
        info.baseUrl = QUrl(m_server->url());
        info.hasCredential = true;
        HostHttpClient::Options httpOptions;
        httpOptions.connectTimeoutMs = 2000;
        httpOptions.transferTimeoutMs = 5000;
        httpOptions.maxRetries = 0;
        net::CredentialSpec credential;
        credential.kind = net::CredentialSpec::Kind::Bearer;
        m_http = std::make_unique<HostHttpClient>(
            info, QStringList{}, credential,
            [](QObject *, std::function<void(bool, QByteArray, QString)> done) { done(true, Token, QString()); },
            httpOptions);
        m_provider = std::make_unique<BackstageActionProvider>(m_http.get(), options());
    }

    void cleanup()
    {
        m_provider.reset();
        m_http.reset();
        m_server.reset();
    }

    // --- the event-stream parser -------------------------------------------------------------

    void sseParserGivesTheSameEventsForAnySplit_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {1, 2, 3, 5, 7, 13, 64, 4096})
            QTest::addRow("%d bytes", size) << size;
    }

    void sseParserGivesTheSameEventsForAnySplit()
    {
        QFETCH(int, size);
        const QList<SseEvent> whole = parseAll({recordedStream()});
        QCOMPARE(whole.size(), 19);
        for (int i = 0; i < 18; ++i)
            QCOMPARE(whole[i].type, QStringLiteral("log"));
        QCOMPARE(whole[18].type, QStringLiteral("completion"));
        QVERIFY(whole[0].data.startsWith(QLatin1String("{\"id\":1,")));
        QCOMPARE(describe(parseAll(pieces(recordedStream(), size))), describe(whole));
        // The same stream with CRLF line ends, split anywhere (also between \r and \n).
        QByteArray crlf = recordedStream();
        crlf.replace("\n", "\r\n");
        QCOMPARE(describe(parseAll(pieces(crlf, size))), describe(whole));
    }

    void sseParserHandlesCommentsMultiLineDataCrAndUtf8()
    {
        const QByteArray stream = "\xEF\xBB\xBF: keep-alive comment\r\n"
                                  "event: log\r\n"
                                  "data: {\"id\":1,\r\n"
                                  "data:\"body\":{\"message\":\"Gr\xC3\xBC\xC3\x9F" "e \xE2\x86\x92 \xE2\x9C\x93 \xF0\x9F\x9A\x80\"}}\r\n"
                                  "\r\n"
                                  "data:no-space\rid: 7\rretry: 10\r\r"
                                  "event: ignored-without-data\n\n"
                                  "event: completion\ndata\n\n"
                                  "event: dangling\ndata: never dispatched\n";
        const QStringList expected = {
            QStringLiteral("log||{\"id\":1,\n\"body\":{\"message\":\"Grüße → ✓ 🚀\"}}"),
            QStringLiteral("message|7|no-space"),
            QStringLiteral("completion|7|"),
        };
        QCOMPARE(describe(parseAll({stream})), expected);
        // Every split into two pieces (inside each UTF-8 sequence, between each \r and \n), and bytes.
        for (qsizetype at = 0; at <= stream.size(); ++at) {
            const QStringList got = describe(parseAll({stream.left(at), stream.mid(at)}));
            QVERIFY2(got == expected, qPrintable(QStringLiteral("split at byte %1: %2").arg(at).arg(got.join(QLatin1String(" / ")))));
        }
        QCOMPARE(describe(parseAll(pieces(stream, 1))), expected);
        const QJsonObject first = QJsonDocument::fromJson(parseAll({stream}).at(0).data.toUtf8()).object();
        QCOMPARE(first.value(QLatin1String("body")).toObject().value(QLatin1String("message")).toString(),
                 QStringLiteral("Grüße → ✓ 🚀"));

        // A new connection starts clean: a half event of the dropped one is never completed.
        SseStreamParser parser;
        QCOMPARE(parser.feed("event: log\ndata: {\"id\":5").size(), 0);
        parser.reset();
        const QList<SseEvent> after = parser.feed("data: {\"id\":6}\n\n");
        QCOMPARE(describe(after), QStringList{QStringLiteral("message||{\"id\":6}")});
    }

    // --- listActions -------------------------------------------------------------------------

    void listsTemplatesAsActions()
    {
        const QJsonObject hello = fixtureObject(QStringLiteral("catalog-by-name-template.json"));
        // A second template in the other shape Backstage accepts: spec.parameters as one object,
        // without a title; no title of its own, no relations yet (owner from spec.owner).
        const QJsonObject stepSchema{
            {QStringLiteral("required"), QJsonArray{QStringLiteral("site")}},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("site"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
                         {QStringLiteral("private"), QJsonObject{{QStringLiteral("type"), QStringLiteral("boolean")}}}}},
            {QStringLiteral("dependencies"),
             QJsonObject{{QStringLiteral("private"), QJsonObject{{QStringLiteral("required"), QJsonArray{QStringLiteral("site")}}}}}},
            {QStringLiteral("ui:order"), QJsonArray{QStringLiteral("site"), QStringLiteral("private")}},
        };
        const QJsonObject docs{
            {QStringLiteral("apiVersion"), QStringLiteral("scaffolder.backstage.io/v1beta3")},
            {QStringLiteral("kind"), QStringLiteral("Template")},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Docs-Site")},
                                                     {QStringLiteral("namespace"), QStringLiteral("Tools")}}},
            {QStringLiteral("spec"), QJsonObject{{QStringLiteral("owner"), QStringLiteral("group:tools/docs")},
                                                 {QStringLiteral("parameters"), stepSchema},
                                                 {QStringLiteral("steps"), QJsonArray()}}},
        };
        const QString cursor = QStringLiteral("eyJvcmRlckZpZWxkcyI6W119"); // opaque to the client
        const QJsonObject page1{{QStringLiteral("items"), QJsonArray{hello}},
                                {QStringLiteral("totalItems"), 2},
                                {QStringLiteral("pageInfo"), QJsonObject{{QStringLiteral("nextCursor"), cursor}}}};
        const QJsonObject page2{{QStringLiteral("items"), QJsonArray{docs}},
                                {QStringLiteral("totalItems"), 2},
                                {QStringLiteral("pageInfo"), QJsonObject{{QStringLiteral("prevCursor"), cursor}}}};
        m_server->route(ByQuery, {reply(toJson(page1)), reply(toJson(page2))});

        QList<sdk::ActionInfo> actions;
        QString error;
        int calls = 0;
        m_provider->listActions(this, [&](const QList<sdk::ActionInfo> &a, const QString &e) {
            ++calls;
            actions = a;
            error = e;
        });
        QCOMPARE(calls, 0);
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
        QCOMPARE(error, QString());
        QCOMPARE(actions.size(), 2);

        // Requests: the filter on the first page only, limit with every page (not in the cursor).
        QCOMPARE(m_server->hits(ByQuery), 2);
        const QUrlQuery first = queryOf(m_server->seen[0]);
        QCOMPARE(first.queryItemValue(QStringLiteral("filter")), QStringLiteral("kind=template"));
        QCOMPARE(first.queryItemValue(QStringLiteral("limit")), QStringLiteral("50"));
        QVERIFY(!first.hasQueryItem(QStringLiteral("cursor")));
        const QUrlQuery second = queryOf(m_server->seen[1]);
        QCOMPARE(second.queryItemValue(QStringLiteral("cursor")), cursor);
        QCOMPARE(second.queryItemValue(QStringLiteral("limit")), QStringLiteral("50"));
        QVERIFY(!second.hasQueryItem(QStringLiteral("filter")));
        QCOMPARE(m_server->seen[0].header("Authorization"), QByteArray("Bearer " + Token));

        const sdk::ActionInfo &a = actions[0];
        QCOMPARE(a.id, TemplateRef);
        QCOMPARE(a.title, QStringLiteral("Hello Service"));
        QCOMPARE(a.description,
                 QStringLiteral("Creates a tiny service skeleton in the scaffolder workspace (no publishing, runs fully offline)"));
        QCOMPARE(a.iconName, QStringLiteral("template"));
        // Exactly what Backstage's parameter-schema endpoint answers for it, plus ref, tags, owner.
        const QJsonObject recorded = fixtureObject(QStringLiteral("scaffolder-parameter-schema.json"));
        QCOMPARE(a.parametersSchema.value(QLatin1String("steps")), recorded.value(QLatin1String("steps")));
        QJsonObject expected = recorded;
        expected.insert(QStringLiteral("templateRef"), TemplateRef);
        expected.insert(QStringLiteral("tags"), QJsonArray{QStringLiteral("recommended"), QStringLiteral("example")});
        expected.insert(QStringLiteral("owner"), QStringLiteral("group:default/platform-team")); // the relation, not spec's "platform-team"
        QCOMPARE(a.parametersSchema, expected);

        const sdk::ActionInfo &b = actions[1];
        QCOMPARE(b.id, QStringLiteral("template:tools/docs-site"));
        QCOMPARE(b.title, QStringLiteral("Docs-Site"));
        QCOMPARE(b.description, QString());
        const QJsonObject expectedDocs{
            {QStringLiteral("title"), QStringLiteral("Docs-Site")},
            {QStringLiteral("steps"),
             QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("Please enter the following information")},
                                    {QStringLiteral("schema"), stepSchema}}}},
            {QStringLiteral("templateRef"), QStringLiteral("template:tools/docs-site")},
            {QStringLiteral("tags"), QJsonArray()},
            {QStringLiteral("owner"), QStringLiteral("group:tools/docs")},
        };
        QCOMPARE(b.parametersSchema, expectedDocs);
    }

    void listActionsReportsErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const QString what = QStringLiteral("the templates of the catalog (GET %1/api/catalog/entities/by-query)");
        QTest::newRow("401") << fixture(QStringLiteral("error-401-missing-token.json")) << 401
                             << QStringLiteral("Backstage did not accept the token for %1 (HTTP 401): Missing credentials "
                                               "(AuthenticationError). Enter the token of this connection again.")
                                    .arg(what);
        QTest::newRow("500") << fixture(QStringLiteral("error-500.json")) << 500
                             << QStringLiteral("Backstage failed on %1 (HTTP 500): SQLITE_BUSY: database is locked (Error)").arg(what);
        QTest::newRow("malformed") << QByteArray("{\"items\": [") << 200
                                   << QStringLiteral("Backstage sent a bad answer for %1: it is not valid JSON "
                                                     "(unterminated array at byte 11).")
                                          .arg(what);
        QTest::newRow("no items") << QByteArray("{\"templates\": []}") << 200
                                  << QStringLiteral("Backstage sent a bad answer for %1: it has no \"items\" array.").arg(what);
    }

    void listActionsReportsErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, message);
        m_server->route(ByQuery, reply(body, status));
        QString error;
        int count = -1;
        int calls = 0;
        m_provider->listActions(this, [&](const QList<sdk::ActionInfo> &a, const QString &e) {
            ++calls;
            count = int(a.size());
            error = e;
        });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
        QCOMPARE(count, 0);
        QCOMPARE(error, message.arg(base()));
    }

    // --- runAction ---------------------------------------------------------------------------

    void runStreamsTheRecordedTask()
    {
        m_server->route(TasksPath, created());
        // 7-byte chunks, the connection left open: everything comes over the stream.
        ScriptedReply stream = streamReply(pieces(recordedStream(), 7));
        stream.stallAfterChunks = true;
        m_server->route(StreamPath, stream);
        m_server->route(EventsPath, reply(fixture(QStringLiteral("error-500.json")), 500));
        RecordingRunSink sink;
        run(sink);

        // The request: exactly templateRef + values, as JSON, once (POST is never retried).
        QCOMPARE(m_server->hits(TasksPath), 1);
        const SeenRequest *post = m_server->last(TasksPath);
        QCOMPARE(post->method, QByteArray("POST"));
        QCOMPARE(post->header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(post->header("Authorization"), QByteArray("Bearer " + Token));
        QCOMPARE(post->body, QByteArray("{\"templateRef\":\"template:default/hello-service\",\"values\":{\"delaySeconds\":2,"
                                        "\"description\":\"Created by capture-fixtures.sh\",\"lifecycle\":\"experimental\","
                                        "\"name\":\"my-new-service\",\"owner\":\"group:default/platform-team\"}}"));
        QCOMPARE(streamTargets(), QList<QByteArray>{StreamPath});
        QCOMPARE(m_server->hits(EventsPath), 0);
        QCOMPARE(m_server->last(StreamPath)->header("Accept"), QByteArray("text/event-stream"));

        QVERIFY2(sink.result.ok, qPrintable(sink.result.errorString));
        QVERIFY(!sink.result.cancelled);
        QCOMPARE(sink.result.errorString, QString());
        QCOMPARE(sink.result.output, recordedCompletionBody().value(QLatin1String("output")).toObject());
        const QJsonObject link = sink.result.output.value(QLatin1String("links")).toArray().at(0).toObject();
        QCOMPARE(link.value(QLatin1String("entityRef")).toString(), QStringLiteral("Group:default/platform-team"));
        QCOMPARE(link.value(QLatin1String("title")).toString(), QStringLiteral("Owner in catalog"));
        const QJsonObject text = sink.result.output.value(QLatin1String("text")).toArray().at(0).toObject();
        QCOMPARE(text.value(QLatin1String("title")).toString(), QStringLiteral("Summary"));
        QCOMPARE(text.value(QLatin1String("content")).toString(),
                 QStringLiteral("Service **my-new-service** was rendered into the scaffolder workspace.\n"));

        const QStringList expected = {
            QStringLiteral("0 output "),
            QStringLiteral("1 log "),
            QStringLiteral("2 started fetch"),
            QStringLiteral("3 log fetch"), QStringLiteral("4 log fetch"), QStringLiteral("5 log fetch"),
            QStringLiteral("6 log fetch"), QStringLiteral("7 log fetch"), QStringLiteral("8 log fetch"),
            QStringLiteral("9 finished fetch"),
            QStringLiteral("10 started log"),
            QStringLiteral("11 log log"), QStringLiteral("12 log log"), QStringLiteral("13 log log"),
            QStringLiteral("14 finished log"),
            QStringLiteral("15 started wait"),
            QStringLiteral("16 finished wait"),
            QStringLiteral("17 started read-back"),
            QStringLiteral("18 finished read-back"),
        };
        QCOMPARE(outline(sink.events), expected);

        const sdk::ActionEvent &output = sink.events[0];
        QCOMPARE(output.data, (QJsonObject{{QStringLiteral("taskId"), TaskId}, {QStringLiteral("taskUrl"), TaskPage}}));
        QCOMPARE(output.text, QStringLiteral("Backstage started task %1.").arg(TaskId));

        QCOMPARE(sink.events[1].text, QStringLiteral("Starting up task with 4 steps"));
        QCOMPARE(sink.events[1].data, (QJsonObject{{QStringLiteral("id"), 1},
                                                   {QStringLiteral("createdAt"), QStringLiteral("2026-11-22T01:44:27.000Z")}}));
        QCOMPARE(sink.events[2].text, QStringLiteral("Beginning step Fetch skeleton"));
        // ANSI colour codes are passed on for the host to render.
        QCOMPARE(sink.events[3].text, QStringLiteral("\x1b[32minfo\x1b[39m: Fetching template content from remote URL"));
        QCOMPARE(sink.events[11].text,
                 QStringLiteral("\x1b[32minfo\x1b[39m: {\n  \"message\": \"Created my-new-service owned by "
                                "group:default/platform-team\",\n  \"listWorkspace\": true\n}"));
        QCOMPARE(sink.events[9].text, QStringLiteral("Finished step Fetch skeleton"));
        QCOMPARE(sink.events[9].data, (QJsonObject{{QStringLiteral("id"), 9},
                                                   {QStringLiteral("createdAt"), QStringLiteral("2026-11-22T01:44:27.000Z")},
                                                   {QStringLiteral("status"), QStringLiteral("completed")}}));
        QCOMPARE(sink.events[16].data.value(QLatin1String("createdAt")).toString(), QStringLiteral("2026-11-22T01:44:29.000Z"));
        QVERIFY(!m_provider->isRunning(TemplateRef));
    }

    // As recorded: Backstage closes the stream right after the completion event. (The host's
    // client may drop the last chunks of a stream that closes at once; the events read with GET
    // .../events then bring the completion. Either way: once each, and the same output.)
    void streamClosingRightAfterTheCompletion()
    {
        m_server->route(TasksPath, created());
        m_server->route(StreamPath, streamReply(pieces(recordedStream(), 7)));
        m_server->route(EventsPath, reply(recordedEvents(1, 19)));
        RecordingRunSink sink;
        run(sink);
        QVERIFY2(sink.result.ok, qPrintable(sink.result.errorString));
        QCOMPARE(sink.result.output, recordedCompletionBody().value(QLatin1String("output")).toObject());
        QCOMPARE(sink.ids(), (QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18}));
        QCOMPARE(m_server->hits(StreamPath), 1);
    }

    // The stream ends after event 15; GET events?after=15 (the recorded answer) has the rest.
    void missedEventsComeFromTheEventsEndpoint()
    {
        m_server->route(TasksPath, created());
        m_server->route(StreamPath, streamReply(blockChunks(1, 15), 20));
        m_server->route(EventsPath, reply(fixture(QStringLiteral("scaffolder-task-events-after.json"))));
        RecordingRunSink sink;
        run(sink);
        QVERIFY2(sink.result.ok, qPrintable(sink.result.errorString));
        QCOMPARE(targets(EventsPath), QList<QByteArray>{EventsPath + "?after=15"});
        QCOMPARE(m_server->hits(StreamPath), 1);
        QCOMPARE(sink.result.output, recordedCompletionBody().value(QLatin1String("output")).toObject());
        QCOMPARE(sink.ids(), (QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18}));
        QCOMPARE(sink.events.constLast().type, Type::StepFinished);
        QCOMPARE(sink.events.constLast().stepId, QStringLiteral("read-back"));
    }

    // The stream with CRLF line ends, chunks that split "\r\n" and a UTF-8 sequence, and no
    // frontendUrl (no taskUrl).
    void streamSplitInsideAMultiByteCharacter()
    {
        m_provider = std::make_unique<BackstageActionProvider>(m_http.get(), [this] {
            ScaffolderClient::Options o = options();
            o.frontendUrl = QUrl();
            return o;
        }());
        QByteArray stream = recordedStream();
        stream.replace("Starting up task with 4 steps", "Starting up task with 4 steps \xE2\x80\x94 gr\xC3\xB6\xC3\x9F" "er \xE2\x9C\x93");
        stream.replace("\n", "\r\n");
        const qsizetype dash = stream.indexOf("\xE2\x80\x94");
        const qsizetype check = stream.indexOf("\xE2\x9C\x93");
        const qsizetype crlf = stream.indexOf("\r\n", check);
        QVERIFY(dash > 0 && check > dash && crlf > check);
        QList<QByteArray> chunks = {stream.left(dash + 1), stream.mid(dash + 1, 1), stream.mid(dash + 2, check + 2 - dash - 2),
                                    stream.mid(check + 2, crlf + 1 - check - 2)}; // ends after "\r"
        chunks += pieces(stream.mid(crlf + 1), 7);
        QCOMPARE(chunks.join(), stream);
        m_server->route(TasksPath, created());
        ScriptedReply reply = streamReply(chunks);
        reply.stallAfterChunks = true;
        m_server->route(StreamPath, reply);
        RecordingRunSink sink;
        run(sink);
        QVERIFY2(sink.result.ok, qPrintable(sink.result.errorString));
        QCOMPARE(sink.events.size(), 19);
        QCOMPARE(sink.events[0].data, (QJsonObject{{QStringLiteral("taskId"), TaskId}}));
        QCOMPARE(sink.events[1].text, QStringLiteral("Starting up task with 4 steps — größer ✓"));
        QCOMPARE(sink.ids(), (QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18}));
    }

    void resumesAfterADropWithoutDuplicates()
    {
        // Connection 1: events 1-9 and half of 10, then the connection drops.
        const QByteArray ten = blocks(10, 10);
        ScriptedReply dropped = streamReply(blockChunks(1, 9) << ten.left(ten.size() / 2), 20);
        dropped.dropAfterChunks = true;
        // What was missed, read at once: 8-12 (8 and 9 again: overlapping replays are dropped).
        m_server->route(EventsPath, reply(recordedEvents(8, 12)));
        // Connection 2: a replay that overlaps again (11, 12) and runs to the end.
        ScriptedReply rest = streamReply(pieces(blocks(11, 19), 64));
        rest.stallAfterChunks = true;
        m_server->route(StreamPath, {dropped, rest});
        m_server->route(TasksPath, created());
        RecordingRunSink sink;
        run(sink);
        QVERIFY2(sink.result.ok, qPrintable(sink.result.errorString));
        QCOMPARE(sink.result.output, recordedCompletionBody().value(QLatin1String("output")).toObject());
        QCOMPARE(targets(EventsPath), QList<QByteArray>{EventsPath + "?after=9"});
        QCOMPARE(streamTargets(), (QList<QByteArray>{StreamPath, StreamPath + "?after=12"}));
        QCOMPARE(sink.ids(), (QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18}));
        QCOMPARE(sink.events[10].type, Type::StepStarted); // 10 came whole, not from the half block
        QCOMPARE(sink.events[10].text, QStringLiteral("Beginning step Log something"));
    }

    void resumesAfterAStreamThatEndsEarly()
    {
        // Backstage closes the stream cleanly (e.g. a restart) before the completion event, and
        // has nothing newer yet.
        ScriptedReply rest = streamReply(pieces(blocks(5, 19), 64));
        rest.stallAfterChunks = true;
        m_server->route(StreamPath, {streamReply(blockChunks(1, 4), 20), rest});
        m_server->route(EventsPath, reply("[]"));
        m_server->route(TasksPath, created());
        RecordingRunSink sink;
        run(sink);
        QVERIFY2(sink.result.ok, qPrintable(sink.result.errorString));
        QCOMPARE(targets(EventsPath), QList<QByteArray>{EventsPath + "?after=4"});
        QCOMPARE(streamTargets(), (QList<QByteArray>{StreamPath, StreamPath + "?after=4"}));
        QCOMPARE(sink.ids().size(), 18);
    }

    void givesUpAfterRepeatedDrops()
    {
        ScriptedReply first = streamReply(blockChunks(1, 3), 20);
        first.dropAfterChunks = true;
        const QByteArray four = blocks(4, 4);
        ScriptedReply again = streamReply({four.left(20)}, 20); // never a whole event
        again.dropAfterChunks = true;
        m_server->route(StreamPath, {first, again});
        m_server->route(EventsPath, reply("[]"));
        m_server->route(TasksPath, created());
        RecordingRunSink sink;
        run(sink);
        // 1 + maxReconnects (3) connections, every reconnect after the last event seen.
        QCOMPARE(streamTargets(), (QList<QByteArray>{StreamPath, StreamPath + "?after=3", StreamPath + "?after=3",
                                                     StreamPath + "?after=3"}));
        QCOMPARE(m_server->hits(EventsPath), 4); // after each lost connection
        QVERIFY(!sink.result.ok);
        QVERIFY(!sink.result.cancelled);
        const QString host = m_server->url().mid(7).chopped(1);
        QCOMPARE(sink.result.errorString,
                 QStringLiteral("Lost the event stream of task %1 of template:default/hello-service after 4 attempt(s). The "
                                "last one: %2 closed the connection before the response was complete. The task may still be "
                                "running on the server (%3).")
                     .arg(TaskId, host, TaskPage));
        QCOMPARE(sink.result.output, (QJsonObject{{QStringLiteral("taskId"), TaskId}}));
        QCOMPARE(sink.ids(), (QList<qint64>{1, 2, 3}));
    }

    void failedCompletionIsNotOk()
    {
        QByteArray stream = blocks(1, 18);
        stream += "event: completion\ndata: {\"id\":19,\"isTaskRecoverable\":false,\"taskId\":\"" + TaskId.toLatin1()
            + "\",\"body\":{\"message\":\"Run completed with status: failed\",\"error\":{\"name\":\"Error\","
              "\"message\":\"Action catalog:fetch failed\"}},\"type\":\"completion\",\"createdAt\":\"2026-11-22T01:44:29.000Z\"}\n\n";
        m_server->route(TasksPath, created());
        ScriptedReply r = streamReply(pieces(stream, 256));
        r.stallAfterChunks = true;
        m_server->route(StreamPath, r);
        RecordingRunSink sink;
        run(sink);
        QVERIFY(!sink.result.ok);
        QVERIFY(!sink.result.cancelled);
        QCOMPARE(sink.result.errorString,
                 QStringLiteral("The template template:default/hello-service failed in Backstage (task %1): Action catalog:fetch failed")
                     .arg(TaskId));
        QCOMPARE(sink.result.output, QJsonObject());
    }

    void cancelledEventFinishesCancelled()
    {
        QByteArray stream = blocks(1, 3);
        stream += "event: cancelled\ndata: {\"id\":4,\"taskId\":\"" + TaskId.toLatin1()
            + "\",\"body\":{\"message\":\"Step fetch has been cancelled.\"},\"type\":\"cancelled\"}\n\n";
        m_server->route(TasksPath, created());
        ScriptedReply r = streamReply({stream});
        r.stallAfterChunks = true;
        m_server->route(StreamPath, r);
        RecordingRunSink sink;
        run(sink);
        QVERIFY(!sink.result.ok);
        QVERIFY(sink.result.cancelled);
        QCOMPARE(sink.ids(), (QList<qint64>{1, 2, 3}));
    }

    void malformedEventFinishesWithAnError()
    {
        m_server->route(TasksPath, created());
        ScriptedReply r = streamReply({blocks(1, 2) + "event: log\ndata: {\"id\":3,\"body\":\n\n"});
        r.stallAfterChunks = true;
        m_server->route(StreamPath, r);
        RecordingRunSink sink;
        run(sink);
        QVERIFY(!sink.result.ok);
        QCOMPARE(sink.result.errorString,
                 QStringLiteral("Backstage sent a bad \"log\" event on the event stream of task %1 of "
                                "template:default/hello-service (GET %2/api/scaffolder/v2/tasks/%1/eventstream): it is "
                                "not valid JSON (unterminated object at byte 15). The task %1 may still be running on the server.")
                     .arg(TaskId, base()));
        QCOMPARE(sink.ids(), (QList<qint64>{1, 2}));
    }

    // --- errors creating the task ------------------------------------------------------------

    void createErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QString>("message"); // %1: the POST as the message names it
        QTest::addColumn<bool>("credentialRefused");

        QTest::newRow("400 bad values")
            << fixture(QStringLiteral("error-400-task-bad-values.json")) << 400 << TemplateRef
            << QStringLiteral("Backstage rejected the values for %1 (HTTP 400): owner: requires property \"owner\"; "
                              "name: does not match pattern \"^[a-z0-9-]+$\"")
            << false;
        QTest::newRow("404 unknown template")
            << fixture(QStringLiteral("error-404-task-unknown-template.json")) << 404 << QStringLiteral("template:default/nope")
            << QStringLiteral("Backstage found nothing for %1: Template template:default/nope not found (NotFoundError)") << false;
        QTest::newRow("404 no scaffolder") << QByteArray() << 404 << TemplateRef
                                           << QStringLiteral("%1 does not exist (HTTP 404 without a Backstage error): the base "
                                                             "URL is wrong, or this Backstage has no scaffolder.")
                                           << false;
        QTest::newRow("401") << fixture(QStringLiteral("error-401-missing-token.json")) << 401 << TemplateRef
                             << QStringLiteral("Backstage did not accept the token for %1 (HTTP 401): Missing credentials "
                                               "(AuthenticationError). Enter the token of this connection again.")
                             << true;
        QTest::newRow("403") << fixture(QStringLiteral("error-403-not-allowed.json")) << 403 << TemplateRef
                             << QStringLiteral("Backstage does not allow %1 with this token (HTTP 403): You are not allowed "
                                               "to read the catalog (NotAllowedError). Enter a token that has the permission.")
                             << true;
        QTest::newRow("500") << fixture(QStringLiteral("error-500.json")) << 500 << TemplateRef
                             << QStringLiteral("Backstage failed on %1 (HTTP 500): SQLITE_BUSY: database is locked (Error)")
                             << false;
        QTest::newRow("malformed JSON") << QByteArray("{\"id\": ") << 201 << TemplateRef
                                        << QStringLiteral("Backstage sent a bad answer for %1: it is not valid JSON (unterminated "
                                                          "object at byte 7). The task may have been created.")
                                        << false;
        QTest::newRow("no id") << QByteArray("{\"taskId\": \"x\"}") << 201 << TemplateRef
                               << QStringLiteral("Backstage sent a bad answer for %1: it has no task \"id\". The task may "
                                                 "have been created.")
                               << false;
    }

    void createErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, ref);
        QFETCH(QString, message);
        QFETCH(bool, credentialRefused);
        m_server->route(TasksPath, reply(body, status));
        RecordingRunSink sink;
        run(sink, QJsonObject{{QStringLiteral("name"), QStringLiteral("Not Valid!")}}, ref);
        QCOMPARE(m_server->hits(TasksPath), 1); // not retried, not even the 500
        QCOMPARE(m_server->hits(StreamPath), 0);
        QVERIFY(!sink.result.ok);
        QVERIFY(!sink.result.cancelled);
        QCOMPARE(sink.result.errorString, message.arg(postWhat(ref)));
        const QJsonObject expectedOutput = credentialRefused ? QJsonObject{{QStringLiteral("credentialRefused"), true}}
                                                             : QJsonObject();
        QCOMPARE(sink.result.output, expectedOutput);
        QVERIFY(sink.events.isEmpty());
    }

    void createTimeoutSaysTheTaskMayExist()
    {
        m_provider = std::make_unique<BackstageActionProvider>(m_http.get(), [this] {
            ScaffolderClient::Options o = options();
            o.requestTimeoutMs = 300;
            return o;
        }());
        m_server->route(TasksPath, ScriptedReply::stalled());
        RecordingRunSink sink;
        run(sink);
        QCOMPARE(m_server->hits(TasksPath), 1);
        QVERIFY(!sink.result.ok);
        const QString host = m_server->url().mid(7).chopped(1);
        QCOMPARE(sink.result.errorString,
                 QStringLiteral("%1 timed out: %2 sent no data for 0.3 s. Backstage may have started the task anyway: look "
                                "at its task list before starting it again.")
                     .arg(postWhat(), host));
    }

    void streamRefusingTheTokenAsksForIt()
    {
        m_server->route(TasksPath, created());
        m_server->route(StreamPath, reply(fixture(QStringLiteral("error-401-missing-token.json")), 401));
        RecordingRunSink sink;
        run(sink);
        QCOMPARE(m_server->hits(StreamPath), 1); // not retried
        QCOMPARE(sink.result.output, (QJsonObject{{QStringLiteral("taskId"), TaskId}, {QStringLiteral("credentialRefused"), true}}));
        // The error body of a stream comes in chunks, which the host may drop when the connection
        // closes at once: the reason from the body is not asserted.
        const QString message = sink.result.errorString;
        QVERIFY2(message.startsWith(QStringLiteral("Backstage did not accept the token for the event stream of task %1 of "
                                                   "template:default/hello-service (GET %2/api/scaffolder/v2/tasks/%1/eventstream) "
                                                   "(HTTP 401): ")
                                        .arg(TaskId, base())),
                 qPrintable(message));
        QVERIFY2(message.endsWith(QStringLiteral(". Enter the token of this connection again. The task %1 may still be "
                                                 "running on the server.")
                                      .arg(TaskId)),
                 qPrintable(message));
    }

    void streamServerErrorIsRetried()
    {
        m_server->route(TasksPath, created());
        ScriptedReply stream = streamReply(pieces(recordedStream(), 512));
        stream.stallAfterChunks = true;
        m_server->route(StreamPath, {reply(fixture(QStringLiteral("error-500.json")), 500), stream});
        m_server->route(EventsPath, reply("[]"));
        RecordingRunSink sink;
        run(sink);
        QVERIFY2(sink.result.ok, qPrintable(sink.result.errorString));
        QCOMPARE(streamTargets(), (QList<QByteArray>{StreamPath, StreamPath}));
        QCOMPARE(sink.ids().size(), 18);
    }

    // --- one run per action, cancel ----------------------------------------------------------

    void secondRunOfARunningActionIsRefused()
    {
        ScriptedReply slow = streamReply(pieces(blocks(1, 2), 64));
        slow.stallAfterChunks = true;
        m_server->route(TasksPath, created());
        m_server->route(StreamPath, slow);
        m_server->route(CancelPath, reply("{\"status\":\"cancelled\"}"));
        RecordingRunSink first;
        m_provider->runAction(TemplateRef, recordedValues(), &first);
        QTRY_COMPARE_WITH_TIMEOUT(first.events.size(), 3, 10000);
        QVERIFY(m_provider->isRunning(TemplateRef));

        RecordingRunSink second;
        m_provider->runAction(QStringLiteral("Template:Default/Hello-Service"), recordedValues(), &second);
        QCOMPARE(second.finishedCalls, 0); // never from inside runAction()
        QTRY_COMPARE_WITH_TIMEOUT(second.finishedCalls, 1, 5000);
        QCOMPARE(second.result.errorString,
                 QStringLiteral("The template Template:Default/Hello-Service is already running on this Backstage "
                                "connection; wait for it to finish or cancel it."));
        QCOMPARE(m_server->hits(TasksPath), 1);
        QCOMPARE(first.finishedCalls, 0);
        QVERIFY(m_provider->isRunning(TemplateRef));
    }

    void cancelStopsTheTaskAndFinishesOnce()
    {
        ScriptedReply slow = streamReply(pieces(blocks(1, 5), 64));
        slow.stallAfterChunks = true;
        m_server->route(TasksPath, created());
        m_server->route(StreamPath, slow);
        m_server->route(CancelPath, reply("{\"status\":\"cancelled\"}"));
        RecordingRunSink sink;
        m_provider->runAction(TemplateRef, recordedValues(), &sink);
        QTRY_COMPARE_WITH_TIMEOUT(sink.events.size(), 6, 10000);

        m_provider->cancelRun(TemplateRef);
        m_provider->cancelRun(TemplateRef); // twice: still one cancel, one finished()
        QCOMPARE(sink.finishedCalls, 0);
        QTRY_COMPARE_WITH_TIMEOUT(sink.finishedCalls, 1, 10000);
        QTest::qWait(100);
        QCOMPARE(sink.finishedCalls, 1);
        QCOMPARE(m_server->hits(CancelPath), 1);
        QCOMPARE(m_server->last(CancelPath)->method, QByteArray("POST"));
        QCOMPARE(m_server->last(CancelPath)->header("Authorization"), QByteArray("Bearer " + Token));
        QVERIFY(sink.result.cancelled);
        QVERIFY(!sink.result.ok);
        QCOMPARE(sink.result.errorString, QString());
        QCOMPARE(sink.result.output, (QJsonObject{{QStringLiteral("taskId"), TaskId}}));
        QCOMPARE(sink.ids(), (QList<qint64>{1, 2, 3, 4, 5}));
        QCOMPARE(m_server->hits(StreamPath), 1); // no reconnect after the cancel
        QVERIFY(!m_provider->isRunning(TemplateRef));
        m_provider->cancelRun(TemplateRef); // nothing running: nothing happens
        QTest::qWait(50);
        QCOMPARE(m_server->hits(CancelPath), 1);
    }

    void cancelRefusedByBackstageSaysTheTaskMayRun()
    {
        ScriptedReply slow = streamReply(pieces(blocks(1, 2), 64));
        slow.stallAfterChunks = true;
        m_server->route(TasksPath, created());
        m_server->route(StreamPath, slow);
        m_server->route(CancelPath, reply(fixture(QStringLiteral("error-403-not-allowed.json")), 403));
        RecordingRunSink sink;
        m_provider->runAction(TemplateRef, recordedValues(), &sink);
        QTRY_COMPARE_WITH_TIMEOUT(sink.events.size(), 3, 10000);
        m_provider->cancelRun(TemplateRef);
        QTRY_COMPARE_WITH_TIMEOUT(sink.finishedCalls, 1, 10000);
        QVERIFY(sink.result.cancelled);
        QCOMPARE(sink.result.errorString,
                 QStringLiteral("Could not cancel task %1 of template:default/hello-service: Backstage does not allow POST "
                                "%2/api/scaffolder/v2/tasks/%1/cancel (cancelling task %1) with this token (HTTP 403): You "
                                "are not allowed to read the catalog (NotAllowedError). Enter a token that has the "
                                "permission. It may still be running on the server.")
                     .arg(TaskId, base()));
    }

    void cancelWhileCreatingCancelsTheNewTask()
    {
        ScriptedReply slowCreate = created();
        slowCreate.delayMs = 300;
        m_server->route(TasksPath, slowCreate);
        m_server->route(CancelPath, reply("{\"status\":\"cancelled\"}"));
        RecordingRunSink sink;
        m_provider->runAction(TemplateRef, recordedValues(), &sink);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->hits(TasksPath), 1, 5000);
        m_provider->cancelRun(TemplateRef);
        QCOMPARE(sink.finishedCalls, 0); // never from inside cancelRun()
        QTRY_COMPARE_WITH_TIMEOUT(sink.finishedCalls, 1, 5000);
        QVERIFY(sink.result.cancelled);
        QCOMPARE(sink.result.errorString, QString());
        // Once Backstage answers with the task's id, that task is cancelled; no stream is opened.
        QTRY_COMPARE_WITH_TIMEOUT(m_server->hits(CancelPath), 1, 5000);
        QTest::qWait(100);
        QCOMPARE(m_server->hits(StreamPath), 0);
        QCOMPARE(sink.finishedCalls, 1);
        QVERIFY(sink.events.isEmpty());
    }

    void deletingTheProviderMidRunIsSilent()
    {
        ScriptedReply slow = streamReply(pieces(blocks(1, 2), 64));
        slow.stallAfterChunks = true;
        m_server->route(TasksPath, created());
        m_server->route(StreamPath, slow);
        RecordingRunSink sink;
        m_provider->runAction(TemplateRef, recordedValues(), &sink);
        QTRY_COMPARE_WITH_TIMEOUT(sink.events.size(), 3, 10000);
        m_provider.reset();
        QTest::qWait(100);
        QCOMPARE(sink.finishedCalls, 0);
        QCOMPARE(sink.events.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestScaffolder)
#include "tst_scaffolder.moc"
