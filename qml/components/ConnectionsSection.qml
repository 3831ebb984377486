import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Core

// Settings → Connections: where plugins reach their services. Each connection with its plugin,
// base URL and secret state, Test, Edit and Remove; problems in atrium.yaml as warnings; what
// happens when the workspace is read-only or no keychain answers.
SettingsGroup {
    id: root

    objectName: "connectionsSection"
    title: qsTr("Connections")

    // Test results by connection id: {running, ok, message}.
    property var tests: ({})
    // The clock the ages of the data follow (a minute's precision is enough).
    property real now: Date.now()
    Timer {
        interval: 30000
        repeat: true
        running: root.visible
        triggeredOnStart: true
        onTriggered: root.now = Date.now()
    }

    function setTest(id: string, result: var) {
        const tests = Object.assign({}, root.tests);
        tests[id] = result;
        root.tests = tests;
    }

    // "1,234 entities · synced 5 minutes ago", the running sync, or why the last one failed.
    function catalogText(sync: var): string {
        if (!sync)
            return "";
        if (sync.syncing)
            return sync.total > 0 ? qsTr("Syncing the catalog: %L1 of %L2 entities").arg(sync.done).arg(sync.total)
                                  : qsTr("Syncing the catalog: %L1 entities").arg(sync.done);
        const age = sync.syncedAt > 0 ? Theme.ageText(sync.syncedAt, root.now) : "";
        if (sync.lastError.length > 0)
            return age.length > 0 ? qsTr("Last sync failed (showing data from %1): %2").arg(age).arg(sync.lastError)
                                  : qsTr("The catalog could not be fetched: %1").arg(sync.lastError);
        return age.length > 0 ? qsTr("%L1 entities · synced %2").arg(sync.entityCount).arg(age)
                              : qsTr("Not synced yet");
    }

    function secretText(connection: var): string {
        switch (connection.secretState) {
        case "stored": return qsTr("%1 in the keychain").arg(connection.credentialTitle);
        case "missing": return qsTr("No %1 yet").arg(connection.credentialTitle);
        case "session": return qsTr("%1 for this session only").arg(connection.credentialTitle);
        case "error": return qsTr("Keychain error");
        default: return qsTr("%1 not checked yet").arg(connection.credentialTitle);
        }
    }
    function secretColor(state: string): color {
        switch (state) {
        case "stored": return Theme.success;
        case "missing": case "session": return Theme.warning;
        case "error": return Theme.error;
        default: return Theme.muted;
        }
    }

    Component.onCompleted: App.connections.probeKeychain()

    Connections {
        target: App.connections
        function onTestFinished(connectionId: string, ok: bool, message: string) {
            root.setTest(connectionId, { running: false, ok: ok, message: message });
        }
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Plugins reach their services through connections: a base URL, the plugin's settings and a secret kept in the system keychain.")
        wrapMode: Text.Wrap
        color: Theme.muted
    }

    Banner {
        objectName: "connectionsReadOnly"
        Layout.fillWidth: true
        visible: !App.connections.savesToWorkspace
        level: "info"
        text: qsTr("The workspace is read-only, so connections are kept on this device instead of in its atrium.yaml.")
    }
    Banner {
        objectName: "keychainUnavailable"
        Layout.fillWidth: true
        visible: App.connections.keychainState === "unavailable"
        level: "warning"
        text: App.connections.keychainMessage.length > 0 ? App.connections.keychainMessage
                                                        : qsTr("No keychain answered, so secrets cannot be stored.")
    }
    Repeater {
        model: App.connections.problems
        delegate: Banner {
            required property string modelData
            Layout.fillWidth: true
            level: "warning"
            monospace: true
            text: modelData
        }
    }

    Label {
        Layout.fillWidth: true
        visible: App.connections.connections.length === 0
        text: App.connections.pluginChoices.length > 0 ? qsTr("No connections yet.")
                                                       : qsTr("No connections yet. Install a plugin that needs one first.")
        color: Theme.faint
    }

    Repeater {
        model: App.connections.connections
        delegate: Rectangle {
            id: connectionRow

            required property var modelData
            readonly property var test: root.tests[connectionRow.modelData.id] ?? null

            objectName: "connection_" + connectionRow.modelData.id
            Layout.fillWidth: true
            implicitHeight: rowColumn.implicitHeight + 2 * Theme.spacingM
            radius: Theme.radiusM
            color: Theme.surfaceAlt
            border.color: Theme.border
            Accessible.role: Accessible.Grouping
            Accessible.name: qsTr("Connection %1").arg(connectionRow.modelData.title || connectionRow.modelData.id)

            ColumnLayout {
                id: rowColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.spacingM
                spacing: Theme.spacingXs

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS

                    ColumnLayout {
                        // Whatever the buttons leave: long titles and ids elide, the buttons stay.
                        Layout.fillWidth: true
                        Layout.preferredWidth: 0
                        spacing: 2
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacingS
                            TextMetrics {
                                id: titleMetrics
                                font: titleLabel.font
                                text: titleLabel.text
                            }
                            Label {
                                id: titleLabel
                                // As wide as the title, eliding only when the row has no room.
                                Layout.fillWidth: true
                                Layout.preferredWidth: Math.ceil(titleMetrics.advanceWidth) + 1
                                Layout.maximumWidth: Math.ceil(titleMetrics.advanceWidth) + 1
                                text: connectionRow.modelData.title || connectionRow.modelData.id
                                elide: Text.ElideRight
                                color: Theme.text
                                font.weight: Font.DemiBold
                            }
                            TextMetrics {
                                id: idMetrics
                                font: idLabel.font
                                text: idLabel.text
                            }
                            Label {
                                id: idLabel
                                Layout.fillWidth: true
                                Layout.preferredWidth: Math.ceil(idMetrics.advanceWidth) + 1
                                Layout.maximumWidth: Math.ceil(idMetrics.advanceWidth) + 1
                                text: connectionRow.modelData.id
                                elide: Text.ElideMiddle
                                color: Theme.faint
                                font.family: Theme.monoFamily
                                font.pointSize: Theme.fontSizeSmall
                            }
                            Item {
                                Layout.fillWidth: true
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            text: connectionRow.modelData.pluginLoaded
                                  ? qsTr("%1 · %2").arg(connectionRow.modelData.pluginName).arg(connectionRow.modelData.baseUrl)
                                  : qsTr("%1 (not loaded) · %2").arg(connectionRow.modelData.pluginName || connectionRow.modelData.pluginId).arg(connectionRow.modelData.baseUrl)
                            elide: Text.ElideMiddle
                            color: Theme.muted
                            font.pointSize: Theme.fontSizeSmall
                        }
                    }
                    Pill {
                        visible: (connectionRow.modelData.credentialTitle ?? "").length > 0
                        text: root.secretText(connectionRow.modelData)
                        tone: root.secretColor(connectionRow.modelData.secretState)
                    }
                    ActionButton {
                        text: qsTr("Test")
                        enabled: connectionRow.modelData.pluginLoaded && !(connectionRow.test && connectionRow.test.running)
                        Accessible.name: qsTr("Test connection %1").arg(connectionRow.modelData.title || connectionRow.modelData.id)
                        onClicked: {
                            root.setTest(connectionRow.modelData.id, { running: true, ok: false, message: "" });
                            App.connections.test(connectionRow.modelData.id);
                        }
                    }
                    ActionButton {
                        text: qsTr("Edit…")
                        Accessible.name: qsTr("Edit connection %1").arg(connectionRow.modelData.title || connectionRow.modelData.id)
                        onClicked: connectionDialog.openEdit(connectionRow.modelData)
                    }
                    ActionButton {
                        text: qsTr("Remove…")
                        Accessible.name: qsTr("Remove connection %1").arg(connectionRow.modelData.title || connectionRow.modelData.id)
                        onClicked: removeDialog.ask(connectionRow.modelData)
                    }
                }

                // The connection's remote catalog: age and size, or the running sync with Cancel.
                RowLayout {
                    id: catalogRow
                    readonly property var sync: App.connections.catalogSyncs[connectionRow.modelData.id] ?? null
                    objectName: "catalogSync_" + connectionRow.modelData.id
                    Layout.fillWidth: true
                    visible: catalogRow.sync !== null
                    spacing: Theme.spacingS
                    Icon {
                        name: "catalog"
                        size: Theme.iconSize
                        color: catalogRow.sync && catalogRow.sync.lastError.length > 0 ? Theme.warning : Theme.muted
                    }
                    ProgressBar {
                        objectName: "catalogSyncProgress"
                        Layout.preferredWidth: 160
                        visible: catalogRow.sync !== null && catalogRow.sync.syncing
                        from: 0
                        to: catalogRow.sync && catalogRow.sync.total > 0 ? catalogRow.sync.total : 1
                        value: catalogRow.sync ? catalogRow.sync.done : 0
                        indeterminate: !catalogRow.sync || catalogRow.sync.total <= 0
                        Accessible.name: qsTr("Catalog sync progress")
                    }
                    Label {
                        objectName: "catalogSyncText"
                        Layout.fillWidth: true
                        text: root.catalogText(catalogRow.sync)
                        elide: Text.ElideRight
                        color: catalogRow.sync && catalogRow.sync.lastError.length > 0 && !catalogRow.sync.syncing ? Theme.warning : Theme.muted
                        font.pointSize: Theme.fontSizeSmall
                        ToolTip.visible: catalogHover.hovered && catalogRow.sync !== null && catalogRow.sync.lastError.length > 0
                        ToolTip.text: catalogRow.sync ? catalogRow.sync.lastError : ""
                        HoverHandler {
                            id: catalogHover
                        }
                    }
                    // The server refused the secret: ask for it again (the dialog stores it, a sync follows).
                    ActionButton {
                        objectName: "catalogCredentialButton"
                        visible: catalogRow.sync !== null && !catalogRow.sync.syncing && catalogRow.sync.credentialRefused
                        primary: true
                        text: qsTr("Enter %1…").arg(connectionRow.modelData.credentialTitle || qsTr("secret"))
                        Accessible.name: qsTr("Enter a new %1 for %2").arg(connectionRow.modelData.credentialTitle || qsTr("secret"))
                                                                        .arg(connectionRow.modelData.title || connectionRow.modelData.id)
                        onClicked: connectionDialog.openEdit(connectionRow.modelData)
                    }
                    ActionButton {
                        objectName: "catalogSyncButton"
                        text: catalogRow.sync && catalogRow.sync.syncing ? qsTr("Cancel") : qsTr("Sync now")
                        Accessible.name: catalogRow.sync && catalogRow.sync.syncing
                                         ? qsTr("Cancel the catalog sync of %1").arg(connectionRow.modelData.title || connectionRow.modelData.id)
                                         : qsTr("Sync the catalog of %1 now").arg(connectionRow.modelData.title || connectionRow.modelData.id)
                        onClicked: {
                            if (catalogRow.sync && catalogRow.sync.syncing)
                                App.connections.cancelCatalogSync(connectionRow.modelData.id);
                            else
                                App.connections.syncCatalog(connectionRow.modelData.id);
                        }
                    }
                }

                RowLayout {
                    Layout.fillWidth: true
                    visible: connectionRow.test !== null && connectionRow.test.running
                    spacing: Theme.spacingS
                    BusyIndicator {
                        running: parent.visible
                        Layout.preferredWidth: 16
                        Layout.preferredHeight: 16
                        padding: 0
                    }
                    Label {
                        text: qsTr("Testing…")
                        color: Theme.muted
                    }
                }
                Banner {
                    Layout.fillWidth: true
                    visible: connectionRow.test !== null && !connectionRow.test.running
                    level: connectionRow.test && connectionRow.test.ok ? "success" : "error"
                    text: !connectionRow.test || connectionRow.test.running ? ""
                          : connectionRow.test.ok ? (connectionRow.test.message.length > 0 ? qsTr("Connection works: %1").arg(connectionRow.test.message) : qsTr("Connection works."))
                                                  : qsTr("Connection failed: %1").arg(connectionRow.test.message)
                }
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        ActionButton {
            objectName: "addConnection"
            text: qsTr("Add connection…")
            enabled: App.connections.pluginChoices.length > 0
            onClicked: connectionDialog.openNew()
        }
        Label {
            Layout.fillWidth: true
            visible: App.connections.pluginChoices.length === 0
            text: qsTr("No installed plugin takes connections.")
            wrapMode: Text.Wrap
            color: Theme.faint
            font.pointSize: Theme.fontSizeSmall
        }
    }

    ConnectionDialog {
        id: connectionDialog
    }

    ConfirmDialog {
        id: removeDialog

        property var connection: ({})

        function ask(connection: var) {
            removeDialog.connection = connection;
            removeDialog.open();
        }

        objectName: "removeConnectionDialog"
        title: qsTr("Remove the connection “%1”?").arg(removeDialog.connection.title || removeDialog.connection.id || "")
        text: {
            const where = App.connections.savesToWorkspace ? qsTr("It is removed from the workspace's atrium.yaml.")
                                                           : qsTr("It is removed from this device's settings.");
            if ((removeDialog.connection.credentialTitle ?? "").length > 0)
                return where + " " + qsTr("Its secret (%1) is deleted from the keychain.").arg(removeDialog.connection.credentialTitle);
            return where;
        }
        confirmText: qsTr("Remove")
        destructive: true
        onConfirmed: {
            const result = App.connections.remove(removeDialog.connection.id);
            if (!result.ok)
                Navigator.toast("error", qsTr("The connection was not removed"), result.message ?? "");
        }
    }
}
