pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts

// Side navigation for wide windows (tablets, laptops, phones held sideways). On a short
// window (a phone on its side) the logo goes and the buttons close up, and if even that
// does not fit, the rail scrolls: every destination stays reachable. Under the destinations, the
// sync indicator while some of the learner's changes are not on the server.
Rectangle {
    id: rail

    property string current
    readonly property bool roomy: height >= 560

    signal chosen(string name)
    signal syncRequested

    implicitWidth: 112
    color: Theme.surface

    Rectangle {
        anchors.right: parent.right
        width: 1
        height: parent.height
        color: Theme.outline
    }

    Flickable {
        objectName: "sideRailFlickable"
        anchors.fill: parent
        anchors.rightMargin: 1
        contentHeight: column.implicitHeight + column.y * 2
        interactive: contentHeight > height
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ColumnLayout {
            id: column

            y: rail.roomy ? Theme.spacing : 4
            width: parent.width
            spacing: rail.roomy ? Theme.spacingSmall : 0

            Image {
                Layout.alignment: Qt.AlignHCenter
                Layout.bottomMargin: Theme.spacing
                visible: rail.roomy
                source: Qt.resolvedUrl("resources/icons/app.svg")
                sourceSize.width: 48
                sourceSize.height: 48
                Accessible.ignored: true
            }

            Repeater {
                model: Destinations.names

                NavButton {
                    required property string modelData

                    name: modelData
                    dense: !rail.roomy
                    checked: rail.current === name
                    Layout.fillWidth: true
                    onClicked: rail.chosen(name)
                }
            }

            SyncIndicator {
                Layout.fillWidth: true
                Layout.topMargin: rail.roomy ? Theme.spacing : 4
                Layout.leftMargin: 4
                Layout.rightMargin: 4
                showLabel: true
                onClicked: rail.syncRequested()
            }
        }
    }
}
