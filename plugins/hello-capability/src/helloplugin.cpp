#include "helloplugin.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace atrium::sdk;

namespace {

// Where atrium_add_plugin() put the QML files: qrc:/atrium/plugins/<id>/<file>.
QUrl panelSource(const QString &pluginId, const QString &file)
{
    return QUrl(QStringLiteral("qrc:/atrium/plugins/%1/%2").arg(pluginId, file));
}

} // namespace

bool HelloPlugin::initialize(PluginContext *context, QString *errorString)
{
    Q_UNUSED(errorString) // nothing can fail here; set it and return false when something does
    m_context = context;
    // The host's category for this plugin ("atrium.plugin.<id>"); secrets are redacted from each line.
    qDebug(context->logging()) << "initialized with" << context->connections().size() << "connection(s)";
    return true;
}

void HelloPlugin::shutdown()
{
    m_context = nullptr;
}

QList<PanelInfo> HelloPlugin::panels() const
{
    const QString id = m_context->pluginId();

    PanelInfo widget;
    widget.id = QStringLiteral("hello-widget");
    widget.kind = PanelInfo::Kind::DashboardWidget;
    widget.title = tr("Hello");
    widget.source = panelSource(id, QStringLiteral("HelloWidget.qml"));
    widget.iconName = QStringLiteral("face-smile");

    PanelInfo tab;
    tab.id = QStringLiteral("hello-tab");
    tab.kind = PanelInfo::Kind::EntityTab;
    tab.title = tr("Hello");
    tab.source = panelSource(id, QStringLiteral("HelloTab.qml"));
    tab.entityKinds = {QStringLiteral("component"), QStringLiteral("api")};

    return {widget, tab};
}

// "Test connection" in Settings: GET api/hello with the connection's greeting and team. The host's
// client adds the token, enforces the hosts, retries and times out; the plugin never sees the secret.
bool HelloPlugin::testConnection(const ConnectionInfo &connection, QObject *context,
                                 std::function<void(bool ok, const QString &message)> done)
{
    HttpClient *http = m_context ? m_context->httpClient(connection.id) : nullptr;
    if (!http)
        return false; // let the host run its default check

    HttpRequest request;
    request.path = QStringLiteral("api/hello");
    request.query = {
        {QStringLiteral("greeting"), connection.settings.value(QStringLiteral("greeting"), tr("Hello")).toString()},
        {QStringLiteral("team"), connection.settings.value(QStringLiteral("team")).toString()},
    };
    http->send(request, context, [done](const HttpResponse &response) {
        if (response.error != HttpResponse::Error::None) {
            done(false, response.errorString);
            return;
        }
        if (response.status == 401 || response.status == 403) {
            done(false, tr("The server refused the token (HTTP %1).").arg(response.status));
            return;
        }
        if (!response.ok()) {
            done(false, tr("The server answered HTTP %1.").arg(response.status));
            return;
        }
        const QJsonObject reply = QJsonDocument::fromJson(response.body).object();
        const QString message = reply.value(QStringLiteral("message")).toString();
        if (message.isEmpty()) {
            done(false, tr("The server's answer has no message."));
            return;
        }
        done(true, tr("Connected: %1").arg(message));
    });
    return true;
}
