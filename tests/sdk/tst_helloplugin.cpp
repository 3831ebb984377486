// The example plugin as the host sees it: metadata read without loading, the Plugin interface,
// panels and translations in its resources, the connection test over a fake HTTP client, and both
// QML panels driven through a fake `atrium` host object in every state.
#include <atrium/sdk/sdk.h>

#include <QDir>
#include <QFile>
#include <QJSValue>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QPluginLoader>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QUrlQuery>

#include <memory>

using namespace atrium::sdk;

namespace {

const QString kPluginId = QStringLiteral("dev.atrium.hello");

Q_LOGGING_CATEGORY(lcHello, "atrium.plugin.dev.atrium.hello")

class FakeHttpClient : public HttpClient
{
public:
    QString connectionId() const override { return QStringLiteral("hello-local"); }
    QUrl baseUrl() const override { return QUrl(QStringLiteral("http://127.0.0.1:1/")); }
    quint64 send(const HttpRequest &request, QObject *, Done done, Chunk) override
    {
        requests.append(request);
        done(reply);
        return quint64(requests.size());
    }
    void cancel(quint64) override {}

    HttpResponse reply;
    QList<HttpRequest> requests;
};

class FakeContext : public PluginContext
{
public:
    QString pluginId() const override { return kPluginId; }
    QList<ConnectionInfo> connections() const override { return {connection}; }
    HttpClient *httpClient(const QString &id) override { return id == connection.id ? &http : nullptr; }
    void onConnectionsChanged(QObject *, std::function<void()>) override {}
    CatalogReader *catalog() override { return nullptr; }
    void notify(const Notification &) override {}
    QVariant setting(const QString &, const QVariant &defaultValue) const override { return defaultValue; }
    void setSetting(const QString &, const QVariant &) override {}
    const QLoggingCategory &logging() const override { return lcHello(); }
    QString dataDirectory() const override { return QDir::tempPath(); }

    ConnectionInfo connection;
    FakeHttpClient http;
};

// What the host sets as a panel's `atrium`: answers every request() with `reply`.
class FakePanelHost : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString connectionId MEMBER connectionId CONSTANT)
    Q_PROPERTY(QString entityRef MEMBER entityRef CONSTANT)
    Q_PROPERTY(bool dark MEMBER dark CONSTANT)

public:
    explicit FakePanelHost(QJSEngine *engine) : engine(engine) {}
    Q_INVOKABLE void request(const QString &method, const QString &path, const QVariant &body, QJSValue callback)
    {
        Q_UNUSED(body)
        calls.append(method + QLatin1Char(' ') + path);
        callback.call(QJSValueList{engine->toScriptValue(reply)});
    }

    QJSEngine *engine = nullptr;
    QString connectionId;
    QString entityRef;
    bool dark = false;
    QVariantMap reply;
    QStringList calls;
};

QVariantMap response(int status, const QByteArray &body, const QString &error = {})
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(body, &parseError);
    return {{QStringLiteral("status"), status},
            {QStringLiteral("ok"), error.isEmpty() && status >= 200 && status < 300},
            {QStringLiteral("body"), QString::fromUtf8(body)},
            {QStringLiteral("json"), parseError.error == QJsonParseError::NoError ? json.toVariant() : QVariant()},
            {QStringLiteral("error"), error}};
}

// The first visible Button under `item` whose text is `text`.
QQuickItem *findButton(QQuickItem *item, const QString &text)
{
    for (QQuickItem *child : item->childItems()) {
        if (child->inherits("QQuickAbstractButton") && child->property("text").toString() == text
            && child->isVisible())
            return child;
        if (QQuickItem *found = findButton(child, text))
            return found;
    }
    return nullptr;
}

} // namespace

