pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import TekPouNou

// A few exclusive choices under their label; each button is named <objectName>_<value>.
// `choices` is a list of { value, text }, as the task model's statusChoices and priorityChoices.
Column {
    id: group

    required property string label
    required property var choices
    required property string value

    signal chosen(string value)

    Label {
        text: group.label
        font.bold: true
        color: Theme.text
    }

    Flow {
        width: group.width

        Repeater {
            model: group.choices

            RadioButton {
                required property var modelData

                objectName: group.objectName + "_" + modelData.value
                text: modelData.text
                checked: group.value === modelData.value
                onClicked: group.chosen(modelData.value)
            }
        }
    }
}
