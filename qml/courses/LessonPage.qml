import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TekPouNou
import TekPouNou.Models

// One lesson to read: its title and length, then its text at a comfortable width, and at its end
// "Mark as done". How far the learner reads and how long they stay are kept as their progress.
Page {
    id: page

    required property string courseId
    required property string lessonId

    signal backRequested

    objectName: "lessonPage"
    title: lesson.title
    background: Rectangle {
        color: Theme.background
    }

    LessonViewModel {
        id: lesson

        repository: Catalog
        courseId: page.courseId
        lessonId: page.lessonId
    }

    LessonProgress {
        id: progress

        objectName: "lessonProgress"
        source: Learner
        courseId: page.courseId
        lessonId: page.lessonId
        // Time counts only while the learner can be reading: on screen, with the app in front.
        active: page.visible && Application.state === Qt.ApplicationActive
        // How much of the text has been on screen; nothing before the text is there.
        readFraction: lesson.body.length > 0 && lessonBody.height > 0
                      ? (scroll.contentY + scroll.height - scroll.topPadding - lessonBody.y) / lessonBody.height : 0
    }

    header: BackBar {
        onBackRequested: page.backRequested()
    }

    ScrollPage {
        id: scroll

        objectName: "lessonFlickable"
        anchors.fill: parent
        minimumSideMargin: Theme.spacingLarge
        draggableScrollBar: true

        OfflineBanner {
            Layout.fillWidth: true
            visible: lesson.offline
            text: qsTr("You are offline. Showing what is saved on this device.")
        }

        NoticeBanner {
            objectName: "languageNote"
            Layout.fillWidth: true
            text: lesson.languageNote
        }

        ErrorLine {
            Layout.fillWidth: true
            message: lesson.error
            onRetryRequested: lesson.refresh()
        }

        BusyIndicator {
            objectName: "loadingIndicator"
            Layout.alignment: Qt.AlignHCenter
            running: lesson.loading && !lesson.found
            visible: running
        }

        Label {
            Layout.fillWidth: true
            visible: lesson.position > 0
            text: qsTr("Lesson %1").arg(lesson.position)
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.accent
        }

        Label {
            objectName: "lessonTitle"
            Layout.fillWidth: true
            text: lesson.title
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontDisplay - 2
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
        }

        IconText {
            visible: lesson.found
            iconName: "clock"
            text: qsTr("%1 min", "duration in minutes").arg(lesson.durationMinutes)
        }

        Label {
            objectName: "lessonNotSaved"
            Layout.fillWidth: true
            visible: !lesson.found && !lesson.loading
            text: qsTr("This lesson is not saved on this device yet. Connect to the internet and try again.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontTitle
            color: Theme.textSecondary
        }

        LessonBody {
            id: lessonBody

            objectName: "lessonBody"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            body: lesson.body
            maximumImageHeight: Math.max(200, scroll.height * 0.6)
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            visible: lesson.found
            implicitHeight: 1
            color: Theme.outline
        }

        ActionButton {
            objectName: "markDoneButton"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.formWidth
            Layout.alignment: Qt.AlignHCenter
            visible: lesson.found && progress.available && !progress.completed
            primary: true
            text: qsTr("Mark as done")
            onClicked: progress.markDone()
        }

        // Done: said calmly, and not a button any more.
        Rectangle {
            objectName: "lessonDoneState"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.formWidth
            Layout.alignment: Qt.AlignHCenter
            visible: lesson.found && progress.available && progress.completed
            implicitHeight: Math.max(56, doneLabel.implicitHeight + 24)
            radius: Theme.radius
            color: Theme.selected
            Accessible.role: Accessible.StaticText
            Accessible.name: doneLabel.text

            Label {
                id: doneLabel

                anchors.centerIn: parent
                text: qsTr("Done", "the learner has finished this lesson")
                font.bold: true
                color: Theme.primaryDark
            }
        }

        Label {
            objectName: "progressSignedOut"
            Layout.fillWidth: true
            visible: lesson.found && !progress.available
            text: qsTr("Sign in to save your progress in this lesson.")
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            color: Theme.textSecondary
        }
    }
}
