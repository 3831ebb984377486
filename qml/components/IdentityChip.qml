import QtQuick
import QtQuick.Controls
import Atrium
import Atrium.Core

// Who the user is, in the top bar; clicking asks again ("who are you?").
AbstractButton {
    id: root

    readonly property bool known: App.identityName.length > 0

    hoverEnabled: true
    activeFocusOnTab: true
    implicitHeight: Theme.controlHeight
    implicitWidth: Math.min(row.implicitWidth + 2 * Theme.spacingS, 240)

    Accessible.role: Accessible.Button
    Accessible.name: root.known ? qsTr("Signed in as %1. Change identity").arg(App.identityName) : qsTr("Choose who you are")

    ToolTip.visible: root.hovered
    ToolTip.delay: 600
    ToolTip.text: root.known ? qsTr("%1\n%2\nClick to change").arg(App.identityName).arg(App.identityRef) : qsTr("Tell Atrium who you are")

    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

    background: Rectangle {
        radius: height / 2
        color: root.down ? Theme.pressed : root.hovered ? Theme.hover : "transparent"
        border.color: root.known ? "transparent" : Theme.border
        FocusRing {
            visible: root.visualFocus
            radius: height / 2
        }
    }

    contentItem: Item {}

    Row {
        id: row
        x: Theme.spacingXs
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.spacingS

        Avatar {
            anchors.verticalCenter: parent.verticalCenter
            name: App.identityName
            size: 24
        }
        Label {
            anchors.verticalCenter: parent.verticalCenter
            width: Math.min(implicitWidth, 170)
            text: root.known ? App.identityName : qsTr("Who are you?")
            elide: Text.ElideRight
            color: Theme.text
        }
        Icon {
            anchors.verticalCenter: parent.verticalCenter
            name: "chevronDown"
            size: 12
            color: Theme.muted
        }
    }
}
