import QtQuick
import QtQuick.Controls
import Atrium

// An entity kind as a small coloured label ("Component", "API"...).
Rectangle {
    id: root

    property string kind
    // Only the coloured dot and the text, without the chip background (dense tables).
    property bool plain: false

    readonly property color hue: Theme.kindColor(root.kind)

    implicitWidth: row.implicitWidth + (root.plain ? 0 : 2 * Theme.spacingS)
    implicitHeight: Theme.chipHeight
    radius: height / 2
    color: root.plain ? "transparent" : Theme.tint(root.hue, Theme.dark ? 0.18 : 0.10)
    visible: root.kind.length > 0

    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Kind: %1").arg(root.kind)

    Row {
        id: row
        anchors.verticalCenter: parent.verticalCenter
        x: root.plain ? 0 : Theme.spacingS
        spacing: 6

        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: 7
            height: 7
            radius: 3.5
            color: root.hue
        }
        Label {
            anchors.verticalCenter: parent.verticalCenter
            text: root.kind
            color: root.plain ? Theme.text : root.hue
            font.pointSize: root.plain ? Theme.fontSize : Theme.fontSizeSmall
            font.weight: root.plain ? Font.Normal : Font.Medium
        }
    }
}
