import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TekPouNou

// One change in the outbox: what it is, where it is, and for a refused one why, with the ways
// to send it again or let it go. The required properties take the outbox model's roles; its
// "state" role arrives as changeState (an Item's own state property has that name).
Rectangle {
    id: row

    required property string mutationId
    required property string kind
    required property string summary
    required property string reason
    property string changeState

    readonly property bool refused: changeState === "rejected"

    signal retryRequested
    signal discardRequested

    objectName: "outboxRow_" + mutationId
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.width: 1
    border.color: refused ? Theme.errorOutline : Theme.outline

    // A Column, so the buttons in the Flow keep their own heights.
    Column {
        id: column

        x: Theme.spacing
        y: Theme.spacing
        width: row.width - 2 * Theme.spacing
        spacing: Theme.spacingSmall

        RowLayout {
            width: column.width
            spacing: Theme.spacingSmall

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2

                Label {
                    Layout.fillWidth: true
                    text: row.kind
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textSecondary
                }

                Label {
                    objectName: "outboxSummary"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: row.summary
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                    font.bold: true
                    color: Theme.text
                }
            }

            ChangeStateChip {
                objectName: "stateChip"
                Layout.alignment: Qt.AlignTop
                changeState: row.changeState
            }
        }

        Label {
            objectName: "outboxReason"
            width: column.width
            visible: row.refused && text.length > 0
            text: row.reason
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.error
        }

        Flow {
            width: column.width
            visible: row.refused
            spacing: Theme.spacingSmall

            ActionButton {
                objectName: "retryButton_" + row.mutationId
                text: qsTr("Try again")
                onClicked: row.retryRequested()
            }

            ActionButton {
                objectName: "discardButton_" + row.mutationId
                destructive: true
                text: qsTr("Discard")
                onClicked: row.discardRequested()
            }
        }
    }
}
