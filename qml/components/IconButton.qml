import QtQuick
import QtQuick.Controls
import Atrium

// A small flat button with an icon and, optionally, text; the tool tip names it when it has no text.
ToolButton {
    id: root

    property string iconName
    property color iconColor: Theme.muted
    property bool iconFilled: false
    property string toolTip

    hoverEnabled: true
    focusPolicy: Qt.StrongFocus
    implicitHeight: Theme.controlHeight
    leftPadding: root.text.length > 0 ? Theme.spacingS : 6
    rightPadding: root.text.length > 0 ? Theme.spacingM - 2 : 6

    Accessible.role: Accessible.Button
    Accessible.name: root.text.length > 0 ? root.text : root.toolTip

    ToolTip.visible: root.hovered && root.toolTip.length > 0
    ToolTip.delay: 600
    ToolTip.text: root.toolTip

    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

    contentItem: Row {
        spacing: 6

        Icon {
            anchors.verticalCenter: parent.verticalCenter
            visible: root.iconName.length > 0
            name: root.iconName
            color: root.enabled ? root.iconColor : Theme.faint
            filled: root.iconFilled
        }
        Label {
            anchors.verticalCenter: parent.verticalCenter
            visible: root.text.length > 0
            text: root.text
            color: root.enabled ? Theme.text : Theme.faint
        }
    }

    background: Rectangle {
        implicitWidth: Theme.controlHeight
        implicitHeight: Theme.controlHeight
        radius: Theme.radiusM
        color: root.down || root.checked ? Theme.pressed : root.hovered ? Theme.hover : "transparent"

        FocusRing {
            visible: root.visualFocus
            radius: Theme.radiusM
        }
    }
}
