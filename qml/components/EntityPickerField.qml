pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Core

// Picks a catalog entity for a template parameter (Backstage's OwnerPicker, EntityPicker...): type
// to search the catalog's entities of the allowed kinds, Down/Up to move in the matches, Enter to
// take one. The value is the full ref ("group:default/platform-team"); when the field allows
// arbitrary values, a typed name becomes a ref of the default kind.
ColumnLayout {
    id: root

    required property var field
    required property SchemaFormModel form
    property var value
    property bool invalid: false
    property bool active: true
    property string accessibleName
    property string accessibleDescription
    // Enter with no match list open: the form moves on.
    signal accepted()

    readonly property string ref: typeof root.value === "string" ? root.value : ""
    readonly property string refTitle: {
        App.catalogRevision;   // titles follow the catalog
        return root.ref.length > 0 ? root.form.entityTitle(root.ref) : "";
    }
    property bool open: false
    property var choices: []

    function focusInput() {
        input.forceActiveFocus(Qt.TabFocusReason);
    }

    function search() {
        root.choices = root.active ? root.form.entityChoices(root.field.path, input.text) : [];
        list.currentIndex = -1;
    }

    function pick(choice: var) {
        root.form.setValue(root.field.path, choice.ref);
        input.text = choice.title;
        root.open = false;
    }

    // What the input shows when the user is not typing: the chosen entity's title.
    function syncText() {
        const text = root.refTitle;
        if (input.text !== text)
            input.text = text;
    }
    onRefTitleChanged: {
        if (!input.activeFocus)
            root.syncText();
    }
    Component.onCompleted: root.syncText()

    Connections {
        target: App
        function onCatalogRevisionChanged() {
            if (root.open)
                root.search();
        }
    }

    spacing: Theme.spacingXs

    TextField {
        id: input
        objectName: "field:" + root.field.path
        Layout.fillWidth: true
        readOnly: root.field.readOnly === true
        placeholderText: (root.field.placeholder ?? "").length > 0 ? root.field.placeholder
                       : (root.field.allowedKinds ?? []).length > 0
                         ? qsTr("Search %1…").arg(root.field.allowedKinds.join(qsTr(" or ")).toLowerCase())
                         : qsTr("Search the catalog…")
        selectByMouse: true
        color: Theme.text
        placeholderTextColor: Theme.faint
        selectionColor: Theme.selection
        selectedTextColor: Theme.text
        rightPadding: Theme.spacingS + searchIcon.width + Theme.spacingS
        Accessible.role: Accessible.EditableText
        Accessible.name: root.accessibleName
        Accessible.description: root.ref.length > 0 ? qsTr("Chosen: %1").arg(root.ref) : root.accessibleDescription

        onTextEdited: {
            root.open = true;
            root.search();
            // A typed name counts as a choice too (a catalog entity, or a new ref when allowed).
            const typed = root.form.entityRefFor(root.field.path, input.text);
            root.form.setValue(root.field.path, typed.length > 0 ? typed : undefined);
        }
        onActiveFocusChanged: {
            if (!input.activeFocus) {
                root.open = false;
                root.syncText();
            }
        }
        Keys.onDownPressed: {
            if (!root.open) {
                root.open = true;
                root.search();
            }
            list.currentIndex = Math.min(list.currentIndex + 1, list.count - 1);
        }
        Keys.onUpPressed: list.currentIndex = Math.max(list.currentIndex - 1, -1)
        Keys.onReturnPressed: event => root.enter(event)
        Keys.onEnterPressed: event => root.enter(event)
        Keys.onEscapePressed: event => {
            // Closes the match list; with none open, Escape reaches the form (cancel).
            if (root.open) {
                root.open = false;
                root.syncText();
            } else {
                event.accepted = false;
            }
        }

        background: Rectangle {
            implicitHeight: Theme.controlHeight
            radius: Theme.radiusS
            color: input.readOnly ? Theme.surfaceAlt : Theme.surface
            border.color: root.invalid ? Theme.error : input.activeFocus ? Theme.accent : Theme.borderStrong
            border.width: input.activeFocus || root.invalid ? 2 : 1
        }
        Icon {
            id: searchIcon
            anchors.right: parent.right
            anchors.rightMargin: Theme.spacingS
            anchors.verticalCenter: parent.verticalCenter
            name: "search"
            color: Theme.faint
        }
    }

    function enter(event: var) {
        if (root.open && list.currentIndex >= 0 && list.currentIndex < root.choices.length) {
            root.pick(root.choices[list.currentIndex]);
        } else if (root.open && root.choices.length === 1) {
            root.pick(root.choices[0]);
        } else {
            root.open = false;
            root.accepted();
        }
        event.accepted = true;
    }

    // The matches, under the field (in the layout, so it never covers the buttons).
    Rectangle {
        Layout.fillWidth: true
        visible: root.open
        implicitHeight: Math.max(Theme.rowHeight, Math.min(list.contentHeight, 6 * Theme.rowHeight + Theme.rowHeight / 2)) + 2
        radius: Theme.radiusS
        color: Theme.surface
        border.color: Theme.border

        ListView {
            id: list
            objectName: "choices:" + root.field.path
            anchors.fill: parent
            anchors.margins: 1
            clip: true
            model: root.choices
            currentIndex: -1
            boundsBehavior: Flickable.StopAtBounds
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Matches for %1").arg(root.field.title)
            ScrollBar.vertical: ScrollBar {}

            delegate: ItemDelegate {
                id: choiceDelegate
                required property var modelData
                required property int index
                width: ListView.view.width
                height: Theme.rowHeight + 4
                focusPolicy: Qt.NoFocus
                highlighted: ListView.isCurrentItem
                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("%1, %2").arg(choiceDelegate.modelData.title).arg(choiceDelegate.modelData.ref)
                onClicked: root.pick(choiceDelegate.modelData)

                background: Rectangle {
                    color: choiceDelegate.highlighted ? Theme.selection : choiceDelegate.hovered ? Theme.hover : "transparent"
                }
                contentItem: RowLayout {
                    spacing: Theme.spacingS
                    KindChip {
                        kind: choiceDelegate.modelData.kind
                    }
                    Label {
                        text: choiceDelegate.modelData.title
                        color: Theme.text
                        elide: Text.ElideRight
                        Layout.maximumWidth: choiceDelegate.width / 2
                    }
                    Label {
                        Layout.fillWidth: true
                        text: choiceDelegate.modelData.ref
                        color: Theme.faint
                        elide: Text.ElideMiddle
                        font.pointSize: Theme.fontSizeSmall
                    }
                }
            }
        }
        Label {
            anchors.centerIn: parent
            visible: root.open && list.count === 0
            text: root.field.allowArbitraryValues && root.ref.length > 0
                  ? qsTr("Not in the catalog; %1 will be used").arg(root.ref)
                  : qsTr("No matches")
            color: Theme.muted
            font.pointSize: Theme.fontSizeSmall
        }
    }

    // The chosen ref, so the user sees exactly what the template receives.
    Label {
        Layout.fillWidth: true
        visible: root.ref.length > 0 && !root.open
        text: root.ref
        elide: Text.ElideMiddle
        color: Theme.faint
        font.family: Theme.monoFamily
        font.pointSize: Theme.fontSizeSmall
        Accessible.ignored: true
    }
}
