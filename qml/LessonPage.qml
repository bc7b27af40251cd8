import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TekPouNou.Models

// One lesson to read: its title and length, then its text at a comfortable width.
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

    header: BackBar {
        onBackRequested: page.backRequested()
    }

    Flickable {
        id: flickable

        objectName: "lessonFlickable"
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.spacingLarge
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column

            x: (flickable.width - width) / 2
            y: Theme.spacingLarge
            width: Math.min(Theme.readingWidth, flickable.width - 2 * Theme.spacingLarge)
            spacing: Theme.spacing

            OfflineBanner {
                Layout.fillWidth: true
                visible: lesson.offline
                text: qsTr("You are offline. Showing what is saved on this device.")
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

            Label {
                objectName: "lessonBody"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingSmall
                text: lesson.body
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                lineHeight: 1.45
                font.pixelSize: Theme.fontBody + 1
                color: Theme.text
            }
        }
    }
}
