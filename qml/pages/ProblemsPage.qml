pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Core

// Every problem found in the workspace's descriptors, filterable by severity.
FocusScope {
    id: root

    objectName: "problemsPage"
    readonly property string title: qsTr("Problems")
    property string severity: "all"

    function focusDefault() {
        problemList.forceActiveFocus(Qt.OtherFocusReason);
    }

    // Only for the notice count on the filter button.
    ProblemModel {
        id: notices
        severityFilter: "notice"
    }
    ProblemModel {
        id: everything
        severityFilter: "all"
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            Label {
                text: qsTr("Problems")
                color: Theme.text
                font.pointSize: Theme.fontSizeTitle
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
            }
            Item {
                Layout.preferredWidth: Theme.spacingM
            }
            SeverityButton { severity: "all"; text: qsTr("All"); count: everything.count }
            SeverityButton { severity: "error"; text: qsTr("Errors"); count: App.errorCount }
            SeverityButton { severity: "warning"; text: qsTr("Warnings"); count: App.warningCount }
            SeverityButton { severity: "notice"; text: qsTr("Notices"); count: notices.count }
            Item {
                Layout.fillWidth: true
            }
            IconButton {
                text: qsTr("Reload")
                iconName: "refresh"
                toolTip: qsTr("Read the workspace again (F5)")
                onClicked: App.reload()
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            radius: Theme.radiusL
            border.color: Theme.border

            ProblemList {
                id: problemList
                anchors.fill: parent
                anchors.margins: 1
                focus: true
                severityFilter: root.severity
                emptyTitle: root.severity === "all" ? qsTr("No problems — every descriptor is valid")
                          : root.severity === "error" ? qsTr("No errors")
                          : root.severity === "warning" ? qsTr("No warnings")
                          : qsTr("No notices")
                emptyText: root.severity === "all" ? qsTr("Atrium checks every descriptor file when the catalog loads.")
                                                   : qsTr("Choose “All” to see the other problems.")
            }
        }
    }

    component SeverityButton: AbstractButton {
        id: button

        property string severity
        property int count

        readonly property bool selected: root.severity === button.severity

        implicitHeight: Theme.controlHeight
        implicitWidth: buttonRow.implicitWidth + 2 * Theme.spacingM
        hoverEnabled: true
        activeFocusOnTab: true
        Accessible.role: Accessible.RadioButton
        Accessible.checkable: true
        Accessible.checked: button.selected
        Accessible.name: qsTr("%1 (%2)").arg(button.text).arg(button.count)
        onClicked: root.severity = button.severity
        Keys.onReturnPressed: button.clicked()
        Keys.onEnterPressed: button.clicked()

        background: Rectangle {
            radius: height / 2
            color: button.selected ? Theme.accentSoft : button.hovered ? Theme.hover : "transparent"
            border.color: button.selected ? Theme.tint(Theme.accent, 0.5) : Theme.border
            FocusRing {
                visible: button.visualFocus
                radius: height / 2
            }
        }
        contentItem: Item {}
        Row {
            id: buttonRow
            anchors.centerIn: parent
            spacing: 6
            Icon {
                anchors.verticalCenter: parent.verticalCenter
                visible: button.severity !== "all"
                name: Theme.severityIcon(button.severity)
                size: 14
                color: Theme.severityColor(button.severity)
            }
            Label {
                anchors.verticalCenter: parent.verticalCenter
                text: button.text
                color: button.selected ? Theme.accent : Theme.text
                font.weight: button.selected ? Font.DemiBold : Font.Normal
            }
            Label {
                anchors.verticalCenter: parent.verticalCenter
                text: Number(button.count).toLocaleString(Qt.locale(), "f", 0)
                color: Theme.muted
                font.pointSize: Theme.fontSizeSmall
            }
        }
    }
}
