import QtQuick
import QtQuick.Controls
import Atrium

// One destination in the navigation rail: an icon over a short label, highlighted when current.
AbstractButton {
    id: root

    property string iconName
    property string shortcut

    checkable: false
    activeFocusOnTab: true
    hoverEnabled: true
    implicitWidth: Theme.railWidth - 2 * Theme.spacingS
    implicitHeight: 56

    Accessible.role: Accessible.PageTab
    Accessible.name: root.text
    Accessible.description: root.shortcut.length > 0 ? qsTr("Shortcut: %1").arg(root.shortcut) : ""
    Accessible.checkable: true
    Accessible.checked: root.checked

    ToolTip.visible: root.hovered && root.shortcut.length > 0
    ToolTip.delay: 700
    ToolTip.text: qsTr("%1 (%2)").arg(root.text).arg(root.shortcut)

    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

    background: Rectangle {
        radius: Theme.radiusL
        color: root.checked ? Theme.accentSoft : root.pressed ? Theme.pressed : root.hovered ? Theme.hover : "transparent"

        Rectangle {
            visible: root.checked
            anchors.left: parent.left
            anchors.leftMargin: -Theme.spacingS
            anchors.verticalCenter: parent.verticalCenter
            width: 3
            height: 24
            radius: 1.5
            color: Theme.accent
        }
        FocusRing {
            visible: root.visualFocus
            radius: Theme.radiusL
        }
    }

    contentItem: Column {
        spacing: 4
        topPadding: 8

        Icon {
            anchors.horizontalCenter: parent.horizontalCenter
            name: root.iconName
            size: Theme.iconSizeL
            color: root.checked ? Theme.accent : Theme.muted
            lineWidth: root.checked ? 1.9 : 1.6
        }
        Label {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: root.text
            // Long translations ("Einstellungen") shrink a little before they would be cut.
            fontSizeMode: Text.HorizontalFit
            minimumPointSize: Theme.fontSizeTiny - 1.5
            elide: Text.ElideRight
            color: root.checked ? Theme.accent : Theme.muted
            font.pointSize: Theme.fontSizeTiny
            font.weight: root.checked ? Font.DemiBold : Font.Normal
        }
    }
}
