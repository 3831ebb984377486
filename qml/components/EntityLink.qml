import QtQuick
import QtQuick.Controls
import Atrium

// A link to another entity: opens its page on click, Enter or Space.
AbstractButton {
    id: root

    property string entityRef
    property color linkColor: Theme.accent
    property real pointSize: Theme.fontSize
    // When set, the kind's colour dot is shown before the text.
    property string kind

    enabled: root.entityRef.length > 0
    activeFocusOnTab: true
    hoverEnabled: true
    implicitWidth: label.implicitWidth + (root.kind.length > 0 ? 13 : 0)
    implicitHeight: Math.max(label.implicitHeight, 20)
    padding: 0

    Accessible.role: Accessible.Link
    Accessible.name: root.text
    Accessible.description: root.entityRef

    ToolTip.visible: root.hovered && (label.truncated || root.entityRef.length > 0)
    ToolTip.delay: 600
    ToolTip.text: label.truncated ? root.text + "\n" + root.entityRef : root.entityRef

    onClicked: Navigator.openEntity(root.entityRef)
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

    contentItem: Item {}

    Row {
        id: row
        width: root.width
        anchors.verticalCenter: parent.verticalCenter
        spacing: 6

        Rectangle {
            visible: root.kind.length > 0
            anchors.verticalCenter: parent.verticalCenter
            width: 7
            height: 7
            radius: 3.5
            color: Theme.kindColor(root.kind)
        }
        Label {
            id: label
            width: Math.min(implicitWidth, root.width - (root.kind.length > 0 ? 13 : 0))
            text: root.text
            elide: Text.ElideRight
            color: root.enabled ? root.linkColor : Theme.muted
            font.pointSize: root.pointSize
            font.underline: root.hovered || root.visualFocus
        }
    }
    FocusRing {
        visible: root.visualFocus
        radius: Theme.radiusS
    }
    HoverHandler {
        cursorShape: root.enabled ? Qt.PointingHandCursor : Qt.ArrowCursor
    }
}
