pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Core

// Capability plugins: installed by the teams that own each capability. Until the plugin host is
// wired to this page it explains what plugins bring.
FocusScope {
    id: root

    readonly property string title: qsTr("Plugins")

    readonly property var capabilities: [
        { icon: "catalog", title: qsTr("Catalog providers"), text: qsTr("Entities from Backstage, cloud inventories or other sources, next to the local catalog.") },
        { icon: "status", title: qsTr("Status providers"), text: qsTr("Health from Prometheus and Alertmanager for the Platform status card and entity pages.") },
        { icon: "cost", title: qsTr("Cost providers"), text: qsTr("Spend from FinOps FOCUS exports or OpenCost for the Cost overview.") },
        { icon: "actions", title: qsTr("Action providers"), text: qsTr("Golden-path templates and self-service actions, run from the Actions page.") },
        { icon: "docs", title: qsTr("Docs providers"), text: qsTr("Documentation from other sites, shown in the docs reader.") },
        { icon: "dashboard", title: qsTr("Panels"), text: qsTr("Dashboard widgets, entity tabs and whole pages carried inside a plugin.") }
    ]

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
                iconName: "plugins"
                title: qsTr("No plugins installed")
                text: qsTr("Capabilities come as signed plugins, installed by the teams that own them. Each plugin's state and errors will be listed here, with install, upgrade, disable and remove.")
            }

            SectionHeader {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingL
                text: qsTr("What plugins can add")
            }

            GridLayout {
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spacingXl
                columns: width > 820 ? 3 : 2
                columnSpacing: Theme.spacingM
                rowSpacing: Theme.spacingM

                Repeater {
                    model: root.capabilities
                    delegate: Rectangle {
                        id: tile

                        required property var modelData

                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        implicitHeight: tileColumn.implicitHeight + 2 * Theme.spacingL
                        radius: Theme.radiusL
                        color: Theme.card
                        border.color: Theme.border
                        Accessible.role: Accessible.StaticText
                        Accessible.name: tile.modelData.title
                        Accessible.description: tile.modelData.text

                        ColumnLayout {
                            id: tileColumn
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.top: parent.top
                            anchors.margins: Theme.spacingL
                            spacing: Theme.spacingS
                            RowLayout {
                                spacing: Theme.spacingS
                                Icon {
                                    name: tile.modelData.icon
                                    color: Theme.accent
                                }
                                Label {
                                    text: tile.modelData.title
                                    color: Theme.text
                                    font.weight: Font.DemiBold
                                }
                            }
                            Label {
                                Layout.fillWidth: true
                                text: tile.modelData.text
                                wrapMode: Text.Wrap
                                color: Theme.muted
                                font.pointSize: Theme.fontSizeSmall
                            }
                        }
                    }
                }
            }
        }
    }
}
