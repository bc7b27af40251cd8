import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import TekPouNou

// A rounded search box with a magnifier in front and a clear button once something is typed.
TextField {
    id: field

    implicitHeight: 52
    leftPadding: 48
    rightPadding: clearButton.visible ? 52 : Theme.spacing
    topPadding: 0
    bottomPadding: 0
    verticalAlignment: TextInput.AlignVCenter
    font.pixelSize: Theme.fontBody
    color: Theme.text
    placeholderTextColor: Theme.textSecondary
    selectByMouse: true
    inputMethodHints: Qt.ImhNoAutoUppercase
    Accessible.role: Accessible.EditableText
    Accessible.name: placeholderText

    background: Rectangle {
        radius: height / 2
        color: Theme.surface
        border.width: field.activeFocus ? 2 : 1
        border.color: field.activeFocus ? Theme.accent : Theme.outline
    }

    IconImage {
        x: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        source: Theme.iconUrl("search")
        sourceSize.width: Theme.iconSize
        sourceSize.height: Theme.iconSize
        color: Theme.textSecondary
    }

    ToolButton {
        id: clearButton

        objectName: "clearSearchButton"
        anchors.right: parent.right
        anchors.rightMargin: 2
        anchors.verticalCenter: parent.verticalCenter
        width: Theme.touchTarget
        height: Theme.touchTarget
        visible: field.text.length > 0
        text: qsTr("Clear")
        display: AbstractButton.IconOnly
        icon.source: Theme.iconUrl("close")
        icon.color: Theme.textSecondary
        Accessible.name: text
        onClicked: {
            field.clear()
            field.forceActiveFocus()
        }
    }
}
