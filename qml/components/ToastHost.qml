pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// Short-lived messages stacked in a corner: a title, a body and a close button. Info and success
// go away after a few seconds, warnings and errors stay longer; at most four are shown.
Item {
    id: root

    implicitWidth: 380
    implicitHeight: column.implicitHeight

    // level: "info", "success", "warning" or "error".
    function show(level: string, title: string, body: string) {
        if (toasts.count >= 4)
            toasts.remove(0);
        toasts.append({ level: level, title: title, body: body });
    }

    ListModel {
        id: toasts
    }

    Column {
        id: column
        anchors.bottom: parent.bottom
        width: parent.width
        spacing: Theme.spacingS

        Repeater {
            model: toasts
            delegate: Rectangle {
                id: toast

                required property int index
                required property string level
                required property string title
                required property string body
                readonly property color tone: toast.level === "error" ? Theme.error
                                            : toast.level === "warning" ? Theme.warning
                                            : toast.level === "success" ? Theme.success : Theme.accent

                width: column.width
                implicitHeight: toastRow.implicitHeight + 2 * Theme.spacingM
                radius: Theme.radiusL
                color: Theme.surface
                border.color: Theme.tint(toast.tone, 0.6)
                Accessible.role: Accessible.AlertMessage
                Accessible.name: toast.body.length > 0 ? qsTr("%1: %2").arg(toast.title).arg(toast.body) : toast.title

                Timer {
                    running: !toastHover.hovered && !closeButton.activeFocus
                    interval: toast.level === "error" || toast.level === "warning" ? 12000 : 5000
                    onTriggered: toasts.remove(toast.index)
                }
                HoverHandler {
                    id: toastHover
                }
                Rectangle {
                    width: 4
                    height: parent.height - 2 * Theme.radiusL
                    anchors.left: parent.left
                    anchors.verticalCenter: parent.verticalCenter
                    radius: 2
                    color: toast.tone
                }

                RowLayout {
                    id: toastRow
                    anchors.fill: parent
                    anchors.margins: Theme.spacingM
                    anchors.leftMargin: Theme.spacingL
                    spacing: Theme.spacingS

                    Icon {
                        Layout.alignment: Qt.AlignTop
                        Layout.topMargin: 2
                        name: toast.level === "success" ? "check" : Theme.severityIcon(toast.level)
                        color: toast.tone
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: toast.title
                            wrapMode: Text.Wrap
                            color: Theme.text
                            font.weight: Font.DemiBold
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: toast.body.length > 0
                            text: toast.body
                            wrapMode: Text.Wrap
                            maximumLineCount: 6
                            elide: Text.ElideRight
                            color: Theme.muted
                            font.pointSize: Theme.fontSizeSmall
                        }
                    }
                    IconButton {
                        id: closeButton
                        Layout.alignment: Qt.AlignTop
                        iconName: "close"
                        toolTip: qsTr("Dismiss")
                        onClicked: toasts.remove(toast.index)
                    }
                }
            }
        }
    }
}
