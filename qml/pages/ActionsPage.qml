pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Core

// Self-service: golden-path templates and plugin actions. Runs come with action plugins; until one
// is installed the page says so and lists the templates the catalog already holds.
FocusScope {
    id: root

    readonly property string title: qsTr("Actions")

    EntityListModel {
        id: templates
        mode: "templates"
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
                iconName: "actions"
                title: qsTr("Self-service actions arrive with action plugins")
                text: qsTr("Golden-path templates and actions offered by the platform's producer teams run from here, with their progress and results. Install an action plugin to enable them.")
                actionText: qsTr("Open Plugins")
                onActionTriggered: Navigator.openPage("plugins")
            }

            SectionHeader {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingL
                visible: templates.count > 0
                text: qsTr("Templates in the catalog")
                count: String(templates.count)
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
                    delegate: ItemDelegate {
                        id: tile

                        required property string ref
                        required property string title
                        required property string description
                        required property string type
                        required property string owner

                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        implicitHeight: 84
                        hoverEnabled: true
                        padding: Theme.spacingM
                        Accessible.role: Accessible.Button
                        Accessible.name: qsTr("Template %1").arg(tile.title)
                        Accessible.description: tile.description
                        onClicked: Navigator.openEntity(tile.ref)
                        Keys.onReturnPressed: Navigator.openEntity(tile.ref)
                        Keys.onEnterPressed: Navigator.openEntity(tile.ref)

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
                                    text: tile.description.length > 0 ? tile.description : [tile.type, tile.owner].filter(s => s.length > 0).join(" · ")
                                    wrapMode: Text.Wrap
                                    maximumLineCount: 2
                                    elide: Text.ElideRight
                                    color: Theme.muted
                                    font.pointSize: Theme.fontSizeSmall
                                }
                            }
                            Label {
                                Layout.alignment: Qt.AlignTop
                                text: qsTr("Needs a plugin")
                                color: Theme.faint
                                font.pointSize: Theme.fontSizeTiny
                            }
                        }
                    }
                }
            }
        }
    }
}
