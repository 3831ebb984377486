import QtQuick
import QtQuick.Controls
import Atrium
import Atrium.Core

// The top bar's problems indicator: error and warning counts; opens the Problems page.
AbstractButton {
    id: root

    readonly property bool clean: App.errorCount === 0 && App.warningCount === 0

    hoverEnabled: true
    activeFocusOnTab: true
    implicitHeight: Theme.controlHeight
    implicitWidth: row.implicitWidth + 2 * Theme.spacingS + 4

    Accessible.role: Accessible.Button
    Accessible.name: root.clean ? qsTr("Problems: none") : qsTr("Problems: %1 errors, %2 warnings").arg(App.errorCount).arg(App.warningCount)

    ToolTip.visible: root.hovered
    ToolTip.delay: 600
    ToolTip.text: root.clean ? qsTr("No problems in the catalog")
                             : qsTr("Errors: %1 · Warnings: %2 — open Problems").arg(App.errorCount).arg(App.warningCount)

    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

    background: Rectangle {
        radius: Theme.radiusM
        color: root.down ? Theme.pressed : root.hovered ? Theme.hover : "transparent"
        border.color: Theme.border
        FocusRing {
            visible: root.visualFocus
            radius: Theme.radiusM
        }
    }

    contentItem: Item {}

    Row {
        id: row
        anchors.centerIn: parent
        spacing: Theme.spacingS

        Row {
            visible: root.clean
            spacing: 5
            Icon {
                anchors.verticalCenter: parent.verticalCenter
                name: "check"
                color: Theme.success
            }
            Label {
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("No problems")
                color: Theme.muted
            }
        }
        Row {
            visible: !root.clean
            spacing: 4
            Icon {
                anchors.verticalCenter: parent.verticalCenter
                name: "error"
                color: App.errorCount > 0 ? Theme.error : Theme.faint
            }
            Label {
                anchors.verticalCenter: parent.verticalCenter
                text: Number(App.errorCount).toLocaleString(Qt.locale(), "f", 0)
                color: App.errorCount > 0 ? Theme.text : Theme.faint
                font.weight: Font.Medium
            }
        }
        Row {
            visible: !root.clean
            spacing: 4
            Icon {
                anchors.verticalCenter: parent.verticalCenter
                name: "warning"
                color: App.warningCount > 0 ? Theme.warning : Theme.faint
            }
            Label {
                anchors.verticalCenter: parent.verticalCenter
                text: Number(App.warningCount).toLocaleString(Qt.locale(), "f", 0)
                color: App.warningCount > 0 ? Theme.text : Theme.faint
                font.weight: Font.Medium
            }
        }
    }
}
