pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TekPouNou
import TekPouNou.Models

// One course: its header, description and the list of its lessons.
Page {
    id: page

    required property string courseId
    readonly property real sideMargin: Math.max(Theme.spacing, (width - Theme.contentWidth) / 2)

    signal lessonChosen(string lessonId)
    signal backRequested

    objectName: "courseDetailPage"
    title: detail.title
    background: Rectangle {
        color: Theme.background
    }

    CourseDetailModel {
        id: detail

        repository: Catalog
        courseId: page.courseId
    }

    header: CourseHeader {
        sideMargin: page.sideMargin
        courseColor: detail.found ? detail.color : Theme.primary
        iconName: detail.icon
        title: detail.title
        lessonCount: detail.lessonCount
        durationMinutes: detail.durationMinutes
        hasDetails: detail.found
        imageSource: detail.imageSource
        maximumImageHeight: Math.min(180, page.height / 4)
        onBackRequested: page.backRequested()
    }

    // A course has tens of lessons at most: one column that scrolls as a whole, so the
    // description and the lessons move together. (A ListView header would do the same,
    // but Qt 6.4 cannot create header components in a ComponentBehavior: Bound file.)
    ScrollPage {
        objectName: "courseDetailFlickable"
        anchors.fill: parent
        maximumContentWidth: Theme.contentWidth
        topPadding: Theme.spacing
        bottomPadding: Theme.spacing

        OfflineBanner {
            Layout.fillWidth: true
            visible: detail.offline
            text: qsTr("You are offline. Showing what is saved on this device.")
        }

        NoticeBanner {
            objectName: "languageNote"
            Layout.fillWidth: true
            text: detail.languageNote
        }

        ErrorLine {
            Layout.fillWidth: true
            message: detail.error
            onRetryRequested: detail.refresh()
        }

        CourseDownloadPanel {
            Layout.fillWidth: true
            courseId: page.courseId
            courseTitle: detail.title
        }

        BusyIndicator {
            objectName: "loadingIndicator"
            Layout.alignment: Qt.AlignHCenter
            running: detail.loading
            visible: running
        }

        Label {
            objectName: "notSavedMessage"
            Layout.fillWidth: true
            visible: !detail.found && !detail.loading
            text: qsTr("This course is not saved on this device yet. Connect to the internet and try again.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontTitle
            color: Theme.textSecondary
        }

        Label {
            objectName: "courseDescription"
            Layout.fillWidth: true
            visible: text.length > 0
            text: detail.description.length > 0 ? detail.description : detail.summary
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            lineHeight: 1.3
            color: Theme.text
        }

        Label {
            objectName: "lessonsNotSaved"
            Layout.fillWidth: true
            visible: detail.found && !detail.lessonsKnown && !detail.loading
            text: qsTr("The lessons of this course are not saved on this device yet. Connect to the internet to see them.")
            wrapMode: Text.Wrap
            color: Theme.textSecondary
        }

        Label {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            visible: lessons.count > 0
            text: qsTr("Lessons")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
        }

        ColumnLayout {
            objectName: "lessonList"
            Layout.fillWidth: true
            spacing: 12

            Repeater {
                id: lessons

                model: detail

                LessonRow {
                    Layout.fillWidth: true
                    courseId: page.courseId
                    accentColor: Qt.darker(detail.color, 1.2)
                    onClicked: page.lessonChosen(lessonId)
                }
            }
        }
    }
}
