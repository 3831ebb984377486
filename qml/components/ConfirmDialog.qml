import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// Asks before doing something: a question, a sentence on what follows, and two answers. The safe
// answer has the focus, so Enter never destroys by accident; Escape closes without an answer.
AppDialog {
    id: root

    property string text
    property string confirmText: qsTr("OK")
    property string cancelText: qsTr("Cancel")
    // The confirming answer deletes or disables something: drawn in the error colour.
    property bool destructive: false

    signal confirmed()
    signal declined()

    initialFocus: root.destructive ? cancelButton : confirmButton

    Label {
        Layout.fillWidth: true
        visible: root.text.length > 0
        text: root.text
        wrapMode: Text.Wrap
        color: Theme.text
    }

    buttons: [
        ActionButton {
            id: cancelButton
            objectName: "cancelButton"
            text: root.cancelText
            onClicked: {
                root.close();
                root.declined();
            }
        },
        ActionButton {
            id: confirmButton
            objectName: "confirmButton"
            text: root.confirmText
            primary: !root.destructive
            danger: root.destructive
            onClicked: {
                root.close();
                root.confirmed();
            }
        }
    ]
}
