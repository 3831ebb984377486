import QtQuick
import QtQuick.Layouts
import Atrium

// A message strip inside a view: an icon and a text that wraps and can be selected and copied.
// `level` is "error", "warning", "success" or "info".
Rectangle {
    id: root

    property string level: "info"
    property string text
    property bool monospace: false
    readonly property color tone: root.level === "error" ? Theme.error
                                : root.level === "warning" ? Theme.warning
                                : root.level === "success" ? Theme.success : Theme.accent

    implicitWidth: 400
    implicitHeight: Math.max(row.implicitHeight, 20) + 2 * Theme.spacingM
    radius: Theme.radiusM
    color: root.level === "error" ? Theme.errorSoft
         : root.level === "warning" ? Theme.warningSoft
         : root.level === "success" ? Theme.successSoft : Theme.accentSoft
    border.color: Theme.tint(root.tone, 0.45)
    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.text

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingS

        Icon {
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: 1
            name: root.level === "success" ? "check" : Theme.severityIcon(root.level)
            color: root.tone
        }
        TextEdit {
            Layout.fillWidth: true
            text: root.text
            textFormat: TextEdit.PlainText
            readOnly: true
            selectByMouse: true
            activeFocusOnPress: true
            wrapMode: TextEdit.Wrap
            color: Theme.text
            selectionColor: Theme.selection
            selectedTextColor: Theme.text
            font.family: root.monospace ? Theme.monoFamily : Theme.fontFamily
            font.pointSize: root.monospace ? Theme.fontSizeSmall : Theme.fontSize
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }
}
