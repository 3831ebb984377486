import QtQuick
import Atrium

// Golden-path templates and plugin actions, one click away. Filled by action plugins.
PluginEmptyCard {
    title: qsTr("Quick actions")
    iconName: "actions"
    emptyTitle: qsTr("No actions yet")
    emptyText: qsTr("Golden-path templates and self-service actions come from an action plugin. Install one from Plugins.")
}
