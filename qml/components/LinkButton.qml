import QtQuick
import QtQuick.Controls
import Atrium
import Atrium.Core

// A text link that opens `url` (a web page or a mailto: address) with the desktop's handler.
AbstractButton {
    id: root

    property string url

    implicitWidth: label.implicitWidth
    implicitHeight: label.implicitHeight
    hoverEnabled: true
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Link
    Accessible.name: root.text
    ToolTip.visible: root.hovered && root.url !== root.text
    ToolTip.delay: 600
    ToolTip.text: root.url
    onClicked: App.openUrl(root.url)
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

    contentItem: Label {
        id: label
        text: root.text
        elide: Text.ElideRight
        color: Theme.accent
        font.underline: root.hovered || root.visualFocus
    }
    background: FocusRing {
        visible: root.visualFocus
    }

    HoverHandler {
        cursorShape: Qt.PointingHandCursor
    }
}
