#pragma once

// The Backstage plugin: one BackstageCatalogProvider and one BackstageActionProvider (software
// templates) per connection over the host's HTTP client, and a connection test that reads one
// catalog entry to prove the URL and the token.

#include <atrium/sdk/sdk.h>

#include <QObject>

namespace atrium::backstage {

class BackstagePlugin : public QObject, public atrium::sdk::Plugin
{
    Q_OBJECT
    // plugin.json is generated from plugin.json.in by atrium_add_plugin().
    Q_PLUGIN_METADATA(IID ATRIUM_PLUGIN_IID FILE "plugin.json")
    Q_INTERFACES(atrium::sdk::Plugin)

public:
    bool initialize(atrium::sdk::PluginContext *context, QString *errorString) override;
    void shutdown() override;

    // nullptr when the host has no HTTP client for the connection (not one of this plugin's).
    atrium::sdk::CatalogProvider *createCatalogProvider(const atrium::sdk::ConnectionInfo &connection) override;
    // The connection's Template entities as actions; nullptr like createCatalogProvider().
    atrium::sdk::ActionProvider *createActionProvider(const atrium::sdk::ConnectionInfo &connection) override;

    // GET api/catalog/entities/by-query?limit=1: "Connected: N entities", or what failed.
    bool testConnection(const atrium::sdk::ConnectionInfo &connection, QObject *context,
                        std::function<void(bool ok, const QString &message)> done) override;

    // The connection's "pageSize" setting within the schema's bounds (default 500).
    static int pageSize(const atrium::sdk::ConnectionInfo &connection);

private:
    atrium::sdk::PluginContext *m_context = nullptr;
};

} // namespace atrium::backstage
