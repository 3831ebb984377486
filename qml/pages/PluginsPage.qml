import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Atrium
import Atrium.Core

// Capability plugins, installed by the teams that own each capability: each plugin's state and
// error in full, enable, remove and its pages; "Install plugin…" or a .atrium-plugin file dropped
// on the page checks the package and installs it. With no plugin it explains what plugins bring.
// No `pragma ComponentBehavior: Bound`: the page is created by a StackView.
FocusScope {
    id: root

    readonly property string title: qsTr("Plugins")
    readonly property int pluginCount: App.plugins ? App.plugins.model.count : 0

    readonly property var capabilities: [
        { icon: "catalog", title: qsTr("Catalog providers"), text: qsTr("Entities from Backstage, cloud inventories or other sources, next to the local catalog.") },
        { icon: "status", title: qsTr("Status providers"), text: qsTr("Health from Prometheus and Alertmanager for the Platform status card and entity pages.") },
        { icon: "cost", title: qsTr("Cost providers"), text: qsTr("Spend from FinOps FOCUS exports or OpenCost for the Cost overview.") },
        { icon: "actions", title: qsTr("Action providers"), text: qsTr("Golden-path templates and self-service actions, run from the Actions page.") },
        { icon: "docs", title: qsTr("Docs providers"), text: qsTr("Documentation from other sites, shown in the docs reader.") },
        { icon: "dashboard", title: qsTr("Panels"), text: qsTr("Dashboard widgets, entity tabs and whole pages carried inside a plugin.") }
    ]

    function focusDefault() {
        installButton.forceActiveFocus(Qt.OtherFocusReason);
    }

    function isPackage(url: url): bool {
        return url.toString().toLowerCase().endsWith(".atrium-plugin");
    }

    // Keeps the focused control in view when Tab moves through the list.
    function reveal(item: Item) {
        const flick = scroll.contentItem as Flickable;
        if (!item || !flick || !root.visible)
            return;
        let parent = item.parent;
        while (parent && parent !== flick.contentItem)
            parent = parent.parent;
        if (!parent)
            return;
        const pos = item.mapToItem(flick.contentItem, 0, 0);
        if (pos.y < flick.contentY)
            flick.contentY = Math.max(0, pos.y - Theme.spacingL);
        else if (pos.y + item.height > flick.contentY + flick.height)
            flick.contentY = Math.min(flick.contentHeight - flick.height, pos.y + item.height - flick.height + Theme.spacingL);
    }

    Connections {
        target: root.Window.window
        function onActiveFocusItemChanged() { root.reveal(root.Window.activeFocusItem); }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            x: Math.max(Theme.spacingXl, (scroll.availableWidth - width) / 2)
            width: Math.min(scroll.availableWidth - 2 * Theme.spacingXl, 960)
            spacing: Theme.spacingL

            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingXl
                spacing: Theme.spacingM

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        text: qsTr("Plugins")
                        color: Theme.text
                        font.pointSize: Theme.fontSizeHeading
                        font.weight: Font.DemiBold
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Label {
                        Layout.fillWidth: true
                        text: root.pluginCount > 0
                              ? qsTr("%1 installed, %2 loaded. Drop a .atrium-plugin file here to install it.").arg(root.pluginCount).arg(App.plugins.loadedCount)
                              : qsTr("Drop a .atrium-plugin file here, or choose one, to install it.")
                        wrapMode: Text.Wrap
                        color: Theme.muted
                    }
                }
                ActionButton {
                    id: installButton
                    objectName: "installPluginButton"
                    Layout.alignment: Qt.AlignTop
                    primary: true
                    focus: true
                    text: qsTr("Install plugin…")
                    Accessible.name: qsTr("Install a plugin from a file")
                    onClicked: fileDialog.open()
                }
            }

            Banner {
                objectName: "safeModeBanner"
                Layout.fillWidth: true
                visible: App.plugins !== null && App.plugins.safeMode
                level: "warning"
                text: qsTr("Started in safe mode: third-party plugins are not loaded. Start Atrium without --safe-mode to load them.")
            }
            Banner {
                objectName: "policyErrorBanner"
                Layout.fillWidth: true
                visible: App.plugins !== null && App.plugins.policyError.length > 0
                level: "error"
                text: App.plugins ? qsTr("The plugin policy could not be read, so no key is trusted: %1").arg(App.plugins.policyError) : ""
            }

            Repeater {
                model: App.plugins ? App.plugins.model : null
                delegate: PluginDelegate {
                    onRemoveRequested: (pluginId, name) => removeDialog.ask(pluginId, name)
                }
            }

            EmptyState {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingXl
                visible: root.pluginCount === 0
                iconName: "plugins"
                title: qsTr("No plugins installed")
                text: qsTr("Capabilities come as signed plugins, installed by the teams that own them. Install one from a .atrium-plugin file; its state and errors are then listed here, with upgrade, disable and remove.")
            }

            SectionHeader {
                Layout.fillWidth: true
                visible: root.pluginCount === 0
                Layout.topMargin: Theme.spacingL
                text: qsTr("What plugins can add")
            }

            GridLayout {
                Layout.fillWidth: true
                visible: root.pluginCount === 0
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

            Item {
                Layout.preferredHeight: Theme.spacingL
            }
        }
    }

    // A package dragged over the page: the whole page is the drop target.
    DropArea {
        id: dropArea
        anchors.fill: parent
        keys: ["text/uri-list"]
        onEntered: drag => {
            drag.accepted = drag.hasUrls && drag.urls.some(u => root.isPackage(u));
        }
        onDropped: drop => {
            const url = drop.urls.find(u => root.isPackage(u));
            if (url) {
                drop.acceptProposedAction();
                installDialog.inspect(url);
            }
        }

        Rectangle {
            anchors.fill: parent
            anchors.margins: Theme.spacingM
            visible: dropArea.containsDrag
            radius: Theme.radiusL
            color: Theme.tint(Theme.accent, 0.08)
            border.color: Theme.accent
            border.width: 2

            EmptyState {
                anchors.centerIn: parent
                width: parent.width
                iconName: "plugins"
                title: qsTr("Drop to install the plugin")
                text: qsTr("Atrium checks the package's signature and contents before anything is installed.")
            }
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Install a plugin")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Atrium plugin (*.atrium-plugin)"), qsTr("All files (*)")]
        onAccepted: installDialog.inspect(fileDialog.selectedFile)
    }

    InstallDialog {
        id: installDialog
        onClosed: installButton.forceActiveFocus(Qt.OtherFocusReason)
    }

    ConfirmDialog {
        id: removeDialog

        property string pluginId
        property string name

        function ask(pluginId: string, name: string) {
            removeDialog.pluginId = pluginId;
            removeDialog.name = name;
            removeDialog.open();
        }

        objectName: "removePluginDialog"
        title: qsTr("Remove %1?").arg(removeDialog.name)
        text: qsTr("The plugin is unloaded and its files are deleted from this device. Its connections stay in the workspace. You can install it again from its package.")
        confirmText: qsTr("Remove")
        destructive: true
        onConfirmed: {
            const result = App.plugins.remove(removeDialog.pluginId);
            if (result.ok)
                Navigator.toast("success", qsTr("%1 was removed").arg(removeDialog.name), result.message ?? "");
            else
                Navigator.toast("error", qsTr("%1 was not removed").arg(removeDialog.name), result.message ?? "");
        }
        onClosed: installButton.forceActiveFocus(Qt.OtherFocusReason)
    }
}
