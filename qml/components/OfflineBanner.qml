import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import TekPouNou

// A calm notice that the app is working from saved data. Not an error: learners are
// often offline and everything they saved still works.
Rectangle {
    id: banner

    property alias text: label.text

    objectName: "offlineBanner"
    implicitHeight: row.implicitHeight + 2 * Theme.spacingSmall
    radius: Theme.radius / 2
    color: Theme.warningBackground
    Accessible.role: Accessible.AlertMessage
    Accessible.name: label.text

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing - 4

        IconImage {
            source: Theme.iconUrl("offline")
            sourceSize.width: Theme.iconSize
            sourceSize.height: Theme.iconSize
            color: Theme.warningText
        }

        Label {
            id: label

            Layout.fillWidth: true
            text: qsTr("You are offline. Showing saved courses.")
            wrapMode: Text.Wrap
            color: Theme.warningText
            font.pixelSize: Theme.fontSmall
        }
    }
}
