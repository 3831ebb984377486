#pragma once

// The example plugin: a dashboard widget and an entity tab (QML, in qml/), and a connection test
// that proves the stored token works. Everything the host offers arrives through the
// PluginContext handed to initialize(); see <atrium/sdk/plugin.h>.

#include <atrium/sdk/sdk.h>

#include <QObject>

class HelloPlugin : public QObject, public atrium::sdk::Plugin
{
    Q_OBJECT
    // plugin.json is generated from plugin.json.in by atrium_add_plugin().
    Q_PLUGIN_METADATA(IID ATRIUM_PLUGIN_IID FILE "plugin.json")
    Q_INTERFACES(atrium::sdk::Plugin)

public:
    bool initialize(atrium::sdk::PluginContext *context, QString *errorString) override;
    void shutdown() override;

    QList<atrium::sdk::PanelInfo> panels() const override;

    bool testConnection(const atrium::sdk::ConnectionInfo &connection, QObject *context,
                        std::function<void(bool ok, const QString &message)> done) override;

private:
    atrium::sdk::PluginContext *m_context = nullptr;
};
