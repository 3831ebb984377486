import QtQuick
import QtQuick.Controls
import Atrium

// A small rounded label tinted with a colour: a state badge or a capability chip.
Rectangle {
    id: root

    property string text
    property color tone: Theme.muted
    // Outlined and quiet instead of tinted.
    property bool quiet: false

    implicitWidth: label.implicitWidth + 2 * Theme.spacingS
    implicitHeight: Theme.chipHeight
    radius: Theme.chipHeight / 2
    color: root.quiet ? Theme.surfaceAlt : Theme.tint(root.tone, Theme.dark ? 0.18 : 0.12)
    border.color: root.quiet ? Theme.border : Theme.tint(root.tone, 0.4)
    Accessible.role: Accessible.StaticText
    Accessible.name: root.text

    Label {
        id: label
        anchors.centerIn: parent
        text: root.text
        color: root.quiet ? Theme.muted : root.tone
        font.pointSize: Theme.fontSizeSmall
        font.weight: root.quiet ? Font.Normal : Font.DemiBold
    }
}
