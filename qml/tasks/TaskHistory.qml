pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import TekPouNou

// Under a task's editor: the values that another device's change replaced when two devices changed
// the same thing at once (the task model's history(): fieldLabel, valueText, replacedAtText).
// Hidden while there are none. Its words are translated as part of the editor (TaskEditorPage).
Column {
    id: history

    required property var entries

    objectName: "taskHistory"
    topPadding: Theme.spacing
    visible: history.entries.length > 0
    spacing: Theme.spacingSmall

    SectionHeading {
        width: history.width
        text: qsTranslate("TaskEditorPage", "Replaced by another device")
    }

    Label {
        width: history.width
        text: qsTranslate("TaskEditorPage", "This task was changed on two devices at the same time. The latest change was kept; these are the values it replaced.")
        wrapMode: Text.Wrap
        color: Theme.textSecondary
    }

    Repeater {
        model: history.entries

        Rectangle {
            id: entry

            required property var modelData

            objectName: "historyEntry"
            width: history.width
            height: entryColumn.height + 2 * 12
            radius: Theme.radius / 2
            color: Theme.surface
            border.width: 1
            border.color: Theme.outline

            Column {
                id: entryColumn

                x: Theme.spacing
                y: 12
                width: entry.width - 2 * Theme.spacing
                spacing: 4

                Label {
                    width: entryColumn.width
                    text: entry.modelData.fieldLabel
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.textSecondary
                }

                Label {
                    objectName: "historyValue"
                    width: entryColumn.width
                    text: entry.modelData.valueText
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    maximumLineCount: 6
                    elide: Text.ElideRight
                    color: Theme.text
                }

                Label {
                    width: entryColumn.width
                    visible: entry.modelData.replacedAtText.length > 0
                    text: qsTranslate("TaskEditorPage", "Replaced on %1").arg(entry.modelData.replacedAtText)
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textSecondary
                }
            }
        }
    }
}
