import QtQuick
import QtQuick.Shapes
import Atrium

// A line icon drawn from a 24×24 SVG path, so it follows the theme's colours at any size.
Item {
    id: root

    property string name
    property color color: Theme.text
    property real size: Theme.iconSize
    property real lineWidth: 1.6
    // Fill closed shapes (a starred star) instead of only stroking them.
    property bool filled: false

    implicitWidth: size
    implicitHeight: size
    Accessible.ignored: true

    readonly property var paths: ({
        "home": "M3.5 10.5 12 3.5l8.5 7V20.5h-5.5v-6h-6v6H3.5z",
        "catalog": "M4 4h6.5v6.5H4z M13.5 4H20v6.5h-6.5z M4 13.5h6.5V20H4z M13.5 13.5H20V20h-6.5z",
        "actions": "M13 2.5 4.5 13.5h6.5l-1 8 8.5-11h-6.5z",
        "plugins": "M9 2.5v5 M15 2.5v5 M6 7.5h12v4a6 6 0 0 1-12 0z M12 17.5v4",
        "settings": "M4 6.5h9 M17 6.5h3 M15 4.5v4 M4 12h3 M11 12h9 M9 10v4 M4 17.5h11 M19 17.5h1 M17 15.5v4",
        "search": "M10.5 4a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13z M15.5 15.5 20.5 20.5",
        "star": "M12 3.2l2.7 5.6 6.1.8-4.5 4.2 1.2 6.1L12 16.9l-5.5 3 1.2-6.1-4.5-4.2 6.1-.8z",
        "error": "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z M9 9l6 6 M15 9l-6 6",
        "warning": "M12 3.5 2.5 20h19z M12 10v4.5 M12 17v.6",
        "info": "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z M12 11v5.5 M12 7.6v.6",
        "check": "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z M8 12.5l2.8 2.8L16.5 9.5",
        "user": "M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8z M4.5 20.5a7.5 7.5 0 0 1 15 0",
        "users": "M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7z M2.5 20a6.5 6.5 0 0 1 13 0 M16 4.3a3.5 3.5 0 0 1 0 6.4 M18 14a6.5 6.5 0 0 1 3.5 6",
        "chevronRight": "M9.5 6l6 6-6 6",
        "chevronDown": "M6 9.5l6 6 6-6",
        "arrowUp": "M12 19V5 M6 11l6-6 6 6",
        "arrowDown": "M12 5v14 M6 13l6 6 6-6",
        "back": "M19.5 12h-15 M10.5 6l-6 6 6 6",
        "copy": "M9 9h11v11H9z M5.5 15H4V4h11v1.5",
        "file": "M14 3H5.5v18h13V7.5z M14 3v4.5h4.5",
        "external": "M14 4h6v6 M20 4l-9 9 M18 14v6H4V6h6",
        "docs": "M3.5 5h5.5a3 3 0 0 1 3 3v12a2.5 2.5 0 0 0-2.5-2.5h-6z M20.5 5H15a3 3 0 0 0-3 3v12a2.5 2.5 0 0 1 2.5-2.5h6z",
        "status": "M3 12h4l2.5-7 5 14 2.5-7h4",
        "cost": "M3.5 20.5h17 M6.5 17v-5 M11 17V7 M15.5 17v-8 M20 17V4.5",
        "system": "M12 3 3 7.5 12 12l9-4.5z M3 12l9 4.5 9-4.5 M3 16.5 12 21l9-4.5",
        "component": "M12 3 3.5 7.5v9L12 21l8.5-4.5v-9z M3.5 7.5 12 12l8.5-4.5 M12 12v9",
        "close": "M6 6l12 12 M18 6 6 18",
        "link": "M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1 M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1",
        "refresh": "M19.5 12a7.5 7.5 0 1 1-2.2-5.3 M19.5 4v4.5H15",
        "filter": "M3.5 5h17l-6.5 7.5v6l-4 2v-8z",
        "inbox": "M3 13l3-8h12l3 8v6H3z M3 13h5l1.5 2.5h5L16 13h5",
        "code": "M8.5 7.5 4 12l4.5 4.5 M15.5 7.5 20 12l-4.5 4.5 M13.5 5l-3 14",
        "template": "M4 4h16v5H4z M4 12h7v8H4z M14 12h6 M14 16h6 M14 20h4",
        "sun": "M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8z M12 2.5v2 M12 19.5v2 M4.6 4.6l1.4 1.4 M18 18l1.4 1.4 M2.5 12h2 M19.5 12h2 M4.6 19.4 6 18 M18 6l1.4-1.4",
        "moon": "M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z",
        "folder": "M3 6.5V19h18V8.5h-9L10 5.5H3z",
        "globe": "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z M3 12h18 M12 3c2.5 2.5 3.5 5.5 3.5 9s-1 6.5-3.5 9c-2.5-2.5-3.5-5.5-3.5-9s1-6.5 3.5-9z",
        "tag": "M3.5 3.5h8l9 9-8 8-9-9z M8 8.2v.1",
        "chat": "M4 4.5h16v11H9l-5 4z",
        "help": "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.7v.5 M12 17v.6",
        "dashboard": "M4 4h7v9H4z M13 4h7v5h-7z M13 11h7v9h-7z M4 15h7v5H4z",
        "keyboard": "M3 6.5h18v11H3z M6.5 10h1 M10 10h1 M13.5 10h1 M17 10h1 M7.5 14h9"
    })

    Shape {
        anchors.fill: parent
        // Multisampling keeps the thin strokes smooth.
        layer.enabled: true
        layer.samples: 4
        layer.smooth: true

        ShapePath {
            scale: Qt.size(root.size / 24, root.size / 24)
            strokeColor: root.color
            strokeWidth: root.lineWidth
            fillColor: root.filled ? root.color : "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin
            PathSvg { path: root.paths[root.name] ?? "" }
        }
    }
}
