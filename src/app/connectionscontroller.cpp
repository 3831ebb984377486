#include "connectionscontroller.h"

#include "appcontroller.h"
#include "cache/remotecatalogsync.h"
#include "credentials/credentialstore.h"
#include "net/hosthttpclient.h"
#include "pluginhostservices.h"
#include "plugins/pluginmetadata.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>

using namespace atrium;

namespace {

WorkspaceConnection fromMap(const QVariantMap &map)
{
    WorkspaceConnection c;
    c.id = map.value(QStringLiteral("id")).toString().trimmed();
    c.pluginId = map.value(QStringLiteral("pluginId")).toString();
    c.title = map.value(QStringLiteral("title")).toString().trimmed();
    c.baseUrl = QUrl(map.value(QStringLiteral("baseUrl")).toString().trimmed(), QUrl::StrictMode);
    c.settings = map.value(QStringLiteral("settings")).toMap();
    return c;
}

} // namespace

ConnectionsController::ConnectionsController(PluginHostServices *host, QObject *parent)
    : QObject(parent)
    , m_host(host)
{
    connect(host, &PluginHostServices::connectionsChanged, this, &ConnectionsController::connectionsChanged);
    connect(host, &PluginHostServices::secretStatesChanged, this, &ConnectionsController::connectionsChanged);
    connect(host, &PluginHostServices::pluginsChanged, this, [this] {
        Q_EMIT pluginChoicesChanged();
        Q_EMIT connectionsChanged();
    });
    connect(host->credentials(), &credentials::CredentialStore::keychainAvailableChanged, this,
            &ConnectionsController::keychainChanged);
    connect(host, &PluginHostServices::catalogSyncChanged, this, &ConnectionsController::catalogSyncsChanged);
    connect(host, &PluginHostServices::connectionsChanged, this, &ConnectionsController::catalogSyncsChanged);
}

QVariantMap ConnectionsController::catalogSyncs() const
{
    QVariantMap out;
    const cache::RemoteCatalogSync *remote = m_host->remoteCatalogs();
    if (!remote)
        return out;
    for (const auto &s : remote->states()) {
        out.insert(s.id, QVariantMap{
                             {QStringLiteral("syncing"), s.syncing},
                             {QStringLiteral("done"), s.done},
                             {QStringLiteral("total"), s.total},
                             {QStringLiteral("message"), s.message},
                             {QStringLiteral("syncedAt"), s.syncedAt.isValid() ? s.syncedAt.toMSecsSinceEpoch() : qint64(0)},
                             {QStringLiteral("entityCount"), s.entityCount},
                             {QStringLiteral("lastError"), s.lastError},
                             {QStringLiteral("credentialRefused"), s.credentialRefused},
                             {QStringLiteral("label"), s.label},
                         });
    }
    return out;
}

void ConnectionsController::syncCatalog(const QString &connectionId)
{
    if (auto *remote = m_host->remoteCatalogs())
        remote->sync(connectionId);
}

void ConnectionsController::cancelCatalogSync(const QString &connectionId)
{
    if (auto *remote = m_host->remoteCatalogs())
        remote->cancel(connectionId);
}

QVariantList ConnectionsController::connections() const
{
    QVariantList list;
    for (const auto &c : m_host->connections()) {
        const auto *record = m_host->plugin(c.pluginId);
        const bool loaded = record && record->state == plugins::PluginRecord::State::Loaded;
        const QString credential = m_host->credentialTitle(c.pluginId);
        list.append(QVariantMap{
            {QStringLiteral("id"), c.id},
            {QStringLiteral("pluginId"), c.pluginId},
            {QStringLiteral("pluginName"), record ? record->metadata.name : c.pluginId},
            {QStringLiteral("pluginLoaded"), loaded},
            {QStringLiteral("title"), c.title.isEmpty() ? c.id : c.title},
            {QStringLiteral("baseUrl"), c.baseUrl.toString()},
            {QStringLiteral("settings"), c.settings},
            {QStringLiteral("credentialTitle"), credential},
            {QStringLiteral("secretState"), credential.isEmpty() ? QString() : m_host->secretState(c.id)},
        });
    }
    return list;
}

QStringList ConnectionsController::problems() const
{
    QStringList list = m_host->connectionProblems();
    for (const auto &c : m_host->connections()) {
        const auto *record = m_host->plugin(c.pluginId);
        if (!record)
            list.append(tr("The connection \"%1\" needs the plugin %2, which is not installed.").arg(c.id, c.pluginId));
    }
    return list;
}

QVariantList ConnectionsController::pluginChoices() const
{
    QVariantList list;
    for (const auto &record : m_host->manager()->plugins()) {
        if (plugins::hasErrors(record.problems) && record.state == plugins::PluginRecord::State::Invalid)
            continue;
        const auto &m = record.metadata;
        list.append(QVariantMap{
            {QStringLiteral("id"), record.id},
            {QStringLiteral("name"), m.name},
            {QStringLiteral("credentialTitle"), m.credentials.isEmpty() ? QString() : m.credentials.first().title},
            {QStringLiteral("credentialKind"), m.credentials.isEmpty() ? QString() : m.credentials.first().kind},
        });
    }
    return list;
}

