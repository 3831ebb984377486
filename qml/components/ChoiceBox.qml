import QtQuick
import QtQuick.Controls
import Atrium

// A drop-down list drawn in the app's colours, light and dark (the style's own box keeps a light
// face in the dark theme). Set `invalid` to draw it with the error border.
ComboBox {
    id: control

    property bool invalid: false

    implicitHeight: Theme.controlHeight
    font.pointSize: Theme.fontSize

    contentItem: Label {
        leftPadding: Theme.spacingS
        rightPadding: control.indicator ? control.indicator.width : Theme.spacingS
        text: control.displayText
        color: control.enabled ? Theme.text : Theme.faint
        font: control.font
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    background: Rectangle {
        implicitWidth: 160
        implicitHeight: Theme.controlHeight
        radius: Theme.radiusS
        color: control.down ? Theme.pressed : control.hovered ? Theme.hover : Theme.surface
        border.color: control.invalid ? Theme.error : control.activeFocus ? Theme.accent : Theme.borderStrong
        border.width: control.activeFocus || control.invalid ? 2 : 1
    }

    popup.background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radiusS
    }
}
