import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import TekPouNou

// One task in the list: a box to tick it done (or open it again), its title, when it is due and
// how pressing it is. Tapping anywhere else opens it. The required properties take the model's roles.
AbstractButton {
    id: row

    required property string recordId
    required property string title
    required property string status
    required property string statusText
    required property string priority
    required property string priorityText
    required property string dueDateText
    required property bool overdue
    required property bool hasHistory
    required property bool done

    signal doneToggled(bool done)

    objectName: "taskRow_" + recordId
    padding: 12
    leftPadding: 4
    text: title
    Accessible.name: title

    background: Rectangle {
        radius: Theme.radius
        color: row.pressed ? Theme.surfaceVariant : Theme.surface
        border.width: row.visualFocus ? 2 : 1
        border.color: row.visualFocus ? Theme.accent : Theme.outline
    }

    contentItem: RowLayout {
        spacing: 4

        CheckBox {
            objectName: "taskDone_" + row.recordId
            Layout.alignment: Qt.AlignTop
            checked: row.done
            Accessible.name: row.done ? qsTr("Mark as not done: %1").arg(row.title)
                                      : qsTr("Mark as done: %1").arg(row.title)
            // The model decides: the box shows the task's status again, even if the change was refused.
            onToggled: {
                row.doneToggled(checked)
                checked = Qt.binding(() => row.done)
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.topMargin: 8
            spacing: 6

            Label {
                objectName: "taskTitle"
                Layout.fillWidth: true
                text: row.title
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
                font.bold: !row.done
                font.strikeout: row.done
                color: row.done ? Theme.textSecondary : Theme.text
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall + 4

                IconText {
                    objectName: "taskDue"
                    visible: row.dueDateText.length > 0
                    iconName: "clock"
                    text: row.overdue ? qsTr("Late: due %1").arg(row.dueDateText) : qsTr("Due %1").arg(row.dueDateText)
                    color: row.overdue ? Theme.error : Theme.textSecondary
                }

                Label {
                    visible: row.status === "in_progress"
                    text: row.statusText
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.primaryDark
                }

                // How pressing the task is; a done one no longer presses.
                Label {
                    objectName: "priorityBadge"
                    visible: !row.done
                    leftPadding: 10
                    rightPadding: 10
                    topPadding: 2
                    bottomPadding: 2
                    text: row.priorityText
                    font.pixelSize: Theme.fontSmall
                    font.bold: row.priority === "high"
                    color: row.priority === "high" ? Theme.warningText : Theme.textSecondary
                    background: Rectangle {
                        radius: height / 2
                        color: row.priority === "high" ? Theme.warningBackground
                                                       : row.priority === "low" ? "transparent" : Theme.surfaceVariant
                        border.width: row.priority === "low" ? 1 : 0
                        border.color: Theme.outline
                    }
                }

                IconText {
                    objectName: "taskHistoryMarker"
                    visible: row.hasHistory
                    iconName: "synced"
                    text: qsTr("Changed on another device")
                    color: Theme.accent
                }
            }
        }

        IconImage {
            Layout.alignment: Qt.AlignVCenter
            source: Theme.iconUrl("chevron")
            sourceSize.width: 20
            sourceSize.height: 20
            color: Theme.textSecondary
        }
    }
}
