import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// A template or action as a tile: icon, title, a two-line description and a small badge on the
// right. Enter, Space or a click activates it.
ItemDelegate {
    id: tile

    property string title
    property string subtitle
    property string badge
    signal activated()

    implicitHeight: 84
    hoverEnabled: true
    padding: Theme.spacingM
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Template %1").arg(tile.title)
    Accessible.description: tile.subtitle
    onClicked: tile.activated()
    Keys.onReturnPressed: tile.activated()
    Keys.onEnterPressed: tile.activated()

    background: Rectangle {
        radius: Theme.radiusL
        color: tile.hovered ? Theme.hover : Theme.card
        border.color: Theme.border
        FocusRing {
            visible: tile.visualFocus
            radius: Theme.radiusL
        }
    }
    contentItem: RowLayout {
        spacing: Theme.spacingM
        Rectangle {
            Layout.alignment: Qt.AlignTop
            implicitWidth: 34
            implicitHeight: 34
            radius: Theme.radiusM
            color: Theme.tint(Theme.kindColor("template"), 0.14)
            Icon {
                anchors.centerIn: parent
                name: "template"
                color: Theme.kindColor("template")
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 0
            Layout.alignment: Qt.AlignTop
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: tile.title
                elide: Text.ElideRight
                color: Theme.text
                font.weight: Font.DemiBold
            }
            Label {
                Layout.fillWidth: true
                text: tile.subtitle
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                color: Theme.muted
                font.pointSize: Theme.fontSizeSmall
            }
        }
        Label {
            Layout.alignment: Qt.AlignTop
            Layout.maximumWidth: 140
            text: tile.badge
            elide: Text.ElideRight
            color: Theme.faint
            font.pointSize: Theme.fontSizeTiny
        }
    }
}
