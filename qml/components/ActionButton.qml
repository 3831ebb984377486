import QtQuick
import QtQuick.Controls
import Atrium

// A push button in the app's own look: `primary` is filled with the accent colour (one per view),
// the default is a quiet outlined button. Enter and Space activate it.
Button {
    id: root

    property bool primary: false

    implicitHeight: Theme.controlHeight
    leftPadding: Theme.spacingL
    rightPadding: Theme.spacingL
    topPadding: 0
    bottomPadding: 0
    hoverEnabled: true
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: root.text

    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

    contentItem: Label {
        text: root.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        color: !root.enabled ? Theme.faint : root.primary ? Theme.accentText : Theme.text
        font.weight: Font.Medium
    }

    background: Rectangle {
        implicitWidth: 72
        radius: Theme.radiusM
        color: {
            if (!root.enabled)
                return root.primary ? Theme.tint(Theme.accent, 0.35) : Theme.surfaceAlt;
            if (root.primary)
                return root.down ? Qt.darker(Theme.accent, 1.15) : root.hovered ? Qt.lighter(Theme.accent, 1.08) : Theme.accent;
            return root.down ? Theme.pressed : root.hovered ? Theme.hover : Theme.surface;
        }
        border.color: root.primary ? "transparent" : Theme.borderStrong

        FocusRing {
            visible: root.visualFocus
            radius: Theme.radiusM + 2
        }
    }
}
