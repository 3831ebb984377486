// A plugin as small as a real one gets: metadata, initialize(), one dashboard widget in QML.
// The benchmark builds twenty copies with different ids to measure what plugins add to start-up.
#include <atrium/sdk/sdk.h>

#include <QObject>

class BenchPlugin : public QObject, public atrium::sdk::Plugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ATRIUM_PLUGIN_IID FILE "plugin.json")
    Q_INTERFACES(atrium::sdk::Plugin)

public:
    bool initialize(atrium::sdk::PluginContext *context, QString *) override
    {
        m_context = context;
        return true;
    }

    QList<atrium::sdk::PanelInfo> panels() const override
    {
        atrium::sdk::PanelInfo widget;
        widget.id = QStringLiteral("widget");
        widget.kind = atrium::sdk::PanelInfo::Kind::DashboardWidget;
        widget.title = QStringLiteral("Bench %1").arg(m_context->pluginId());
        widget.source = QUrl(QStringLiteral("qrc:/atrium/plugins/%1/BenchWidget.qml").arg(m_context->pluginId()));
        return {widget};
    }

private:
    atrium::sdk::PluginContext *m_context = nullptr;
};

#include "benchplugin.moc"
