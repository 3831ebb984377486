#include "backstageplugin.h"

#include "backstageactionprovider.h"
#include "backstagecatalogprovider.h"
#include "backstageclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace atrium::backstage {

using namespace atrium::sdk;

namespace {

// The bounds of "pageSize" in plugin.json.in; the host validates settings, this guards the rest.
constexpr int DefaultPageSize = 500;
constexpr int MinPageSize = 20;
constexpr int MaxPageSize = 5000;

const QString ByQueryPath = QStringLiteral("api/catalog/entities/by-query");

} // namespace

bool BackstagePlugin::initialize(PluginContext *context, QString *errorString)
{
    Q_UNUSED(errorString) // nothing can fail here
    m_context = context;
    qDebug(context->logging()) << "initialized with" << context->connections().size() << "connection(s)";
    return true;
}

void BackstagePlugin::shutdown()
{
    m_context = nullptr;
}

int BackstagePlugin::pageSize(const ConnectionInfo &connection)
{
    bool ok = false;
    const int size = connection.settings.value(QStringLiteral("pageSize")).toInt(&ok);
    return ok ? std::clamp(size, MinPageSize, MaxPageSize) : DefaultPageSize;
}

CatalogProvider *BackstagePlugin::createCatalogProvider(const ConnectionInfo &connection)
{
    HttpClient *http = m_context ? m_context->httpClient(connection.id) : nullptr;
    if (!http) {
        if (m_context)
            qWarning(m_context->logging()) << "no HTTP client for connection" << connection.id;
        return nullptr;
    }
    BackstageClient::Options options;
    options.pageSize = pageSize(connection);
    return new BackstageCatalogProvider(http, options); // owned by the host
}

ActionProvider *BackstagePlugin::createActionProvider(const ConnectionInfo &connection)
{
    HttpClient *http = m_context ? m_context->httpClient(connection.id) : nullptr;
    if (!http) {
        if (m_context)
            qWarning(m_context->logging()) << "no HTTP client for connection" << connection.id;
        return nullptr;
    }
    ScaffolderClient::Options options;
    options.pageSize = pageSize(connection);
    options.frontendUrl = QUrl(connection.settings.value(QStringLiteral("frontendUrl")).toString());
    return new BackstageActionProvider(http, options); // owned by the host
}

bool BackstagePlugin::testConnection(const ConnectionInfo &connection, QObject *context,
                                     std::function<void(bool ok, const QString &message)> done)
{
    HttpClient *http = m_context ? m_context->httpClient(connection.id) : nullptr;
    if (!http)
        return false; // let the host run its default check

    HttpRequest request;
    request.path = ByQueryPath;
    request.query = {{QStringLiteral("limit"), QStringLiteral("1")}};
    request.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
    QUrl base = http->baseUrl(); // resolved like the host does: relative to the base URL as a folder
    if (!base.path().endsWith(QLatin1Char('/')))
        base.setPath(base.path() + QLatin1Char('/'));
    const QString what = QStringLiteral("GET ") + BackstageClient::describeUrl(base.resolved(QUrl(ByQueryPath)));

    http->send(request, context, [done, what](const HttpResponse &response) {
        if (!response.ok()) {
            // A refused token (401/403) or a missing one reads "... did not accept the token ...".
            done(false, BackstageClient::errorFromResponse(response, what).message);
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
        const QJsonObject reply = document.object();
        if (parseError.error != QJsonParseError::NoError || !reply.value(QLatin1String("items")).isArray()) {
            done(false, tr("%1 answered, but not with Backstage's catalog: the base URL is not a Backstage backend.")
                            .arg(what));
            return;
        }
        const QJsonValue total = reply.value(QLatin1String("totalItems"));
        if (!total.isDouble()) {
            done(true, tr("Connected to Backstage."));
            return;
        }
        const qint64 count = qint64(total.toDouble());
        done(true, count == 1 ? tr("Connected: 1 entity.") : tr("Connected: %1 entities.").arg(QLocale().toString(count)));
    });
    return true;
}

} // namespace atrium::backstage
