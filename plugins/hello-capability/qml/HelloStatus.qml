// What both panels show while they have no result: no connection, loading, or an error with a
// retry. Files next to each other in the plugin's resources use each other by name, as here.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    id: status

    // "empty", "loading", "error" or "ready" (then nothing is shown)
    property string phase: "empty"
    property string errorText: ""
    property bool dark: false
    // What the retry button does, for screen readers.
    property string retryName: qsTr("Retry")

    signal retry()

    visible: phase !== "ready"
    spacing: 8

    Label {
        visible: status.phase === "empty"
        text: qsTr("No Hello connection is configured. Add one in Settings, Connections.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.name: text
    }

    RowLayout {
        visible: status.phase === "loading"
        spacing: 8
        BusyIndicator {
            running: status.phase === "loading"
            Layout.preferredWidth: 24
            Layout.preferredHeight: 24
            Accessible.name: qsTr("Loading")
        }
        Label {
            text: qsTr("Asking the server…")
            Accessible.name: text
        }
    }

    Label {
        visible: status.phase === "error"
        text: status.errorText
        color: status.dark ? "#ff8a80" : "#b00020"
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
        Accessible.name: qsTr("Error: %1").arg(text)
    }
    Button {
        id: retryButton
        visible: status.phase === "error"
        text: qsTr("Retry")
        focusPolicy: Qt.StrongFocus
        Accessible.name: status.retryName
        onClicked: status.retry()
    }
}
