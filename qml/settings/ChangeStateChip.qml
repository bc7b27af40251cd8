import QtQuick
import QtQuick.Controls
import TekPouNou

// Where one waiting change is: "Waiting", "Sending" or "Refused", as a small coloured pill.
Rectangle {
    id: chip

    // The outbox model's state: "pending", "sending" or "rejected".
    property string changeState

    implicitWidth: label.implicitWidth + 2 * 12
    implicitHeight: label.implicitHeight + 2 * 4
    radius: height / 2
    color: changeState === "rejected" ? Theme.errorBackground
                                      : changeState === "sending" ? Theme.selected : Theme.surfaceVariant
    border.width: 1
    border.color: changeState === "rejected" ? Theme.errorOutline : "transparent"

    Label {
        id: label

        anchors.centerIn: parent
        text: chip.changeState === "rejected" ? qsTr("Refused", "a change the server did not accept")
                                              : chip.changeState === "sending" ? qsTr("Sending")
                                                                               : qsTr("Waiting", "a change not yet sent to the server")
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: chip.changeState === "rejected" ? Theme.error
                                               : chip.changeState === "sending" ? Theme.primaryDark : Theme.textSecondary
    }
}
