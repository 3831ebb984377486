import QtQuick
import QtQuick.Controls
import Atrium
import Atrium.Core

// One catalog problem: severity, message, where it is (opens the file) and the entity concerned.
ItemDelegate {
    id: root

    required property int index
    required property string severity
    required property string message
    required property string file
    required property string location
    required property string entityRef
    required property string rule
    property bool showEntity: true

    width: ListView.view ? ListView.view.width : implicitWidth
    hoverEnabled: true
    focusPolicy: Qt.NoFocus
    highlighted: ListView.isCurrentItem && ListView.view.activeFocus
    topPadding: Theme.spacingS + 2
    bottomPadding: Theme.spacingS + 2
    leftPadding: Theme.spacingL
    rightPadding: Theme.spacingL

    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1: %2, at %3").arg(root.severity).arg(root.message).arg(root.location)

    function openLocation() {
        if (root.file.length > 0)
            App.openFile(root.file);
    }

    onClicked: ListView.view.currentIndex = root.index
    onDoubleClicked: root.openLocation()

    background: Rectangle {
        color: root.highlighted ? Theme.selection : root.hovered ? Theme.hover : "transparent"
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.border
            opacity: 0.6
        }
    }

    // Anchors rather than layouts: rows are reused, and a layout in Qt 6.4 can miss the new
    // implicit widths of reused text.
    contentItem: Item {
        implicitHeight: details.implicitHeight

        Icon {
            id: severityIcon
            y: 1
            name: Theme.severityIcon(root.severity)
            color: Theme.severityColor(root.severity)
        }
        Column {
            id: details
            anchors.left: severityIcon.right
            anchors.leftMargin: Theme.spacingM
            anchors.right: parent.right
            spacing: 3

            Label {
                width: parent.width
                text: root.message
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
                color: Theme.text
            }
            Item {
                width: parent.width
                height: 20

                AbstractButton {
                    id: locationLink
                    anchors.verticalCenter: parent.verticalCenter
                    visible: root.location.length > 0
                    width: visible ? Math.min(locationLabel.implicitWidth, parent.width * 0.6) : 0
                    height: parent.height
                    padding: 0
                    activeFocusOnTab: true
                    hoverEnabled: true
                    Accessible.role: Accessible.Link
                    Accessible.name: qsTr("Open %1").arg(root.location)
                    onClicked: root.openLocation()
                    Keys.onReturnPressed: root.openLocation()
                    Keys.onEnterPressed: root.openLocation()
                    ToolTip.visible: hovered
                    ToolTip.delay: 600
                    ToolTip.text: qsTr("Open %1").arg(root.file)
                    contentItem: Label {
                        id: locationLabel
                        text: root.location
                        elide: Text.ElideMiddle
                        verticalAlignment: Text.AlignVCenter
                        color: Theme.accent
                        font.family: Theme.monoFamily
                        font.pointSize: Theme.fontSizeSmall
                        font.underline: locationLink.hovered || locationLink.visualFocus
                    }
                    HoverHandler {
                        cursorShape: Qt.PointingHandCursor
                    }
                }
                EntityLink {
                    anchors.left: locationLink.right
                    anchors.leftMargin: locationLink.width > 0 ? Theme.spacingM : 0
                    anchors.verticalCenter: parent.verticalCenter
                    visible: root.showEntity && root.entityRef.length > 0
                    width: Math.min(implicitWidth, ruleLabel.x - x - Theme.spacingM)
                    entityRef: root.entityRef
                    text: App.titleOf(root.entityRef)
                    pointSize: Theme.fontSizeSmall
                    kind: root.entityRef.split(":")[0]
                }
                Label {
                    id: ruleLabel
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    text: root.rule
                    color: Theme.faint
                    font.family: Theme.monoFamily
                    font.pointSize: Theme.fontSizeTiny
                }
            }
        }
    }
}
