pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import TekPouNou

// One journal entry in the list: its day, the mood as five dots and a word, the start of the
// text and the tags. Tapping it opens the entry; an entry kept in two versions says so plainly,
// with a button that goes straight to choosing.
AbstractButton {
    id: row

    required property string recordId
    required property string date
    required property int mood
    required property string excerpt
    required property list<string> tags
    required property bool conflicted
    required property int conflictCount
    property string moodName

    signal conflictRequested

    // dd/MM/yyyy as elsewhere in the app (Qt 6.4 has no Kreyòl locale to format dates with).
    readonly property string dateText: date.split("-").reverse().join("/")
    readonly property string conflictText: qsTr("Two versions — choose")

    objectName: "journalRow_" + recordId
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    padding: 0
    Accessible.role: Accessible.Button
    Accessible.name: dateText + ", " + moodName + (excerpt.length > 0 ? ", " + excerpt : "")

    background: Rectangle {
        radius: Theme.radius
        color: row.pressed ? Theme.surfaceVariant : Theme.surface
        border.width: row.visualFocus ? 3 : 1
        border.color: row.visualFocus ? Theme.accent : row.conflicted ? Theme.warningText : Theme.outline
    }

    contentItem: Item {}

    Column {
        id: column

        x: Theme.spacing
        y: Theme.spacing
        width: row.width - 2 * Theme.spacing
        spacing: Theme.spacingSmall

        RowLayout {
            width: column.width
            spacing: Theme.spacingSmall

            Label {
                objectName: "journalRowDate"
                Layout.fillWidth: true
                text: row.dateText
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }

            Row {
                spacing: 4
                Layout.alignment: Qt.AlignVCenter

                Repeater {
                    model: 5

                    Rectangle {
                        required property int index

                        width: 12
                        height: 12
                        radius: 6
                        color: index < row.mood ? Theme.primary : "transparent"
                        border.width: 2
                        border.color: Theme.primary
                    }
                }
            }

            Label {
                objectName: "journalRowMood"
                text: row.moodName
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
        }

        Label {
            objectName: "journalRowExcerpt"
            width: column.width
            visible: text.length > 0
            text: row.excerpt
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            color: Theme.text
        }

        Flow {
            width: column.width
            visible: row.tags.length > 0
            spacing: 6

            Repeater {
                model: row.tags

                Label {
                    required property string modelData

                    text: modelData
                    textFormat: Text.PlainText
                    leftPadding: 10
                    rightPadding: 10
                    topPadding: 2
                    bottomPadding: 2
                    font.pixelSize: Theme.fontSmall
                    color: Theme.primaryDark
                    background: Rectangle {
                        radius: height / 2
                        color: Theme.selected
                    }
                }
            }
        }

        // Hard to miss, and a large target: the learner decides which words to keep.
        AbstractButton {
            id: conflictMarker

            objectName: "journalRowConflict"
            width: column.width
            visible: row.conflicted
            implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + 2 * Theme.spacingSmall)
            Accessible.role: Accessible.Button
            Accessible.name: row.conflictText
            onClicked: row.conflictRequested()

            background: Rectangle {
                radius: Theme.radius / 2
                color: conflictMarker.pressed ? Qt.darker(Theme.warningBackground, 1.08) : Theme.warningBackground
                border.width: conflictMarker.visualFocus ? 3 : 0
                border.color: Theme.accent
            }

            contentItem: RowLayout {
                spacing: Theme.spacingSmall

                IconImage {
                    Layout.leftMargin: Theme.spacingSmall
                    source: Theme.iconUrl("warning")
                    sourceSize.width: Theme.iconSize
                    sourceSize.height: Theme.iconSize
                    color: Theme.warningText
                }

                Label {
                    Layout.fillWidth: true
                    Layout.rightMargin: Theme.spacingSmall
                    text: row.conflictText
                    wrapMode: Text.Wrap
                    font.bold: true
                    color: Theme.warningText
                }
            }
        }
    }
}
