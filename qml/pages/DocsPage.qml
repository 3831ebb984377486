pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Core

// An entity's TechDocs on a page of their own (opened from the Documentation card).
FocusScope {
    id: root

    objectName: "docsPage"

    property string entityRef
    readonly property string title: qsTr("%1 docs").arg(controller.found ? controller.title : root.entityRef)

    EntityController {
        id: controller
        entityRef: root.entityRef
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 48
            color: Theme.surface

            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.border
            }

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingL
                anchors.rightMargin: Theme.spacingL
                spacing: Theme.spacingM

                Icon {
                    name: "docs"
                    color: Theme.kindColor(controller.kind)
                }
                Label {
                    Layout.fillWidth: true
                    text: docsView.siteName.length > 0 ? docsView.siteName : controller.title
                    elide: Text.ElideRight
                    color: Theme.text
                    font.pointSize: Theme.fontSizeLarge
                    font.weight: Font.DemiBold
                }
                Label {
                    visible: controller.ownerTitle.length > 0
                    text: qsTr("Owned by")
                    color: Theme.muted
                }
                EntityLink {
                    visible: controller.ownerRef.length > 0
                    entityRef: controller.ownerRef
                    text: controller.ownerTitle
                }
                IconButton {
                    text: qsTr("Open %1").arg(controller.kind.length > 0 ? controller.kind.toLowerCase() : qsTr("entity"))
                    iconName: "chevronRight"
                    enabled: controller.found
                    onClicked: Navigator.openEntity(root.entityRef)
                }
            }
        }

        DocsView {
            id: docsView
            Layout.fillWidth: true
            Layout.fillHeight: true
            focus: true
            docsDir: controller.docsDir
        }
    }

    EmptyState {
        anchors.fill: parent
        anchors.topMargin: 48
        visible: !controller.found && !App.loading
        iconName: "docs"
        tone: Theme.warning
        title: qsTr("This entity is no longer in the catalog")
        text: root.entityRef
        actionText: qsTr("Go back")
        onActionTriggered: Navigator.back()
    }
}
