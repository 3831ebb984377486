pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Core

// An entity's TechDocs: the page list on the left, the current page's markdown on the right.
// Links to other pages open here, anything else in the browser.
FocusScope {
    id: root

    property alias docsDir: docs.docsDir
    readonly property alias siteName: docs.siteName

    DocsController {
        id: docs
        onPageChanged: pageList.currentIndex = docs.pages.findIndex(page => page.path === docs.currentPath)
        onPagesChanged: pageList.currentIndex = docs.pages.findIndex(page => page.path === docs.currentPath)
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        visible: docs.pages.length > 0 || docs.markdown.length > 0

        // Page list.
        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 240
            visible: docs.pages.length > 1
            color: Theme.surface

            Rectangle {
                anchors.right: parent.right
                width: 1
                height: parent.height
                color: Theme.border
            }

            ColumnLayout {
                anchors.fill: parent
                anchors.rightMargin: 1
                spacing: 0

                Label {
                    Layout.fillWidth: true
                    Layout.margins: Theme.spacingM
                    Layout.bottomMargin: Theme.spacingS
                    text: docs.siteName
                    visible: text.length > 0
                    elide: Text.ElideRight
                    color: Theme.text
                    font.weight: Font.DemiBold
                }

                ListView {
                    id: pageList
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: docs.pages
                    activeFocusOnTab: true
                    keyNavigationEnabled: true
                    highlightMoveDuration: 0
                    boundsBehavior: Flickable.StopAtBounds
                    currentIndex: -1
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Documentation pages")
                    ScrollBar.vertical: ScrollBar {}
                    Keys.onReturnPressed: pageList.currentItem?.open()
                    Keys.onEnterPressed: pageList.currentItem?.open()
                    Keys.onSpacePressed: pageList.currentItem?.open()

                    delegate: PageRow {}
                }
            }
        }

        // The page, on a reading surface.
        ScrollView {
            id: pageScroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true
            background: Rectangle {
                color: Theme.surface
            }

            TextEdit {
                id: markdownView
                objectName: "docsText"
                x: Math.max(Theme.spacingXl, (pageScroll.availableWidth - width) / 2)
                width: Math.min(pageScroll.availableWidth - 2 * Theme.spacingXl, Theme.maxReadableWidth)
                topPadding: Theme.spacingXl
                bottomPadding: Theme.spacingXxl
                readOnly: true
                selectByMouse: true
                selectByKeyboard: true
                activeFocusOnTab: true
                wrapMode: TextEdit.Wrap
                textFormat: TextEdit.MarkdownText
                baseUrl: docs.baseUrl
                text: docs.markdown
                color: Theme.text
                selectionColor: Theme.selection
                selectedTextColor: Theme.text
                font.pointSize: Theme.fontSize + 0.5
                Accessible.role: Accessible.Document
                Accessible.name: qsTr("Documentation page")
                Accessible.readOnly: true
                onLinkActivated: link => docs.followLink(link)

                HoverHandler {
                    cursorShape: markdownView.hoveredLink.length > 0 ? Qt.PointingHandCursor : Qt.IBeamCursor
                }
            }
        }
    }

    EmptyState {
        anchors.fill: parent
        visible: docs.error.length > 0 && docs.markdown.length === 0
        iconName: "docs"
        tone: Theme.error
        title: qsTr("These docs could not be shown")
        text: docs.error
    }
    EmptyState {
        anchors.fill: parent
        visible: docs.error.length === 0 && docs.pages.length === 0 && docs.markdown.length === 0
        iconName: "docs"
        busy: root.docsDir.length === 0
        title: root.docsDir.length === 0 ? qsTr("Finding the docs…") : qsTr("No pages")
        text: root.docsDir.length === 0 ? "" : qsTr("The docs folder has no markdown pages.")
    }

    component PageRow: ItemDelegate {
        id: row

        required property int index
        required property var modelData

        function open() {
            docs.currentPath = row.modelData.path;
        }

        width: ListView.view.width
        height: 30
        hoverEnabled: true
        focusPolicy: Qt.NoFocus
        leftPadding: Theme.spacingM + (row.modelData.level ?? 0) * 14
        rightPadding: Theme.spacingM
        highlighted: row.modelData.path === docs.currentPath
        Accessible.role: Accessible.ListItem
        Accessible.name: row.modelData.title
        onClicked: row.open()

        background: Rectangle {
            anchors.fill: parent
            anchors.leftMargin: 6
            anchors.rightMargin: 6
            radius: Theme.radiusM
            color: row.highlighted ? Theme.accentSoft : row.hovered ? Theme.hover : "transparent"
            FocusRing {
                visible: row.ListView.isCurrentItem && pageList.activeFocus
                anchors.margins: 0
                radius: Theme.radiusM
            }
        }
        contentItem: Label {
            text: row.modelData.title
            elide: Text.ElideRight
            verticalAlignment: Text.AlignVCenter
            color: row.highlighted ? Theme.accent : Theme.text
            font.weight: row.highlighted ? Font.DemiBold : Font.Normal
            font.pointSize: (row.modelData.level ?? 0) > 0 ? Theme.fontSizeSmall + 0.5 : Theme.fontSize
        }
    }
}
