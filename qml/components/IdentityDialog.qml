pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Core

// "Who are you?": pick a User from the catalog; Atrium then shows what you and your teams own.
Dialog {
    id: root

    objectName: "identityDialog"
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: 520
    height: Math.min(560, (parent ? parent.height : 600) - 80)
    padding: 0
    topPadding: 0
    closePolicy: Popup.CloseOnEscape
    title: qsTr("Who are you?")

    // Duck-typed: in Qt 6.4 `as` does not cast to an inline component type.
    readonly property string selectedRef: usersList.currentItem ? usersList.currentItem.ref : ""

    // Set when Atrium asks on its own (first run): the question then goes away by itself once an
    // identity is known, however it was set.
    property bool firstRun: false

    function ask() {
        root.firstRun = true;
        root.open();
    }

    function confirm() {
        if (root.selectedRef.length === 0)
            return;
        App.setIdentity(root.selectedRef);
        root.close();
    }

    onAboutToShow: {
        filterField.clear();
        usersList.currentIndex = -1;
    }
    onOpened: filterField.forceActiveFocus()
    onClosed: root.firstRun = false

    Connections {
        target: App
        function onIdentityChanged() {
            if (root.firstRun && root.opened && !App.needsIdentity)
                root.close();
        }
    }

    Overlay.modal: Rectangle {
        color: Theme.dark ? "#99000000" : "#55101418"
    }

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radiusL
        border.color: Theme.borderStrong
    }

    header: ColumnLayout {
        spacing: Theme.spacingXs

        Label {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingXl
            Layout.leftMargin: Theme.spacingXl
            Layout.rightMargin: Theme.spacingXl
            text: root.title
            color: Theme.text
            font.pointSize: Theme.fontSizeTitle
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingXl
            Layout.rightMargin: Theme.spacingXl
            text: qsTr("Pick yourself from the catalog's users. Atrium then shows the services you and your teams own.")
            wrapMode: Text.Wrap
            color: Theme.muted
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingM

        TextField {
            id: filterField
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingL
            Layout.leftMargin: Theme.spacingXl
            Layout.rightMargin: Theme.spacingXl
            placeholderText: qsTr("Filter by name, email or team")
            selectByMouse: true
            Accessible.name: qsTr("Filter users")
            onTextChanged: usersList.currentIndex = usersModel.count > 0 && text.length > 0 ? 0 : usersList.currentIndex
            Keys.onDownPressed: usersList.currentIndex = Math.min(usersList.currentIndex + 1, usersList.count - 1)
            Keys.onUpPressed: usersList.currentIndex = Math.max(usersList.currentIndex - 1, 0)
            Keys.onReturnPressed: root.confirm()
            Keys.onEnterPressed: root.confirm()
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.leftMargin: Theme.spacingXl
            Layout.rightMargin: Theme.spacingXl
            radius: Theme.radiusM
            color: Theme.surfaceAlt
            border.color: Theme.border

            ListView {
                id: usersList
                anchors.fill: parent
                anchors.margins: 1
                clip: true
                currentIndex: -1
                activeFocusOnTab: true
                keyNavigationEnabled: true
                highlightMoveDuration: 0
                boundsBehavior: Flickable.StopAtBounds
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Users")
                ScrollBar.vertical: ScrollBar {}
                model: EntityListModel {
                    id: usersModel
                    mode: "users"
                    filterText: filterField.text
                }
                delegate: UserDelegate {}
                Keys.onReturnPressed: root.confirm()
                Keys.onEnterPressed: root.confirm()

                Label {
                    anchors.centerIn: parent
                    visible: usersList.count === 0
                    width: parent.width - 2 * Theme.spacingXl
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    text: filterField.text.length > 0 ? qsTr("No user matches “%1”").arg(filterField.text)
                                                      : qsTr("The catalog has no User entities yet.")
                    color: Theme.muted
                }
            }
        }
    }

    footer: RowLayout {
        spacing: Theme.spacingS

        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingXl
            Layout.topMargin: Theme.spacingL
            Layout.bottomMargin: Theme.spacingL
            text: qsTr("You can change this later in Settings.")
            color: Theme.faint
            font.pointSize: Theme.fontSizeSmall
            elide: Text.ElideRight
        }
        ActionButton {
            text: qsTr("Not now")
            onClicked: root.close()
        }
        ActionButton {
            Layout.rightMargin: Theme.spacingXl
            text: qsTr("Continue")
            primary: true
            enabled: root.selectedRef.length > 0
            onClicked: root.confirm()
        }
    }

    component UserDelegate: ItemDelegate {
        id: row

        required property int index
        required property string ref
        required property string title
        required property string email
        required property string subtitle

        width: ListView.view.width
        height: 52
        hoverEnabled: true
        focusPolicy: Qt.NoFocus
        highlighted: ListView.isCurrentItem
        Accessible.role: Accessible.ListItem
        Accessible.name: row.title + (row.email.length > 0 ? ", " + row.email : "")
        Accessible.selected: row.highlighted

        onClicked: usersList.currentIndex = row.index
        onDoubleClicked: {
            usersList.currentIndex = row.index;
            root.confirm();
        }

        background: Rectangle {
            color: row.highlighted ? Theme.selection : row.hovered ? Theme.hover : "transparent"
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.border
                opacity: 0.6
            }
        }

        contentItem: RowLayout {
            spacing: Theme.spacingM

            Avatar {
                name: row.title
                size: 30
                color: row.highlighted ? Theme.accent : Theme.kindColor("user")
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 1
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS
                    Label {
                        text: row.title
                        color: Theme.text
                        font.weight: Font.Medium
                        elide: Text.ElideRight
                        Layout.maximumWidth: implicitWidth
                        Layout.fillWidth: true
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.email
                        color: Theme.muted
                        font.pointSize: Theme.fontSizeSmall
                        elide: Text.ElideRight
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: row.subtitle.length > 0
                    text: row.subtitle
                    color: Theme.muted
                    font.pointSize: Theme.fontSizeSmall
                    elide: Text.ElideRight
                }
            }
            Icon {
                visible: row.highlighted
                name: "check"
                color: Theme.accent
            }
        }
    }
}
