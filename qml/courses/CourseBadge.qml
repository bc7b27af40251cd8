import QtQuick
import QtQuick.Controls.impl
import TekPouNou

// A course's colour as a rounded square with its icon drawn in white on it.
Rectangle {
    id: badge

    property string iconName
    property int size: 64

    implicitWidth: size
    implicitHeight: size
    radius: size / 4

    IconImage {
        anchors.centerIn: parent
        source: Theme.iconUrl(badge.iconName)
        sourceSize.width: Math.round(badge.size * 0.56)
        sourceSize.height: Math.round(badge.size * 0.56)
        color: "white"
    }
}
