pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Core

// Self-service: the actions of the workspace's connections (a Backstage connection's software
// templates) with Run, the history of runs, and the catalog's templates no connection runs.
FocusScope {
    id: root

    readonly property string title: qsTr("Actions")

    EntityListModel {
        id: templates
        mode: "templates"
    }

    property double now: Date.now()
    Timer {
        interval: 30000
        repeat: true
        running: root.visible
        onTriggered: root.now = Date.now()
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            x: Math.max(Theme.spacingXl, (scroll.availableWidth - width) / 2)
            width: Math.min(scroll.availableWidth - 2 * Theme.spacingXl, 960)
            spacing: Theme.spacingL

            EmptyState {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingXxl
                visible: App.actions.sourceCount === 0
                iconName: "actions"
                title: qsTr("Self-service actions arrive with a connection")
                text: qsTr("Golden-path templates and actions offered by the platform's producer teams run from here, with their progress and results. Add a Backstage connection in Settings, or install an action plugin.")
                actionText: qsTr("Open Settings")
                onActionTriggered: Navigator.openPage("settings")
            }

            Repeater {
                model: App.actions.problems
                delegate: ColumnLayout {
                    id: problem
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingL
                    spacing: Theme.spacingS
                    Banner {
                        objectName: "actionsProblem"
                        Layout.fillWidth: true
                        level: "warning"
                        text: qsTr("The actions of %1 could not be read: %2").arg(problem.modelData.connectionTitle).arg(problem.modelData.message)
                    }
                    RowLayout {
                        spacing: Theme.spacingS
                        ActionButton {
                            text: qsTr("Try again")
                            onClicked: App.actions.reload()
                        }
                        ActionButton {
                            visible: problem.modelData.credentialRefused
                            text: qsTr("Enter Token…")
                            onClicked: Navigator.openPage("settings")
                        }
                    }
                }
            }

            SectionHeader {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingXl
                visible: App.actions.sourceCount > 0
                text: App.actions.loading && App.actions.actions.length === 0 ? qsTr("Templates (loading…)") : qsTr("Templates")
                count: String(App.actions.actions.length)
            }
            Label {
                Layout.fillWidth: true
                visible: App.actions.sourceCount > 0 && !App.actions.loading && App.actions.actions.length === 0
                         && App.actions.problems.length === 0
                text: qsTr("The connections offer no templates yet.")
                color: Theme.muted
            }

            GridLayout {
                Layout.fillWidth: true
                visible: App.actions.actions.length > 0
                columns: width > 700 ? 2 : 1
                columnSpacing: Theme.spacingM
                rowSpacing: Theme.spacingM

                Repeater {
                    model: App.actions.actions
                    delegate: ActionTile {
                        required property var modelData
                        objectName: "actionTile"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        title: modelData.title
                        subtitle: modelData.description.length > 0 ? modelData.description
                                  : [modelData.connectionTitle, modelData.owner].filter(s => s.length > 0).join(" · ")
                        badge: modelData.connectionTitle
                        onActivated: Navigator.openAction(modelData.key)
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingL
                visible: App.actions.runs.length > 0
                SectionHeader {
                    Layout.fillWidth: true
                    text: qsTr("Recent runs")
                    count: String(App.actions.runs.length)
                }
                IconButton {
                    iconName: "close"
                    text: qsTr("Clear history")
                    toolTip: qsTr("Forget the finished runs")
                    enabled: App.actions.runs.length > App.actions.runningCount
                    onClicked: App.actions.clearHistory()
                }
            }
            Repeater {
                model: App.actions.runs
                delegate: ItemDelegate {
                    id: runRow
                    required property var modelData
                    objectName: "runRow"
                    Layout.fillWidth: true
                    hoverEnabled: true
                    padding: Theme.spacingS
                    Accessible.role: Accessible.Button
                    Accessible.name: qsTr("Run of %1, %2").arg(runRow.modelData.title).arg(runRow.modelData.state)
                    onClicked: Navigator.openRun(runRow.modelData.runId)
                    Keys.onReturnPressed: Navigator.openRun(runRow.modelData.runId)
                    Keys.onEnterPressed: Navigator.openRun(runRow.modelData.runId)
                    background: Rectangle {
                        radius: Theme.radiusM
                        color: runRow.hovered ? Theme.hover : "transparent"
                        FocusRing {
                            visible: runRow.visualFocus
                            radius: Theme.radiusM
                        }
                    }
                    contentItem: RowLayout {
                        spacing: Theme.spacingM
                        Pill {
                            text: runRow.modelData.state === "running" ? qsTr("Running")
                                : runRow.modelData.state === "succeeded" ? qsTr("Succeeded")
                                : runRow.modelData.state === "failed" ? qsTr("Failed")
                                : runRow.modelData.state === "cancelled" ? qsTr("Cancelled") : qsTr("Interrupted")
                            tone: runRow.modelData.state === "succeeded" ? Theme.success
                                : runRow.modelData.state === "failed" ? Theme.error
                                : runRow.modelData.state === "running" ? Theme.accent : Theme.warning
                        }
                        Label {
                            Layout.fillWidth: true
                            Layout.preferredWidth: 0
                            text: runRow.modelData.title
                            elide: Text.ElideRight
                            color: Theme.text
                        }
                        Label {
                            text: qsTr("%1 · %2").arg(runRow.modelData.connectionTitle).arg(Theme.ageText(runRow.modelData.startedAt, root.now))
                            color: Theme.muted
                            font.pointSize: Theme.fontSizeSmall
                        }
                    }
                }
            }

            SectionHeader {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingL
                visible: templates.count > 0
                text: qsTr("Other templates in the catalog")
            }
            Label {
                Layout.fillWidth: true
                visible: templates.count > 0
                text: qsTr("Templates from the workspace's files or from a connection that does not run them: their page shows what they do.")
                wrapMode: Text.Wrap
                color: Theme.muted
                font.pointSize: Theme.fontSizeSmall
            }

            GridLayout {
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spacingXl
                visible: templates.count > 0
                columns: width > 700 ? 2 : 1
                columnSpacing: Theme.spacingM
                rowSpacing: Theme.spacingM

                Repeater {
                    model: templates
                    delegate: ActionTile {
                        id: tile

                        required property var model
                        readonly property string ref: tile.model.ref
                        // Read again when the connections' lists change.
                        readonly property string actionKey: App.actions.actions.length >= 0 ? App.actions.actionKeyForEntity(tile.ref) : ""
                        title: tile.model.title

                        // A template a connection runs is under Templates above.
                        visible: tile.actionKey.length === 0
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        subtitle: tile.model.description.length > 0 ? tile.model.description
                                  : [tile.model.type, tile.model.owner].filter(s => s.length > 0).join(" · ")
                        badge: qsTr("Page only")
                        onActivated: Navigator.openEntity(tile.ref)
                    }
                }
            }
        }
    }
}
