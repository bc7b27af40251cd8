import QtQuick
import QtQuick.Controls
import TekPouNou

// What went wrong (already translated), in a red box that is hard to miss; hidden when empty.
Rectangle {
    id: box

    property alias text: label.text

    visible: label.text.length > 0
    implicitHeight: label.implicitHeight + 2 * 12
    radius: Theme.radius / 2
    color: Theme.errorBackground
    border.width: 1
    border.color: Theme.errorOutline
    Accessible.role: Accessible.AlertMessage
    Accessible.name: label.text

    Rectangle {
        x: 1
        y: 1
        width: 5
        height: box.height - 2
        radius: 2
        color: Theme.error
    }

    Label {
        id: label

        x: Theme.spacing + 4
        y: 12
        width: box.width - 2 * Theme.spacing - 4
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.error
    }
}
