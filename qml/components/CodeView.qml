import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Core

// Highlighted source (HTML from the highlighter) in a selectable, read-only monospace view, with a
// location bar: the file and line, "Open file" and "Copy".
Rectangle {
    id: root

    property string html
    property string plainText
    property string location
    property string caption
    property bool busy: false
    property string error
    property alias viewObjectName: textView.objectName

    signal openRequested()

    color: Theme.codeBackground
    border.color: Theme.border
    radius: Theme.radiusL

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 1
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 36
            color: Theme.surfaceAlt
            radius: Theme.radiusL

            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: parent.height / 2
                color: Theme.surfaceAlt
            }
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.border
            }

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingM
                anchors.rightMargin: Theme.spacingXs
                spacing: Theme.spacingS

                Icon {
                    name: "file"
                    size: 14
                    color: Theme.muted
                }
                AbstractButton {
                    id: locationLink
                    Layout.fillWidth: true
                    Layout.maximumWidth: implicitWidth
                    implicitWidth: locationLabel.implicitWidth
                    implicitHeight: locationLabel.implicitHeight
                    padding: 0
                    visible: root.location.length > 0
                    activeFocusOnTab: true
                    hoverEnabled: true
                    Accessible.role: Accessible.Link
                    Accessible.name: qsTr("Open %1").arg(root.location)
                    onClicked: root.openRequested()
                    Keys.onReturnPressed: root.openRequested()
                    Keys.onEnterPressed: root.openRequested()
                    contentItem: Label {
                        id: locationLabel
                        text: root.location
                        elide: Text.ElideMiddle
                        color: locationLink.hovered || locationLink.visualFocus ? Theme.accent : Theme.text
                        font.family: Theme.monoFamily
                        font.pointSize: Theme.fontSizeSmall
                        font.underline: locationLink.hovered || locationLink.visualFocus
                    }
                    HoverHandler {
                        cursorShape: Qt.PointingHandCursor
                    }
                }
                Label {
                    visible: root.caption.length > 0
                    text: root.caption
                    color: Theme.muted
                    font.pointSize: Theme.fontSizeSmall
                }
                Item {
                    Layout.fillWidth: true
                }
                IconButton {
                    text: qsTr("Open file")
                    iconName: "external"
                    visible: root.location.length > 0
                    onClicked: root.openRequested()
                }
                IconButton {
                    text: qsTr("Copy")
                    iconName: "copy"
                    enabled: root.plainText.length > 0
                    toolTip: qsTr("Copy the whole text")
                    onClicked: App.copyToClipboard(root.plainText)
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.margins: Theme.spacingM
            Layout.preferredHeight: errorLabel.implicitHeight + 2 * Theme.spacingS
            visible: root.error.length > 0
            radius: Theme.radiusM
            color: Theme.errorSoft
            border.color: Theme.tint(Theme.error, 0.4)
            Label {
                id: errorLabel
                anchors.fill: parent
                anchors.margins: Theme.spacingS
                text: root.error
                wrapMode: Text.Wrap
                color: Theme.error
            }
        }

        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !root.busy
            clip: true

            TextEdit {
                id: textView
                readOnly: true
                selectByMouse: true
                selectByKeyboard: true
                activeFocusOnTab: true
                persistentSelection: true
                textFormat: TextEdit.RichText
                wrapMode: TextEdit.NoWrap
                text: root.html.length > 0 ? root.html : root.plainText
                color: Theme.text
                selectionColor: Theme.selection
                selectedTextColor: Theme.text
                font.family: Theme.monoFamily
                font.pointSize: Theme.fontSize
                padding: Theme.spacingM
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Source of %1").arg(root.location)
                Accessible.readOnly: true
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.busy
            BusyIndicator {
                anchors.centerIn: parent
                running: root.busy
            }
        }
    }
}
