import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// A dashboard card: a titled, bordered surface with optional actions in its header.
Rectangle {
    id: root

    property string title
    property string iconName
    // Small text next to the title (a count, a source).
    property string badge
    default property alias content: body.data
    property alias headerActions: actions.data

    color: Theme.card
    radius: Theme.radiusL
    border.color: Theme.border
    border.width: 1

    Accessible.role: Accessible.Grouping
    Accessible.name: root.title

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 1
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.preferredHeight: 44
            Layout.leftMargin: Theme.spacingL
            Layout.rightMargin: Theme.spacingS
            spacing: Theme.spacingS

            Icon {
                visible: root.iconName.length > 0
                name: root.iconName
                color: Theme.muted
            }
            Label {
                text: root.title
                font.pointSize: Theme.fontSizeLarge
                font.weight: Font.DemiBold
                color: Theme.text
                elide: Text.ElideRight
                Layout.fillWidth: root.badge.length === 0
            }
            Label {
                visible: root.badge.length > 0
                text: root.badge
                color: Theme.muted
                font.pointSize: Theme.fontSizeSmall
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Row {
                id: actions
                spacing: Theme.spacingXs
            }
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 1
            color: Theme.border
        }
        Item {
            id: body
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
        }
    }
}
