// The entity tab (components and APIs): GET api/hello/entities/<url-encoded entity ref> on the
// connection and show what the server knows about the entity.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Pane {
    id: root

    // Set by the host: connectionId, entityRef, dark, request(), openUrl(), ...
    property var atrium: null

    property string phase: "empty"   // "empty", "loading", "error", "ready"
    property string errorText: ""
    property var entity: null         // the answer, parsed
    property string rawBody: ""       // the answer as text, for answers that are not JSON

    padding: 12
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Hello tab")

    function load() {
        if (!atrium || !atrium.connectionId) {
            phase = "empty";
            return;
        }
        phase = "loading";
        const path = "api/hello/entities/" + encodeURIComponent(atrium.entityRef);
        atrium.request("GET", path, null, function (response) {
            if (response.ok) {
                entity = response.json;
                rawBody = response.body;
                phase = "ready";
                return;
            }
            if (response.status === 404)
                errorText = qsTr("The server knows nothing about %1.").arg(atrium.entityRef);
            else
                errorText = response.error || qsTr("The server answered HTTP %1.").arg(response.status);
            phase = "error";
        });
    }

    onAtriumChanged: load()
    Component.onCompleted: load()
    // A token stored (or forgotten) in Settings: ask again with it.
    Connections {
        target: root.atrium
        ignoreUnknownSignals: true
        function onCredentialsChanged() { root.load(); }
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 8

        Label {
            text: root.atrium ? qsTr("Hello for %1").arg(root.atrium.entityRef) : qsTr("Hello")
            font.bold: true
            elide: Text.ElideRight
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        HelloStatus {
            phase: root.phase
            errorText: root.errorText
            dark: root.atrium ? root.atrium.dark : false
            retryName: qsTr("Retry loading the entity")
            Layout.fillWidth: true
            onRetry: root.load()
        }

        Label {
            visible: root.phase === "ready" && root.entity !== null && root.entity.message !== undefined
            text: visible ? String(root.entity.message) : ""
            font.pixelSize: 16
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.name: qsTr("Message: %1").arg(text)
        }
        TextArea {
            visible: root.phase === "ready"
            readOnly: true
            wrapMode: TextEdit.Wrap
            selectByMouse: true
            font.family: "monospace"
            text: root.entity !== null ? JSON.stringify(root.entity, null, 2) : root.rawBody
            activeFocusOnTab: true
            Layout.fillWidth: true
            Accessible.name: qsTr("The server's answer")
        }
    }
}
