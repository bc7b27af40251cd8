import QtQuick
import QtQuick.Controls
import TekPouNou

// A large button whose label wraps rather than being cut, for actions with longer names.
// `primary` fills it (the main action of a page); `destructive` makes it red (filled red when
// also primary: the button that confirms something that cannot be undone).
Button {
    id: button

    property bool primary
    property bool destructive

    implicitHeight: Math.max(56, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    topPadding: 12
    bottomPadding: 12
    // Material leaves a margin around a button's background; these fill their whole height.
    topInset: 0
    bottomInset: 0
    font.pixelSize: Theme.fontBody
    font.bold: primary
    Accessible.name: text

    contentItem: Label {
        text: button.text
        font: button.font
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        color: !button.enabled ? Theme.textSecondary
                               : button.primary ? Theme.textOnPrimary
                                                : button.destructive ? Theme.error : Theme.primaryDark
    }

    background: Rectangle {
        radius: Theme.radius
        color: !button.primary ? (button.pressed ? Theme.surfaceVariant : Theme.surface)
                               : !button.enabled ? Theme.outline
                                                 : button.destructive ? (button.pressed ? Qt.darker(Theme.error, 1.2) : Theme.error)
                                                                      : (button.pressed ? Theme.primaryDark : Theme.primary)
        border.width: button.visualFocus ? 3 : (button.primary ? 0 : 1)
        border.color: button.visualFocus ? Theme.accent : button.destructive ? Theme.errorOutline : Theme.outline
    }
}
