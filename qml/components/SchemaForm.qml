pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Core

// A golden-path template's parameters as a multi-step form: the template's title and description,
// "Step 1 of 2 · Service details", the step's fields, and Back / Next / the submit button. Next
// and submit validate first and show each error under its field; Enter moves on, Escape cancels.
// Give it `schemaJson` (keeps the author's field order) or `schema` (a parsed object).
//
//     SchemaForm {
//         schemaJson: template.parametersJson
//         submitText: qsTr("Run template")
//         onSubmitted: values => runner.start(template.ref, values)
//         onCancelled: dialog.close()
//     }
FocusScope {
    id: root

    // The parameters {title, description, steps: [{title, description, schema}]}.
    property var schema
    property string schemaJson
    property string submitText: qsTr("Run template")
    // Shows the template's title and description above the steps.
    property bool showHeader: true
    property bool showCancel: true
    readonly property SchemaFormModel model: formModel

    // The whole form is valid: every value, the schema's defaults filled in.
    signal submitted(var values)
    signal cancelled()

    // Validates the current step and moves on; on the last step, submits.
    function advance() {
        if (formModel.stepCount === 0)
            return;
        if (formModel.lastStep) {
            root.submit();
            return;
        }
        if (!formModel.next())
            Qt.callLater(root.focusFirstError);
    }

    function back() {
        formModel.back();
    }

    function submit() {
        const result = formModel.submit();
        if (result.ok)
            root.submitted(result.values);
        else
            Qt.callLater(root.focusFirstError);
    }

    // The keyboard goes to the step's ui:autofocus field, else its first visible field.
    function focusFirstField() {
        let target = null;
        for (let i = 0; i < fieldRepeater.count; ++i) {
            const item = fieldRepeater.itemAt(i);
            if (!item || !item.visible)
                continue;
            if (item.field.autofocus === true) {
                target = item;
                break;
            }
            if (!target)
                target = item;
        }
        if (target)
            target.focusControl();
        else
            nextButton.forceActiveFocus(Qt.TabFocusReason);
        scroll.ensureVisible(target);
    }

    function focusFirstError() {
        const paths = formModel.errorPaths;
        if (paths.length === 0)
            return;
        for (let i = 0; i < fieldRepeater.count; ++i) {
            const item = fieldRepeater.itemAt(i);
            if (item && item.focusPath(paths[0])) {
                scroll.ensureVisible(item);
                return;
            }
        }
    }

    function loadSchema() {
        if (root.schemaJson.length > 0)
            formModel.schemaJson = root.schemaJson;
        else if (root.schema !== undefined && root.schema !== null)
            formModel.schema = root.schema;
    }
    onSchemaChanged: root.loadSchema()
    onSchemaJsonChanged: root.loadSchema()
    Component.onCompleted: {
        root.loadSchema();
        Qt.callLater(root.focusFirstField);
    }

    SchemaFormModel {
        id: formModel
        onCurrentStepChanged: Qt.callLater(root.focusFirstField)
    }

    implicitWidth: Theme.maxReadableWidth
    implicitHeight: column.implicitHeight
    Accessible.role: Accessible.Form
    Accessible.name: formModel.title.length > 0 ? formModel.title : qsTr("Template parameters")
    Keys.onEscapePressed: root.cancelled()

    ColumnLayout {
        id: column
        anchors.fill: parent
        spacing: Theme.spacingL

        // The template.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingXl
            Layout.rightMargin: Theme.spacingXl
            Layout.topMargin: Theme.spacingXl
            visible: root.showHeader && (formModel.title.length > 0 || formModel.description.length > 0)
            spacing: Theme.spacingXs

            Label {
                Layout.fillWidth: true
                visible: formModel.title.length > 0
                text: formModel.title
                wrapMode: Text.Wrap
                color: Theme.text
                font.pointSize: Theme.fontSizeTitle
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                visible: formModel.description.length > 0
                text: formModel.description
                wrapMode: Text.Wrap
                color: Theme.muted
            }
        }

        // The step indicator: a segment per step, then "Step 1 of 2 · Service details".
        ColumnLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingXl
            Layout.rightMargin: Theme.spacingXl
            Layout.topMargin: root.showHeader ? 0 : Theme.spacingXl
            visible: formModel.stepCount > 0
            spacing: Theme.spacingS

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingXs
                visible: formModel.stepCount > 1
                Accessible.ignored: true
                Repeater {
                    model: formModel.stepCount
                    delegate: Rectangle {
                        required property int index
                        Layout.fillWidth: true
                        implicitHeight: 4
                        radius: 2
                        color: index <= formModel.currentStep ? Theme.accent : Theme.border
                    }
                }
            }
            Label {
                objectName: "stepIndicator"
                Layout.fillWidth: true
                text: qsTr("Step %1 of %2 · %3").arg(formModel.currentStep + 1).arg(formModel.stepCount).arg(formModel.stepTitle)
                wrapMode: Text.Wrap
                color: Theme.text
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                visible: formModel.stepDescription.length > 0
                text: formModel.stepDescription
                wrapMode: Text.Wrap
                color: Theme.muted
            }
        }

        Banner {
            objectName: "schemaError"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingXl
            Layout.rightMargin: Theme.spacingXl
            Layout.topMargin: root.showHeader && formModel.title.length > 0 ? 0 : Theme.spacingXl
            visible: formModel.schemaError.length > 0
            level: "error"
            text: qsTr("This template's parameters cannot be shown as a form: %1").arg(formModel.schemaError)
        }

        // The step's fields.
        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: fields.implicitHeight
            contentWidth: availableWidth
            clip: true

            function ensureVisible(item: Item) {
                if (!item)
                    return;
                const flick = scroll.contentItem as Flickable;
                const y = item.mapToItem(fields, 0, 0).y;
                if (y < flick.contentY)
                    flick.contentY = Math.max(0, y - Theme.spacingS);
                else if (y + item.height > flick.contentY + flick.height)
                    flick.contentY = Math.min(Math.max(0, flick.contentHeight - flick.height), y + item.height - flick.height + Theme.spacingS);
            }

            ColumnLayout {
                id: fields
                x: Theme.spacingXl
                width: scroll.availableWidth - 2 * Theme.spacingXl
                spacing: Theme.spacingL

                Repeater {
                    id: fieldRepeater
                    model: formModel.fields
                    delegate: SchemaField {
                        required property var modelData
                        field: modelData
                        form: formModel
                        onAccepted: root.advance()
                    }
                }
                Item {
                    Layout.preferredHeight: Theme.spacingXs
                }
            }
        }

        // Back, Next and the submit button on the right; Cancel on the left.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.border
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingXl
            Layout.rightMargin: Theme.spacingXl
            Layout.bottomMargin: Theme.spacingL
            spacing: Theme.spacingS

            ActionButton {
                objectName: "formCancel"
                visible: root.showCancel
                text: qsTr("Cancel")
                onClicked: root.cancelled()
            }
            Label {
                Layout.fillWidth: true
                visible: formModel.errorPaths.length > 0
                text: qsTr("Correct the marked fields to continue.")
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignRight
                color: Theme.error
                font.pointSize: Theme.fontSizeSmall
            }
            Item {
                Layout.fillWidth: formModel.errorPaths.length === 0
            }
            ActionButton {
                objectName: "formBack"
                visible: formModel.currentStep > 0
                text: qsTr("Back")
                onClicked: root.back()
            }
            ActionButton {
                id: nextButton
                objectName: "formNext"
                primary: true
                enabled: formModel.stepCount > 0
                text: formModel.lastStep ? root.submitText : qsTr("Next")
                onClicked: root.advance()
            }
        }
    }
}
