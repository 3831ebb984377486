pragma Singleton
import QtQuick
import Atrium.Core

// Every size and colour the interface uses. Light and dark palettes switch on App.dark; the font is
// the system font, sizes are derived from its point size.
QtObject {
    id: root

    readonly property bool dark: App.dark

    // Spacing scale (px).
    readonly property int spacingXs: 4
    readonly property int spacingS: 8
    readonly property int spacingM: 12
    readonly property int spacingL: 16
    readonly property int spacingXl: 24
    readonly property int spacingXxl: 32

    // Radii.
    readonly property int radiusS: 4
    readonly property int radiusM: 6
    readonly property int radiusL: 8

    // Fixed sizes.
    readonly property int railWidth: 76
    readonly property int topBarHeight: 52
    readonly property int statusBarHeight: 26
    readonly property int rowHeight: 32
    readonly property int facetRowHeight: 26
    readonly property int iconSize: 16
    readonly property int iconSizeL: 20
    readonly property int controlHeight: 30
    readonly property int chipHeight: 20
    readonly property int cardHeight: 316
    readonly property int facetPanelWidth: 248
    readonly property int maxReadableWidth: 880

    // Fonts: the system font; sizes in points.
    readonly property string fontFamily: Qt.application.font.family
    readonly property string monoFamily: "monospace"
    readonly property real fontSize: Qt.application.font.pointSizeF > 0 ? Qt.application.font.pointSizeF : 10
    readonly property real fontSizeSmall: fontSize - 1
    readonly property real fontSizeTiny: fontSize - 2
    readonly property real fontSizeLarge: fontSize + 2
    readonly property real fontSizeTitle: fontSize + 5
    readonly property real fontSizeHeading: fontSize + 9

    // Surfaces and text.
    readonly property color window: dark ? "#16181c" : "#f3f4f6"
    readonly property color rail: dark ? "#111316" : "#e9ebef"
    readonly property color surface: dark ? "#1c1f24" : "#ffffff"
    readonly property color surfaceAlt: dark ? "#22262c" : "#f7f8fa"
    readonly property color card: dark ? "#1f2228" : "#ffffff"
    readonly property color border: dark ? "#30353d" : "#dcdfe5"
    readonly property color borderStrong: dark ? "#444a54" : "#c4c9d1"
    readonly property color text: dark ? "#e5e8ec" : "#1b2029"
    readonly property color muted: dark ? "#98a1ad" : "#5d6775"
    readonly property color faint: dark ? "#6b7480" : "#8a93a0"
    readonly property color hover: dark ? "#262a31" : "#eef0f3"
    readonly property color pressed: dark ? "#2d323a" : "#e3e6ea"
    readonly property color codeBackground: dark ? "#1a1d21" : "#fafbfc"
    readonly property color shadow: dark ? "#66000000" : "#22000000"

    // Accent and states.
    readonly property color accent: dark ? "#6d9bff" : "#2f62d9"
    readonly property color accentText: "#ffffff"
    readonly property color accentSoft: dark ? "#243252" : "#e5edfd"
    readonly property color selection: dark ? "#263656" : "#dde7fc"
    readonly property color focus: accent
    readonly property color error: dark ? "#f27a73" : "#c9362c"
    readonly property color errorSoft: dark ? "#3d2222" : "#fbe9e7"
    readonly property color warning: dark ? "#e8b34f" : "#b86e00"
    readonly property color warningSoft: dark ? "#3a3020" : "#fdf1dc"
    readonly property color success: dark ? "#5cc78a" : "#22864d"
    readonly property color successSoft: dark ? "#1f3529" : "#e3f4ea"
    readonly property color notice: muted
    readonly property color star: dark ? "#f2c14e" : "#e0a100"

    // A small distinct hue per kind.
    // How long ago `ms` (milliseconds since the epoch) was, as of `now`, in words.
    function ageText(ms: real, now: real): string {
        const minutes = Math.max(0, Math.floor((now - ms) / 60000));
        if (minutes < 1)
            return qsTr("just now");
        if (minutes === 1)
            return qsTr("1 minute ago");
        if (minutes < 60)
            return qsTr("%1 minutes ago").arg(minutes);
        const hours = Math.floor(minutes / 60);
        if (hours === 1)
            return qsTr("1 hour ago");
        if (hours < 48)
            return qsTr("%1 hours ago").arg(hours);
        return qsTr("%1 days ago").arg(Math.floor(hours / 24));
    }

    function kindColor(kind: string): color {
        switch (kind.toLowerCase()) {
        case "component": return dark ? "#6d9bff" : "#2f62d9";
        case "api": return dark ? "#b88cff" : "#7a3fd1";
        case "resource": return dark ? "#e8a85c" : "#b5651d";
        case "system": return dark ? "#4fc7c0" : "#0f8a83";
        case "domain": return dark ? "#e07fb4" : "#b13a7c";
        case "group": return dark ? "#7fcf6f" : "#3f8a2f";
        case "user": return dark ? "#9aa8bb" : "#5b6b80";
        case "template": return dark ? "#f0c75a" : "#a07800";
        case "location": return dark ? "#8c96a3" : "#6b7480";
        default: return dark ? "#a0a7b0" : "#6b7480";
        }
    }

    // Lifecycle chips: a foreground and a soft background per stage.
    function lifecycleColor(lifecycle: string): color {
        switch (lifecycle.toLowerCase()) {
        case "production": return success;
        case "experimental": return warning;
        case "deprecated": return error;
        default: return muted;
        }
    }
    function lifecycleBackground(lifecycle: string): color {
        switch (lifecycle.toLowerCase()) {
        case "production": return successSoft;
        case "experimental": return warningSoft;
        case "deprecated": return errorSoft;
        default: return surfaceAlt;
        }
    }

    function severityColor(severity: string): color {
        switch (severity) {
        case "error": return error;
        case "warning": return warning;
        default: return notice;
        }
    }
    function severityIcon(severity: string): string {
        switch (severity) {
        case "error": return "error";
        case "warning": return "warning";
        default: return "info";
        }
    }

    // A tint of any colour, for chip backgrounds.
    function tint(c: color, alpha: real): color {
        return Qt.rgba(c.r, c.g, c.b, alpha);
    }
}
