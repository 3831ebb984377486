import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// What a view shows when it has nothing to show: an icon, a title, one sentence and an action.
Item {
    id: root

    property string iconName: "inbox"
    property string title
    property string text
    property string actionText
    property string secondaryActionText
    // Smaller variant for cards.
    property bool compact: false
    property color tone: Theme.accent
    property bool busy: false

    signal actionTriggered()
    signal secondaryActionTriggered()

    implicitWidth: column.implicitWidth
    implicitHeight: column.implicitHeight + 2 * Theme.spacingL

    Accessible.role: Accessible.StaticText
    Accessible.name: root.title
    Accessible.description: root.text

    // Moves keyboard focus to the action button, when there is one.
    function focusAction() {
        if (root.actionText.length > 0)
            button.forceActiveFocus(Qt.TabFocusReason);
    }

    ColumnLayout {
        id: column
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingL, root.compact ? 320 : 440)
        spacing: root.compact ? Theme.spacingS : Theme.spacingM

        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            Layout.bottomMargin: root.compact ? 0 : Theme.spacingXs
            implicitWidth: root.compact ? 44 : 64
            implicitHeight: implicitWidth
            radius: width / 2
            color: Theme.tint(root.tone, Theme.dark ? 0.16 : 0.10)
            border.color: Theme.tint(root.tone, 0.25)

            Icon {
                anchors.centerIn: parent
                visible: !root.busy
                name: root.iconName
                size: root.compact ? 22 : 30
                lineWidth: root.compact ? 1.5 : 1.7
                color: root.tone
            }
            BusyIndicator {
                anchors.centerIn: parent
                visible: root.busy
                running: root.busy
                implicitWidth: parent.width - 12
                implicitHeight: implicitWidth
            }
        }
        Label {
            Layout.fillWidth: true
            text: root.title
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: Theme.text
            font.pointSize: root.compact ? Theme.fontSize : Theme.fontSizeTitle - 2
            font.weight: Font.DemiBold
        }
        Label {
            Layout.fillWidth: true
            visible: root.text.length > 0
            text: root.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: Theme.muted
            font.pointSize: root.compact ? Theme.fontSizeSmall : Theme.fontSize
            lineHeight: 1.15
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.spacingXs
            spacing: Theme.spacingS
            visible: root.actionText.length > 0 || root.secondaryActionText.length > 0

            ActionButton {
                id: button
                visible: root.actionText.length > 0
                text: root.actionText
                primary: true
                onClicked: root.actionTriggered()
            }
            ActionButton {
                id: secondary
                visible: root.secondaryActionText.length > 0
                text: root.secondaryActionText
                onClicked: root.secondaryActionTriggered()
            }
        }
    }
}
