import QtQuick
import QtQuick.Controls
import Atrium

// A person's initials in a coloured circle.
Rectangle {
    id: root

    property string name
    property real size: 24

    // Initials of the first two words ("Priya Raman" → "PR").
    readonly property string initials: {
        const words = root.name.trim().split(/[\s._-]+/).filter(w => w.length > 0);
        return words.slice(0, 2).map(w => w[0].toUpperCase()).join("");
    }

    implicitWidth: root.size
    implicitHeight: root.size
    radius: root.size / 2
    color: root.name.length > 0 ? Theme.accent : Theme.faint
    Accessible.ignored: true

    Label {
        anchors.centerIn: parent
        text: root.initials.length > 0 ? root.initials : "?"
        color: Theme.accentText
        font.pointSize: Math.max(7, root.size * 0.3)
        font.weight: Font.DemiBold
    }
}
