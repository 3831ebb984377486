#include "pluginhostservices.h"

#include "desktopnotifier.h"

#include "appcontroller.h"
#include "cache/catalogcache.h"
#include "cache/remotecatalogsync.h"
#include "catalog/entitydetails.h"
#include "catalog/remoteentity.h"
#include "credentials/credentialstore.h"
#include "logging.h"
#include "net/hosthttpclient.h"
#include "packages/truststore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QStandardPaths>

using namespace atrium;

namespace {

QString levelName(sdk::Notification::Level level)
{
    switch (level) {
    case sdk::Notification::Level::Success: return QStringLiteral("success");
    case sdk::Notification::Level::Warning: return QStringLiteral("warning");
    case sdk::Notification::Level::Error: return QStringLiteral("error");
    case sdk::Notification::Level::Info: break;
    }
    return QStringLiteral("info");
}

// Read access to the merged catalog for plugins.
class HostCatalogReader final : public sdk::CatalogReader
{
public:
    explicit HostCatalogReader(AppController *app) : m_app(app) {}

    qint64 entityCount() const override { return m_app->entityCount(); }

    QJsonObject entity(const QString &ref) const override
    {
        const auto snap = m_app->snapshot();
        if (!snap)
            return {};
        const auto id = snap->find(ref);
        if (id == catalog::InvalidEntity)
            return {};
        return catalog::loadEntityDetails(snap->entity(id)).descriptor;
    }

    QStringList search(const QString &text, int limit) const override
    {
        QStringList refs;
        const auto snap = m_app->snapshot();
        if (!snap)
            return refs;
        for (const auto id : snap->rank(text, qBound(1, limit, 1000)))
            refs.append(snap->key(id));
        return refs;
    }

    QString identityRef() const override { return m_app->identityRef(); }

    QStringList identityGroups() const override
    {
        const auto snap = m_app->snapshot();
        return snap && !m_app->identityRef().isEmpty() ? snap->groupsOf(m_app->identityRef()) : QStringList();
    }

    void onChanged(QObject *context, std::function<void()> changed) override
    {
        QObject::connect(m_app, &AppController::catalogChanged, context, [changed] { changed(); });
    }

private:
    AppController *m_app;
};

} // namespace

// The context one plugin receives.
class HostPluginContext final : public sdk::PluginContext
{
public:
    HostPluginContext(PluginHostServices *host, const plugins::PluginRecord &record)
        : m_host(host)
        , m_pluginId(record.id)
        , m_catalog(host->app())
        , m_categoryName(QByteArrayLiteral("atrium.plugin.") + record.id.toUtf8())
        , m_category(m_categoryName.constData(), QtWarningMsg)
    {
    }

    QString pluginId() const override { return m_pluginId; }

    QList<sdk::ConnectionInfo> connections() const override
    {
        QList<sdk::ConnectionInfo> list;
        for (const auto &c : m_host->connections())
            if (c.pluginId == m_pluginId)
                list.append(m_host->connectionInfo(c));
        return list;
    }

    sdk::HttpClient *httpClient(const QString &connectionId) override
    {
        const auto c = m_host->connection(connectionId);
        if (!c || c->pluginId != m_pluginId)
            return nullptr;
        return m_host->httpClient(connectionId);
    }

    void onConnectionsChanged(QObject *context, std::function<void()> changed) override
    {
        QObject::connect(m_host, &PluginHostServices::connectionsChanged, context, [changed] { changed(); });
    }

    sdk::CatalogReader *catalog() override { return &m_catalog; }

    void notify(const sdk::Notification &notification) override { m_host->notify(notification, m_pluginId); }

    QVariant setting(const QString &key, const QVariant &defaultValue) const override
    {
        return QSettings().value(group() + key, defaultValue);
    }

    void setSetting(const QString &key, const QVariant &value) override { QSettings().setValue(group() + key, value); }

    const QLoggingCategory &logging() const override { return m_category; }

    QString dataDirectory() const override
    {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
            + QStringLiteral("/plugin-data/") + m_pluginId;
        QDir().mkpath(dir);
        return dir;
    }

private:
    QString group() const { return QStringLiteral("plugin-settings/") + m_pluginId + QLatin1Char('/'); }

