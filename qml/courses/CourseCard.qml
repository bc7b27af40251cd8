import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import TekPouNou
import TekPouNou.Models

// One course in the catalog. The required properties take the course list model's roles.
Item {
    id: card

    required property string courseId
    required property string title
    required property string summary
    required property color color
    required property string icon
    required property int lessonCount
    required property int durationMinutes
    required property string languageNote

    // On phones every pixel goes to the words: a smaller badge and no chevron.
    readonly property bool narrow: width < 400

    signal clicked

    OfflineCourse {
        id: offline

        downloads: Downloads
        courseId: card.courseId
    }

    implicitHeight: button.implicitHeight

    AbstractButton {
        id: button

        objectName: "courseCard_" + card.courseId
        anchors.fill: parent
        padding: card.narrow ? 12 : Theme.spacing
        focusPolicy: Qt.StrongFocus
        Accessible.role: Accessible.Button
        Accessible.name: card.title
        Accessible.description: card.summary
        onClicked: card.clicked()

        background: Rectangle {
            radius: Theme.radius
            color: button.pressed ? Theme.surfaceVariant : Theme.surface
            border.width: button.visualFocus ? 2 : 1
            border.color: button.visualFocus ? Theme.accent : Theme.outline
        }

        contentItem: RowLayout {
            spacing: card.narrow ? 12 : Theme.spacing

            CourseBadge {
                Layout.alignment: Qt.AlignTop
                color: card.color
                iconName: card.icon
                size: card.narrow ? 52 : 64
            }

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 4

                Label {
                    Layout.fillWidth: true
                    text: card.title
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                }

                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: card.summary
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    color: Theme.textSecondary
                }

                // Offline, a course seen only in another language is shown in that one, and says so.
                Label {
                    objectName: "languageNote"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: card.languageNote
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    font.italic: true
                    color: Theme.warningText
                }

                Flow {
                    Layout.fillWidth: true
                    Layout.topMargin: 4
                    spacing: Theme.spacing

                    IconText {
                        iconName: "book"
                        text: qsTr("%n lesson(s)", "", card.lessonCount)
                    }

                    IconText {
                        iconName: "clock"
                        text: qsTr("%1 min", "duration in minutes").arg(card.durationMinutes)
                    }

                    IconText {
                        objectName: "offlineBadge"
                        visible: offline.state !== "none"
                        iconName: offline.state === "complete" || offline.state === "update" ? "check" : "download"
                        text: offline.state === "complete" ? qsTr("Offline")
                              : offline.state === "update" ? qsTr("Update available")
                              : offline.busy ? qsTr("Downloading %1 %").arg(Math.floor(offline.progress * 100))
                              : qsTr("Download paused")
                    }
                }
            }

            IconImage {
                Layout.alignment: Qt.AlignVCenter
                visible: !card.narrow
                source: Theme.iconUrl("chevron")
                sourceSize.width: Theme.iconSize
                sourceSize.height: Theme.iconSize
                color: Theme.textSecondary
            }
        }
    }
}
