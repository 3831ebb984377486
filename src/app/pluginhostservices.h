#pragma once

#include "plugins/pluginmanager.h"
#include "workspace/workspace.h"

#include <atrium/sdk/sdk.h>

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

class AppController;
class DesktopNotifier;

namespace atrium::cache {
class RemoteCatalogSync;
}
namespace atrium::credentials {
class CredentialStore;
}
namespace atrium::net {
class HostHttpClient;
}
namespace atrium::packages {
class TrustStore;
}

// The host side of the plugin contract in the app: the plugin manager, the workspace's
// connections with their HTTP clients and keychain secrets, the trust store, and the panels of
// loaded plugins. The QML controllers (PluginsController, ConnectionsController) sit on top.
class PluginHostServices : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool safeMode = false;
        bool developerModeOverride = false; // --developer-mode: this run only
    };

    struct Panel
    {
        QString pluginId;
        QString pluginName;
        atrium::sdk::PanelInfo info;
    };

    PluginHostServices(AppController *app, Options options, QObject *parent = nullptr);
    ~PluginHostServices() override;

    // Loads the plugins (after the workspace is open). Call once.
    void start();

    AppController *app() const { return m_app; }
    atrium::plugins::PluginManager *manager() const { return m_manager.get(); }
    atrium::packages::TrustStore *trustStore() const { return m_trust.get(); }
    atrium::credentials::CredentialStore *credentials() const { return m_credentials; }
    bool safeMode() const { return m_options.safeMode; }
    bool developerMode() const;
    void setDeveloperMode(bool on);
    bool developerModeAllowed() const;
    QString policyError() const;
    void reloadTrustStore();

    // Connections of the open workspace (from atrium.yaml, or device settings for a read-only one).
    QList<atrium::WorkspaceConnection> connections() const { return m_connections; }
    QStringList connectionProblems() const;
    bool savesToWorkspace() const;
    bool saveConnections(const QList<atrium::WorkspaceConnection> &connections, QString *error);
    std::optional<atrium::WorkspaceConnection> connection(const QString &id) const;
    atrium::sdk::ConnectionInfo connectionInfo(const atrium::WorkspaceConnection &c) const;
    // The keychain key of a connection's secret ("" when its plugin declares no credential).
    QString secretKey(const QString &connectionId) const;
    QString credentialTitle(const QString &pluginId) const;
    // The host-owned HTTP client of a connection (created on first use); nullptr if unknown.
    atrium::net::HostHttpClient *httpClient(const QString &connectionId);
    // Per-connection secret state: "stored", "missing", "session", "error", "unknown".
    QString secretState(const QString &connectionId) const { return m_secretState.value(connectionId, QStringLiteral("unknown")); }
    void setSecretState(const QString &connectionId, const QString &state);
    void refreshSecretStates();

    const atrium::plugins::PluginRecord *plugin(const QString &id) const;
    // "Producer — FINGERPRINT" for a plugin installed from a signed package, else "".
    QString signerOf(const atrium::plugins::PluginRecord &record) const;

    // Packages (see PluginsController for the map shapes).
    QVariantMap inspectPackage(const QString &path) const;
    QVariantMap installPackage(const QString &path, bool approveKey);
    QVariantMap removePlugin(const QString &pluginId);
    QList<Panel> panels() const { return m_panels; }

    // The remote catalogs of connections whose plugin provides a catalog (null before start()).
    atrium::cache::RemoteCatalogSync *remoteCatalogs() const { return m_remote.get(); }

    // Sends a notification to the UI (toast; desktop notification when asked).
    void notify(const atrium::sdk::Notification &n, const QString &pluginId);

Q_SIGNALS:
    void pluginsChanged();
    void panelsChanged();
    void connectionsChanged();
    void secretStatesChanged();
    // The secret of `connectionId` was stored, replaced or forgotten: panels load again.
    void credentialsChanged(const QString &connectionId);
    // A remote catalog's sync state changed (progress, end, age).
    void catalogSyncChanged();
    void trustChanged();
    void notification(const QString &level, const QString &title, const QString &body);
    void entityRequested(const QString &ref);

private:
    void onWorkspaceChanged();
    void rebuildPanels();
    void dropHttpClients();
    void updateCatalogSources();
    void removeCatalogSources(const QString &pluginId = QString());
    QString workspaceKey() const;
    QString deviceConnectionsKey() const;
    std::unique_ptr<atrium::sdk::PluginContext> createContext(const atrium::plugins::PluginRecord &record);

    AppController *m_app;
    Options m_options;
    std::unique_ptr<atrium::plugins::PluginManager> m_manager;
    std::unique_ptr<atrium::packages::TrustStore> m_trust;
    atrium::credentials::CredentialStore *m_credentials = nullptr;
    QList<atrium::WorkspaceConnection> m_connections;
    QHash<QString, QPointer<atrium::net::HostHttpClient>> m_clients;
    QHash<QString, QString> m_secretState;
    QList<Panel> m_panels;
    std::unique_ptr<atrium::cache::RemoteCatalogSync> m_remote;
    QString m_remoteWorkspaceKey;
    QHash<QString, atrium::WorkspaceConnection> m_catalogSources; // as each source was started
    bool m_started = false;
    DesktopNotifier *m_desktopNotifier = nullptr; // made on the first notification that asks for it

    friend class HostPluginContext;
};
