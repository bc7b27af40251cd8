import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TekPouNou

// A problem reported by a model (its text comes already translated), with a way to try again.
RowLayout {
    id: line

    property string message
    signal retryRequested

    objectName: "errorLine"
    visible: message.length > 0
    spacing: Theme.spacingSmall

    Label {
        objectName: "errorText"
        Layout.fillWidth: true
        text: line.message
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.error
        font.pixelSize: Theme.fontSmall
        Accessible.role: Accessible.AlertMessage
    }

    Button {
        objectName: "retryButton"
        text: qsTr("Try again")
        flat: true
        icon.source: Theme.iconUrl("refresh")
        onClicked: line.retryRequested()
    }
}
