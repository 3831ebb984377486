import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Core

// One plugin panel (dashboard widget, entity tab or page): loads the plugin's QML and hands its
// root item the `atrium` host object; a panel that cannot be loaded says which plugin and why.
// No `pragma ComponentBehavior: Bound`: the Loader creates components from another module.
Item {
    id: root

    // A map from App.plugins.dashboardPanels / pagePanels / entityTabs(kind).
    property var panel: ({})
    property string connectionId
    property string entityRef
    // Smaller error state for dashboard cards.
    property bool compact: false
    // False until the panel is first shown (entity tabs), or once its plugin is gone.
    property bool active: true
    property bool reloading: false

    readonly property bool failed: loader.status === Loader.Error
    readonly property string pluginName: root.panel.pluginName ?? root.panel.pluginId ?? ""
    property string errorText

    Accessible.role: Accessible.Pane
    Accessible.name: root.panel.title ?? ""

    // Loader does not say why a source failed; the engine's component cache does, without
    // compiling the file again.
    // A new connection needs a new host object: load the panel again.
    onConnectionIdChanged: {
        if (loader.status === Loader.Null)
            return;
        root.reloading = true;
        Qt.callLater(() => { root.reloading = false; });
    }

    function describeError(): string {
        const component = Qt.createComponent(root.panel.source);
        if (component.status === Component.Error)
            return component.errorString().trim();
        return qsTr("The panel's root item could not be created. The application log has the details.");
    }

    Loader {
        id: loader
        anchors.fill: parent
        active: root.active && !root.reloading
        // Plugin QML is created off the critical path: twenty widgets must not hold up the first frame.
        asynchronous: true
        source: root.panel.source ?? ""
        onStatusChanged: {
            if (loader.status === Loader.Error)
                root.errorText = root.describeError();
        }
        onLoaded: {
            const item = loader.item;
            if (item && ("atrium" in item))
                item.atrium = App.plugins.createPanelHost(root.panel.pluginId, root.connectionId, root.entityRef, item);
        }
    }

    BusyIndicator {
        anchors.centerIn: parent
        running: loader.status === Loader.Loading
        visible: running
    }

    ScrollView {
        id: errorScroll
        anchors.fill: parent
        anchors.margins: root.compact ? Theme.spacingM : Theme.spacingXl
        visible: root.failed
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: errorScroll.availableWidth
            spacing: Theme.spacingS

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Icon {
                    Layout.alignment: Qt.AlignTop
                    name: "error"
                    color: Theme.error
                    size: root.compact ? Theme.iconSize : Theme.iconSizeL
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("%1 could not show “%2”").arg(root.pluginName).arg(root.panel.title ?? "")
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.weight: Font.DemiBold
                    font.pointSize: root.compact ? Theme.fontSize : Theme.fontSizeLarge
                }
            }
            Banner {
                Layout.fillWidth: true
                level: "error"
                monospace: true
                text: root.errorText
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Tell the plugin's producer, or disable the plugin on the Plugins page.")
                wrapMode: Text.Wrap
                color: Theme.muted
                font.pointSize: Theme.fontSizeSmall
            }
            ActionButton {
                text: qsTr("Open Plugins")
                Accessible.name: qsTr("Open the Plugins page")
                onClicked: Navigator.openPage("plugins")
            }
        }
    }
}
