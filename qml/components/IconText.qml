import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import TekPouNou

// A small icon in front of a short piece of text, e.g. a clock before "45 min".
Row {
    id: row

    property string iconName
    property alias text: label.text
    property color color: Theme.textSecondary

    spacing: 6

    IconImage {
        anchors.verticalCenter: parent.verticalCenter
        source: Theme.iconUrl(row.iconName)
        sourceSize.width: 20
        sourceSize.height: 20
        color: row.color
    }

    Label {
        id: label

        anchors.verticalCenter: parent.verticalCenter
        color: row.color
        font.pixelSize: Theme.fontSmall
    }
}
