import QtQuick
import QtQuick.Controls
import Atrium

// An on/off switch drawn in the app's colours, light and dark: a rounded track with a knob, the
// accent colour when on, and the focus ring for keyboard users.
Switch {
    id: control

    indicator: Rectangle {
        implicitWidth: 36
        implicitHeight: 20
        x: control.leftPadding
        y: control.topPadding + (control.availableHeight - height) / 2
        radius: height / 2
        color: control.checked ? (control.enabled ? Theme.accent : Theme.faint) : Theme.surfaceAlt
        border.color: control.visualFocus ? Theme.focus : control.checked ? "transparent" : Theme.borderStrong
        border.width: control.visualFocus ? 2 : 1

        Rectangle {
            width: 14
            height: 14
            radius: 7
            anchors.verticalCenter: parent.verticalCenter
            x: control.checked ? parent.width - width - 3 : 3
            color: control.checked ? Theme.accentText : (control.enabled ? Theme.muted : Theme.faint)
            Behavior on x {
                NumberAnimation { duration: 100 }
            }
        }
    }

    contentItem: Label {
        leftPadding: control.indicator.width + control.spacing
        text: control.text
        color: control.enabled ? Theme.text : Theme.faint
        verticalAlignment: Text.AlignVCenter
    }
}
