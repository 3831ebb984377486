import QtQuick
import QtQuick.Controls
import Atrium

// A tag as an outlined chip.
Rectangle {
    id: root

    property string tag

    implicitWidth: Math.min(label.implicitWidth + 2 * Theme.spacingS, 160)
    implicitHeight: Theme.chipHeight
    radius: Theme.radiusS
    color: Theme.surfaceAlt
    border.color: Theme.border

    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Tag: %1").arg(root.tag)

    Label {
        id: label
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingS
        anchors.rightMargin: Theme.spacingS
        verticalAlignment: Text.AlignVCenter
        horizontalAlignment: Text.AlignHCenter
        text: root.tag
        elide: Text.ElideRight
        color: Theme.muted
        font.pointSize: Theme.fontSizeSmall
    }
}
