pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Core

// The software catalog: facets on the left, a type-ahead filter and a virtualized, sortable table.
FocusScope {
    id: root

    readonly property string title: qsTr("Catalog")
    property bool facetsShown: true

    // Column layout of the table (header and rows share it). Narrow windows drop the least
    // important columns rather than squeezing names.
    readonly property real tableWidth: table.width
    readonly property int starWidth: 34
    readonly property int kindWidth: 108
    readonly property int ownerWidth: 168
    readonly property int typeWidth: root.tableWidth >= 760 ? 104 : 0
    readonly property int lifecycleWidth: 112
    readonly property int systemWidth: root.tableWidth >= 880 ? 150 : 0
    readonly property int tagsWidth: root.tableWidth >= 1010 ? 190 : 0
    readonly property int nameWidth: Math.max(200, root.tableWidth - root.starWidth - root.kindWidth - root.ownerWidth
                                                   - root.typeWidth - root.lifecycleWidth - root.systemWidth
                                                   - root.tagsWidth - Theme.spacingS)
    readonly property bool filtered: catalogModel.hasFilters || catalogModel.searchText.length > 0 || catalogModel.starredOnly

    function focusDefault() {
        filterField.forceActiveFocus(Qt.OtherFocusReason);
    }

    function clearAll() {
        catalogModel.clearFilters();
        catalogModel.starredOnly = false;
        filterField.clear();
    }

    function openRow(row: int) {
        const ref = catalogModel.refAt(row);
        if (ref.length > 0)
            Navigator.openEntity(ref);
    }

    function formatCount(n: int): string {
        return Number(n).toLocaleString(Qt.locale(), "f", 0);
    }

    onActiveFocusChanged: {
        if (activeFocus && !filterField.activeFocus && !table.activeFocus)
            Qt.callLater(root.focusDefault);
    }

    // A new query shows its results from the top (they arrive a moment after the query changes).
    property bool scrollToTopOnResult: false

    Timer {
        id: resultWait
        interval: 1000
        onTriggered: root.scrollToTopOnResult = false
    }

    CatalogModel {
        id: catalogModel
        onQueryChanged: {
            root.scrollToTopOnResult = true;
            resultWait.restart();
            table.positionViewAtBeginning();
        }
        onCountChanged: {
            if (!root.scrollToTopOnResult)
                return;
            root.scrollToTopOnResult = false;
            table.currentIndex = table.activeFocus && table.count > 0 ? 0 : -1;
            table.positionViewAtBeginning();
        }
    }

    Shortcut {
        sequences: [StandardKey.Find, "Ctrl+L"]
        enabled: root.visible
        onActivated: root.focusDefault()
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // Facet panel.
        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: root.width < 1000 ? Theme.facetPanelWidth - 36 : Theme.facetPanelWidth
            visible: root.facetsShown
            color: Theme.surface

            Rectangle {
                anchors.right: parent.right
                width: 1
                height: parent.height
                color: Theme.border
            }

            ScrollView {
                id: facetScroll
                anchors.fill: parent
                anchors.rightMargin: 1
                contentWidth: availableWidth
                Accessible.role: Accessible.Pane
                Accessible.name: qsTr("Filters")

                ColumnLayout {
                    width: facetScroll.availableWidth - 2 * Theme.spacingM
                    x: Theme.spacingM
                    spacing: 2

                    RowLayout {
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacingM
                        Layout.bottomMargin: Theme.spacingXs
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Filters")
                            color: Theme.text
                            font.pointSize: Theme.fontSizeLarge
                            font.weight: Font.DemiBold
                        }
                        IconButton {
                            text: qsTr("Clear")
                            visible: catalogModel.hasFilters
                            toolTip: qsTr("Clear all facet filters")
                            onClicked: catalogModel.clearFilters()
                        }
                    }

                    Repeater {
                        model: ["kind", "type", "owner", "lifecycle", "system", "tag", "namespace"]
                        delegate: FacetSection {
                            required property string modelData
                            Layout.fillWidth: true
                            catalog: catalogModel
                            facet: modelData
                            expanded: modelData !== "namespace"
                        }
                    }
                }
            }
        }

        // Toolbar, active filters and the table.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            // A remote catalog whose server cannot be reached: its last good data is what is shown.
            Banner {
                id: offlineBanner
                objectName: "remoteCatalogBanner"
                readonly property var failing: {
                    const syncs = App.connections ? App.connections.catalogSyncs : ({});
                    for (const id in syncs) {
                        const s = syncs[id];
                        if (!s.syncing && s.lastError.length > 0)
                            return { id: id, sync: s };
                    }
                    return null;
                }
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingL
                Layout.rightMargin: Theme.spacingL
                Layout.topMargin: Theme.spacingM
                visible: offlineBanner.failing !== null
                level: "warning"
                text: !offlineBanner.failing ? ""
                      : offlineBanner.failing.sync.credentialRefused
                        ? qsTr("The server of %1 refused its credential: %2 Enter a new one in Settings, Connections.")
                              .arg(offlineBanner.failing.id).arg(offlineBanner.failing.sync.lastError)
                      : offlineBanner.failing.sync.syncedAt > 0
                        ? qsTr("The catalog of %1 could not be refreshed: %2 Showing its data from %3.")
                              .arg(offlineBanner.failing.id).arg(offlineBanner.failing.sync.lastError)
                              .arg(new Date(offlineBanner.failing.sync.syncedAt).toLocaleString(Qt.locale(), Locale.ShortFormat))
                        : qsTr("The catalog of %1 could not be fetched: %2").arg(offlineBanner.failing.id).arg(offlineBanner.failing.sync.lastError)
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingL
                Layout.rightMargin: Theme.spacingL
                Layout.topMargin: Theme.spacingM
                Layout.bottomMargin: Theme.spacingS
                spacing: Theme.spacingS

                IconButton {
                    iconName: "filter"
                    checkable: true
                    checked: root.facetsShown
                    toolTip: root.facetsShown ? qsTr("Hide filters") : qsTr("Show filters")
                    onClicked: root.facetsShown = !root.facetsShown
                }

                TextField {
                    id: filterField
                    objectName: "catalogFilterField"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 340
                    Layout.maximumWidth: 340
                    Layout.minimumWidth: 160
                    Layout.preferredHeight: Theme.controlHeight
                    leftPadding: 30
                    placeholderText: qsTr("Filter by name, title, owner or tag")
                    selectByMouse: true
                    focus: true
                    Accessible.role: Accessible.EditableText
                    Accessible.name: qsTr("Filter the catalog")
                    onTextChanged: catalogModel.searchText = text
                    Keys.onDownPressed: {
                        table.forceActiveFocus(Qt.TabFocusReason);
                        if (table.currentIndex < 0 && table.count > 0)
                            table.currentIndex = 0;
                    }
                    Keys.onReturnPressed: {
                        if (table.count > 0)
                            root.openRow(Math.max(0, table.currentIndex));
                    }
                    Keys.onEnterPressed: {
                        if (table.count > 0)
                            root.openRow(Math.max(0, table.currentIndex));
                    }
                    Keys.onEscapePressed: event => {
                        if (text.length > 0)
                            clear();
                        else
                            event.accepted = false;
                    }

                    Icon {
                        anchors.left: parent.left
                        anchors.leftMargin: 9
                        anchors.verticalCenter: parent.verticalCenter
                        name: "search"
                        size: 14
                        color: Theme.muted
                    }
                    BusyIndicator {
                        anchors.right: parent.right
                        anchors.rightMargin: 6
                        anchors.verticalCenter: parent.verticalCenter
                        width: 16
                        height: 16
                        padding: 0
                        running: catalogModel.loading
                        visible: catalogModel.loading
                    }
                }

                IconButton {
                    text: qsTr("Starred only")
                    iconName: "star"
                    iconColor: catalogModel.starredOnly ? Theme.star : Theme.muted
                    iconFilled: catalogModel.starredOnly
                    checkable: true
                    checked: catalogModel.starredOnly
                    toolTip: qsTr("Show only the entities you starred")
                    onClicked: catalogModel.starredOnly = !catalogModel.starredOnly
                }

                IconButton {
                    text: qsTr("Clear filters")
                    iconName: "close"
                    enabled: root.filtered
                    onClicked: root.clearAll()
                }

                Label {
                    id: countLabel
                    objectName: "catalogCount"
                    // Fills the rest of the row, right-aligned: the count changes while the layout
                    // is not looking, and its implicit width is then not taken into account.
                    Layout.fillWidth: true
                    Layout.minimumWidth: 150
                    horizontalAlignment: Text.AlignRight
                    elide: Text.ElideLeft
                    text: catalogModel.totalCount > 0 && catalogModel.count !== catalogModel.totalCount
                          ? qsTr("%1 of %2 entities").arg(root.formatCount(catalogModel.count)).arg(root.formatCount(catalogModel.totalCount))
                          : qsTr("%1 entities").arg(root.formatCount(catalogModel.count))
                    color: Theme.muted
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                    HoverHandler { id: countHover }
                    ToolTip.visible: countHover.hovered
                    ToolTip.delay: 600
                    ToolTip.text: qsTr("Query took %1 ms").arg(catalogModel.lastQueryMs.toFixed(1))
                }
            }

            // The active facet filters as removable chips.
            Flow {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingL
                Layout.rightMargin: Theme.spacingL
                Layout.bottomMargin: Theme.spacingS
                visible: catalogModel.hasFilters
                spacing: Theme.spacingXs

                Repeater {
                    model: {
                        const chips = [];
                        const filters = catalogModel.filters;
                        for (const facet of Object.keys(filters)) {
                            for (const value of filters[facet])
                                chips.push({ facet: facet, value: value });
                        }
                        return chips;
                    }
                    delegate: AbstractButton {
                        id: chip

                        required property var modelData

                        implicitHeight: 24
                        implicitWidth: chipRow.implicitWidth + 16
                        hoverEnabled: true
                        activeFocusOnTab: true
                        Accessible.role: Accessible.Button
                        Accessible.name: qsTr("Remove filter %1: %2").arg(chip.modelData.facet).arg(chip.modelData.value)
                        onClicked: catalogModel.toggleFilter(chip.modelData.facet, chip.modelData.value)
                        Keys.onReturnPressed: chip.clicked()
                        Keys.onEnterPressed: chip.clicked()

                        background: Rectangle {
                            radius: 12
                            color: chip.hovered ? Theme.selection : Theme.accentSoft
                            border.color: Theme.tint(Theme.accent, 0.35)
                            FocusRing {
                                visible: chip.visualFocus
                                radius: 12
                            }
                        }
                        contentItem: Item {}
                        Row {
                            id: chipRow
                            anchors.centerIn: parent
                            spacing: 5
                            Label {
                                anchors.verticalCenter: parent.verticalCenter
                                text: chip.modelData.facet + ":"
                                color: Theme.muted
                                font.pointSize: Theme.fontSizeSmall
                            }
                            Label {
                                anchors.verticalCenter: parent.verticalCenter
                                text: chip.modelData.value
                                color: Theme.accent
                                font.pointSize: Theme.fontSizeSmall
                                font.weight: Font.Medium
                            }
                            Icon {
                                anchors.verticalCenter: parent.verticalCenter
                                name: "close"
                                size: 11
                                color: Theme.accent
                            }
                        }
                    }
                }
            }

            // The table.
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.leftMargin: Theme.spacingL
                Layout.rightMargin: Theme.spacingL
                Layout.bottomMargin: Theme.spacingL
                color: Theme.surface
                radius: Theme.radiusL
                border.color: Theme.border

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 1
                    spacing: 0

                    // Header row: click a column to sort by it, again to reverse.
                    Rectangle {
                        Layout.fillWidth: true
                        Layout.preferredHeight: 32
                        color: Theme.surfaceAlt
                        radius: Theme.radiusL

                        Rectangle {
                            anchors.bottom: parent.bottom
                            width: parent.width
                            height: parent.height / 2
                            color: Theme.surfaceAlt
                        }
                        Rectangle {
                            anchors.bottom: parent.bottom
                            width: parent.width
                            height: 1
                            color: Theme.border
                        }

                        Row {
                            anchors.fill: parent
                            Item {
                                width: root.starWidth
                                height: parent.height
                                Text {
                                    anchors.centerIn: parent
                                    text: "★"
                                    color: Theme.faint
                                    font.pixelSize: 13
                                }
                            }
                            HeaderCell { width: root.kindWidth; column: "kind"; text: qsTr("Kind") }
                            HeaderCell { width: root.nameWidth; column: "name"; text: qsTr("Name") }
                            HeaderCell { width: root.ownerWidth; column: "owner"; text: qsTr("Owner") }
                            HeaderCell { width: root.typeWidth; visible: width > 0; column: "type"; text: qsTr("Type") }
                            HeaderCell { width: root.lifecycleWidth; column: "lifecycle"; text: qsTr("Lifecycle") }
                            HeaderCell { width: root.systemWidth; visible: width > 0; column: "system"; text: qsTr("System") }
                            HeaderCell { width: root.tagsWidth; visible: width > 0; column: ""; text: qsTr("Tags") }
                        }
                    }

                    ListView {
                        id: table
                        objectName: "catalogTable"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        model: catalogModel
                        reuseItems: true
                        currentIndex: -1
                        activeFocusOnTab: true
                        keyNavigationEnabled: true
                        highlightMoveDuration: 0
                        highlightFollowsCurrentItem: true
                        boundsBehavior: Flickable.StopAtBounds
                        cacheBuffer: 8 * Theme.rowHeight
                        Accessible.role: Accessible.Table
                        Accessible.name: qsTr("Catalog entities")
                        ScrollBar.vertical: ScrollBar {
                            minimumSize: 0.04
                        }

                        readonly property int pageRows: Math.max(1, Math.floor(height / Theme.rowHeight) - 1)

                        onActiveFocusChanged: {
                            if (activeFocus && currentIndex < 0 && count > 0)
                                currentIndex = 0;
                        }
                        Keys.onPressed: event => {
                            switch (event.key) {
                            case Qt.Key_PageDown:
                                table.currentIndex = Math.min(table.count - 1, table.currentIndex + table.pageRows);
                                break;
                            case Qt.Key_PageUp:
                                table.currentIndex = Math.max(0, table.currentIndex - table.pageRows);
                                break;
                            case Qt.Key_Home:
                                table.currentIndex = 0;
                                break;
                            case Qt.Key_End:
                                table.currentIndex = table.count - 1;
                                break;
                            case Qt.Key_Return:
                            case Qt.Key_Enter:
                                root.openRow(table.currentIndex);
                                break;
                            case Qt.Key_Asterisk:
                                App.toggleStar(catalogModel.refAt(table.currentIndex));
                                break;
                            case Qt.Key_D:
                                if (!(event.modifiers & Qt.ControlModifier))
                                    return;
                                App.toggleStar(catalogModel.refAt(table.currentIndex));
                                break;
                            case Qt.Key_Up:
                                if (table.currentIndex > 0)
                                    return;
                                filterField.forceActiveFocus(Qt.BacktabFocusReason);
                                break;
                            default:
                                return;
                            }
                            event.accepted = true;
                        }

                        delegate: CatalogRow {}
                    }
                }

                EmptyState {
                    anchors.fill: parent
                    anchors.topMargin: 32
                    visible: table.count === 0
                    busy: App.loading || (catalogModel.loading && catalogModel.totalCount === 0)
                    iconName: root.filtered ? "search" : "catalog"
                    title: App.loading ? qsTr("Loading the catalog…")
                         : App.entityCount === 0 ? qsTr("The catalog is empty")
                         : catalogModel.loading ? qsTr("Searching…")
                         : qsTr("No entities match")
                    text: App.loading ? qsTr("Reading descriptor files from the workspace.")
                        : App.entityCount === 0 ? qsTr("Add catalog-info.yaml files to a catalog source listed in atrium.yaml, or check the Problems page.")
                        : catalogModel.loading ? ""
                        : qsTr("Nothing in the catalog matches the filter text and the selected facets.")
                    actionText: !App.loading && App.entityCount > 0 && root.filtered ? qsTr("Clear filters") : ""
                    secondaryActionText: !App.loading && App.entityCount === 0 ? qsTr("Open Problems") : ""
                    onActionTriggered: root.clearAll()
                    onSecondaryActionTriggered: Navigator.openPage("problems")
                }
            }
        }
    }

    component HeaderCell: AbstractButton {
        id: cell

        property string column
        readonly property bool sorted: cell.column.length > 0 && catalogModel.sortColumn === cell.column

        height: parent ? parent.height : 32
        enabled: cell.column.length > 0
        activeFocusOnTab: cell.enabled
        hoverEnabled: true
        Accessible.role: Accessible.ColumnHeader
        Accessible.name: cell.sorted ? (catalogModel.sortDescending ? qsTr("%1, sorted descending").arg(cell.text)
                                                               : qsTr("%1, sorted ascending").arg(cell.text))
                                     : cell.text
        onClicked: catalogModel.sortBy(cell.column)
        Keys.onReturnPressed: cell.clicked()
        Keys.onEnterPressed: cell.clicked()

        background: Rectangle {
            color: cell.hovered && cell.enabled ? Theme.hover : "transparent"
            FocusRing {
                anchors.margins: 2
                visible: cell.visualFocus
                radius: Theme.radiusS
            }
        }
        contentItem: Item {}
        Row {
            anchors.left: parent.left
            anchors.leftMargin: Theme.spacingS
            anchors.verticalCenter: parent.verticalCenter
            spacing: 4
            Text {
                anchors.verticalCenter: parent.verticalCenter
                text: cell.text
                color: cell.sorted ? Theme.text : Theme.muted
                font.pointSize: Theme.fontSizeSmall
                font.weight: Font.DemiBold
            }
            Icon {
                anchors.verticalCenter: parent.verticalCenter
                visible: cell.sorted
                name: catalogModel.sortDescending ? "arrowDown" : "arrowUp"
                size: 12
                lineWidth: 2
                color: Theme.accent
            }
        }
    }

    // One table row. Plain Text and fixed widths keep it cheap: only the visible rows exist and
    // they are reused while scrolling.
    component CatalogRow: Item {
        id: row

        required property int index
        required property string ref
        required property string kind
        required property string name
        required property string title
        required property string description
        required property string owner
        required property string ownerRef
        required property string type
        required property string lifecycle
        required property string system
        required property string systemRef
        required property var tags
        required property bool starred
        required property int problemCount

        readonly property bool current: ListView.isCurrentItem

        width: ListView.view.width
        height: Theme.rowHeight
        Accessible.role: Accessible.Row
        Accessible.name: qsTr("%1, %2, owned by %3").arg(row.title).arg(row.kind).arg(row.owner)

        Rectangle {
            anchors.fill: parent
            color: row.current ? (table.activeFocus ? Theme.selection : Theme.hover)
                 : rowMouse.containsMouse ? Theme.hover : "transparent"
        }
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.border
            opacity: 0.55
        }
        Rectangle {
            visible: row.current && table.activeFocus
            width: 2
            height: parent.height
            color: Theme.accent
        }

        MouseArea {
            id: rowMouse
            anchors.fill: parent
            hoverEnabled: true
            acceptedButtons: Qt.LeftButton
            onClicked: {
                table.currentIndex = row.index;
                table.forceActiveFocus(Qt.MouseFocusReason);
            }
            onDoubleClicked: root.openRow(row.index)
        }

        Row {
            anchors.fill: parent

            // Star toggle.
            Item {
                width: root.starWidth
                height: parent.height
                Text {
                    anchors.centerIn: parent
                    text: row.starred ? "★" : "☆"
                    color: row.starred ? Theme.star : (starMouse.containsMouse ? Theme.muted : Theme.faint)
                    font.pixelSize: 15
                }
                MouseArea {
                    id: starMouse
                    anchors.fill: parent
                    hoverEnabled: true
                    cursorShape: Qt.PointingHandCursor
                    onClicked: App.toggleStar(row.ref)
                    ToolTip.visible: containsMouse
                    ToolTip.delay: 700
                    ToolTip.text: row.starred ? qsTr("Unstar (Ctrl+D)") : qsTr("Star (Ctrl+D)")
                }
            }
            Item {
                width: root.kindWidth
                height: parent.height
                KindChip {
                    x: Theme.spacingS
                    anchors.verticalCenter: parent.verticalCenter
                    kind: row.kind
                    plain: true
                }
            }
            // Name: the title as a link, then the description in the remaining space.
            Item {
                width: root.nameWidth
                height: parent.height
                clip: true
                Text {
                    id: titleText
                    x: Theme.spacingS
                    anchors.verticalCenter: parent.verticalCenter
                    width: Math.min(implicitWidth, parent.width - Theme.spacingS * 2 - (row.problemCount > 0 ? 22 : 0))
                    text: row.title
                    elide: Text.ElideRight
                    color: Theme.text
                    font.weight: Font.Medium
                    font.underline: titleMouse.containsMouse
                    MouseArea {
                        id: titleMouse
                        anchors.fill: parent
                        hoverEnabled: true
                        cursorShape: Qt.PointingHandCursor
                        onClicked: root.openRow(row.index)
                        ToolTip.visible: containsMouse && (titleText.truncated || row.title !== row.name)
                        ToolTip.delay: 700
                        ToolTip.text: row.title + "\n" + row.ref
                    }
                }
                Text {
                    id: problemBadge
                    anchors.left: titleText.right
                    anchors.leftMargin: 6
                    anchors.verticalCenter: parent.verticalCenter
                    visible: row.problemCount > 0
                    text: "⚠"
                    color: Theme.warning
                    font.pixelSize: 13
                }
                Text {
                    anchors.left: row.problemCount > 0 ? problemBadge.right : titleText.right
                    anchors.leftMargin: Theme.spacingS + 2
                    anchors.right: parent.right
                    anchors.rightMargin: Theme.spacingS
                    anchors.verticalCenter: parent.verticalCenter
                    visible: row.description.length > 0 && width > 40
                    text: row.description
                    elide: Text.ElideRight
                    maximumLineCount: 1
                    color: Theme.faint
                    font.pointSize: Theme.fontSizeSmall
                }
            }
            Text {
                width: root.ownerWidth
                height: parent.height
                leftPadding: Theme.spacingS
                rightPadding: Theme.spacingS
                verticalAlignment: Text.AlignVCenter
                text: row.owner
                elide: Text.ElideRight
                color: Theme.text
            }
            Text {
                width: root.typeWidth
                height: parent.height
                visible: width > 0
                leftPadding: Theme.spacingS
                rightPadding: Theme.spacingS
                verticalAlignment: Text.AlignVCenter
                text: row.type
                elide: Text.ElideRight
                color: Theme.muted
            }
            Item {
                width: root.lifecycleWidth
                height: parent.height
                LifecycleChip {
                    x: Theme.spacingS
                    anchors.verticalCenter: parent.verticalCenter
                    lifecycle: row.lifecycle
                    maximumWidth: root.lifecycleWidth - 2 * Theme.spacingS
                }
            }
            Text {
                width: root.systemWidth
                height: parent.height
                visible: width > 0
                leftPadding: Theme.spacingS
                rightPadding: Theme.spacingS
                verticalAlignment: Text.AlignVCenter
                text: row.system
                elide: Text.ElideRight
                color: Theme.muted
            }
            Item {
                width: root.tagsWidth
                height: parent.height
                visible: width > 0
                clip: true
                Row {
                    x: Theme.spacingS
                    anchors.verticalCenter: parent.verticalCenter
                    spacing: 4
                    Repeater {
                        model: row.tags.length > 0 ? row.tags.slice(0, 3) : []
                        delegate: TagChip {
                            required property string modelData
                            tag: modelData
                        }
                    }
                    Text {
                        anchors.verticalCenter: parent.verticalCenter
                        visible: row.tags.length > 3
                        text: "+" + (row.tags.length - 3)
                        color: Theme.faint
                        font.pointSize: Theme.fontSizeSmall
                    }
                }
            }
        }
    }
}
