// The Backstage plugin library as the host sees it: its embedded metadata (read without loading),
// loading and initialization through the PluginManager from the build tree, and then its catalog
// provider and connection test over the host's real HTTP client (HostHttpClient) against recorded
// Backstage responses (fixtures/), served by the scripted test server.

#include "backstagefixtures.h"
#include "testhttpserver.h"

#include "net/hosthttpclient.h"
#include "plugins/pluginmanager.h"
#include "plugins/pluginmetadata.h"

#include <atrium/sdk/sdk.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUrlQuery>
#include <QXmlStreamReader>

#include <memory>

using namespace atrium;
using atrium::net::HostHttpClient;
using atrium::plugins::MetadataProblem;
using atrium::plugins::PluginManager;
using atrium::plugins::PluginMetadata;
using atrium::plugins::PluginRecord;

Q_LOGGING_CATEGORY(lcTestBackstagePlugin, "atrium.plugin.dev.atrium.backstage", QtWarningMsg)

using namespace backstagetest;

namespace {

const QString PluginId = QStringLiteral("dev.atrium.backstage");
const QString ConnectionId = QStringLiteral("backstage-test");
const QStringList Pages = {QStringLiteral("catalog-by-query-page1.json"), QStringLiteral("catalog-by-query-page2.json"),
                           QStringLiteral("catalog-by-query-page3-last.json")};

// What the host keeps per workspace: the plugin's connections and their HTTP clients.
struct TestHost
{
    QList<sdk::ConnectionInfo> connections;
    std::map<QString, std::unique_ptr<HostHttpClient>> clients;
    int contextsMade = 0;
};

// The host side of one plugin: connections and HTTP clients from TestHost, settings in memory.
class TestContext : public sdk::PluginContext
{
public:
    TestContext(QString id, TestHost *host) : m_id(std::move(id)), m_host(host) {}
    QString pluginId() const override { return m_id; }
    QList<sdk::ConnectionInfo> connections() const override { return m_host->connections; }
    sdk::HttpClient *httpClient(const QString &connectionId) override
    {
        const auto it = m_host->clients.find(connectionId);
        return it == m_host->clients.end() ? nullptr : it->second.get();
    }
    void onConnectionsChanged(QObject *, std::function<void()>) override {}
    sdk::CatalogReader *catalog() override { return nullptr; }
    void notify(const sdk::Notification &) override {}
    QVariant setting(const QString &key, const QVariant &defaultValue) const override
    {
        return m_settings.value(key, defaultValue);
    }
    void setSetting(const QString &key, const QVariant &value) override { m_settings.insert(key, value); }
    const QLoggingCategory &logging() const override { return lcTestBackstagePlugin(); }
    QString dataDirectory() const override { return {}; }

private:
    QString m_id;
    TestHost *m_host;
    QVariantMap m_settings;
};

class RecordingSink : public sdk::CatalogSink
{
public:
    void progress(qint64 done, qint64 total, const QString &) override { progressCalls.append({done, total}); }
    void batch(const sdk::CatalogBatch &batch) override { batches.append(batch); }
    void finished(const sdk::SyncResult &result) override
    {
        ++finishedCalls;
        this->result = result;
    }

    QList<QPair<qint64, qint64>> progressCalls;
    QList<sdk::CatalogBatch> batches;
    int finishedCalls = 0;
    sdk::SyncResult result;
};

struct TestResult
{
    int calls = 0;
    bool ok = false;
    QString message;
};

} // namespace

