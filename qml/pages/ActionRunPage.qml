pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Core

// One action: its form (the template's parameters, step by step), then its run: steps, the live
// log (ANSI colours rendered), the output links and texts, Cancel while it runs. Opened with an
// action key (the form) or a run id (a run of the history).
FocusScope {
    id: root
    objectName: "actionRunPage"

    property string actionKey
    property string runId
    property var initialValues: ({})
    readonly property var action: App.actions.action(root.actionKey.length > 0 ? root.actionKey : root.run.key ?? "")
    property var run: ({})
    property string startError
    property double now: Date.now()
    readonly property bool running: root.run.state === "running"
    readonly property string title: root.runId.length > 0 ? (root.run.title ?? "") : (root.action.title ?? qsTr("Action"))

    function refresh() {
        root.run = root.runId.length > 0 ? App.actions.run(root.runId) : ({});
        logView.text = root.runId.length > 0 ? App.actions.logHtml(root.runId, Theme.dark) : "";
    }
    function stateText(state: string): string {
        switch (state) {
        case "running": return qsTr("Running");
        case "succeeded": return qsTr("Succeeded");
        case "failed": return qsTr("Failed");
        case "cancelled": return qsTr("Cancelled");
        case "interrupted": return qsTr("Interrupted");
        }
        return state;
    }
    function stateTone(state: string): color {
        return state === "succeeded" ? Theme.success : state === "failed" ? Theme.error
             : state === "running" ? Theme.accent : Theme.warning;
    }
    function durationText(): string {
        const start = root.run.startedAt ?? 0;
        const end = root.run.finishedAt > 0 ? root.run.finishedAt : root.now;
        const seconds = Math.max(0, Math.round((end - start) / 1000));
        return seconds < 60 ? qsTr("%1 s").arg(seconds) : qsTr("%1 min %2 s").arg(Math.floor(seconds / 60)).arg(seconds % 60);
    }

    Component.onCompleted: refresh()
    onRunIdChanged: refresh()
    Keys.onEscapePressed: Navigator.back()

    Connections {
        target: App.actions
        function onRunUpdated(id: string) {
            if (id === root.runId)
                refreshTimer.start();
        }
        function onRunsChanged() {
            if (root.runId.length > 0)
                refreshTimer.start();
        }
    }
    // Events come in bursts: one refresh per 100 ms at most.
    Timer {
        id: refreshTimer
        interval: 100
        onTriggered: root.refresh()
    }
    Timer {
        interval: 1000
        repeat: true
        running: root.running
        onTriggered: root.now = Date.now()
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            x: Math.max(Theme.spacingXl, (scroll.availableWidth - width) / 2)
            width: Math.min(scroll.availableWidth - 2 * Theme.spacingXl, 960)
            spacing: Theme.spacingL

            // --- header ---
            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingXl
                spacing: Theme.spacingM
                IconButton {
                    iconName: "back"
                    text: qsTr("Back")
                    toolTip: qsTr("Back (Alt+Left)")
                    onClicked: Navigator.back()
                }
                Rectangle {
                    implicitWidth: 34
                    implicitHeight: 34
                    radius: Theme.radiusM
                    color: Theme.tint(Theme.kindColor("template"), 0.14)
                    Icon {
                        anchors.centerIn: parent
                        name: "template"
                        color: Theme.kindColor("template")
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 0
                    spacing: 2
                    Label {
                        objectName: "actionTitle"
                        Layout.fillWidth: true
                        text: root.title
                        elide: Text.ElideRight
                        color: Theme.text
                        font.pointSize: Theme.fontSizeTitle
                        font.weight: Font.DemiBold
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Label {
                        Layout.fillWidth: true
                        text: root.runId.length > 0
                              ? qsTr("On %1 · started %2 · %3").arg(root.run.connectionTitle ?? "")
                                    .arg(Theme.ageText(root.run.startedAt ?? 0, root.now)).arg(root.durationText())
                              : qsTr("On %1").arg(root.action.connectionTitle ?? "")
                        elide: Text.ElideRight
                        color: Theme.muted
                        font.pointSize: Theme.fontSizeSmall
                    }
                }
                Pill {
                    objectName: "runState"
                    visible: root.runId.length > 0
                    text: root.stateText(root.run.state ?? "")
                    tone: root.stateTone(root.run.state ?? "")
                }
                ActionButton {
                    objectName: "cancelRunButton"
                    visible: root.running
                    text: qsTr("Cancel run")
                    danger: true
                    Accessible.name: qsTr("Cancel the run of %1").arg(root.title)
                    onClicked: App.actions.cancel(root.runId)
                }
                ActionButton {
                    visible: root.runId.length > 0 && !root.running && (root.action.key ?? "").length > 0
                    text: qsTr("Run again…")
                    Accessible.name: qsTr("Run %1 again with these values").arg(root.title)
                    onClicked: {
                        root.initialValues = root.run.values ?? {};
                        root.actionKey = root.run.key;
                        root.startError = "";
                        root.runId = "";
                    }
                }
            }

            // --- the form ---
            Label {
                Layout.fillWidth: true
                visible: root.runId.length === 0 && (root.action.description ?? "").length > 0
                text: root.action.description ?? ""
                wrapMode: Text.Wrap
                color: Theme.muted
            }
            Banner {
                objectName: "actionUnavailable"
                Layout.fillWidth: true
                visible: root.runId.length === 0 && (root.action.key ?? "").length === 0
                level: "warning"
                text: qsTr("This action is not offered any more: its connection was removed, or its list could not be read. See Actions.")
            }
            Banner {
                objectName: "startError"
                Layout.fillWidth: true
                visible: root.runId.length === 0 && root.startError.length > 0
                level: "error"
                text: root.startError
            }
            SchemaForm {
                id: form
                objectName: "actionForm"
                Layout.fillWidth: true
                visible: root.runId.length === 0 && (root.action.key ?? "").length > 0
                schema: root.action.schema ?? ({})
                showHeader: false
                submitText: qsTr("Run")
                focus: visible
                Component.onCompleted: {
                    if (Object.keys(root.initialValues).length > 0)
                        form.model.values = root.initialValues;
                }
                onSubmitted: values => {
                    const result = App.actions.start(root.action.key, values);
                    if (result.ok) {
                        root.startError = "";
                        root.runId = result.runId;
                    } else {
                        root.startError = result.message;
                    }
                }
                onCancelled: Navigator.back()
            }

            // --- the run ---
            Banner {
                objectName: "runMessage"
                Layout.fillWidth: true
                visible: root.runId.length > 0 && (root.run.message ?? "").length > 0
                level: root.run.state === "failed" ? "error" : root.run.state === "succeeded" ? "success" : "warning"
                text: root.run.message ?? ""
            }
            RowLayout {
                Layout.fillWidth: true
                visible: root.runId.length > 0 && (root.run.credentialRefused || (root.run.taskUrl ?? "").length > 0)
                spacing: Theme.spacingS
                ActionButton {
                    visible: root.run.credentialRefused === true
                    text: qsTr("Enter Token…")
                    onClicked: Navigator.openPage("settings")
                }
                ActionButton {
                    objectName: "openTaskButton"
                    visible: (root.run.taskUrl ?? "").length > 0
                    text: qsTr("Open in Backstage")
                    Accessible.name: qsTr("Open the task in Backstage")
                    onClicked: App.openUrl(root.run.taskUrl)
                }
                Item { Layout.fillWidth: true }
            }

            SectionHeader {
                Layout.fillWidth: true
                visible: root.runId.length > 0 && (root.run.steps ?? []).length > 0
                text: qsTr("Steps")
                count: String((root.run.steps ?? []).length)
            }
            Repeater {
                model: root.runId.length > 0 ? root.run.steps : []
                delegate: RowLayout {
                    id: stepRow
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: Theme.spacingS
                    Accessible.role: Accessible.ListItem
                    Accessible.name: qsTr("%1: %2").arg(stepRow.modelData.text).arg(stepRow.modelData.status)
                    Item {
                        implicitWidth: Theme.iconSize
                        implicitHeight: Theme.iconSize
                        BusyIndicator {
                            anchors.fill: parent
                            visible: stepRow.modelData.status === "running"
                            running: visible
                        }
                        Icon {
                            anchors.centerIn: parent
                            visible: stepRow.modelData.status !== "running"
                            name: stepRow.modelData.status === "completed" ? "check"
                                : stepRow.modelData.status === "failed" ? "error"
                                : stepRow.modelData.status === "skipped" ? "chevronRight" : "warning"
                            color: stepRow.modelData.status === "completed" ? Theme.success
                                 : stepRow.modelData.status === "failed" ? Theme.error : Theme.muted
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        text: stepRow.modelData.text
                        elide: Text.ElideRight
                        color: stepRow.modelData.status === "skipped" ? Theme.faint : Theme.text
                    }
                    Label {
                        text: root.stateText(stepRow.modelData.status === "completed" ? "succeeded" : stepRow.modelData.status)
                        color: Theme.muted
                        font.pointSize: Theme.fontSizeSmall
                    }
                }
            }

            SectionHeader {
                Layout.fillWidth: true
                visible: root.runId.length > 0 && ((root.run.links ?? []).length > 0 || (root.run.texts ?? []).length > 0)
                text: qsTr("Output")
            }
            Repeater {
                model: root.runId.length > 0 ? root.run.links : []
                delegate: LinkButton {
                    id: outputLink
                    required property var modelData
                    objectName: "outputLink"
                    text: outputLink.modelData.title.length > 0 ? outputLink.modelData.title
                        : (outputLink.modelData.url.length > 0 ? outputLink.modelData.url : outputLink.modelData.entityRef)
                    url: outputLink.modelData.url
                    onClicked: {
                        if (outputLink.modelData.url.length === 0)
                            Navigator.openEntity(outputLink.modelData.entityRef.toLowerCase());
                    }
                }
            }
            Repeater {
                model: root.runId.length > 0 ? root.run.texts : []
                delegate: ColumnLayout {
                    id: outputText
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: Theme.spacingXs
                    Label {
                        text: outputText.modelData.title
                        color: Theme.text
                        font.weight: Font.DemiBold
                    }
                    TextEdit {
                        Layout.fillWidth: true
                        text: outputText.modelData.content
                        textFormat: TextEdit.MarkdownText
                        readOnly: true
                        selectByMouse: true
                        wrapMode: TextEdit.Wrap
                        color: Theme.text
                        Accessible.role: Accessible.StaticText
                        Accessible.name: outputText.modelData.title
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                visible: root.runId.length > 0
                SectionHeader {
                    Layout.fillWidth: true
                    text: qsTr("Log")
                    count: String(root.run.logLineCount ?? 0)
                }
                ToggleSwitch {
                    id: followLog
                    text: qsTr("Follow")
                    checked: true
                    Accessible.name: qsTr("Scroll the log to its end as lines arrive")
                }
                IconButton {
                    iconName: "copy"
                    text: qsTr("Copy log")
                    toolTip: qsTr("Copy the log as plain text")
                    onClicked: App.copyToClipboard(App.actions.logText(root.runId))
                }
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: 360
                Layout.bottomMargin: Theme.spacingXl
                visible: root.runId.length > 0
                radius: Theme.radiusM
                color: Theme.codeBackground
                border.color: Theme.border
                Flickable {
                    id: logFlick
                    anchors.fill: parent
                    anchors.margins: Theme.spacingS
                    clip: true
                    contentWidth: width
                    contentHeight: logView.implicitHeight
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}
                    onContentHeightChanged: {
                        if (followLog.checked)
                            logFlick.contentY = Math.max(0, logFlick.contentHeight - logFlick.height);
                    }
                    TextEdit {
                        id: logView
                        objectName: "runLog"
                        width: logFlick.width
                        textFormat: TextEdit.RichText
                        readOnly: true
                        selectByMouse: true
                        activeFocusOnPress: true
                        wrapMode: TextEdit.WrapAnywhere
                        color: Theme.text
                        selectionColor: Theme.selection
                        font.family: Theme.monoFamily
                        font.pointSize: Theme.fontSizeSmall
                        Accessible.role: Accessible.EditableText
                        Accessible.name: qsTr("Log of the run")
                    }
                }
            }
        }
    }
}
