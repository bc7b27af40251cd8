import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TekPouNou

// A question before something that cannot be undone: what exactly will happen, then Cancel
// or the action (in red). Items declared inside go under the message.
Dialog {
    id: dialog

    property alias message: messageLabel.text
    property string confirmText
    property bool confirmEnabled: true
    default property alias extraContent: column.data

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spacing : 560, 560)
    modal: true
    focus: true
    padding: Theme.spacingLarge
    topPadding: Theme.spacing

    // Material's title is cut with "…" when long; this one wraps.
    header: Label {
        text: dialog.title
        wrapMode: Text.Wrap
        leftPadding: Theme.spacingLarge
        rightPadding: Theme.spacingLarge
        topPadding: Theme.spacingLarge
        font.pixelSize: Theme.fontHeading - 4
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.Heading
    }

    ColumnLayout {
        id: column

        width: dialog.availableWidth
        spacing: Theme.spacing

        Label {
            id: messageLabel

            Layout.fillWidth: true
            wrapMode: Text.Wrap
            lineHeight: 1.2
            color: Theme.text
        }
    }

    // The buttons wrap onto two lines rather than leave the dialog on a narrow phone.
    footer: Flow {
        layoutDirection: Qt.RightToLeft
        leftPadding: Theme.spacingLarge
        rightPadding: Theme.spacingLarge
        bottomPadding: Theme.spacingLarge
        spacing: Theme.spacingSmall

        ActionButton {
            objectName: "confirmButton"
            primary: true
            destructive: true
            enabled: dialog.confirmEnabled
            text: dialog.confirmText
            onClicked: dialog.accept()
        }

        ActionButton {
            objectName: "cancelButton"
            text: qsTr("Cancel")
            onClicked: dialog.reject()
        }
    }
}
