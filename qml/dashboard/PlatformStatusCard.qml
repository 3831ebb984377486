import QtQuick
import Atrium

// Health of the platform's services. Filled by status plugins.
PluginEmptyCard {
    title: qsTr("Platform status")
    iconName: "status"
    emptyTitle: qsTr("No status source")
    emptyText: qsTr("Status comes from Prometheus and Alertmanager through a status plugin. Install one from Plugins.")
}