class TestHelloPlugin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_library = QStringLiteral(HELLO_PLUGIN_FILE);
        QVERIFY2(QFile::exists(m_library), qPrintable(m_library));
    }

    void metadataWithoutLoading()
    {
        QPluginLoader loader(m_library);
        const QJsonObject meta = loader.metaData();
        QCOMPARE(meta.value(QStringLiteral("IID")).toString(), QStringLiteral(ATRIUM_PLUGIN_IID));
        QVERIFY(!loader.isLoaded());
        const QJsonObject plugin = meta.value(QStringLiteral("MetaData")).toObject();
        QCOMPARE(plugin.value(QStringLiteral("id")).toString(), kPluginId);
        QCOMPARE(plugin.value(QStringLiteral("version")).toString(), QStringLiteral("1.0.0"));
        QCOMPARE(plugin.value(QStringLiteral("apiVersion")).toInt(), ATRIUM_PLUGIN_API_VERSION);
        QCOMPARE(plugin.value(QStringLiteral("capabilities")).toArray(),
                 QJsonArray({QStringLiteral("dashboardWidget"), QStringLiteral("entityTab")}));
        const QJsonObject credential = plugin.value(QStringLiteral("credentials")).toArray().first().toObject();
        QCOMPARE(credential.value(QStringLiteral("kind")).toString(), QStringLiteral("bearer"));
        const QJsonObject greeting = plugin.value(QStringLiteral("connectionSchema")).toObject()
                                         .value(QStringLiteral("properties")).toObject()
                                         .value(QStringLiteral("greeting")).toObject();
        QCOMPARE(greeting.value(QStringLiteral("default")).toString(), QStringLiteral("Hello"));
    }

    void pluginPanelsAndResources()
    {
        Plugin *plugin = load();
        QVERIFY(plugin);
        const auto panels = plugin->panels();
        QCOMPARE(panels.size(), 2);
        QCOMPARE(panels[0].kind, PanelInfo::Kind::DashboardWidget);
        QCOMPARE(panels[0].source, QUrl(QStringLiteral("qrc:/atrium/plugins/dev.atrium.hello/HelloWidget.qml")));
        QCOMPARE(panels[1].kind, PanelInfo::Kind::EntityTab);
        QCOMPARE(panels[1].entityKinds, QStringList({QStringLiteral("component"), QStringLiteral("api")}));
        for (const auto &panel : panels)
            QVERIFY2(QFile::exists(QLatin1Char(':') + panel.source.path()), qPrintable(panel.source.toString()));
    }

    void germanTranslationEmbedded()
    {
        QVERIFY(load());
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::German, QLocale::Germany), kPluginId, QStringLiteral("_"),
                                QStringLiteral(":/atrium/plugins/%1/i18n").arg(kPluginId)));
        QCOMPARE(translator.translate("HelloWidget", "Refresh"), QStringLiteral("Aktualisieren"));
        QCOMPARE(translator.translate("HelloPlugin", "Hello"), QStringLiteral("Hallo"));
    }

    void testConnectionUsesTheSettings()
    {
        Plugin *plugin = load();
        QVERIFY(plugin);
        m_context.http.requests.clear();
        m_context.http.reply.status = 200;
        m_context.http.reply.body = R"({"message": "Hi from hello-server", "services": 5})";
        bool ok = false;
        QString message;
        QVERIFY(plugin->testConnection(m_context.connection, this, [&](bool success, const QString &text) {
            ok = success;
            message = text;
        }));
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(message, QStringLiteral("Connected: Hi from hello-server"));
        QCOMPARE(m_context.http.requests.size(), 1);
        QCOMPARE(m_context.http.requests[0].path, QStringLiteral("api/hello"));
        QVERIFY(m_context.http.requests[0].query.contains({QStringLiteral("greeting"), QStringLiteral("Hi")}));

        m_context.http.reply.status = 401;
        QVERIFY(plugin->testConnection(m_context.connection, this, [&](bool success, const QString &) { ok = success; }));
        QVERIFY(!ok);
        QVERIFY(!plugin->testConnection(ConnectionInfo{QStringLiteral("other")}, this, [](bool, const QString &) {}));
    }

    void widgetStates()
    {
        QVERIFY(load());
        QQmlEngine engine;
        auto root = create(engine, QStringLiteral("HelloWidget.qml"));
        QVERIFY(root);
        QCOMPARE(root->property("phase").toString(), QStringLiteral("empty")); // no host yet

        FakePanelHost unconfigured(&engine); // a widget without a connection asks nothing
        root->setProperty("atrium", QVariant::fromValue<QObject *>(&unconfigured));
        QCOMPARE(root->property("phase").toString(), QStringLiteral("empty"));
        QVERIFY(unconfigured.calls.isEmpty());

        FakePanelHost host(&engine);
        host.connectionId = QStringLiteral("hello-local");
        host.reply = response(200, R"({"message": "Hello from hello-server", "services": 5})");
        root->setProperty("atrium", QVariant::fromValue<QObject *>(&host));
        QCOMPARE(host.calls, QStringList({QStringLiteral("GET api/hello")}));
        QCOMPARE(root->property("phase").toString(), QStringLiteral("ready"));
        QCOMPARE(root->property("message").toString(), QStringLiteral("Hello from hello-server"));
        QCOMPARE(root->property("services").toInt(), 5);

        host.reply = response(401, R"({"error": "missing or wrong bearer token"})");
        QVERIFY(click(root.get(), QStringLiteral("Refresh")));
        QCOMPARE(root->property("phase").toString(), QStringLiteral("error"));
        QVERIFY(root->property("errorText").toString().contains(QStringLiteral("refused the token")));

        host.reply = response(0, {}, QStringLiteral("Connection refused"));
        QVERIFY(click(root.get(), QStringLiteral("Retry")));
        QCOMPARE(root->property("errorText").toString(), QStringLiteral("Connection refused"));

        host.reply = response(200, R"({"unexpected": true})");
        QVERIFY(click(root.get(), QStringLiteral("Retry")));
        QCOMPARE(root->property("phase").toString(), QStringLiteral("error"));

        host.reply = response(200, R"({"message": "Back again", "services": 1})");
        QVERIFY(click(root.get(), QStringLiteral("Retry")));
        QCOMPARE(root->property("phase").toString(), QStringLiteral("ready"));
        QCOMPARE(root->property("message").toString(), QStringLiteral("Back again"));
        QCOMPARE(host.calls.size(), 5);
    }

    void tabStates()
    {
        QVERIFY(load());
        QQmlEngine engine;
        auto root = create(engine, QStringLiteral("HelloTab.qml"));
        QVERIFY(root);

        FakePanelHost host(&engine);
        host.connectionId = QStringLiteral("hello-local");
        host.entityRef = QStringLiteral("component:default/checkout");
        host.reply = response(404, R"({"error": "no such entity"})");
        root->setProperty("atrium", QVariant::fromValue<QObject *>(&host));
        QCOMPARE(host.calls, QStringList({QStringLiteral("GET api/hello/entities/component%3Adefault%2Fcheckout")}));
        QCOMPARE(root->property("phase").toString(), QStringLiteral("error"));
        QVERIFY(root->property("errorText").toString().contains(host.entityRef));

        host.reply = response(200, R"({"ref": "component:default/checkout", "message": "Hello, checkout!"})");
        QVERIFY(click(root.get(), QStringLiteral("Retry")));
        QCOMPARE(root->property("phase").toString(), QStringLiteral("ready"));
        QCOMPARE(root->property("entity").toMap().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Hello, checkout!"));
    }

private:
    static std::unique_ptr<QQuickItem> create(QQmlEngine &engine, const QString &file)
    {
        QQmlComponent component(&engine, QUrl(QStringLiteral("qrc:/atrium/plugins/%1/%2").arg(kPluginId, file)));
        std::unique_ptr<QQuickItem> item(qobject_cast<QQuickItem *>(component.create()));
        if (!item)
            qWarning().noquote() << component.errorString();
        return item;
    }

    // Clicks the visible button with that text the way a key press or a mouse click would end.
    static bool click(QQuickItem *root, const QString &text)
    {
        QQuickItem *button = findButton(root, text);
        return button && QMetaObject::invokeMethod(button, "clicked");
    }

    Plugin *load()
    {
        if (!m_loader) {
            m_loader = std::make_unique<QPluginLoader>(m_library);
            auto *plugin = qobject_cast<Plugin *>(m_loader->instance());
            if (!plugin) {
                qWarning() << m_loader->errorString();
                return nullptr;
            }
            m_context.connection = {QStringLiteral("hello-local"), kPluginId, QStringLiteral("Hello (local)"),
                                    QUrl(QStringLiteral("http://127.0.0.1:1/")),
                                    {{QStringLiteral("greeting"), QStringLiteral("Hi")}}, true};
            QString error;
            if (!plugin->initialize(&m_context, &error)) {
                qWarning() << error;
                return nullptr;
            }
            m_plugin = plugin;
        }
        return m_plugin;
    }

    QString m_library;
    std::unique_ptr<QPluginLoader> m_loader;
    FakeContext m_context;
    Plugin *m_plugin = nullptr;
};

QTEST_MAIN(TestHelloPlugin)
#include "tst_helloplugin.moc"
