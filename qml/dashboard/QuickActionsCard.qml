pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Core

// Golden-path templates one click away (from the workspace's connections), and the last run.
Card {
    id: root

    title: qsTr("Quick actions")
    iconName: "actions"
    badge: App.actions.actions.length > 0 ? String(App.actions.actions.length) : ""

    headerActions: IconButton {
        text: qsTr("Actions")
        iconName: "actions"
        toolTip: qsTr("Open Actions (Ctrl+3)")
        onClicked: Navigator.openPage("actions")
    }

    readonly property var lastRun: App.actions.runs.length > 0 ? App.actions.runs[0] : null

    ColumnLayout {
        anchors.fill: parent
        visible: App.actions.actions.length > 0
        spacing: Theme.spacingS

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: App.actions.actions
            clip: true
            activeFocusOnTab: true
            keyNavigationEnabled: true
            highlightMoveDuration: 0
            boundsBehavior: Flickable.StopAtBounds
            Accessible.role: Accessible.List
            Accessible.name: root.title
            ScrollBar.vertical: ScrollBar {}
            Keys.onReturnPressed: Navigator.openAction(App.actions.actions[list.currentIndex].key)
            Keys.onEnterPressed: Navigator.openAction(App.actions.actions[list.currentIndex].key)
            delegate: ItemDelegate {
                id: row
                required property var modelData
                required property int index
                objectName: "quickAction"
                width: ListView.view.width
                height: Theme.rowHeight + 6
                hoverEnabled: true
                highlighted: ListView.isCurrentItem && list.activeFocus
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Run %1").arg(row.modelData.title)
                onClicked: Navigator.openAction(row.modelData.key)
                background: Rectangle {
                    radius: Theme.radiusM
                    color: row.hovered || row.highlighted ? Theme.hover : "transparent"
                }
                contentItem: RowLayout {
                    spacing: Theme.spacingS
                    Icon {
                        name: "template"
                        color: Theme.kindColor("template")
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 0
                        text: row.modelData.title
                        elide: Text.ElideRight
                        color: Theme.text
                    }
                    Label {
                        text: qsTr("Run…")
                        color: Theme.accent
                        font.pointSize: Theme.fontSizeSmall
                    }
                }
            }
        }
        ItemDelegate {
            objectName: "lastRun"
            Layout.fillWidth: true
            visible: root.lastRun !== null
            padding: Theme.spacingXs
            Accessible.role: Accessible.Button
            Accessible.name: text
            text: root.lastRun ? qsTr("Last run: %1 — %2").arg(root.lastRun.title).arg(
                                     root.lastRun.state === "running" ? qsTr("running")
                                     : root.lastRun.state === "succeeded" ? qsTr("succeeded")
                                     : root.lastRun.state === "failed" ? qsTr("failed")
                                     : root.lastRun.state === "cancelled" ? qsTr("cancelled") : qsTr("interrupted")) : ""
            onClicked: Navigator.openRun(root.lastRun.runId)
            contentItem: Label {
                text: parent.text
                elide: Text.ElideRight
                color: root.lastRun && root.lastRun.state === "failed" ? Theme.error : Theme.muted
                font.pointSize: Theme.fontSizeSmall
            }
            background: Rectangle {
                radius: Theme.radiusM
                color: parent.hovered ? Theme.hover : "transparent"
            }
        }
    }

    EmptyState {
        anchors.fill: parent
        visible: App.actions.actions.length === 0
        compact: true
        iconName: "actions"
        title: App.actions.loading ? qsTr("Loading actions…") : qsTr("No actions yet")
        text: App.actions.sourceCount > 0
              ? qsTr("The connections offer no templates, or their list could not be read. See Actions.")
              : qsTr("Golden-path templates come from a connection, such as Backstage. Add one in Settings.")
        actionText: App.actions.sourceCount > 0 ? qsTr("Open Actions") : qsTr("Open Settings")
        onActionTriggered: Navigator.openPage(App.actions.sourceCount > 0 ? "actions" : "settings")
    }
}
