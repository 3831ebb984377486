import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// A label (and hint) on the left, the setting on the right (Settings page).
RowLayout {
    id: settingRow

    property string label
    property string hint
    default property alias content: slot.data

    Layout.fillWidth: true
    spacing: Theme.spacingL

    ColumnLayout {
        Layout.preferredWidth: 200
        Layout.maximumWidth: 200
        Layout.alignment: Qt.AlignTop
        spacing: 2
        Label {
            Layout.fillWidth: true
            text: settingRow.label
            color: Theme.muted
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            visible: settingRow.hint.length > 0
            text: settingRow.hint
            color: Theme.faint
            wrapMode: Text.Wrap
            font.pointSize: Theme.fontSizeSmall
        }
    }
    ColumnLayout {
        id: slot
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignTop
        spacing: Theme.spacingS
    }
}
