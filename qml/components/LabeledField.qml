import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TekPouNou

// A form's one-line text field with its label above it (the label names it for screen readers).
ColumnLayout {
    id: labeled

    required property string label
    property alias text: field.text
    property alias placeholderText: field.placeholderText
    property alias inputMethodHints: field.inputMethodHints

    signal accepted

    function forceActiveFocus() {
        field.forceActiveFocus()
    }

    Layout.fillWidth: true
    spacing: 6

    Label {
        text: labeled.label
        font.bold: true
        color: Theme.text
    }

    FormField {
        id: field

        objectName: labeled.objectName + "Input"
        Layout.fillWidth: true
        Accessible.name: labeled.label
        onAccepted: labeled.accepted()
    }
}
