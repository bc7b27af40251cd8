import QtQuick
import QtQuick.Controls
import TekPouNou

// A text box for a form: tall, with a clear border that thickens while typing.
TextField {
    id: field

    implicitHeight: 56
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    topPadding: 0
    bottomPadding: 0
    verticalAlignment: TextInput.AlignVCenter
    font.pixelSize: Theme.fontBody
    color: Theme.text
    placeholderTextColor: Theme.textSecondary
    selectByMouse: true
    Accessible.role: Accessible.EditableText

    background: Rectangle {
        radius: 10
        color: Theme.surface
        border.width: field.activeFocus ? 2 : 1
        border.color: field.activeFocus ? Theme.accent : Theme.outline
    }
}
