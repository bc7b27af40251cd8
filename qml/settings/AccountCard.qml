import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TekPouNou

// Who is signed in: a round badge with their initial, their name and their email.
Rectangle {
    id: card

    property string name
    property string email

    implicitHeight: row.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.width: 1
    border.color: Theme.outline

    RowLayout {
        id: row

        x: Theme.spacing
        y: Theme.spacing
        width: card.width - 2 * Theme.spacing
        spacing: Theme.spacing

        Rectangle {
            Layout.alignment: Qt.AlignVCenter
            implicitWidth: 56
            implicitHeight: 56
            radius: 28
            color: Theme.selected
            Accessible.ignored: true

            Label {
                anchors.centerIn: parent
                text: card.name.length > 0 ? card.name.charAt(0).toUpperCase() : "?"
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.primaryDark
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                objectName: "accountName"
                Layout.fillWidth: true
                text: card.name
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }

            Label {
                objectName: "accountEmail"
                Layout.fillWidth: true
                text: card.email
                textFormat: Text.PlainText
                wrapMode: Text.WrapAnywhere
                color: Theme.textSecondary
            }
        }
    }
}
