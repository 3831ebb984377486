import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Core

// One plugin on the Plugins page: what it is, who makes it, its state and error in full, what it
// may call, and the enable switch, its pages and Remove.
Rectangle {
    id: row

    // The row of App.plugins.model (roles by name: model.name, model.stateText...).
    required property var model
    required property int index

    readonly property string pluginId: row.model.pluginId
    readonly property string pluginState: row.model.state
    readonly property string errorText: row.model.error ?? ""
    readonly property var pages: App.plugins.pagePanels.filter(p => p.pluginId === row.pluginId)

    signal removeRequested(string pluginId, string name)

    Layout.fillWidth: true
    implicitHeight: content.implicitHeight + 2 * Theme.spacingL
    radius: Theme.radiusL
    color: Theme.card
    border.color: row.errorText.length > 0 ? Theme.tint(Theme.error, 0.5) : Theme.border
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("%1 %2, %3").arg(row.model.name).arg(row.model.version).arg(row.model.stateText)
    Accessible.description: row.model.description

    function stateColor(state: string): color {
        switch (state) {
        case "loaded": return Theme.success;
        case "failed": case "invalid": case "dependencyFailed": return Theme.error;
        case "safeMode": case "heldBack": return Theme.warning;
        default: return Theme.muted;
        }
    }

    function contactUrl(contact: string): string {
        return contact.indexOf("@") > 0 && contact.indexOf(":") < 0 ? "mailto:" + contact : contact;
    }

    ColumnLayout {
        id: content
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM

            Rectangle {
                Layout.alignment: Qt.AlignTop
                implicitWidth: 36
                implicitHeight: 36
                radius: Theme.radiusM
                color: Theme.tint(row.stateColor(row.pluginState), Theme.dark ? 0.16 : 0.10)
                Icon {
                    anchors.centerIn: parent
                    name: "plugins"
                    size: Theme.iconSizeL
                    color: row.stateColor(row.pluginState)
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS
                    TextMetrics {
                        id: nameMetrics
                        font: nameLabel.font
                        text: nameLabel.text
                    }
                    Label {
                        id: nameLabel
                        // As wide as the name, narrower (eliding) only when the row has no room.
                        Layout.fillWidth: true
                        Layout.preferredWidth: Math.ceil(nameMetrics.advanceWidth) + 1
                        Layout.maximumWidth: Math.ceil(nameMetrics.advanceWidth) + 1
                        text: row.model.name
                        elide: Text.ElideRight
                        color: Theme.text
                        font.pointSize: Theme.fontSizeLarge
                        font.weight: Font.DemiBold
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Label {
                        text: row.model.version
                        color: Theme.muted
                    }
                    Pill {
                        objectName: "pluginState_" + row.pluginId
                        text: row.model.stateText
                        tone: row.stateColor(row.pluginState)
                        Accessible.name: qsTr("State: %1").arg(text)
                    }
                    Item {
                        Layout.fillWidth: true
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingXs
                    TextMetrics {
                        id: producerMetrics
                        font: producerLabel.font
                        text: producerLabel.text
                    }
                    Label {
                        id: producerLabel
                        visible: row.model.producerTeam.length > 0
                        text: qsTr("by %1").arg(row.model.producerTeam)
                        color: Theme.muted
                        elide: Text.ElideRight
                        // As wide as the text, narrower (eliding) only when the row has no room.
                        Layout.fillWidth: true
                        Layout.preferredWidth: Math.ceil(producerMetrics.advanceWidth) + 1
                        Layout.maximumWidth: Math.ceil(producerMetrics.advanceWidth) + 1
                    }
                    Label {
                        visible: row.model.producerContact.length > 0
                        text: "·"
                        color: Theme.faint
                    }
                    LinkButton {
                        visible: row.model.producerContact.length > 0
                        // "mailto:a@b" reads as the address.
                        text: row.model.producerContact.replace(/^mailto:/, "")
                        url: row.contactUrl(row.model.producerContact)
                        Accessible.name: qsTr("Contact %1: %2").arg(row.model.producerTeam).arg(text)
                    }
                }
            }

            // Controls.
            RowLayout {
                Layout.alignment: Qt.AlignTop
                spacing: Theme.spacingS

                Repeater {
                    model: row.pages
                    delegate: ActionButton {
                        id: openButton
                        required property var modelData
                        text: row.pages.length > 1 ? qsTr("Open %1").arg(openButton.modelData.title) : qsTr("Open")
                        Accessible.name: qsTr("Open the page %1 of %2").arg(openButton.modelData.title).arg(row.model.name)
                        onClicked: Navigator.openPluginPage(openButton.modelData)
                    }
                }
                ToggleSwitch {
                    id: enableSwitch
                    objectName: "pluginEnabled_" + row.pluginId
                    text: qsTr("Enabled")
                    checked: row.model.enabled
                    Accessible.name: qsTr("Enable %1").arg(row.model.name)
                    Keys.onReturnPressed: { enableSwitch.toggle(); enableSwitch.toggled(); }
                    Keys.onEnterPressed: { enableSwitch.toggle(); enableSwitch.toggled(); }
                    onToggled: {
                        // The model is reset by the change, and this row with it: read it first.
                        const name = row.model.name;
                        enableSwitch.checked = Qt.binding(() => row.model.enabled);
                        const result = App.plugins.setEnabled(row.pluginId, !row.model.enabled);
                        if (!result.ok)
                            Navigator.toast("error", qsTr("Could not change %1").arg(name), result.message);
                    }
                }
                ActionButton {
                    visible: row.model.removable
                    text: qsTr("Remove…")
                    Accessible.name: qsTr("Remove %1").arg(row.model.name)
                    onClicked: row.removeRequested(row.pluginId, row.model.name)
                }
            }
        }

        Label {
            Layout.fillWidth: true
            Layout.leftMargin: 36 + Theme.spacingM
            visible: text.length > 0
            text: row.model.description
            wrapMode: Text.Wrap
            color: Theme.text
        }

        Flow {
            Layout.fillWidth: true
            Layout.leftMargin: 36 + Theme.spacingM
            spacing: Theme.spacingXs
            visible: row.model.capabilityTitles.length > 0
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Capabilities")
            Repeater {
                model: row.model.capabilityTitles
                delegate: Pill {
                    required property string modelData
                    text: modelData
                    quiet: true
                }
            }
        }

        Banner {
            objectName: "pluginError_" + row.pluginId
            Layout.fillWidth: true
            Layout.leftMargin: 36 + Theme.spacingM
            Layout.topMargin: Theme.spacingXs
            visible: row.errorText.length > 0
            level: row.pluginState === "safeMode" || row.pluginState === "heldBack" ? "warning" : "error"
            text: row.errorText
        }

        // Details: who signed it, what it may call, where it comes from.
        GridLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 36 + Theme.spacingM
            Layout.topMargin: Theme.spacingXs
            columns: 2
            columnSpacing: Theme.spacingM
            rowSpacing: 2

            DetailLabel { text: qsTr("Signed by") }
            DetailValue {
                text: row.model.signer.length > 0 ? row.model.signer
                                                  : (row.model.origin === "user" ? qsTr("Unsigned") : qsTr("Not a package (%1)").arg(row.originText(row.model.origin)))
                monospace: row.model.signer.length > 0
            }
            DetailLabel { text: qsTr("May call") }
            DetailValue {
                text: row.model.hosts.length > 0 ? row.model.hosts.join(", ") : qsTr("Only its connections' hosts")
                monospace: row.model.hosts.length > 0
            }
            DetailLabel { text: qsTr("Installed") }
            DetailValue {
                text: qsTr("%1 — %2").arg(row.originText(row.model.origin)).arg(row.model.libraryPath)
            }
        }
    }

    function originText(origin: string): string {
        switch (origin) {
        case "development": return qsTr("development build");
        case "user": return qsTr("installed by you");
        case "system": return qsTr("system");
        default: return origin;
        }
    }

    component DetailLabel: Label {
        Layout.alignment: Qt.AlignTop
        color: Theme.faint
        font.pointSize: Theme.fontSizeSmall
    }

    component DetailValue: TextEdit {
        property bool monospace: false
        Layout.fillWidth: true
        readOnly: true
        selectByMouse: true
        wrapMode: TextEdit.WrapAnywhere
        textFormat: TextEdit.PlainText
        color: Theme.muted
        selectionColor: Theme.selection
        selectedTextColor: Theme.text
        font.family: monospace ? Theme.monoFamily : Theme.fontFamily
        font.pointSize: Theme.fontSizeSmall
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
}
