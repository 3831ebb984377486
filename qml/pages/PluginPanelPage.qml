import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Core

// A page carried by a plugin (an entry of App.plugins.pagePanels), shown full-page on top of the
// Plugins page. When the plugin has several connections a selector picks the one the page uses.
FocusScope {
    id: root

    objectName: "pluginPanelPage"

    property var panel: ({})
    readonly property string title: root.panel.title ?? ""
    // The panel goes away with its plugin (disabled or removed while the page is open).
    readonly property bool available: App.plugins.pagePanels.some(p => p.key === root.panel.key)
    readonly property var connections: {
        App.connections.connections; // re-read when connections change
        return App.plugins.connectionsOf(root.panel.pluginId ?? "");
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: headerRow.implicitHeight + 2 * Theme.spacingM
            color: Theme.surface

            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.border
            }

            RowLayout {
                id: headerRow
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingXl
                anchors.rightMargin: Theme.spacingXl
                spacing: Theme.spacingM

                Icon {
                    name: "plugins"
                    color: Theme.muted
                }
                Label {
                    text: root.title
                    color: Theme.text
                    font.pointSize: Theme.fontSizeLarge
                    font.weight: Font.DemiBold
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("from %1").arg(root.panel.pluginName ?? "")
                    color: Theme.muted
                    elide: Text.ElideRight
                }
                Label {
                    visible: connectionBox.visible
                    text: qsTr("Connection")
                    color: Theme.muted
                }
                ChoiceBox {
                    id: connectionBox
                    visible: root.connections.length > 1
                    Layout.preferredWidth: 240
                    model: root.connections
                    textRole: "title"
                    valueRole: "id"
                    Accessible.name: qsTr("Connection used by this page")
                }
            }
        }

        PluginPanel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.available
            active: root.available
            panel: root.panel
            connectionId: root.connections.length === 0 ? "" : (connectionBox.currentValue ?? root.connections[0].id)
        }

        EmptyState {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !root.available
            iconName: "plugins"
            tone: Theme.warning
            title: qsTr("This plugin page is no longer available")
            text: qsTr("%1 was disabled or removed.").arg(root.panel.pluginName ?? "")
            actionText: qsTr("Go back")
            onActionTriggered: Navigator.back()
        }
    }
}
