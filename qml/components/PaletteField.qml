pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Core

// The top bar's search field, which is also the command palette: typing (or Ctrl+K) opens a list
// of pages and entities; arrow keys move, Enter opens, Esc closes.
FocusScope {
    id: root

    // Emitted when a row is chosen: itemType is "page" or "entity".
    signal activated(string itemType, string page, string ref)
    // Emitted when the user leaves the palette with Esc (so the caller can move focus back).
    signal dismissed()

    implicitWidth: 520
    implicitHeight: Theme.controlHeight + 2

    // Focuses the field, selects what it holds and shows the palette (Ctrl+K).
    function activate() {
        field.forceActiveFocus(Qt.ShortcutFocusReason);
        field.selectAll();
        popup.open();
    }

    function choose(row: int) {
        if (row < 0 || row >= list.count)
            return;
        const item = list.itemAtIndex(row);
        if (!item)
            return;
        const type = item.itemType, page = item.page, ref = item.ref;
        popup.close();
        field.clear();
        root.activated(type, page, ref);
    }

    PaletteModel {
        id: paletteModel
        text: field.text
    }

    TextField {
        id: field
        objectName: "searchField"
        anchors.fill: parent
        focus: true
        leftPadding: 32
        rightPadding: shortcutHint.width + 16
        placeholderText: qsTr("Search entities, pages and commands")
        selectByMouse: true
        Accessible.role: Accessible.EditableText
        Accessible.name: qsTr("Search and command palette")
        Accessible.description: qsTr("Type to find entities and pages; Enter opens the selected one")

        background: Rectangle {
            radius: Theme.radiusM
            color: field.activeFocus ? Theme.surface : Theme.surfaceAlt
            border.color: field.activeFocus ? Theme.accent : Theme.border
            border.width: field.activeFocus ? 2 : 1
        }

        Icon {
            anchors.left: parent.left
            anchors.leftMargin: 10
            anchors.verticalCenter: parent.verticalCenter
            name: "search"
            color: Theme.muted
        }
        Rectangle {
            id: shortcutHint
            anchors.right: parent.right
            anchors.rightMargin: 8
            anchors.verticalCenter: parent.verticalCenter
            visible: !field.activeFocus
            width: hintLabel.implicitWidth + 10
            height: 18
            radius: Theme.radiusS
            color: "transparent"
            border.color: Theme.border
            Label {
                id: hintLabel
                anchors.centerIn: parent
                text: qsTr("Ctrl+K")
                color: Theme.faint
                font.pointSize: Theme.fontSizeTiny
            }
        }

        onTextEdited: {
            if (!popup.opened)
                popup.open();
            list.currentIndex = 0;
        }
        onActiveFocusChanged: {
            if (!activeFocus)
                popup.close();
        }
        Keys.onDownPressed: {
            if (!popup.opened)
                popup.open();
            else
                list.currentIndex = Math.min(list.currentIndex + 1, list.count - 1);
        }
        Keys.onUpPressed: list.currentIndex = Math.max(list.currentIndex - 1, 0)
        Keys.onPressed: event => {
            if (event.key === Qt.Key_PageDown) {
                list.currentIndex = Math.min(list.currentIndex + 8, list.count - 1);
                event.accepted = true;
            } else if (event.key === Qt.Key_PageUp) {
                list.currentIndex = Math.max(list.currentIndex - 8, 0);
                event.accepted = true;
            }
        }
        Keys.onReturnPressed: root.choose(list.currentIndex)
        Keys.onEnterPressed: root.choose(list.currentIndex)
        Keys.onEscapePressed: {
            if (popup.opened) {
                popup.close();
            } else {
                field.clear();
                root.dismissed();
            }
        }
        onPressed: {
            if (!popup.opened)
                popup.open();
        }
    }

    Popup {
        id: popup
        y: field.height + 4
        width: Math.max(field.width, 520)
        x: (field.width - width) / 2
        padding: 0
        focus: false
        closePolicy: Popup.CloseOnPressOutsideParent
        onOpened: list.currentIndex = 0

        background: Rectangle {
            color: Theme.surface
            radius: Theme.radiusL
            border.color: Theme.borderStrong
            Rectangle {
                z: -1
                anchors.fill: parent
                anchors.topMargin: 3
                anchors.margins: -1
                radius: Theme.radiusL + 1
                color: Theme.shadow
            }
        }

        contentItem: ColumnLayout {
            spacing: 0

            ListView {
                id: list
                objectName: "paletteList"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(contentHeight, 420)
                Layout.topMargin: 4
                clip: true
                model: paletteModel
                currentIndex: 0
                boundsBehavior: Flickable.StopAtBounds
                highlightMoveDuration: 0
                keyNavigationEnabled: false
                activeFocusOnTab: false
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Palette results")
                ScrollBar.vertical: ScrollBar {}

                // Rows draw their own section header (a section.delegate would be a bound component,
                // which ListView cannot create in Qt 6.4).
                section.property: "itemType"

                delegate: PaletteRow {
                    onClicked: root.choose(index)
                }
            }

            Label {
                visible: list.count === 0
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                text: field.text.length > 0 ? qsTr("Nothing matches “%1”").arg(field.text) : qsTr("Type to search the catalog")
                color: Theme.muted
                elide: Text.ElideRight
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: 1
                Layout.topMargin: 4
                color: Theme.border
            }
            Label {
                Layout.fillWidth: true
                Layout.margins: Theme.spacingS
                Layout.leftMargin: Theme.spacingM
                text: qsTr("↑↓ move · Enter open · Esc close")
                color: Theme.faint
                font.pointSize: Theme.fontSizeTiny
            }
        }
    }

    component PaletteRow: ItemDelegate {
        id: row

        required property int index
        required property string itemType
        required property string page
        required property string ref
        required property string title
        required property string subtitle
        required property string kind

        readonly property bool current: ListView.isCurrentItem
        readonly property bool firstInSection: ListView.section !== ListView.previousSection
        readonly property int sectionHeight: row.firstInSection ? 26 : 0

        width: ListView.view.width
        height: 40 + row.sectionHeight
        topInset: row.sectionHeight
        topPadding: row.sectionHeight
        hoverEnabled: true
        focusPolicy: Qt.NoFocus
        leftPadding: Theme.spacingM
        rightPadding: Theme.spacingM
        Accessible.role: Accessible.ListItem
        Accessible.name: row.title + (row.subtitle.length > 0 ? ", " + row.subtitle : "")

        background: Rectangle {
            radius: Theme.radiusM
            // Hover only tints: the keyboard selection (what Enter opens) stays where the keys put it.
            color: row.current ? Theme.selection : row.hovered ? Theme.hover : "transparent"
        }
        leftInset: 4
        rightInset: 4

        Label {
            visible: row.firstInSection
            x: Theme.spacingM
            y: 8
            text: row.itemType === "page" ? qsTr("Pages") : qsTr("Entities")
            color: Theme.faint
            font.pointSize: Theme.fontSizeTiny
            font.weight: Font.DemiBold
            font.capitalization: Font.AllUppercase
            font.letterSpacing: 0.6
        }

        contentItem: RowLayout {
            spacing: Theme.spacingM

            Item {
                Layout.preferredWidth: 18
                Layout.preferredHeight: 18
                Icon {
                    anchors.centerIn: parent
                    visible: row.itemType === "page"
                    name: {
                        switch (row.page) {
                        case "home": return "home";
                        case "catalog": return "catalog";
                        case "actions": return "actions";
                        case "plugins": return "plugins";
                        case "settings": return "settings";
                        case "problems": return "warning";
                        default: return "chevronRight";
                        }
                    }
                    color: row.current ? Theme.accent : Theme.muted
                }
                Rectangle {
                    anchors.centerIn: parent
                    visible: row.itemType !== "page"
                    width: 9
                    height: 9
                    radius: 4.5
                    color: Theme.kindColor(row.kind)
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    Layout.fillWidth: true
                    text: row.title
                    elide: Text.ElideRight
                    color: Theme.text
                    font.weight: Font.Medium
                }
                Label {
                    Layout.fillWidth: true
                    visible: row.subtitle.length > 0
                    text: row.subtitle
                    elide: Text.ElideRight
                    color: Theme.muted
                    font.pointSize: Theme.fontSizeSmall
                }
            }
            Label {
                visible: row.current
                text: qsTr("Enter ↵")
                color: Theme.faint
                font.pointSize: Theme.fontSizeTiny
            }
        }
    }
}
