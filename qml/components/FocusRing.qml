import QtQuick
import Atrium

// The keyboard-focus outline drawn around custom controls.
Rectangle {
    id: root

    anchors.fill: parent
    anchors.margins: -2
    color: "transparent"
    border.color: Theme.focus
    border.width: 2
    radius: Theme.radiusS
    z: 10
    Accessible.ignored: true
}
