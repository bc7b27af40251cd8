import QtQuick
import QtQuick.Controls
import TekPouNou
import TekPouNou.Models

// One language, always written in its own name so a learner can find theirs.
RadioDelegate {
    id: option

    required property string code

    objectName: "languageOption_" + code
    implicitHeight: 60
    // The Language singleton decides which option is checked; a click asks it to switch.
    checkable: false
    text: Language.nativeName(code)
    font.pixelSize: Theme.fontTitle
    font.bold: checked
    Accessible.name: text

    background: Rectangle {
        radius: Theme.radius
        color: option.checked ? Theme.selected : (option.pressed ? Theme.surfaceVariant : Theme.surface)
        border.width: option.visualFocus ? 2 : 1
        border.color: option.checked || option.visualFocus ? Theme.accent : Theme.outline
    }
}
