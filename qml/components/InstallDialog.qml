import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Core

// Installing a .atrium-plugin package: what it is and who signed it, why it cannot be installed,
// or the key to approve first; then the result. `inspect(url)` checks the file and opens it.
AppDialog {
    id: root

    objectName: "installDialog"
    preferredWidth: 600

    property url file
    // App.plugins.inspectPackage(file): {ok, refusal, reason, id, name, version, producer,
    // fingerprint, signed, needsApproval, canApprove, installedVersion, file}
    property var info: ({})
    // App.plugins.install(file, approve): {ok, message, id}; null until installed.
    property var installResult: null

    readonly property bool needsApproval: root.info.needsApproval === true
    readonly property bool canInstall: root.installResult === null
                                       && (root.needsApproval ? root.info.canApprove === true : root.info.ok === true)
    readonly property string fileName: {
        const path = root.info.file || root.file.toString();
        return decodeURIComponent(path.substring(path.lastIndexOf("/") + 1));
    }
    readonly property string installText: {
        if (root.needsApproval)
            return qsTr("Approve key and install");
        if ((root.info.installedVersion ?? "").length > 0)
            return qsTr("Upgrade from %1").arg(root.info.installedVersion);
        return qsTr("Install");
    }

    function inspect(url: url) {
        root.file = url;
        root.installResult = null;
        root.info = App.plugins.inspectPackage(url);
        root.open();
    }

    function install() {
        if (!root.canInstall)
            return;
        root.installResult = App.plugins.install(root.file, root.needsApproval);
        closeButton.forceActiveFocus(Qt.OtherFocusReason);
    }

    title: {
        if (root.installResult !== null)
            return root.installResult.ok ? qsTr("%1 is installed").arg(root.info.name || root.fileName)
                                  : qsTr("%1 was not installed").arg(root.info.name || root.fileName);
        if (root.needsApproval)
            return qsTr("Approve the producer's key?");
        if (root.info.ok === true)
            return (root.info.installedVersion ?? "").length > 0 ? qsTr("Upgrade %1?").arg(root.info.name)
                                                                : qsTr("Install %1?").arg(root.info.name);
        return qsTr("This package cannot be installed");
    }
    subtitle: root.fileName
    initialFocus: root.canInstall ? installButton : closeButton

    // What the package is (when it could be read that far).
    GridLayout {
        Layout.fillWidth: true
        visible: (root.info.id ?? "").length > 0
        columns: 2
        columnSpacing: Theme.spacingL
        rowSpacing: Theme.spacingXs

        FieldName { text: qsTr("Plugin") }
        FieldValue { text: qsTr("%1 (%2)").arg(root.info.name ?? "").arg(root.info.id ?? "") }
        FieldName { text: qsTr("Version") }
        FieldValue {
            text: (root.info.installedVersion ?? "").length > 0
                  ? qsTr("%1, replacing %2").arg(root.info.version ?? "").arg(root.info.installedVersion)
                  : (root.info.version ?? "")
        }
        FieldName { text: qsTr("Producer") }
        FieldValue { text: root.info.producer ?? "" }
        FieldName { text: qsTr("Signature") }
        FieldValue {
            text: root.info.signed === true ? (root.needsApproval ? qsTr("Signed with a key you have not approved")
                                                                  : qsTr("Signed with a trusted key"))
                                            : qsTr("Not signed")
        }
    }

    // Refused: the reason in full.
    Banner {
        objectName: "installRefusal"
        Layout.fillWidth: true
        visible: root.installResult === null && root.info.ok !== true && !root.needsApproval
        level: "error"
        text: root.info.reason ?? ""
    }

    Banner {
        Layout.fillWidth: true
        visible: root.installResult === null && root.info.ok === true && root.info.signed !== true
        level: "warning"
        text: qsTr("This package is not signed. It can be installed because developer mode is on; install it only if you built it yourself or trust where it came from.")
    }

    // An unknown key: who claims it and its fingerprint, to compare with what the producer published.
    ColumnLayout {
        Layout.fillWidth: true
        visible: root.installResult === null && root.needsApproval
        spacing: Theme.spacingS

        Banner {
            Layout.fillWidth: true
            level: "warning"
            text: root.info.canApprove === true
                  ? qsTr("The package is signed with a key that is not trusted yet. Approve it only if %1 published this fingerprint (ask them if unsure). Plugins signed with this key then install without asking.").arg(root.info.producer ?? "")
                  : qsTr("The package is signed with a key that is not trusted, and your administrator's policy does not allow approving keys here. Ask your administrator to add it. %1").arg(root.info.reason ?? "")
        }
        Label {
            text: qsTr("Key fingerprint (SHA-256)")
            color: Theme.muted
            font.pointSize: Theme.fontSizeSmall
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: fingerprint.implicitHeight + 2 * Theme.spacingM
            radius: Theme.radiusM
            color: Theme.codeBackground
            border.color: Theme.border
            TextEdit {
                id: fingerprint
                objectName: "installFingerprint"
                anchors.fill: parent
                anchors.margins: Theme.spacingM
                text: root.info.fingerprint ?? ""
                readOnly: true
                selectByMouse: true
                activeFocusOnTab: true
                wrapMode: TextEdit.Wrap
                color: Theme.text
                selectionColor: Theme.selection
                selectedTextColor: Theme.text
                font.family: Theme.monoFamily
                font.pointSize: Theme.fontSizeLarge
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Key fingerprint: %1").arg(text)
            }
        }
    }

    // The result of installing.
    Banner {
        objectName: "installResult"
        Layout.fillWidth: true
        visible: root.installResult !== null
        level: root.installResult && root.installResult.ok ? "success" : "error"
        text: root.installResult ? (root.installResult.message ?? "") : ""
    }

    buttons: [
        ActionButton {
            id: closeButton
            text: root.canInstall ? qsTr("Cancel") : qsTr("Close")
            onClicked: root.close()
        },
        ActionButton {
            id: installButton
            objectName: "installButton"
            visible: root.canInstall
            primary: true
            text: root.installText
            onClicked: root.install()
        }
    ]

    component FieldName: Label {
        Layout.alignment: Qt.AlignTop
        color: Theme.muted
    }
    component FieldValue: Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.text
    }
}