bool ConnectionsController::savesToWorkspace() const
{
    return m_host->savesToWorkspace();
}

QString ConnectionsController::keychainState() const
{
    return m_host->credentials()->keychainAvailable() ? m_keychainAsked ? QStringLiteral("available") : QStringLiteral("unknown")
                                                      : QStringLiteral("unavailable");
}

QString ConnectionsController::keychainMessage() const
{
    if (m_host->credentials()->keychainAvailable())
        return {};
    return m_keychainError.isEmpty()
        ? tr("No keychain answered (no Secret Service on the session bus). Secrets cannot be saved on this computer.")
        : m_keychainError;
}

QVariantList ConnectionsController::fieldsFor(const QString &pluginId) const
{
    QVariantList fields;
    const auto *record = m_host->plugin(pluginId);
    if (!record)
        return fields;
    const QJsonObject schema = record->metadata.connectionSchema;
    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    const QJsonArray required = schema.value(QLatin1String("required")).toArray();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QJsonObject p = it.value().toObject();
        QVariantMap f;
        f.insert(QStringLiteral("name"), it.key());
        f.insert(QStringLiteral("title"), p.value(QLatin1String("title")).toString(it.key()));
        f.insert(QStringLiteral("type"), p.value(QLatin1String("type")).toString(QStringLiteral("string")));
        f.insert(QStringLiteral("description"), p.value(QLatin1String("description")).toString());
        f.insert(QStringLiteral("required"), required.contains(it.key()));
        for (const char *key : {"default", "enum", "minimum", "maximum", "minLength", "maxLength", "pattern", "format"}) {
            const QJsonValue v = p.value(QLatin1String(key));
            if (!v.isUndefined())
                f.insert(QLatin1String(key), v.toVariant());
        }
        fields.append(f);
    }
    return fields;
}

