import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// A small heading above a group of content, with an optional count and a rule.
RowLayout {
    id: root

    property string text
    property string count

    spacing: Theme.spacingS
    Accessible.role: Accessible.Heading
    Accessible.name: root.text

    Label {
        text: root.text
        color: Theme.muted
        font.pointSize: Theme.fontSizeSmall
        font.weight: Font.DemiBold
        font.capitalization: Font.AllUppercase
        font.letterSpacing: 0.6
    }
    Label {
        visible: root.count.length > 0
        text: root.count
        color: Theme.faint
        font.pointSize: Theme.fontSizeSmall
    }
    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: 1
        Layout.alignment: Qt.AlignVCenter
        color: Theme.border
    }
}
