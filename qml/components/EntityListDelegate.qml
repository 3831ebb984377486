import QtQuick
import QtQuick.Controls
import Atrium

// A row of an EntityListModel in a dashboard card: kind colour, title, context line, lifecycle.
ItemDelegate {
    id: root

    required property int index
    required property string ref
    required property string kind
    required property string title
    required property string type
    required property string lifecycle
    required property string system
    required property string owner
    required property string description

    // "service": type · system and the lifecycle chip; "docs": a book icon and kind · owner.
    property string variant: "service"

    signal activated(string ref)

    width: ListView.view ? ListView.view.width : implicitWidth
    height: 48
    hoverEnabled: true
    focusPolicy: Qt.NoFocus
    highlighted: ListView.isCurrentItem && ListView.view.activeFocus
    leftPadding: Theme.spacingL
    rightPadding: Theme.spacingL

    Accessible.role: Accessible.ListItem
    Accessible.name: root.title
    Accessible.description: subtitleLabel.text

    ToolTip.visible: root.hovered && (titleLabel.truncated || root.description.length > 0)
    ToolTip.delay: 800
    ToolTip.text: root.description.length > 0 ? root.title + "\n" + root.description : root.title

    function activate() {
        root.activated(root.ref);
    }

    onClicked: root.activate()

    background: Rectangle {
        color: root.highlighted ? Theme.selection : root.down ? Theme.pressed : root.hovered ? Theme.hover : "transparent"
    }

    // Anchors rather than layouts: rows are refreshed in place, and a layout in Qt 6.4 can miss the
    // new implicit width of a chip.
    contentItem: Item {
        Item {
            id: marker
            width: 18
            height: 18
            anchors.verticalCenter: parent.verticalCenter
            Icon {
                anchors.centerIn: parent
                visible: root.variant === "docs"
                name: "docs"
                color: Theme.kindColor(root.kind)
            }
            Rectangle {
                anchors.centerIn: parent
                visible: root.variant !== "docs"
                width: 9
                height: 9
                radius: 4.5
                color: Theme.kindColor(root.kind)
            }
        }
        Column {
            anchors.left: marker.right
            anchors.leftMargin: Theme.spacingM
            anchors.right: trailing.left
            anchors.rightMargin: Theme.spacingM
            anchors.verticalCenter: parent.verticalCenter
            spacing: 1
            Label {
                id: titleLabel
                width: parent.width
                text: root.title
                elide: Text.ElideRight
                color: Theme.text
                font.weight: Font.Medium
            }
            Label {
                id: subtitleLabel
                width: parent.width
                text: (root.variant === "docs" ? [root.kind, root.owner] : [root.kind, root.type, root.system])
                      .filter(part => part.length > 0).join(" · ")
                elide: Text.ElideRight
                color: Theme.muted
                font.pointSize: Theme.fontSizeSmall
            }
        }
        Item {
            id: trailing
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            width: root.variant === "docs" ? 14 : (root.lifecycle.length > 0 ? chip.width : 0)
            height: 20
            LifecycleChip {
                id: chip
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                visible: root.variant === "service" && root.lifecycle.length > 0
                lifecycle: root.lifecycle
                maximumWidth: 140
            }
            Icon {
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                visible: root.variant === "docs"
                name: "chevronRight"
                size: 14
                color: Theme.faint
            }
        }
    }
}
