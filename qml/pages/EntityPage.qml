pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Core

// One entity: a header with what it is and who owns it, then Overview, Source, Definition (APIs),
// Docs and Problems tabs.
FocusScope {
    id: root

    objectName: "entityPage"

    property string entityRef
    readonly property string title: controller.found ? controller.title : root.entityRef
    readonly property bool isApi: controller.kind.toLowerCase() === "api"
    // Tab ids in display order; Definition only for APIs, Docs only with TechDocs.
    readonly property var tabs: {
        const list = ["overview", "source"];
        if (root.isApi)
            list.push("definition");
        if (controller.hasDocs)
            list.push("docs");
        list.push("problems");
        for (const panel of root.pluginTabs)
            list.push("plugin:" + panel.key);
        return list;
    }
    // Tabs from plugins for this kind of entity (entries of App.plugins.entityTabs(kind)).
    readonly property var pluginTabs: {
        if (!App.plugins || !controller.found)
            return [];
        App.plugins.loadedCount; // a dependency: re-read when panelsChanged fires
        return App.plugins.entityTabs(controller.kind.toLowerCase());
    }
    readonly property int pluginTabIndex: root.currentTab.startsWith("plugin:")
                                          ? root.pluginTabs.findIndex(p => "plugin:" + p.key === root.currentTab) : -1
    // Plugin tabs load the first time they are shown.
    property var visitedPluginTabs: []
    readonly property string currentTab: root.tabs[tabBar.currentIndex] ?? "overview"
    property bool docsVisited: false
    // For the age of a remote entity's last sync.
    property real now: Date.now()

    function tabTitle(tab: string): string {
        switch (tab) {
        case "overview": return qsTr("Overview");
        case "source": return qsTr("Source");
        case "definition": return qsTr("Definition");
        case "docs": return qsTr("Docs");
        case "problems": return qsTr("Problems");
        default: {
            const panel = root.pluginTabs.find(p => "plugin:" + p.key === tab);
            return panel ? panel.title : tab;
        }
        }
    }

    function showTab(tab: string) {
        const index = root.tabs.indexOf(tab);
        if (index >= 0)
            tabBar.currentIndex = index;
    }

    function linkIcon(icon: string): string {
        switch (icon) {
        case "docs": case "doc": case "techdocs": return "docs";
        case "chat": case "slack": return "chat";
        case "help": return "help";
        case "dashboard": case "grafana": return "dashboard";
        case "github": case "code": return "code";
        default: return "external";
        }
    }

    onCurrentTabChanged: {
        if (root.currentTab === "docs")
            root.docsVisited = true;
        if (root.currentTab.startsWith("plugin:") && root.visitedPluginTabs.indexOf(root.currentTab) < 0)
            root.visitedPluginTabs = root.visitedPluginTabs.concat([root.currentTab]);
    }

    EntityController {
        id: controller
        objectName: "entityController"
        entityRef: root.entityRef
    }

    Shortcut {
        sequences: ["Ctrl+Tab", "Ctrl+PgDown"]
        enabled: root.visible && controller.found
        onActivated: tabBar.currentIndex = (tabBar.currentIndex + 1) % root.tabs.length
    }
    Shortcut {
        sequences: ["Ctrl+Shift+Tab", "Ctrl+PgUp"]
        enabled: root.visible && controller.found
        onActivated: tabBar.currentIndex = (tabBar.currentIndex + root.tabs.length - 1) % root.tabs.length
    }
    Shortcut {
        sequence: "Ctrl+D"
        enabled: root.visible && controller.found
        onActivated: App.toggleStar(root.entityRef)
    }
    Shortcut {
        sequence: "Ctrl+Shift+C"
        enabled: root.visible && controller.found
        onActivated: controller.copyRef()
    }
    Shortcut {
        sequence: "Ctrl+Shift+O"
        enabled: root.visible && controller.found && controller.backstageUrl.length > 0
        onActivated: controller.openInBackstage()
    }
    Timer {
        interval: 60000
        repeat: true
        running: root.visible && controller.remote
        onTriggered: root.now = Date.now()
    }

    EmptyState {
        anchors.fill: parent
        visible: !controller.found
        busy: App.loading
        iconName: "search"
        tone: App.loading ? Theme.accent : Theme.warning
        title: App.loading ? qsTr("Loading the catalog…") : qsTr("This entity is no longer in the catalog")
        text: App.loading ? "" : qsTr("“%1” was removed or renamed since this page was opened.").arg(root.entityRef)
        actionText: App.loading ? "" : qsTr("Go back")
        secondaryActionText: App.loading ? "" : qsTr("Open the catalog")
        onActionTriggered: Navigator.back()
        onSecondaryActionTriggered: Navigator.openPage("catalog")
    }

    ColumnLayout {
        anchors.fill: parent
        visible: controller.found
        spacing: 0

        // Header.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: header.implicitHeight + Theme.spacingL + Theme.spacingM
            color: Theme.surface

            ColumnLayout {
                id: header
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.leftMargin: Theme.spacingXl
                anchors.rightMargin: Theme.spacingXl
                anchors.topMargin: Theme.spacingL
                spacing: Theme.spacingS

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS

                    KindChip {
                        kind: controller.kind
                    }
                    Label {
                        visible: controller.specType.length > 0
                        text: controller.specType
                        color: Theme.muted
                        font.pointSize: Theme.fontSizeSmall
                    }
                    LifecycleChip {
                        lifecycle: controller.lifecycle
                    }
                    Item {
                        Layout.fillWidth: true
                    }
                    IconButton {
                        readonly property bool starred: App.starred.indexOf(root.entityRef) >= 0
                        text: starred ? qsTr("Starred") : qsTr("Star")
                        iconName: "star"
                        iconFilled: starred
                        iconColor: starred ? Theme.star : Theme.muted
                        toolTip: qsTr("Star or unstar (Ctrl+D)")
                        onClicked: App.toggleStar(root.entityRef)
                    }
                    IconButton {
                        text: qsTr("Copy ref")
                        iconName: "copy"
                        toolTip: qsTr("Copy %1 (Ctrl+Shift+C)").arg(controller.refString)
                        onClicked: controller.copyRef()
                    }
                    IconButton {
                        objectName: "openInBackstage"
                        visible: controller.backstageUrl.length > 0
                        text: qsTr("Open in Backstage")
                        iconName: "external"
                        toolTip: qsTr("Open %1 (Ctrl+Shift+O)").arg(controller.backstageUrl)
                        Accessible.name: qsTr("Open in Backstage")
                        Accessible.description: controller.backstageUrl
                        onClicked: controller.openInBackstage()
                    }
                    IconButton {
                        text: qsTr("Open file")
                        iconName: "file"
                        // Entities from a connection (e.g. "backstage:acme") have no file to open.
                        visible: !controller.filePath.length || controller.filePath.startsWith("/")
                        enabled: controller.filePath.length > 0
                        toolTip: controller.location
                        onClicked: controller.openInEditor()
                    }
                }

                Label {
                    objectName: "entityTitle"
                    Layout.fillWidth: true
                    text: controller.title
                    elide: Text.ElideRight
                    color: Theme.text
                    font.pointSize: Theme.fontSizeHeading
                    font.weight: Font.DemiBold
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                    HoverHandler { id: titleHover }
                    ToolTip.visible: titleHover.hovered && truncated
                    ToolTip.text: text
                }
                TextEdit {
                    Layout.fillWidth: true
                    text: controller.refString
                    readOnly: true
                    selectByMouse: true
                    color: Theme.muted
                    selectionColor: Theme.selection
                    selectedTextColor: Theme.text
                    font.family: Theme.monoFamily
                    font.pointSize: Theme.fontSizeSmall
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("Reference: %1").arg(text)
                }
                // Where a remote entity comes from.
                RowLayout {
                    Layout.fillWidth: true
                    visible: controller.remote
                    spacing: Theme.spacingXs
                    Icon {
                        name: "globe"
                        size: 14
                        color: Theme.muted
                    }
                    Label {
                        objectName: "entityOrigin"
                        Layout.fillWidth: true
                        text: {
                            root.now; // a dependency: the age moves on
                            const plugin = controller.remotePluginName;
                            const connection = controller.remoteConnectionTitle;
                            return controller.remoteSyncedAt > 0
                                ? qsTr("From %1 connection %2, synced %3").arg(plugin).arg(connection)
                                      .arg(Theme.ageText(controller.remoteSyncedAt, Math.max(root.now, Date.now())))
                                : qsTr("From %1 connection %2, not synced yet").arg(plugin).arg(connection);
                        }
                        elide: Text.ElideRight
                        color: Theme.muted
                        font.pointSize: Theme.fontSizeSmall
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                }
                Label {
                    Layout.fillWidth: true
                    Layout.maximumWidth: 960
                    visible: controller.description.length > 0
                    text: controller.description
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                    color: Theme.text
                    lineHeight: 1.1
                }

                // Who owns it and where it belongs.
                Flow {
                    Layout.fillWidth: true
                    Layout.preferredHeight: childrenRect.height
                    Layout.topMargin: Theme.spacingXs
                    spacing: Theme.spacingXl

                    MetaField {
                        visible: controller.ownerRef.length > 0
                        label: qsTr("Owner")
                        EntityLink {
                            objectName: "entityOwner"
                            width: Math.min(implicitWidth, 420)
                            entityRef: controller.ownerRef
                            text: controller.ownerTitle
                            kind: "group"
                        }
                    }
                    MetaField {
                        visible: controller.systemRef.length > 0
                        label: qsTr("System")
                        EntityLink {
                            width: Math.min(implicitWidth, 420)
                            entityRef: controller.systemRef
                            text: controller.systemTitle
                            kind: "system"
                        }
                    }
                    MetaField {
                        visible: controller.email.length > 0
                        label: qsTr("Email")
                        Label {
                            text: controller.email
                            color: Theme.text
                        }
                    }
                    MetaField {
                        visible: controller.namespaceName.length > 0 && controller.namespaceName !== "default"
                        label: qsTr("Namespace")
                        Label {
                            text: controller.namespaceName
                            color: Theme.text
                        }
                    }
                    MetaField {
                        visible: controller.tags.length > 0
                        label: qsTr("Tags")
                        Row {
                            spacing: 4
                            Repeater {
                                model: controller.tags.slice(0, 8)
                                delegate: TagChip {
                                    required property string modelData
                                    tag: modelData
                                }
                            }
                            Label {
                                anchors.verticalCenter: parent.verticalCenter
                                visible: controller.tags.length > 8
                                text: qsTr("+%1").arg(controller.tags.length - 8)
                                color: Theme.muted
                                font.pointSize: Theme.fontSizeSmall
                                HoverHandler { id: moreTagsHover }
                                ToolTip.visible: moreTagsHover.hovered
                                ToolTip.text: controller.tags.slice(8).join(", ")
                            }
                        }
                    }
                }

                // Links as buttons.
                Flow {
                    Layout.fillWidth: true
                    Layout.preferredHeight: childrenRect.height
                    visible: controller.links.length > 0
                    spacing: Theme.spacingXs

                    Repeater {
                        model: controller.links
                        delegate: ActionButton {
                            id: linkButton
                            required property var modelData
                            required property int index
                            objectName: "entityLink_" + linkButton.index
                            text: linkButton.modelData.title || linkButton.modelData.url
                            implicitHeight: 28
                            leftPadding: 30
                            rightPadding: Theme.spacingM
                            Accessible.name: qsTr("Open link %1").arg(text)
                            ToolTip.visible: hovered
                            ToolTip.delay: 600
                            ToolTip.text: linkButton.modelData.url
                            onClicked: App.openUrl(linkButton.modelData.url)
                            Icon {
                                x: 9
                                anchors.verticalCenter: parent.verticalCenter
                                name: root.linkIcon(linkButton.modelData.icon ?? "")
                                size: 14
                                color: Theme.muted
                            }
                        }
                    }
                }
            }
        }

        // Tabs.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 38
            color: Theme.surface

            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.border
            }

            TabBar {
                id: tabBar
                anchors.left: parent.left
                anchors.leftMargin: Theme.spacingXl - Theme.spacingS
                anchors.bottom: parent.bottom
                height: parent.height
                spacing: 2
                Accessible.role: Accessible.PageTabList
                Accessible.name: qsTr("Entity sections")
                background: Item {}

                Repeater {
                    model: root.tabs
                    delegate: TabButton {
                        id: tabButton

                        required property string modelData
                        required property int index

                        objectName: "entityTab_" + tabButton.modelData
                        width: implicitWidth
                        height: tabBar.height
                        leftPadding: Theme.spacingM
                        rightPadding: Theme.spacingM
                        text: root.tabTitle(tabButton.modelData)
                        Accessible.role: Accessible.PageTab
                        Accessible.name: tabButton.modelData === "problems" && controller.problemCount > 0 ? qsTr("%1, %2").arg(text).arg(badgeLabel.text) : text

                        contentItem: Row {
                            spacing: 6
                            Label {
                                anchors.verticalCenter: parent.verticalCenter
                                text: tabButton.text
                                color: tabButton.checked ? Theme.text : Theme.muted
                                font.weight: tabButton.checked ? Font.DemiBold : Font.Normal
                            }
                            Rectangle {
                                id: badge
                                anchors.verticalCenter: parent.verticalCenter
                                visible: tabButton.modelData === "problems" && controller.problemCount > 0
                                width: Math.max(18, badgeLabel.implicitWidth + 8)
                                height: 16
                                radius: 8
                                color: Theme.warningSoft
                                Label {
                                    id: badgeLabel
                                    anchors.centerIn: parent
                                    text: controller.problemCount
                                    color: Theme.warning
                                    font.pointSize: Theme.fontSizeTiny
                                    font.weight: Font.DemiBold
                                }
                            }
                        }
                        background: Item {
                            Rectangle {
                                anchors.fill: parent
                                anchors.margins: 4
                                anchors.bottomMargin: 5
                                radius: Theme.radiusM
                                color: tabButton.hovered && !tabButton.checked ? Theme.hover : "transparent"
                            }
                            Rectangle {
                                anchors.bottom: parent.bottom
                                anchors.horizontalCenter: parent.horizontalCenter
                                width: parent.width - 2 * Theme.spacingS
                                height: 2
                                radius: 1
                                visible: tabButton.checked
                                color: Theme.accent
                            }
                            FocusRing {
                                anchors.margins: 3
                                visible: tabButton.visualFocus
                                radius: Theme.radiusM
                            }
                        }
                    }
                }
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: root.pluginTabIndex >= 0 ? 5 : ["overview", "source", "definition", "docs", "problems"].indexOf(root.currentTab)

            // Overview.
            ScrollView {
                id: overviewScroll
                contentWidth: availableWidth
                clip: true

                RowLayout {
                    x: Theme.spacingXl
                    width: overviewScroll.availableWidth - 2 * Theme.spacingXl
                    spacing: Theme.spacingXl

                    // Relations.
                    ColumnLayout {
                        Layout.alignment: Qt.AlignTop
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacingL
                        Layout.bottomMargin: Theme.spacingXl
                        spacing: Theme.spacingL

                        Label {
                            visible: controller.relationGroups.length === 0
                            text: qsTr("No relations to other entities.")
                            color: Theme.muted
                        }

                        Repeater {
                            model: controller.relationGroups
                            delegate: ColumnLayout {
                                id: group
                                required property var modelData
                                Layout.fillWidth: true
                                spacing: Theme.spacingS

                                SectionHeader {
                                    Layout.fillWidth: true
                                    text: group.modelData.label
                                    count: String(group.modelData.entities.length)
                                }
                                Flow {
                                    Layout.fillWidth: true
                                    spacing: Theme.spacingS
                                    Repeater {
                                        model: group.modelData.entities
                                        delegate: RelationChip {}
                                    }
                                }
                            }
                        }
                    }

                    // About: annotations and labels.
                    ColumnLayout {
                        Layout.alignment: Qt.AlignTop
                        Layout.preferredWidth: Math.min(400, overviewScroll.availableWidth * 0.38)
                        Layout.topMargin: Theme.spacingL
                        Layout.bottomMargin: Theme.spacingXl
                        spacing: 0

                        SectionHeader {
                            Layout.fillWidth: true
                            Layout.bottomMargin: Theme.spacingXs
                            text: qsTr("Annotations")
                            count: String(controller.annotations.length)
                        }
                        Label {
                            visible: controller.annotations.length === 0
                            text: qsTr("None")
                            color: Theme.faint
                        }
                        Repeater {
                            model: controller.annotations
                            delegate: AnnotationRow {}
                        }

                        SectionHeader {
                            Layout.fillWidth: true
                            Layout.topMargin: Theme.spacingL
                            Layout.bottomMargin: Theme.spacingS
                            visible: controller.labels.length > 0
                            text: qsTr("Labels")
                            count: String(controller.labels.length)
                        }
                        Flow {
                            Layout.fillWidth: true
                            visible: controller.labels.length > 0
                            spacing: 4
                            Repeater {
                                model: controller.labels
                                delegate: TagChip {
                                    required property var modelData
                                    tag: modelData.key + "=" + modelData.value
                                }
                            }
                        }

                        SectionHeader {
                            Layout.fillWidth: true
                            Layout.topMargin: Theme.spacingL
                            Layout.bottomMargin: Theme.spacingXs
                            visible: controller.specFields.length > 0
                            text: qsTr("Spec")
                            count: String(controller.specFields.length)
                        }
                        Repeater {
                            model: controller.specFields
                            delegate: AnnotationRow {}
                        }
                    }
                }
            }

            // Source.
            Item {
                CodeView {
                    anchors.fill: parent
                    anchors.margins: Theme.spacingL
                    viewObjectName: "sourceView"
                    html: controller.sourceHtml
                    plainText: controller.sourceText
                    // A remote entity has no file: say where the text came from instead.
                    location: controller.remote ? "" : controller.location
                    caption: controller.remote ? qsTr("As received from %1 · %2").arg(controller.remoteConnectionTitle).arg(controller.sourceLanguage) : ""
                    busy: controller.detailsLoading && controller.sourceText.length === 0
                    error: controller.detailsError
                    onOpenRequested: controller.openInEditor()
                }
            }

            // Definition (APIs).
            Item {
                CodeView {
                    anchors.fill: parent
                    anchors.margins: Theme.spacingL
                    visible: controller.hasDefinition || controller.definitionError.length > 0 || controller.detailsLoading
                    viewObjectName: "definitionView"
                    html: controller.definitionHtml
                    plainText: controller.definitionText
                    caption: [controller.specType, controller.definitionLanguage].filter(part => part.length > 0).join(" · ")
                    busy: controller.detailsLoading && controller.definitionText.length === 0 && controller.definitionError.length === 0
                    error: controller.definitionError
                    onOpenRequested: controller.openInEditor()
                }
                EmptyState {
                    anchors.fill: parent
                    visible: !controller.hasDefinition && controller.definitionError.length === 0 && !controller.detailsLoading
                    iconName: "code"
                    title: qsTr("No definition")
                    text: controller.remote ? qsTr("This API has no spec.definition in %1.").arg(controller.remoteConnectionTitle)
                                            : qsTr("This API's descriptor has no spec.definition.")
                }
            }

            // Docs: read only once the tab has been opened.
            DocsView {
                docsDir: root.docsVisited ? controller.docsDir : ""
            }

            // Problems.
            ProblemList {
                entityRef: root.entityRef
                showEntity: false
                emptyTitle: qsTr("No problems")
                emptyText: qsTr("This entity's descriptor is valid.")
            }

            // Plugin tabs: one panel per tab, with this entity's ref in its host object.
            Item {
                Repeater {
                    model: root.pluginTabs
                    delegate: PluginPanel {
                        id: pluginTab

                        required property var modelData
                        required property int index
                        readonly property string tabId: "plugin:" + pluginTab.modelData.key

                        objectName: "entityPluginTab_" + pluginTab.modelData.key
                        anchors.fill: parent
                        // Inset like the page's own tabs (with the panel's own padding).
                        anchors.leftMargin: Theme.spacingM
                        anchors.rightMargin: Theme.spacingM
                        anchors.topMargin: Theme.spacingM
                        visible: root.pluginTabIndex === pluginTab.index
                        active: root.visitedPluginTabs.indexOf(pluginTab.tabId) >= 0
                        panel: pluginTab.modelData
                        entityRef: root.entityRef
                        connectionId: {
                            App.connections.connections; // a dependency: connectionsOf() follows it
                            const connections = App.plugins.connectionsOf(pluginTab.modelData.pluginId);
                            return connections.length > 0 ? connections[0].id : "";
                        }
                    }
                }
            }
        }
    }

    // A label over a value in the header.
    component MetaField: ColumnLayout {
        id: field
        property string label
        default property alias value: valueSlot.data
        spacing: 2
        Label {
            text: field.label
            color: Theme.faint
            font.pointSize: Theme.fontSizeTiny
            font.weight: Font.DemiBold
            font.capitalization: Font.AllUppercase
            font.letterSpacing: 0.5
        }
        Item {
            id: valueSlot
            implicitWidth: childrenRect.width
            implicitHeight: Math.max(20, childrenRect.height)
        }
    }

    // One annotation: the key over its value; hovering offers to copy the value.
    component AnnotationRow: Item {
        id: annotation

        required property var modelData

        Layout.fillWidth: true
        implicitHeight: annotationColumn.implicitHeight + Theme.spacingS * 2
        Accessible.role: Accessible.StaticText
        Accessible.name: annotation.modelData.key + ": " + annotation.modelData.value

        HoverHandler {
            id: annotationHover
        }
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.border
            opacity: 0.7
        }
        ColumnLayout {
            id: annotationColumn
            anchors.left: parent.left
            anchors.right: copyButton.left
            anchors.rightMargin: Theme.spacingXs
            anchors.verticalCenter: parent.verticalCenter
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: annotation.modelData.key
                color: Theme.muted
                font.family: Theme.monoFamily
                font.pointSize: Theme.fontSizeSmall
                wrapMode: Text.WrapAnywhere
            }
            Label {
                Layout.fillWidth: true
                text: annotation.modelData.value
                color: Theme.text
                wrapMode: Text.WrapAnywhere
                maximumLineCount: 4
                elide: Text.ElideRight
            }
        }
        IconButton {
            id: copyButton
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            iconName: "copy"
            toolTip: qsTr("Copy value")
            opacity: annotationHover.hovered || activeFocus ? 1 : 0
            onClicked: App.copyToClipboard(annotation.modelData.value)
        }
    }

    // A related entity: opens it when it is in the catalog.
    component RelationChip: AbstractButton {
        id: chip

        required property var modelData
        readonly property bool inCatalog: chip.modelData.inCatalog

        objectName: "relation_" + chip.modelData.ref

        implicitHeight: 30
        implicitWidth: Math.min(chipLabel.implicitWidth + 15 + 2 * Theme.spacingM, 320)
        hoverEnabled: true
        activeFocusOnTab: true
        enabled: true
        Accessible.role: Accessible.Link
        Accessible.name: chip.modelData.title
        Accessible.description: chip.inCatalog ? chip.modelData.ref : qsTr("%1 is not in the catalog").arg(chip.modelData.ref)
        ToolTip.visible: hovered
        ToolTip.delay: 600
        ToolTip.text: chip.inCatalog ? chip.modelData.ref : qsTr("%1 — not in the catalog").arg(chip.modelData.ref)
        onClicked: {
            if (chip.inCatalog)
                Navigator.openEntity(chip.modelData.ref);
        }
        Keys.onReturnPressed: chip.clicked()
        Keys.onEnterPressed: chip.clicked()

        background: Rectangle {
            radius: Theme.radiusM
            color: chip.hovered && chip.inCatalog ? Theme.hover : Theme.surface
            border.color: chip.hovered && chip.inCatalog ? Theme.borderStrong : Theme.border
            border.width: 1
            FocusRing {
                visible: chip.visualFocus
                radius: Theme.radiusM
            }
        }
        contentItem: Item {}
        Row {
            id: chipRow
            x: Theme.spacingM
            width: chip.width - 2 * Theme.spacingM
            anchors.verticalCenter: parent.verticalCenter
            spacing: 7
            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                width: 8
                height: 8
                radius: 4
                color: chip.inCatalog ? Theme.kindColor(chip.modelData.kind) : "transparent"
                border.color: Theme.kindColor(chip.modelData.kind)
            }
            Label {
                id: chipLabel
                anchors.verticalCenter: parent.verticalCenter
                width: Math.min(implicitWidth, chipRow.width - 15)
                text: chip.modelData.title
                elide: Text.ElideRight
                color: chip.inCatalog ? Theme.text : Theme.muted
                font.italic: !chip.inCatalog
            }
        }
        HoverHandler {
            cursorShape: chip.inCatalog ? Qt.PointingHandCursor : Qt.ArrowCursor
        }
    }
}
