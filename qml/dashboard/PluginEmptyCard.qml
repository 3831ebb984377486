import QtQuick
import Atrium

// A dashboard card whose content comes from a capability plugin that is not installed yet.
Card {
    id: root

    property string emptyTitle
    property string emptyText

    EmptyState {
        anchors.fill: parent
        compact: true
        iconName: root.iconName
        title: root.emptyTitle
        text: root.emptyText
        actionText: qsTr("Open Plugins")
        onActionTriggered: Navigator.openPage("plugins")
    }
}
