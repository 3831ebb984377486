import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Core

// The portal dashboard: a greeting and a responsive grid of cards in the workspace's order.
// No `pragma ComponentBehavior: Bound`: in Qt 6.4 a Loader refuses to create a bound component
// ("Cannot instantiate bound component outside its creation context").
FocusScope {
    id: root

    readonly property string title: qsTr("Home")

    readonly property int columns: width >= 1180 ? 3 : 2
    readonly property real gridWidth: Math.min(width - 2 * Theme.spacingXl, 1560)
    readonly property real cellWidth: (gridWidth - (columns - 1) * Theme.spacingL) / columns

    // "Good morning" by the local clock.
    readonly property string greeting: {
        const hour = new Date().getHours();
        if (hour >= 5 && hour < 12)
            return qsTr("Good morning");
        if (hour >= 12 && hour < 18)
            return qsTr("Good afternoon");
        return qsTr("Good evening");
    }
    readonly property string firstName: App.identityName.split(" ")[0]

    // Plugin cards are made once the page has been on screen: twenty of them cost ~45 ms, which
    // the first frame does not wait for (the built-in cards come first, plugin cards a frame later).
    property bool pluginCardsShown: false
    Connections {
        target: root.Window.window
        enabled: !root.pluginCardsShown
        function onFrameSwapped() { Qt.callLater(() => { root.pluginCardsShown = true; }); }
    }

    // Plugin dashboard widgets: one card per panel and connection of its plugin, or one card with
    // no connection when the plugin has none. Rebuilt when plugins or connections change.
    readonly property var pluginCards: {
        if (!App.plugins)
            return [];
        const panels = App.plugins.dashboardPanels;
        if (App.connections)
            App.connections.connections; // a dependency: connectionsOf() follows it
        const cards = [];
        for (const panel of panels) {
            const connections = App.plugins.connectionsOf(panel.pluginId);
            if (connections.length === 0) {
                cards.push({ key: panel.key, panel: panel, connectionId: "", title: panel.title });
                continue;
            }
            for (const connection of connections) {
                cards.push({
                    key: panel.key + "@" + connection.id,
                    panel: panel,
                    connectionId: connection.id,
                    title: connections.length > 1 ? qsTr("%1 — %2").arg(panel.title).arg(connection.title) : panel.title
                });
            }
        }
        return cards;
    }

    function spanOf(widget: string): int {
        return widget === "my-services" && root.columns >= 3 ? 2 : 1;
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        focus: true

        ColumnLayout {
            x: (scroll.availableWidth - root.gridWidth) / 2
            width: root.gridWidth
            spacing: Theme.spacingL

            ColumnLayout {
                Layout.topMargin: Theme.spacingXl
                Layout.bottomMargin: Theme.spacingS
                spacing: Theme.spacingXs

                Label {
                    text: root.firstName.length > 0 ? qsTr("%1, %2").arg(root.greeting).arg(root.firstName)
                                                    : qsTr("Welcome to Atrium")
                    color: Theme.text
                    font.pointSize: Theme.fontSizeHeading
                    font.weight: Font.DemiBold
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Label {
                    Layout.fillWidth: true
                    text: {
                        const parts = [];
                        if (App.workspaceTitle.length > 0)
                            parts.push(App.workspaceTitle);
                        if (App.loading)
                            parts.push(qsTr("loading the catalog…"));
                        else
                            parts.push(qsTr("%1 entities").arg(Number(App.entityCount).toLocaleString(Qt.locale(), "f", 0)));
                        if (App.starred.length > 0)
                            parts.push(qsTr("%1 starred").arg(App.starred.length));
                        return parts.join("  ·  ");
                    }
                    color: Theme.muted
                    font.pointSize: Theme.fontSizeLarge - 1
                    elide: Text.ElideRight
                }
            }

            GridLayout {
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spacingXl
                columns: root.columns
                columnSpacing: Theme.spacingL
                rowSpacing: Theme.spacingL

                Repeater {
                    model: App.dashboardWidgets

                    delegate: Loader {
                        id: widget

                        required property string modelData

                        Layout.columnSpan: root.spanOf(widget.modelData)
                        Layout.preferredWidth: root.cellWidth * Layout.columnSpan + Theme.spacingL * (Layout.columnSpan - 1)
                        Layout.preferredHeight: Theme.cardHeight
                        sourceComponent: {
                            switch (widget.modelData) {
                            case "quick-actions": return quickActions;
                            case "my-services": return myServices;
                            case "platform-status": return platformStatus;
                            case "cost-overview": return costOverview;
                            case "documentation": return documentation;
                            default: return unknownWidget;
                            }
                        }

                        Component {
                            id: quickActions
                            QuickActionsCard {}
                        }
                        Component {
                            id: myServices
                            MyServicesCard {}
                        }
                        Component {
                            id: platformStatus
                            PlatformStatusCard {}
                        }
                        Component {
                            id: costOverview
                            CostOverviewCard {}
                        }
                        Component {
                            id: documentation
                            DocumentationCard {}
                        }
                        Component {
                            id: unknownWidget
                            Card {
                                title: qsTr("Unknown widget")
                                iconName: "warning"
                                EmptyState {
                                    anchors.fill: parent
                                    compact: true
                                    iconName: "warning"
                                    tone: Theme.warning
                                    title: qsTr("“%1” is not a dashboard widget").arg(widget.modelData)
                                    text: qsTr("Check dashboard.widgets in atrium.yaml, or install the plugin that provides it.")
                                }
                            }
                        }
                    }
                }

                Repeater {
                    model: root.pluginCardsShown ? root.pluginCards : []
                    delegate: Card {
                        id: pluginCard

                        required property var modelData

                        objectName: "pluginCard_" + pluginCard.modelData.key
                        Layout.preferredWidth: root.cellWidth
                        Layout.preferredHeight: Theme.cardHeight
                        title: pluginCard.modelData.title
                        iconName: "plugins"
                        // The plugin's name, unless the panel's title already is that name.
                        badge: pluginCard.modelData.panel.pluginName !== pluginCard.modelData.title
                               ? pluginCard.modelData.panel.pluginName : ""

                        PluginPanel {
                            anchors.fill: parent
                            compact: true
                            panel: pluginCard.modelData.panel
                            connectionId: pluginCard.modelData.connectionId
                        }
                    }
                }
            }
        }
    }
}