class TestBackstagePlugin : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<TestHost> m_host;
    std::unique_ptr<PluginManager> m_manager;

    static QString pluginFile() { return QFileInfo(QStringLiteral(BACKSTAGE_PLUGIN_FILE)).absoluteFilePath(); }

    // One connection to the test server, as the host configures it (bearer token from the keychain).
    void addConnection(const QString &id, const QVariantMap &settings = {})
    {
        sdk::ConnectionInfo info;
        info.id = id;
        info.pluginId = PluginId;
        info.title = QStringLiteral("Backstage (test)");
        info.baseUrl = QUrl(m_server->url());
        info.settings = settings;
        info.hasCredential = true;
        HostHttpClient::Options options;
        options.connectTimeoutMs = 2000;
        options.transferTimeoutMs = 5000;
        options.maxRetries = 0;
        net::CredentialSpec credential;
        credential.kind = net::CredentialSpec::Kind::Bearer;
        m_host->connections.append(info);
        m_host->clients[id] = std::make_unique<HostHttpClient>(
            info, QStringList{}, credential,
            [](QObject *, std::function<void(bool, QByteArray, QString)> done) { done(true, Token, QString()); },
            options);
    }

    // Loads the plugin from its build-tree folder, <build>/plugins/dev.atrium.backstage.
    sdk::Plugin *loadPlugin()
    {
        PluginManager::Options options;
        options.searchPaths = {QFileInfo(pluginFile()).absolutePath()};
        options.crashMarkerPath = m_state->filePath(QStringLiteral("loading-plugin"));
        m_manager = std::make_unique<PluginManager>(options);
        TestHost *host = m_host.get();
        m_manager->setContextFactory([host](const PluginRecord &record) {
            ++host->contextsMade;
            return std::make_unique<TestContext>(record.id, host);
        });
        m_manager->loadAll();
        const PluginRecord *record = m_manager->plugin(PluginId);
        if (!record) {
            qWarning("the plugin manager did not find %s", qPrintable(PluginId));
            return nullptr;
        }
        if (record->state != PluginRecord::State::Loaded)
            qWarning("not loaded (%s): %s", qPrintable(plugins::stateName(record->state)), qPrintable(record->error));
        return m_manager->instance(PluginId);
    }

    sdk::ConnectionInfo connection(const QString &id) const
    {
        for (const auto &c : m_host->connections)
            if (c.id == id)
                return c;
        return {};
    }

    TestResult runConnectionTest(sdk::Plugin *plugin, const sdk::ConnectionInfo &info)
    {
        auto result = std::make_shared<TestResult>();
        const bool overridden = plugin->testConnection(info, this, [result](bool ok, const QString &message) {
            ++result->calls;
            result->ok = ok;
            result->message = message;
        });
        if (!overridden)
            return {-1, false, QStringLiteral("testConnection() not overridden or no HTTP client")};
        if (result->calls != 0)
            qWarning("done() ran inside testConnection()");
        [&] { QTRY_COMPARE_WITH_TIMEOUT(result->calls, 1, 15000); }();
        QTest::qWait(50); // a second call would show here
        return *result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QSettings().clear(); // no plugin disabled by an earlier run
        QSettings().sync();
        m_state = std::make_unique<QTemporaryDir>();
        QVERIFY(m_state->isValid());
        m_server = std::make_unique<TestHttpServer>();
        QVERIFY(m_server->isListening());
        m_host = std::make_unique<TestHost>();
    }

    void cleanup()
    {
        m_manager.reset(); // shuts the plugin down while its context and clients still exist
        m_host.reset();
        m_server.reset();
        m_state.reset();
    }

    // atrium_add_plugin puts the library where the host looks when run from the build tree.
    void libraryIsInTheBuildTreePluginFolder()
    {
        const QFileInfo file(pluginFile());
        QVERIFY2(file.isFile(), qPrintable(file.absoluteFilePath()));
        QCOMPARE(file.absolutePath(), QDir(QStringLiteral(ATRIUM_BINARY_DIR "/plugins/") + PluginId).absolutePath());
    }

    void metadataReadsWithoutProblems()
    {
        QList<MetadataProblem> problems;
        const PluginMetadata meta = PluginMetadata::fromLibrary(pluginFile(), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(plugins::describeProblems(problems)));
        QCOMPARE(meta.id, PluginId);
        QCOMPARE(meta.name, QStringLiteral("Backstage"));
        QCOMPARE(meta.versionString, QStringLiteral("0.1.0"));
        QVERIFY(meta.provides(QVersionNumber(0, 1, 0)));
        QCOMPARE(meta.apiVersion, ATRIUM_PLUGIN_API_VERSION);
        QCOMPARE(meta.producerTeam, QStringLiteral("Atrium"));
        QVERIFY(!meta.producerContact.isEmpty());
        QVERIFY(!meta.description.isEmpty());
        QCOMPARE(meta.capabilities, (QStringList{QStringLiteral("catalogProvider"), QStringLiteral("actionProvider")}));
        QVERIFY(meta.hosts.isEmpty()); // only each connection's own host
        QCOMPARE(meta.platforms, QStringList{plugins::hostPlatform()});

        QCOMPARE(meta.credentials.size(), 1);
        QCOMPARE(meta.credentials[0].id, QStringLiteral("token"));
        QCOMPARE(meta.credentials[0].title, QStringLiteral("Token"));
        QCOMPARE(meta.credentials[0].kind, QStringLiteral("bearer"));
    }

    void connectionSchemaDeclaresTheSettings()
    {
        QList<MetadataProblem> problems;
        const PluginMetadata meta = PluginMetadata::fromLibrary(pluginFile(), &problems);
        const QJsonObject schema = meta.connectionSchema;
        QCOMPARE(schema.value(QLatin1String("type")).toString(), QStringLiteral("object"));
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        QCOMPARE(properties.keys(), QStringList({QStringLiteral("frontendUrl"), QStringLiteral("pageSize"),
                                                 QStringLiteral("syncIntervalMinutes")}));
        QVERIFY(!schema.value(QLatin1String("required")).toArray().contains(QStringLiteral("frontendUrl")));

        const QJsonObject frontend = properties.value(QLatin1String("frontendUrl")).toObject();
        QCOMPARE(frontend.value(QLatin1String("type")).toString(), QStringLiteral("string"));
        QCOMPARE(frontend.value(QLatin1String("format")).toString(), QStringLiteral("uri"));
        QVERIFY(frontend.value(QLatin1String("description")).toString().contains(QLatin1String("Open in Backstage")));

        const auto checkInteger = [&](const char *name, int def, int min, int max) {
            const QJsonObject p = properties.value(QLatin1String(name)).toObject();
            QCOMPARE(p.value(QLatin1String("type")).toString(), QStringLiteral("integer"));
            QCOMPARE(p.value(QLatin1String("default")).toInt(-1), def);
            QCOMPARE(p.value(QLatin1String("minimum")).toInt(-1), min);
            QCOMPARE(p.value(QLatin1String("maximum")).toInt(-1), max);
        };
        checkInteger("syncIntervalMinutes", 15, 1, 1440);
        if (QTest::currentTestFailed())
            return;
        checkInteger("pageSize", 500, 20, 5000);
        if (QTest::currentTestFailed())
            return;

        // The host enforces it on a connection's settings.
        QVERIFY(plugins::validateSettings(schema, {{QStringLiteral("pageSize"), 100},
                                                   {QStringLiteral("syncIntervalMinutes"), 30},
                                                   {QStringLiteral("frontendUrl"), QStringLiteral("https://backstage.example.com")}})
                    .isEmpty());
        QVERIFY(!plugins::validateSettings(schema, {{QStringLiteral("pageSize"), 10}}).isEmpty());
        QVERIFY(!plugins::validateSettings(schema, {{QStringLiteral("syncIntervalMinutes"), 0}}).isEmpty());
        QVERIFY(!plugins::validateSettings(schema, {{QStringLiteral("frontendUrl"), QStringLiteral("not a url")}}).isEmpty());
    }

    void loadsAndInitializesThroughThePluginManager()
    {
        addConnection(ConnectionId);
        sdk::Plugin *plugin = loadPlugin();
        QVERIFY(plugin);
        const PluginRecord *record = m_manager->plugin(PluginId);
        QCOMPARE(record->state, PluginRecord::State::Loaded);
        QCOMPARE(record->error, QString());
        QCOMPARE(QFileInfo(record->libraryPath).canonicalFilePath(), QFileInfo(pluginFile()).canonicalFilePath());
        QCOMPARE(m_host->contextsMade, 1);
        QVERIFY(plugin->panels().isEmpty()); // no QML panels yet
        // A connection that is not the plugin's (the host hands out no client) gets no provider.
        sdk::ConnectionInfo other;
        other.id = QStringLiteral("someone-else");
        other.pluginId = PluginId;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no HTTP client for connection .someone-else.")));
        QCOMPARE(plugin->createCatalogProvider(other), nullptr);
    }

    // German translations of every message, embedded where the host loads them.
    void translationsAreCompleteAndEmbedded()
    {
        QFile ts(QStringLiteral(BACKSTAGE_TS_FILE));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QStringList contexts;
        int messages = 0;
        QString context;
        QString source;
        QXmlStreamReader xml(&ts);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
                contexts.append(context);
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const bool unfinished = !xml.attributes().value(QLatin1String("type")).isEmpty();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements); // plural forms are <numerusform> children
                QVERIFY2(!unfinished && !text.isEmpty(), qPrintable(context + QLatin1String(": ") + source));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(messages >= 40, "backstage_de.ts is not filled (run the backstage_lupdate target)");
        // The client's messages are compiled into the plugin and translated with it.
        for (const char *context : {"atrium::backstage::BackstagePlugin", "atrium::backstage::BackstageClient",
                                    "atrium::backstage::BackstageCatalogProvider", "BackstageEntityRef"})
            QVERIFY2(contexts.contains(QLatin1String(context)), context);

        QVERIFY(loadPlugin());
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::German, QLocale::Germany), PluginId, QStringLiteral("_"),
                                QStringLiteral(":/atrium/plugins/") + PluginId + QStringLiteral("/i18n")));
        QCOMPARE(translator.translate("atrium::backstage::BackstagePlugin", "Connected to Backstage."),
                 QStringLiteral("Mit Backstage verbunden."));
    }

    void createsACatalogProviderThatSyncsEveryPage()
    {
        QList<ScriptedReply> replies;
        qint64 expected = 0;
        for (const QString &page : Pages) {
            replies.append(reply(fixture(page)));
            expected += fixtureObject(page).value(QLatin1String("items")).toArray().size();
        }
        m_server->route(ByQuery, replies);
        addConnection(ConnectionId, {{QStringLiteral("pageSize"), 20}});
        sdk::Plugin *plugin = loadPlugin();
        QVERIFY(plugin);

        std::unique_ptr<sdk::CatalogProvider> provider(plugin->createCatalogProvider(connection(ConnectionId)));
        QVERIFY(provider);
        RecordingSink sink;
        provider->sync(sdk::CatalogProvider::SyncMode::Full, QString(), &sink);
        QCOMPARE(sink.finishedCalls, 0); // never from inside sync()
        QTRY_COMPARE_WITH_TIMEOUT(sink.finishedCalls, 1, 15000);
        QTest::qWait(50);
        QCOMPARE(sink.finishedCalls, 1);

        QVERIFY2(sink.result.ok, qPrintable(sink.result.errorString));
        QVERIFY(!sink.result.cancelled);
        QCOMPARE(sink.result.entityCount, expected);
        QCOMPARE(sink.batches.size(), Pages.size());
        QList<QJsonObject> delivered;
        for (const auto &batch : std::as_const(sink.batches)) {
            delivered += batch.upserts;
            for (const QByteArray &text : batch.upsertsJson)
                delivered.append(QJsonDocument::fromJson(text).object());
        }
        QList<QJsonObject> recorded;
        for (const QString &page : Pages)
            for (const QJsonValue &v : fixtureObject(page).value(QLatin1String("items")).toArray())
                recorded.append(v.toObject());
        QCOMPARE(delivered, recorded);
        QCOMPARE(sink.progressCalls.size(), Pages.size());

        // Through the connection's client: its token, the page size of the connection's settings.
        QCOMPARE(m_server->hits(ByQuery), 3);
        for (const SeenRequest &r : std::as_const(m_server->seen)) {
            QCOMPARE(r.header("Authorization"), QByteArray("Bearer " + Token));
            QCOMPARE(queryOf(r).queryItemValue(QStringLiteral("limit")), QStringLiteral("20"));
        }
    }

    // The software templates as actions, through the connection's client; a run links to the task
    // in the connection's frontendUrl.
    void createsAnActionProviderForTheTemplates()
    {
        const QJsonObject page{{QStringLiteral("items"), QJsonArray{fixtureObject(QStringLiteral("catalog-by-name-template.json"))}},
                               {QStringLiteral("totalItems"), 1},
                               {QStringLiteral("pageInfo"), QJsonObject()}};
        m_server->route(ByQuery, reply(QJsonDocument(page).toJson()));
        m_server->route("/api/scaffolder/v2/tasks", reply(fixture(QStringLiteral("scaffolder-task-create.json")), 201));
        m_server->route("/api/scaffolder/v2/tasks/f3ef6b7b-83de-4b4c-b158-522c2c0d2f5c/eventstream",
                        reply(fixture(QStringLiteral("scaffolder-task-eventstream.sse.txt"))));
        m_server->route("/api/scaffolder/v2/tasks/f3ef6b7b-83de-4b4c-b158-522c2c0d2f5c/events",
                        reply(fixture(QStringLiteral("scaffolder-task-events.json"))));
        addConnection(ConnectionId, {{QStringLiteral("pageSize"), 20},
                                     {QStringLiteral("frontendUrl"), QStringLiteral("https://backstage.example.com")}});
        sdk::Plugin *plugin = loadPlugin();
        QVERIFY(plugin);
        std::unique_ptr<sdk::ActionProvider> provider(plugin->createActionProvider(connection(ConnectionId)));
        QVERIFY(provider);

        QList<sdk::ActionInfo> actions;
        QString error;
        int calls = 0;
        provider->listActions(this, [&](const QList<sdk::ActionInfo> &a, const QString &e) {
            ++calls;
            actions = a;
            error = e;
        });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
        QCOMPARE(error, QString());
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions[0].id, QStringLiteral("template:default/hello-service"));
        QCOMPARE(actions[0].parametersSchema.value(QLatin1String("steps")),
                 fixtureObject(QStringLiteral("scaffolder-parameter-schema.json")).value(QLatin1String("steps")));
        QCOMPARE(queryOf(*m_server->last(ByQuery)).queryItemValue(QStringLiteral("limit")), QStringLiteral("20"));
        QCOMPARE(m_server->last(ByQuery)->header("Authorization"), QByteArray("Bearer " + Token));

        struct Sink : sdk::ActionRunSink
        {
            void event(const sdk::ActionEvent &e) override { events.append(e); }
            void finished(const sdk::ActionResult &r) override
            {
                ++finishedCalls;
                result = r;
            }
            QList<sdk::ActionEvent> events;
            int finishedCalls = 0;
            sdk::ActionResult result;
        } sink;
        provider->runAction(actions[0].id, QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}, &sink);
        QTRY_COMPARE_WITH_TIMEOUT(sink.finishedCalls, 1, 15000);
        QVERIFY2(sink.result.ok, qPrintable(sink.result.errorString));
        QVERIFY(!sink.events.isEmpty());
        QCOMPARE(sink.events[0].data.value(QLatin1String("taskUrl")).toString(),
                 QStringLiteral("https://backstage.example.com/create/tasks/f3ef6b7b-83de-4b4c-b158-522c2c0d2f5c"));
        QCOMPARE(sink.result.output.value(QLatin1String("links")).toArray().size(), 1);

        sdk::ConnectionInfo other;
        other.id = QStringLiteral("someone-else");
        other.pluginId = PluginId;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no HTTP client for connection .someone-else.")));
        QCOMPARE(plugin->createActionProvider(other), nullptr);
    }

    void pageSizeComesFromTheConnection_data()
    {
        QTest::addColumn<QVariant>("setting");
        QTest::addColumn<QString>("limit");
        QTest::newRow("unset") << QVariant() << QStringLiteral("500");
        QTest::newRow("100") << QVariant(100) << QStringLiteral("100");
        QTest::newRow("below minimum") << QVariant(5) << QStringLiteral("20");
        QTest::newRow("above maximum") << QVariant(100000) << QStringLiteral("5000");
    }

    void pageSizeComesFromTheConnection()
    {
        QFETCH(QVariant, setting);
        QFETCH(QString, limit);
        m_server->route(ByQuery, reply(fixture(Pages[2]))); // a last page: one request
        QVariantMap settings;
        if (setting.isValid())
            settings.insert(QStringLiteral("pageSize"), setting);
        addConnection(ConnectionId, settings);
        sdk::Plugin *plugin = loadPlugin();
        QVERIFY(plugin);
        std::unique_ptr<sdk::CatalogProvider> provider(plugin->createCatalogProvider(connection(ConnectionId)));
        QVERIFY(provider);
        RecordingSink sink;
        provider->sync(sdk::CatalogProvider::SyncMode::Full, QString(), &sink);
        QTRY_COMPARE_WITH_TIMEOUT(sink.finishedCalls, 1, 15000);
        QVERIFY2(sink.result.ok, qPrintable(sink.result.errorString));
        QCOMPARE(queryOf(m_server->seen.value(0)).queryItemValue(QStringLiteral("limit")), limit);
    }

    void connectionTestReportsTheEntityCount()
    {
        QJsonObject page = fixtureObject(Pages[0]);
        page[QLatin1String("totalItems")] = 1234;
        m_server->route(ByQuery, reply(QJsonDocument(page).toJson(QJsonDocument::Compact)));
        addConnection(ConnectionId);
        sdk::Plugin *plugin = loadPlugin();
        QVERIFY(plugin);

        const TestResult result = runConnectionTest(plugin, connection(ConnectionId));
        QCOMPARE(result.calls, 1);
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY2(result.message.contains(QLocale().toString(1234) + QLatin1String(" entities")), qPrintable(result.message));

        QCOMPARE(m_server->seen.size(), 1);
        const SeenRequest &request = m_server->seen.first();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, ByQuery);
        QCOMPARE(queryOf(request).queryItemValue(QStringLiteral("limit")), QStringLiteral("1"));
        QCOMPARE(request.header("Authorization"), QByteArray("Bearer " + Token));
    }

    void connectionTestReportsARefusedToken()
    {
        m_server->route(ByQuery, reply(fixture(QStringLiteral("error-401-wrong-token.json")), 401));
        addConnection(ConnectionId);
        sdk::Plugin *plugin = loadPlugin();
        QVERIFY(plugin);

        const TestResult result = runConnectionTest(plugin, connection(ConnectionId));
        QCOMPARE(result.calls, 1);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(QLatin1String("did not accept the token")), qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("HTTP 401")), qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("Illegal token")), qPrintable(result.message)); // Backstage's reason
        QVERIFY2(!result.message.contains(QString::fromLatin1(Token)), qPrintable(result.message));
    }

    void connectionTestSaysWhenTheUrlIsNotBackstage()
    {
        ScriptedReply html;
        html.body = fixture(QStringLiteral("frontend-index.html"));
        html.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/html")));
        m_server->route(ByQuery, html);
        addConnection(ConnectionId);
        sdk::Plugin *plugin = loadPlugin();
        QVERIFY(plugin);

        const TestResult result = runConnectionTest(plugin, connection(ConnectionId));
        QCOMPARE(result.calls, 1);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(QLatin1String("not a Backstage backend")), qPrintable(result.message));
    }
};

QTEST_GUILESS_MAIN(TestBackstagePlugin)
#include "tst_backstageplugin.moc"
