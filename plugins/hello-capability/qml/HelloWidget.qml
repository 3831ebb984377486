// The dashboard widget: GET api/hello on this widget's connection and show the message and the
// number of services. The host sets `atrium` (see <atrium/sdk/plugin.h>) right after creating the
// item; everything here waits for it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Pane {
    id: root

    // Set by the host: connectionId, connections, dark, request(), notify(), openUrl(), openEntity().
    property var atrium: null

    property string phase: "empty"   // "empty" (no connection), "loading", "error", "ready"
    property string errorText: ""
    property string message: ""
    property int services: 0

    implicitWidth: 320
    implicitHeight: content.implicitHeight + topPadding + bottomPadding
    padding: 12
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Hello widget")

    function load() {
        if (!atrium || !atrium.connectionId) {
            phase = "empty";
            return;
        }
        phase = "loading";
        // The host's client adds the token, keeps to the declared hosts, retries and times out.
        atrium.request("GET", "api/hello", null, function (response) {
            if (response.ok && response.json && typeof response.json.message === "string") {
                message = response.json.message;
                services = response.json.services || 0;
                phase = "ready";
                return;
            }
            if (response.ok)
                errorText = qsTr("The server's answer is not what the widget expects.");
            else if (response.status === 401 || response.status === 403)
                errorText = qsTr("The server refused the token. Store a valid token for this connection in Settings.");
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
        id: content
        anchors.fill: parent
        spacing: 8

        HelloStatus {
            phase: root.phase
            errorText: root.errorText
            dark: root.atrium ? root.atrium.dark : false
            retryName: qsTr("Retry loading the greeting")
            Layout.fillWidth: true
            onRetry: root.load()
        }

        Label {
            visible: root.phase === "ready"
            text: root.message
            font.pixelSize: 18
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.name: qsTr("Message: %1").arg(text)
        }
        Label {
            visible: root.phase === "ready"
            text: qsTr("Services: %1").arg(root.services)
            Accessible.name: text
        }
        Button {
            visible: root.phase === "ready"
            text: qsTr("Refresh")
            flat: true
            focusPolicy: Qt.StrongFocus
            Accessible.name: qsTr("Refresh the greeting")
            onClicked: root.load()
        }
    }
}
