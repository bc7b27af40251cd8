import QtQuick
import TekPouNou

// The bar at the top of a page pushed on a stack, with its Back button.
Rectangle {
    id: bar

    signal backRequested

    implicitHeight: Theme.touchTarget + Theme.spacing
    color: Theme.surface

    BackButton {
        anchors.left: parent.left
        anchors.leftMargin: Theme.spacingSmall
        anchors.verticalCenter: parent.verticalCenter
        onClicked: bar.backRequested()
    }

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.outline
    }
}
