pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Core

// One field of a template's parameters form (SchemaForm), drawn from a SchemaFormModel field
// descriptor: the title (marked when required), the description, the control its type and `ui:`
// hints ask for, the help line and the error under it. Nested objects draw their fields in a group.
ColumnLayout {
    id: root

    // {name, path, title, description, help, placeholder, type, widget, required, readOnly, ...}
    required property var field
    required property SchemaFormModel form
    // Enter in the field: the form moves on.
    signal accepted()

    readonly property string path: root.field.path
    readonly property string widget: root.field.widget ?? "text"
    readonly property var value: {
        root.form.values;   // re-read when any value changes
        return root.form.valueAt(root.path);
    }
    readonly property string error: root.form.errors[root.path] ?? ""
    // Errors of list items and checkbox choices ("ports/2").
    readonly property string itemErrors: {
        const out = [];
        for (const p of root.form.errorPaths) {
            if (p.startsWith(root.path + "/") && (root.widget === "checkboxes" || root.widget === "list"))
                out.push(root.form.errors[p]);
        }
        return out.join("\n");
    }
    readonly property bool invalid: root.error.length > 0 || root.itemErrors.length > 0
    readonly property bool isTextual: ["text", "password", "number", "integer"].indexOf(root.widget) >= 0
                                      || ["textarea", "toggle", "select", "radio", "checkboxes", "list", "group", "entity", "hidden"].indexOf(root.widget) < 0
    readonly property string accessibleName: root.field.title + (root.field.required ? qsTr(" (required)") : "")
    readonly property string accessibleDescription: root.error.length > 0 ? root.error
                                                    : [root.field.description ?? "", root.field.help ?? "", root.rules].filter(p => p.length > 0).join(" ")

    // What the value must look like, from the schema's constraints (a number's range, a length).
    readonly property string rules: {
        const f = root.field;
        if (root.widget === "integer" || root.widget === "number") {
            const whole = root.widget === "integer";
            const hasMin = typeof f.minimum === "number", hasMax = typeof f.maximum === "number";
            if (hasMin && hasMax)
                return whole ? qsTr("A whole number from %1 to %2").arg(f.minimum).arg(f.maximum)
                             : qsTr("A number from %1 to %2").arg(f.minimum).arg(f.maximum);
            if (hasMin)
                return whole ? qsTr("A whole number, at least %1").arg(f.minimum) : qsTr("A number, at least %1").arg(f.minimum);
            if (hasMax)
                return whole ? qsTr("A whole number, at most %1").arg(f.maximum) : qsTr("A number, at most %1").arg(f.maximum);
            return "";
        }
        if (root.isTextual || root.widget === "textarea") {
            const min = f.minLength, max = f.maxLength;
            if (typeof min === "number" && typeof max === "number")
                return qsTr("%1 to %2 characters").arg(min).arg(max);
            if (typeof max === "number")
                return qsTr("At most %1 characters").arg(max);
        }
        return "";
    }

    // Gives the keyboard focus to the control of `target` (this field or one inside its group).
    function focusPath(target: string): bool {
        if (target !== root.path && !target.startsWith(root.path + "/"))
            return false;
        if (root.widget === "group" && target !== root.path) {
            for (let i = 0; i < groupRepeater.count; ++i) {
                const loader = groupRepeater.itemAt(i);
                if (loader && loader.item && loader.item.focusPath(target))
                    return true;
            }
        }
        root.focusControl();
        return true;
    }

    function focusControl() {
        switch (root.widget) {
        case "textarea": textArea.forceActiveFocus(Qt.TabFocusReason); break;
        case "toggle": toggle.forceActiveFocus(Qt.TabFocusReason); break;
        case "select": choice.forceActiveFocus(Qt.TabFocusReason); break;
        case "radio": if (radioRepeater.count > 0) radioRepeater.itemAt(Math.max(0, root.field.enumValues.indexOf(root.value))).forceActiveFocus(Qt.TabFocusReason); break;
        case "checkboxes": if (checkRepeater.count > 0) checkRepeater.itemAt(0).forceActiveFocus(Qt.TabFocusReason); break;
        case "list": if (listRepeater.count > 0) listRepeater.itemAt(0).focusInput(); else addButton.forceActiveFocus(Qt.TabFocusReason); break;
        case "entity": picker.focusInput(); break;
        case "group": {
            const loader = groupRepeater.count > 0 ? groupRepeater.itemAt(0) : null;
            if (loader && loader.item)
                loader.item.focusControl();
            break;
        }
        default: textField.forceActiveFocus(Qt.TabFocusReason);
        }
    }

    // The text follows the value except while the user types in it ("1.0" stays "1.0").
    function syncText() {
        const text = root.value === undefined || root.value === null ? "" : String(root.value);
        if (textField.text !== text)
            textField.text = text;
        if (textArea.text !== text)
            textArea.text = text;
    }
    onValueChanged: {
        if (!textField.activeFocus && !textArea.activeFocus)
            root.syncText();
    }
    Component.onCompleted: root.syncText()

    visible: root.widget !== "hidden"
    Layout.fillWidth: true
    spacing: Theme.spacingXs

    // Title, required marker and, for a switch, the switch itself.
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        visible: root.widget !== "group"

        // One label, so a long title wraps with the marker after its last word.
        Label {
            Layout.fillWidth: true
            textFormat: Text.StyledText
            text: {
                const title = root.field.title.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
                if (root.field.required !== true)
                    return title;
                const mark = "<font color=\"%1\" size=\"2\">%2</font>".arg(root.error.length > 0 ? Theme.error : Theme.muted).arg(qsTr("required"));
                return title + "&nbsp;&nbsp;" + mark;
            }
            wrapMode: Text.Wrap
            color: Theme.text
            font.weight: Font.Medium
            Accessible.ignored: true
        }
        ToggleSwitch {
            id: toggle
            visible: root.widget === "toggle"
            enabled: !root.field.readOnly
            checked: root.value === true
            Accessible.name: root.accessibleName
            Accessible.description: root.accessibleDescription
            Keys.onReturnPressed: root.accepted()
            Keys.onEnterPressed: root.accepted()
            onToggled: root.form.setValue(root.path, toggle.checked)
        }
    }
    Label {
        Layout.fillWidth: true
        visible: root.widget !== "group" && (root.field.description ?? "").length > 0
        text: root.field.description ?? ""
        wrapMode: Text.Wrap
        color: Theme.muted
        font.pointSize: Theme.fontSizeSmall
        Accessible.ignored: true
    }

    // Text, password and numbers.
    TextField {
        id: textField
        objectName: "field:" + root.path
        Layout.fillWidth: true
        visible: root.isTextual
        readOnly: root.field.readOnly === true
        echoMode: root.widget === "password" ? TextInput.Password : TextInput.Normal
        // An emptied field gets its default back when the form is submitted: say so.
        placeholderText: (root.field.placeholder ?? "").length > 0 ? root.field.placeholder
                       : root.field.hasDefault && root.field.default !== null && typeof root.field.default !== "object"
                         ? qsTr("Default: %1").arg(root.field.default)
                       : root.field.format === "uri" ? "https://"
                       : root.field.format === "email" ? qsTr("name@example.com") : ""
        selectByMouse: true
        color: Theme.text
        placeholderTextColor: Theme.faint
        selectionColor: Theme.selection
        selectedTextColor: Theme.text
        inputMethodHints: root.widget === "number" || root.widget === "integer" ? Qt.ImhFormattedNumbersOnly
                        : root.field.format === "email" ? Qt.ImhEmailCharactersOnly : Qt.ImhNone
        Accessible.name: root.accessibleName
        Accessible.description: root.accessibleDescription
        onTextEdited: root.form.setValue(root.path, textField.text)
        onAccepted: root.accepted()
        onActiveFocusChanged: {
            if (!textField.activeFocus)
                root.syncText();
        }

        background: Rectangle {
            implicitHeight: Theme.controlHeight
            radius: Theme.radiusS
            color: textField.readOnly ? Theme.surfaceAlt : Theme.surface
            border.color: root.invalid ? Theme.error : textField.activeFocus ? Theme.accent : Theme.borderStrong
            border.width: textField.activeFocus || root.invalid ? 2 : 1
        }
    }

    // Several lines: Enter is a new line, Ctrl+Enter moves on, Tab leaves the field.
    TextArea {
        id: textArea
        objectName: "field:" + root.path + ":area"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(implicitHeight, 4 * Theme.controlHeight - 2 * Theme.spacingS)
        visible: root.widget === "textarea"
        readOnly: root.field.readOnly === true
        wrapMode: TextEdit.Wrap
        placeholderText: root.field.placeholder ?? ""
        selectByMouse: true
        color: Theme.text
        placeholderTextColor: Theme.faint
        selectionColor: Theme.selection
        selectedTextColor: Theme.text
        Accessible.name: root.accessibleName
        Accessible.description: root.accessibleDescription
        Keys.onTabPressed: textArea.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
        Keys.onBacktabPressed: textArea.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
        Keys.onReturnPressed: event => {
            if (event.modifiers & Qt.ControlModifier)
                root.accepted();
            else
                event.accepted = false;
        }
        onTextChanged: {
            if (textArea.activeFocus)
                root.form.setValue(root.path, textArea.text);
        }
        onActiveFocusChanged: {
            if (!textArea.activeFocus)
                root.syncText();
        }

        background: Rectangle {
            radius: Theme.radiusS
            color: textArea.readOnly ? Theme.surfaceAlt : Theme.surface
            border.color: root.invalid ? Theme.error : textArea.activeFocus ? Theme.accent : Theme.borderStrong
            border.width: textArea.activeFocus || root.invalid ? 2 : 1
        }
    }

    // A choice from the enum (names from enumNames).
    ChoiceBox {
        id: choice
        objectName: "field:" + root.path
        Layout.fillWidth: true
        visible: root.widget === "select"
        enabled: !root.field.readOnly
        invalid: root.invalid
        model: root.widget === "select" ? root.field.enumNames : []
        currentIndex: {
            const values = root.field.enumValues ?? [];
            for (let i = 0; i < values.length; ++i) {
                if (values[i] === root.value)
                    return i;
            }
            return -1;
        }
        displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
        Accessible.name: root.accessibleName
        Accessible.description: root.accessibleDescription
        Keys.onReturnPressed: event => {
            if (choice.popup.visible)
                event.accepted = false;
            else
                root.accepted();
        }
        Keys.onEnterPressed: event => {
            if (choice.popup.visible)
                event.accepted = false;
            else
                root.accepted();
        }
        onActivated: index => root.form.setValue(root.path, root.field.enumValues[index])
    }

    // The same choice as radio buttons.
    Column {
        id: radioColumn
        Layout.fillWidth: true
        visible: root.widget === "radio"
        ButtonGroup {
            id: radioGroup
        }
        Repeater {
            id: radioRepeater
            model: root.widget === "radio" ? root.field.enumValues : []
            delegate: RadioButton {
                id: radio
                required property var modelData
                required property int index
                width: radioColumn.width
                ButtonGroup.group: radioGroup
                enabled: !root.field.readOnly
                checked: root.value === radio.modelData
                text: root.field.enumNames[radio.index] ?? String(radio.modelData)
                Accessible.name: radio.text
                Accessible.description: root.field.title
                Keys.onReturnPressed: root.accepted()
                Keys.onEnterPressed: root.accepted()
                onToggled: root.form.setValue(root.path, radio.modelData)
                contentItem: Label {
                    leftPadding: radio.indicator.width + radio.spacing
                    text: radio.text
                    wrapMode: Text.Wrap
                    color: radio.enabled ? Theme.text : Theme.faint
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }
    }

    // Several choices from the items' enum.
    Column {
        id: checkColumn
        Layout.fillWidth: true
        visible: root.widget === "checkboxes"
        Repeater {
            id: checkRepeater
            model: root.widget === "checkboxes" ? root.field.enumValues : []
            delegate: CheckBox {
                id: check
                required property var modelData
                required property int index
                width: checkColumn.width
                enabled: !root.field.readOnly
                checked: Array.isArray(root.value) && root.value.indexOf(check.modelData) >= 0
                text: root.field.enumNames[check.index] ?? String(check.modelData)
                Accessible.name: check.text
                Accessible.description: root.field.title
                Keys.onReturnPressed: root.accepted()
                Keys.onEnterPressed: root.accepted()
                onToggled: {
                    // Kept in the enum's order.
                    const chosen = Array.isArray(root.value) ? root.value : [];
                    const next = root.field.enumValues.filter(v => v === check.modelData ? check.checked : chosen.indexOf(v) >= 0);
                    root.form.setValue(root.path, next);
                }
                contentItem: Label {
                    leftPadding: check.indicator.width + check.spacing
                    text: check.text
                    wrapMode: Text.Wrap
                    color: check.enabled ? Theme.text : Theme.faint
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }
    }

    // An editable list of plain values.
    ColumnLayout {
        Layout.fillWidth: true
        visible: root.widget === "list"
        spacing: Theme.spacingXs
        Repeater {
            id: listRepeater
            model: root.widget === "list" && Array.isArray(root.value) ? root.value.length : 0
            delegate: RowLayout {
                id: row
                required property int index
                readonly property string itemPath: root.path + "/" + row.index
                readonly property string itemError: root.form.errors[row.itemPath] ?? ""
                function focusInput() { itemField.forceActiveFocus(Qt.TabFocusReason); }
                Layout.fillWidth: true
                spacing: Theme.spacingXs

                TextField {
                    id: itemField
                    Layout.fillWidth: true
                    readOnly: root.field.readOnly === true
                    text: {
                        const v = Array.isArray(root.value) ? root.value[row.index] : undefined;
                        return v === undefined || v === null ? "" : String(v);
                    }
                    selectByMouse: true
                    color: Theme.text
                    placeholderTextColor: Theme.faint
                    placeholderText: qsTr("Item %1").arg(row.index + 1)
                    Accessible.name: qsTr("%1, item %2").arg(root.field.title).arg(row.index + 1)
                    Accessible.description: row.itemError
                    onTextEdited: root.form.setValue(row.itemPath, itemField.text)
                    onAccepted: root.accepted()
                    background: Rectangle {
                        implicitHeight: Theme.controlHeight
                        radius: Theme.radiusS
                        color: Theme.surface
                        border.color: row.itemError.length > 0 ? Theme.error : itemField.activeFocus ? Theme.accent : Theme.borderStrong
                        border.width: itemField.activeFocus || row.itemError.length > 0 ? 2 : 1
                    }
                }
                IconButton {
                    iconName: "close"
                    enabled: !root.field.readOnly
                    toolTip: qsTr("Remove item %1").arg(row.index + 1)
                    onClicked: {
                        const list = root.value.slice();
                        list.splice(row.index, 1);
                        root.form.setValue(root.path, list);
                    }
                }
            }
        }
        IconButton {
            id: addButton
            text: qsTr("Add item")
            toolTip: qsTr("Add an item to %1").arg(root.field.title)
            enabled: !root.field.readOnly && !(typeof root.field.maxItems === "number" && Array.isArray(root.value) && root.value.length >= root.field.maxItems)
            onClicked: {
                const list = Array.isArray(root.value) ? root.value.slice() : [];
                list.push("");
                root.form.setValue(root.path, list);
                Qt.callLater(() => listRepeater.itemAt(listRepeater.count - 1)?.focusInput());
            }
        }
    }

    // A catalog entity (OwnerPicker, EntityPicker...), searchable by typing.
    EntityPickerField {
        id: picker
        Layout.fillWidth: true
        visible: root.widget === "entity"
        active: root.widget === "entity"
        field: root.field
        form: root.form
        value: root.value
        invalid: root.invalid
        accessibleName: root.accessibleName
        accessibleDescription: root.accessibleDescription
        onAccepted: root.accepted()
    }

    // A nested object: its fields in a box under its title.
    Rectangle {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingXs
        visible: root.widget === "group"
        implicitHeight: groupColumn.implicitHeight + 2 * Theme.spacingL
        radius: Theme.radiusM
        color: "transparent"
        border.color: root.error.length > 0 ? Theme.error : Theme.border
        Accessible.role: Accessible.Grouping
        Accessible.name: root.field.title

        ColumnLayout {
            id: groupColumn
            x: Theme.spacingL
            y: Theme.spacingL
            width: parent.width - 2 * Theme.spacingL
            spacing: Theme.spacingL

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: root.field.title + (root.field.required ? qsTr(" (required)") : "")
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.weight: Font.DemiBold
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: root.field.description ?? ""
                    wrapMode: Text.Wrap
                    color: Theme.muted
                    font.pointSize: Theme.fontSizeSmall
                }
            }
            Repeater {
                id: groupRepeater
                model: root.widget === "group" ? root.field.children : []
                // A Loader: a component cannot contain itself directly.
                delegate: Loader {
                    id: childLoader
                    required property var modelData
                    Layout.fillWidth: true
                    Component.onCompleted: childLoader.setSource(Qt.resolvedUrl("SchemaField.qml"),
                                                                 { field: childLoader.modelData, form: root.form })
                    Connections {
                        target: childLoader.item
                        ignoreUnknownSignals: true
                        function onAccepted() { root.accepted(); }
                    }
                }
            }
        }
    }

    // Help and error under the control. A Column, not layout items: a ColumnLayout in Qt 6.4 can
    // miss a child that becomes visible, and the error would be drawn over the title.
    Column {
        Layout.fillWidth: true
        spacing: 2

        Label {
            id: helpLabel
            width: parent.width
            visible: text.length > 0
            text: [root.field.help ?? "", root.rules].filter(p => p.length > 0).join(" · ")
            wrapMode: Text.Wrap
            color: Theme.faint
            font.pointSize: Theme.fontSizeSmall
            Accessible.ignored: true
        }
        Label {
            id: errorLabel
            objectName: "error:" + root.path
            width: parent.width
            visible: text.length > 0
            text: [root.error, root.itemErrors].filter(p => p.length > 0).join("\n")
            wrapMode: Text.Wrap
            color: Theme.error
            font.pointSize: Theme.fontSizeSmall
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
}