QVariantMap ConnectionsController::validate(const QVariantMap &connection, const QString &originalId) const
{
    const WorkspaceConnection c = fromMap(connection);
    QVariantMap errors;
    if (c.id.isEmpty())
        errors.insert(QStringLiteral("id"), tr("Give the connection an id."));
    else if (!Workspace::isValidConnectionId(c.id))
        errors.insert(QStringLiteral("id"), tr("Use lower-case letters, digits and dashes."));
    else if (c.id != originalId && m_host->connection(c.id))
        errors.insert(QStringLiteral("id"), tr("Another connection already has this id."));
    if (c.pluginId.isEmpty() || !m_host->plugin(c.pluginId))
        errors.insert(QStringLiteral("pluginId"), tr("Choose the plugin that serves this connection."));
    const QString scheme = c.baseUrl.scheme();
    if (!c.baseUrl.isValid() || c.baseUrl.host().isEmpty() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        errors.insert(QStringLiteral("baseUrl"), tr("Enter a URL such as https://api.example.com/"));
    else if (!c.baseUrl.userInfo().isEmpty())
        errors.insert(QStringLiteral("baseUrl"), tr("No user name or password in the URL: secrets belong in the keychain."));
    if (const auto *record = m_host->plugin(c.pluginId)) {
        for (const auto &problem : plugins::validateSettings(record->metadata.connectionSchema, c.settings))
            if (problem.severity == plugins::MetadataProblem::Severity::Error)
                errors.insert(problem.key, problem.message);
    }
    return {{QStringLiteral("ok"), errors.isEmpty()}, {QStringLiteral("errors"), errors}};
}

QVariantMap ConnectionsController::save(const QVariantMap &connection, const QString &originalId)
{
    QVariantMap result = validate(connection, originalId);
    if (!result.value(QStringLiteral("ok")).toBool()) {
        result.insert(QStringLiteral("message"), tr("Some fields need attention."));
        return result;
    }
    const WorkspaceConnection c = fromMap(connection);
    QList<WorkspaceConnection> list = m_host->connections();
    bool replaced = false;
    for (auto &existing : list) {
        if (existing.id == (originalId.isEmpty() ? c.id : originalId)) {
            existing = c;
            replaced = true;
        }
    }
    if (!replaced)
        list.append(c);
    QString error;
    if (!m_host->saveConnections(list, &error))
        return {{QStringLiteral("ok"), false}, {QStringLiteral("message"), error}};
    // A renamed connection's secret moves with it.
    if (!originalId.isEmpty() && originalId != c.id)
        result.insert(QStringLiteral("renamed"), true);
    m_host->refreshSecretStates();
    result.insert(QStringLiteral("message"), replaced ? tr("Connection saved.") : tr("Connection added."));
    return result;
}

QVariantMap ConnectionsController::remove(const QString &connectionId)
{
    const QString key = m_host->secretKey(connectionId);
    QList<WorkspaceConnection> list = m_host->connections();
    const auto before = list.size();
    list.erase(std::remove_if(list.begin(), list.end(), [&](const WorkspaceConnection &c) { return c.id == connectionId; }),
               list.end());
    if (list.size() == before)
        return {{QStringLiteral("ok"), false}, {QStringLiteral("message"), tr("There is no connection \"%1\".").arg(connectionId)}};
    QString error;
    if (!m_host->saveConnections(list, &error))
        return {{QStringLiteral("ok"), false}, {QStringLiteral("message"), error}};
    if (!key.isEmpty()) {
        QPointer<ConnectionsController> self(this);
        m_host->credentials()->remove(key, this, [self, connectionId](const credentials::CredentialResult &r) {
            if (self && !r.ok && r.error != credentials::CredentialResult::Error::NotFound)
                Q_EMIT self->secretStored(connectionId, false, r.message);
        });
    }
    return {{QStringLiteral("ok"), true}, {QStringLiteral("message"), tr("Connection removed; its secret is deleted from the keychain.")}};
}

void ConnectionsController::setSecret(const QString &connectionId, const QString &secret)
{
    const QString key = m_host->secretKey(connectionId);
    if (key.isEmpty()) {
        Q_EMIT secretStored(connectionId, false, tr("There is no connection \"%1\".").arg(connectionId));
        return;
    }
    m_host->credentials()->write(key, secret.toUtf8(), this, [this, connectionId](const credentials::CredentialResult &r) {
        m_keychainAsked = true;
        if (!r.ok && r.error == credentials::CredentialResult::Error::NoKeychain)
            m_keychainError = r.message;
        Q_EMIT keychainChanged();
        m_host->setSecretState(connectionId, r.ok ? QStringLiteral("stored") : QStringLiteral("error"));
        Q_EMIT secretStored(connectionId, r.ok, r.ok ? tr("The secret is stored in the keychain.") : r.message);
        if (r.ok)
            Q_EMIT m_host->credentialsChanged(connectionId);
    });
}

void ConnectionsController::setSessionSecret(const QString &connectionId, const QString &secret)
{
    const QString key = m_host->secretKey(connectionId);
    if (key.isEmpty())
        return;
    m_host->credentials()->setSessionSecret(key, secret.toUtf8());
    m_host->setSecretState(connectionId, QStringLiteral("session"));
    Q_EMIT secretStored(connectionId, true, tr("The secret is kept in memory until Atrium quits."));
    Q_EMIT m_host->credentialsChanged(connectionId);
}

void ConnectionsController::forgetSecret(const QString &connectionId)
{
    const QString key = m_host->secretKey(connectionId);
    if (key.isEmpty())
        return;
    m_host->credentials()->remove(key, this, [this, connectionId](const credentials::CredentialResult &r) {
        m_host->setSecretState(connectionId, r.ok || r.error == credentials::CredentialResult::Error::NotFound
                                                 ? QStringLiteral("missing") : QStringLiteral("error"));
        Q_EMIT m_host->credentialsChanged(connectionId);
    });
}

void ConnectionsController::test(const QString &connectionId)
{
    const auto c = m_host->connection(connectionId);
    if (!c) {
        Q_EMIT testFinished(connectionId, false, tr("There is no connection \"%1\".").arg(connectionId));
        return;
    }
    sdk::Plugin *plugin = m_host->manager()->instance(c->pluginId);
    if (!plugin) {
        Q_EMIT testFinished(connectionId, false, tr("The plugin %1 is not loaded.").arg(c->pluginId));
        return;
    }
    QPointer<ConnectionsController> self(this);
    auto done = [self, connectionId](bool ok, const QString &message) {
        if (self)
            Q_EMIT self->testFinished(connectionId, ok, message);
    };
    if (plugin->testConnection(m_host->connectionInfo(*c), this, done))
        return;
    // The default check: the base URL answers through the host's client, with the credential.
    auto *client = m_host->httpClient(connectionId);
    if (!client) {
        done(false, tr("No HTTP client for \"%1\".").arg(connectionId));
        return;
    }
    sdk::HttpRequest request;
    request.path = QString();
    client->send(request, this, [done](const sdk::HttpResponse &r) {
        if (r.error != sdk::HttpResponse::Error::None)
            done(false, r.errorString);
        else if (r.status == 401 || r.status == 403)
            done(false, tr("The server refused the credential (HTTP %1).").arg(r.status));
        else if (r.status >= 500)
            done(false, tr("The server answered with an error (HTTP %1).").arg(r.status));
        else
            done(true, tr("The server answered (HTTP %1).").arg(r.status));
    });
}

void ConnectionsController::probeKeychain()
{
    // Reading a key that does not exist tells whether a keychain answers at all.
    m_host->credentials()->read(QStringLiteral("atrium-probe/none"), this, [this](const credentials::CredentialResult &r) {
        m_keychainAsked = true;
        if (r.error == credentials::CredentialResult::Error::NoKeychain)
            m_keychainError = r.message;
        Q_EMIT keychainChanged();
    });
}
