pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
import Atrium.Core

// Appearance, identity, workspace, connections, plugins, language, keyboard shortcuts and version.
FocusScope {
    id: root

    readonly property string title: qsTr("Settings")

    function focusDefault() {
        themeSystem.forceActiveFocus(Qt.OtherFocusReason);
    }

    readonly property var shortcuts: [
        { keys: qsTr("Ctrl+K"), what: qsTr("Search and command palette") },
        { keys: qsTr("Ctrl+1 … Ctrl+5"), what: qsTr("Home, Catalog, Actions, Plugins, Settings") },
        { keys: qsTr("Alt+Left, Backspace"), what: qsTr("Back") },
        { keys: qsTr("Ctrl+F"), what: qsTr("Filter the catalog") },
        { keys: qsTr("↑ ↓ PgUp PgDn Home End"), what: qsTr("Move in tables and lists") },
        { keys: qsTr("Enter"), what: qsTr("Open the selected entity") },
        { keys: qsTr("Ctrl+D"), what: qsTr("Star or unstar") },
        { keys: qsTr("Ctrl+Tab"), what: qsTr("Next tab on an entity page") },
        { keys: qsTr("F5"), what: qsTr("Reload the workspace") }
    ]

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            x: Math.max(Theme.spacingXl, (scroll.availableWidth - width) / 2)
            width: Math.min(scroll.availableWidth - 2 * Theme.spacingXl, 760)
            spacing: Theme.spacingL

            Label {
                Layout.topMargin: Theme.spacingXl
                text: qsTr("Settings")
                color: Theme.text
                font.pointSize: Theme.fontSizeHeading
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
            }

            // Appearance.
            SettingsGroup {
                title: qsTr("Appearance")

                SettingRow {
                    label: qsTr("Theme")
                    hint: qsTr("System follows the desktop's light or dark setting.")
                    Row {
                        spacing: Theme.spacingXs
                        Accessible.role: Accessible.Grouping
                        Accessible.name: qsTr("Theme")
                        ThemeOption { id: themeSystem; mode: "system"; text: qsTr("System"); iconName: "dashboard" }
                        ThemeOption { mode: "light"; text: qsTr("Light"); iconName: "sun" }
                        ThemeOption { mode: "dark"; text: qsTr("Dark"); iconName: "moon" }
                    }
                }
            }

            // Identity.
            SettingsGroup {
                title: qsTr("Identity")

                SettingRow {
                    label: qsTr("You are")
                    hint: qsTr("Decides what My services shows. Saved in the workspace.")
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingM
                        Avatar {
                            name: App.identityName
                            size: 32
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Label {
                                Layout.fillWidth: true
                                elide: Text.ElideRight
                                text: App.identityName.length > 0 ? App.identityName : qsTr("Not set")
                                color: App.identityName.length > 0 ? Theme.text : Theme.muted
                                font.weight: Font.Medium
                            }
                            Label {
                                Layout.fillWidth: true
                                elide: Text.ElideMiddle
                                visible: App.identityRef.length > 0
                                text: App.identityRef
                                color: Theme.muted
                                font.family: Theme.monoFamily
                                font.pointSize: Theme.fontSizeSmall
                            }
                        }
                        ActionButton {
                            text: qsTr("Change…")
                            Accessible.name: qsTr("Change identity")
                            onClicked: Navigator.askIdentity()
                        }
                    }
                }
            }

            // Workspace.
            SettingsGroup {
                title: qsTr("Workspace")

                SettingRow {
                    label: qsTr("Title")
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: App.workspaceTitle
                        color: Theme.text
                    }
                }
                SettingRow {
                    label: qsTr("Location")
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingS
                        TextEdit {
                            Layout.fillWidth: true
                            text: App.workspacePath
                            readOnly: true
                            selectByMouse: true
                            wrapMode: TextEdit.WrapAnywhere
                            color: Theme.text
                            selectionColor: Theme.selection
                            selectedTextColor: Theme.text
                            font.family: Theme.monoFamily
                            font.pointSize: Theme.fontSizeSmall
                            Accessible.role: Accessible.StaticText
                            Accessible.name: qsTr("Workspace path: %1").arg(text)
                        }
                    }
                }
                SettingRow {
                    label: qsTr("Catalog")
                    RowLayout {
                        spacing: Theme.spacingS
                        Label {
                            text: App.loading ? qsTr("Loading…")
                                              : qsTr("%1 entities, %2 errors, %3 warnings")
                                                .arg(Number(App.entityCount).toLocaleString(Qt.locale(), "f", 0))
                                                .arg(App.errorCount).arg(App.warningCount)
                            color: Theme.text
                        }
                        ActionButton {
                            text: qsTr("Reload")
                            Accessible.name: qsTr("Reload the workspace")
                            onClicked: App.reload()
                        }
                    }
                }
                SettingRow {
                    visible: App.workspaceError.length > 0
                    label: qsTr("Error")
                    Label {
                        Layout.fillWidth: true
                        text: App.workspaceError
                        wrapMode: Text.Wrap
                        color: Theme.error
                    }
                }
            }

            // Connections of plugins to their services.
            ConnectionsSection {}

            // Plugins.
            SettingsGroup {
                title: qsTr("Plugins")

                SettingRow {
                    label: qsTr("Installed")
                    RowLayout {
                        spacing: Theme.spacingS
                        Label {
                            text: App.plugins.safeMode ? qsTr("%1 installed; safe mode: third-party plugins are not loaded").arg(App.plugins.model.count)
                                                       : qsTr("%1 installed, %2 loaded").arg(App.plugins.model.count).arg(App.plugins.loadedCount)
                            color: Theme.text
                        }
                        ActionButton {
                            text: qsTr("Open Plugins")
                            Accessible.name: qsTr("Open the Plugins page")
                            onClicked: Navigator.openPage("plugins")
                        }
                    }
                }
                SettingRow {
                    label: qsTr("Developer mode")
                    hint: qsTr("Installs unsigned packages. Turn it on only to try plugins you build yourself.")
                    ToggleSwitch {
                        id: developerSwitch
                        objectName: "developerModeSwitch"
                        text: developerSwitch.checked ? qsTr("On") : qsTr("Off")
                        checked: App.plugins.developerMode
                        enabled: App.plugins.developerModeAllowed
                        Accessible.name: qsTr("Developer mode")
                        Keys.onReturnPressed: { developerSwitch.toggle(); developerSwitch.toggled(); }
                        Keys.onEnterPressed: { developerSwitch.toggle(); developerSwitch.toggled(); }
                        onToggled: {
                            App.plugins.developerMode = developerSwitch.checked;
                            developerSwitch.checked = Qt.binding(() => App.plugins.developerMode);
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: !App.plugins.developerModeAllowed
                        text: qsTr("Your administrator's policy turns developer mode off on this device.")
                        wrapMode: Text.Wrap
                        color: Theme.muted
                        font.pointSize: Theme.fontSizeSmall
                    }
                }
            }

            // Language.
            SettingsGroup {
                title: qsTr("Language")

                SettingRow {
                    label: qsTr("Interface language")
                    hint: qsTr("Set with --lang or the system locale.")
                    Label {
                        text: {
                            const locale = Qt.locale(App.language.length > 0 ? App.language : Qt.locale().name);
                            return locale.nativeLanguageName.length > 0 ? qsTr("%1 (%2)").arg(locale.nativeLanguageName).arg(locale.name)
                                                                       : locale.name;
                        }
                        color: Theme.text
                    }
                }
            }

            // Keyboard.
            SettingsGroup {
                title: qsTr("Keyboard")

                Repeater {
                    model: root.shortcuts
                    delegate: RowLayout {
                        id: shortcutRow
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: Theme.spacingM
                        Accessible.role: Accessible.StaticText
                        Accessible.name: shortcutRow.modelData.keys + ": " + shortcutRow.modelData.what
                        Rectangle {
                            Layout.preferredWidth: 200
                            implicitHeight: 22
                            color: "transparent"
                            Rectangle {
                                height: parent.height
                                width: keysLabel.implicitWidth + 12
                                radius: Theme.radiusS
                                color: Theme.surfaceAlt
                                border.color: Theme.border
                                Label {
                                    id: keysLabel
                                    anchors.centerIn: parent
                                    text: shortcutRow.modelData.keys
                                    color: Theme.text
                                    font.family: Theme.monoFamily
                                    font.pointSize: Theme.fontSizeSmall
                                }
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            text: shortcutRow.modelData.what
                            color: Theme.muted
                            elide: Text.ElideRight
                        }
                    }
                }
            }

            // About.
            SettingsGroup {
                Layout.bottomMargin: Theme.spacingXxl
                title: qsTr("About")

                SettingRow {
                    label: qsTr("Version")
                    Label {
                        text: qsTr("Atrium %1").arg(App.version)
                        color: Theme.text
                    }
                }
            }
        }
    }

    // One option of the theme's segmented control.
    component ThemeOption: AbstractButton {
        id: option

        property string mode
        property string iconName
        readonly property bool selected: App.themeMode === option.mode

        implicitHeight: Theme.controlHeight + 2
        implicitWidth: optionRow.implicitWidth + 2 * Theme.spacingL
        hoverEnabled: true
        activeFocusOnTab: true
        Accessible.role: Accessible.RadioButton
        Accessible.checkable: true
        Accessible.checked: option.selected
        Accessible.name: option.text
        onClicked: App.themeMode = option.mode
        Keys.onReturnPressed: option.clicked()
        Keys.onEnterPressed: option.clicked()

        background: Rectangle {
            color: option.selected ? Theme.accentSoft : option.hovered ? Theme.hover : Theme.surface
            border.color: option.selected ? Theme.accent : Theme.border
            radius: Theme.radiusM
            FocusRing {
                visible: option.visualFocus
                radius: Theme.radiusM
            }
        }
        contentItem: Item {}
        Row {
            id: optionRow
            anchors.centerIn: parent
            spacing: 6
            Icon {
                anchors.verticalCenter: parent.verticalCenter
                name: option.iconName
                size: 14
                color: option.selected ? Theme.accent : Theme.muted
            }
            Label {
                anchors.verticalCenter: parent.verticalCenter
                text: option.text
                color: option.selected ? Theme.accent : Theme.text
                font.weight: option.selected ? Font.DemiBold : Font.Normal
            }
        }
    }
}
