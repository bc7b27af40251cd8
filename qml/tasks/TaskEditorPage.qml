pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import TekPouNou
import TekPouNou.Models

// One task to add or change. Only what the learner changed here is saved, so saving never undoes
// another device's change to something they did not touch. When two devices changed the same
// thing at once, the values that lost are listed at the bottom.
Page {
    id: page

    required property TaskListModel taskModel
    property string recordId // empty: a new task
    readonly property bool isNew: recordId.length === 0
    // The task as it was when the page opened; the learner's changes are measured against it.
    property var original: ({})
    property var historyEntries: []
    property string status: "todo"
    property string priority: "medium"
    // The fields as the page opened; anything else is a change the learner has not saved yet.
    property string loaded
    readonly property bool dirty: JSON.stringify(values()) !== loaded

    signal backRequested
    signal saved(string recordId)
    signal deleted

    // A few exclusive choices under their label; each button is named <group>_<value>.
    component ChoiceGroup: Column {
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

    function values(): var {
        return {
            title: titleField.text,
            notes: notesField.text,
            status: page.status,
            priority: page.priority,
            dueDate: dueDateField.text.trim()
        }
    }

    // Back, Escape or the system back key: asks first when something is not saved.
    function leave() {
        if (dirty)
            leaveDialog.open()
        else
            backRequested()
    }

    function save() {
        const current = values()
        if (isNew) {
            const id = taskModel.create(current)
            if (id.length > 0)
                saved(id)
            return
        }
        const changed = {}
        for (const name in current) {
            if (current[name] !== original[name])
                changed[name] = current[name]
        }
        if (taskModel.update(recordId, changed))
            saved(recordId)
    }

    objectName: "taskEditorPage"
    title: isNew ? qsTr("New task") : qsTr("Change the task")
    background: Rectangle {
        color: Theme.background
    }

    header: BackBar {
        onBackRequested: page.leave()
    }

    Component.onCompleted: {
        taskModel.clearError()
        if (isNew) {
            loaded = JSON.stringify(values())
            return
        }
        original = taskModel.task(recordId)
        titleField.text = original.title
        notesField.text = original.notes
        status = original.status
        priority = original.priority
        dueDateField.text = original.dueDate
        historyEntries = taskModel.history(recordId)
        loaded = JSON.stringify(values())
    }

    // A sync may bring what another device replaced while the page is open.
    Connections {
        target: page.taskModel
        enabled: !page.isNew

        function onModelReset() {
            page.historyEntries = page.taskModel.history(page.recordId)
        }
    }

    // Positioners rather than layouts: wrapped text changes its height after its width is set,
    // which nested layouts in Qt 6.4 do not always follow (the due date field ended up under Save).
    Flickable {
        id: flickable

        objectName: "taskEditorFlickable"
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.height + 2 * Theme.spacingLarge
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollIndicator.vertical: ScrollIndicator {}

        WheelScroll {
            flickable: flickable
        }

        Column {
            id: column

            x: (flickable.width - width) / 2
            y: Theme.spacingLarge
            width: Math.min(Theme.readingWidth, flickable.width - 2 * Theme.spacing)
            spacing: Theme.spacing

            ScreenTitle {
                width: column.width
                text: page.title
            }

            Column {
                width: column.width
                spacing: 6

                Label {
                    id: titleLabel

                    text: qsTr("Title")
                    font.bold: true
                    color: Theme.text
                }

                FormField {
                    id: titleField

                    objectName: "titleField"
                    width: column.width
                    placeholderText: qsTr("What do you want to do?")
                    Accessible.name: titleLabel.text
                    onAccepted: page.save()
                }
            }

            Column {
                width: column.width
                spacing: 6

                Label {
                    id: notesLabel

                    text: qsTr("Notes (optional)")
                    font.bold: true
                    color: Theme.text
                }

                TextArea {
                    id: notesField

                    objectName: "notesField"
                    width: column.width
                    height: Math.max(120, implicitHeight)
                    wrapMode: TextEdit.Wrap
                    padding: Theme.spacing
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    selectByMouse: true
                    Accessible.name: notesLabel.text
                    background: Rectangle {
                        radius: 10
                        color: Theme.surface
                        border.width: notesField.activeFocus ? 2 : 1
                        border.color: notesField.activeFocus ? Theme.accent : Theme.outline
                    }
                }
            }

            ChoiceGroup {
                objectName: "status"
                width: column.width
                label: qsTr("Status")
                choices: page.taskModel.statusChoices
                value: page.status
                onChosen: value => page.status = value
            }

            ChoiceGroup {
                objectName: "priority"
                width: column.width
                label: qsTr("Priority")
                choices: page.taskModel.priorityChoices
                value: page.priority
                onChosen: value => page.priority = value
            }

            Column {
                width: column.width
                spacing: 6

                Label {
                    id: dueDateLabel

                    text: qsTr("Due date")
                    font.bold: true
                    color: Theme.text
                }

                Label {
                    width: column.width
                    text: qsTr("Year-month-day, for example %1. Leave it empty if there is no date.")
                              .arg(Qt.formatDate(new Date(), "yyyy-MM-dd"))
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textSecondary
                }

                FormField {
                    id: dueDateField

                    objectName: "dueDateField"
                    width: Math.min(column.width, Theme.formWidth)
                    placeholderText: qsTr("YYYY-MM-DD")
                    inputMethodHints: Qt.ImhPreferNumbers | Qt.ImhNoPredictiveText
                    Accessible.name: dueDateLabel.text
                    onAccepted: page.save()
                }
            }

            ErrorMessage {
                objectName: "taskEditorError"
                width: column.width
                text: page.taskModel.error
            }

            ActionButton {
                objectName: "saveTaskButton"
                width: column.width
                primary: true
                text: page.isNew ? qsTr("Add the task") : qsTr("Save")
                onClicked: page.save()
            }

            ActionButton {
                objectName: "deleteTaskButton"
                width: column.width
                visible: !page.isNew
                destructive: true
                text: qsTr("Delete the task")
                onClicked: deleteDialog.open()
            }

            Column {
                objectName: "taskHistory"
                width: column.width
                topPadding: Theme.spacing
                visible: page.historyEntries.length > 0
                spacing: Theme.spacingSmall

                SectionHeading {
                    width: column.width
                    text: qsTr("Replaced by another device")
                }

                Label {
                    width: column.width
                    text: qsTr("This task was changed on two devices at the same time. The latest change was kept; these are the values it replaced.")
                    wrapMode: Text.Wrap
                    color: Theme.textSecondary
                }

                Repeater {
                    model: page.historyEntries

                    Rectangle {
                        id: entry

                        required property var modelData

                        objectName: "historyEntry"
                        width: column.width
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
                                text: qsTr("Replaced on %1").arg(entry.modelData.replacedAtText)
                                wrapMode: Text.Wrap
                                font.pixelSize: Theme.fontSmall
                                color: Theme.textSecondary
                            }
                        }
                    }
                }
            }
        }
    }

    LeaveEditorDialog {
        id: leaveDialog

        onAccepted: page.backRequested()
    }

    ConfirmDialog {
        id: deleteDialog

        objectName: "deleteTaskDialog"
        title: qsTr("Delete this task?")
        message: qsTr("The task will be deleted on this device and on your other devices. This cannot be undone.")
        confirmText: qsTr("Delete")
        onAccepted: {
            if (page.taskModel.remove(page.recordId))
                page.deleted()
        }
    }
}
