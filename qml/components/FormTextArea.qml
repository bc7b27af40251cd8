import QtQuick
import QtQuick.Controls
import TekPouNou

// A box for a few lines or a few paragraphs of text in a form, bordered like FormField: the border
// thickens while typing. Put it in a ScrollView when the text may grow past the box.
TextArea {
    id: area

    wrapMode: TextEdit.Wrap
    selectByMouse: true
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    topPadding: 12
    bottomPadding: 12
    font.pixelSize: Theme.fontBody
    color: Theme.text
    placeholderTextColor: Theme.textSecondary

    background: Rectangle {
        radius: 10
        color: Theme.surface
        border.width: area.activeFocus ? 2 : 1
        border.color: area.activeFocus ? Theme.accent : Theme.outline
    }
}
