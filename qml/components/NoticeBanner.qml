import QtQuick
import QtQuick.Controls
import TekPouNou

// Something the learner should know, in calm colours; hidden while there is nothing to say.
Rectangle {
    id: banner

    property alias text: label.text

    visible: label.text.length > 0
    implicitHeight: label.implicitHeight + 2 * 12
    radius: Theme.radius / 2
    color: Theme.warningBackground
    Accessible.role: Accessible.AlertMessage
    Accessible.name: label.text

    Label {
        id: label

        x: Theme.spacing
        y: 12
        width: banner.width - 2 * Theme.spacing
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.warningText
    }
}
