import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts

// One destination in the bottom bar or the side rail: a large icon in a pill that
// fills when selected, with the destination's name under it.
AbstractButton {
    id: control

    required property string name
    // Less padding, for a rail on a short window.
    property bool dense

    objectName: "navButton_" + name
    text: Destinations.label(name)
    icon.source: Theme.iconUrl(name)
    icon.width: Theme.iconSize
    icon.height: Theme.iconSize
    implicitWidth: Math.max(72, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(dense ? 60 : 72, implicitContentHeight + topPadding + bottomPadding)
    padding: 2
    topPadding: dense ? 4 : 8
    bottomPadding: dense ? 4 : 8
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.PageTab
    Accessible.name: text

    contentItem: ColumnLayout {
        spacing: 4

        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            implicitWidth: 60
            implicitHeight: 34
            radius: height / 2
            color: control.checked ? Theme.selected : "transparent"
            border.width: control.visualFocus ? 2 : 0
            border.color: Theme.accent

            IconImage {
                anchors.centerIn: parent
                source: control.icon.source
                sourceSize.width: control.icon.width
                sourceSize.height: control.icon.height
                color: control.checked ? Theme.primaryDark : Theme.textSecondary
            }
        }

        Label {
            Layout.fillWidth: true
            text: control.text
            horizontalAlignment: Text.AlignHCenter
            // Long words (Réglages, Paramèt) shrink a little on small phones rather than being cut.
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 12
            elide: Text.ElideRight
            font.pixelSize: 15
            font.bold: control.checked
            color: control.checked ? Theme.primaryDark : Theme.textSecondary
        }
    }

    background: Rectangle {
        color: control.pressed ? Theme.surfaceVariant : "transparent"
    }
}
