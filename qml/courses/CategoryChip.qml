import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import TekPouNou

// A filter chip for one category ("" is "All"). The required properties take the
// category list model's roles.
Item {
    id: chip

    required property string categoryId
    required property string name
    required property color color
    required property string icon
    property bool checked

    signal clicked

    implicitWidth: button.implicitWidth
    implicitHeight: button.implicitHeight

    AbstractButton {
        id: button

        objectName: "categoryChip_" + (chip.categoryId.length > 0 ? chip.categoryId : "all")
        anchors.fill: parent
        checked: chip.checked
        leftPadding: Theme.spacing - 4
        rightPadding: Theme.spacing
        implicitHeight: Theme.touchTarget
        implicitWidth: implicitContentWidth + leftPadding + rightPadding
        focusPolicy: Qt.StrongFocus
        Accessible.role: Accessible.RadioButton
        Accessible.name: chip.name
        Accessible.checked: chip.checked
        onClicked: chip.clicked()

        background: Rectangle {
            radius: height / 2
            color: button.checked ? Theme.primary : (button.pressed ? Theme.surfaceVariant : Theme.surface)
            border.width: button.visualFocus ? 2 : 1
            border.color: button.visualFocus ? Theme.accent : (button.checked ? Theme.primary : Theme.outline)
        }

        contentItem: RowLayout {
            spacing: 6

            IconImage {
                source: Theme.iconUrl(chip.icon)
                sourceSize.width: 22
                sourceSize.height: 22
                color: button.checked ? Theme.textOnPrimary : chip.color
            }

            Label {
                text: chip.name
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontSmall
                font.bold: button.checked
                color: button.checked ? Theme.textOnPrimary : Theme.text
            }
        }
    }
}
