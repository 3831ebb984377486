import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Core

// The status line: entity count, loading state, workspace errors and the workspace path.
Rectangle {
    id: root

    color: Theme.rail
    Accessible.role: Accessible.StatusBar
    Accessible.name: statusText.text

    Rectangle {
        width: parent.width
        height: 1
        color: Theme.border
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingM
        anchors.rightMargin: Theme.spacingM
        spacing: Theme.spacingM

        BusyIndicator {
            visible: App.loading
            running: App.loading
            Layout.preferredWidth: 14
            Layout.preferredHeight: 14
            padding: 0
        }
        Label {
            id: statusText
            text: App.loading ? qsTr("Loading catalog…")
                              : qsTr("%1 entities").arg(Number(App.entityCount).toLocaleString(Qt.locale(), "f", 0))
            color: Theme.muted
            font.pointSize: Theme.fontSizeSmall
        }
        Label {
            visible: App.workspaceError.length > 0
            Layout.fillWidth: true
            text: App.workspaceError
            color: Theme.error
            elide: Text.ElideRight
            font.pointSize: Theme.fontSizeSmall
        }
        Item {
            visible: App.workspaceError.length === 0
            Layout.fillWidth: true
        }
        Label {
            Layout.maximumWidth: root.width * 0.5
            text: App.workspacePath
            elide: Text.ElideMiddle
            color: Theme.faint
            font.pointSize: Theme.fontSizeSmall
            HoverHandler { id: pathHover }
            ToolTip.visible: pathHover.hovered && truncated
            ToolTip.text: App.workspacePath
        }
        Label {
            text: qsTr("Atrium %1").arg(App.version)
            color: Theme.faint
            font.pointSize: Theme.fontSizeSmall
        }
    }
}
