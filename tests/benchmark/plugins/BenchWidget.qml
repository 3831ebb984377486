import QtQuick
import QtQuick.Controls

Label {
    property var atrium
    text: atrium ? qsTr("Connection: %1").arg(atrium.connectionId || qsTr("none")) : ""
}
