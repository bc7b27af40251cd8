import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TekPouNou
import TekPouNou.Models

// Offered once a learner signs in (or creates an account) on a device where a guest already wrote
// tasks, a journal or lesson progress: bring it all into the account, or not now (asked again at
// the next sign-in). Bringing it in shows its progress and cannot double anything.
Dialog {
    id: dialog

    objectName: "guestDataDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spacing : 560, 560)
    modal: true
    closePolicy: GuestData.running ? Popup.NoAutoClose : Popup.CloseOnEscape
    padding: Theme.spacingLarge
    topPadding: Theme.spacing
    title: qsTr("Keep what you did before signing in?")

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

    onRejected: GuestData.decline()
    // Withdrawn while it was still opening (answered elsewhere, or the learner signed out):
    // Qt 6.4 ignores close() during the enter transition, so close once it has opened.
    onOpened: {
        if (!GuestData.offered)
            close()
    }

    ColumnLayout {
        width: dialog.availableWidth
        spacing: Theme.spacing

        Label {
            objectName: "guestDataSummary"
            Layout.fillWidth: true
            //: %1 lists what is on the device, e.g. "3 tasks, 1 journal entry and progress in 2 lessons".
            text: qsTr("On this device, before you signed in: %1. Bring it into your account, so it is kept on the server and on your other devices too?")
                      .arg(GuestData.summary)
            wrapMode: Text.Wrap
            lineHeight: 1.2
            color: Theme.text
        }

        ProgressBar {
            objectName: "guestDataProgress"
            Layout.fillWidth: true
            visible: GuestData.running
            value: GuestData.progress
        }

        ErrorMessage {
            Layout.fillWidth: true
            text: GuestData.error
        }
    }

    footer: Flow {
        layoutDirection: Qt.RightToLeft
        leftPadding: Theme.spacingLarge
        rightPadding: Theme.spacingLarge
        bottomPadding: Theme.spacingLarge
        spacing: Theme.spacingSmall

        ActionButton {
            objectName: "adoptButton"
            primary: true
            enabled: !GuestData.running
            text: qsTr("Bring it in")
            onClicked: GuestData.adopt()
        }

        ActionButton {
            objectName: "notNowButton"
            enabled: !GuestData.running
            text: qsTr("Not now")
            onClicked: dialog.reject()
        }
    }

    Connections {
        target: GuestData

        function onFinished(ok: bool) {
            if (ok)
                dialog.close()
        }
    }
}
