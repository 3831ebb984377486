import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// A modal dialog in the app's look: a title (and a line under it), a body that scrolls when it is
// taller than the window, and buttons on the right of the footer. Escape closes it; `initialFocus`
// gets the keyboard focus when it opens.
Dialog {
    id: root

    property string subtitle
    property Item initialFocus
    // Wider dialogs for forms.
    property int preferredWidth: 520
    default property alias body: bodyColumn.data
    property alias buttons: buttonRow.data
    // Text on the footer's left (a hint, a result).
    property string footerText

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(root.preferredWidth, (Overlay.overlay ? Overlay.overlay.width : 800) - 2 * Theme.spacingXxl)
    height: Math.min(implicitHeight, (Overlay.overlay ? Overlay.overlay.height : 700) - 2 * Theme.spacingXxl)
    padding: 0
    closePolicy: Popup.CloseOnEscape
    Accessible.role: Accessible.Dialog
    Accessible.name: root.title

    onOpened: {
        if (root.initialFocus)
            root.initialFocus.forceActiveFocus(Qt.PopupFocusReason);
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
            wrapMode: Text.Wrap
            color: Theme.text
            font.pointSize: Theme.fontSizeTitle
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingXl
            Layout.rightMargin: Theme.spacingXl
            visible: root.subtitle.length > 0
            text: root.subtitle
            wrapMode: Text.Wrap
            color: Theme.muted
        }
    }

    contentItem: ScrollView {
        id: scroll
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            id: bodyColumn
            x: Theme.spacingXl
            width: scroll.availableWidth - 2 * Theme.spacingXl
            spacing: Theme.spacingM

            Item {
                Layout.preferredHeight: Theme.spacingS
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
            text: root.footerText
            wrapMode: Text.Wrap
            color: Theme.muted
            font.pointSize: Theme.fontSizeSmall
        }
        Row {
            id: buttonRow
            Layout.rightMargin: Theme.spacingXl
            Layout.topMargin: Theme.spacingL
            Layout.bottomMargin: Theme.spacingL
            spacing: Theme.spacingS
        }
    }
}
