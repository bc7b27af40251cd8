pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import TekPouNou
import TekPouNou.Models

// One task to add or change. Only what the learner changed here is saved, so saving never undoes
// another device's change to something they did not touch. When two devices changed the same
// thing at once, the values that lost are listed at the bottom. Back asks first when something is
// not saved (EditorPage).
EditorPage {
    id: page

    required property TaskListModel taskModel
    property string recordId // empty: a new task
    readonly property bool isNew: recordId.length === 0
    // The task as it was when the page opened; the learner's changes are measured against it.
    property var original: ({})
    property var historyEntries: []
    property string status: "todo"
    property string priority: "medium"

    signal saved(string recordId)
    signal deleted

    function values(): var {
        return {
            title: titleField.text,
            notes: notesField.text,
            status: page.status,
            priority: page.priority,
            dueDate: dueDateField.text.trim()
        }
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
    snapshot: JSON.stringify(values())

    Component.onCompleted: {
        taskModel.clearError()
        if (isNew) {
            markLoaded()
            return
        }
        original = taskModel.task(recordId)
        titleField.text = original.title
        notesField.text = original.notes
        status = original.status
        priority = original.priority
        dueDateField.text = original.dueDate
        historyEntries = taskModel.history(recordId)
        markLoaded()
    }

    // A sync may bring what another device replaced while the page is open.
    Connections {
        target: page.taskModel
        enabled: !page.isNew

        function onModelReset() {
            page.historyEntries = page.taskModel.history(page.recordId)
        }
    }

    // Not a ScrollPage: its column is a layout, and this form needs positioners. Wrapped text
    // changes its height after its width is set, which nested layouts in Qt 6.4 do not always
    // follow (the due date field ended up under Save), and a Column inside ScrollPage's
    // ColumnLayout was never laid out at all.
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

                FormTextArea {
                    id: notesField

                    objectName: "notesField"
                    width: column.width
                    height: Math.max(120, implicitHeight)
                    topPadding: Theme.spacing
                    bottomPadding: Theme.spacing
                    Accessible.name: notesLabel.text
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

            TaskHistory {
                width: column.width
                entries: page.historyEntries
            }
        }
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
