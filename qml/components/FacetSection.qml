pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Core

// One facet of the catalog's filter panel: a collapsible list of checkable "value ··· count" rows,
// the top eight first and the rest behind "Show all".
ColumnLayout {
    id: root

    property CatalogModel catalog
    property string facet
    property bool expanded: true
    property bool showAll: false

    readonly property int collapsedRows: 8
    readonly property int expandedRows: 14
    readonly property int selectedCount: {
        const selected = root.catalog ? root.catalog.filters[root.facet] : undefined;
        return selected ? selected.length : 0;
    }

    spacing: 0
    visible: facetModel.count > 0 || root.selectedCount > 0

    FacetModel {
        id: facetModel
        catalog: root.catalog
        facet: root.facet
    }

    AbstractButton {
        id: header
        Layout.fillWidth: true
        Layout.preferredHeight: 30
        activeFocusOnTab: true
        hoverEnabled: true
        Accessible.role: Accessible.Button
        Accessible.name: root.expanded ? qsTr("Collapse %1").arg(facetModel.title) : qsTr("Expand %1").arg(facetModel.title)
        onClicked: root.expanded = !root.expanded
        Keys.onReturnPressed: header.clicked()
        Keys.onEnterPressed: header.clicked()

        background: Rectangle {
            radius: Theme.radiusS
            color: header.hovered ? Theme.hover : "transparent"
            FocusRing {
                visible: header.visualFocus
                radius: Theme.radiusS
            }
        }
        contentItem: RowLayout {
            spacing: 6
            Icon {
                name: root.expanded ? "chevronDown" : "chevronRight"
                size: 12
                color: Theme.muted
            }
            Label {
                Layout.fillWidth: true
                text: facetModel.title
                color: Theme.text
                font.pointSize: Theme.fontSizeSmall
                font.weight: Font.DemiBold
                font.capitalization: Font.AllUppercase
                font.letterSpacing: 0.5
                elide: Text.ElideRight
            }
            Rectangle {
                visible: root.selectedCount > 0
                implicitWidth: Math.max(18, selectedLabel.implicitWidth + 8)
                implicitHeight: 16
                radius: 8
                color: Theme.accent
                Label {
                    id: selectedLabel
                    anchors.centerIn: parent
                    text: root.selectedCount
                    color: Theme.accentText
                    font.pointSize: Theme.fontSizeTiny
                    font.weight: Font.DemiBold
                }
            }
            Label {
                text: facetModel.count
                color: Theme.faint
                font.pointSize: Theme.fontSizeSmall
            }
        }
    }

    ListView {
        id: list
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(facetModel.count, root.showAll ? root.expandedRows : root.collapsedRows) * Theme.facetRowHeight
        visible: root.expanded
        model: facetModel
        interactive: root.showAll && facetModel.count > root.expandedRows
        clip: true
        activeFocusOnTab: true
        keyNavigationEnabled: true
        highlightMoveDuration: 0
        boundsBehavior: Flickable.StopAtBounds
        reuseItems: true
        Accessible.role: Accessible.List
        Accessible.name: facetModel.title
        ScrollBar.vertical: ScrollBar {
            policy: list.interactive ? ScrollBar.AsNeeded : ScrollBar.AlwaysOff
        }

        Keys.onSpacePressed: list.currentItem?.toggle()
        Keys.onReturnPressed: list.currentItem?.toggle()
        Keys.onEnterPressed: list.currentItem?.toggle()
        Keys.onDownPressed: event => {
            // Past the visible top rows, reveal the rest rather than scrolling out of sight.
            if (!root.showAll && list.currentIndex + 1 >= root.collapsedRows && facetModel.count > root.collapsedRows)
                root.showAll = true;
            if (list.currentIndex < list.count - 1)
                list.incrementCurrentIndex();
            else
                event.accepted = false;
        }

        delegate: FacetRow {}
    }

    AbstractButton {
        id: more
        Layout.fillWidth: true
        Layout.preferredHeight: 24
        visible: root.expanded && facetModel.count > root.collapsedRows
        activeFocusOnTab: true
        hoverEnabled: true
        text: root.showAll ? qsTr("Show fewer") : qsTr("Show all %1").arg(facetModel.count)
        Accessible.role: Accessible.Button
        Accessible.name: text
        onClicked: root.showAll = !root.showAll
        Keys.onReturnPressed: more.clicked()
        Keys.onEnterPressed: more.clicked()

        background: Rectangle {
            radius: Theme.radiusS
            color: "transparent"
            FocusRing {
                visible: more.visualFocus
                radius: Theme.radiusS
            }
        }
        contentItem: Label {
            leftPadding: 26
            text: more.text
            color: Theme.accent
            font.pointSize: Theme.fontSizeSmall
            font.underline: more.hovered
            verticalAlignment: Text.AlignVCenter
        }
    }

    Item {
        Layout.preferredHeight: Theme.spacingS
    }

    component FacetRow: AbstractButton {
        id: row

        required property int index
        required property string value
        required property string label
        required property int count
        required property bool selected

        function toggle() {
            root.catalog.toggleFilter(root.facet, row.value);
        }

        width: ListView.view.width
        height: Theme.facetRowHeight
        hoverEnabled: true
        focusPolicy: Qt.NoFocus
        checkable: false
        Accessible.role: Accessible.CheckBox
        Accessible.checkable: true
        Accessible.checked: row.selected
        Accessible.name: qsTr("%1, %2 entities").arg(row.label).arg(row.count)

        ToolTip.visible: row.hovered && rowLabel.truncated
        ToolTip.delay: 600
        ToolTip.text: row.label

        onClicked: {
            ListView.view.currentIndex = row.index;
            row.toggle();
        }

        background: Rectangle {
            radius: Theme.radiusS
            color: row.ListView.isCurrentItem && row.ListView.view.activeFocus ? Theme.selection
                 : row.hovered ? Theme.hover : "transparent"
        }

        contentItem: Item {
            Rectangle {
                id: box
                x: 8
                anchors.verticalCenter: parent.verticalCenter
                width: 14
                height: 14
                radius: 3
                color: row.selected ? Theme.accent : Theme.surface
                border.color: row.selected ? Theme.accent : Theme.borderStrong

                Text {
                    anchors.centerIn: parent
                    visible: row.selected
                    text: "✓"
                    color: Theme.accentText
                    font.pixelSize: 11
                    font.bold: true
                }
            }
            Text {
                id: rowLabel
                anchors.left: box.right
                anchors.leftMargin: 8
                anchors.right: countLabel.left
                anchors.rightMargin: 8
                anchors.verticalCenter: parent.verticalCenter
                text: row.label
                elide: Text.ElideRight
                color: row.count > 0 || row.selected ? Theme.text : Theme.faint
                font.pointSize: Theme.fontSizeSmall + 0.5
            }
            Text {
                id: countLabel
                anchors.right: parent.right
                anchors.rightMargin: 6
                anchors.verticalCenter: parent.verticalCenter
                text: Number(row.count).toLocaleString(Qt.locale(), "f", 0)
                color: Theme.faint
                font.pointSize: Theme.fontSizeSmall
            }
        }
    }
}
