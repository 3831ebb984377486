import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Core

// The shell: navigation rail, top bar with the command palette, one StackView per page (entity
// and docs pages are pushed on top of the current one) and the status line.
// No `pragma ComponentBehavior: Bound` here: StackView instantiates the page components in its
// own context, which a bound component refuses.
ApplicationWindow {
    id: root

    width: 1360
    height: 860
    minimumWidth: 1000
    minimumHeight: 640
    visible: true
    title: App.workspaceTitle.length > 0 ? qsTr("Atrium — %1").arg(App.workspaceTitle) : qsTr("Atrium")
    color: Theme.window

    palette.window: Theme.window
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.alternateBase: Theme.surfaceAlt
    palette.text: Theme.text
    palette.button: Theme.dark ? "#2a2e35" : "#f6f7f9"
    palette.buttonText: Theme.text
    palette.brightText: Theme.accentText
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.accentText
    palette.placeholderText: Theme.faint
    palette.light: Theme.dark ? "#3a3f47" : "#ffffff"
    palette.midlight: Theme.dark ? "#2f343b" : "#eceef1"
    palette.mid: Theme.borderStrong
    palette.dark: Theme.dark ? "#0e1013" : "#a9b0ba"
    palette.shadow: Theme.dark ? "#000000" : "#6b7480"
    palette.toolTipBase: Theme.dark ? "#2a2e35" : "#ffffff"
    palette.toolTipText: Theme.text
    palette.link: Theme.accent
    palette.linkVisited: Theme.accent

    // Page ids in StackLayout order; the first five are on the rail (Ctrl+1..5).
    readonly property var pageIds: ["home", "catalog", "actions", "plugins", "settings", "problems"]
    readonly property var pageTitles: [qsTr("Home"), qsTr("Catalog"), qsTr("Actions"), qsTr("Plugins"), qsTr("Settings"), qsTr("Problems")]
    property string currentPage: "home"
    // Pages are created the first time they are shown, so start-up only builds Home.
    property var visitedPages: ["home"]
    readonly property StackView currentStack: {
        const loader = stackRepeater.count > 0 ? stackRepeater.itemAt(root.pageIds.indexOf(root.currentPage)) as Loader : null;
        return loader ? loader.item as StackView : null;
    }
    // True while the focused item edits text (Backspace then deletes instead of going back).
    readonly property bool editingText: {
        const item = root.activeFocusItem;
        return item !== null && ("cursorPosition" in item) && !item.readOnly;
    }
    property bool identityAsked: false

    function openPage(page: string) {
        if (root.pageIds.indexOf(page) < 0)
            return;
        if (root.visitedPages.indexOf(page) < 0)
            root.visitedPages = root.visitedPages.concat([page]);
        if (root.currentPage === page && root.currentStack && root.currentStack.depth > 1)
            root.currentStack.pop(null);
        root.currentPage = page;
        Qt.callLater(root.focusCurrent);
    }

    function openEntity(ref: string) {
        const stack = root.currentStack;
        if (!stack)
            return;
        const top = stack.currentItem;
        if (top && top.objectName === "entityPage" && top.entityRef === ref) {
            top.forceActiveFocus();
            return;
        }
        stack.push(entityPageComponent, { entityRef: ref });
        Qt.callLater(root.focusCurrent);
    }

    function openDocs(ref: string) {
        const stack = root.currentStack;
        if (!stack)
            return;
        stack.push(docsPageComponent, { entityRef: ref });
        Qt.callLater(root.focusCurrent);
    }

    function openPluginPage(panel: var) {
        const stack = root.currentStack;
        if (!stack)
            return;
        const top = stack.currentItem;
        if (top && top.objectName === "pluginPanelPage" && top.panel.key === panel.key) {
            top.forceActiveFocus();
            return;
        }
        stack.push(pluginPanelPageComponent, { panel: panel });
        Qt.callLater(root.focusCurrent);
    }

    // An action's form and run view, on the Actions page's stack (Home's quick actions lead there).
    function openAction(key: string, runId: string) {
        if (root.currentPage !== "actions")
            root.openPage("actions");
        const stack = root.currentStack;
        if (!stack)
            return;
        const top = stack.currentItem;
        if (top && top.objectName === "actionRunPage" && ((runId.length > 0 && top.runId === runId)
                                                          || (runId.length === 0 && top.actionKey === key && top.runId.length === 0))) {
            top.forceActiveFocus();
            return;
        }
        stack.push(actionRunPageComponent, { actionKey: key, runId: runId });
        Qt.callLater(root.focusCurrent);
    }

    function goBack() {
        if (root.currentStack && root.currentStack.depth > 1) {
            root.currentStack.pop();
            Qt.callLater(root.focusCurrent);
        }
    }

    function focusCurrent() {
        const page = root.currentStack ? root.currentStack.currentItem : null;
        if (page)
            page.forceActiveFocus(Qt.OtherFocusReason);
    }

    // Asks "who are you?" once, after the catalog has loaded, when no identity is set.
    function maybeAskIdentity() {
        // The crash question comes first; its dialog asks this one when it closes.
        const crashPending = App.plugins && App.plugins.crashedPluginId.length > 0;
        if (root.identityAsked || !App.needsIdentity || App.loading || App.entityCount === 0 || crashDialog.visible
            || crashPending)
            return;
        root.identityAsked = true;
        identityDialog.ask();
    }

    // Crash guard: Atrium died while loading this plugin last time; ask before loading it again.
    function maybeAskCrash() {
        if (App.plugins && App.plugins.crashedPluginId.length > 0 && !crashDialog.opened)
            crashDialog.open();
    }

    readonly property bool dialogOpen: identityDialog.visible || crashDialog.visible

    Component.onCompleted: {
        Qt.callLater(root.maybeAskIdentity);
        Qt.callLater(root.maybeAskCrash);
    }

    Connections {
        target: App.plugins
        function onNotification(level: string, title: string, body: string) { toasts.show(level, title, body); }
        function onCrashChanged() { root.maybeAskCrash(); }
    }

    Connections {
        target: App
        function onCatalogChanged() { root.maybeAskIdentity(); }
        function onIdentityChanged() {
            // Chosen elsewhere (the workspace file changed, or Settings): stop asking.
            if (!App.needsIdentity && identityDialog.opened)
                identityDialog.close();
            root.maybeAskIdentity();
        }
        // A plugin's panel asked for an entity page (atrium.openEntity).
        function onEntityRequested(ref: string) { root.openEntity(ref); }
    }

    Connections {
        target: Navigator
        function onPageRequested(page: string) { root.openPage(page); }
        function onEntityRequested(ref: string) { root.openEntity(ref); }
        function onDocsRequested(ref: string) { root.openDocs(ref); }
        function onIdentityRequested() { identityDialog.open(); }
        function onBackRequested() { root.goBack(); }
        function onPluginPageRequested(panel: var) { root.openPluginPage(panel); }
        function onActionRequested(key: string) { root.openAction(key, ""); }
        function onRunRequested(runId: string) { root.openAction("", runId); }
        function onToastRequested(level: string, title: string, body: string) { toasts.show(level, title, body); }
    }

    Shortcut {
        sequence: "Ctrl+K"
        context: Qt.ApplicationShortcut
        enabled: !root.dialogOpen
        onActivated: commandPalette.activate()
    }
    Shortcut {
        sequence: "Ctrl+1"
        enabled: !root.dialogOpen
        onActivated: root.openPage("home")
    }
    Shortcut {
        sequence: "Ctrl+2"
        enabled: !root.dialogOpen
        onActivated: root.openPage("catalog")
    }
    Shortcut {
        sequence: "Ctrl+3"
        enabled: !root.dialogOpen
        onActivated: root.openPage("actions")
    }
    Shortcut {
        sequence: "Ctrl+4"
        enabled: !root.dialogOpen
        onActivated: root.openPage("plugins")
    }
    Shortcut {
        sequence: "Ctrl+5"
        enabled: !root.dialogOpen
        onActivated: root.openPage("settings")
    }
    Shortcut {
        // One sequence per key: a duplicate (StandardKey.Back is Alt+Left on Linux) makes it ambiguous.
        sequence: "Alt+Left"
        enabled: !root.dialogOpen
        onActivated: root.goBack()
    }
    Shortcut {
        sequence: "Backspace"
        enabled: !root.editingText && !root.dialogOpen
        onActivated: root.goBack()
    }
    Shortcut {
        sequences: ["F5", "Ctrl+R"]
        enabled: !root.dialogOpen
        onActivated: App.reload()
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // Navigation rail.
        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.railWidth
            color: Theme.rail

            Rectangle {
                anchors.right: parent.right
                width: 1
                height: parent.height
                color: Theme.border
            }

            ColumnLayout {
                anchors.fill: parent
                anchors.topMargin: Theme.spacingM
                anchors.bottomMargin: Theme.spacingM
                spacing: Theme.spacingXs

                Rectangle {
                    Layout.alignment: Qt.AlignHCenter
                    Layout.bottomMargin: Theme.spacingM
                    implicitWidth: 34
                    implicitHeight: 34
                    radius: 9
                    color: Theme.accent
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("Atrium")

                    Label {
                        anchors.centerIn: parent
                        text: "A"
                        color: Theme.accentText
                        font.pointSize: Theme.fontSizeTitle - 2
                        font.weight: Font.Bold
                    }
                }

                NavRailButton {
                    objectName: "navHome"
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("Home")
                    iconName: "home"
                    shortcut: qsTr("Ctrl+1")
                    checked: root.currentPage === "home"
                    onClicked: root.openPage("home")
                }
                NavRailButton {
                    objectName: "navCatalog"
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("Catalog")
                    iconName: "catalog"
                    shortcut: qsTr("Ctrl+2")
                    checked: root.currentPage === "catalog"
                    onClicked: root.openPage("catalog")
                }
                NavRailButton {
                    objectName: "navActions"
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("Actions")
                    iconName: "actions"
                    shortcut: qsTr("Ctrl+3")
                    checked: root.currentPage === "actions"
                    onClicked: root.openPage("actions")
                }
                NavRailButton {
                    objectName: "navPlugins"
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("Plugins")
                    iconName: "plugins"
                    shortcut: qsTr("Ctrl+4")
                    checked: root.currentPage === "plugins"
                    onClicked: root.openPage("plugins")
                }
                Item {
                    Layout.fillHeight: true
                }
                NavRailButton {
                    objectName: "navSettings"
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("Settings")
                    iconName: "settings"
                    shortcut: qsTr("Ctrl+5")
                    checked: root.currentPage === "settings"
                    onClicked: root.openPage("settings")
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            // Top bar.
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.topBarHeight
                color: Theme.surface

                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: 1
                    color: Theme.border
                }

                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacingM
                    anchors.rightMargin: Theme.spacingM
                    spacing: Theme.spacingS

                    IconButton {
                        iconName: "back"
                        toolTip: qsTr("Back (Alt+Left)")
                        enabled: root.currentStack !== null && root.currentStack.depth > 1
                        onClicked: root.goBack()
                    }

                    // Breadcrumb: the page, then the entity or docs page on top of it.
                    RowLayout {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        spacing: 6

                        Label {
                            text: root.pageTitles[root.pageIds.indexOf(root.currentPage)]
                            color: root.currentStack && root.currentStack.depth > 1 ? Theme.muted : Theme.text
                            font.pointSize: Theme.fontSizeLarge
                            font.weight: Font.DemiBold
                            Accessible.role: Accessible.Heading
                            Accessible.name: text
                        }
                        Icon {
                            visible: crumb.text.length > 0
                            name: "chevronRight"
                            size: 14
                            color: Theme.faint
                        }
                        Label {
                            id: crumb
                            Layout.fillWidth: true
                            text: {
                                const top = root.currentStack && root.currentStack.depth > 1 ? root.currentStack.currentItem : null;
                                return top && top.title !== undefined ? top.title : "";
                            }
                            elide: Text.ElideRight
                            color: Theme.text
                            font.pointSize: Theme.fontSizeLarge
                            font.weight: Font.DemiBold
                        }
                    }

                    PaletteField {
                        id: commandPalette
                        Layout.preferredWidth: Math.min(520, root.width * 0.36)
                        onActivated: (itemType, page, ref) => {
                            if (itemType === "page")
                                root.openPage(page);
                            else
                                root.openEntity(ref);
                        }
                        onDismissed: root.focusCurrent()
                    }

                    Item {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.maximumWidth: 120
                    }

                    ProblemsButton {
                        objectName: "problemsButton"
                        onClicked: root.openPage("problems")
                    }

                    IdentityChip {
                        onClicked: identityDialog.open()
                    }
                }
            }

            // A workspace that could not be opened says so where the user looks, not only in the
            // status line: what failed and where.
            Rectangle {
                objectName: "workspaceErrorBanner"
                visible: App.workspaceError.length > 0
                Layout.fillWidth: true
                Layout.preferredHeight: bannerText.implicitHeight + 2 * Theme.spacingM
                color: Theme.errorSoft
                border.color: Theme.error
                Accessible.role: Accessible.AlertMessage
                Accessible.name: bannerText.text

                Label {
                    id: bannerText
                    anchors.fill: parent
                    anchors.margins: Theme.spacingM
                    anchors.leftMargin: Theme.spacingL
                    verticalAlignment: Text.AlignVCenter
                    wrapMode: Text.Wrap
                    color: Theme.text
                    textFormat: Text.PlainText
                    text: qsTr("This workspace could not be opened, so the catalog is empty: %1").arg(App.workspaceError)
                }
            }

            StackLayout {
                id: pages
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: root.pageIds.indexOf(root.currentPage)

                Repeater {
                    id: stackRepeater
                    model: root.pageIds

                    delegate: Loader {
                        id: stackLoader

                        required property string modelData

                        active: root.visitedPages.indexOf(stackLoader.modelData) >= 0
                        sourceComponent: StackView {
                            focus: true
                            initialItem: root.pageComponent(stackLoader.modelData)

                            pushEnter: Transition {
                                NumberAnimation { property: "opacity"; from: 0; to: 1; duration: 120 }
                            }
                            pushExit: Transition {
                                NumberAnimation { property: "opacity"; from: 1; to: 0; duration: 120 }
                            }
                            popEnter: Transition {
                                NumberAnimation { property: "opacity"; from: 0; to: 1; duration: 120 }
                            }
                            popExit: Transition {
                                NumberAnimation { property: "opacity"; from: 1; to: 0; duration: 120 }
                            }
                        }
                    }
                }
            }

            StatusLine {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.statusBarHeight
            }
        }
    }

    function pageComponent(page: string): Component {
        switch (page) {
        case "home": return homePageComponent;
        case "catalog": return catalogPageComponent;
        case "actions": return actionsPageComponent;
        case "plugins": return pluginsPageComponent;
        case "settings": return settingsPageComponent;
        default: return problemsPageComponent;
        }
    }

    Component {
        id: homePageComponent
        HomePage {}
    }
    Component {
        id: catalogPageComponent
        CatalogPage {}
    }
    Component {
        id: actionsPageComponent
        ActionsPage {}
    }
    Component {
        id: pluginsPageComponent
        PluginsPage {}
    }
    Component {
        id: settingsPageComponent
        SettingsPage {}
    }
    Component {
        id: problemsPageComponent
        ProblemsPage {}
    }
    Component {
        id: entityPageComponent
        EntityPage {}
    }
    Component {
        id: docsPageComponent
        DocsPage {}
    }
    Component {
        id: actionRunPageComponent
        ActionRunPage {}
    }
    Component {
        id: pluginPanelPageComponent
        PluginPanelPage {}
    }

    IdentityDialog {
        id: identityDialog
    }

    ConfirmDialog {
        id: crashDialog
        objectName: "crashDialog"
        readonly property string pluginName: App.plugins ? (App.plugins.crashedPluginName || App.plugins.crashedPluginId) : ""
        title: qsTr("Atrium closed while loading %1. Disable it?").arg(crashDialog.pluginName)
        text: qsTr("The plugin has not been loaded this time. Disable it to start without it, or try loading it again. You can enable or remove it later on the Plugins page.")
        confirmText: qsTr("Disable plugin")
        cancelText: qsTr("Try again")
        destructive: true
        onConfirmed: App.plugins.resolveCrash(true)
        onDeclined: App.plugins.resolveCrash(false)
        // One question at a time: "who are you?" waits for this one.
        onClosed: Qt.callLater(root.maybeAskIdentity)
    }

    // Toasts above the status line, in the bottom-right corner.
    ToastHost {
        id: toasts
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.rightMargin: Theme.spacingL
        anchors.bottomMargin: Theme.statusBarHeight + Theme.spacingL
        width: Math.min(400, root.width - Theme.railWidth - 2 * Theme.spacingL)
        z: 100
    }
}
