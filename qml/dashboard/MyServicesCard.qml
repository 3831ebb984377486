pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Atrium
import Atrium.Core

// The components, APIs, systems and resources owned by the user or the user's teams.
Card {
    id: root

    title: qsTr("My services")
    iconName: "component"
    badge: owned.count > 0 ? Number(owned.count).toLocaleString(Qt.locale(), "f", 0) : ""

    headerActions: IconButton {
        text: qsTr("Catalog")
        iconName: "catalog"
        toolTip: qsTr("Open the catalog (Ctrl+2)")
        onClicked: Navigator.openPage("catalog")
    }

    EntityListModel {
        id: owned
        mode: "owned"
    }

    ListView {
        id: list
        anchors.fill: parent
        visible: owned.count > 0
        model: owned
        clip: true
        activeFocusOnTab: true
        keyNavigationEnabled: true
        highlightMoveDuration: 0
        boundsBehavior: Flickable.StopAtBounds
        Accessible.role: Accessible.List
        Accessible.name: root.title
        ScrollBar.vertical: ScrollBar {}
        Keys.onReturnPressed: list.currentItem?.activate()
        Keys.onEnterPressed: list.currentItem?.activate()
        delegate: EntityListDelegate {
            variant: "service"
            onActivated: ref => Navigator.openEntity(ref)
        }
    }

    EmptyState {
        anchors.fill: parent
        visible: owned.count === 0
        compact: true
        iconName: App.identityRef.length === 0 ? "user" : "component"
        title: App.identityRef.length === 0 ? qsTr("Who are you?") : qsTr("Nothing owned yet")
        text: App.identityRef.length === 0
              ? qsTr("Tell Atrium who you are to see the services you and your teams own.")
              : qsTr("No component, API, system or resource in the catalog names you or your teams as owner.")
        actionText: App.identityRef.length === 0 ? qsTr("Choose identity…") : qsTr("Browse the catalog")
        onActionTriggered: {
            if (App.identityRef.length === 0)
                Navigator.askIdentity();
            else
                Navigator.openPage("catalog");
        }
    }
}
