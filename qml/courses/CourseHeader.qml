import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TekPouNou

// The coloured band at the top of a course: back, the course's badge, title and size, and the
// course's picture when it has one that is on this device (decoration: nothing in its place otherwise).
Rectangle {
    id: header

    property color courseColor: Theme.primary
    property string iconName
    property string title
    property int lessonCount
    property int durationMinutes
    property bool hasDetails
    property real sideMargin: Theme.spacing
    property url imageSource
    // The picture's height at most: it shares the screen with the lessons below.
    property real maximumImageHeight: 180

    signal backRequested

    // Darkened so white text stays readable on any course colour.
    color: Qt.darker(courseColor, 1.2)
    implicitHeight: column.implicitHeight + Theme.spacingSmall + Theme.spacingLarge

    ColumnLayout {
        id: column

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.topMargin: Theme.spacingSmall
        anchors.leftMargin: header.sideMargin - 8
        anchors.rightMargin: header.sideMargin
        spacing: Theme.spacingSmall

        BackButton {
            tint: "white"
            onClicked: header.backRequested()
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 8
            spacing: Theme.spacing

            CourseBadge {
                Layout.alignment: Qt.AlignTop
                color: Qt.rgba(1, 1, 1, 0.2)
                iconName: header.iconName
                size: 72
            }

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 6

                Label {
                    objectName: "courseTitle"
                    Layout.fillWidth: true
                    text: header.title
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontHeading
                    font.bold: true
                    color: "white"
                    Accessible.role: Accessible.Heading
                }

                Flow {
                    Layout.fillWidth: true
                    visible: header.hasDetails
                    spacing: Theme.spacing

                    IconText {
                        iconName: "book"
                        color: "white"
                        text: qsTr("%n lesson(s)", "", header.lessonCount)
                    }

                    IconText {
                        iconName: "clock"
                        color: "white"
                        text: qsTr("%1 min", "duration in minutes").arg(header.durationMinutes)
                    }
                }
            }
        }

        Image {
            objectName: "courseImage"
            Layout.fillWidth: true
            Layout.leftMargin: 8
            Layout.preferredHeight: status === Image.Ready
                                    ? Math.min(header.maximumImageHeight, width * implicitHeight / Math.max(1, implicitWidth))
                                    : 0
            visible: status === Image.Ready
            source: header.imageSource
            sourceSize.width: Theme.readingWidth
            asynchronous: true
            fillMode: Image.PreserveAspectFit
            horizontalAlignment: Image.AlignLeft
            Accessible.ignored: true
        }
    }
}