    PluginHostServices *m_host;
    QString m_pluginId;
    HostCatalogReader m_catalog;
    QByteArray m_categoryName;
    QLoggingCategory m_category;
};

// --- PluginHostServices ----------------------------------------------------------------------------

PluginHostServices::PluginHostServices(AppController *app, Options options, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_options(options)
{
    m_app->setPluginHost(this); // entity pages reach the remote catalogs through the app
    m_credentials = new credentials::CredentialStore(this);
    m_trust = std::make_unique<packages::TrustStore>();
    m_trust->load();

    QString systemPath;
    plugins::PluginManager::Options managerOptions;
    managerOptions.searchPaths = plugins::PluginManager::defaultSearchPaths(&systemPath);
    managerOptions.systemPath = systemPath;
    managerOptions.safeMode = options.safeMode;
    m_manager = std::make_unique<plugins::PluginManager>(managerOptions);
    m_manager->setContextFactory([this](const plugins::PluginRecord &record) { return createContext(record); });
    connect(m_manager.get(), &plugins::PluginManager::pluginsChanged, this, [this] {
        rebuildPanels();
        updateCatalogSources();
        Q_EMIT pluginsChanged();
    });
    connect(m_manager.get(), &plugins::PluginManager::pluginUnloading, this, [this](const QString &id) {
        // Its panels and catalog providers go before the plugin shuts down.
        removeCatalogSources(id);
        const auto before = m_panels.size();
        m_panels.erase(std::remove_if(m_panels.begin(), m_panels.end(), [&](const Panel &p) { return p.pluginId == id; }),
                       m_panels.end());
        if (m_panels.size() != before)
            Q_EMIT panelsChanged();
    });
    connect(m_app, &AppController::workspaceChanged, this, &PluginHostServices::onWorkspaceChanged);
    // A token typed in Settings: fetch the connection's catalog with it now.
    connect(this, &PluginHostServices::credentialsChanged, this, [this](const QString &id) {
        if (m_remote && m_catalogSources.contains(id))
            m_remote->sync(id);
    });
    onWorkspaceChanged();
}

PluginHostServices::~PluginHostServices()
{
    // Plugins shut down while the clients and contexts they use still exist; their providers first.
    m_panels.clear();
    m_remote.reset();
    m_manager.reset();
    dropHttpClients();
}

void PluginHostServices::start()
{
    if (m_started)
        return;
    m_started = true;
    m_manager->loadAll();
    rebuildPanels();
    updateCatalogSources();
    Q_EMIT pluginsChanged();
}

bool PluginHostServices::developerMode() const
{
    if (!developerModeAllowed())
        return false;
    return m_options.developerModeOverride || QSettings().value(QStringLiteral("plugins/developerMode"), false).toBool();
}

void PluginHostServices::setDeveloperMode(bool on)
{
    QSettings().setValue(QStringLiteral("plugins/developerMode"), on && developerModeAllowed());
    if (!on)
        m_options.developerModeOverride = false;
    Q_EMIT trustChanged();
}

bool PluginHostServices::developerModeAllowed() const
{
    return m_trust->allowDeveloperMode();
}

QString PluginHostServices::policyError() const
{
    return m_trust->policyError();
}

void PluginHostServices::reloadTrustStore()
{
    m_trust->load();
    Q_EMIT trustChanged();
}

// --- connections ---------------------------------------------------------------------------------

QString PluginHostServices::workspaceKey() const
{
    return credentials::CredentialStore::workspaceKey(m_app->workspace().name(), m_app->workspace().filePath());
}

QString PluginHostServices::deviceConnectionsKey() const
{
    return m_app->settingsGroupKey() + QStringLiteral("/connections");
}

bool PluginHostServices::savesToWorkspace() const
{
    return !m_app->isBundledDemo() && m_app->workspace().isWritable();
}

void PluginHostServices::onWorkspaceChanged()
{
    dropHttpClients();
    m_secretState.clear();
    if (savesToWorkspace() || m_app->workspace().filePath().isEmpty()) {
        m_connections = m_app->workspace().connections();
    } else {
        // A read-only workspace (the bundled demo): connections made on this device live in settings.
        m_connections = m_app->workspace().connections();
        const QJsonArray stored = QJsonDocument::fromJson(QSettings().value(deviceConnectionsKey()).toByteArray()).array();
        for (const auto &v : stored) {
            const QJsonObject o = v.toObject();
            WorkspaceConnection c;
            c.id = o.value(QLatin1String("id")).toString();
            c.pluginId = o.value(QLatin1String("plugin")).toString();
            c.title = o.value(QLatin1String("title")).toString();
            c.baseUrl = QUrl(o.value(QLatin1String("baseUrl")).toString());
            c.settings = o.value(QLatin1String("settings")).toObject().toVariantMap();
            if (Workspace::checkConnection(c).isEmpty() && !connection(c.id))
                m_connections.append(c);
        }
    }
    Q_EMIT connectionsChanged();
    updateCatalogSources();
    refreshSecretStates();
}

QStringList PluginHostServices::connectionProblems() const
{
    return m_app->workspace().connectionProblems();
}

bool PluginHostServices::saveConnections(const QList<WorkspaceConnection> &connections, QString *error)
{
    // Connections that go, or point at another server: their cached catalogs go too.
    QStringList forget;
    for (const WorkspaceConnection &old : std::as_const(m_connections)) {
        const auto kept = std::find_if(connections.cbegin(), connections.cend(),
                                       [&](const WorkspaceConnection &c) { return c.id == old.id; });
        if (kept == connections.cend() || kept->baseUrl != old.baseUrl || kept->pluginId != old.pluginId)
            forget.append(old.id);
    }
    if (savesToWorkspace()) {
        if (!m_app->workspace().saveConnections(connections, error))
            return false;
        m_connections = m_app->workspace().connections();
    } else {
        QJsonArray stored;
        const auto fromFile = m_app->workspace().connections();
        for (const auto &c : connections) {
            if (fromFile.contains(c))
                continue;
            stored.append(QJsonObject{{QStringLiteral("id"), c.id},
                                      {QStringLiteral("plugin"), c.pluginId},
                                      {QStringLiteral("title"), c.title},
                                      {QStringLiteral("baseUrl"), c.baseUrl.toString()},
                                      {QStringLiteral("settings"), QJsonObject::fromVariantMap(c.settings)}});
        }
        QSettings().setValue(deviceConnectionsKey(), QJsonDocument(stored).toJson(QJsonDocument::Compact));
        m_connections = connections;
    }
    dropHttpClients();
    if (m_remote) {
        for (const QString &id : std::as_const(forget))
            m_remote->removeSource(id, true);
    }
    Q_EMIT connectionsChanged();
    updateCatalogSources();
    return true;
}

std::optional<WorkspaceConnection> PluginHostServices::connection(const QString &id) const
{
    for (const auto &c : m_connections)
        if (c.id == id)
            return c;
    return std::nullopt;
}

sdk::ConnectionInfo PluginHostServices::connectionInfo(const WorkspaceConnection &c) const
{
    sdk::ConnectionInfo info;
    info.id = c.id;
    info.pluginId = c.pluginId;
    info.title = c.title.isEmpty() ? c.id : c.title;
    info.baseUrl = c.baseUrl;
    info.settings = c.settings;
    const QString state = secretState(c.id);
    info.hasCredential = state == QLatin1String("stored") || state == QLatin1String("session");
    return info;
}

const plugins::PluginRecord *PluginHostServices::plugin(const QString &id) const
{
    return m_manager->plugin(id);
}

QString PluginHostServices::credentialTitle(const QString &pluginId) const
{
    const auto *record = plugin(pluginId);
    if (!record || record->metadata.credentials.isEmpty())
        return {};
    return record->metadata.credentials.first().title;
}

QString PluginHostServices::secretKey(const QString &connectionId) const
{
    const auto c = connection(connectionId);
    if (!c)
        return {};
    const auto *record = plugin(c->pluginId);
    const QString credentialId = record && !record->metadata.credentials.isEmpty()
        ? record->metadata.credentials.first().id
        : QStringLiteral("secret");
    return credentials::CredentialStore::key(workspaceKey(), connectionId, credentialId);
}

void PluginHostServices::setSecretState(const QString &connectionId, const QString &state)
{
    if (m_secretState.value(connectionId) == state)
        return;
    m_secretState.insert(connectionId, state);
    Q_EMIT secretStatesChanged();
}

void PluginHostServices::refreshSecretStates()
{
    for (const auto &c : std::as_const(m_connections)) {
        if (credentialTitle(c.pluginId).isEmpty())
            continue;
        const QString key = secretKey(c.id);
        const QString id = c.id;
        if (m_credentials->isSessionOnly(key)) {
            setSecretState(id, QStringLiteral("session"));
            continue;
        }
        m_credentials->read(key, this, [this, id](const credentials::CredentialResult &r) {
            using E = credentials::CredentialResult::Error;
            setSecretState(id, r.ok ? QStringLiteral("stored")
                                    : r.error == E::NotFound ? QStringLiteral("missing")
                                                             : QStringLiteral("error"));
        });
    }
}

net::HostHttpClient *PluginHostServices::httpClient(const QString &connectionId)
{
    if (auto existing = m_clients.value(connectionId))
        return existing;
    const auto c = connection(connectionId);
    if (!c)
        return nullptr;
    const auto *record = plugin(c->pluginId);
    QStringList hosts;
    net::CredentialSpec credential;
    if (record) {
        hosts = record->metadata.hosts;
        if (!record->metadata.credentials.isEmpty()) {
            const auto &spec = record->metadata.credentials.first();
            credential.kind = spec.kind == QLatin1String("header") ? net::CredentialSpec::Kind::Header
                : spec.kind == QLatin1String("basic")             ? net::CredentialSpec::Kind::Basic
                                                                   : net::CredentialSpec::Kind::Bearer;
            credential.headerName = spec.header.toLatin1();
        }
    }
    const QString key = secretKey(connectionId);
    QPointer<credentials::CredentialStore> store = m_credentials;
    net::CredentialFetcher fetcher = [store, key](QObject *context, std::function<void(bool, QByteArray, QString)> done) {
        if (!store) {
            done(false, {}, QString());
            return;
        }
        store->read(key, context, [done](const credentials::CredentialResult &r) { done(r.ok, r.secret, r.message); });
    };
    net::HostHttpClient::Options options;
    options.caBundlePath = c->settings.value(QStringLiteral("caBundle")).toString();
    auto *client = new net::HostHttpClient(connectionInfo(*c), hosts, credential, fetcher, options, this);
    m_clients.insert(connectionId, client);
    return client;
}

void PluginHostServices::dropHttpClients()
{
    // Providers hold their connection's client: they go first (their cached data stays).
    removeCatalogSources();
    for (const auto &client : std::as_const(m_clients))
        if (client)
            client->deleteLater();
    m_clients.clear();
}

// --- remote catalogs -------------------------------------------------------------------------------

void PluginHostServices::removeCatalogSources(const QString &pluginId)
{
    if (!m_remote)
        return;
    for (auto it = m_catalogSources.begin(); it != m_catalogSources.end();) {
        if (pluginId.isEmpty() || it->pluginId == pluginId) {
            m_remote->removeSource(it.key(), false);
            it = m_catalogSources.erase(it);
        } else {
            ++it;
        }
    }
}

// Serves the catalog of every connection whose loaded plugin provides one; a source whose
// connection changed starts again, one whose connection is gone also leaves the cache.
void PluginHostServices::updateCatalogSources()
{
    if (!m_started)
        return;
    if (m_remote && m_remoteWorkspaceKey != workspaceKey()) {
        removeCatalogSources();
        m_remote.reset();
    }
    QHash<QString, WorkspaceConnection> wanted;
    for (const WorkspaceConnection &c : std::as_const(m_connections)) {
        const plugins::PluginRecord *record = plugin(c.pluginId);
        if (record && record->state == plugins::PluginRecord::State::Loaded
            && record->metadata.capabilities.contains(QLatin1String("catalogProvider")))
            wanted.insert(c.id, c);
    }
    if (!m_remote) {
        // The cache's thread and file only when a connection serves a catalog: not at every start.
        if (wanted.isEmpty())
            return;
        m_remote = std::make_unique<cache::RemoteCatalogSync>(m_app->catalog());
        m_remoteWorkspaceKey = workspaceKey();
        connect(m_remote.get(), &cache::RemoteCatalogSync::stateChanged, this, &PluginHostServices::catalogSyncChanged);
        QString error;
        if (!m_remote->openCache(cache::CatalogCache::defaultPath(m_remoteWorkspaceKey), &error))
            Q_EMIT notification(QStringLiteral("warning"), tr("Remote catalogs are not cached"), error);
        else if (!m_remote->recoveryMessage().isEmpty())
            Q_EMIT notification(QStringLiteral("warning"), tr("The catalog cache was reset"), m_remote->recoveryMessage());
    }
    for (auto it = m_catalogSources.begin(); it != m_catalogSources.end();) {
        const auto next = wanted.constFind(it.key());
        if (next == wanted.constEnd() || !(*next == *it)) {
            // Gone: its cached data goes too. Changed (another server, other settings): it syncs again.
            m_remote->removeSource(it.key(), next == wanted.constEnd() || next->baseUrl != it->baseUrl);
            it = m_catalogSources.erase(it);
        } else {
            ++it;
        }
    }
    for (const WorkspaceConnection &c : std::as_const(wanted)) {
        if (m_catalogSources.contains(c.id))
            continue;
        sdk::Plugin *instance = m_manager->instance(c.pluginId);
        std::unique_ptr<sdk::CatalogProvider> provider(instance ? instance->createCatalogProvider(connectionInfo(c)) : nullptr);
        if (!provider) {
            qCWarning(lcApp) << "plugin" << c.pluginId << "offers no catalog provider for" << c.id;
            continue;
        }
        bool ok = false;
        const int minutes = c.settings.value(QStringLiteral("syncIntervalMinutes")).toInt(&ok);
        const QString scheme = c.pluginId.section(QLatin1Char('.'), -1);
        m_remote->addSource(c.id, catalog::remoteSourceLabel(scheme, c.id), std::move(provider),
                            std::chrono::minutes(ok && minutes > 0 ? minutes : 15));
        m_catalogSources.insert(c.id, c);
    }
}

// --- plugins and panels ----------------------------------------------------------------------------

std::unique_ptr<sdk::PluginContext> PluginHostServices::createContext(const plugins::PluginRecord &record)
{
    return std::make_unique<HostPluginContext>(this, record);
}

void PluginHostServices::rebuildPanels()
{
    QList<Panel> panels;
    for (const auto &record : m_manager->plugins()) {
        if (record.state != plugins::PluginRecord::State::Loaded)
            continue;
        sdk::Plugin *instance = m_manager->instance(record.id);
        if (!instance)
            continue;
        for (const auto &info : instance->panels())
            panels.append({record.id, record.metadata.name, info});
    }
    auto same = [](const QList<Panel> &a, const QList<Panel> &b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i)
            if (a[i].pluginId != b[i].pluginId || a[i].info.id != b[i].info.id || a[i].info.source != b[i].info.source
                || a[i].info.title != b[i].info.title)
                return false;
        return true;
    };
    if (same(panels, m_panels))
        return;
    m_panels = panels;
    Q_EMIT panelsChanged();
}

void PluginHostServices::notify(const sdk::Notification &n, const QString &pluginId)
{
    const auto *record = plugin(pluginId);
    const QString title = n.title.isEmpty() && record ? record->metadata.name : n.title;
    qCInfo(lcApp).noquote() << "notification from" << pluginId << ":" << title;
    Q_EMIT notification(levelName(n.level), title, n.body);
    if (n.desktop) {
        if (!m_desktopNotifier)
            m_desktopNotifier = new DesktopNotifier(this);
        m_desktopNotifier->notify(title, n.body, n.level == sdk::Notification::Level::Error ? 2 : 1);
    }
}
