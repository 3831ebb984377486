import QtQuick
import QtQuick.Controls
import Atrium

// A lifecycle stage ("production", "experimental", "deprecated"...) as a tinted chip.
Rectangle {
    id: root

    property string lifecycle
    // Longer custom stages are elided (the full text is the tool tip).
    property real maximumWidth: 150

    implicitWidth: Math.min(label.implicitWidth + 2 * Theme.spacingS, root.maximumWidth)
    implicitHeight: Theme.chipHeight
    radius: Theme.radiusS
    color: Theme.lifecycleBackground(root.lifecycle)
    visible: root.lifecycle.length > 0

    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Lifecycle: %1").arg(root.lifecycle)

    HoverHandler {
        id: hover
    }
    ToolTip.visible: hover.hovered && label.truncated
    ToolTip.delay: 600
    ToolTip.text: root.lifecycle

    Label {
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, root.width - 2 * Theme.spacingS)
        elide: Text.ElideRight
        text: root.lifecycle
        color: Theme.lifecycleColor(root.lifecycle)
        font.pointSize: Theme.fontSizeSmall
        font.weight: Font.Medium
    }
}
