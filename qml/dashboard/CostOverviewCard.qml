import QtQuick
import Atrium

// What the user's services cost. Filled by cost plugins.
PluginEmptyCard {
    title: qsTr("Cost overview")
    iconName: "cost"
    emptyTitle: qsTr("No cost data")
    emptyText: qsTr("Cost comes from FinOps FOCUS exports or OpenCost through a cost plugin. Install one from Plugins.")
}
