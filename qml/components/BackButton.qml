import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import TekPouNou

// "Back", with its arrow, for pages pushed on a stack.
ToolButton {
    id: button

    property color tint: Theme.text

    objectName: "backButton"
    implicitHeight: Theme.touchTarget
    text: qsTr("Back")
    display: AbstractButton.TextBesideIcon
    icon.source: Theme.iconUrl("back")
    icon.color: tint
    font.pixelSize: Theme.fontBody
    Material.foreground: tint
    Accessible.name: text
}
