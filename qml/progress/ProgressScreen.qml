pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import TekPouNou
import TekPouNou.Models

// The learner's progress: what they finished and how long they spent, lessons completed over the
// last two weeks as a chart, and how far along each course they started is. It is the learner's
// own data, so nobody signed in means a prompt to sign in.
Page {
    id: screen

    signal signInRequested

    // "1 h 20 min", "45 min": Qt 6.4 has no Kreyòl locale to format durations.
    function duration(seconds: int): string {
        const minutes = Math.floor(seconds / 60)
        if (minutes < 60)
            return qsTr("%1 min", "duration in minutes").arg(minutes)
        return qsTr("%1 h %2 min", "duration in hours and minutes").arg(Math.floor(minutes / 60)).arg(minutes % 60)
    }

    objectName: "progressScreen"
    title: qsTr("Progress")
    background: Rectangle {
        color: Theme.background
    }

    ProgressModel {
        id: progress

        source: Learner
        repository: Catalog
    }

    // Where the signed-in page puts its title, so signing in does not move it.
    ScreenTitle {
        x: scroll.sideMargin
        y: Theme.spacingLarge
        width: scroll.availableWidth
        visible: !Learner.available
        text: screen.title
    }

    SignInPrompt {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingLarge, Theme.readingWidth)
        visible: !Learner.available
        iconName: "progress"
        message: qsTr("Sign in to keep track of the lessons you finish, on all your devices.")
        onSignInRequested: screen.signInRequested()
    }

    ScrollPage {
        id: scroll

        objectName: "progressFlickable"
        anchors.fill: parent
        visible: Learner.available
        maximumContentWidth: Theme.contentWidth

        ScreenTitle {
            Layout.fillWidth: true
            text: screen.title
        }

        // Nothing started yet: where to begin instead of empty figures.
        ColumnLayout {
            objectName: "progressEmptyState"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingLarge
            visible: progress.count === 0
            spacing: Theme.spacingSmall

            IconImage {
                Layout.alignment: Qt.AlignHCenter
                source: Theme.iconUrl("courses")
                sourceSize.width: 64
                sourceSize.height: 64
                color: Theme.accent
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Open a lesson to start")
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("The lessons you read and finish will show here.")
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                color: Theme.textSecondary
            }
        }

        Flow {
            Layout.fillWidth: true
            visible: progress.count > 0
            spacing: Theme.spacingSmall

            Repeater {
                model: [
                    { name: "lessonsCompletedFigure", value: progress.lessonsCompleted,
                      label: qsTr("Lessons completed") },
                    { name: "coursesStartedFigure", value: progress.count,
                      label: qsTr("Courses started") },
                    { name: "timeSpentFigure", value: screen.duration(progress.totalTimeSeconds),
                      label: qsTr("Time spent learning") }
                ]

                Rectangle {
                    id: figure

                    required property var modelData

                    objectName: modelData.name
                    // Three across when there is room, one per line on a phone.
                    width: scroll.availableWidth >= 560 ? (scroll.availableWidth - 2 * Theme.spacingSmall) / 3
                                                    : scroll.availableWidth
                    height: figureText.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.outline
                    Accessible.role: Accessible.StaticText
                    Accessible.name: figure.modelData.value + " " + figure.modelData.label

                    Column {
                        id: figureText

                        x: Theme.spacing
                        y: Theme.spacing
                        width: parent.width - 2 * Theme.spacing

                        Label {
                            width: parent.width
                            text: figure.modelData.value
                            font.pixelSize: Theme.fontHeading
                            font.bold: true
                            color: Theme.primary
                        }

                        Label {
                            width: parent.width
                            text: figure.modelData.label
                            wrapMode: Text.Wrap
                            color: Theme.textSecondary
                        }
                    }
                }
            }
        }

        SectionHeading {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            visible: progress.count > 0
            text: qsTr("Lessons completed")
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: chart.implicitHeight + 2 * Theme.spacing
            visible: progress.count > 0
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.outline

            ProgressChart {
                id: chart

                x: Theme.spacing
                y: Theme.spacing
                width: parent.width - 2 * Theme.spacing
                days: progress.completionsByDay
            }
        }

        SectionHeading {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            visible: progress.count > 0
            text: qsTr("Your courses")
        }

        Repeater {
            objectName: "courseProgressList"
            model: progress

            // One course: its title, a bar of its lessons done, and the time spent on it.
            Rectangle {
                id: row

                required property string courseId
                required property string title
                required property string courseColor
                required property int lessonsDone
                required property int lessonCount
                required property int percent
                required property int timeSpentSeconds
                readonly property string lessonsText: lessonCount > 0
                    ? qsTr("%1 of %n lesson(s)", "", lessonCount).arg(lessonsDone)
                    : qsTr("%n lesson(s) done", "", lessonsDone)

                objectName: "courseProgress_" + courseId
                Layout.fillWidth: true
                implicitHeight: rowContent.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.outline
                Accessible.role: Accessible.ProgressBar
                Accessible.name: title + ": " + lessonsText

                ColumnLayout {
                    id: rowContent

                    x: Theme.spacing
                    y: Theme.spacing
                    width: parent.width - 2 * Theme.spacing
                    spacing: Theme.spacingSmall

                    Label {
                        Layout.fillWidth: true
                        text: row.title
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontTitle - 1
                        font.bold: true
                        color: Theme.text
                    }

                    Rectangle {
                        objectName: "courseProgressBar"
                        Layout.fillWidth: true
                        implicitHeight: 12
                        radius: 6
                        color: Theme.surfaceVariant

                        Rectangle {
                            width: parent.width * row.percent / 100
                            height: parent.height
                            radius: parent.radius
                            color: row.courseColor.length > 0 ? row.courseColor : Theme.primary
                        }
                    }

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing

                        Label {
                            objectName: "courseProgressText"
                            Layout.fillWidth: true
                            text: row.lessonsText
                            wrapMode: Text.Wrap
                            color: Theme.textSecondary
                        }

                        IconText {
                            iconName: "clock"
                            text: screen.duration(row.timeSpentSeconds)
                        }
                    }
                }
            }
        }
    }
}
