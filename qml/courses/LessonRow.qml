import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import TekPouNou
import TekPouNou.Models

// One lesson in a course: its number (a tick once the learner has finished it), title, summary
// and length. The required properties take the course detail model's roles.
Item {
    id: row

    required property string lessonId
    required property int position
    required property string title
    required property string summary
    required property int durationMinutes
    property string courseId
    property color accentColor: Theme.primary

    readonly property bool narrow: width < 400

    signal clicked

    implicitHeight: button.implicitHeight

    // Only read here: the lesson page is where time and reading are counted.
    LessonProgress {
        id: progress

        source: Learner
        courseId: row.courseId
        lessonId: row.lessonId
    }

    AbstractButton {
        id: button

        objectName: "lessonRow_" + row.lessonId
        anchors.fill: parent
        padding: row.narrow ? 12 : Theme.spacing
        focusPolicy: Qt.StrongFocus
        Accessible.role: Accessible.Button
        Accessible.name: progress.completed ? qsTr("Lesson %1: %2, done").arg(row.position).arg(row.title)
                                            : qsTr("Lesson %1: %2").arg(row.position).arg(row.title)
        onClicked: row.clicked()

        background: Rectangle {
            radius: Theme.radius
            color: button.pressed ? Theme.surfaceVariant : Theme.surface
            border.width: button.visualFocus ? 2 : 1
            border.color: button.visualFocus ? Theme.accent : Theme.outline
        }

        contentItem: RowLayout {
            spacing: row.narrow ? 12 : Theme.spacing

            Rectangle {
                Layout.alignment: Qt.AlignTop
                implicitWidth: 44
                implicitHeight: 44
                radius: 22
                color: row.accentColor

                Label {
                    anchors.centerIn: parent
                    visible: !progress.completed
                    text: row.position
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: "white"
                }

                IconImage {
                    objectName: "lessonDoneMark"
                    anchors.centerIn: parent
                    visible: progress.completed
                    source: Theme.iconUrl("check")
                    sourceSize.width: 26
                    sourceSize.height: 26
                    color: "white"
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 4

                Label {
                    Layout.fillWidth: true
                    text: row.title
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontTitle - 1
                    font.bold: true
                    color: Theme.text
                }

                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: row.summary
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                    color: Theme.textSecondary
                }

                IconText {
                    Layout.topMargin: 2
                    iconName: "clock"
                    text: qsTr("%1 min", "duration in minutes").arg(row.durationMinutes)
                }
            }

            IconImage {
                visible: !row.narrow
                source: Theme.iconUrl("chevron")
                sourceSize.width: Theme.iconSize
                sourceSize.height: Theme.iconSize
                color: Theme.textSecondary
            }
        }
    }
}
