import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Core

// Adds or edits a connection: the plugin, id, title and base URL, the plugin's own settings
// (generated from its connectionSchema) and the secret, checked as the user types. Saving writes
// the connection, then stores a typed secret in the keychain (or, when there is no keychain and the
// user asks for it, in memory for this session) and waits for the answer.
AppDialog {
    id: root

    objectName: "connectionDialog"
    preferredWidth: 640

    // The id the connection had when the dialog opened ("" for a new one).
    property string originalId
    property string pluginId
    property string connectionIdText
    property string titleText
    property string baseUrl
    property var settings: ({})
    property string secret
    property string secretState
    property bool sessionOnly: false
    // Fields the user has edited: their errors show; all errors show after a save attempt.
    property var touched: ({})
    property bool attempted: false
    property var errors: ({})
    property bool valid: false
    property string message
    // Waiting for secretStored on this connection.
    property string pendingSecretFor

    readonly property var plugin: App.connections.pluginChoices.find(p => p.id === root.pluginId) ?? null
    readonly property string credentialTitle: root.plugin ? (root.plugin.credentialTitle ?? "") : ""
    readonly property var fields: root.pluginId.length > 0 ? App.connections.fieldsFor(root.pluginId) : []
    readonly property bool keychainUnavailable: App.connections.keychainState === "unavailable"

    function openNew() {
        const choices = App.connections.pluginChoices;
        root.originalId = "";
        root.reset(choices.length > 0 ? choices[0].id : "", "", "", "", ({}), "");
        root.applyDefaults();
        root.open();
    }

    function openEdit(connection: var) {
        root.originalId = connection.id;
        root.reset(connection.pluginId, connection.id, connection.title, connection.baseUrl,
                   Object.assign({}, connection.settings ?? {}), connection.secretState ?? "");
        root.open();
    }

    function reset(pluginId: string, id: string, title: string, baseUrl: string, settings: var, secretState: string) {
        root.pluginId = pluginId;
        root.connectionIdText = id;
        root.titleText = title;
        root.baseUrl = baseUrl;
        root.settings = settings;
        root.secret = "";
        root.secretState = secretState;
        root.sessionOnly = secretState === "session";
        root.touched = ({});
        root.attempted = false;
        root.message = "";
        root.pendingSecretFor = "";
        root.validate();
    }

    // A new connection starts with the schema's defaults.
    function applyDefaults() {
        const settings = {};
        for (const field of root.fields) {
            if (field.default !== undefined)
                settings[field.name] = field.default;
        }
        root.settings = settings;
        root.validate();
    }

    function connection(): var {
        const settings = {};
        for (const name in root.settings) {
            if (root.settings[name] !== undefined)
                settings[name] = root.settings[name];
        }
        return { id: root.connectionIdText, pluginId: root.pluginId, title: root.titleText, baseUrl: root.baseUrl, settings: settings };
    }

    function validate() {
        const result = App.connections.validate(root.connection(), root.originalId);
        root.errors = result.errors ?? {};
        root.valid = result.ok === true;
    }

    function edit(name: string, value: var) {
        const touched = Object.assign({}, root.touched);
        touched[name] = true;
        root.touched = touched;
        switch (name) {
        case "id": root.connectionIdText = value ?? ""; break;
        case "title": root.titleText = value ?? ""; break;
        case "baseUrl": root.baseUrl = value ?? ""; break;
        default: {
            const settings = Object.assign({}, root.settings);
            settings[name] = value;
            root.settings = settings;
        }
        }
        root.validate();
    }

    function errorFor(name: string): string {
        return (root.attempted || root.touched[name] === true) ? (root.errors[name] ?? "") : "";
    }

    function save() {
        root.attempted = true;
        root.validate();
        if (!root.valid || root.pendingSecretFor.length > 0)
            return;
        const result = App.connections.save(root.connection(), root.originalId);
        if (!result.ok) {
            root.errors = result.errors ?? root.errors;
            root.message = result.message ?? "";
            return;
        }
        const id = root.connectionIdText;
        root.originalId = id;
        if (root.credentialTitle.length > 0 && root.secret.length > 0) {
            root.message = root.sessionOnly ? "" : qsTr("Saved. Storing the secret in the keychain…");
            root.pendingSecretFor = id;
            if (root.sessionOnly)
                App.connections.setSessionSecret(id, root.secret);
            else
                App.connections.setSecret(id, root.secret);
            return;
        }
        Navigator.toast("success", qsTr("Connection “%1” saved").arg(root.titleText || id), result.message ?? "");
        root.close();
    }

    Connections {
        target: App.connections
        function onSecretStored(connectionId: string, ok: bool, message: string) {
            if (connectionId !== root.pendingSecretFor)
                return;
            root.pendingSecretFor = "";
            if (ok) {
                root.secret = "";
                Navigator.toast("success", qsTr("Connection “%1” saved").arg(root.titleText || connectionId),
                                message.length > 0 ? message : qsTr("The secret is stored."));
                root.close();
            } else {
                // The connection is saved; the secret is not. Stay open so it can be tried again.
                root.message = qsTr("The connection is saved, but its secret was not stored: %1").arg(message);
            }
        }
    }

    onOpened: Qt.callLater(() => (root.originalId.length > 0 ? titleField : pluginBox.enabled ? pluginBox : idField).control.forceActiveFocus(Qt.PopupFocusReason))

    title: root.originalId.length > 0 ? qsTr("Edit connection") : qsTr("Add connection")
    subtitle: App.connections.savesToWorkspace ? qsTr("Saved in the workspace's atrium.yaml; the secret goes to the system keychain.")
                                               : qsTr("Kept on this device (the workspace is read-only); the secret goes to the system keychain.")

    // The plugin (fixed once the connection exists: another plugin means other settings).
    ColumnLayout {
        id: pluginBox
        readonly property Item control: pluginCombo
        Layout.fillWidth: true
        spacing: 3
        enabled: root.originalId.length === 0

        Label {
            text: qsTr("Plugin")
            color: Theme.text
            font.weight: Font.Medium
        }
        ChoiceBox {
            id: pluginCombo
            objectName: "connectionPlugin"
            Layout.fillWidth: true
            model: App.connections.pluginChoices
            textRole: "name"
            valueRole: "id"
            currentIndex: App.connections.pluginChoices.findIndex(p => p.id === root.pluginId)
            displayText: currentIndex < 0 ? (root.pluginId.length > 0 ? root.pluginId : qsTr("Choose a plugin…")) : currentText
            Accessible.name: qsTr("Plugin")
            onActivated: index => {
                root.pluginId = App.connections.pluginChoices[index].id;
                root.applyDefaults();
            }
        }
    }

    ConnectionField {
        id: idField
        objectName: "connectionId"
        field: ({ name: "id", title: qsTr("ID"), type: "string", required: true,
                  description: qsTr("Lower-case letters, digits and dashes; unique in the workspace.") })
        value: root.connectionIdText
        error: root.errorFor("id")
        onEdited: value => root.edit("id", value)
        onSubmitted: root.save()
    }
    ConnectionField {
        id: titleField
        objectName: "connectionTitle"
        field: ({ name: "title", title: qsTr("Title"), type: "string", description: qsTr("What the connection is called in Atrium.") })
        value: root.titleText
        error: root.errorFor("title")
        onEdited: value => root.edit("title", value)
        onSubmitted: root.save()
    }
    ConnectionField {
        objectName: "connectionBaseUrl"
        field: ({ name: "baseUrl", title: qsTr("Base URL"), type: "string", format: "uri", required: true,
                  description: qsTr("Where the service answers; the plugin may call this host.") })
        value: root.baseUrl
        error: root.errorFor("baseUrl")
        onEdited: value => root.edit("baseUrl", value)
        onSubmitted: root.save()
    }

    SectionHeader {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingS
        visible: root.fields.length > 0
        text: qsTr("Settings of %1").arg(root.plugin ? root.plugin.name : root.pluginId)
    }
    Repeater {
        model: root.fields
        delegate: ConnectionField {
            id: settingField
            required property var modelData
            field: settingField.modelData
            value: root.settings[settingField.modelData.name]
            error: root.errorFor(settingField.modelData.name)
            onEdited: value => root.edit(settingField.modelData.name, value)
            onSubmitted: root.save()
        }
    }

    // The secret.
    SectionHeader {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingS
        visible: root.credentialTitle.length > 0
        text: qsTr("Secret")
    }
    ConnectionField {
        objectName: "connectionSecret"
        visible: root.credentialTitle.length > 0
        password: true
        field: ({ name: "secret", title: root.credentialTitle, type: "string",
                  description: root.originalId.length > 0 ? qsTr("Leave empty to keep the current secret.") : "" })
        value: root.secret
        placeholder: root.secretState === "stored" ? qsTr("Stored in the keychain; type to replace it")
                   : root.secretState === "session" ? qsTr("Kept for this session; type to replace it") : ""
        onEdited: value => { root.secret = value ?? ""; }
        onSubmitted: root.save()
    }
    Banner {
        Layout.fillWidth: true
        visible: root.credentialTitle.length > 0 && root.keychainUnavailable
        level: "warning"
        text: App.connections.keychainMessage
    }
    CheckBox {
        id: sessionBox
        Layout.fillWidth: true
        visible: root.credentialTitle.length > 0 && root.keychainUnavailable
        checked: root.sessionOnly
        text: qsTr("Keep the secret for this session only (in memory, forgotten when Atrium quits)")
        Accessible.name: text
        Keys.onReturnPressed: { sessionBox.toggle(); sessionBox.toggled(); }
        Keys.onEnterPressed: { sessionBox.toggle(); sessionBox.toggled(); }
        onToggled: root.sessionOnly = sessionBox.checked
        contentItem: Label {
            leftPadding: sessionBox.indicator.width + sessionBox.spacing
            text: sessionBox.text
            wrapMode: Text.Wrap
            color: Theme.text
            verticalAlignment: Text.AlignVCenter
        }
    }

    Banner {
        objectName: "connectionMessage"
        Layout.fillWidth: true
        visible: root.message.length > 0
        level: root.pendingSecretFor.length > 0 ? "info" : "error"
        text: root.message
    }

    footerText: root.attempted && !root.valid ? qsTr("Correct the marked fields to save.") : ""
    buttons: [
        ActionButton {
            text: qsTr("Cancel")
            onClicked: root.close()
        },
        ActionButton {
            objectName: "connectionSave"
            primary: true
            text: root.pendingSecretFor.length > 0 ? qsTr("Saving…") : qsTr("Save")
            enabled: root.pendingSecretFor.length === 0 && !(root.attempted && !root.valid)
            onClicked: root.save()
        }
    ]
}
