import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// A titled group of settings on a card (Settings page).
Rectangle {
    id: group

    property string title
    default property alias rows: groupColumn.data

    Layout.fillWidth: true
    implicitHeight: groupColumn.implicitHeight + 2 * Theme.spacingL
    radius: Theme.radiusL
    color: Theme.card
    border.color: Theme.border
    Accessible.role: Accessible.Grouping
    Accessible.name: group.title

    ColumnLayout {
        id: groupColumn
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingM

        Label {
            text: group.title
            color: Theme.text
            font.pointSize: Theme.fontSizeLarge
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
        }
    }
}
