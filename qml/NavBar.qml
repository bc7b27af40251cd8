pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts

// Bottom navigation for narrow windows (phones held upright), with the sync indicator floating above
// its right end while some of the learner's changes are not on the server.
Rectangle {
    id: bar

    property string current
    signal chosen(string name)
    signal syncRequested

    implicitHeight: row.implicitHeight
    color: Theme.surface

    Rectangle {
        anchors.top: parent.top
        width: parent.width
        height: 1
        color: Theme.outline
    }

    RowLayout {
        id: row

        anchors.fill: parent
        spacing: 0

        Repeater {
            model: Destinations.names

            NavButton {
                required property string modelData

                name: modelData
                checked: bar.current === name
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onClicked: bar.chosen(name)
            }
        }
    }

    // Above the bar rather than in its row: the buttons never move under a finger when it appears
    // (taps meant for Journal opened Settings), and keep their width on a 320 px phone.
    SyncIndicator {
        anchors.right: parent.right
        anchors.bottom: parent.top
        anchors.margins: Theme.spacing
        floating: true
        onClicked: bar.syncRequested()
    }
}
