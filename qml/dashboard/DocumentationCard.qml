pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Atrium
import Atrium.Core

// Entities that carry TechDocs; a row opens the docs reader.
Card {
    id: root

    title: qsTr("Documentation")
    iconName: "docs"
    badge: documented.count > 0 ? Number(documented.count).toLocaleString(Qt.locale(), "f", 0) : ""

    EntityListModel {
        id: documented
        mode: "documented"
    }

    ListView {
        id: list
        anchors.fill: parent
        visible: documented.count > 0
        model: documented
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
            variant: "docs"
            onActivated: ref => Navigator.openDocs(ref)
        }
    }

    EmptyState {
        anchors.fill: parent
        visible: documented.count === 0
        compact: true
        iconName: "docs"
        title: qsTr("No documentation yet")
        text: qsTr("Entities with a backstage.io/techdocs-ref annotation show their docs here.")
    }
}
