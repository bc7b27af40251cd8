pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TekPouNou
import TekPouNou.Models

// The Tasks destination: the learner's list, with the editor pushed on top to add or change a task.
// Signed out, the screen says why it is empty and offers to sign in; signing out closes any open
// editor, so nothing of one learner stays open for the next.
Page {
    id: screen

    // The screen's one model, shared by the list and the editor (and read by tests).
    readonly property TaskListModel taskModel: tasks

    signal signInRequested
    signal taskSaved(string recordId)

    objectName: "tasksScreen"
    title: qsTr("Tasks")
    background: Rectangle {
        color: Theme.background
    }

    TaskListModel {
        id: tasks

        source: Learner
        language: Language.code
    }

    ScreenTitle {
        x: Theme.spacingLarge
        y: Theme.spacingLarge
        width: parent.width - 2 * Theme.spacingLarge
        visible: !Learner.available
        text: screen.title
    }

    SignInPrompt {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingLarge, Theme.readingWidth)
        visible: !Learner.available
        iconName: "tasks"
        message: qsTr("Sign in to keep a list of what you want to do, on this device and on your other devices.")
        onSignInRequested: screen.signInRequested()
    }

    FeatureStack {
        id: stack

        objectName: "tasksStack"
        anchors.fill: parent
        visible: Learner.available
        initialItem: listPage

        Connections {
            target: Learner

            function onLearnerChanged() {
                stack.popToFirst()
            }
        }

        Component {
            id: listPage

            Page {
                id: page

                readonly property real sideMargin: Math.max(Theme.spacing, (width - Theme.readingWidth) / 2)

                objectName: "taskListPage"
                background: Rectangle {
                    color: Theme.background
                }

                // After saving, the list shows the task where its order put it.
                Connections {
                    target: screen

                    function onTaskSaved(recordId: string) {
                        list.positionViewAtIndex(tasks.indexOf(recordId), ListView.Contain)
                    }
                }

                ColumnLayout {
                    anchors.fill: parent
                    anchors.topMargin: Theme.spacing
                    spacing: Theme.spacingSmall

                    RowLayout {
                        Layout.fillWidth: true
                        Layout.leftMargin: page.sideMargin
                        Layout.rightMargin: page.sideMargin
                        spacing: Theme.spacing

                        ScreenTitle {
                            Layout.fillWidth: true
                            text: screen.title
                        }

                        ActionButton {
                            objectName: "addTaskButton"
                            primary: true
                            text: qsTr("Add a task")
                            onClicked: stack.push(editorPage)
                        }
                    }

                    // A tick the model refused (the task was deleted elsewhere meanwhile).
                    ErrorMessage {
                        objectName: "taskListError"
                        Layout.fillWidth: true
                        Layout.leftMargin: page.sideMargin
                        Layout.rightMargin: page.sideMargin
                        text: stack.depth === 1 ? tasks.error : ""
                    }

                    Item {
                        Layout.fillWidth: true
                        Layout.fillHeight: true

                        ListView {
                            id: list

                            objectName: "taskList"
                            anchors.fill: parent
                            clip: true
                            model: tasks
                            spacing: 12
                            topMargin: 4
                            bottomMargin: Theme.spacing
                            boundsBehavior: Flickable.StopAtBounds
                            ScrollIndicator.vertical: ScrollIndicator {}
                            delegate: TaskRow {
                                x: page.sideMargin
                                width: list.width - 2 * page.sideMargin
                                onClicked: stack.push(editorPage, { recordId: recordId })
                                onDoneToggled: done => tasks.setStatus(recordId, done ? "done" : "todo")
                            }

                            WheelScroll {
                                flickable: list
                            }
                        }

                        Label {
                            objectName: "tasksEmptyState"
                            anchors.centerIn: parent
                            width: Math.min(parent.width - 2 * page.sideMargin, Theme.readingWidth)
                            visible: tasks.count === 0
                            text: qsTr("No tasks yet. Tap “Add a task” to write down something you want to do.")
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignHCenter
                            font.pixelSize: Theme.fontTitle
                            color: Theme.textSecondary
                        }
                    }
                }
            }
        }

        Component {
            id: editorPage

            TaskEditorPage {
                taskModel: tasks
                onBackRequested: {
                    tasks.clearError()
                    stack.pop()
                }
                onSaved: recordId => {
                    stack.pop()
                    screen.taskSaved(recordId)
                }
                onDeleted: stack.pop()
            }
        }
    }
}
