pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import TekPouNou
import TekPouNou.Models

// The Journal destination: the learner's entries, newest day first, with the editor and the
// page for choosing between two versions pushed on top. It works with no account (a guest's
// journal on this device); only when no data could be opened at all does it offer sign-in.
Page {
    id: screen

    readonly property JournalListModel entryModel: journalModel

    signal signInRequested

    function openEntry(recordId: string) {
        stack.push(editorPage, { recordId: recordId })
    }

    function openConflict(recordId: string) {
        stack.push(conflictPage, { recordId: recordId })
    }

    objectName: "journalScreen"
    title: qsTr("Journal")
    background: Rectangle {
        color: Theme.background
    }

    JournalListModel {
        id: journalModel

        source: Learner
    }

    // Where the list page puts its title, so signing in does not move it.
    ScreenTitle {
        x: Math.max(Theme.spacing, (screen.width - Theme.readingWidth) / 2)
        y: Theme.spacing
        width: screen.width - 2 * x
        visible: !Learner.available
        text: screen.title
    }

    SignInPrompt {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingLarge, Theme.readingWidth)
        visible: !Learner.available
        iconName: "journal"
        message: qsTr("Sign in to keep a journal of your days. It is saved on this device and on your account.")
        onSignInRequested: screen.signInRequested()
    }

    FeatureStack {
        id: stack

        objectName: "journalStack"
        anchors.fill: parent
        visible: Learner.available
        initialItem: listPage
    }

    Component {
        id: listPage

        Page {
            id: page

            readonly property real sideMargin: Math.max(Theme.spacing, (width - Theme.readingWidth) / 2)

            objectName: "journalListPage"
            background: Rectangle {
                color: Theme.background
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
                        objectName: "newEntryButton"
                        primary: true
                        text: qsTr("New entry")
                        onClicked: screen.openEntry("")
                    }
                }

                // A guest on a device with no keychain: the key that would seal the words on disk
                // cannot be kept, so the journal lives in memory. Say so before anything is lost.
                NoticeBanner {
                    objectName: "journalNotKeptNotice"
                    Layout.fillWidth: true
                    Layout.leftMargin: page.sideMargin
                    Layout.rightMargin: page.sideMargin
                    text: Learner.journalKept ? "" : qsTr("This device has no safe place for your journal's key, so your entries are kept only until the app closes. Sign in to keep them on your account.")
                }

                Item {
                    Layout.fillWidth: true
                    Layout.fillHeight: true

                    ListView {
                        id: list

                        objectName: "journalList"
                        anchors.fill: parent
                        clip: true
                        model: journalModel
                        spacing: 12
                        topMargin: Theme.spacingSmall
                        bottomMargin: Theme.spacing
                        boundsBehavior: Flickable.StopAtBounds
                        ScrollIndicator.vertical: ScrollIndicator {}

                        delegate: JournalEntryRow {
                            id: entryRow

                            x: page.sideMargin
                            width: list.width - 2 * page.sideMargin
                            moodName: journalModel.moodName(entryRow.mood)
                            onClicked: screen.openEntry(entryRow.recordId)
                            onConflictRequested: screen.openConflict(entryRow.recordId)
                        }

                        WheelScroll {
                            flickable: list
                        }
                    }

                    Column {
                        anchors.centerIn: parent
                        width: Math.min(parent.width - 2 * page.sideMargin, Theme.readingWidth)
                        visible: journalModel.count === 0
                        spacing: Theme.spacingSmall

                        IconImage {
                            anchors.horizontalCenter: parent.horizontalCenter
                            source: Theme.iconUrl("journal")
                            sourceSize.width: 48
                            sourceSize.height: 48
                            color: Theme.accent
                        }

                        Label {
                            objectName: "journalEmptyState"
                            width: parent.width
                            text: qsTr("Your journal is empty. Write a few words about your day: how it went and how you felt.")
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignHCenter
                            font.pixelSize: Theme.fontTitle
                            color: Theme.textSecondary
                        }
                    }
                }
            }
        }
    }

    Component {
        id: editorPage

        JournalEditorPage {
            id: editor

            journal: journalModel
            onBackRequested: stack.pop()
            onFinished: stack.pop(null)
            onConflictRequested: screen.openConflict(editor.recordId)
        }
    }

    Component {
        id: conflictPage

        JournalConflictPage {
            journal: journalModel
            onBackRequested: stack.pop()
            onResolved: stack.pop(null)
        }
    }

    // Another learner's data (signing in or out): no entry of the previous one stays open.
    Connections {
        target: Learner

        function onLearnerChanged() {
            stack.popToFirst()
        }
    }
}
