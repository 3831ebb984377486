import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// One setting of a connection, generated from the plugin's connectionSchema (an entry of
// App.connections.fieldsFor(pluginId)): a text field, a number field with its range, a switch or
// a choice; the title (marked when required), the description as a hint and the error under it.
ColumnLayout {
    id: root

    // {name, title, type, description, default, enum, required, minimum, maximum, minLength,
    //  maxLength, pattern, format}
    required property var field
    // The current value (undefined when not set).
    property var value
    property string error
    // A secret: typed characters are hidden.
    property bool password: false
    // Overrides the placeholder derived from the schema.
    property string placeholder
    readonly property string type: root.field.type ?? "string"
    readonly property bool isChoice: Array.isArray(root.field.enum) && root.field.enum.length > 0
    readonly property bool isNumber: !root.isChoice && (root.type === "integer" || root.type === "number")
    readonly property bool isSwitch: !root.isChoice && root.type === "boolean"
    readonly property bool isText: !root.isChoice && !root.isNumber && !root.isSwitch
    readonly property string label: root.field.title || root.field.name
    readonly property bool hasMinimum: typeof root.field.minimum === "number"
    readonly property bool hasMaximum: typeof root.field.maximum === "number"
    readonly property Item control: root.isChoice ? choice : root.isSwitch ? switchControl : textField

    // The user changed the value (undefined: cleared).
    signal edited(var value)
    // Enter in a text field: the dialog saves.
    signal submitted()

    // The text follows the value except while the user types in it ("1.0" is 1, and stays "1.0").
    function syncText() {
        const text = root.value === undefined || root.value === null ? "" : String(root.value);
        if (textField.text !== text)
            textField.text = text;
    }
    onValueChanged: {
        if (!textField.activeFocus)
            root.syncText();
    }
    Component.onCompleted: root.syncText()

    Layout.fillWidth: true
    spacing: 3

    // What the value must look like, from the schema's constraints.
    readonly property string rules: {
        const parts = [];
        if (root.isNumber) {
            const whole = root.type === "integer";
            if (root.hasMinimum && root.hasMaximum)
                parts.push(whole ? qsTr("A whole number from %1 to %2").arg(root.field.minimum).arg(root.field.maximum)
                                 : qsTr("A number from %1 to %2").arg(root.field.minimum).arg(root.field.maximum));
            else if (root.hasMinimum)
                parts.push(whole ? qsTr("A whole number, at least %1").arg(root.field.minimum)
                                 : qsTr("A number, at least %1").arg(root.field.minimum));
            else if (root.hasMaximum)
                parts.push(whole ? qsTr("A whole number, at most %1").arg(root.field.maximum)
                                 : qsTr("A number, at most %1").arg(root.field.maximum));
            else
                parts.push(whole ? qsTr("A whole number") : qsTr("A number"));
        } else if (root.isText) {
            const min = root.field.minLength, max = root.field.maxLength;
            if (typeof min === "number" && typeof max === "number")
                parts.push(qsTr("%1 to %2 characters").arg(min).arg(max));
            else if (typeof min === "number")
                parts.push(qsTr("Minimum length: %1").arg(min));
            else if (typeof max === "number")
                parts.push(qsTr("Maximum length: %1").arg(max));
            if (root.field.format === "uri")
                parts.push(qsTr("A URL"));
            else if (root.field.format === "email")
                parts.push(qsTr("An e-mail address"));
            if ((root.field.pattern ?? "").length > 0)
                parts.push(qsTr("Matching %1").arg(root.field.pattern));
        }
        return parts.join(qsTr(", "));
    }
    readonly property string hint: [root.field.description ?? "", root.rules].filter(part => part.length > 0).join(" · ")

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        Label {
            text: root.label
            color: Theme.text
            font.weight: Font.Medium
        }
        Label {
            visible: root.field.required === true
            text: qsTr("required")
            color: Theme.muted
            font.pointSize: Theme.fontSizeSmall
        }
        Item {
            Layout.fillWidth: true
        }
        ToggleSwitch {
            id: switchControl
            visible: root.isSwitch
            checked: root.value === true
            Accessible.name: root.label
            Accessible.description: root.hint
            Keys.onReturnPressed: { switchControl.toggle(); switchControl.toggled(); }
            Keys.onEnterPressed: { switchControl.toggle(); switchControl.toggled(); }
            onToggled: root.edited(switchControl.checked)
        }
    }

    TextField {
        id: textField
        Layout.fillWidth: true
        visible: root.isText || root.isNumber
        echoMode: root.password ? TextInput.Password : TextInput.Normal
        placeholderText: root.placeholder.length > 0 ? root.placeholder
                       : root.field.default !== undefined ? qsTr("Default: %1").arg(root.field.default)
                       : root.field.format === "uri" ? "https://" : ""
        selectByMouse: true
        inputMethodHints: root.isNumber ? Qt.ImhFormattedNumbersOnly : (root.field.format === "email" ? Qt.ImhEmailCharactersOnly : Qt.ImhNone)
        validator: root.isNumber ? (root.type === "integer" ? intValidator : doubleValidator) : null
        Accessible.name: root.label + (root.field.required === true ? qsTr(" (required)") : "")
        Accessible.description: root.error.length > 0 ? root.error : root.hint
        onAccepted: root.submitted()
        onTextEdited: {
            if (textField.text.length === 0)
                root.edited(undefined);
            else if (root.isNumber && textField.acceptableInput)
                root.edited(Number(textField.text));
            else
                root.edited(textField.text);
        }

        background: Rectangle {
            implicitHeight: Theme.controlHeight
            radius: Theme.radiusS
            color: Theme.surface
            border.color: root.error.length > 0 ? Theme.error : textField.activeFocus ? Theme.accent : Theme.borderStrong
            border.width: textField.activeFocus || root.error.length > 0 ? 2 : 1
        }

        IntValidator {
            id: intValidator
            bottom: root.hasMinimum ? root.field.minimum : -2147483647
            top: root.hasMaximum ? root.field.maximum : 2147483647
        }
        DoubleValidator {
            id: doubleValidator
            bottom: root.hasMinimum ? root.field.minimum : -Infinity
            top: root.hasMaximum ? root.field.maximum : Infinity
            notation: DoubleValidator.StandardNotation
            locale: "C"
        }
    }

    ChoiceBox {
        id: choice
        Layout.fillWidth: true
        visible: root.isChoice
        invalid: root.error.length > 0
        model: root.isChoice ? root.field.enum : []
        currentIndex: root.isChoice ? root.field.enum.indexOf(root.value) : -1
        displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
        Accessible.name: root.label
        Accessible.description: root.hint
        onActivated: index => root.edited(root.field.enum[index])
    }

    Label {
        Layout.fillWidth: true
        visible: root.hint.length > 0
        text: root.hint
        wrapMode: Text.Wrap
        color: Theme.faint
        font.pointSize: Theme.fontSizeSmall
    }
    Label {
        Layout.fillWidth: true
        visible: root.error.length > 0
        text: root.error
        wrapMode: Text.Wrap
        color: Theme.error
        font.pointSize: Theme.fontSizeSmall
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
