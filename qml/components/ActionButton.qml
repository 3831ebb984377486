import QtQuick
import QtQuick.Controls
import Atrium

// A push button in the app's own look: `primary` is filled with the accent colour (one per view),
// `danger` is filled with the error colour (remove, disable), the default is a quiet outlined
// button. Enter and Space activate it.
Button {
    id: root

    property bool primary: false
    property bool danger: false
    readonly property bool filled: root.primary || root.danger
    readonly property color fill: root.danger ? Theme.error : Theme.accent

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
        color: !root.enabled ? Theme.faint : root.filled ? Theme.accentText : Theme.text
        font.weight: Font.Medium
    }

    background: Rectangle {
        implicitWidth: 72
        radius: Theme.radiusM
        color: {
            if (!root.enabled)
                return root.filled ? Theme.tint(root.fill, 0.35) : Theme.surfaceAlt;
            if (root.filled)
                return root.down ? Qt.darker(root.fill, 1.15) : root.hovered ? Qt.lighter(root.fill, 1.08) : root.fill;
            return root.down ? Theme.pressed : root.hovered ? Theme.hover : Theme.surface;
        }
        border.color: root.filled ? "transparent" : Theme.borderStrong

        FocusRing {
            visible: root.visualFocus
            radius: Theme.radiusM + 2
        }
    }
}
